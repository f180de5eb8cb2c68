"""The HTTP surface: `make_app(settings)` builds the FastAPI app; there are no module globals.

For now it serves `/healthz`, the corpus documents and a placeholder page; the answering routes come with
the chain.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from assistant.config import Settings


def make_app(settings: Settings) -> FastAPI:
    app = FastAPI(title="News QA assistant", version="0.1.0")
    app.state.settings = settings

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        return "<h1>News QA assistant</h1><p>The chat UI is coming; the API lives under /v1.</p>"

    return app
