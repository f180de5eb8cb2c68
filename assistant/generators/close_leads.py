"""What a sentence must say to lead an answer when it ranks close to the best, by the question's words: a
condition for "Under what condition…?", what stands now for "…now…?". Read with regular expressions of the modules
that know each kind (`tense`, `speakers`, `membership`, …); does not rank or choose sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.english import lemmas
from assistant.frames import opens_in
from assistant.membership import ASKS_MEMBERS, states_members
from assistant.quantities import quantities
from assistant.question_figures import HOW_MUCH_STUFF
from assistant.ranking import ASKS_CONDITION, CONDITION, SETS_CONDITION
from assistant.speakers import REPRESENTING, SPEAKS_FOR
from assistant.tense import (
    ALWAYS,
    ASKS_BEGINNING,
    ASKS_CURRENT,
    ASKS_FINAL,
    ASKS_ORIGINAL,
    BEGUN,
    CHANGED_TO,
    FINAL,
    NOW,
    REVISED,
)

# "How does Brannock plan to make up for…?" asks for a means, which English gives by "by" and an -ing clause (Quirk
# et al. §9.53): "…would cover the shortfall by recycling more process water" (not "by spring", "by morning")
ASKS_MEANS = re.compile(r"(?i)^\W*how\s+(?:do|does|did|will|would|can|could|is|are|was|were)\b")
_BY = re.compile(r"\b[Bb]y\s+([a-z]+ing)\b")  # a verb in lower case: not "by Beijing"


def states_means(text: str) -> bool:
    """Whether `text` gives a means: "by" before a verb's -ing form."""
    return any(lemmas(m[1]).get("VERB", (m[1],))[0] != m[1] for m in _BY.finditer(text))


# "if" after a verb of asking, knowing or doubting opens a dependent yes-no question, where it means "whether",
# not a condition ("House asked Bullitt if he would be willing…")
_INDIRECT_IF = re.compile(
    r"(?i)\b(?:ask|asks|asked|asking|wonder(?:s|ed|ing)?|(?:in|en)quir(?:e|es|ed|ing)|know|knew|see|saw|doubt(?:s|ed)?)"
    r"\b(?:\s+[\w'’]+){0,3}?\s+if\b"
)


# "Under what condition…?": "…unless a guarantee…"; "…originally ask for?": not "…whittled down to…"; "…finally
# accept?": "…eventually agreed…"; "…is the union holding out for now?": "…came down to 7.5 per cent"; "…is Sallis
# now prepared to…?": "…could now accept 40 percent"; "…always wanted…?": "…has always been…"; "…get underway?":
# "…commenced"; "Who speaks for X?": "…envoy"; "How much water…?": "48 billion cubic metres"; "Who sat on the
# commission?": "…of five members…"; "How does X…?": "by…"; "What is the bank's fallback if…?": "If the May
# talks fail, the bank will…"
_CLOSE_LEADS: list[tuple[re.Pattern[str], Callable[[str], bool]]] = [
    (ASKS_CONDITION, lambda text: bool(CONDITION.search(text))),
    (ASKS_ORIGINAL, lambda text: not REVISED.search(text)),
    (ASKS_FINAL, lambda text: bool(FINAL.search(text))),
    (ASKS_CURRENT, lambda text: bool(NOW.search(text) or CHANGED_TO.search(text)) and not ASKS_ORIGINAL.search(text)),
    (NOW, lambda text: bool(NOW.search(text))),
    (ALWAYS, lambda text: bool(ALWAYS.search(text))),
    (ASKS_BEGINNING, lambda text: bool(BEGUN.search(text))),
    (SPEAKS_FOR, lambda text: bool(REPRESENTING.search(text))),
    (HOW_MUCH_STUFF, lambda text: bool(quantities(text))),
    (ASKS_MEMBERS, states_members),
    (ASKS_MEANS, states_means),
    (SETS_CONDITION, lambda text: bool(CONDITION.search(_INDIRECT_IF.sub(" ", text)))),
]


def close_lead(question: str) -> Callable[[str], bool] | None:
    """What a sentence must say to lead when it ranks close, by the question's words (`_CLOSE_LEADS`, and for "What
    would happen in the first phase…?" `frames.opens_in`), if anything."""
    return opens_in(question) or next((says for asks, says in _CLOSE_LEADS if asks.search(question)), None)
