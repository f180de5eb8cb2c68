""" "What would happen in the first phase…?" is led by a close sentence that opens with that phase as its frame: on
hand-made sentences and a fixed ranking (no model)."""

from __future__ import annotations

from assistant.frames import opens_in
from assistant.generators.extractive import ExtractiveGenerator
from assistant.ranking import Candidate
from tests.fixed_ranking import FixedRanking, hits_of

ASKED = "What would happen in the first phase of the Valmoran draft?"
ABOUT = 'Orlinde said the number of prisoners in the first phase was "negotiable within reason."'
FIRST = "In a first phase of 30 days, the fighting would stop and the government would free 400 prisoners."
SECOND = "In a second phase of 60 days, the remaining detainees would be exchanged in three batches."


def test_a_sentence_opens_with_the_stage_asked_about_by_the_words_of_its_head() -> None:
    opens = opens_in(ASKED)
    assert opens is not None and opens(FIRST)
    assert not opens(ABOUT) and not opens(SECOND)  # it speaks of the phase, or opens with another
    assert opens_in("What happened to the first phase?") is None  # ...asks what became of it, not what happens in it


def test_what_happens_in_a_stage_is_led_by_a_close_sentence_set_in_it() -> None:
    ranked = [Candidate(1, 0, ABOUT, 0.87, ABOUT, True), Candidate(2, 0, FIRST, 0.67, FIRST, True)]
    answer = "".join(ExtractiveGenerator(FixedRanking(ranked)).stream(ASKED, hits_of(ranked)))
    assert answer.startswith(FIRST), answer
    assert "".join(
        ExtractiveGenerator(FixedRanking(ranked)).stream("What did Orlinde say?", hits_of(ranked))
    ).startswith(ABOUT)
