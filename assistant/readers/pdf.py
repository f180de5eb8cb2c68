"""PDF: the text layer, read with pypdfium2 (PDFium, the PDF engine of Chromium), reflowed into paragraphs.

PDFium is chosen for its text extraction, which keeps reading order and word spacing where pure-Python
parsers often break words, and for its speed (a wheel, no build). A PDF's lines are where the page layout
broke them, so lines are joined back into paragraphs (a hyphen at a line's end joins the word), and lines
that are only a page number are dropped. The document's text is those paragraphs, one per line, page after
page; `Document.pages` says where each page starts, so a citation knows its page. Headings and the title
are found as in plain text (short lines without closing punctuation). A PDF with no text layer (scanned), an
encrypted or a damaged one is `Unreadable`, with the reason.
"""

from __future__ import annotations

import re
import threading

from assistant.layout import looks_like_heading
from assistant.models import Document
from assistant.readers.base import PDF_MAGIC, Reader, Unreadable, register
from assistant.readers.text import read_text

_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?$", re.IGNORECASE)
_SENTENCE_END = tuple('.!?:"”’)')
_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one document at a time in a process
SHORT_LINE = 0.8  # a line this much shorter than the page's longest, ending a sentence, ends its paragraph


@register
class PdfReader(Reader):
    suffixes = (".pdf",)
    label = "PDF"

    @classmethod
    def accepts(cls, raw: bytes) -> bool:
        return raw[:1024].lstrip().startswith(PDF_MAGIC)

    def read(self, raw: bytes, doc_id: str, path: str) -> Document:
        pages = [_paragraphs(page) for page in _page_texts(raw)]
        if not any(pages):
            raise Unreadable("the PDF has no text layer (a scan?) — run OCR on it (e.g. ocrmypdf) and add the result")
        text, starts = "", []
        for paragraphs in pages:
            starts.append(len(text))
            text += "".join(p + "\n" for p in paragraphs)
        return read_text(text, doc_id, path).model_copy(update={"pages": starts})


def _page_texts(raw: bytes) -> list[str]:
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(raw)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise Unreadable("the PDF is encrypted — save a copy without a password and add that") from None
            raise Unreadable(f"the PDF is damaged ({exc})") from None
        try:
            texts = []
            for i in range(len(pdf)):
                page = pdf[i]
                textpage = page.get_textpage()
                texts.append(textpage.get_text_range())
                textpage.close()
                page.close()
            return texts
        except pdfium.PdfiumError as exc:
            raise Unreadable(f"the PDF is damaged ({exc})") from None
        finally:
            pdf.close()


def _paragraphs(page: str) -> list[str]:
    """The page's lines joined into paragraphs; a heading line stays a paragraph of its own."""
    lines = [" ".join(line.split()) for line in page.replace("\x00", "").splitlines()]
    lines = [line for line in lines if line and not _PAGE_NUMBER.match(line)]
    longest = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    ended = True  # whether the last line closed its paragraph
    for line in lines:
        opens = ended
        if opens:
            paragraphs.append(line)
        elif paragraphs[-1].endswith("-") and paragraphs[-1][-2:-1].isalpha() and line[:1].islower():
            paragraphs[-1] = paragraphs[-1][:-1] + line  # "negoti-" + "ations"
        else:
            paragraphs[-1] += " " + line
        # A paragraph ends on a short line that ends a sentence; a short line standing alone is a heading.
        short = len(line) < SHORT_LINE * longest
        ended = short and (line.endswith(_SENTENCE_END) or (opens and looks_like_heading(line)))
    return paragraphs
