"""A read-only export of one embedded build: its passages and their unit vectors, beside its Chroma database.

Chroma stays the store: builds are written to it, incremental builds copy it, and a Chroma server is the
shared state of a deployment. Reading an embedded build back through Chroma, though, costs every process
the chromadb import (~0.7 s of a cold start) and a paged read of every passage. So each embedded build also
writes its passages (JSON) and vectors (.npy) once, after the Chroma collection is complete and before the
manifest names the build. Readers take the passages from there and, up to `EXACT_SEARCH_LIMIT` passages,
search the vectors too (exact cosine similarity, one matrix product); a larger build is searched by Chroma's
HNSW index. This module writes, checks and reads that export; it does not decide when to build
(`indexing.py`) and is not used with a Chroma server.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from pydantic import TypeAdapter

from assistant.errors import AssistantError
from assistant.models import Passage

FOLDER = "snapshot"
PASSAGES, VECTORS = "passages.json", "vectors.npy"
# Up to this many passages, a full scan of the vectors is the nearest-neighbour search (exact, and ~1 ms at
# 20k on 2 cores); beyond, it is memory-bound (~11 ms at 150k, most of a query), so Chroma's HNSW index answers.
EXACT_SEARCH_LIMIT = 20_000
_PASSAGE_LIST = TypeAdapter(list[Passage])
SQLITE_HEADER = b"SQLite format 3\x00"  # the build's Chroma database, checked without opening Chroma


class VectorSnapshot:
    """The passages of one build, in a fixed order, and the unit vector of each, row for row."""

    def __init__(self, passages: Sequence[Passage], vectors: np.ndarray) -> None:
        if vectors.ndim != 2 or len(vectors) != len(passages):
            raise ValueError(f"{len(passages)} passages but vectors of shape {vectors.shape}")
        self.passages = list(passages)
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)

    def write(self, build_dir: Path) -> None:
        """Into `build_dir/snapshot`, whole or not at all: written aside, then renamed. (The build is not live
        yet, so replacing an older snapshot there is safe.)"""
        target, tmp = build_dir / FOLDER, build_dir / f".{FOLDER}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(target, ignore_errors=True)
        tmp.mkdir(parents=True)
        np.save(tmp / VECTORS, self.vectors)
        (tmp / PASSAGES).write_bytes(_PASSAGE_LIST.dump_json(self.passages))
        os.replace(tmp, target)

    @classmethod
    def read(cls, build_dir: Path) -> VectorSnapshot:
        folder = build_dir / FOLDER
        try:
            passages = _PASSAGE_LIST.validate_json((folder / PASSAGES).read_bytes())
        except (OSError, ValueError) as exc:  # missing, truncated, or not ours
            raise _unreadable(folder / PASSAGES, exc) from exc
        try:
            # Mapped, not read: pages load as a scan touches them, and never when Chroma searches a large build.
            return cls(passages, np.load(folder / VECTORS, mmap_mode="r"))
        except (OSError, ValueError) as exc:
            raise _unreadable(folder / VECTORS, exc) from exc

    @classmethod
    def problem(cls, build_dir: Path, expected: int, thorough: bool = False) -> str | None:
        """Why the embedded build in `build_dir` cannot serve `expected` passages; None if it can. Quick: the
        file headers; `thorough`: the whole snapshot is read."""
        try:
            with open(build_dir / "chroma.sqlite3", "rb") as db:
                if db.read(16) != SQLITE_HEADER:
                    return f"{build_dir / 'chroma.sqlite3'} is not a SQLite database"
            if not (build_dir / FOLDER).is_dir():
                return "the build has no snapshot (an index made by an older version, or a build cut short)"
            count = len(cls.read(build_dir).passages) if thorough else cls.rows(build_dir)
        except AssistantError as exc:
            return exc.message
        except OSError as exc:
            return f"{type(exc).__name__}: {exc}"
        return None if count == expected else f"its snapshot holds {count} passages, the manifest says {expected}"

    @staticmethod
    def rows(build_dir: Path) -> int:
        """How many vectors the snapshot holds, from the .npy header alone (nothing is loaded)."""
        path = build_dir / FOLDER / VECTORS
        try:
            return int(np.load(path, mmap_mode="r").shape[0])
        except (OSError, ValueError, IndexError) as exc:
            raise _unreadable(path, exc) from exc

    def nearest(self, vector: Sequence[float], k: int) -> list[tuple[str, float]]:
        """The `k` passages closest to `vector`: (id, cosine similarity), closest first."""
        scores = self.vectors @ np.asarray(vector, dtype=np.float32)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.passages[i].id, float(scores[i])) for i in top]


def _unreadable(path: Path, exc: Exception) -> AssistantError:
    first_line = str(exc).splitlines()[0] if str(exc) else ""
    return AssistantError(
        f"the index file {str(path)!r} cannot be read ({type(exc).__name__}: {first_line}) — run `assistant index`",
        code="index_unreadable",
        status=503,
    )
