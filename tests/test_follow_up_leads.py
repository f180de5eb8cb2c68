"""A follow-up that names something anew ("Which of them went on to Moscow?" after "Who was part of the Bullitt
Mission?") is led by a close sentence that names it, not by the answer to the question before: on a hand-made
lexicon and a fixed ranking (no model); and one whose own words ask no party's position is not led by a party's
statement for the question before's party (the real chain, MiniLM and an index of a memo)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.condense import in_context, names_anew
from assistant.generators.extractive import ExtractiveGenerator
from assistant.lexicon import Lexicon
from assistant.names import Parties
from assistant.ranking import Candidate
from tests.conftest import folder_bot
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


# Quarreth's passages: its offer on the interest rate, and where it wants its share of the new lines paid from.
FUND = "\n\n".join(
    [
        "Grid talks in Lessau",
        "The interest rate is unresolved. Brevania wants 6% on the outstanding sum; Quarreth has offered 2.5%.",
        "Quarreth's position is different again. It says it cannot borrow for new lines while it is repaying old debts,"
        " and wants its share paid from the regional development fund, which holds about $600m.",
        "Quarreth collects a transit fee of 0.6 cents per kilowatt-hour and wants 1.1 cents once the new lines open.",
        "The delegations will meet again on May 14th in Karsk.",
    ]
)
GRID_PARTIES = "parties:\n  Brevania: [Brevania, Brevanian]\n  Quarreth: [Quarreth]\n"


def test_a_follow_up_asking_no_position_is_led_by_its_answer(tmp_path: Path, embeddings: Embeddings) -> None:
    bot = folder_bot(tmp_path, embeddings, {"memo.txt": FUND, "positions.yaml": GRID_PARTIES})
    first = "Where does Quarreth want the money for its part of the new lines to come from?"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": bot.ask(first).answer}]
    answer = bot.ask("How much is in that pot?", history)
    assert "$600m" in answer.answer.split("[1]")[0], answer.answer
