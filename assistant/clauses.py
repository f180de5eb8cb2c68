"""The clauses of a sentence that state the date or number a question asks for, and whether one of them holds
what was asked about: "The committee will meet in Tesk, and the Minister will brief lawmakers on 28 October"
dates no meeting. English coordination and reduced relative clauses (Quirk et al.) read by regular
expressions; what a question asks for is `ask.Ask`'s to say.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import figures, holds
from assistant.holds import Synonyms
from assistant.lexicon import Lexicon

if TYPE_CHECKING:
    from assistant.ask import Ask

# Clauses joined by a coordinator after a comma, or by a semicolon, each with a subject of its own ("…, and the
# Minister will brief…"; not "…, and signed it on 3 May", whose subject is the first clause's): each may state
# its own event.
_COORDINATED = re.compile(
    r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?=(?:the|a|an|its|their|his|her|our|this|these|those|we|they|he|she|"
    r"it|i)\b|[A-Z])"
)
# ...and any joined so, whatever their subject
_CLAUSES = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
# ...and a past participle's clause set off by commas, of a time of its own ("The idea, first floated by Ondrisk in
# April, would place…"): a reduced relative clause (Quirk et al. §17.30)
_ASIDE = re.compile(r",\s+((?:first\s+|\w+ly\s+)?[a-z]+ed\s+(?:by|in|on|at|to|last|this)\b[^,;]*),\s+")
_REFERS = re.compile(r"(?i)\b(?:he|she|it|they|them|him|her|his|its|their|this|these|those|that)\b")


def in_one_clause(ask: Ask, sentence: str, context: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether the date or number `ask` asks for stands in a clause of `sentence` that holds what was asked
    about: "The committee will meet in Tesk, and the Minister will brief lawmakers on 28 October" dates no
    meeting."""
    clauses = _COORDINATED.split(sentence)
    if ask.wants not in ("date", "number") or not ask.topic or len(clauses) < 2:
        return True
    before = context[: -len(sentence)] if context.endswith(sentence) else ""  # the antecedent a pronoun needs
    # a clause that refers back ("…, and a survey put the cost of refurbishing them at…") is read with those before
    read = [" ".join(clauses[: i + 1]) if _REFERS.search(c) else c for i, c in enumerate(clauses)]
    stating = [r for c, r in zip(clauses, read, strict=True) if states(ask, c)]
    if not stating or any(holds.enough(ask.topic, before + r, lexicon, synonyms) for r in stating):
        return True
    # ...or in the clause that holds most of it, when none holds half: a comma and "and" may join the
    # names of one subject ("…when Halvik's predecessor, Tobias Renvall, and Brandt-Casari signed…")
    shares = {r: holds.share(ask.topic, before + r, lexicon, synonyms) for r in read}
    return max(shares[r] for r in stating) >= max(shares.values()) > 0


def stating(ask: Ask, sentence: str) -> list[str]:
    """The clauses of `sentence` that state the date `ask` asks for, or the whole of it when no date is asked;
    a clause after a comma and a coordinator may share its subject, as it does not share its tense."""
    clauses = [c for clause in _CLAUSES.split(sentence) for c in _ASIDE.split(clause)]
    return [c for c in clauses if states(ask, c)] if ask.wants == "date" else [sentence]


def states(ask: Ask, clause: str) -> bool:
    """Whether `clause` states the date, or else the number, that `ask` asks for."""
    if ask.wants == "date":
        return figures.states_date(clause, ask.asked, ask.year, ask.month, ask.day)
    return figures.states_number(clause, ask.asked, ask.proportion, bool(ask.counted))
