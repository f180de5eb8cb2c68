"""Answer generators: `extractive` (default, no model), `openai` (any compatible server), `llamacpp` (GGUF)."""

from __future__ import annotations

from assistant.config import Settings
from assistant.generators.base import Generator
from assistant.generators.extractive import ExtractiveGenerator


def make_generator(settings: Settings, extractive: ExtractiveGenerator | None = None) -> Generator:
    """The generator `settings.generator` names; models are imported only when chosen. `extractive` is
    what the extractive setting answers with (an LLM's check needs none)."""
    if settings.generator == "openai":
        from assistant.generators.openai import openai_generator

        return openai_generator(settings)
    if settings.generator == "llamacpp":
        from assistant.generators.llamacpp import llamacpp_generator

        return llamacpp_generator(settings)
    if extractive is None:
        raise ValueError("the extractive generator is built by the caller (it needs the sentence ranker)")
    return extractive
