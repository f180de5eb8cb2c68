"""Read the corpus directory into `Document`s.

Readers for .txt (the text is the file's content exactly, so offsets match the file), .md (rendered with
markdown-it, then read as HTML) and .html (BeautifulSoup; the text is the page's blocks, one per line). Each
reader also finds the title, lede, authors and section headings. Files that cannot be used (binary, empty,
not UTF-8, unreadable, too large) are skipped with a reason; this module never raises for one bad file.
It does not split text into passages: that is `chunking.py`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError
from assistant.models import Document, Section

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
# Files that may sit in corpus/ without being documents (e.g. positions.yaml).
CONFIG_SUFFIXES = {".yaml", ".yml", ".toml", ".json"}
_SENTENCE_END = tuple('.!:;,"”»')
_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
_BYLINE = re.compile(rf"^(?:By )?{_NAME}(?:(?:, | and | & ){_NAME})*$")


@dataclass(frozen=True)
class Skipped:
    """A corpus file left out of the index, and why."""

    path: str
    reason: str


def doc_id_for(path: Path, corpus_dir: Path) -> str:
    return path.relative_to(corpus_dir).with_suffix("").as_posix()


def read_corpus(corpus_dir: Path, max_bytes: int) -> tuple[list[Document], list[Skipped]]:
    """All usable documents under `corpus_dir` (sorted by doc_id) and the files that were skipped."""
    if not corpus_dir.is_dir():
        raise AssistantError(
            f"corpus directory {str(corpus_dir)!r} not found — create it and put .txt, .md or .html files in it,"
            " or set ASSISTANT_CORPUS_DIR",
            code="corpus_missing",
            status=503,
        )
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for path in sorted(p for p in corpus_dir.rglob("*") if p.is_file() or p.is_symlink()):
        rel = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in rel.parts) or path.suffix.lower() in CONFIG_SUFFIXES:
            continue
        if path.suffix.lower() not in TEXT_SUFFIXES:
            skipped.append(Skipped(str(rel), f"unsupported file type {path.suffix or '(none)'!r}"))
            continue
        result = read_document(path, corpus_dir, max_bytes)
        (documents if isinstance(result, Document) else skipped).append(result)  # type: ignore[arg-type]
    return documents, skipped


def read_document(path: Path, corpus_dir: Path, max_bytes: int) -> Document | Skipped:
    rel = str(path.relative_to(corpus_dir))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(rel, f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        raw = path.read_bytes()
    except OSError as exc:
        return Skipped(rel, f"unreadable ({exc.strerror or exc})")
    if b"\x00" in raw:
        return Skipped(rel, "binary file (contains NUL bytes)")
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Skipped(rel, f"not UTF-8 (invalid byte at offset {exc.start})")
    if not content.strip():
        return Skipped(rel, "empty file")
    doc_id = doc_id_for(path, corpus_dir)
    suffix = path.suffix.lower()
    try:
        if suffix in {".md", ".markdown"}:
            doc = read_html(_markdown_to_html(content), doc_id, rel)
        elif suffix in {".html", ".htm"}:
            doc = read_html(content, doc_id, rel)
        else:
            doc = read_text(content, doc_id, rel)
    except ValueError as exc:
        return Skipped(rel, str(exc))
    # Hash the file, not the extracted text: a changed <title> must re-index too.
    return doc.model_copy(update={"content_hash": hashlib.sha256(raw).hexdigest()})


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its line break or surrounding spaces."""
    spans = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans


def _looks_like_heading(line: str) -> bool:
    stripped = line.lstrip("#").strip()
    if line.startswith("#"):
        return bool(stripped)
    return 0 < len(stripped.split()) <= 12 and len(stripped) <= 90 and not stripped.endswith(_SENTENCE_END)


def read_text(content: str, doc_id: str, path: str) -> Document:
    """Plain text: line 1 title, then an optional lede and byline, then paragraphs and heading lines."""
    spans = _line_spans(content)
    lines = [content[s:e] for s, e in spans]
    title = lines[0].lstrip("#").strip()
    sections = [Section(name="Title", start=spans[0][0], body_start=spans[0][0])]
    authors: list[str] = []
    lede = None
    i = 1
    if len(lines) > 2 and not _looks_like_heading(lines[1]):
        lede = lines[1]
        sections.append(Section(name="Lede", start=spans[1][0], body_start=spans[1][0]))
        i = 2
    if i < len(lines) - 1 and _BYLINE.match(lines[i]):
        authors = [a.strip() for a in re.split(r", | and | & ", lines[i].removeprefix("By ")) if a.strip()]
        sections.append(Section(name="Byline", start=spans[i][0], body_start=spans[i][0]))
        i += 1
    if i < len(lines):
        sections.append(Section(name="Introduction", start=spans[i][0], body_start=spans[i][0]))
    for j in range(i, len(lines)):
        if j + 1 < len(lines) and _looks_like_heading(lines[j]):
            start, end = spans[j]
            sections.append(Section(name=lines[j].lstrip("#").strip(), start=start, body_start=end, is_heading=True))
    return Document(doc_id=doc_id, path=path, title=title, text=content, authors=authors, lede=lede, sections=sections)


def _markdown_to_html(content: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").render(content)


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
        text = " ".join(element.get_text(" ").split())
        if text:
            blocks.append((element.name, text))
    if not blocks:
        text = " ".join(soup.get_text(" ").split())
        blocks = [("p", text)] if text else []
    if not blocks:
        raise ValueError("no text found in the page")
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
