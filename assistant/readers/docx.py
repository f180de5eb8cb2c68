"""Word (.docx): paragraphs and table rows in document order, read with python-docx.

Paragraphs styled "Title" give the title (else the document's title property, else the first paragraph);
those styled "Heading 1"…"Heading 9" become sections. A table row is one line, its cells joined by " | ".
The text is those lines, one per line. An encrypted or old-format (.doc) file is not a ZIP package and is
refused by content before it gets here; a damaged package is `Unreadable`.
"""

from __future__ import annotations

import io
import zipfile

from assistant.models import Document, Section
from assistant.readers.base import ZIP_MAGIC, Reader, Unreadable, register


@register
class DocxReader(Reader):
    suffixes = (".docx",)
    label = "Word document"

    @classmethod
    def accepts(cls, raw: bytes) -> bool:
        return raw.startswith(ZIP_MAGIC)

    def read(self, raw: bytes, doc_id: str, path: str) -> Document:
        blocks, title = _blocks(raw)
        if not blocks:
            raise Unreadable("the Word document has no text")
        text, offset = "", 0
        sections: list[Section] = []
        title = title or blocks[0][1]
        for style, line in blocks:
            if line == title and not sections:
                sections.append(Section(name="Title", start=offset, body_start=offset))
            elif style.startswith("Heading"):
                sections.append(Section(name=line, start=offset, body_start=offset + len(line), is_heading=True))
            elif not sections or sections[-1].name == "Title":
                sections.append(Section(name="Introduction", start=offset, body_start=offset))
            text += line + "\n"
            offset = len(text)
        return Document(doc_id=doc_id, path=path, title=title, text=text, sections=sections)


def _blocks(raw: bytes) -> tuple[list[tuple[str, str]], str]:
    """(style name, text) of each non-empty paragraph and table row, in order, and the title if one is set."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(raw))
        blocks: list[tuple[str, str]] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    cells = [" ".join(c.text.split()) for c in row.cells]
                    blocks.append(("Table", " | ".join(dict.fromkeys(c for c in cells if c))))
            else:
                blocks.append((item.style.name if item.style is not None else "", " ".join(item.text.split())))
        titled = next((t for style, t in blocks if style == "Title" and t), "")
        title = titled or " ".join((document.core_properties.title or "").split())
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise Unreadable(f"the Word document is damaged ({type(exc).__name__})") from None
    return [(style, t) for style, t in blocks if t], title
