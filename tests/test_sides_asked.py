"""'Who are the parties?': answered by the sentence that names most of the corpus's parties, on any text."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.question import read
from tests.conftest import folder_bot

TALKS = (
    "Fishing talks resume\n\n"
    "Quessary wants quotas based on where the fish live. Its minister, Amara Lisswell, said so on Monday.\n\n"
    "Halvardia wants quotas based on past catches. The talks between Halvardia, Quessary and the Tamarind Coast "
    "Union resume in Port Sellick on November 17.\n\n"
    "The union speaks for four small coastal states.\n"
)
TABLE = (
    "parties:\n  Halvardia: [Halvardia, Halvardian]\n  Quessary: [Quessary, Amara Lisswell]\n"
    "  Tamarind Coast Union: [Tamarind Coast Union, TCU]\n"
)


def test_who_the_parties_are_is_asked_in_several_words() -> None:
    for asked in ("Who are the parties?", "Who are the two sides in this dispute?", "Who is negotiating?"):
        assert read(asked).sides, asked
    assert read("Which countries are involved in the talks?").sides
    assert not read("Who is the mediator?").sides and not read("Who are the parties' negotiators?").sides
    assert not read("Who is negotiating on behalf of the rebel movement?").sides  # who acts for it


def test_the_parties_are_named_by_the_sentence_that_names_most_of_them(tmp_path: Path, embeddings: Embeddings) -> None:
    bot = folder_bot(tmp_path, embeddings, {"talks.txt": TALKS, "positions.yaml": TABLE})
    answer = bot.ask("Who are the parties?").answer
    assert answer.startswith("The talks between Halvardia, Quessary and the Tamarind Coast Union resume"), answer
