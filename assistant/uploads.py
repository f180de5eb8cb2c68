"""Adding and removing documents while serving: a file is checked, stored under a safe name, and indexed.

`add` checks the bytes before anything is written: the size (413), a type the readers take, by name and by
content (415), and text to read (422). The document id comes from a safe version of the file's name (no
folders, no `..`); an id already in the corpus is a 409 unless `replace`. Then, one change at a time, the
file is written into the corpus folder in one step and the index refreshed through the same lock and
build-aside path as `assistant index`; if indexing fails the corpus is put back as it was, so the corpus
and the live index never disagree and no half-indexed document is ever served. `remove` is the reverse.
Every worker follows the new manifest on its next question. This module knows no HTTP.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path, PurePath

from filelock import FileLock
from langchain_core.embeddings import Embeddings
from pydantic import BaseModel

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.indexing import IndexReport, refresh
from assistant.ingest import CONFIG_SUFFIXES, read_bytes
from assistant.manifest import read_manifest
from assistant.readers import Unreadable, UnsupportedType
from assistant.readers.base import REGISTRY

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 100


class Added(BaseModel):
    doc_id: str
    title: str
    pages: int | None  # for a paged format (PDF)
    chunks: int
    replaced: bool


def safe_name(filename: str) -> tuple[str, str]:
    """(stem, suffix) of an uploaded file's name, made safe to store: the last path part only, every run of
    other characters than letters, digits, `.`, `_` and `-` made one `-`, no leading dot."""
    base = PurePath(filename.replace("\\", "/")).name
    suffix = PurePath(base).suffix.lower()
    stem = _UNSAFE.sub("-", base[: len(base) - len(suffix)]).strip("-._")[:MAX_NAME]
    return stem or "document", suffix


def add(
    settings: Settings, filename: str, raw: bytes, embeddings: Callable[[], Embeddings], replace: bool = False
) -> Added:
    stem, suffix = safe_name(filename)
    if len(raw) > settings.max_file_bytes:
        raise AssistantError(
            f"the file is {len(raw):,} bytes; the limit is {settings.max_file_bytes:,} (ASSISTANT_MAX_FILE_BYTES)",
            code="file_too_large",
            status=413,
        )
    if suffix in CONFIG_SUFFIXES or suffix not in REGISTRY:
        raise AssistantError(f"unsupported file type {suffix or '(none)'!r}", code="unsupported_type", status=415)
    try:
        doc = read_bytes(raw, suffix, stem, stem + suffix)
    except UnsupportedType as exc:
        raise AssistantError(str(exc), code="unsupported_type", status=415) from None
    except (Unreadable, ValueError) as exc:
        raise AssistantError(f"the file cannot be read: {exc}", code="unreadable_file", status=422) from None
    corpus = settings.corpus_dir
    with _changing(settings):
        existing = _files_of(corpus, stem)
        if existing and not replace:
            raise AssistantError(
                f"a document {stem!r} exists — send ?replace=true to replace it, or rename the file",
                code="document_exists",
                status=409,
            )
        target = corpus / (stem + suffix)
        kept = {path: path.read_bytes() for path in existing}
        tmp = corpus / f".{stem}{suffix}.{os.getpid()}.upload"
        tmp.write_bytes(raw)
        for path in existing:
            path.unlink()
        os.replace(tmp, target)
        report = _refreshed(settings, embeddings, undo=lambda: _restore(target, kept))
    entry = report.manifest.documents[stem]
    return Added(doc_id=stem, title=doc.title, pages=len(doc.pages) or None, chunks=entry.passages, replaced=bool(kept))


def remove(settings: Settings, doc_id: str, embeddings: Callable[[], Embeddings]) -> None:
    with _changing(settings):
        live = read_manifest(settings.index_dir)
        entry = live.documents.get(doc_id) if live else None
        if live is None or entry is None:  # looked up among indexed ids: a client's string never becomes a path
            raise AssistantError(f"no document {doc_id!r} — GET /v1/documents lists them", code="not_found", status=404)
        if len(live.documents) == 1:
            raise AssistantError(
                f"{doc_id!r} is the corpus's only document — add another before deleting it",
                code="last_document",
                status=409,
            )
        path = settings.corpus_dir / entry.path
        kept = {path: path.read_bytes()} if path.is_file() else {}
        path.unlink(missing_ok=True)
        _refreshed(settings, embeddings, undo=lambda: _restore(None, kept))


def _changing(settings: Settings) -> FileLock:
    """One upload or delete at a time per index, across workers (indexing itself takes its own lock)."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(settings.index_dir / ".documents.lock"))


def _files_of(corpus: Path, doc_id: str) -> list[Path]:
    """The corpus files whose document id is `doc_id` (one, unless the same name exists in two formats)."""
    folder, name = (corpus / doc_id).parent, PurePath(doc_id).name
    if not folder.is_dir() or not folder.resolve().is_relative_to(corpus.resolve()):
        return []
    return [p for p in folder.iterdir() if p.is_file() and p.stem == name and p.suffix.lower() in REGISTRY]


def _restore(added: Path | None, kept: dict[Path, bytes]) -> None:
    if added is not None:
        added.unlink(missing_ok=True)
    for path, raw in kept.items():
        path.write_bytes(raw)


def _refreshed(settings: Settings, embeddings: Callable[[], Embeddings], undo: Callable[[], None]) -> IndexReport:
    try:
        return refresh(settings, embeddings, progress=False)
    except BaseException:
        undo()  # the live index is still the last complete one: make the corpus match it again
        raise
