"""The UI's memory: each chat saved as a conversation of this browser, past ones to reopen, delete or export
as Markdown, and thumbs up/down (with an optional comment) on every answer.

The browser keeps a random id in its local storage (`gr.BrowserState`); conversations and feedback from the
UI belong to `browser:<id>`, so a browser sees only its own. A program calling the UI's API (gradio_client)
has no browser: its conversations belong to its key, as through the HTTP API. Storage is `records.py`.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.access import ANONYMOUS
from assistant.conversations import owner_of, to_markdown, turn_of
from assistant.gate import principal_of
from assistant.records import Records


def owner(browser: str | None, request: Any = None) -> str:
    """Whose a UI conversation is: this browser's, or, for a program with no browser, its key's."""
    if browser:
        return f"browser:{browser}"
    return owner_of(principal_of(getattr(request, "request", None)) or ANONYMOUS)


def new_browser_id(browser: str | None) -> tuple[str, str]:
    """This browser's id (a new one the first time), for its storage and for the page's handlers."""
    kept = browser or uuid.uuid4().hex
    return kept, kept


def past(records: Records, browser: str | None) -> Any:
    """The picker of this browser's conversations, most recent first."""
    rows = records.conversations(owner(browser))
    choices = [(f"{r['title']} · {datetime.fromtimestamp(r['updated']):%d %b %H:%M}", r["id"]) for r in rows]
    return gr.update(choices=choices, value=None)


def rate(records: Records, browser: str | None, state: dict[str, Any], liked: bool, index: int) -> dict[str, Any]:
    """Save a thumbs up/down on the answer at chat message `index`; the feedback entry's id goes in `state`."""
    cid = state.get("conversation_id")
    turn = index // 2  # messages alternate: question, answer
    if not cid:
        return state
    entry = {"rating": "up" if liked else "down", "comment": "", "conversation_id": cid, "turn": turn}
    entry |= turn_of(records, cid, turn, owner(browser))
    return {**state, "feedback_id": records.add_feedback(owner(browser), entry)}


def conversations_tab(
    get_records: Callable[[], Records], browser: gr.State, state: gr.State, chatbot: gr.Chatbot, shown: Any
) -> tuple[Callable[..., Any], gr.Dropdown]:
    """Build the tab (inside a `gr.Tab`). `shown(conversation)` turns a saved conversation into the chat's
    messages and the state. Returns the function that fills the picker, and the picker."""
    picker = gr.Dropdown(label="Past conversations of this browser", choices=[], elem_id="past-conversations")
    with gr.Row():
        reopen = gr.Button("Open", variant="primary", elem_id="open-conversation")
        delete = gr.Button("Delete", variant="stop", elem_id="delete-conversation")
        export = gr.DownloadButton("Export as Markdown", elem_id="export-conversation", visible=False)
    said = gr.Markdown(elem_id="conversations-status")

    def opened(cid: str | None, browser_id: str | None) -> tuple[Any, ...]:
        saved = get_records().conversation(cid, owner(browser_id)) if cid else None
        if saved is None:
            return gr.update(), gr.update(), "Choose a conversation."
        messages, new_state = shown(saved)
        return messages, new_state, f"Opened “{saved['title']}”: go on asking in the Chat tab."

    def removed(cid: str | None, browser_id: str | None) -> tuple[Any, ...]:
        if cid and get_records().delete_conversation(cid, owner(browser_id)):
            return past(get_records(), browser_id), "Deleted.", gr.update(visible=False)
        return gr.update(), "Choose a conversation.", gr.update()

    def exported(cid: str | None, browser_id: str | None) -> Any:
        saved = get_records().conversation(cid, owner(browser_id)) if cid else None
        if saved is None:
            return gr.update(visible=False)
        path = Path(tempfile.mkdtemp(prefix="conversation-")) / f"conversation-{saved['id'][:8]}.md"
        path.write_text(to_markdown(saved), encoding="utf-8")
        return gr.update(value=str(path), visible=True)

    reopen.click(opened, [picker, browser], [chatbot, state, said], api_visibility="private")
    delete.click(removed, [picker, browser], [picker, said, export], api_visibility="private")
    picker.change(exported, [picker, browser], export, api_visibility="private")
    return lambda browser_id: past(get_records(), browser_id), picker
