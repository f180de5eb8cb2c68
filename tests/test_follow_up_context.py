"""A follow-up whose own words only answer a position ("And what was the union's counter?", "And what figure did
the council come back with?") asks about what the question before asked, so it carries that question as its
context; one with a topic of its own does not. Hand-made texts, a lexicon and parties; no model."""

from __future__ import annotations

from assistant.condense import Condenser
from assistant.english import plain_verbs
from assistant.lexicon import Lexicon
from assistant.models import Turn
from assistant.names import Parties

TEXTS = ["Tavrosa sought a 50-year lease at 6.2 million crowns a year.", "The council countered with 11 million."]
PARTIES = Parties({"Tavrosa": ["Tavrosa"], "Council": ["the council"], "Union": ["the union"]})


def _after(question: str, previous: str) -> str:
    history = [Turn(role="user", content=previous), Turn(role="assistant", content=TEXTS[0] + " [1]")]
    return Condenser(Lexicon(TEXTS, {}), PARTIES, set()).condense(question, history)


def test_a_follow_up_that_answers_a_position_carries_the_question_before() -> None:
    before = "What annual rent did Tavrosa propose in its original bid?"
    assert "counter" in plain_verbs("And what figure did the council come back with?")
    assert _after("And what figure did the council come back with?", before).endswith(f"(context: {before})")
    assert _after("And what was the union's counter?", before).endswith(f"(context: {before})")
    # a question of its own about another party does not
    assert "context" not in _after("And how many jobs has the council promised at the new quay?", before)
