"""The `assistant` command line: index, ask, chat, serve, eval, positions.

Each command is a thin shell over the Python API: it parses options, calls one function and prints the
result. Errors the user can fix (`AssistantError`) print their message and exit 2, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Annotated, Any, TypeVar

import typer

from assistant.config import Settings
from assistant.errors import AssistantError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Grounded answers from a news corpus.")
F = TypeVar("F", bound=Callable[..., Any])


def friendly_errors(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AssistantError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


@app.command()
@friendly_errors
def index(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Re-embed everything, even unchanged documents.")] = False,
) -> None:
    """Build or refresh the index from the corpus."""
    from assistant.embeddings import load_embeddings
    from assistant.indexing import refresh

    settings = Settings()
    report = refresh(
        settings,
        lambda: load_embeddings(settings.resolved_embedding_model(), settings.embedding_batch_size),
        rebuild=rebuild,
    )
    print(report.summary())


@app.command()
@friendly_errors
def serve(
    host: Annotated[
        str, typer.Option(help="Interface to bind; anything but loopback exposes the server.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the API (under /v1) and the UI (at /)."""
    import uvicorn

    from assistant.api import make_app

    uvicorn.run(make_app(Settings()), host=host, port=port, log_level="info")


if __name__ == "__main__":
    app()
