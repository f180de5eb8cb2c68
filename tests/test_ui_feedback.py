"""Feedback and saved conversations in a real headless Chromium: a thumbs-down with a comment that the export
turns into a gold item for review, and the conversation reopened from the Conversations tab."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from assistant import server
from assistant.cli import app
from assistant.service import Assistant
from tests.conftest import ServerThread
from tests.test_ui import CHROMIUM, CHROMIUM_ARGS


def test_thumbs_down_is_exported_and_the_conversation_reopens(bot: Assistant, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    data = tmp_path / "data"
    settings = bot.settings.model_copy(update={"data_dir": data})
    with ServerThread(server.create(bot, settings)) as running, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(running.url + "/", wait_until="domcontentloaded")
        box = page.locator("#question textarea")
        expect(box).to_be_visible(timeout=60_000)
        box.fill("Which minerals is Trump interested in?")
        box.press("Enter")
        chat = page.locator("#chat")
        expect(chat).to_contain_text("lithium", timeout=60_000)
        expect(chat).to_contain_text("Sources", timeout=30_000)
        page.locator("#chat button[aria-label='Dislike']").last.click()
        comment = page.locator("#feedback-comment textarea")
        expect(comment).to_be_visible(timeout=30_000)
        comment.fill("It should list every mineral")
        page.locator("#send-comment").click()
        expect(comment).to_be_hidden(timeout=30_000)

        page.locator("#new-conversation").click()
        expect(chat).not_to_contain_text("lithium", timeout=30_000)
        page.get_by_role("tab", name="Conversations").click()
        page.locator("#past-conversations input").click()
        page.get_by_role("option").filter(has_text="Which minerals is Trump interested in?").click()
        page.locator("#open-conversation").click()
        expect(page.locator("#conversations-status")).to_contain_text("Opened", timeout=30_000)
        page.get_by_role("tab", name="Chat").click()
        expect(chat).to_contain_text("lithium", timeout=30_000)
        browser.close()

    gold = tmp_path / "feedback.yaml"
    env = {"ASSISTANT_DATA_DIR": str(data)}
    assert CliRunner().invoke(app, ["feedback", "export", "--gold", str(gold)], env=env).exit_code == 0
    [item] = yaml.safe_load(gold.read_text())["items"]
    assert item["review"] and item["comment"] == "It should list every mineral"
    assert item["turns"] == ["Which minerals is Trump interested in?"] and "lithium" in item["answer_given"]
