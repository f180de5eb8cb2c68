"""The UI's Documents tab: drop files to add them, see every document with its size, pages and passages,
delete one; and the document picker of the chat, which restricts answers to the documents chosen.

Adding and deleting go through `Assistant.add_document` / `remove_document` (the same checks, lock and
indexing as `POST /v1/documents`), and need an editor key when keys are configured, as the API does.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.access import Role
from assistant.errors import AssistantError
from assistant.gate import principal_of
from assistant.readers import REGISTRY

HEADERS = ["Document", "Title", "Size", "Pages", "Passages"]
PROGRESS = gr.Progress()  # Gradio shows a progress bar for a handler whose parameter defaults to one


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{max(1, round(n / 1000))} kB"


def _listing(bot: Any) -> tuple[Any, Any, Any]:
    """The table, the delete choice and the chat's picker, as the index now has them."""
    bot.follow_index()
    entries = bot.manifest.documents
    rows = [[d, e.title, _size(e.bytes), e.pages or "", e.passages] for d, e in entries.items()]
    choices = [(f"{e.title} ({d})", d) for d, e in entries.items()]
    return gr.update(value=rows, headers=HEADERS), gr.update(choices=choices, value=None), gr.update(choices=choices)


def _may_edit(request: gr.Request) -> str:
    """Why this caller may not add or delete documents, or "" when it may."""
    principal = principal_of(getattr(request, "request", None))
    if principal is None or principal.role >= Role.EDITOR:
        return ""
    return f"⚠️ Adding and deleting documents needs an editor key; {principal.name} is a {principal.role.label}."


def documents_tab(
    get_assistant: Callable[[], Any], picker: gr.Dropdown
) -> tuple[Callable[[], tuple[Any, ...]], list[Any]]:
    """Build the tab's parts (inside a `gr.Tab`); returns the function that lists the documents, for the page
    load, and its outputs (the table, the delete choice and `picker`)."""
    upload = gr.File(
        label=f"Add documents: drop {', '.join(sorted(REGISTRY))} files here",
        file_count="multiple",
        file_types=sorted(REGISTRY),
        elem_id="upload",
    )
    status = gr.Markdown(elem_id="upload-status")
    table = gr.Dataframe(headers=HEADERS, interactive=False, elem_id="documents", label="Documents")
    with gr.Row():
        chosen = gr.Dropdown(label="Document to delete", choices=[], elem_id="delete-choice")
        delete = gr.Button("Delete", variant="stop", elem_id="delete")

    def add(files: list[str] | None, request: gr.Request, progress: Any = PROGRESS) -> tuple[Any, ...]:
        denied = _may_edit(request)
        lines = [denied] if denied else []
        for path in progress.tqdm([] if denied else files or [], desc="Indexing"):
            name = Path(path).name
            try:
                added = get_assistant().add_document(name, Path(path).read_bytes())
                pages = f", {added.pages} pages" if added.pages else ""
                lines.append(f"✅ **{html.escape(name)}** added as `{added.doc_id}` ({added.chunks} passages{pages}).")
            except AssistantError as exc:
                lines.append(f"⚠️ **{html.escape(name)}**: {exc.message}")
        return "\n\n".join(lines), *_listing(get_assistant()), None

    def remove(doc_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        denied = _may_edit(request)
        if denied or not doc_id:
            return denied or "Choose a document to delete.", *_listing(get_assistant())
        try:
            get_assistant().remove_document(doc_id)
            said = f"🗑️ `{doc_id}` deleted."
        except AssistantError as exc:
            said = f"⚠️ {exc.message}"
        return said, *_listing(get_assistant())

    upload.upload(add, upload, [status, table, chosen, picker, upload], api_visibility="private")
    delete.click(remove, chosen, [status, table, chosen, picker], api_visibility="private")
    return lambda: _listing(get_assistant()), [table, chosen, picker]
