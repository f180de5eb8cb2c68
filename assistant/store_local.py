"""Builds embedded under `index/builds/<build>/`: a Chroma database, and a snapshot of its passages and
vectors that answering reads instead of opening Chroma (`snapshot.py`), with what is derived from them."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.manifest import Manifest
from assistant.models import Passage
from assistant.snapshot import EXACT_SEARCH_LIMIT, VectorSnapshot
from assistant.snapshot import FOLDER as SNAPSHOT
from assistant.store import ChromaNeighbours, Opened, Store, chroma_settings, read_all, unreadable


class LocalStore(Store):
    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir

    def build_dir(self, build: str) -> Path:
        return self.index_dir / "builds" / build

    def client(self, build: str) -> Any:
        import chromadb

        return chromadb.PersistentClient(path=str(self.build_dir(build)), settings=chroma_settings())

    def collection(self, build: str, create: bool = False) -> Any:
        name = self.collection_name(build)
        if create:
            return self.client(build).get_or_create_collection(name, metadata={"hnsw:space": "cosine"})
        self._require(build)
        try:
            return self.client(build).get_collection(name)
        except Exception as exc:  # chromadb: a corrupt database, a foreign folder, a collection dropped
            raise unreadable(build, exc) from exc

    def problem(self, manifest: Manifest, thorough: bool = False) -> str | None:
        """Checked without opening Chroma, which readers never open: the snapshot's file headers, or with
        `thorough`, the whole snapshot."""
        return VectorSnapshot.problem(self.build_dir(manifest.build), manifest.passage_count, thorough)

    def _require(self, build: str) -> None:
        if not (self.build_dir(build) / "chroma.sqlite3").is_file():
            raise AssistantError(
                f"index build {build!r} is missing from {str(self.build_dir(build))!r} — run `assistant index`",
                code="index_missing",
                status=503,
            )

    def open_local(self, build: str) -> VectorSnapshot:
        """The snapshot of a build: its passages and vectors, read without Chroma."""
        self._require(build)
        return VectorSnapshot.read(self.build_dir(build))

    def copy(self, source: str, target: str) -> Any:
        # Not the snapshot: the new build writes its own once complete.
        shutil.copytree(self.build_dir(source), self.build_dir(target), ignore=shutil.ignore_patterns(SNAPSHOT))
        client = self.client(target)
        # Collection names are per build, so rename the copied one.
        client.get_collection(self.collection_name(source)).modify(name=self.collection_name(target))
        return client.get_collection(self.collection_name(target))

    def drop(self, build: str) -> None:
        shutil.rmtree(self.build_dir(build), ignore_errors=True)

    def builds(self) -> list[str]:
        root = self.index_dir / "builds"
        return sorted(p.name for p in root.iterdir()) if root.is_dir() else []

    def stale(self, build: str, replaced: Manifest | None) -> list[str]:
        return [b for b in self.builds() if b not in {build, replaced.build if replaced else None}]

    def finish(self, collection: Any, build: str) -> tuple[list[Passage], Path]:
        """Write the build's snapshot from its complete collection."""
        snapshot = VectorSnapshot(*read_all(collection, with_vectors=True))
        snapshot.write(self.build_dir(build))
        return snapshot.passages, self.build_dir(build) / SNAPSHOT

    def opened(self, build: str) -> Opened:
        snapshot = self.open_local(build)
        large = len(snapshot.passages) > EXACT_SEARCH_LIMIT  # past it, Chroma's HNSW beats an exact search
        neighbours = ChromaNeighbours(self.collection(build)) if large else snapshot
        return Opened(snapshot.passages, neighbours, self.build_dir(build) / SNAPSHOT)

    def heartbeat(self) -> None:
        self.index_dir.stat()
