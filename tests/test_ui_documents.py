"""The Documents tab in a real headless Chromium: a PDF dropped in, asked about, its citation highlighted on
its page, then deleted, after which the question is refused."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant import server
from assistant.config import Settings
from assistant.indexing import refresh
from assistant.service import Assistant
from tests.conftest import CORPUS, ServerThread
from tests.documents import CORRIDOR, make_pdf
from tests.test_ui import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture
def served(tmp_path: Path, embeddings: Embeddings, passage_embeddings: Embeddings) -> Iterator[str]:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: passage_embeddings, progress=False).manifest)
    bot._passage_embeddings = passage_embeddings  # the model the fixture already loaded, not a second one
    with ServerThread(server.create(bot, settings)) as running:
        yield running.url


def _ask(page: object, question: str) -> None:
    box = page.locator("#question textarea")  # type: ignore[attr-defined]
    box.fill(question)
    box.press("Enter")


def test_upload_ask_highlight_delete_in_a_browser(served: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    pdf = tmp_path / "corridor.pdf"
    pdf.write_bytes(make_pdf(CORRIDOR, title="Grain corridor talks resume in Tallinn"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(served + "/", wait_until="domcontentloaded")
        expect(page.locator("#question textarea")).to_be_visible(timeout=60_000)
        page.get_by_role("tab", name="Documents").click()
        page.locator("#upload input[type=file]").set_input_files(str(pdf))
        expect(page.locator("#upload-status")).to_contain_text("added as corridor", timeout=60_000)
        expect(page.locator("#documents")).to_contain_text("Grain corridor talks", timeout=30_000)

        page.get_by_role("tab", name="Chat").click()
        _ask(page, "How wide a corridor does Velmora insist on?")
        chat = page.locator("#chat")
        expect(chat).to_contain_text("40 nautical miles", timeout=60_000)
        sources = page.locator("#sources label")
        expect(sources.first).to_be_visible(timeout=30_000)
        sources.first.click()
        expect(page.locator("#viewer mark")).to_contain_text("40 nautical miles", timeout=30_000)
        expect(page.locator("#viewer h4")).to_contain_text("page 1")

        page.get_by_role("tab", name="Documents").click()
        page.locator("#delete-choice input").click()
        page.get_by_role("option", name="Grain corridor talks resume in Tallinn (corridor)").click()
        page.locator("#delete").click()
        expect(page.locator("#upload-status")).to_contain_text("corridor deleted", timeout=60_000)
        expect(page.locator("#documents")).not_to_contain_text("Grain corridor talks", timeout=30_000)

        page.get_by_role("tab", name="Chat").click()
        page.locator("#new-conversation").click()
        expect(chat).not_to_contain_text("40 nautical miles", timeout=30_000)  # cleared before the next question
        _ask(page, "How wide a corridor does Velmora insist on?")
        expect(chat).to_contain_text("does not answer", timeout=60_000)
        browser.close()


def test_a_reader_cannot_add_documents_in_the_browser(
    tmp_path: Path, embeddings: Embeddings, passage_embeddings: Embeddings
) -> None:
    from playwright.sync_api import expect, sync_playwright

    from assistant.access import Role, add_key

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus, keys_file=tmp_path / "keys.json")
    key = add_key(settings.keys_file, "reader-1", Role.READER)  # type: ignore[arg-type]
    bot = Assistant(settings, embeddings, refresh(settings, lambda: passage_embeddings, progress=False).manifest)
    pdf = tmp_path / "corridor.pdf"
    pdf.write_bytes(make_pdf(CORRIDOR))
    with ServerThread(server.create(bot, settings)) as running, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(running.url + "/", wait_until="domcontentloaded")
        page.locator("#key").fill(key)
        page.locator("#sign-in").click()
        expect(page.locator("#question textarea")).to_be_visible(timeout=60_000)
        page.get_by_role("tab", name="Documents").click()
        page.locator("#upload input[type=file]").set_input_files(str(pdf))
        expect(page.locator("#upload-status")).to_contain_text("needs an editor key", timeout=60_000)
        browser.close()
    assert not (corpus / "corridor.pdf").exists()
