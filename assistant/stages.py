"""The stages an agreement or a law goes through, of which a date question asks one: put forward, signed, decided
on, carried out. "When will parliament vote on the bill?" is not dated by "…the government would introduce
legislation this autumn", nor "When was the treaty ratified?" by when it was signed. Reads words by their lemmas
(lemminflect, `english.lemmas`); ranks and chooses nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from assistant.clauses import stating
from assistant.english import lemmas

if TYPE_CHECKING:
    from assistant.ask import Ask

# The stages of a treaty's or a bill's life as English names them, each by its verbs and their nouns: a text is put
# forward (drafted, proposed, introduced, submitted), signed or initialled, decided on (voted on, approved, passed,
# ratified), and carried out (implemented); after the stages of treaty-making in A. Aust, Modern Treaty Law and
# Practice (adoption of the text, signature, consent to be bound by ratification or approval, entry into force).
STAGES = (
    frozenset("draft propose proposal introduce introduction submit submission".split()),
    frozenset("sign signing signature initial".split()),
    frozenset("vote approve approval pass ratify ratification".split()),
    frozenset("implement implementation".split()),
)


@cache
def stages_of(word: str) -> frozenset[int]:
    """The stages `word` names by its verb's or its noun's lemma; none for a word English also uses as an
    adjective ("an initial offer")."""
    found = lemmas(word)
    if "ADJ" in found:
        return frozenset()
    named = {lemma for pos in ("VERB", "NOUN") for lemma in found.get(pos, ())}
    return frozenset(i for i, stage in enumerate(STAGES) if named & stage)


def _stages_in(words: list[str]) -> frozenset[int]:
    return frozenset().union(*(stages_of(w) for w in words))


@cache
def _asked(topic: tuple[str, ...]) -> frozenset[int]:
    """The stages a question's topic names, read once per question, not once per sentence it is met by."""
    return _stages_in([w for phrase in topic for w in phrase.split()])


def another_stage(ask: Ask, sentence: str) -> bool:
    """Whether `ask`'s topic asks for a date of one stage and every clause of `sentence` that states a date names
    only other stages ("…vote on…": not "…would introduce legislation this autumn")."""
    asked = _asked(ask.topic)
    clauses = stating(ask, sentence) if asked else []
    said = [_stages_in(re.findall(r"[a-z]+", c.lower())) for c in clauses]
    return bool(said) and all(s and not s & asked for s in said)
