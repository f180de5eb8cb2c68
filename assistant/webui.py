"""The Gradio chat UI: `build_demo(get_assistant)` returns the Blocks; `ui.py` and `assistant serve` mount it.

A chat that streams validated answers and lists each answer's numbered sources (passage, section, party)
under it; a source list beside the chat opens the source viewer, which shows the document with the cited
span highlighted and scrolled into view. Example questions, a plain notice when the assistant refuses, and
a "New conversation" button. No CDN: system fonts only, so it works offline.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Iterator
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from assistant.access import ANONYMOUS
from assistant.conversations import recorded
from assistant.errors import AssistantError
from assistant.gate import principal_of
from assistant.models import Answer, Citation
from assistant.records import Records
from assistant.webui_conversations import conversations_tab, new_browser_id, owner, rate
from assistant.webui_documents import documents_tab

EXAMPLES = [
    "What does Russia demand?",
    "How do Kyiv and Moscow differ on NATO?",
    "Which minerals is Trump interested in?",
    "What did Peskov say about a territorial exchange?",
]
THEME = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
CSS = "#viewer h4, #position-viewer h4 { margin: 0 0 0.5em 0; } #positions * { font-family: system-ui, sans-serif; }"
POSITIONS_HINT = "<p>Click a cell to see the passage it cites, highlighted in the text.</p>"
SCROLL_JS = "() => { document.querySelector('#viewer mark')?.scrollIntoView({block: 'center'}); }"


SOURCES_MARK = "\n\n---\n"  # separates an answer from its sources block in the chat


def plain(content: Any) -> str:
    """A chat message's text without its sources block (what the assistant said, as history)."""
    if isinstance(content, list):  # the front end may send [{"type": "text", "text": ...}]
        content = " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return str(content).split(SOURCES_MARK)[0]


def _source_note(source: str) -> str:
    """Where the matrix's parties and issues came from, as the Positions tab says it."""
    if source == "suggested":
        return (
            "<p><i>Parties and issues suggested automatically from the text (the corpus has no positions.yaml;"
            " <code>assistant positions --suggest --write</code> saves them for you to edit).</i></p>"
        )
    return "<p><i>Parties and issues from the corpus's positions.yaml.</i></p>"


def _label(c: Citation) -> str:
    party = f" · {c.party}" if c.party else ""
    party += f" · p. {c.page}" if c.page else ""
    snippet = c.quote if len(c.quote) <= 90 else c.quote[:87] + "…"
    return f"[{c.n}] {c.section}{party} — {snippet}"


def sources_markdown(answer: Answer) -> str:
    if answer.refused:
        return "ℹ️ *Not in the corpus, so nothing is cited.*"
    lines = [
        f"{c.n}. **{html.escape(c.section)}**{' · ' + c.party if c.party else ''} — “{c.quote}”"
        for c in answer.citations
    ]
    return "**Sources**\n\n" + "\n".join(lines)


def highlight(text: str, start: int, end: int, title: str) -> str:
    """The document as HTML, with `text[start:end]` in a <mark>."""
    # Inline styles: the box must scroll on its own so the mark can be scrolled into view inside it.
    mark = f'<mark style="background:#ffe066;padding:0 2px">{html.escape(text[start:end])}</mark>'
    body = html.escape(text[:start]) + mark + html.escape(text[end:])
    box = "max-height:440px;overflow-y:auto;white-space:pre-wrap;line-height:1.5;padding:0.5em;border:1px solid #ccc"
    return f'<h4>{html.escape(title)}</h4><div class="doc-view" style="{box}">{body}</div>'


