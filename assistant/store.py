"""The passage store: Chroma, embedded under `index/` or on a Chroma server, plus the manifest.

Each index build is one Chroma collection (embedded: one directory under `index/builds/`; server: one
collection named after the build). `index/manifest.json` names the live build and records the embedding
model, chunker version and per-document content hashes. Builds happen aside and the manifest is replaced
atomically, so a reader sees either the old complete index or the new complete one, never a half-built one.
An embedded build also holds a snapshot of its passages and vectors, which readers use instead of opening
Chroma (`snapshot.py`). This module stores and fetches; deciding what to (re)build is `indexing.py`.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.manifest import Manifest
from assistant.models import Passage
from assistant.snapshot import FOLDER as SNAPSHOT
from assistant.snapshot import VectorSnapshot

COLLECTION_PREFIX = "passages"


def _metadata(p: Passage) -> dict[str, Any]:
    return {
        "doc_id": p.doc_id,
        "title": p.title,
        "section": p.section,
        "party": p.party or "",
        "start": p.start,
        "end": p.end,
        "page": p.page or 0,  # Chroma metadata holds no None
    }


def _passage(pid: str, text: str, meta: dict[str, Any]) -> Passage:
    return Passage(
        id=pid,
        doc_id=str(meta["doc_id"]),
        title=str(meta["title"]),
        section=str(meta["section"]),
        party=str(meta["party"]) or None,
        start=int(meta["start"]),
        end=int(meta["end"]),
        text=text,
        page=int(meta.get("page") or 0) or None,
    )


PAGE = 5000  # passages per Chroma get(): one read of 100k fails in its SQLite ("too many SQL variables")


class ChromaStore:
    """Opens, creates, copies and drops the Chroma collection of one build."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.remote = settings.chroma_host is not None

    def build_dir(self, build: str) -> Path:
        return self.settings.index_dir / "builds" / build

    def client(self, build: str) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        if self.remote:
            try:
                return chromadb.HttpClient(
                    host=str(self.settings.chroma_host), port=self.settings.chroma_port, settings=chroma_settings
                )
            except Exception as exc:  # chromadb raises plain Exception/ValueError when the server is down
                raise AssistantError(
                    f"cannot reach the Chroma server at {self.settings.chroma_host}:{self.settings.chroma_port}"
                    f" ({exc}) — start it with `chroma run` or unset ASSISTANT_CHROMA_HOST",
                    code="store_unavailable",
                    status=503,
                ) from exc
        return chromadb.PersistentClient(path=str(self.build_dir(build)), settings=chroma_settings)

    @staticmethod
    def collection_name(build: str) -> str:
        return f"{COLLECTION_PREFIX}-{build}"

    def collection(self, build: str, create: bool = False) -> Any:
        name = self.collection_name(build)
        if create:
            return self.client(build).get_or_create_collection(name, metadata={"hnsw:space": "cosine"})
        if not self.remote:
            self._require_local(build)
        try:
            return self.client(build).get_collection(name)
        except AssistantError:
            raise
        except Exception as exc:  # chromadb: a corrupt database, a foreign folder, a collection dropped
            raise AssistantError(
                f"index build {build!r} cannot be read ({type(exc).__name__}: {exc}) — run `assistant index`",
                code="index_unreadable",
                status=503,
            ) from exc

    def problem(self, manifest: Manifest, thorough: bool = False) -> str | None:
        """Why the build `manifest` names cannot serve (unreadable, or not holding its passages); None if it can.
        An embedded build is checked without opening Chroma, which readers never open (see snapshot.py): its
        file headers, or with `thorough`, its whole snapshot."""
        if not self.remote:
            return VectorSnapshot.problem(self.build_dir(manifest.build), manifest.passage_count, thorough)
        try:
            count = self.collection(manifest.build).count()
        except AssistantError as exc:
            if exc.code == "store_unavailable":
                raise  # a server that is down is not a reason to rebuild
            return exc.message
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"
        expected = manifest.passage_count
        return None if count == expected else f"it holds {count} passages, the manifest says {expected}"

    def _require_local(self, build: str) -> None:
        if not (self.build_dir(build) / "chroma.sqlite3").is_file():
            raise AssistantError(
                f"index build {build!r} is missing from {str(self.build_dir(build))!r} — run `assistant index`",
                code="index_missing",
                status=503,
            )

    def open_local(self, build: str) -> VectorSnapshot:
        """The snapshot of an embedded build: its passages and vectors, read without Chroma."""
        self._require_local(build)
        return VectorSnapshot.read(self.build_dir(build))

    def export_snapshot(self, collection: Any, build: str) -> VectorSnapshot:
        """Write the snapshot of the embedded build `build` from its complete collection."""
        snapshot = VectorSnapshot(*_read_all(collection, with_vectors=True))
        snapshot.write(self.build_dir(build))
        return snapshot

    def copy(self, source: str, target: str) -> Any:
        """A new build `target` holding everything of `source`, to be edited without touching `source`."""
        if not self.remote:
            # Not the snapshot: the new build writes its own once complete.
            shutil.copytree(self.build_dir(source), self.build_dir(target), ignore=shutil.ignore_patterns(SNAPSHOT))
            client = self.client(target)
            old = client.get_collection(self.collection_name(source))
            # Collection names are per build, so rename the copied one.
            old.modify(name=self.collection_name(target))
            return client.get_collection(self.collection_name(target))
        old = self.collection(source)
        new = self.collection(target, create=True)
        for got in _pages(old, ["embeddings", "documents", "metadatas"]):
            new.add(
                ids=got["ids"],
                embeddings=got["embeddings"],
                documents=got["documents"],
                metadatas=got["metadatas"],
            )
        return new

    def drop(self, build: str) -> None:
        if self.remote:
            try:
                self.client(build).delete_collection(self.collection_name(build))
            except Exception:  # already gone is fine: dropping is cleanup
                return
        else:
            shutil.rmtree(self.build_dir(build), ignore_errors=True)

    def builds(self) -> list[str]:
        """Builds present in the store, oldest first (on a server: every deployment's passage collections)."""
        if self.remote:
            names = [c.name if hasattr(c, "name") else str(c) for c in self.client("").list_collections()]
            return sorted(n.removeprefix(f"{COLLECTION_PREFIX}-") for n in names if n.startswith(COLLECTION_PREFIX))
        root = self.settings.index_dir / "builds"
        return sorted(p.name for p in root.iterdir()) if root.is_dir() else []

    @staticmethod
    def add(collection: Any, passages: list[Passage], embeddings: list[list[float]]) -> None:
        collection.add(
            ids=[p.id for p in passages],
            embeddings=embeddings,
            documents=[p.text for p in passages],
            metadatas=[_metadata(p) for p in passages],
        )

    @staticmethod
    def delete_documents(collection: Any, doc_ids: list[str]) -> None:
        if doc_ids:
            collection.delete(where={"doc_id": {"$in": doc_ids}})

    @staticmethod
    def all_passages(collection: Any) -> list[Passage]:
        return _read_all(collection, with_vectors=False)[0]


