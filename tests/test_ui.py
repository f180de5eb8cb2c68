"""The Gradio UI in a real headless Chromium, against a real server with the API and UI mounted together."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import make_app
from assistant.service import Assistant
from assistant.webui import mount_ui
from tests.conftest import ServerThread

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def server(bot: Assistant) -> Iterator[ServerThread]:
    app = make_app(bot.settings, bot)
    mount_ui(app, lambda: bot)
    with ServerThread(app) as running:
        yield running


def test_chat_streams_cites_and_highlights_in_a_browser(server: ServerThread, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is installed by `make test` (apt package chromium)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        external: list[str] = []
        page.on(
            "request",
            lambda r: external.append(r.url) if not r.url.startswith((server.url, "data:", "blob:")) else None,
        )
        page.goto(server.url + "/", wait_until="domcontentloaded")
        expect(page.locator("#question textarea")).to_be_visible(timeout=60_000)
        page.locator("#question textarea").fill("What does Russia say about Ukraine joining NATO?")
        page.locator("#question textarea").press("Enter")
        chat = page.locator("#chat")
        expect(chat).to_contain_text("out of the question", timeout=60_000)
        expect(chat).to_contain_text("Sources", timeout=30_000)
        sources = page.locator("#sources label")
        expect(sources.first).to_be_visible(timeout=30_000)
        label = sources.first.inner_text()
        assert label.startswith("[1]")
        sources.first.click()
        mark = page.locator("#viewer mark")
        expect(mark).to_be_visible(timeout=30_000)
        assert mark.inner_text() in page.locator("#viewer").inner_text()
        assert "out of the question" in mark.inner_text() or len(mark.inner_text()) > 20
        page.screenshot(path=str(tmp_path / "ui.png"))
        assert (tmp_path / "ui.png").stat().st_size > 10_000

        # A refusal is a plain notice with no sources; "New conversation" clears everything.
        page.locator("#question textarea").fill("What is China's position on the war?")
        page.locator("#question textarea").press("Enter")
        expect(chat).to_contain_text("does not answer", timeout=60_000)
        expect(chat).to_contain_text("Not in the corpus", timeout=30_000)
        page.locator("#new-conversation").click()
        expect(chat).not_to_contain_text("out of the question", timeout=30_000)
        browser.close()
    assert external == [], f"the UI fetched from outside the server: {external[:5]}"


def test_positions_tab_opens_a_cells_citation_in_a_browser(server: ServerThread, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        page.goto(server.url + "/", wait_until="domcontentloaded")
        page.get_by_role("tab", name="Positions").click()
        cell = page.get_by_role("gridcell").filter(has_text="out of the question").first
        expect(cell).to_be_visible(timeout=60_000)
        expect(page.locator("#position-viewer")).to_contain_text("from the corpus's positions.yaml")
        expect(page.get_by_role("gridcell").filter(has_text="Not stated in the corpus").first).to_be_visible()
        cell.click()
        mark = page.locator("#position-viewer mark")
        expect(mark).to_be_visible(timeout=30_000)
        assert "membership in NATO is out of the question" in mark.inner_text()
        assert mark.evaluate(
            "m => { const r = m.getBoundingClientRect(), box = m.closest('.doc-view')"
            ".getBoundingClientRect(); return r.top >= box.top && r.bottom <= box.bottom + 1; }"
        )
        # a cell of several statements lists them, and the viewer opens each at its span
        several = page.get_by_role("gridcell").filter(has_text="keep all the Ukrainian lands").first
        assert "[2]" in several.inner_text()
        several.click()
        expect(page.locator("#position-viewer mark")).to_have_count(
            len(re.findall(r"\[\d+\]", several.inner_text())), timeout=30_000
        )
        page.get_by_role("gridcell").filter(has_text="Not stated in the corpus").first.click()
        expect(page.locator("#position-viewer")).to_contain_text("not stated in the corpus", timeout=30_000)
        page.screenshot(path=str(tmp_path / "positions.png"))
        browser.close()


def test_gradio_client_calls_the_app_api(server: ServerThread) -> None:
    from gradio_client import Client

    client = Client(server.url + "/", verbose=False)
    result = client.predict("Which minerals is Trump interested in?", [], api_name="/ask")
    chat = result[0] if isinstance(result, (list, tuple)) else result
    text = str(chat)
    assert "lithium" in text and "[1]" in text


def test_login_page_signs_in_and_out_in_a_browser(bot: Assistant, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    from assistant import server as served
    from assistant.access import Role, add_key

    key = add_key(tmp_path / "keys.json", "analyst", Role.READER)
    settings = bot.settings.model_copy(update={"keys_file": tmp_path / "keys.json"})
    with ServerThread(served.create(bot, settings)) as running, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(running.url + "/", wait_until="domcontentloaded")
        expect(page).to_have_url(running.url + "/login?next=%2F")  # the UI is behind the login page
        page.locator("#key").fill("not-a-key")
        page.locator("#sign-in").click()
        expect(page.get_by_role("alert")).to_contain_text("not valid")
        page.locator("#key").fill(key)
        page.locator("#sign-in").click()
        expect(page.locator("#question textarea")).to_be_visible(timeout=60_000)
        expect(page.locator("#account")).to_contain_text("Signed in as analyst (reader)", timeout=30_000)
        cookie = next(c for c in page.context.cookies() if c["name"] == "assistant_session")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and key not in cookie["value"]
        page.locator("#question textarea").fill("Which minerals is Trump interested in?")
        page.locator("#question textarea").press("Enter")
        expect(page.locator("#chat")).to_contain_text("lithium", timeout=60_000)
        page.locator("#account a").click()
        expect(page.locator("#key")).to_be_visible(timeout=30_000)
        page.goto(running.url + "/", wait_until="domcontentloaded")
        expect(page).to_have_url(running.url + "/login?next=%2F")
        browser.close()
