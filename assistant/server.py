"""The served app: API and UI over one Assistant, built from the environment's settings.

`create()` is what `assistant serve` runs, in-process for one worker or as uvicorn's app factory in each
of `--workers N` processes. Every worker opens the same index (or Chroma server) read-only and follows the
manifest, so a re-index is picked up by all of them; the index is built or refreshed once, by the parent,
before any worker starts. This module only wires; the routes are in `api.py`, the UI in `webui.py`.
"""

from __future__ import annotations

from fastapi import FastAPI

from assistant.api import make_app
from assistant.config import Settings
from assistant.service import Assistant


def create(assistant: Assistant | None = None, settings: Settings | None = None) -> FastAPI:
    """The API (under /v1) and the UI (at /) over `assistant`, or over one loaded from `settings` (by default
    `Settings()`, the environment's); both behind the same gate."""
    from assistant.webui import mount_ui

    settings = settings or Settings()
    app = make_app(settings, assistant)
    mount_ui(app, lambda: app.state.assistant, settings.max_file_bytes)
    return app