class ChromaNeighbours:
    """Nearest passages by a query of a Chroma collection (a Chroma server's; embedded builds use snapshots)."""

    def __init__(self, collection: Any) -> None:
        self.collection = collection

    def nearest(self, vector: Sequence[float], k: int) -> list[tuple[str, float]]:
        found = self.collection.query(query_embeddings=[list(vector)], n_results=k, include=["distances"])
        return [(pid, 1.0 - d) for pid, d in zip(found["ids"][0], found["distances"][0], strict=True)]


def _read_all(collection: Any, with_vectors: bool) -> tuple[list[Passage], np.ndarray]:
    """Every passage of `collection` in document order, and (`with_vectors`) their vectors row for row."""
    passages, vectors = [], []
    include = ["documents", "metadatas", *(["embeddings"] if with_vectors else [])]
    for got in _pages(collection, include):
        passages += [_passage(*row) for row in zip(got["ids"], got["documents"], got["metadatas"], strict=True)]
        if with_vectors:
            vectors.append(np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1))
    order = sorted(range(len(passages)), key=lambda i: (passages[i].doc_id, passages[i].start))
    matrix = np.concatenate(vectors)[order] if vectors else np.zeros((len(passages), 0), dtype=np.float32)
    return [passages[i] for i in order], matrix


def _pages(collection: Any, include: list[str]) -> Iterator[dict[str, Any]]:
    # In pages: one get() of 100k passages fails in Chroma's SQLite ("too many SQL variables").
    for offset in range(0, collection.count(), PAGE):
        yield collection.get(include=include, limit=PAGE, offset=offset)
