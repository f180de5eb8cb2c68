"""The passage store: one Chroma collection per index build, embedded under `index/` or on a Chroma server.

`Store` is what indexing and answering ask of it; `LocalStore` (`store_local.py`) and `ServerStore`
(`store_server.py`) are the two places a build can live, and `open_store` picks the one the settings name, so
no other module asks "local or server?". Builds happen aside and the manifest (`manifest.py`) is replaced in
one step, so a reader sees either the old complete index or the new complete one, never a half-built one.
This module stores and fetches; deciding what to (re)build is `indexing.py`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.errors import AssistantError
from assistant.manifest import Manifest
from assistant.models import Passage

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.retrieval import Neighbours

COLLECTION_PREFIX = "passages"
PAGE = 5000  # passages per Chroma get(): one read of 100k fails in its SQLite ("too many SQL variables")


@dataclass
class Opened:
    """A build as answering reads it: its passages, how to find their nearest neighbours, and the folder
    where what is derived from the passages was saved at build time (None: derive it now)."""

    passages: list[Passage]
    neighbours: Neighbours
    saved_in: Path | None


class Store(ABC):
    """Opens, creates, copies and drops the Chroma collection of one build."""

    @staticmethod
    def collection_name(build: str) -> str:
        return f"{COLLECTION_PREFIX}-{build}"

    @abstractmethod
    def collection(self, build: str, create: bool = False) -> Any:
        """The build's collection; an `AssistantError` naming the fix when it cannot be read."""

    @abstractmethod
    def problem(self, manifest: Manifest, thorough: bool = False) -> str | None:
        """Why the build `manifest` names cannot serve; None if it can."""

    @abstractmethod
    def copy(self, source: str, target: str) -> Any:
        """A new build `target` holding everything of `source`, to be edited without touching `source`."""

    @abstractmethod
    def drop(self, build: str) -> None: ...

    @abstractmethod
    def builds(self) -> list[str]:
        """Builds present in the store, oldest first."""

    @abstractmethod
    def stale(self, build: str, replaced: Manifest | None) -> list[str]:
        """Builds to drop now that `build` replaced the build of `replaced`, which stays: a running reader may
        still have it open until it notices the new manifest."""

    @abstractmethod
    def finish(self, collection: Any, build: str) -> tuple[list[Passage], Path] | None:
        """After a build is complete: its passages and the folder to save what is derived from them, where
        the store keeps such things beside the build; None where readers derive it themselves."""

    @abstractmethod
    def opened(self, build: str) -> Opened:
        """The build as answering reads it."""

    @abstractmethod
    def heartbeat(self) -> None:
        """Raise when the store cannot be reached."""

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
        return read_all(collection, with_vectors=False)[0]


def unreadable(build: str, exc: Exception) -> AssistantError:
    """What to say when Chroma cannot give a build's collection."""
    return AssistantError(
        f"index build {build!r} cannot be read ({type(exc).__name__}: {exc}) — run `assistant index`",
        code="index_unreadable",
        status=503,
    )


def open_store(settings: Settings) -> Store:
    """The store the settings name: a Chroma server when `ASSISTANT_CHROMA_HOST` is set, else `index/`."""
    if settings.chroma_host is not None:
        from assistant.store_server import ServerStore

        return ServerStore(settings.chroma_host, settings.chroma_port)
    from assistant.store_local import LocalStore

    return LocalStore(settings.index_dir)


def chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def _metadata(p: Passage) -> dict[str, Any]:
    return {
        "doc_id": p.doc_id,
        "title": p.title,
        "section": p.section,
        "party": p.party or "",
        "start": p.start,
        "end": p.end,
        "page": p.page or 0,  # Chroma metadata holds no None
        "source": p.source or "",
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
        source=str(meta.get("source") or "") or None,
        page=int(meta.get("page") or 0) or None,
    )


class ChromaNeighbours:
    """Nearest passages by a query of a Chroma collection (a Chroma server's; embedded builds use snapshots)."""

    def __init__(self, collection: Any) -> None:
        self.collection = collection

    def nearest(self, vector: Sequence[float], k: int) -> list[tuple[str, float]]:
        found = self.collection.query(query_embeddings=[list(vector)], n_results=k, include=["distances"])
        return [(pid, 1.0 - d) for pid, d in zip(found["ids"][0], found["distances"][0], strict=True)]


def read_all(collection: Any, with_vectors: bool) -> tuple[list[Passage], np.ndarray]:
    """Every passage of `collection` in document order, and (`with_vectors`) their vectors row for row."""
    passages, vectors = [], []
    include = ["documents", "metadatas", *(["embeddings"] if with_vectors else [])]
    for got in pages(collection, include):
        passages += [_passage(*row) for row in zip(got["ids"], got["documents"], got["metadatas"], strict=True)]
        if with_vectors:
            vectors.append(np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1))
    order = sorted(range(len(passages)), key=lambda i: (passages[i].doc_id, passages[i].start))
    matrix = np.concatenate(vectors)[order] if vectors else np.zeros((len(passages), 0), dtype=np.float32)
    return [passages[i] for i in order], matrix


def pages(collection: Any, include: list[str]) -> Iterator[dict[str, Any]]:
    # In pages: one get() of 100k passages fails in Chroma's SQLite ("too many SQL variables").
    for offset in range(0, collection.count(), PAGE):
        yield collection.get(include=include, limit=PAGE, offset=offset)
