"""What a question asks about, as a thing a corpus may never mention: "What is the population of…?", "What was
Carvossa's GDP…?", "What did the prime minister say…?" of a text with only a transport minister. The judge
(`answerability`) refuses when the corpus never uses the word; this module only finds it.
"""

from __future__ import annotations

import re

from assistant.condense import own_words
from assistant.english import RANK_ADJECTIVES, UNTOPICAL, is_noun, lemmas
from assistant.figures import TIME_UNITS
from assistant.lexicon import Lexicon
from assistant.post_names import POST_ASKED_ALONE
from assistant.question_figures import QUANTITY_FRAME
from assistant.tense import OUTCOME_FRAME

# "What is the population of…?", "What's the weather like?": the thing asked for; after a noun of measure ("the
# size of Maruvia's economy"), the thing it measures, the head of the noun phrase after "of" ("economy")
_FOCUS = re.compile(
    r"(?i)\bwhat(?:'s|’s|\s+is|\s+was|\s+are)\s+the\s+(?P<b>[a-z]+)(?:\s+(?P<c>[a-z]+)){0,2}\s+(?:of|like)\b"
    r"(?:\s+(?:the\s+|[A-Z][\w.-]*(?:'s|’s)\s+)?(?:[a-z]+\s+)?(?P<of>[a-z]+)(?=\s*(?:[?.,]|$|\s+(?:in|at|on|of|for|"
    r"during|before|after|when|now|today|then|last|this)\b)))?"
)
_MEASURES = frozenset("size amount value level volume scale extent".split())
# ...and an attribute of a country or person asked with a possessive name ("What was Carvossa's population at the
# time?"): the attribute nouns of English factoid questions, not "What was Argentina's reaction?", which a text
# says in other words.
_ATTRIBUTES = frozenset(
    """population area size gdp economy budget capital currency language languages religion climate age birthday
    salary income wife husband children height weight revenue revenues turnout profit profits flag anthem motto
    emblem headquarters""".split()
)
_OWNED_FOCUS = re.compile(
    r"\b(?i:what)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:'s|’s)\s+"
    r"(?:[a-z]+\s+)?(?P<head>[a-z]+)\s*(?:[?.]|$|\s+(?:at|in|during|before|after|when|now|today|then)\b)"
)
# ...or with where or what it is of ("What was the turnout in the strike ballot?")
_FOCUS_IN = re.compile(r"(?i)\bwhat(?:'s|’s|\s+is|\s+was|\s+were)\s+the\s+(?:[a-z]+\s+)?(?P<head>[a-z]+)\s+in\b")
# "the result of" asks for what came of it, "the name of" for a name, "the hours of" for times said in figures
_FRAMED = UNTOPICAL | QUANTITY_FRAME | OUTCOME_FRAME | {"name", "names", "date", "dates", "time", "times"}


def unknown_focus(question: str, lexicon: Lexicon) -> list[str]:
    """The thing asked for ("what is the population of", "what's the weather like", "What was Carvossa's
    population…") when the corpus never mentions it."""
    # nouns ("GDP" too), not "the least amount of": an amount is asked for, in whatever words the text gives it
    # ...by the head of its noun phrase ("the total size of": the size; "total" only says which)
    found = list(_FOCUS.finditer(question))
    focus = [w for m in found if "NOUN" in (lemmas(w := m["c"] or m["b"]) or {"NOUN"})]
    # ...and what a measure is of, when an attribute (`_ATTRIBUTES`): "the size of the fleet" may be said in boats
    measured = [m["of"] for m in found if m["of"] and (m["c"] or m["b"]).lower() in _MEASURES]
    focus += [w for w in measured if w.lower() in _ATTRIBUTES]
    focus += [m["head"] for m in _OWNED_FOCUS.finditer(question) if m["head"].lower() in _ATTRIBUTES]
    focus += [m["head"] for m in _FOCUS_IN.finditer(question) if m["head"].lower() in _ATTRIBUTES]
    # ...or the post of whom it asks, another of a kind it knows ("What did the prime minister say…?" of a text with
    # only a transport minister), but for a word of rank ("chief"); a post it never names may be said otherwise
    post = POST_ASKED_ALONE.search(own_words(question))
    said = [w for w in post["post"].split() if w not in RANK_ADJECTIVES] if post else []
    *which, head = said or [""]
    if which and not lexicon.unknown_terms(head) and lexicon.unknown_terms(" ".join(which)):
        focus.append(" ".join([*which, head]))
    focus = [w for w in focus if w.lower() not in _FRAMED and not re.fullmatch(TIME_UNITS, w.lower())]
    return [w for w in focus if lexicon.unknown_terms(w)]


def unknown_compound(thing: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether the thing asked about is a compound of nouns the corpus never uses ("approval rating",
    "inflation rate"): a text that has none of its words does not cover it. "biggest obstacles" or "top
    priority" may be said otherwise ("the main sticking point")."""
    return len(thing) >= 2 and all(is_noun(w) and lexicon.unknown_terms(w) for w in thing)
