"""Grounded question answering over a news corpus, with exact, validated citations."""

from assistant.config import Settings

__all__ = ["Settings"]
