"""The ONNX backend gives the vectors sentence-transformers gives, and falls back for other poolings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.embeddings import embeddings_for, load_embeddings, packaged_minilm_path, passage_embeddings_for
from assistant.onnx_embeddings import OnnxEmbeddings, exportable
from assistant.openvino_embeddings import OpenVinoEmbeddings

TEXTS = ["What does Russia demand?", "Kiev firmly declares that it considers the territories exclusively Ukrainian."]


def test_onnx_matches_sentence_transformers(float_embeddings: Embeddings) -> None:
    embeddings = float_embeddings  # the int8 default is held to these (test_int8_weights_stay_close…)
    torch_backed = load_embeddings(str(packaged_minilm_path()))
    a = np.array(embeddings.embed_documents(TEXTS))
    b = np.array(torch_backed.embed_documents(TEXTS))
    assert a.shape == (2, 384)
    assert np.abs(a - b).max() < 1e-4
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.abs(np.array(embeddings.embed_query(TEXTS[0])) - b[0]).max() < 1e-4


def test_backend_follows_settings(tmp_path: Path) -> None:
    onnx = embeddings_for(Settings(index_dir=tmp_path / "index", models_dir=None))
    assert isinstance(getattr(onnx, "inner", None), OnnxEmbeddings)
    assert list((tmp_path / "index" / "models").glob("*.onnx"))  # exported once, reused by later processes
    shared = Settings(index_dir=tmp_path / "other", models_dir=tmp_path / "index" / "models")
    assert isinstance(getattr(embeddings_for(shared), "inner", None), OnnxEmbeddings)
    assert not (tmp_path / "other").exists()  # another index reuses the export in the shared folder


def test_other_poolings_are_not_exported(tmp_path: Path) -> None:
    model = tmp_path / "cls-model"
    shutil.copytree(packaged_minilm_path(), model)
    (model / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_cls_token": True}))
    assert exportable(packaged_minilm_path()) and not exportable(model)


def test_int8_weights_stay_close_and_rebuild_the_index(
    tmp_path: Path, onnx_models: Path, float_embeddings: Embeddings
) -> None:
    from assistant.indexing import refresh
    from tests.conftest import ARTICLE

    texts = [*TEXTS, *(line for line in ARTICLE.read_text().splitlines() if len(line) > 80)]
    models = tmp_path / "index" / "models"
    shutil.copytree(onnx_models, models, ignore=shutil.ignore_patterns("*-int8.onnx"))  # int8 is made from it
    settings = Settings(
        index_dir=tmp_path / "index", models_dir=None, corpus_dir=ARTICLE.parent, embedding_backend="onnx-int8"
    )
    int8 = embeddings_for(settings)
    assert any(p.name.endswith("-int8.onnx") for p in models.iterdir())
    a, b = np.array(float_embeddings.embed_documents(texts)), np.array(int8.embed_documents(texts))
    assert (a * b).sum(axis=1).min() >= 0.98  # cosine to the float vectors
    # Order-preserving despite length-sorted batches: each text keeps its own vector.
    assert np.abs(np.array(int8.embed_documents(texts[::-1]))[::-1] - b).max() < 1e-5
    float_index = refresh(
        settings.model_copy(update={"embedding_backend": "onnx"}), lambda: float_embeddings, progress=False
    )
    switched = refresh(settings, lambda: int8, progress=False)  # other vectors: the index is rebuilt
    assert switched.rebuilt and switched.manifest.embedding_model.endswith("#int8")
    assert switched.manifest.build != float_index.manifest.build


def test_an_int8_vector_depends_on_its_text_alone(embeddings: Embeddings) -> None:
    # int8 scales activations per call: batched, a text's vector would change with the texts beside it,
    # and an answer with the questions asked before it.
    alone = embeddings.embed_documents([TEXTS[1]])[0]
    beside = embeddings.embed_documents([TEXTS[1], "Short.", "A much longer sentence about the war. " * 12])[0]
    assert alone == beside


def test_passages_are_embedded_on_openvino_close_to_float(
    tmp_path: Path, onnx_models: Path, float_embeddings: Embeddings
) -> None:
    from tests.conftest import ARTICLE

    models = tmp_path / "index" / "models"
    shutil.copytree(onnx_models, models, ignore=shutil.ignore_patterns("*-int8.onnx"))
    settings = Settings(index_dir=tmp_path / "index", models_dir=None)
    passages = passage_embeddings_for(settings)
    assert isinstance(getattr(passages, "inner", None), OpenVinoEmbeddings)
    assert list((models / "openvino").iterdir())  # compiled once, cached for later builds
    assert list(models.glob("*-int8.onnx"))  # the questions' model is made with the index, not by the first one
    texts = [line for line in ARTICLE.read_text().splitlines() if len(line) > 80]
    a, b = np.array(passages.embed_documents(texts)), np.array(float_embeddings.embed_documents(texts))
    assert (a * b).sum(axis=1).min() >= 0.9995  # bf16 on AMX CPUs, float32 elsewhere
    # Batches are length-sorted and padded, yet each text keeps its own vector, in order.
    assert np.abs(np.array(passages.embed_documents(texts[::-1]))[::-1] - a).max() < 1e-6
    assert float(np.array(passages.embed_documents([texts[0]])[0]) @ a[0]) >= 0.9999
    # Questions keep the query backend; `same` embeds passages with it too.
    assert isinstance(getattr(embeddings_for(settings), "inner", None), OnnxEmbeddings)
    same = passage_embeddings_for(settings.model_copy(update={"passage_backend": "same"}))
    assert type(getattr(same, "inner", None)) is OnnxEmbeddings
