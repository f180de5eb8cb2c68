"""The manifest: which build of the index is live, and what it holds (documents, their hashes and sizes).

`manifest.json` in the index folder is replaced in one step (`write_manifest`), never edited, so a reader
sees either the old build or the new one. Readers of the index follow it; `indexing.py` writes it. Every
function here takes the index folder, nothing else of the settings.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, ValidationError

from assistant.errors import AssistantError

MANIFEST_FORMAT = 1


class DocumentEntry(BaseModel):
    path: str
    title: str
    content_hash: str
    chars: int
    passages: int
    pages: int = 0  # of a paged format (PDF); 0 for the others
    bytes: int = 0  # the file's size


class Manifest(BaseModel):
    format: int = MANIFEST_FORMAT
    build: str
    embedding_model: str
    chunker: str
    documents: dict[str, DocumentEntry]
    built_at: float
    previous: str | None = None  # the build this one replaced, kept for readers that still have it open

    @property
    def passage_count(self) -> int:
        return sum(d.passages for d in self.documents.values())


def ensure_index_dir(index_dir: Path) -> Path:
    """The index folder, created if needed; an error naming the fix when it cannot be a writable folder."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        if not os.access(index_dir, os.W_OK | os.X_OK):
            raise PermissionError("not writable")
    except OSError as exc:
        raise AssistantError(
            f"the index folder {str(index_dir)!r} cannot be used ({exc.strerror or exc}) — set"
            " ASSISTANT_INDEX_DIR to a folder you can write",
            code="index_dir_unusable",
            status=503,
        ) from exc
    return index_dir


def manifest_path(index_dir: Path) -> Path:
    return index_dir / "manifest.json"


def read_manifest(index_dir: Path) -> Manifest | None:
    """The live manifest, or None when there is no usable index (missing, corrupt or foreign)."""
    path = manifest_path(index_dir)
    if not path.exists():
        return None
    try:
        manifest = Manifest.model_validate_json(path.read_bytes())
    except (ValidationError, ValueError, OSError):
        return None
    return manifest if manifest.format == MANIFEST_FORMAT else None


def write_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Atomically make `manifest` (and so its build) the live index."""
    ensure_index_dir(index_dir)
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".manifest-", suffix=".json")
    with os.fdopen(fd, "w") as handle:
        handle.write(manifest.model_dump_json(indent=2))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, manifest_path(index_dir))
