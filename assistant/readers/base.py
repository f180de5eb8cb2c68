"""The reader interface: a file's bytes in, a `Document` out, with the reason when the file cannot be read.

Readers register by file suffix (`@register`). `Reader.accepts` checks the content too, so that a file is
read only by the reader of what it is, whatever its name says: a PDF renamed `.txt` is refused, not indexed
as text. Readers never raise for a bad file; they raise `Unreadable` with a reason, which ingesting turns
into a skipped file and uploading into a 422.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from assistant.models import Document

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"


class Unreadable(ValueError):
    """The file is of a supported type but holds no usable text; the message says why."""


class Reader(ABC):
    suffixes: ClassVar[tuple[str, ...]]
    label: ClassVar[str]  # what users call the format ("PDF")

    @classmethod
    @abstractmethod
    def accepts(cls, raw: bytes) -> bool:
        """Whether `raw` is this format by its content, as far as its first bytes tell."""

    @abstractmethod
    def read(self, raw: bytes, doc_id: str, path: str) -> Document:
        """The document; raises `Unreadable` with the reason when there is no text to take."""


class TextFormatReader(Reader, ABC):
    """A reader of a text format (plain text, Markdown, HTML): any content that is not a PDF or a ZIP package;
    whether it decodes as text, `decode` says."""

    @classmethod
    def accepts(cls, raw: bytes) -> bool:
        return is_text(raw)


REGISTRY: dict[str, type[Reader]] = {}


def register(reader: type[Reader]) -> type[Reader]:
    for suffix in reader.suffixes:
        REGISTRY[suffix] = reader
    return reader


def is_text(raw: bytes) -> bool:
    """Not a PDF or a ZIP package (.docx) by its first bytes; whether it is text, `decode` says."""
    return not raw.lstrip()[:8].startswith((PDF_MAGIC, ZIP_MAGIC))


def decode(raw: bytes) -> str:
    """`raw` as UTF-8 text, or `Unreadable` saying why not."""
    if b"\x00" in raw:
        raise Unreadable("binary file (contains NUL bytes)")
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"not UTF-8 (invalid byte at offset {exc.start})") from None
    if not content.strip():
        raise Unreadable("empty file")
    return content
