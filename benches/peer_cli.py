"""The naive peer as a process (`python -m benches.peer_cli QUESTION`) and as an HTTP app, for benchmarks."""

from __future__ import annotations

import sys
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from assistant.peer import NaivePeer


class Ask(BaseModel):
    question: str


def make_peer_app(peer: NaivePeer) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/ask")
    def ask(body: Ask) -> dict[str, Any]:
        return peer.ask(body.question).model_dump()

    return app


def main() -> None:
    from assistant.config import Settings
    from assistant.embeddings import load_embeddings
    from assistant.ingest import read_corpus

    settings = Settings()
    documents, _ = read_corpus(settings.corpus_dir, settings.max_file_bytes)
    peer = NaivePeer(documents, load_embeddings(settings.resolved_embedding_model()))
    print(peer.ask(sys.argv[1]).model_dump_json())


if __name__ == "__main__":
    main()
