"""The naive peer as a process, for benchmarks: `python -m benches.peer_cli QUESTION` answers one question;
`python -m benches.peer_cli --serve PORT` serves it over HTTP (`POST /v1/ask`), as `assistant serve` does."""

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
    if sys.argv[1] == "--serve":
        import uvicorn

        uvicorn.run(make_peer_app(peer), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
        return
    print(peer.ask(sys.argv[1]).model_dump_json())


if __name__ == "__main__":
    main()
