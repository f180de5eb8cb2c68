"""The thing a question asks about, which a corpus may never mention: an attribute ("What was Quessary's
population…?"), the head of the noun phrase asked for, and the thing a measure is of ("the size of Maruvia's
economy"). Hand-made questions and a lexicon, no model."""

from __future__ import annotations

from assistant.asked_focus import unknown_focus
from tests.test_question import LEXICON


def test_an_attribute_the_text_never_gives_is_unknown_focus() -> None:
    assert unknown_focus("What was Quessary's population at the time?", LEXICON) == ["population"]
    # a reaction, or a post, is said in other words
    assert unknown_focus("What was Quessary's reaction?", LEXICON) == []
    assert unknown_focus("What was Kallenbrook's job at the talks?", LEXICON) == []
    assert unknown_focus("What is the GDP of Quessary?", LEXICON) == ["GDP"]
    # the head of what is asked for is its noun: "total" only says which offer
    assert unknown_focus("What is the total offer of Orvanda?", LEXICON) == []
    assert unknown_focus("What is the total population of Quessary?", LEXICON) == ["population"]
    # an amount is asked for, in whatever words the text gives it; "least" is no thing asked about
    assert unknown_focus("What is the least amount of quota Quessary will accept?", LEXICON) == []
    assert unknown_focus("What is Quessary's flag?", LEXICON) == ["flag"]  # an attribute, as "population" is


def test_a_measure_asked_is_of_the_thing_after_of() -> None:
    # "the size (amount, value…) of X" asks about X, which a text that never speaks of it does not measure
    assert unknown_focus("What is the size of Quessary's economy in dollars?", LEXICON) == ["economy"]
    assert unknown_focus("What was the total size of the Quessarian fleet?", LEXICON) == []
