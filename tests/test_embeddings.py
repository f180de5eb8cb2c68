"""The ONNX backend gives the vectors sentence-transformers gives, and falls back for other poolings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.embeddings import embeddings_for, load_embeddings, packaged_minilm_path
from assistant.onnx_embeddings import OnnxEmbeddings, exportable

TEXTS = ["What does Russia demand?", "Kiev firmly declares that it considers the territories exclusively Ukrainian."]


def test_onnx_matches_sentence_transformers(embeddings: Embeddings) -> None:
    torch_backed = load_embeddings(str(packaged_minilm_path()))
    a = np.array(embeddings.embed_documents(TEXTS))
    b = np.array(torch_backed.embed_documents(TEXTS))
    assert a.shape == (2, 384)
    assert np.abs(a - b).max() < 1e-4
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.abs(np.array(embeddings.embed_query(TEXTS[0])) - b[0]).max() < 1e-4


def test_backend_follows_settings(tmp_path: Path) -> None:
    onnx = embeddings_for(Settings(index_dir=tmp_path / "index"))
    assert isinstance(getattr(onnx, "inner", None), OnnxEmbeddings)
    assert list((tmp_path / "index" / "models").glob("*.onnx"))  # exported once, reused by later processes


def test_other_poolings_are_not_exported(tmp_path: Path) -> None:
    model = tmp_path / "cls-model"
    shutil.copytree(packaged_minilm_path(), model)
    (model / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_cls_token": True}))
    assert exportable(packaged_minilm_path()) and not exportable(model)
