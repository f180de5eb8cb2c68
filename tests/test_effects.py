""" "What was the fallout of…?" is led by a sentence that states an effect by a verb of causing, from further down
than other kinds of answer, and says no more: on hand-made sentences and a fixed ranking (no model)."""

from __future__ import annotations

from assistant.effects import ASKS_EFFECT, states_effect
from assistant.generators.extractive import ExtractiveGenerator
from assistant.ranking import Candidate
from tests.fixed_ranking import FixedRanking, hits_of

TERMS = "The proposed terms included the lifting of the Allied blockade and the withdrawal of Allied troops."
EFFECT = "The failure of the Allies to agree to the proposal delayed U.S. recognition of Soviet Russia for many years."


def test_an_effect_is_asked_by_its_nouns_and_stated_by_a_verb_of_causing() -> None:
    assert ASKS_EFFECT.search("What was the long-term fallout of the Allies turning the offer down?")
    assert not ASKS_EFFECT.search("What did the Allies turn down?")
    assert states_effect(EFFECT) and not states_effect(TERMS)


def test_the_fallout_of_something_is_led_by_a_close_effect_alone() -> None:
    ranked = [Candidate(1, 0, TERMS, 0.88, TERMS, True), Candidate(2, 0, EFFECT, 0.3, EFFECT, True)]
    generator = ExtractiveGenerator(FixedRanking(ranked))
    asked = "What was the long-term fallout of the Allies turning the offer down?"
    assert "".join(generator.stream(asked, hits_of(ranked))) == f"{EFFECT} [2]"
    assert "".join(generator.stream("What did the Allies turn down?", hits_of(ranked))).startswith(TERMS)
