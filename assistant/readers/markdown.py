"""Markdown (.md, .markdown): rendered to HTML with markdown-it (CommonMark), then read as HTML."""

from __future__ import annotations

from markdown_it import MarkdownIt

from assistant.models import Document
from assistant.readers.base import TextFormatReader, decode, register
from assistant.readers.html import read_html


@register
class MarkdownReader(TextFormatReader):
    suffixes = (".md", ".markdown")
    label = "Markdown"

    def read(self, raw: bytes, doc_id: str, path: str) -> Document:
        return read_html(MarkdownIt("commonmark").render(decode(raw)), doc_id, path)
