"""HTML (.html, .htm): the text is the page's block elements, one per line (BeautifulSoup).

`<title>` or the first h1 gives the title, h2–h6 the sections; scripts, styles and navigation are dropped. A word
that a hard-wrapped source breaks at a hyphen is joined again ("self-rule"), outside preformatted text.
"""

from __future__ import annotations

import re

from assistant.models import Document, Section
from assistant.readers.base import TextFormatReader, Unreadable, decode, register


@register
class HtmlReader(TextFormatReader):
    suffixes = (".html", ".htm")
    label = "HTML"

    def read(self, raw: bytes, doc_id: str, path: str) -> Document:
        return read_html(decode(raw), doc_id, path)


# A word broken at a hyphen that ends a line of the source ("self-" then "rule") is one word again, "self-rule";
# not before "and", "or" or "to", which a suspended hyphen comes before ("short-" then "and long-term").
_BROKEN = re.compile(r"(?<=[^\W\d_]-)[ \t]*\r?\n\s*(?=[^\W\d_])(?!(?:and|or|to)\b)")
_BLOCKS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "th", "figcaption", "dd"]


def read_html(html: str, doc_id: str, path: str) -> Document:
    """HTML: the text is one line per block element; h1/<title> give the title, h2–h6 the sections."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer"]):
        tag.decompose()
    blocks: list[tuple[str, str]] = []
    for element in soup.find_all(_BLOCKS):
        if element.find_parent(_BLOCKS):  # nested blocks are read with their parent
            continue
        text = element.get_text(" ")
        text = " ".join((text if element.name == "pre" else _BROKEN.sub("", text)).split())
        if text:
            blocks.append((element.name, text))
    if not blocks:
        text = " ".join(soup.get_text(" ").split())
        blocks = [("p", text)] if text else []
    if not blocks:
        raise Unreadable("no text found in the page")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ").strip() if title_tag and title_tag.get_text().strip() else ""
    if not title:
        title = next((t for name, t in blocks if name == "h1"), blocks[0][1])
    author_meta = soup.find("meta", attrs={"name": "author"})
    authors = [str(author_meta["content"])] if author_meta and author_meta.get("content") else []
    lede_meta = soup.find("meta", attrs={"name": "description"})
    lede = str(lede_meta["content"]) if lede_meta and lede_meta.get("content") else None

    text_parts: list[str] = []
    sections: list[Section] = []
    offset = 0
    for name, block in blocks:
        if name in {"h2", "h3", "h4", "h5", "h6"} or (name == "h1" and block != title):
            sections.append(Section(name=block, start=offset, body_start=offset + len(block), is_heading=True))
        elif block == title and not sections:
            sections.append(Section(name="Title", start=offset, body_start=offset))
        elif not sections or sections[-1].name == "Title":
            sections.append(Section(name="Introduction", start=offset, body_start=offset))
        text_parts.append(block)
        offset += len(block) + 1
    return Document(
        doc_id=doc_id,
        path=path,
        title=title,
        text="\n".join(text_parts) + "\n",
        authors=authors,
        lede=lede,
        sections=sections,
    )
