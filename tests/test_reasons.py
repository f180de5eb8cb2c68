""" "Why…?" is led by a sentence that says why of what the question asks, by one of the words the question writes
in lower case, not only by the names it gives, or by what a concession was made for; "How does X…?" by a close
sentence that gives a means ("by recycling…"): on hand-made sentences and a fixed ranking (no model)."""

from __future__ import annotations

from assistant.generators.close_leads import states_means
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


def test_why_a_concession_was_made_is_answered_by_what_it_was_made_for() -> None:
    asked = "So why did the council accept a lower number?"
    trust = "The council wants one point of the rate to go to a trust, a demand the province declined to accept."
    exchange = (
        "The council, which had pressed for 60 percent, accepted the lower figure in exchange for a training centre."
    )
    ranked = [Candidate(1, 0, trust, 0.94, trust, True), Candidate(2, 0, exchange, 0.75, exchange, True)]
    answer = "".join(ExtractiveGenerator(FixedRanking(ranked)).stream(asked, hits_of(ranked)))
    assert answer.startswith(f"{exchange} [2]")


def test_how_a_party_will_act_is_answered_by_a_close_sentence_that_gives_a_means() -> None:
    asked = "How does the company plan to make up for the water it will not be able to take from the lake?"
    pumps = "The mine pumps about 410 litres per second from the lake, and the company sought to raise that to 640."
    means = "Its chief said the company would cover the shortfall by recycling water and building a pipeline."
    ranked = [Candidate(1, 0, pumps, 0.88, pumps, True), Candidate(2, 0, means, 0.70, means, True)]
    answer = "".join(ExtractiveGenerator(FixedRanking(ranked)).stream(asked, hits_of(ranked)))
    assert answer.startswith(f"{means} [2]")
    assert not states_means("The talks are due to end by spring.") and not states_means("Backed by King Otto.")
    assert not states_means("The cargo was seized by Reading's guards and flown by Beijing's airline.")
