"""Which sentences may answer a question: those that state something. A question the text asks ("TMR: Is
there a deadline?"), a sentence that only announces what follows ("…positions are as follows."), a record's
entry (a field, a signature) and a sentence of three words ("Watch this space.") state nothing; a record's
entry still gives the date, place or name a question demands; an interviewer's turn is a premise, not the
source's answer; "What is the PMSC?" is answered by the sentence that defines the name. Nothing here ranks sentences.
"""

from __future__ import annotations

import re

from assistant.layout import REPORTED, in_questioners_turn, record_entry
from assistant.models import ScoredPassage
from assistant.question import read
from assistant.ranking import Candidate

MIN_WORDS = 4  # a shorter sentence ("Watch this space.", "The settlement held.") rides on its passage's score
ASKING = re.compile(r"\?\W*$")  # a question in the text ("TMR: Is there a deadline?") answers none
# ...nor does one that only announces what follows ("…Tessalind's positions are as follows."; not "…of 14 cranes
# in three phases:", which says something before its list)
ANNOUNCING = re.compile(r"(?i)\b(?:as\s+follows|the\s+following)\W*$")


def states_something(sentence: str) -> bool:
    """Whether a sentence may answer: no question, no announcement, no record's entry, more than a few words."""
    said = not (ASKING.search(sentence) or ANNOUNCING.search(sentence) or record_entry(sentence))
    return len(sentence.split()) >= MIN_WORDS and said


def answering(question: str, ranked: list[Candidate]) -> list[Candidate]:
    """The sentences of `ranked` that may answer `question`: those that state something, and a record's entry
    ("Date: 3 March 2025", a signature) that gives what it demands; all of them when none does."""
    wants = read(question).wants is not None  # a date, a number, a name: not what someone said
    return [c for c in ranked if states_something(c.text) or (wants and c.meets and record_entry(c.text))] or ranked


# "What is the PMSC?" asks what a name is: the sentence that defines it ("the Pellan Marine Science Council (PMSC),
# the body that…", "Ostrel, a valley in…"): a name in brackets after its full form, or an appositive after it.
WHAT_NAME = re.compile(
    r"^\W*(?i:what)\s+(?i:is|was|are|were)\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s*\?"
)


def defines(name: str, text: str) -> bool:
    """Whether `text` says what `name` is: "…Council (PMSC), the body…", "Ostrel, a valley in…"."""
    return bool(re.search(rf"\({re.escape(name)}\)|\b{re.escape(name)},\s+(?:a|an|the)\s", text))


def not_premises(ranked: list[Candidate], hits: list[ScoredPassage], window: int) -> list[Candidate]:
    """`ranked` without an interviewer's turns, whose words are their premise, not the source's answer ("Q: Varrick
    has opposed the increase."), unless the best that holds what was asked is a premise that says whose word it
    reports ("the Steel Federation says this deal will cost 3,000 jobs") and none of the `window` best answers
    holds it."""
    said = [c for c in ranked if not in_questioners_turn(hits[c.n - 1].passage.text, c.start)]
    if not any(c.meets for c in said[:window]):
        held = (c for c in ranked[:window] if c.meets and not c.text.rstrip().endswith("?"))
        premise = next((c for c in held if REPORTED.search(c.text)), None)
        return [premise, *said] if premise else said or ranked
    return said or ranked
