"""Grounded question answering over a news corpus, with exact, validated citations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.config import Settings

if TYPE_CHECKING:
    from assistant.service import Assistant

__all__ = ["Assistant", "Settings"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the service pulls in the models, which `assistant --help` should not pay for.
    if name == "Assistant":
        from assistant.service import Assistant

        return Assistant
    raise AttributeError(name)
