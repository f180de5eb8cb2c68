"""Index build and refresh with the real MiniLM and a real embedded Chroma store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings
from typer.testing import CliRunner

from assistant.cli import app
from assistant.config import Settings
from assistant.embeddings import packaged_minilm_path
from assistant.indexing import refresh
from assistant.manifest import read_manifest
from assistant.store import open_store
from tests.conftest import DOC_ID


def no_model() -> Embeddings:
    raise AssertionError("a no-op refresh must not load the embedding model")


class FailingEmbeddings(Embeddings):
    """Embeds the first batch, then dies: a crash in the middle of a build."""

    def __init__(self, real: Embeddings) -> None:
        self.real, self.calls = real, 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        if self.calls > 1:
            raise RuntimeError("killed mid-build")
        return self.real.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.real.embed_query(text)


def passages_in_store(settings: Settings) -> dict[str, int]:
    manifest = read_manifest(settings.index_dir)
    assert manifest is not None
    counts: dict[str, int] = {}
    for p in open_store(settings).all_passages(open_store(settings).collection(manifest.build)):
        counts[p.doc_id] = counts.get(p.doc_id, 0) + 1
    return counts


def test_build_then_noop(settings: Settings, embeddings: Embeddings) -> None:
    first = refresh(settings, lambda: embeddings, progress=False)
    assert first.rebuilt and first.added == [DOC_ID]
    m = first.manifest
    assert m.documents[DOC_ID].passages == m.passage_count >= 25
    assert passages_in_store(settings) == {DOC_ID: m.passage_count}
    second = refresh(settings, no_model, progress=False)
    assert second.noop and second.unchanged == [DOC_ID]
    assert second.manifest.build == m.build
    assert "up to date" in second.summary()


def test_incremental_add_change_delete(tmp_path: Path, corpus_copy: Path, embeddings: Embeddings) -> None:
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus_copy)
    refresh(settings, lambda: embeddings, progress=False)
    (corpus_copy / "extra.txt").write_text("Extra\nThe first sentence of extra. A second one.\n")
    added = refresh(settings, lambda: embeddings, progress=False)
    assert (added.added, added.unchanged, added.rebuilt) == (["extra"], [DOC_ID], False)
    assert passages_in_store(settings)["extra"] == 2

    (corpus_copy / "extra.txt").write_text("Extra\nNow it says something else entirely.\n")
    changed = refresh(settings, lambda: embeddings, progress=False)
    assert changed.changed == ["extra"]
    counts = passages_in_store(settings)
    assert counts["extra"] == 2 and counts[DOC_ID] == changed.manifest.documents[DOC_ID].passages

    (corpus_copy / "extra.txt").unlink()
    removed = refresh(settings, lambda: embeddings, progress=False)
    assert removed.removed == ["extra"]
    assert set(passages_in_store(settings)) == {DOC_ID}
    assert len(open_store(settings).builds()) <= 2  # old builds are cleaned up


def test_model_change_rebuilds(tmp_path: Path, settings: Settings, embeddings: Embeddings) -> None:
    refresh(settings, lambda: embeddings, progress=False)
    other_model = tmp_path / "minilm-copy"
    shutil.copytree(packaged_minilm_path(), other_model)
    moved = settings.model_copy(update={"embedding_model": str(other_model)})
    report = refresh(moved, lambda: embeddings, progress=False)
    assert report.rebuilt
    assert read_manifest(moved.index_dir).embedding_model == moved.embedding_signature()  # type: ignore[union-attr]


def test_chunker_setting_change_rebuilds(settings: Settings, embeddings: Embeddings) -> None:
    refresh(settings, lambda: embeddings, progress=False)
    smaller = settings.model_copy(update={"passage_max_sentences": 1})
    report = refresh(smaller, lambda: embeddings, progress=False)
    assert report.rebuilt and report.manifest.passage_count > 30


def test_crash_mid_build_keeps_the_last_good_index(tmp_path: Path, corpus_copy: Path, embeddings: Embeddings) -> None:
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus_copy, embedding_batch_size=1)
    good = refresh(settings, lambda: embeddings, progress=False).manifest
    (corpus_copy / "more.txt").write_text("More\n" + " ".join(f"Sentence {i} is here." for i in range(200)) + "\n")
    with pytest.raises(RuntimeError, match="killed"):
        refresh(settings, lambda: FailingEmbeddings(embeddings), progress=False)
    assert read_manifest(settings.index_dir) == good
    assert open_store(settings).builds() == [good.build]
    assert passages_in_store(settings) == {DOC_ID: good.passage_count}
    assert refresh(settings, lambda: embeddings, progress=False).added == ["more"]


def test_corrupt_manifest_triggers_rebuild(settings: Settings, embeddings: Embeddings) -> None:
    refresh(settings, lambda: embeddings, progress=False)
    (settings.index_dir / "manifest.json").write_text("{not json")
    assert refresh(settings, lambda: embeddings, progress=False).rebuilt


def test_cli_index_reports_and_exits(tmp_path: Path, corpus_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(corpus_copy))
    (corpus_copy / "broken.txt").write_bytes(b"\xff\xfe\x00\x00")
    result = CliRunner().invoke(app, ["index"])
    assert result.exit_code == 0, result.output
    assert "skipped broken.txt: binary" in result.output
    assert "1 documents" in result.output and "passages" in result.output

    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(tmp_path / "missing"))
    result = CliRunner().invoke(app, ["index"])
    assert result.exit_code == 2 and "ASSISTANT_CORPUS_DIR" in result.output

    only_bad = tmp_path / "bad"
    only_bad.mkdir()
    (only_bad / "empty.txt").write_text("")
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(only_bad))
    result = CliRunner().invoke(app, ["index"])
    assert result.exit_code == 2 and "nothing to index" in result.output
