"""Who a corpus's people are: the surnames of the people it introduces, found in the ways news and history
write of people ("X said", "President X", "X, the …"). Condensing reads "he" and "she" by them, and the
generators tell a person's words from a party's; which party a person speaks for is `speakers` and `suggest`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.english import HONORIFICS, MONTHS, REPORTING_VERBS, STOPWORDS, TITLES, WEEKDAYS, is_noun, verb_pattern
from assistant.holds import bare

# A full name, then what the person is: "Sefa Orlinde, the OVPM's chief negotiator", "Tomas Okonde, Qaravel's
# President", or "who" ("Nadira Solkhun, who led the Ketharran team": "who" stands for a person).
# "Desmond Achterberg, Corran Bay's vice president" names its employer in more than one word; news writes a post
# with no article too ("Pavel Ostrane, director of the state hydropower company").
_APPOSED = re.compile(
    r"\b[A-Z][\w'’-]+ ([A-Z][\w'’-]+), (?:(?:the|a|an) [a-z]|who\b|(?:[A-Z][\w.]* )*[A-Z][\w.]*['’]s [A-Za-z]|"
    r"[a-z][\w-]*(?: [a-z][\w-]*)? (?:of|at|for)\b)"
)
# Words that name no one: the months and weekdays, titles of office ("the Minister told…", "Mr Speaker") and the
# roman numerals of a reign ("King Albrecht III").
_NO_ONE = {w.lower() for w in [*MONTHS, *WEEKDAYS, *re.findall(r"[A-Z][a-z]+", TITLES), "Speaker"]}
_REGNAL = re.compile(r"[ivxlc]+")
# How news and history introduce people: "X said" (any reporting verb), "said X", "President X", "X, the …",
# "the foreign minister, Anselm Corrow".
_PERSON_PATTERNS = [
    re.compile(rf"\b([A-Z][\w'’-]+) (?:{verb_pattern(REPORTING_VERBS)})\b"),
    re.compile(r"\bsaid (?:[A-Z][\w'’-]+ )?([A-Z][\w'’-]+)"),
    re.compile(rf"\b(?:{TITLES})(?: of [A-Z]\w+)? (?:[A-Z][\w'’-]+ |(?:[A-Z]\.)+ ){{0,3}}([A-Z][\w'’-]+)"),
    re.compile(rf"\b(?i:{TITLES}), (?:[A-Z][\w'’-]+ )([A-Z][\w'’-]+)"),
    _APPOSED,
]
_AFTER_FIRST_NAME = re.compile(r"\b[A-Z][a-z]+ (?:(?:[A-Z]\.)+ )*(?=([A-Z][\w’-]+))")  # "Edward M. House"
# "the" or "a" before a run of capitalised words: they name a thing, not a person ("the Pellavine Bank").
_NAMED_THING = re.compile(r"\b(?:[Tt]he|an?|An?)\s+(?:[A-Z][\w'’-]*\s+)*$")
# What ends a sentence, so that the capital after it may open the sentence and name no one ("In Sallowmere,
# the…"); a courtesy title's dot ("Ms. Ingrid Tolbeck") ends none.
_SENTENCE_END = re.compile(r"(?:^|[.!?]\s+)$")
# The generic words of English place names that stand before the name ("Port Arthur", "Fort Sumter", "Mount
# Vernon", "Lake Tana", "Cape Horn"): a name after one is a place's, not a surname after a first name.
_PLACE_GENERICS = {"port", "fort", "mount", "mt", "lake", "cape", "point", "isle", "saint", "st", "glen", "loch"}
_NO_FIRST_NAME = STOPWORDS | _PLACE_GENERICS


def people_in(texts: Iterable[str]) -> set[str]:
    """Surnames (lower case) of the people a corpus introduces: a name in one of the ways news text speaks
    of people ("X said") that also comes after a first name or title somewhere ("Dmitry Peskov"). The second
    test keeps out places that act ("Washington and Moscow announced") and a sentence's opening "He said"; no
    month or weekday is anyone ("Since January, the coast guards…"), nor a title or a regnal number, nor a given
    name after a title ("Baron Mathis Edelgard")."""
    found: set[str] = set()
    full: set[str] = set()
    things: set[str] = set()  # names a text also writes after "the" or "a": "the United States", "a Trade Accord"
    for text in texts:
        for pattern in _PERSON_PATTERNS:
            found.update(bare(m) for m in pattern.findall(text))
        for m in _AFTER_FIRST_NAME.finditer(text):
            if _first_name(text, m.start(), m[0]):
                full.add(bare(m[1]))
            elif _names_a_thing(text, m.start(), m[0]):
                things.add(bare(m[1]))
        # "Tomas Okonde, Qaravel's President" opening a sentence is a full name too; "In Sallowmere, the…" is not
        full.update(
            bare(m[1])
            for m in _APPOSED.finditer(text)
            if m[0].split()[0].lower() not in _NO_FIRST_NAME and not _names_a_thing(text, m.start(), m[0])
        )
    named = {name for name in found & full - things if name not in _NO_ONE and not _REGNAL.fullmatch(name)}
    return named - _given_names(texts, named)


def _given_names(texts: Iterable[str], named: set[str]) -> set[str]:
    """Those of `named` that a text only ever writes before another of them: given names ("Baron Mathis
    Edelgard" and then "Edelgard"), which a pattern after a title takes for a surname."""
    before: set[str] = set()
    alone: set[str] = set()
    for text in texts:
        for m in re.finditer(r"\b([A-Z][\w'’-]+)(?= ([A-Z][\w'’-]+))?", text):
            (before if m[2] and bare(m[2]) in named else alone).add(bare(m[1]))
    return (before - alone) & named


def _names_a_thing(text: str, start: int, name: str) -> bool:
    """Whether `name` at `start` is a thing's, after "the" or "a" ("the Kestrel Group wanted…"), and not a
    person's that qualifies a noun ("the Ronald Reagan administration")."""
    if not _NAMED_THING.search(text[max(0, start - 40) : start]):
        return False
    after = re.match(r"[A-Z][\w'’-]*\s+([a-z]+)", text[start + len(name) :])
    return after is None or not is_noun(after[1])


def _first_name(text: str, start: int, word: str) -> bool:
    """Whether the capitalised `word` at `start` reads as a first name: no function word ("The OVPM" under a
    heading that ends in no full stop), no place name's generic word ("Port Arthur"), and not a sentence's opening
    word, unless a courtesy title stands before it ("Ms. Ingrid Tolbeck")."""
    if word.split()[0].lower() in _NO_FIRST_NAME:
        return False
    if _names_a_thing(text, start, word):
        return False
    before = text[max(0, start - 40) : start]
    if not _SENTENCE_END.search(before):
        return True
    title = re.search(r"(\w+)\.\s+$", before)
    return title is not None and title[1].lower() in HONORIFICS
