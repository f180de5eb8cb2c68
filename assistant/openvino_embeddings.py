"""MiniLM on OpenVINO, for embedding passages in bulk when the index is built.

It runs the same float ONNX export as `OnnxEmbeddings` (same tokenizer, same mean pooling), compiled by
OpenVINO for this CPU. On a CPU with AMX or AVX-512 BF16, OpenVINO computes in bfloat16: vectors stay at
cosine >= 0.9999 to float32, and length-sorted batches embed 1.4x (passages of ~50 tokens) to 3.5x (~130
tokens) as many tokens per second as ONNX Runtime int8 one text at a time, and ~2x torch. Elsewhere it
computes in float32.

It is not used for questions: a batch of one gains little, compiling costs ~0.3 s at start, and each new
input length costs ~10-25 ms the first time. Compiled models are cached beside the export (`openvino/`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.onnx_embeddings import OnnxEmbeddings


class OpenVinoEmbeddings(OnnxEmbeddings):
    """`OnnxEmbeddings` with OpenVINO as the runtime, in float (no int8: its per-call scales would make a
    vector depend on its batch)."""

    def __init__(self, model_dir: Path, cache_dir: Path, batch_size: int = 64) -> None:
        self.cache_dir = cache_dir / "openvino"
        super().__init__(model_dir, cache_dir, batch_size)

    def _start(self, model: Path) -> None:
        import openvino

        core = openvino.Core()
        core.set_property({"CACHE_DIR": str(self.cache_dir)})
        compiled = core.compile_model(str(model), "CPU", {"PERFORMANCE_HINT": "LATENCY"})
        self.precision = compiled.get_property("INFERENCE_PRECISION_HINT").to_string()  # "bf16" or "f32"
        self.request = compiled.create_infer_request()

    def _run(self, inputs: dict[str, np.ndarray]) -> np.ndarray:
        # A copy: the request reuses its output buffer on the next call.
        return np.array(self.request.infer(inputs)[0])
