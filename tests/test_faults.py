"""Faults: a kill -9 in the middle of `assistant index`, and re-indexing while a server answers."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from langchain_core.embeddings import Embeddings

from assistant.api import make_app
from assistant.config import Settings
from assistant.indexing import refresh
from assistant.service import Assistant
from assistant.store import ChromaStore, read_manifest
from tests.conftest import CORPUS, DOC_ID, ServerThread


def _many_documents(corpus: Path, count: int) -> None:
    sentences = [ln for ln in (CORPUS / f"{DOC_ID}.txt").read_text().splitlines() if len(ln) > 80]
    for i in range(count):
        body = "\n".join(sentences[(i + j) % len(sentences)] for j in range(6))
        (corpus / f"extra-{i:03d}.txt").write_text(f"Extra {i}\n{body}\n")


def test_kill_9_during_indexing_keeps_the_last_complete_index(tmp_path: Path, embeddings: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus, embedding_batch_size=8)
    good = refresh(settings, lambda: embeddings, progress=False).manifest
    _many_documents(corpus, 60)
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_CORPUS_DIR": str(corpus)}
    env["ASSISTANT_EMBEDDING_BATCH_SIZE"] = "8"
    indexer = subprocess.Popen(
        [str(Path(sys.executable).parent / "assistant"), "index"], env=env, stderr=subprocess.PIPE, text=True
    )
    # Kill as soon as the embedding progress bar has moved: the new build is half written.
    assert indexer.stderr is not None
    seen = ""
    while "Embedding:" not in seen or "/" not in seen.split("Embedding:")[-1]:
        chunk = indexer.stderr.read(64)
        assert chunk, f"indexer ended before embedding: {seen[-500:]}"
        seen += chunk
    indexer.send_signal(signal.SIGKILL)
    indexer.wait(timeout=30)
    assert read_manifest(settings) == good  # the live index is the last complete one
    bot = Assistant(settings, embeddings, good)
    assert "out of the question" in bot.ask("What does Russia say about Ukraine joining NATO?").answer
    report = refresh(settings, lambda: embeddings, progress=False)  # the next run completes
    assert len(report.added) == 60 and report.manifest.passage_count > good.passage_count
    assert len(ChromaStore(settings).builds()) <= 2  # the half-written build was cleaned up


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
