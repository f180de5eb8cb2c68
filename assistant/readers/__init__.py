"""Readers by file type: one module per format, each registering itself by suffix (see `base.py`).

A new format is one new module that subclasses `Reader`, and its import below.
"""

from __future__ import annotations

from assistant.readers import docx, html, markdown, pdf, text
from assistant.readers.base import REGISTRY, Reader, Unreadable

__all__ = ["REGISTRY", "Reader", "Unreadable", "docx", "html", "markdown", "pdf", "reader_for", "supported", "text"]


def supported() -> str:
    """The suffixes that can be read, for messages ("…, .pdf or .docx")."""
    suffixes = sorted(REGISTRY)
    return ", ".join(suffixes[:-1]) + f" or {suffixes[-1]}"


def reader_for(suffix: str, raw: bytes) -> Reader:
    """The reader for a file named with `suffix` whose content is `raw`; `Unreadable` (unsupported type)
    when no reader takes that suffix or the content is not what the suffix says."""
    reader = REGISTRY.get(suffix.lower())
    if reader is None:
        raise UnsupportedType(f"unsupported file type {suffix or '(none)'!r} — use {supported()}")
    if not reader.accepts(raw):
        raise UnsupportedType(f"the content is not {reader.label}, whatever its name says ({suffix})")
    return reader()


class UnsupportedType(Unreadable):
    """A file whose type (by name or by content) no reader takes."""
