"""Who leads a party that the question names by one of its names and the text by another ("the dockers' union",
"the federation", "Korvane"): the passages that name it otherwise are searched too (the real retriever, MiniLM
and an index)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.indexing import refresh
from assistant.service import Assistant

ISSUES = ["pay", "pensions", "night shifts", "overtime", "automation", "safety", "casual work", "holidays"]
FILLER = [
    f"The union raised {i} again in the talks, and dockers backed its demands on {i} in a vote." for i in ISSUES * 2
]
LEADER = "Ilsa Korvane, general secretary of the federation and its lead negotiator, said the offer was too low."
POSITIONS = "parties:\n  Dockworkers' Federation: [federation, union, Korvane]\n  Port Employers: [employers]\n"


def test_the_passages_naming_a_led_party_otherwise_are_searched(tmp_path: Path, embeddings: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "talks.txt").write_text("\n\n".join(["Port talks", *FILLER[:8], LEADER, *FILLER[8:]]))
    (corpus / "positions.yaml").write_text(POSITIONS)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    answer = bot.ask("Who is in charge of the dockers' union in these talks?")
    assert any(h.passage.text.startswith("Ilsa Korvane") for h in answer.retrieved)
    # a question about what the union wants is no question of who leads it: nothing more is searched
    assert not any(
        h.passage.text.startswith("Ilsa") for h in bot.ask("What did the union raise in the talks?").retrieved
    )
