"""Answer generators: `extractive` (default, no model), `openai` (any compatible server), `llamacpp` (GGUF)."""

from __future__ import annotations

from assistant.config import Settings
from assistant.generators.base import Generator
from assistant.generators.extractive import ExtractiveGenerator


def make_generator(settings: Settings, extractive: ExtractiveGenerator) -> Generator:
    """The generator `settings.generator` names; models are imported only when chosen."""
    if settings.generator == "openai":
        from assistant.generators.openai import openai_generator

        return openai_generator(settings)
    if settings.generator == "llamacpp":
        from assistant.generators.llamacpp import llamacpp_generator

        return llamacpp_generator(settings)
    return extractive
