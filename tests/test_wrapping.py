"""Hard-wrapped plain text: paragraphs read whole, offsets and citations exact to the file."""

from __future__ import annotations

import textwrap
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.chunking import chunk_document
from assistant.names import Parties
from assistant.readers.text import read_text
from assistant.service import Assistant
from assistant.webui import sources_markdown
from assistant.wrapping import reading_view, wrap_width
from tests.conftest import ROOT, assert_valid_citations, folder_bot

CEASEFIRE = ROOT / "tests" / "corpora" / "news-ceasefire-talks"
PARAGRAPHS = [
    "Border talks resume in Lindqvar",
    "Delegations from Kestrava and Dalmarre met again on Monday to discuss the river boundary, after a pause of "
    "almost three months that both sides blamed on the other's demands for self-rule in the delta.",
    "What each side wants",
    "Kestrava wants the boundary drawn along the deepest channel of the river, which would leave the islands "
    "of the delta on its side. Dalmarre insists on the line of the 1911 survey, which gives it the islands.",
    "- a joint survey of the channel within one year of signing, paid for by both governments in equal shares",
    "- a commission of six members to settle disputes over fishing rights and the upkeep of the river banks",
    "The next round is due to open in Lindqvar on 17 November, diplomats said, though neither delegation has "
    "confirmed the date or said who will lead it.",
]


def _wrapped(paragraphs: list[str], width: int = 72, between: str = "\n\n") -> str:
    return between.join("\n".join(textwrap.wrap(p, width)) for p in paragraphs) + "\n"


def test_a_wrapped_paragraph_is_read_as_one_line_with_every_offset_kept() -> None:
    text = _wrapped(PARAGRAPHS)
    view = reading_view(text)
    assert wrap_width(text) is not None and len(view) == len(text)
    lines = [line for line in view.split("\n") if line.strip()]
    assert [" ".join(line.split()) for line in lines] == PARAGRAPHS  # the heading and list items stay lines
    assert "".join(view.split()) == "".join(text.split())  # only line breaks became spaces


def test_a_hyphen_at_a_line_end_keeps_its_word_whole() -> None:
    text = _wrapped(PARAGRAPHS, width=93)  # breaks "self-" / "rule"
    assert "self-\nrule" in text
    assert "self-rule " in reading_view(text)
    crlf = text.replace("\n", "\r\n")
    assert "self-rule  " in reading_view(crlf) and len(reading_view(crlf)) == len(crlf)


def test_paragraphs_on_one_line_each_are_left_as_they_are() -> None:
    text = (CEASEFIRE / "news-ceasefire-talks.txt").read_text(encoding="utf-8")
    assert wrap_width(text) is None and reading_view(text) == text


def test_paragraphs_one_line_apart_end_at_a_short_line_that_ends_a_sentence() -> None:
    text = _wrapped(PARAGRAPHS, between="\n")
    lines = [" ".join(line.split()) for line in reading_view(text).split("\n") if line.strip()]
    assert lines == PARAGRAPHS


def test_a_tables_rows_stay_lines_of_their_own() -> None:
    rows = [f"{'Species':<16}{'Kestrava':>12}{'Dalmarre':>12}{'Shared zone':>16}{'Review':>14}"]
    rows += [f"{'Species ' + str(n):<16}{n * 1000:>12,}{n * 900:>12,}{n * 100:>16,}{2020 + n:>14}" for n in range(1, 9)]
    text = _wrapped(PARAGRAPHS[:2], between="\n") + "\n".join(rows) + "\n"
    assert wrap_width(text) is not None and reading_view(text).endswith("\n".join(rows) + "\n")


def test_a_title_close_to_the_width_stays_a_line_of_its_own() -> None:
    title = "The Lindqvar Protocol on the Boundary Between Kestrava and Dalmarre"
    text = title + "\n" + _wrapped(["On " + PARAGRAPHS[1]], between="\n")
    assert len(title) > 0.8 * 72 and reading_view(text).split("\n")[0] == title


def test_a_wrapped_document_has_its_title_headings_and_passages_of_the_unwrapped_one() -> None:
    flat = "\n".join(PARAGRAPHS) + "\n"
    wrapped = _wrapped(PARAGRAPHS)
    one, other = read_text(flat, "d", "d.txt"), read_text(wrapped, "d", "d.txt")
    assert other.text == wrapped  # the file's content, exactly
    assert (other.title, other.headings) == (one.title, one.headings) == (PARAGRAPHS[0], ["What each side wants"])
    parties = Parties({"Kestrava": [], "Dalmarre": []})
    flat_passages, passages = chunk_document(one, parties), chunk_document(other, parties)
    assert [" ".join(p.text.split()) for p in passages] == [p.text for p in flat_passages]
    assert all(wrapped[p.start : p.end] == p.source_text for p in passages)
    assert any(p.source is not None and "\n" in p.source for p in passages)


def test_a_hard_wrapped_corpus_is_answered_as_the_unwrapped_one(tmp_path: Path, embeddings: Embeddings) -> None:
    """The real pipeline over the ceasefire article wrapped at 72 columns: the answer reads as over the original,
    and its citation quotes the file, line breaks and all."""
    original = (CEASEFIRE / "news-ceasefire-talks.txt").read_text(encoding="utf-8")
    wrapped = _wrapped([line for line in original.split("\n") if line.strip()])
    positions = (CEASEFIRE / "positions.yaml").read_text(encoding="utf-8")
    bot: Assistant = folder_bot(
        tmp_path, embeddings, {"news-ceasefire-talks.txt": wrapped, "positions.yaml": positions}
    )
    answer = bot.ask("When did the war in the Ostrel Valley start?")
    assert "began in 2016, when the OVPM took up arms demanding self-rule for the valley" in answer.answer
    assert "\n" not in answer.answer
    assert_valid_citations(answer, tmp_path / "corpus")
    assert any("\n" in c.text for c in answer.citations)
    # ...and a reader is shown the quote on one line, in the browser's sources as on the command line
    assert all(c.quote == " ".join(c.text.split()) for c in answer.citations)
    assert sources_markdown(answer).count("\n") == 1 + len(answer.citations)
