"""Read the corpus directory into `Document`s, each file with the reader of its type (`readers/`).

Files that cannot be used (an unsupported or mismatched type, binary, empty, not UTF-8, encrypted, scanned,
damaged, unreadable, too large) are skipped with a reason; this module never raises for one bad file. It does
not split text into passages: that is `chunking.py`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError
from assistant.models import Document
from assistant.readers import REGISTRY, reader_for, supported

# Files that may sit in corpus/ without being documents (e.g. positions.yaml).
CONFIG_SUFFIXES = {".yaml", ".yml", ".toml", ".json"}


@dataclass(frozen=True)
class Skipped:
    """A corpus file left out of the index, and why."""

    path: str
    reason: str


def doc_id_for(path: Path, corpus_dir: Path) -> str:
    return path.relative_to(corpus_dir).with_suffix("").as_posix()


def read_corpus(corpus_dir: Path, max_bytes: int, own: Sequence[Path] = ()) -> tuple[list[Document], list[Skipped]]:
    """All usable documents under `corpus_dir` (sorted by doc_id) and the files that were skipped; the folders of
    `own` (the assistant's index, data and models: `Settings.own_dirs`) are not read, nor mentioned as skipped."""
    mine = [d.resolve() for d in own]
    if not corpus_dir.is_dir():
        raise AssistantError(
            f"corpus directory {str(corpus_dir)!r} not found — create it and put {supported()} files in it,"
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
        if any(path.resolve().is_relative_to(d) for d in mine):
            continue
        if path.suffix.lower() not in REGISTRY:
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
    doc_id = doc_id_for(path, corpus_dir)
    try:
        return read_bytes(raw, path.suffix, doc_id, rel)
    except ValueError as exc:  # Unreadable, or a document that fails its own checks
        return Skipped(rel, str(exc))


def read_bytes(raw: bytes, suffix: str, doc_id: str, path: str) -> Document:
    """The document in `raw`, a file of type `suffix`; `Unreadable` with the reason when it has none."""
    doc = reader_for(suffix, raw).read(raw, doc_id, path)
    # Hash the file, not the extracted text: a changed <title> must re-index too.
    return doc.model_copy(update={"content_hash": hashlib.sha256(raw).hexdigest(), "size": len(raw)})
