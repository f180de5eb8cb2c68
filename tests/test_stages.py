"""The stage of an agreement or a law that a date question asks for: put forward, signed, decided on, carried
out. A date of another stage is no answer."""

from __future__ import annotations

from assistant.question import read
from assistant.stages import another_stage
from tests.test_question import met


def test_a_date_of_another_stage_does_not_answer_when_a_law_is_voted_on() -> None:
    vote = read("When will parliament vote on the minimum service bill?")
    assert another_stage(vote, "The government would introduce legislation this autumn requiring minimum service.")
    assert not another_stage(vote, "Parliament will vote on the minimum service bill in November.")
    assert not another_stage(vote, "The vote on the bill is set for November.")  # the stage's noun says it too
    assert not another_stage(vote, "The bill was approved by parliament in November.")  # voting is deciding


def test_a_treaty_signed_is_not_a_treaty_ratified() -> None:
    ratified = read("When was the treaty ratified?")
    assert another_stage(ratified, "The treaty was signed in Vienna in June 1979.")
    assert not another_stage(ratified, "The Senate ratified the treaty in May 1972.")
    signed = read("When was the treaty signed?")
    assert not another_stage(signed, "The treaty was signed in June 1979.")
    # ...each clause that states a date is read: one of them is of the stage asked
    passed = read("When did parliament pass the bill?")
    assert not another_stage(passed, "The bill was introduced in March, and parliament passed it on 4 May.")
    assert another_stage(passed, "The bill was introduced in March; it was drafted in January.")


def test_no_stage_asked_or_none_said_is_no_other_stage() -> None:
    assert not another_stage(read("When will the panel first meet?"), "The panel will report by next June.")
    # "initial" as an adjective names no signing
    assert not another_stage(read("When was the deal signed?"), "Its initial offer came on 3 May.")


def test_a_date_question_is_not_met_by_a_date_of_another_stage() -> None:
    question = "When will parliament vote on the minimum service bill?"
    assert not met(question, "The government would introduce the minimum service bill in parliament this autumn.")
    assert met(question, "Parliament will vote on the minimum service bill in November.")
