"""Builds on a Chroma server (`chroma run`): one collection per build, named after it. Answering reads the
passages from the server once per build and asks it for nearest neighbours; a server that cannot be reached
is a 503 `store_unavailable` naming the fix."""

from __future__ import annotations

from typing import Any

from assistant.errors import AssistantError
from assistant.manifest import Manifest
from assistant.models import Passage
from assistant.store import COLLECTION_PREFIX, ChromaNeighbours, Opened, Store, chroma_settings, pages, unreadable


class ServerStore(Store):
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port

    def client(self) -> Any:
        import chromadb

        try:
            return chromadb.HttpClient(host=self.host, port=self.port, settings=chroma_settings())
        except Exception as exc:  # chromadb raises plain Exception/ValueError when the server is down
            raise AssistantError(
                f"cannot reach the Chroma server at {self.host}:{self.port} ({exc}) — start it with `chroma run`"
                " or unset ASSISTANT_CHROMA_HOST",
                code="store_unavailable",
                status=503,
            ) from exc

    def collection(self, build: str, create: bool = False) -> Any:
        name = self.collection_name(build)
        if create:
            return self.client().get_or_create_collection(name, metadata={"hnsw:space": "cosine"})
        client = self.client()
        try:
            return client.get_collection(name)
        except Exception as exc:  # a collection dropped, or the server gone mid-call
            raise unreadable(build, exc) from exc

    def problem(self, manifest: Manifest, thorough: bool = False) -> str | None:
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

    def copy(self, source: str, target: str) -> Any:
        old = self.collection(source)
        new = self.collection(target, create=True)
        for got in pages(old, ["embeddings", "documents", "metadatas"]):
            new.add(
                ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"], metadatas=got["metadatas"]
            )
        return new

    def drop(self, build: str) -> None:
        try:
            self.client().delete_collection(self.collection_name(build))
        except Exception:  # already gone is fine: dropping is cleanup
            return

    def builds(self) -> list[str]:
        """Every deployment's passage collections on the server, oldest first."""
        names = [c.name if hasattr(c, "name") else str(c) for c in self.client().list_collections()]
        return sorted(n.removeprefix(f"{COLLECTION_PREFIX}-") for n in names if n.startswith(COLLECTION_PREFIX))

    def stale(self, build: str, replaced: Manifest | None) -> list[str]:
        # The server may hold other deployments' collections: only our own older build is ours to drop, the
        # one that the replaced build had itself replaced.
        older = replaced.previous if replaced else None
        return [older] if older and older not in {build, replaced.build if replaced else None} else []

    def finish(self, collection: Any, build: str) -> tuple[list[Passage], Any] | None:
        return None  # readers read the passages from the server and derive what they need

    def opened(self, build: str) -> Opened:
        collection = self.collection(build)
        return Opened(self.all_passages(collection), ChromaNeighbours(collection), None)

    def heartbeat(self) -> None:
        self.client().heartbeat()
