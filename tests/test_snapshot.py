"""The snapshot an embedded build reads from: the same passages and neighbours as its Chroma collection."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.indexing import refresh
from assistant.service import Assistant
from assistant.snapshot import VectorSnapshot
from assistant.store import ChromaNeighbours, open_store
from tests.conftest import CORPUS

QUESTIONS = ["What does Russia demand?", "Which town is Russia targeting?", "What minerals does Trump want?"]


def test_the_snapshot_holds_the_collection_and_finds_the_same_neighbours(
    settings: Settings, embeddings: Embeddings
) -> None:
    manifest = refresh(settings, lambda: embeddings, progress=False).manifest
    store = open_store(settings)
    snapshot = store.open_local(manifest.build)
    collection = store.collection(manifest.build)
    assert snapshot.passages == store.all_passages(collection)
    assert snapshot.vectors.shape == (manifest.passage_count, 384)
    assert np.allclose(np.linalg.norm(snapshot.vectors, axis=1), 1.0, atol=1e-4)
    chroma = ChromaNeighbours(collection)
    for question in QUESTIONS:
        vector = embeddings.embed_query(question)
        ours, theirs = snapshot.nearest(vector, 5), chroma.nearest(vector, 5)
        assert [pid for pid, _ in ours] == [pid for pid, _ in theirs]
        assert np.allclose([s for _, s in ours], [s for _, s in theirs], atol=1e-4)
    everything = snapshot.nearest(embeddings.embed_query(QUESTIONS[0]), 10_000)
    assert len(everything) == manifest.passage_count  # k above the size is all of them, best first
    assert [s for _, s in everything] == sorted((s for _, s in everything), reverse=True)


def test_a_damaged_snapshot_is_found_and_rebuilt(
    settings: Settings, embeddings: Embeddings, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = refresh(settings, lambda: embeddings, progress=False).manifest
    store = open_store(settings)
    folder = store.build_dir(manifest.build) / "snapshot"
    (folder / "passages.json").write_text(json.dumps([{"id": "x"}]))
    assert store.problem(manifest) is None  # the quick check reads the vectors' header only...
    with pytest.raises(AssistantError) as caught:  # ...reading the passages says what to do...
        store.open_local(manifest.build)
    assert caught.value.code == "index_unreadable" and "assistant index" in caught.value.message
    assert "passages.json" in (store.problem(manifest, thorough=True) or "")  # ...as `assistant index` does
    bot = Assistant.load(settings, progress=False)  # and so does an assistant that cannot open it: it rebuilds
    assert "rebuilding" in capsys.readouterr().err and bot.manifest.build != manifest.build
    assert "out of the question" in bot.ask("What does Russia say about Ukraine joining NATO?").answer
    rebuilt = bot.manifest
    (store.build_dir(rebuilt.build) / "snapshot" / "vectors.npy").write_bytes(b"junk")
    assert "vectors.npy" in (store.problem(rebuilt) or "")
    shutil.rmtree(store.build_dir(rebuilt.build) / "snapshot")
    assert "no snapshot" in (store.problem(rebuilt) or "")
    assert refresh(settings, lambda: embeddings, progress=False).rebuilt


def test_answering_from_an_embedded_index_never_imports_chromadb(tmp_path: Path, embeddings: Embeddings) -> None:
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=CORPUS)
    refresh(settings, lambda: embeddings, progress=False)
    script = (
        "import sys; from assistant import Assistant, Settings; "
        "a = Assistant.load(Settings(), progress=False).ask('What does Russia demand?'); "
        "assert not a.refused, a; print(sorted(m for m in sys.modules if m.split('.')[0] == 'chromadb'))"
    )
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_CORPUS_DIR": str(CORPUS)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"  # ~0.7 s of every cold start, and a paged read of every passage


def test_a_snapshot_must_match_its_passages() -> None:
    with pytest.raises(ValueError, match="2 passages"):
        VectorSnapshot([_passage("a"), _passage("b")], np.zeros((3, 4)))


def _passage(text: str) -> object:
    from assistant.models import Passage

    return Passage(id=text, doc_id="d", title="t", section="s", party=None, start=0, end=len(text), text=text)


def test_a_large_build_is_searched_by_chroma_with_the_same_answers(
    settings: Settings, embeddings: Embeddings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant import store_local
    from assistant.snapshot import VectorSnapshot as Snapshot

    manifest = refresh(settings, lambda: embeddings, progress=False).manifest
    exact = Assistant(settings, embeddings, manifest)
    monkeypatch.setattr(store_local, "EXACT_SEARCH_LIMIT", 10)  # the article's 34 passages count as "large"
    indexed = Assistant(settings, embeddings, manifest)
    assert isinstance(exact.pipeline.retriever.neighbours, Snapshot)
    assert isinstance(indexed.pipeline.retriever.neighbours, ChromaNeighbours)
    assert indexed.pipeline.retriever.passages == exact.pipeline.retriever.passages  # from the snapshot
    for question in QUESTIONS:
        assert indexed.ask(question).answer == exact.ask(question).answer
