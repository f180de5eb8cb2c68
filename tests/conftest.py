"""Shared fixtures: the real article, the real MiniLM, and temp dirs for every index.

An autouse fixture points `ASSISTANT_INDEX_DIR` (and the working directory) at a temp dir, so no test touches
the repo's own `index/` or picks up an `assistant.toml`. The model is loaded once per session.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.corpus_config import CorpusConfig
from assistant.embeddings import load_embeddings, packaged_minilm_path
from assistant.indexing import refresh
from assistant.models import Answer
from assistant.service import Assistant

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTICLE = CORPUS / "wp-moscow-kiev-settlement-positions.txt"
DOC_ID = "wp-moscow-kiev-settlement-positions"
ARTICLE_CONFIG = CorpusConfig.load(CORPUS)  # the article's parties and spelling variants, from its positions.yaml


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, onnx_models: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in list(__import__("os").environ):
        if name.startswith("ASSISTANT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "index"))
    # Every index and subprocess shares one export of MiniLM (230 MB, ~10 s to make) instead of its own.
    monkeypatch.setenv("ASSISTANT_MODELS_DIR", str(onnx_models))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(CORPUS))
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture(scope="session")
def onnx_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the session's ONNX and OpenVINO exports of MiniLM live (`ASSISTANT_MODELS_DIR` of every test)."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def embeddings(onnx_models: Path) -> Embeddings:
    """The default backend: MiniLM exported to ONNX with int8 weights (once per session)."""
    return load_embeddings(str(packaged_minilm_path()), onnx_dir=onnx_models, int8=True)


@pytest.fixture(scope="session")
def float_embeddings(onnx_models: Path) -> Embeddings:
    """MiniLM exported to ONNX in float32, the reference the int8 weights are held to."""
    return load_embeddings(str(packaged_minilm_path()), onnx_dir=onnx_models)


@pytest.fixture(scope="session")
def passage_embeddings(onnx_models: Path) -> Embeddings:
    """What the product embeds passages with when it builds an index: the float export on OpenVINO."""
    return load_embeddings(str(packaged_minilm_path()), onnx_dir=onnx_models, openvino=True)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the corpus, for tests that add, change or break documents."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(index_dir=tmp_path / "index", corpus_dir=CORPUS)


@pytest.fixture(scope="session")
def bot(tmp_path_factory: pytest.TempPathFactory, embeddings: Embeddings, passage_embeddings: Embeddings) -> Assistant:
    """One assistant over the real article, indexed once per session in a temp dir, as `Assistant.load` does."""
    from assistant.indexing import refresh
    from assistant.service import Assistant

    settings = Settings(index_dir=tmp_path_factory.mktemp("bot") / "index", corpus_dir=CORPUS)
    manifest = refresh(settings, lambda: passage_embeddings, progress=False).manifest
    return Assistant(settings, embeddings, manifest)


# Every corpus the gold gates run on: the article and each development corpus.
CORPORA = {"article": CORPUS} | {folder.name: folder for folder in sorted((ROOT / "tests" / "corpora").iterdir())}


@pytest.fixture(scope="session")
def corpus_bots(
    tmp_path_factory: pytest.TempPathFactory, embeddings: Embeddings, passage_embeddings: Embeddings
) -> dict[str, Assistant]:
    """An assistant over each of `CORPORA`, indexed once per session in a temp dir."""
    from assistant.indexing import refresh

    out = {}
    for name, corpus in CORPORA.items():
        settings = Settings(index_dir=tmp_path_factory.mktemp(name) / "index", corpus_dir=corpus)
        out[name] = Assistant(
            settings, embeddings, refresh(settings, lambda: passage_embeddings, progress=False).manifest
        )
    return out


def folder_bot(tmp_path: Path, embeddings: Embeddings, files: dict[str, str]) -> Assistant:
    """An assistant over a corpus folder holding `files` (name: text; a `positions.yaml` among them), indexed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    return Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)


def document_text(doc_id: str = DOC_ID, corpus: Path = CORPUS) -> str:
    return (corpus / f"{doc_id}.txt").read_text(encoding="utf-8")


def assert_valid_citations(answer: Answer, corpus: Path = CORPUS) -> None:
    """Markers and citations agree one to one, numbered 1..n, and every offset slices back to its text."""
    import re

    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert markers == set(numbers), (markers, numbers)
    for c in answer.citations:
        assert document_text(c.doc_id, corpus)[c.start : c.end] == c.text


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerThread:
    """A real uvicorn server for an app, on a free loopback port, in a background thread."""

    def __init__(self, app: Any) -> None:
        import threading

        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ServerThread:
        import time

        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