def build_demo(get_assistant: Callable[[], Any], get_records: Callable[[], Records]) -> gr.Blocks:
    """The UI over the assistant that `get_assistant()` returns (called on first use, then per request), saving
    conversations and feedback in `get_records()`."""

    def respond(
        message: str,
        chat: list[dict[str, Any]],
        within: list[str] | None,
        state: dict[str, Any],
        browser: str | None,
        request: gr.Request,
    ) -> Iterator[tuple[Any, ...]]:
        bot = get_assistant()
        history = [
            {"role": m["role"], "content": plain(m["content"])} for m in chat if m["role"] in {"user", "assistant"}
        ]
        chat = [*chat, {"role": "user", "content": message}, {"role": "assistant", "content": ""}]
        try:
            for event in bot.stream(message, history, doc_ids=within or None):
                if isinstance(event, Answer):
                    event = recorded(
                        get_records(), owner(browser, request), state.get("conversation_id"), message, event
                    )
                    notes = "".join(f"\n\n⚠️ {w}" for w in event.warnings)  # e.g. the LLM was down: extractive
                    content = event.answer + SOURCES_MARK + sources_markdown(event) + notes  # notes are no history
                    chat[-1] = {"role": "assistant", "content": content}
                    state = {
                        "citations": [c.model_dump() for c in event.citations],
                        "conversation_id": event.conversation_id,
                    }
                    choices = [_label(c) for c in event.citations]
                    yield chat, "", state, gr.update(choices=choices, value=None, visible=bool(choices))
                else:
                    chat[-1] = {"role": "assistant", "content": chat[-1]["content"] + event}
                    yield chat, "", state, gr.update()
        except AssistantError as exc:
            chat[-1] = {"role": "assistant", "content": f"⚠️ {exc.message}"}
            yield chat, "", state, gr.update()

    def show_source(label: str | None, state: dict[str, Any]) -> str:
        if not label:
            return ""
        n = int(label[1 : label.index("]")])
        cited = next(c for c in state.get("citations", []) if c["n"] == n)
        doc = get_assistant().document(cited["doc_id"])
        if doc is None:
            return "<p>This document is no longer in the corpus.</p>"
        page = f" · page {cited['page']}" if cited.get("page") else ""
        return highlight(doc.text, cited["start"], cited["end"], doc.title + page)

    def load_positions() -> tuple[Any, dict[str, Any], str]:
        try:
            matrix = get_assistant().positions()
        except AssistantError as exc:
            return gr.update(visible=False), {}, f"<p>{html.escape(exc.message)}</p>"
        rows = [[issue, *(matrix.cell(party, issue).summary for party in matrix.parties)] for issue in matrix.issues]
        table = gr.update(value=rows, headers=["Issue", *matrix.parties], visible=True)
        return table, matrix.model_dump(), _source_note(matrix.source) + POSITIONS_HINT

    def show_position(matrix: dict[str, Any], evt: gr.SelectData) -> str:
        row, col = evt.index
        if not matrix or col == 0:
            return POSITIONS_HINT
        issue, party = matrix["issues"][row], matrix["parties"][col - 1]
        cell = next(c for c in matrix["cells"] if c["party"] == party and c["issue"] == issue)
        if not cell["citations"]:
            return f"<p><b>{html.escape(party)} · {html.escape(issue)}</b>: not stated in the corpus.</p>"
        return "".join(_cited_span(cited) for cited in cell["citations"])

    def _cited_span(cited: dict[str, Any]) -> str:
        doc = get_assistant().document(cited["doc_id"])
        if doc is None:
            return "<p>This document is no longer in the corpus.</p>"
        page = f" · page {cited['page']}" if cited.get("page") else ""
        return highlight(doc.text, cited["start"], cited["end"], f"[{cited['n']}] {doc.title}{page}")

    def account(request: gr.Request) -> str:
        """Who is signed in, with a way out; nothing when the server has no keys."""
        principal = principal_of(getattr(request, "request", None))
        if principal is None or principal is ANONYMOUS:
            return ""
        name, role = html.escape(principal.name), principal.role.label
        return f'<p style="text-align:right">Signed in as <b>{name}</b> ({role}) · <a href="/logout">Sign out</a></p>'

    def shown(saved: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """A saved conversation as the chat's messages, and the state to go on from its last turn."""
        messages: list[dict[str, Any]] = []
        for t in saved["turns"]:
            answer = Answer(
                **{k: t[k] for k in ("answer", "refused", "citations", "standalone_question")}, generator=""
            )
            messages += [{"role": "user", "content": t["question"]}]
            messages += [{"role": "assistant", "content": t["answer"] + SOURCES_MARK + sources_markdown(answer)}]
        last = saved["turns"][-1]["citations"] if saved["turns"] else []
        return messages, {"citations": last, "conversation_id": saved["id"]}

    def liked(evt: gr.LikeData, state: dict[str, Any], browser: str | None) -> tuple[Any, ...]:
        index = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        state = rate(get_records(), browser, state, bool(evt.liked), int(index))
        thanks = "Thanks. What was wrong, or right? (optional)" if "feedback_id" in state else ""
        return state, gr.update(visible=bool(thanks), value="", label=thanks), gr.update(visible=bool(thanks))

    def commented(comment: str, state: dict[str, Any], browser: str | None) -> tuple[Any, ...]:
        if comment.strip() and "feedback_id" in state:
            get_records().set_comment(state["feedback_id"], owner(browser), comment.strip()[:5000])
        return gr.update(visible=False, value=""), gr.update(visible=False)

    def reset() -> tuple[Any, ...]:
        return [], "", {"citations": []}, gr.update(choices=[], value=None, visible=False), ""

    with gr.Blocks(title="News QA assistant") as demo:
        with gr.Row():
            gr.Markdown("## News QA assistant\nAnswers come only from the corpus, with exact sources.")
            signed_in = gr.HTML(elem_id="account")
        state = gr.State({"citations": []})
        browser = gr.BrowserState(None, storage_key="assistant-browser-id")  # kept in the browser's storage
        browser_id = gr.State(None)  # the same id for this page's handlers (a State is no API input)
        matrix_state = gr.State({})
        with gr.Tabs():
            with gr.Tab("Chat"), gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label="Conversation", height=480, elem_id="chat", feedback_options=("Like", "Dislike")
                    )
                    comment = gr.Textbox(visible=False, elem_id="feedback-comment")
                    send_comment = gr.Button("Send comment", visible=False, size="sm", elem_id="send-comment")
                    # Closed until the page knows this browser's id: a question asked sooner would be saved as
                    # no one's, and its thumbs and its place in the Conversations tab would not find it.
                    box = gr.Textbox(
                        placeholder="Ask about the corpus…", show_label=False, elem_id="question", interactive=False
                    )
                    with gr.Row():
                        send = gr.Button("Ask", variant="primary", elem_id="ask", interactive=False)
                        new = gr.Button("New conversation", elem_id="new-conversation")
                    within = gr.Dropdown(
                        choices=[],
                        value=[],
                        multiselect=True,
                        label="Answer only from these documents (none chosen: all of them)",
                        elem_id="within",
                    )
                    gr.Examples(EXAMPLES, inputs=box, label="Try")
                with gr.Column(scale=2):
                    sources = gr.Radio(
                        choices=[], label="Sources — click one to see it in the text", visible=False, elem_id="sources"
                    )
                    viewer = gr.HTML(elem_id="viewer")
            with gr.Tab("Positions", elem_id="positions-tab"):
                table = gr.Dataframe(
                    interactive=False,
                    wrap=True,
                    elem_id="positions",
                    label="Who wants what — each cell is that party's own statement in the corpus",
                    column_widths=["13%", "29%", "29%", "29%"],
                    max_height=720,
                )
                position_viewer = gr.HTML(POSITIONS_HINT, elem_id="position-viewer")
            with gr.Tab("Documents", elem_id="documents-tab"):
                list_documents, listed = documents_tab(get_assistant, within)
            with gr.Tab("Conversations", elem_id="conversations-tab") as conversations:
                list_conversations, past_picker = conversations_tab(get_records, browser_id, state, chatbot, shown)
        demo.load(new_browser_id, browser, [browser, browser_id], api_visibility="private").then(
            lambda: (gr.update(interactive=True),) * 2, None, [box, send], api_visibility="private"
        )
        conversations.select(list_conversations, browser_id, past_picker, api_visibility="private")
        chatbot.like(liked, [state, browser_id], [state, comment, send_comment], api_visibility="private")
        send_comment.click(commented, [comment, state, browser_id], [comment, send_comment], api_visibility="private")
        demo.load(account, None, signed_in, api_visibility="private")
        demo.load(list_documents, None, listed, api_visibility="private")
        demo.load(load_positions, None, [table, matrix_state, position_viewer], api_visibility="private")
        table.select(show_position, matrix_state, position_viewer, api_visibility="private").then(
            None, js=SCROLL_JS.replace("#viewer", "#position-viewer")
        )
        outputs = [chatbot, box, state, sources]
        box.submit(respond, [box, chatbot, within, state, browser_id], outputs, api_name="ask")
        send.click(respond, [box, chatbot, within, state, browser_id], outputs, api_visibility="private")
        sources.change(show_source, [sources, state], viewer, api_visibility="private").then(None, js=SCROLL_JS)
        new.click(reset, None, [*outputs, viewer], api_visibility="private")
    return demo


def mount_ui(app: Any, get_assistant: Callable[[], Any], max_file_bytes: int | None = None) -> Any:
    """Mount the UI at `/` of a FastAPI app built by `make_app` (routes added before it, like /v1, keep
    precedence), saving into the app's records; uploads over `max_file_bytes` are refused by Gradio before
    they are stored."""
    demo = build_demo(get_assistant, lambda: app.state.records)
    return gr.mount_gradio_app(app, demo, path="/", theme=THEME, css=CSS, max_file_size=max_file_bytes)
