"""A follow-up that names something anew ("Which of them went on to Moscow?" after "Who was part of the Bullitt
Mission?") is led by a close sentence that names it, not by the answer to the question before: on a hand-made
lexicon and a fixed ranking (no model)."""

from __future__ import annotations

from assistant.condense import in_context, names_anew
from assistant.generators.extractive import ExtractiveGenerator
from assistant.lexicon import Lexicon
from assistant.names import Parties
from assistant.ranking import Candidate
from tests.fixed_ranking import FixedRanking, hits_of

BEFORE = "Who was part of the Bullitt Mission?"
MEMBERS = "The Bullitt Mission, comprised of Bullitt and journalist Lincoln Steffens, crossed the Russian border."
MOSCOW = "Following a meeting in Petrograd, Bullitt and Steffens left for Moscow, where they met Lenin."
PARTIES = Parties({"Soviet Russia": ["Soviet Russia", "Bolsheviks"], "United States": ["United States", "Bullitt"]})


def test_the_names_a_follow_up_brings_are_its_own_and_no_partys() -> None:
    lexicon = Lexicon([MEMBERS, MOSCOW], {})
    assert names_anew(in_context("Which of them went on to Moscow with Bullitt?", BEFORE), lexicon, PARTIES) == {
        "moscow"
    }
    assert names_anew(in_context("And what about the Bolsheviks?", BEFORE), lexicon, PARTIES) == set()
    assert names_anew("Which of them went on to Moscow?", lexicon, PARTIES) == set()  # no question before


def test_a_follow_up_is_led_by_a_close_sentence_that_names_what_it_brings_anew() -> None:
    ranked = [Candidate(1, 0, MEMBERS, 0.72, MEMBERS, True), Candidate(2, 0, MOSCOW, 0.42, MOSCOW, True)]
    generator = ExtractiveGenerator(FixedRanking(ranked))
    asked = in_context("Which of them went on to Moscow with Bullitt?", BEFORE)
    assert "".join(generator.stream(asked, hits_of(ranked))).startswith(MOSCOW)
    # ...and the best leads a question asked on its own
    assert "".join(generator.stream("Which of them went on to Moscow?", hits_of(ranked))).startswith(MEMBERS)
