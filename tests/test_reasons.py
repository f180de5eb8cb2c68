""" "Why…?" is led by a sentence that says why of what the question asks, by one of the words the question writes
in lower case, not only by the names it gives: on hand-made sentences and a fixed ranking (no model)."""

from __future__ import annotations

from assistant.generators.extractive import ExtractiveGenerator
from assistant.question import read
from assistant.ranking import Candidate
from tests.fixed_ranking import FixedRanking, hits_of
from tests.test_question import met


def test_a_reason_is_of_what_the_question_asks_by_one_of_its_common_words() -> None:
    argued = "Reagan agreed to abide by SALT II and argued that research into SDI adhered to the ABM Treaty."
    never = "On January 3, Carter asked the Senate not to consider SALT II, and it was never ratified."
    ranked = [Candidate(1, 0, never, 0.9, never, True), Candidate(2, 0, argued, 0.6, argued, True)]
    answer = "".join(
        ExtractiveGenerator(FixedRanking(ranked)).stream("Why did the Senate never ratify SALT II?", hits_of(ranked))
    )
    # "argued" gives a reason of something else: it names SALT II, but not the ratifying asked about
    assert answer.startswith(f"{never} [1]")


def test_why_a_party_will_not_act_is_answered_by_a_sentence_that_names_it() -> None:
    question = "Why won't Vesnia pay compensation for the crop losses?"
    assert read(question).names == ("Vesnia",) and read("Why did the talks fail?").names == ()
    # the farmers' claim is a reason for compensation, not Vesnia's reason for refusing it
    assert not met(question, "The farmers' union puts their crop losses at $410 million and wants compensation.")
    assert met(question, "Vesnia rejects the premise: it accepts no liability for the crop losses, blaming weak rains.")
