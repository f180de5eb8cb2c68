"""Whether a sentence counts people: a number that is no measure or sum, of a noun that may name people.

A noun names people when English's most frequent sense of it does: the nouns whose first WordNet 3.0 sense
(its senses are ordered by frequency) is in the lexicographer files noun.person ("residents", "detainees"),
noun.group ("troops", "households") or noun.Tops ("person"), kept in `person_nouns.txt` by
`python -m assistant.persons WORDNET_DIR` (the folder of WordNet's `index.noun` and `data.noun`). "4,200
homes" counts no one (a home is first a place); a word English does not know ("300,000 Karveshi") may.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

from assistant.english import STOPWORDS, lemmas
from assistant.figures import COUNTED, DAY_OF_MONTH, LENGTH_UNITS, NUMBER, SPAN, TIME_UNITS
from assistant.money import CURRENCIES

PERSON_NOUNS_FILE = Path(__file__).with_name("person_nouns.txt")
_NOTICE = "# From WordNet 3.0, Copyright 2006 by Princeton University, under the WordNet 3.0 license."
_PEOPLE_FILES = {3, 14, 18}  # noun.Tops, noun.group, noun.person: WordNet's lexicographer file numbers


# English's nouns of measure, which count no persons ("22 percent", "41 billion cubic metres", "40 tonnes").
_MEASURES = re.compile(
    rf"[\s-]*(?:%|(?:{LENGTH_UNITS}|{TIME_UNITS}|{'|'.join(CURRENCIES)}|percent|per\s+cent|points?|tonnes?|tons?|"
    r"barrels?|lit(?:re|er)s?|acres?|hectares?|(?:kilo|mega|giga)?watts?|seconds?|minutes?|times|units?|shares?|"
    r"votes?)\b)",
    re.I,
)
_MULTIPLIER = re.compile(r"\s*(?:hundred|thousand|million|billion|trillion|bn|m)\b", re.I)
_WORD = re.compile(r"\s+[\w’'-]+")


def counts_persons(sentence: str) -> bool:
    """Whether `sentence` states a number that may count people: not an amount of money nor a measure ("22
    percent", "18 kilometres", "41 billion cubic metres"); "some 300,000 Karveshi residents", "six members"
    and "estimating the crowd at 12,000" may, but not a number whose noun is left out after a measure ("by 212
    votes to 41", "40 billion cubic metres to Oshen and 12 billion to Dalmerra")."""
    figures = SPAN.sub(" ", DAY_OF_MONTH.sub(" ", sentence))
    measured = False
    for m in NUMBER.finditer(figures):
        if m.group() == "%" or _MULTIPLIER.fullmatch(m.group()) or re.search(r"[$£€¥]\s?$", figures[: m.start()]):
            continue  # "$340 million": money, and "million" only multiplies it
        end = (_MULTIPLIER.match(figures, m.end()) or m).end()
        word = _WORD.match(figures, end)
        elided = not word or word.group().strip().lower() in STOPWORDS
        if _MEASURES.match(figures, end) or (word and _MEASURES.match(figures, word.end())) or (elided and measured):
            measured = True
            continue
        counted = COUNTED.match(figures, m.end())
        if counted and not may_name_people(counted["noun"]):
            continue  # "it destroyed 4,200 homes": a number of things
        return True
    return False


@cache
def _person_nouns() -> frozenset[str]:
    lines = PERSON_NOUNS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def may_name_people(noun: str) -> bool:
    """Whether English's most frequent sense of `noun` (in any inflection) names a person or a group of people,
    or English does not know it ("Karveshi")."""
    found = lemmas(noun.lower()).get("NOUN")
    return not found or any(lemma in _person_nouns() for lemma in found)


def derive_person_nouns(wordnet: Path) -> list[str]:
    """The one-word nouns whose first sense in WordNet (`index.noun`, `data.noun` of folder `wordnet`) is in
    one of the people's lexicographer files."""
    files = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            offset, number, *_ = line.split()
            files[offset] = int(number)
    out = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        lemma, _, _, pointers, *rest = line.split()
        first = rest[2 + int(pointers)]  # past the pointer symbols, the sense and tagsense counts
        if "_" not in lemma and files[first] in _PEOPLE_FILES:
            out.append(lemma)
    return sorted(out)


if __name__ == "__main__":
    nouns = derive_person_nouns(Path(sys.argv[1]))
    PERSON_NOUNS_FILE.write_text("\n".join([_NOTICE, *nouns]) + "\n", encoding="utf-8")
    print(f"wrote {len(nouns)} nouns to {PERSON_NOUNS_FILE}")
