"""Plain text (.txt): the text is the file's content exactly, so offsets match the file; its lines are read as
their writer meant them (a hard-wrapped paragraph is one line: `wrapping.reading_view`).

Line 1 is the title; then an optional lede and byline, then paragraphs, and short lines without closing
punctuation (not list items) are section headings, unless another such line stands directly above or below:
then they are a record's lines (an email's From/To/Date block, a signature's name and post, a table's rows),
which are content. `read_text` also serves readers whose extracted text has
the same shape (PDF).
"""

from __future__ import annotations

import re

from assistant.layout import WHERE_AND_WHEN, looks_like_heading, record_line
from assistant.models import Document, Section
from assistant.readers.base import TextFormatReader, decode, register
from assistant.wrapping import reading_view

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
_BYLINE = re.compile(rf"^(?:By )?{_NAME}(?:(?:, | and | & ){_NAME})*$")


@register
class TextReader(TextFormatReader):
    suffixes = (".txt",)
    label = "plain text"

    def read(self, raw: bytes, doc_id: str, path: str) -> Document:
        return read_text(decode(raw), doc_id, path)


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its line break or surrounding spaces."""
    spans = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans


def _among_record_lines(j: int, first: int, lines: list[str], spans: list[tuple[int, int]], content: str) -> bool:
    """Whether line `j` and a line directly above or below it (one line break apart; the title, lede and byline,
    before line `first`, do not count) are record lines."""

    def adjacent(upper: int, lower: int) -> bool:
        return content.count("\n", spans[upper][1], spans[lower][0]) == 1

    above = j > first and adjacent(j - 1, j) and record_line(lines[j - 1])
    below = j + 1 < len(lines) and adjacent(j, j + 1) and record_line(lines[j + 1])
    return record_line(lines[j]) and (above or below)


def read_text(content: str, doc_id: str, path: str) -> Document:
    """Plain text: line 1 title, then an optional lede and byline, then paragraphs and heading lines."""
    view = reading_view(content)
    spans = _line_spans(view)
    lines = [view[s:e] for s, e in spans]
    title = " ".join(lines[0].lstrip("#").split())  # one line of words, however the file broke it
    sections = [Section(name="Title", start=spans[0][0], body_start=spans[0][0])]
    authors: list[str] = []
    lede = None
    i = 1
    # a line that says where and when ("Velsk, …, 12 March, 17:30") is the lede, however short
    if len(lines) > 2 and (not looks_like_heading(lines[1]) or WHERE_AND_WHEN.fullmatch(lines[1].strip())):
        lede = " ".join(lines[1].split())
        sections.append(Section(name="Lede", start=spans[1][0], body_start=spans[1][0]))
        i = 2
    if i < len(lines) - 1 and _BYLINE.match(lines[i]):
        authors = [a.strip() for a in re.split(r", | and | & ", lines[i].removeprefix("By ")) if a.strip()]
        sections.append(Section(name="Byline", start=spans[i][0], body_start=spans[i][0]))
        i += 1
    if i < len(lines):
        sections.append(Section(name="Introduction", start=spans[i][0], body_start=spans[i][0]))
    for j in range(i, len(lines)):
        if j + 1 < len(lines) and looks_like_heading(lines[j]) and not _among_record_lines(j, i, lines, spans, view):
            start, end = spans[j]
            sections.append(Section(name=lines[j].lstrip("#").strip(), start=start, body_start=end, is_heading=True))
    return Document(doc_id=doc_id, path=path, title=title, text=content, authors=authors, lede=lede, sections=sections)
