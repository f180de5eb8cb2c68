"""A comparison composed from a ranking given in advance (`FixedRanking`): which of a party's sentences it says,
when the text sets that party against the one before ("…chose instead to focus on…")."""

from __future__ import annotations

from assistant.generators.extractive import ExtractiveGenerator
from assistant.models import Passage, ScoredPassage
from assistant.names import Parties
from assistant.ranking import Candidate
from tests.fixed_ranking import FixedRanking

FIRST = "Kelmar officials, for example, focused on the cut in harbour fees."
INSTEAD = "Ostrava officials chose instead to focus on the new berths promised to its fleet."
DROPPED = "Ostrava officials insisted on a fixed date for the end of all harbour fees."


def _compare(second: str) -> str:
    """The comparison when Kelmar's statement is followed by `second` in its passage, and `DROPPED`, in another
    passage, ranks above that."""
    text = f"{FIRST} {second}"
    passages = [
        Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text),
        Passage(
            id="p2", doc_id="d", title="T", section="S", party=None, start=500, end=500 + len(DROPPED), text=DROPPED
        ),
    ]
    hits = [ScoredPassage(passage=p, score=0.5) for p in passages]
    ranked = [
        Candidate(1, 0, FIRST, 0.8, FIRST, True),
        Candidate(2, 0, DROPPED, 0.7, DROPPED, True),
        Candidate(1, len(FIRST) + 1, second, 0.3, second, True),
    ]
    parties = Parties({"Kelmar": ["Kelmar"], "Ostrava": ["Ostrava"]})
    generator = ExtractiveGenerator(FixedRanking(ranked, parties))
    return "".join(generator.stream("How did Kelmar and Ostrava officials spin the accord differently?", hits))


def test_a_party_set_against_the_first_by_the_next_sentence_is_heard_by_it_first() -> None:
    assert _compare(INSTEAD).startswith(f"Kelmar: {FIRST} [1] Ostrava: {INSTEAD} [1]")


def test_a_next_sentence_that_sets_nothing_against_the_first_is_ranked_as_any_other() -> None:
    plain = "Ostrava officials spoke about the new berths promised to its fleet."
    assert _compare(plain).startswith(f"Kelmar: {FIRST} [1] Ostrava: {DROPPED} [2]")
