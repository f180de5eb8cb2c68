"""The chat chain on "Where…?" when no sentence near the top names a place, on real MiniLM and Chroma: it looks
twice as deep for a passage that names one; and the lead among those that name one (given ranked sentences)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.chain import ChainState, _placed_first
from assistant.generators.extractive import ExtractiveGenerator
from assistant.names import Parties
from assistant.places import names_a_place
from assistant.ranking import Candidate
from tests.conftest import folder_bot
from tests.fixed_ranking import FixedRanking, hits_of

DEAL = """Veskara reaches a deal with its creditors

The negotiators closed the deal on the restructuring after eleven days, and both sides said the terms were fair \
to bondholders and to taxpayers alike.

The bondholders will accept a 27 percent reduction in the face value of their claims, and the coupon on the new \
bonds will be 5 percent.

The deal was signed by the negotiators late on 13 March in Sandhaven, at the Harbour Conference Centre.
"""


def test_where_looks_deeper_for_a_passage_that_names_a_place(tmp_path: Path, embeddings: Embeddings) -> None:
    bot = folder_bot(tmp_path, embeddings, {"deal.txt": DEAL})
    # the one passage retrieved names no place; the next one does, and leads
    answer = bot.ask("Where did the negotiators close the deal?", top_k=1)
    assert answer.answer.startswith("The deal was signed by the negotiators late on 13 March in Sandhaven")
    assert answer.citations[0].text.startswith("The deal was signed")
    # ...only a passage that says its place of what was asked: nothing here says where the bonds will be listed,
    # though all four passages are looked through
    listed = "Where will the new bonds be listed?"
    hits = bot.pipeline.retriever.retrieve(listed, 1)
    assert _placed_first(bot.pipeline, ChainState(question=listed, history=[], top_k=2), listed, hits) == hits
    # a question that asks for no place keeps what was retrieved
    assert "Sandhaven" not in bot.ask("How long did the negotiators take to close the deal?", top_k=1).answer


def test_where_is_led_by_a_place_said_of_what_was_asked_not_of_the_parties_alone() -> None:
    banks = "Kestrava wants Dalmarre to release reserves frozen in Dalmarran banks since the clashes."
    held = "Negotiators from Kestrava and Dalmarre ended their meetings in Sarnic on Thursday."
    ranked = [Candidate(1, 0, banks, 0.55, banks, True), Candidate(2, 0, held, 0.41, held, True)]
    hits = hits_of(ranked)
    parties = Parties({"Kestrava": ["Kestrava"], "Dalmarre": ["Dalmarre", "Dalmarran"]})
    generator = ExtractiveGenerator(FixedRanking(ranked, parties))
    answer = "".join(generator.stream("Where exactly did the Kestrava-Dalmarre meetings take place?", hits))
    assert answer.startswith(held)  # the parties are named in both: the meetings only in one
    assert "".join(generator.stream("Where are the reserves frozen?", hits)).startswith(banks)


def test_a_place_may_be_named_after_its_kind() -> None:
    emerged = "The negotiators emerged from their fourth round of talks in the lakeside town of Saldern on May 14th."
    assert names_a_place(emerged, frozenset({"where", "was", "the", "fourth", "round", "held"}))
    assert not names_a_place("The negotiators emerged from the talks with Kestria on May 14th.", frozenset())
