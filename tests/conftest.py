"""Shared fixtures: the real article, the real MiniLM, and temp dirs for every index.

An autouse fixture points `ASSISTANT_INDEX_DIR` (and the working directory) at a temp dir, so no test touches
the repo's own `index/` or picks up an `assistant.toml`. The model is loaded once per session.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.embeddings import load_embeddings, packaged_minilm_path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTICLE = CORPUS / "wp-moscow-kiev-settlement-positions.txt"
DOC_ID = "wp-moscow-kiev-settlement-positions"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in list(__import__("os").environ):
        if name.startswith("ASSISTANT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(CORPUS))
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture(scope="session")
def embeddings() -> Embeddings:
    return load_embeddings(str(packaged_minilm_path()))


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the corpus, for tests that add, change or break documents."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(index_dir=tmp_path / "index", corpus_dir=CORPUS)
