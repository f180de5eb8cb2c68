"""The extractive generator's choice of a lead among ranked sentences (given in advance, as in test_chain)."""

from __future__ import annotations

from assistant.generators.extractive import ExtractiveGenerator
from assistant.models import Passage, ScoredPassage
from assistant.question import read
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


def holding(*sentences: str) -> list[Candidate]:
    """Sentences that each hold what was asked, ranked in the order given."""
    return [Candidate(n, 0, text, 1 - n / 10, text, True) for n, text in enumerate(sentences, 1)]


def test_when_will_is_answered_by_what_is_to_come_not_by_what_was() -> None:
    assert answer("When will the next round of talks take place?", holding(LAST, NEXT)).startswith(NEXT)
    assert answer("When did the third round open?", holding(LAST, NEXT)).startswith(LAST)  # the ranking's order


def test_a_question_about_what_has_been_is_not_answered_by_what_is_to_come() -> None:
    here = "CADRENNE, March 14 — Three days of talks ended here on Thursday with a partial agreement."
    ahead = "The next round of talks is scheduled for May 6 in Lirrowen, a lakeside town."
    assert answer("Which city hosted this round of the talks?", holding(ahead, here)).startswith(here)
    assert answer("Where will the next round be held?", holding(here, ahead)).startswith(ahead)


def test_how_long_is_the_x_leads_with_a_length_before_a_span() -> None:
    span = "Three days of talks over gas flowing through the Northway pipeline ended on Thursday."
    length = "The 1,140-km Northway line carries gas from fields in the Durrow Basin."
    assert answer("How long is the Northway pipeline?", holding(span, length)).startswith(length)
    assert answer("How long did the talks on the pipeline last?", holding(span, length)).startswith(span)


def test_under_what_condition_leads_with_a_condition_that_ranks_close() -> None:
    treats = "Kirsavia, whose troops helped drive Dalmoran forces out, treats the valley as a protectorate."
    unless = "It will not pull its 2,400 troops out, Mr Renveld says, unless a security guarantee replaces them."
    question = "Under what condition would Kirsavia withdraw its soldiers?"
    assert answer(question, holding(treats, unless)).startswith(unless)
    assert answer("Why does Kirsavia keep its soldiers there?", holding(treats, unless)).startswith(treats)


def test_what_was_asked_for_originally_leads_with_no_later_revision() -> None:
    later = "By September the payment had been whittled down to $45 million, to be held in escrow."
    first = "Hollenbeck demanded a payment of $120 million for the ship and its cargo."
    assert answer("How much money did Isbarre originally ask for?", holding(later, first)).startswith(first)
    assert answer("How much money did Isbarre get?", holding(later, first)).startswith(later)  # the ranking's order
    assert read("How much did Keldaria demand at the start?").topic == ("keldaria",)  # "at the start" is no topic


def test_a_transcripts_speaker_label_is_not_whom_he_stands_for() -> None:
    text = "Dravesh: Their chief negotiator is Deputy Foreign Minister Casimir Oldroyd. He is tough but fair."
    start = text.index("He is")
    he = Candidate(1, start, text[start:], 0.9, text, True)
    hit = ScoredPassage(
        passage=Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text),
        score=0.5,
    )
    generator = ExtractiveGenerator(_FixedRanking([he]), people=frozenset({"dravesh", "oldroyd"}))
    assert "".join(generator.stream("Who is the other side's negotiator like?", [hit])).startswith("[Oldroyd] is")
