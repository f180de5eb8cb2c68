""" "What happens next?" asks what is still to come, of the whole story: a sentence in the text's own words with a
future form ("will", "is due to", a reported "would"), not a narrative's "would" or "next". Hand-made sentences, a
lexicon and no model."""

from __future__ import annotations

import pytest

from assistant.question import read
from assistant.tense import ASKS_NEXT, tells_to_come
from tests.test_question import met


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What happens next?", True),
        ("What's next?", True),
        ("And what are the next steps?", True),
        ("What will happen next?", True),
        ("When is the next round?", False),  # a date, of the next round
        ("What happened next?", False),  # the story's next event, in the past
    ],
)
def test_what_happens_next_is_asked_of_the_whole_story(question: str, asks: bool) -> None:
    assert bool(ASKS_NEXT.search(question)) is asks
    assert read(question).what_next is asks


@pytest.mark.parametrize(
    ("sentence", "to_come"),
    [
        ("Talks are due to resume in Irrenford next month.", True),
        ("The negotiators will return to rules of origin in April.", True),
        ("Duvessen said the bloc would send a revised draft before the end of the month.", True),
        ("Fonseca has scheduled another session for Thursday.", True),
        ("Vanstraaten persuaded them that a commission would not touch the question.", False),  # a narrative's
        ("Over the next two and a half years, the two sides haggled over the plans.", False),
        ("The settlement proved more durable than either court expected.", False),
        ('19 Senators wrote Carter that "Ratification will not reverse trends."', False),  # a quotation's
    ],
)
def test_what_is_to_come_is_said_by_a_future_form_in_the_texts_own_words(sentence: str, to_come: bool) -> None:
    assert tells_to_come(sentence) is to_come
    assert met("What happens next?", sentence) is to_come


@pytest.mark.parametrize(
    ("sentence", "follows"),
    [
        # what follows on a condition is said by a conditional clause about the question's topic
        ("If the working group cannot agree by its deadline, the council will offer arbitration.", True),
        ("The council will offer arbitration unless the working group can agree by its deadline.", True),
        ("The working group will meet on Friday to agree its deadline.", False),  # no condition
        ("If the fishing talks fail, the quota stays at 120 licences.", False),  # a condition of something else
    ],
)
def test_what_happens_if_asks_what_follows_on_the_condition(sentence: str, follows: bool) -> None:
    asked = "What happens if the working group can't agree within its deadline?"
    assert read(asked).condition and not read("What happened in 1998?").condition
    assert met(asked, sentence) is follows
