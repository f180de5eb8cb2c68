"""Markdown (.md, .markdown): rendered to HTML with markdown-it (CommonMark), then read as HTML."""

from __future__ import annotations

from markdown_it import MarkdownIt

from assistant.models import Document
from assistant.readers.base import Reader, decode, is_text, register
from assistant.readers.html import read_html


@register
class MarkdownReader(Reader):
    suffixes = (".md", ".markdown")
    label = "Markdown"

    @classmethod
    def accepts(cls, raw: bytes) -> bool:
        return is_text(raw)

    def read(self, raw: bytes, doc_id: str, path: str) -> Document:
        return read_html(MarkdownIt("commonmark").render(decode(raw)), doc_id, path)
