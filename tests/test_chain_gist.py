"""The chat chain on questions about the text itself, on the real article, MiniLM and Chroma: where it comes from
(its attribution, or none), who wrote it (its byline, or none) and what it is about (its lede, or its first
passage)."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.service import Assistant
from tests.conftest import assert_valid_citations, folder_bot


@pytest.mark.parametrize(
    "question",
    [
        "Which newspaper is this analysis from?",
        "What publication ran this piece?",
        "Where was this article published?",
        "Which outlet is this from?",
    ],
)
def test_where_the_article_comes_from_is_answered_by_its_attribution(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert not answer.refused and "writes The Washington Post" in answer.answer
    assert [c.section for c in answer.citations] == ["Lede"]
    assert_valid_citations(answer)


def memo_bot(tmp_path: Path, embeddings: Embeddings, text: str) -> Assistant:
    """An assistant over a corpus of one file, `memo.txt`, holding `text`."""
    return folder_bot(tmp_path, embeddings, {"memo.txt": text})


def test_a_text_that_names_no_source_is_no_answer_to_which_newspaper(tmp_path: Path, embeddings: Embeddings) -> None:
    local = memo_bot(
        tmp_path,
        embeddings,
        "Talks in Geneva\nDiplomats met in Geneva on Monday to discuss a ceasefire.\nJane Roe\n"
        "The talks ended without an agreement. Both delegations will meet again next week.\n",
    )
    assert local.ask("Which newspaper is this article from?").refused
    assert not local.ask("Where did the diplomats meet?").refused


@pytest.mark.parametrize(
    "question", ["What is this article about?", "Summarize the piece.", "What's the main point of the analysis?"]
)
def test_what_the_text_is_about_is_answered_by_its_lede(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert not answer.refused and "Moscow and Kiev see their topics in completely different ways" in answer.answer
    assert {c.section for c in answer.citations} == {"Lede"}
    assert_valid_citations(answer)


def test_a_question_about_a_topic_of_the_text_is_no_gist_question(bot: Assistant) -> None:
    answer = bot.ask("What does the article say about NATO?")
    assert "NATO" in answer.answer and "Lede" not in {c.section for c in answer.citations}


def test_a_text_without_a_lede_is_summed_up_by_its_first_passage(tmp_path: Path, embeddings: Embeddings) -> None:
    local = memo_bot(
        tmp_path,
        embeddings,
        "Talks in Geneva\n## Monday\nDiplomats met in Geneva on Monday to discuss a ceasefire.\n"
        "## Later\nThe talks ended without an agreement. Both delegations will meet again next week.\n",
    )
    answer = local.ask("What is this document about?")
    assert not answer.refused and answer.answer.startswith("Diplomats met in Geneva")


def test_who_wrote_the_article_is_answered_by_its_byline_or_refused(
    bot: Assistant, tmp_path: Path, embeddings: Embeddings
) -> None:
    answer = bot.ask("Who wrote this article?")
    assert answer.answer.startswith("Siobhan O'Grady") and answer.citations[0].section == "Byline"
    assert_valid_citations(answer)
    unsigned = memo_bot(
        tmp_path,
        embeddings,
        "Talks in Geneva\nDiplomats met in Geneva on Monday to discuss a ceasefire.\n"
        "The talks ended without an agreement. Both delegations will meet again next week.\n",
    )
    refused = unsigned.ask("Who wrote this article?")
    assert refused.refused and "no byline" in refused.answer
