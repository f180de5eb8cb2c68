"""Faults: a kill -9 in the middle of `assistant index`, re-indexing while a server answers, an index that is
corrupt, deleted, foreign or built with another model, and an index folder that cannot be one."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from langchain_core.embeddings import Embeddings

from assistant.api import make_app
from assistant.config import Settings
from assistant.indexing import refresh
from assistant.manifest import read_manifest, write_manifest
from assistant.service import Assistant
from assistant.store import open_store
from tests.conftest import CORPUS, DOC_ID, ServerThread


def _many_documents(corpus: Path, count: int) -> None:
    sentences = [ln for ln in (CORPUS / f"{DOC_ID}.txt").read_text().splitlines() if len(ln) > 80]
    for i in range(count):
        body = "\n".join(sentences[(i + j) % len(sentences)] for j in range(6))
        (corpus / f"extra-{i:03d}.txt").write_text(f"Extra {i}\n{body}\n")


def _kill_while_embedding(settings: Settings, corpus: Path) -> None:
    """Run `assistant index` and kill -9 it as soon as its embedding progress bar has moved."""
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_CORPUS_DIR": str(corpus)}
    env["ASSISTANT_EMBEDDING_BATCH_SIZE"] = "8"
    indexer = subprocess.Popen(
        [str(Path(sys.executable).parent / "assistant"), "index"], env=env, stderr=subprocess.PIPE, text=True
    )
    assert indexer.stderr is not None
    seen = ""
    while "Embedding:" not in seen or "/" not in seen.split("Embedding:")[-1]:
        chunk = indexer.stderr.read(64)
        assert chunk, f"indexer ended before embedding: {seen[-500:]}"
        seen += chunk
    indexer.send_signal(signal.SIGKILL)
    indexer.wait(timeout=30)


def test_kill_9_during_indexing_keeps_the_last_complete_index(tmp_path: Path, embeddings: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus, embedding_batch_size=8)
    good = refresh(settings, lambda: embeddings, progress=False).manifest
    _many_documents(corpus, 60)
    _kill_while_embedding(settings, corpus)  # a re-index, half written
    assert read_manifest(settings.index_dir) == good  # the live index is the last complete one
    bot = Assistant(settings, embeddings, good)
    assert "out of the question" in bot.ask("What does Russia say about Ukraine joining NATO?").answer
    report = refresh(settings, lambda: embeddings, progress=False)  # the next run completes
    assert len(report.added) == 60 and report.manifest.passage_count > good.passage_count
    assert len(open_store(settings).builds()) <= 2  # the half-written build was cleaned up


def test_kill_9_during_the_first_build_leaves_no_index_served(tmp_path: Path, embeddings: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    _many_documents(corpus, 60)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus, embedding_batch_size=8)
    _kill_while_embedding(settings, corpus)
    assert read_manifest(settings.index_dir) is None  # nothing half-built is ever live
    report = refresh(settings, lambda: embeddings, progress=False)  # the next run builds it whole
    assert len(report.added) == 61 and open_store(settings).builds() == [report.manifest.build]
    bot = Assistant(settings, embeddings, report.manifest)
    assert "out of the question" in bot.ask("What does Russia say about Ukraine joining NATO?").answer


def test_reindexing_while_serving_fails_no_request(tmp_path: Path, embeddings: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    statuses: list[int] = []
    stop = threading.Event()
    with ServerThread(make_app(settings, bot)) as server:

        def hammer() -> None:
            with httpx.Client(base_url=server.url, timeout=60) as client:
                while not stop.is_set():
                    statuses.append(
                        client.post("/v1/ask", json={"question": "What does Kyiv want on territory?"}).status_code
                    )

        workers = [threading.Thread(target=hammer) for _ in range(3)]
        for w in workers:
            w.start()
        time.sleep(0.5)
        (corpus / "news.txt").write_text("News\nThe Zanzibar accord was signed by all three parties on Tuesday.\n")
        refresh(settings, lambda: embeddings, progress=False)
        time.sleep(0.5)
        stop.set()
        for w in workers:
            w.join(timeout=60)
        picked_up = httpx.post(f"{server.url}/v1/ask", json={"question": "What was signed about Zanzibar?"}).json()
    assert statuses and set(statuses) == {200}, f"{len(statuses)} requests, statuses {set(statuses)}"
    assert any(c["doc_id"] == "news" for c in picked_up["citations"]), picked_up  # no restart needed


def test_a_new_build_is_noticed_with_one_stat(tmp_path: Path, embeddings: Embeddings) -> None:
    # The API answers on its event loop unless the next question would reopen the index (seconds at scale).
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    bot.ask("What does Kyiv want on territory?")
    assert not bot.index_changed()
    (corpus / "news.txt").write_text("News\nThe Zanzibar accord was signed by all three parties on Tuesday.\n")
    refresh(settings, lambda: embeddings, progress=False)
    assert bot.index_changed()
    assert any(c.doc_id == "news" for c in bot.ask("What was signed about Zanzibar?").citations)
    assert not bot.index_changed()


def _cli(*args: str, index: Path, corpus: Path = CORPUS, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "ASSISTANT_INDEX_DIR": str(index), "ASSISTANT_CORPUS_DIR": str(corpus), **env}
    command = [str(Path(sys.executable).parent / "assistant"), *args]
    return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300)


def test_a_corrupt_missing_or_foreign_index_is_rebuilt(tmp_path: Path, embeddings: Embeddings) -> None:
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=CORPUS)
    question = "What does Russia say about Ukraine joining NATO?"

    def damaged(damage: Callable[[Path], None]) -> None:
        manifest = refresh(settings, lambda: embeddings, progress=False).manifest
        damage(open_store(settings).build_dir(manifest.build))
        answered = _cli("ask", question, "--json", index=settings.index_dir)
        assert answered.returncode == 0, answered.stderr[-2000:]
        assert "out of the question" in json.loads(answered.stdout)["answer"]
        assert "rebuilding" in answered.stderr and "Traceback" not in answered.stderr
        live = read_manifest(settings.index_dir)
        assert live is not None and live.build != manifest.build

    damaged(lambda build: (build / "chroma.sqlite3").write_bytes(os.urandom(4096)))  # a corrupt database
    damaged(lambda build: shutil.rmtree(build))  # a build deleted under the manifest
    damaged(lambda build: (build / "snapshot" / "passages.json").write_text("garbled"))  # the export readers use
    # A foreign folder: a manifest that is not ours and a build that is not Chroma's.
    shutil.rmtree(settings.index_dir / "builds")
    (settings.index_dir / "manifest.json").write_text("<html>not a manifest</html>")
    (settings.index_dir / "builds" / "junk").mkdir(parents=True)
    (settings.index_dir / "builds" / "junk" / "chroma.sqlite3").write_text("junk")
    indexed = _cli("index", index=settings.index_dir)
    assert indexed.returncode == 0 and "Index rebuilt" in indexed.stdout, indexed.stderr[-2000:]
    assert "junk" not in open_store(settings).builds()


@pytest.mark.parametrize("where", ["a-file", "missing-parent-on-proc"])
def test_an_unusable_index_folder_is_a_clear_error(tmp_path: Path, where: str) -> None:
    index = tmp_path / "a-file" if where == "a-file" else Path("/proc/no-such-folder/index")
    index.parent.mkdir(exist_ok=True) if where == "a-file" else None
    if where == "a-file":
        index.write_text("not a folder")
    for args in (("index",), ("ask", "What does Kyiv want?")):
        result = _cli(*args, index=index)
        assert result.returncode == 2, result.stderr[-2000:]
        assert "ASSISTANT_INDEX_DIR" in result.stderr and "Traceback" not in result.stderr


def test_an_index_rebuilt_with_another_model_is_a_503(tmp_path: Path, embeddings: Embeddings) -> None:
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=CORPUS)
    manifest = refresh(settings, lambda: embeddings, progress=False).manifest
    bot = Assistant(settings, embeddings, manifest)
    with TestClient(make_app(settings, bot)) as client:
        assert client.post("/v1/ask", json={"question": "What does Kyiv want?"}).status_code == 200
        # Another process re-indexes the same folder with another model: its vectors mean nothing to ours.
        write_manifest(
            settings.index_dir, manifest.model_copy(update={"build": "other", "embedding_model": "/models/other"})
        )
        response = client.post("/v1/ask", json={"question": "What does Kyiv want?"})
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "index_model_mismatch"
    assert "ASSISTANT_EMBEDDING_MODEL" in response.json()["error"]["message"]
