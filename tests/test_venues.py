""" "Where were the talks held?" is led by a sentence that says where an event took place, by a verb of occurring
or meeting before "in" or "at" a name, from further down than other places: on hand-made sentences and a fixed
ranking (no model)."""

from __future__ import annotations

from assistant.generators.extractive import ExtractiveGenerator
from assistant.ranking import Candidate
from assistant.venues import ASKS_VENUE, LOCATES
from tests.fixed_ranking import FixedRanking, hits_of

ELSEWHERE = "Roosevelt's pressure on the leadership in Moscow and Tokyo won him the Nobel Peace Prize for the talks."
MET = "Representatives of the two nations met in Portsmouth, New Hampshire in 1905."


def test_where_an_event_took_place_is_asked_by_a_verb_of_occurring_and_said_before_in_or_at() -> None:
    assert ASKS_VENUE.search("Where were the talks held?") and ASKS_VENUE.search("Where did the meeting take place?")
    assert not ASKS_VENUE.search("Where does Orvanda want the border drawn?")
    assert LOCATES.search(MET) and LOCATES.search("The negotiations took place in August in Portsmouth.")
    assert not LOCATES.search(ELSEWHERE)


def test_where_the_talks_were_held_is_led_by_the_sentence_that_says_where_they_met() -> None:
    ranked = [Candidate(1, 0, ELSEWHERE, 0.83, ELSEWHERE, True), Candidate(2, 0, MET, 0.4, MET, True)]
    generator = ExtractiveGenerator(FixedRanking(ranked))
    assert "".join(generator.stream("Where were the talks held?", hits_of(ranked))).startswith(MET)
    assert "".join(generator.stream("Who won the Nobel Peace Prize?", hits_of(ranked))).startswith(ELSEWHERE)


def test_where_talks_were_held_is_where_they_were_held_not_where_the_next_will_be() -> None:
    ended = "The two sides ended a third round of talks in Brisenne on Friday."
    coming = "The bloc will convene a fourth round in Brisenne in November."
    ranked = [Candidate(1, 0, ended, 0.9, ended, True), Candidate(2, 0, coming, 0.85, coming, True)]
    generator = ExtractiveGenerator(FixedRanking(ranked))
    assert "".join(generator.stream("Where were the talks held?", hits_of(ranked))).startswith(ended)
    assert "".join(generator.stream("Where will the next round be held?", hits_of(ranked))).startswith(coming)
