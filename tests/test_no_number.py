"""What looks like a number and counts nothing: a year range's end ("1904–05") and a number word in a name ("the
Triple Intervention"), which no "how many" or "how much" question is answered by. Hand-made sentences, no model."""

from __future__ import annotations

from assistant.figures import NUMBER, states_number
from tests.test_question import met


def test_the_end_of_a_year_range_is_part_of_the_years() -> None:
    assert not NUMBER.search("the Russo-Japanese War of 1904–05 ended")
    assert not NUMBER.search("in the war of 1894-95")
    assert [m.group() for m in NUMBER.finditer("from 20–35 percent")] == ["20", "35"]  # a range of numbers
    assert not met("How many people died in the war?", "The Treaty formally ended the war of 1904–05.")
    assert met("How many people died in the war?", "The war of 1904–05 killed 80,000 people.")


def test_a_number_word_in_a_name_counts_nothing() -> None:
    named = "Japan gave up its demands after the Triple Intervention of Russia, Germany and France."
    assert not states_number(named, frozenset())
    assert states_number("Three delegations met in Brisenne.", frozenset())  # a sentence's first word
    assert states_number("The commission has three members.", frozenset())
    assert not met("How much territory did Japan lose?", named)
