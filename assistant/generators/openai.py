"""Answers from any OpenAI-compatible server (OpenAI, vLLM, Ollama, LM Studio, llama.cpp's server).

Built on `langchain-openai`'s `ChatOpenAI`; `ASSISTANT_OPENAI_BASE_URL`, `_MODEL` and `_API_KEY` say where
and what. Its output is validated like any generator's.
"""

from __future__ import annotations

from assistant.config import Settings
from assistant.generators.base import ChatModelGenerator

MAX_TOKENS = 160


def openai_generator(settings: Settings) -> ChatModelGenerator:
    from langchain_openai import ChatOpenAI

    model = ChatOpenAI(
        base_url=settings.openai_base_url,
        model=settings.openai_model,
        api_key=settings.openai_api_key or "not-needed",  # type: ignore[arg-type]
        temperature=0,
        max_completion_tokens=MAX_TOKENS,
        # Many compatible servers (llama.cpp's among them) read only the older `max_tokens`.
        extra_body={"max_tokens": MAX_TOKENS},
        timeout=settings.generator_timeout_s,
        max_retries=0,  # a failure is answered at once (503, or the extractive fallback), not after a retry
    )
    return ChatModelGenerator(model, "openai", f"ASSISTANT_OPENAI_BASE_URL={settings.openai_base_url}")
