"""Lines as a writer meant them: where a hard-wrapped text (a plain-text export, an e-mail, a Project Gutenberg
file) broke a paragraph only because the line was full, the paragraph goes on.

A text is hard-wrapped when its lines stop at one width: most of its lines come close to the longest, and nearly
all keep within `WIDEST_WRAP` (`wrap_width`), as a text wrapped at 72 or 80 columns does; a text that writes each
paragraph on one line has lines of every length and is not. In a wrapped text a line goes on into the next one
when the next line's first word would not have fitted on it (the break was the wrapper's), or when it is full and
ends no sentence nor stands alone as a heading (wrappers that balance lines break early). A short line (a
heading, a paragraph's last) ends there, as does a full one that ends a sentence with room to spare; a list item,
a record's field or a speaker's turn on the next line, a next line indented deeper, or a table's row (columns set
apart by runs of spaces) starts anew.

`reading_view` is the text as the rest of the pipeline reads it: those line breaks are spaces (a word broken after
its hyphen is whole, "self-rule", and the space comes after it), and every character keeps its offset, so a
passage's offsets into the file stay exact and its citation quotes the file (`Passage.source`). This module
changes no file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from assistant.layout import SPEAKER_LABEL, looks_like_heading

SHORT_LINE = 0.8  # a line this much shorter than the text's width is not full
WIDEST_WRAP = 100  # columns: 72 and 80 are the common widths, and few wrap wider
FULL_SHARE = 0.5  # ...and at least this share of the lines come within SHORT_LINE of the width
FEWEST_LINES = 8  # a shorter text says too little of how it was written
_SENTENCE_END = tuple('.!?"”’)')
# a gap between a table's columns: two spaces or a tab, not after a sentence's end (some writers put two there)
_COLUMN_GAP = re.compile(r"(?<![.!?:;\s])(?: {2,}|\t)(?=\S)")
_STARTS_ITEM = re.compile(r"\s*(?:[-*•–]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")


@lru_cache(maxsize=16)
def wrap_width(text: str) -> int | None:
    """The width `text` is hard-wrapped at (its longest line, when 95 in 100 of its lines keep within
    `WIDEST_WRAP` and most come close to it), or None when its lines do not stop at one width."""
    lengths = sorted(len(line.strip()) for line in text.splitlines() if line.strip())
    if len(lengths) < FEWEST_LINES or lengths[int(0.95 * (len(lengths) - 1))] > WIDEST_WRAP:
        return None
    width = max(n for n in lengths if n <= WIDEST_WRAP)
    full = sum(1 for n in lengths if n >= SHORT_LINE * width)
    return width if full >= FULL_SHARE * len(lengths) else None


def _starts_anew(line: str, previous: str) -> bool:
    """A list item, a record's field or a speaker's turn ("Date: …", "MS. ADEYEMI: …"), a line indented deeper
    than the one above (a paragraph's first), or a table's row on either line."""
    indent = len(line) - len(line.lstrip())
    deeper = indent > len(previous) - len(previous.lstrip())
    rows = any(len(_COLUMN_GAP.findall(x.strip())) >= 2 for x in (line, previous))
    return deeper or rows or bool(_STARTS_ITEM.match(line) or SPEAKER_LABEL.match(line.strip()))


def _wraps(text: str, width: int) -> Iterator[int]:
    """The offsets of the line breaks of `text` (wrapped at `width`) that a paragraph goes on across: after a line
    that the next line's first word would not have fitted on, or a full one that ends no sentence and is not a
    heading (a title of 11 words may come close to the width)."""
    previous, previous_end, opened = "", -1, True  # the line before, where it ends, and whether it opened a paragraph
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        if not line.strip():
            continue
        size = len(previous.strip())
        overflows = size + 1 + len(line.split()[0]) > width
        ends = previous.rstrip().endswith(_SENTENCE_END) or (opened and looks_like_heading(previous))
        full = size >= SHORT_LINE * width and not ends
        goes_on = text.count("\n", previous_end, match.start()) == 1 and (overflows or full)
        if previous_end >= 0 and goes_on and not _starts_anew(line, previous):
            yield text.index("\n", previous_end)
            opened = False
        else:
            opened = True
        previous, previous_end = line, match.end()


def reading_view(text: str) -> str:
    """`text` with the line breaks of its hard-wrapped paragraphs read as spaces, each character at its offset;
    `text` itself when it is not hard-wrapped."""
    width = wrap_width(text)
    if width is None:
        return text
    chars = list(text)
    for at in _wraps(text, width):
        begin = at - 1 if text[at - 1] == "\r" else at  # where the line break begins
        gap = at + 1 - begin
        chars[begin : at + 1] = " " * gap
        # "self-" / "rule": the word is whole, and the space moves after it
        if text[begin - 1] == "-" and text[begin - 2 : begin - 1].isalpha():
            word = re.match(r"[^\W\d_][\w'’-]*", text[at + 1 :])
            if word:
                chars[begin : at + 1 + word.end()] = [*word.group(), *" " * gap]
    return "".join(chars)
