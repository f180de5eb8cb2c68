"""Corpus readers (.txt, .md, .html, .pdf, .docx) and the handling of files that cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.chunking import chunk_document
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.ingest import read_corpus
from assistant.models import Document
from assistant.names import Parties
from tests.conftest import ARTICLE_CONFIG, DOC_ID
from tests.documents import CORRIDOR, encrypted_pdf, make_docx, make_pdf, scanned_pdf

HTML = """<!doctype html><html><head><title>Kyiv talks</title><meta name="author" content="A. Writer">
<meta name="description" content="A short lede."><script>var x = 1;</script></head><body>
<nav>Home | World</nav><h1>Kyiv talks</h1><p>Opening paragraph. It has two sentences.</p>
<h2>Russia's demands</h2><p>Moscow wants <b>more</b> land.</p><ul><li>One item.</li></ul>
<h2>What Ukraine wants</h2><p>Kyiv wants its borders back.</p></body></html>"""

MARKDOWN = "# Washington's view\n\nIntro text here.\n\n## What is the United States aiming for?\n\nMinerals, mostly.\n"


def _only(docs: list[Document], doc_id: str) -> Document:
    return next(d for d in docs if d.doc_id == doc_id)


def test_html_reader(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "talks.html").write_text(HTML)
    docs, skipped = read_corpus(tmp_path, 10**6)
    assert skipped == []
    doc = _only(docs, "news/talks")
    assert doc.title == "Kyiv talks"
    assert doc.authors == ["A. Writer"] and doc.lede == "A short lede."
    assert doc.headings == ["Russia's demands", "What Ukraine wants"]
    assert "var x" not in doc.text and "Home | World" not in doc.text
    passages = chunk_document(doc, Parties(ARTICLE_CONFIG.parties))
    assert {p.text: (p.section, p.party) for p in passages} == {
        "Kyiv talks": ("Title", None),
        "Opening paragraph. It has two sentences.": ("Introduction", None),
        "Moscow wants more land.": ("Russia's demands", "Russia"),
        "One item.": ("Russia's demands", "Russia"),
        "Kyiv wants its borders back.": ("What Ukraine wants", "Ukraine"),
    }
    assert all(doc.text[p.start : p.end] == p.text for p in passages)


def test_markdown_reader(tmp_path: Path) -> None:
    (tmp_path / "view.md").write_text(MARKDOWN)
    docs, _ = read_corpus(tmp_path, 10**6)
    doc = _only(docs, "view")
    assert doc.title == "Washington's view"
    assert doc.headings == ["What is the United States aiming for?"]
    passages = chunk_document(doc, Parties(ARTICLE_CONFIG.parties))
    minerals = next(p for p in passages if p.text == "Minerals, mostly.")
    assert minerals.party == "United States"
    assert "#" not in doc.text


def test_a_word_broken_at_a_hyphen_across_lines_is_one_word(tmp_path: Path) -> None:
    wrapped = (
        "# Talks\n\nThe movement took up arms demanding self-\nrule for the valley, in short-\nand long-term plans.\n"
    )
    (tmp_path / "wrapped.md").write_text(wrapped)
    doc = _only(read_corpus(tmp_path, 10**6)[0], "wrapped")
    assert "demanding self-rule for the valley, in short- and long-term plans." in doc.text  # a suspended hyphen stays


def test_the_assistants_own_folders_inside_the_corpus_are_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "talks.txt").write_text("The talks resumed on Monday.")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "assistant.sqlite3").write_bytes(b"SQLite format 3\x00")  # `assistant serve` run here
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "notes.txt").write_text("An index's file that happens to be text.")
    monkeypatch.chdir(tmp_path)  # the defaults, data/ and index/, are where the command runs: here, the corpus
    settings = Settings(corpus_dir=Path("."))
    docs, skipped = read_corpus(settings.corpus_dir, 10**6, settings.own_dirs())
    assert [d.doc_id for d in docs] == ["talks"] and skipped == []
    assert [s.path for s in read_corpus(tmp_path, 10**6)[1]] == ["data/assistant.sqlite3"]  # not told: a stray file


def test_bad_files_are_skipped_with_reasons(corpus_copy: Path) -> None:
    (corpus_copy / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01garbage")
    (corpus_copy / "empty.txt").write_text("   \n\n")
    (corpus_copy / "latin1.txt").write_bytes("Caf\xe9 in Kyiv".encode("latin-1"))
    (corpus_copy / "huge.txt").write_text("word " * 3000)
    (corpus_copy / "dangling.txt").symlink_to(corpus_copy / "nowhere.txt")
    (corpus_copy / "blank.html").write_text("<html><body><script>x()</script></body></html>")
    (corpus_copy / "image.png").write_bytes(b"\x89PNG")
    (corpus_copy / "positions.yaml").write_text("parties: []\n")  # configuration, not a document
    docs, skipped = read_corpus(corpus_copy, max_bytes=10_000)
    assert [d.doc_id for d in docs] == [DOC_ID]
    reasons = {s.path: s.reason for s in skipped}
    assert reasons["binary.txt"].startswith("binary")
    assert reasons["empty.txt"] == "empty file"
    assert reasons["latin1.txt"].startswith("not UTF-8")
    assert reasons["huge.txt"].startswith("too large")
    assert reasons["dangling.txt"].startswith("unreadable")
    assert reasons["blank.html"] == "no text found in the page"
    assert reasons["image.png"].startswith("unsupported file type")
    assert "positions.yaml" not in reasons


def test_pdf_and_word_files_are_read_with_pages_and_headings(corpus_copy: Path) -> None:
    (corpus_copy / "talks.pdf").write_bytes(make_pdf(CORRIDOR, title="Grain corridor talks"))
    (corpus_copy / "accord.docx").write_bytes(make_docx("Fisheries accord", {"Quotas": ["Norland wants 60 %."]}))
    docs, skipped = read_corpus(corpus_copy, max_bytes=1_000_000)
    assert not skipped
    pdf, word = _only(docs, "talks"), _only(docs, "accord")
    assert pdf.title == "Grain corridor talks" and len(pdf.pages) == 2 and pdf.pages[0] == 0
    assert "Ostrand rejected the escort plan." in pdf.text[pdf.pages[1] :]  # page 2 starts where it should
    assert "40 nautical miles wide" in pdf.text  # lines joined back into the sentence
    assert "What Velmora wants" in pdf.headings
    passages = chunk_document(pdf, Parties({}))
    assert {p.page for p in passages} == {1, 2}
    assert all(pdf.text[p.start : p.end] == p.text for p in passages)
    assert next(p for p in passages if "Kessel" in p.text).page == 2
    assert word.title == "Fisheries accord" and word.headings == ["Quotas"]
    assert word.text == "Fisheries accord\nQuotas\nNorland wants 60 %.\n"


def test_unusable_pdf_and_word_files_are_skipped_with_reasons(corpus_copy: Path) -> None:
    pdf = make_pdf(CORRIDOR)
    (corpus_copy / "locked.pdf").write_bytes(encrypted_pdf(pdf))
    (corpus_copy / "scan.pdf").write_bytes(scanned_pdf())
    (corpus_copy / "torn.pdf").write_bytes(pdf[: len(pdf) // 4])
    (corpus_copy / "fake.pdf").write_text("Plain words behind a PDF name.")
    (corpus_copy / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)  # an OLE file
    reasons = {s.path: s.reason for s in read_corpus(corpus_copy, max_bytes=1_000_000)[1]}
    assert "encrypted" in reasons["locked.pdf"]
    assert "no text layer" in reasons["scan.pdf"]
    assert "damaged" in reasons["torn.pdf"]
    assert "not PDF" in reasons["fake.pdf"]
    assert "not Word document" in reasons["old.docx"]


def test_missing_corpus_dir_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="ASSISTANT_CORPUS_DIR") as info:
        read_corpus(tmp_path / "nope", 10**6)
    assert info.value.code == "corpus_missing"


def test_a_list_item_is_content_not_a_heading() -> None:
    from assistant.readers.text import read_text

    text = "Minutes\n\nPresent:\n- Ms Ilse Varnholt, Deputy Director (Chair)\n- Mr Tobias Renk\n\nAgenda item one\n\nThe Chair opened the session.\n"
    doc = read_text(text, "d", "d.txt")
    headings = [s.name for s in doc.sections if s.is_heading]
    assert headings == ["Agenda item one"]  # the attendees are what the minutes say, not sections of them


def test_a_meetings_field_is_content_not_a_heading() -> None:
    from assistant.readers.text import read_text

    text = "Summary record\n\nChair: Ms. Henrike Vaszary (Lusmark)\n\nAgenda item 3\n\nThe Chair opened the meeting.\n"
    doc = read_text(text, "d", "d.txt")
    assert [s.name for s in doc.sections if s.is_heading] == ["Agenda item 3"]  # who presided is what it says
