"""MiniLM through ONNX Runtime: the same vectors as sentence-transformers, without importing torch to answer.

Importing sentence-transformers costs ~8 s here (torch and transformers); onnxruntime and tokenizers cost
~0.2 s. The model is exported once from the local sentence-transformers folder (this step does import torch)
into `index/models/`, then every process loads the .onnx file. Pooling is the model's own mean pooling plus
L2 normalisation; a model that pools another way is not exported (`exportable` says so) and the caller falls
back to sentence-transformers. Vectors match sentence-transformers to ~1e-7.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

MAX_TOKENS = 256  # all-MiniLM-L6-v2's max_seq_length


def exportable(model_dir: Path) -> bool:
    """Whether the model is a mean-pooled sentence-transformers model with a fast tokenizer."""
    pooling = model_dir / "1_Pooling" / "config.json"
    if not (model_dir / "tokenizer.json").is_file() or not pooling.is_file():
        return False
    modes = json.loads(pooling.read_text())
    return bool(modes.get("pooling_mode_mean_tokens")) and not any(
        v for k, v in modes.items() if k.startswith("pooling_mode_") and k != "pooling_mode_mean_tokens"
    )


def onnx_path(model_dir: Path, cache_dir: Path) -> Path:
    weights = sorted(p for p in model_dir.iterdir() if p.suffix in {".safetensors", ".bin"})
    fingerprint = hashlib.sha256("".join(f"{p.name}:{p.stat().st_size}" for p in weights).encode()).hexdigest()[:12]
    return cache_dir / f"{model_dir.name}-{fingerprint}.onnx"


def export(model_dir: Path, target: Path) -> None:
    """Write the transformer of `model_dir` as ONNX to `target` (atomically: a crash leaves no half file)."""
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()

    class Encoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    dims = {name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]}
    sample = torch.ones(2, 8, dtype=torch.long)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".onnx.tmp")
    os.close(fd)
    try:
        # The tracer's warnings are about shapes fixed at export, which `dynamic_axes` frees; users need none.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Encoder(), (sample, sample, torch.zeros_like(sample)), tmp, input_names=names,
                output_names=["last_hidden_state"], dynamic_axes=dims, opset_version=17, dynamo=False,
            )  # fmt: skip
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


def quantized(model: Path) -> Path:
    """An int8 copy of the ONNX `model` beside it (made once, atomically). Only MatMul weights, per channel:
    on MiniLM this keeps cosine >= 0.99 to the float vectors (quantizing every op gave 0.94-0.96)."""
    target = model.with_name(f"{model.stem}-int8.onnx")
    if target.is_file():
        return target
    from onnxruntime.quantization import QuantType, quantize_dynamic

    fd, tmp = tempfile.mkstemp(dir=model.parent, suffix=".onnx.tmp")
    os.close(fd)
    logging.disable(logging.WARNING)  # it advises a pre-processing step that changes nothing here
    try:
        quantize_dynamic(
            str(model), tmp, weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["MatMul"]
        )
        os.replace(tmp, target)
    finally:
        logging.disable(logging.NOTSET)
        Path(tmp).unlink(missing_ok=True)
    return target


class OnnxEmbeddings(Embeddings):
    """Mean-pooled, normalised sentence embeddings from an ONNX export of a sentence-transformers model."""

    def __init__(self, model_dir: Path, cache_dir: Path, batch_size: int = 64, int8: bool = False) -> None:
        from tokenizers import Tokenizer

        path = onnx_path(model_dir, cache_dir)
        if not path.is_file():
            export(model_dir, path)
        self._start(quantized(path) if int8 else path)
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        # int8 quantizes activations with one scale per call, so a text's vector would depend on the texts
        # embedded with it (cosine 0.992 to itself alone), and an answer on what was asked before. One text
        # per call makes the vector a function of the text; on 2 cores it is no slower than batches of 64.
        self.batch_size = 1 if int8 else batch_size

    def _start(self, model: Path) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    def _run(self, inputs: dict[str, np.ndarray]) -> np.ndarray:
        """The transformer's last hidden state for one padded batch."""
        return np.asarray(self.session.run(None, inputs)[0])

    def _embed(self, texts: list[str]) -> np.ndarray:
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        types = np.array([e.type_ids for e in encoded], dtype=np.int64)
        hidden = self._run({"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
        pooled = (hidden * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        # Batches of similar length: a batch is padded to its longest text, so mixing lengths wastes work
        # (1.7x faster on passages of 30-360 characters; the vectors are the same).
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: list[list[float]] = [[] for _ in texts]
        for i in range(0, len(order), self.batch_size):
            batch = order[i : i + self.batch_size]
            for j, vector in zip(batch, self._embed([texts[j] for j in batch]).tolist(), strict=True):
                out[j] = vector
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0].tolist()
