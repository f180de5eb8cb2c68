"""Whom a follow-up's pronoun stands for: "it" is a party when it acts, by do-support before a verb of stance or of
getting, and a thing otherwise. Hand-made texts, a lexicon and parties; no model."""

from __future__ import annotations

from assistant.condense import Condenser
from assistant.lexicon import Lexicon
from assistant.models import Turn
from assistant.names import Parties
from assistant.pronouns import PLURAL


def test_it_that_acts_is_the_party_the_question_before_was_about() -> None:
    texts = ["Under the draft, Taskenia would receive 39 per cent of mean flow.", "Halvoria offered less."]
    parties = Parties({"Taskenia": ["Taskenia"], "Halvoria": ["Halvoria"]})
    condenser = Condenser(Lexicon(texts, {}), parties, set())
    history = [
        Turn(role="user", content="What share of the flow was Taskenia demanding at the Lirabad round?"),
        Turn(role="assistant", content="Taskenia asked for 42 per cent. [1]"),
    ]
    assert condenser.condense("And what does it get in the latest draft?", history).startswith(
        "And what does Taskenia get in the latest draft?"
    )
    # "it" that does not act is a thing, not the party: the question before gives the context instead
    assert "Taskenia cost" not in condenser.condense("How much did it cost?", history)
    assert PLURAL.search("What did it propose?") and not PLURAL.search("When was it signed?")
