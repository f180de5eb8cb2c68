"""The extractive generator's choice of a lead among ranked sentences (given in advance, as in test_chain)."""

from __future__ import annotations

from assistant.generators.extractive import ExtractiveGenerator
from assistant.models import Passage, ScoredPassage
from assistant.ranking import Candidate
from tests.test_chain import _FixedRanking

LAST = "The talks, the third round held under MBC auspices, opened on 4 March."
NEXT = "A fourth round is due to begin on 22 April in Sardun, the Belgaran capital, he said."


def answer(question: str, ranked: list[Candidate]) -> str:
    hits = [
        ScoredPassage(
            passage=Passage(
                id=f"p{c.n}", doc_id="d", title="T", section="S", party=None, start=0, end=len(c.text), text=c.text
            ),
            score=0.5,
        )
        for c in sorted(ranked, key=lambda c: c.n)
    ]
    return "".join(ExtractiveGenerator(_FixedRanking(ranked)).stream(question, hits))


def test_when_will_is_answered_by_what_is_to_come_not_by_what_was() -> None:
    ranked = [Candidate(1, 0, LAST, 0.8, LAST, True), Candidate(2, 0, NEXT, 0.7, NEXT, True)]
    assert answer("When will the next round of talks take place?", ranked).startswith(NEXT)
    assert answer("When did the third round open?", ranked).startswith(LAST)  # the past: the ranking's order


def test_how_long_is_the_x_leads_with_a_length_before_a_span() -> None:
    span = "Three days of talks over gas flowing through the Northway pipeline ended on Thursday."
    length = "The 1,140-km Northway line carries gas from fields in the Durrow Basin."
    ranked = [Candidate(1, 0, span, 0.9, span, True), Candidate(2, 0, length, 0.4, length, True)]
    assert answer("How long is the Northway pipeline?", ranked).startswith(length)
    assert answer("How long did the talks on the pipeline last?", ranked).startswith(span)
