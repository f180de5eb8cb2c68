"""Store contract against a real Chroma server (`chroma run`, started here on loopback)."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from langchain_core.embeddings import Embeddings

from assistant import check
from assistant.api import make_app
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.indexing import refresh
from assistant.manifest import read_manifest
from assistant.service import Assistant
from assistant.store import open_store
from tests.conftest import CORPUS, DOC_ID, assert_valid_citations, free_port


@contextlib.contextmanager
def chroma_run(data: Path) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    """A real `chroma run` on a free loopback port, storing in `data`, until the block ends."""
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, "chroma run exited"
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "chroma run did not start"
                time.sleep(0.3)
        yield port, proc
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    with chroma_run(tmp_path_factory.mktemp("chroma-data")) as (port, _):
        yield port


def test_index_refresh_and_answer_on_a_server(chroma_server: int, tmp_path: Path, embeddings: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(
        index_dir=tmp_path / "index", corpus_dir=corpus, chroma_host="127.0.0.1", chroma_port=chroma_server
    )
    first = refresh(settings, lambda: embeddings, progress=False)
    assert first.rebuilt and first.manifest.passage_count >= 25
    (corpus / "extra.txt").write_text("Extra\nKherson was mentioned again here. And once more.\n")
    second = refresh(settings, lambda: embeddings, progress=False)
    assert second.added == ["extra"] and second.unchanged == [DOC_ID]
    (corpus / "extra.txt").unlink()
    third = refresh(settings, lambda: embeddings, progress=False)
    assert third.removed == ["extra"]
    live = read_manifest(settings.index_dir)
    assert live is not None
    builds = open_store(settings).builds()
    assert live.build in builds and first.manifest.build not in builds  # two generations back is dropped
    answer = Assistant(settings, embeddings, live).ask("What does Russia say about Ukraine joining NATO?")
    assert "out of the question" in answer.answer
    assert_valid_citations(answer)
    # `assistant check` finds the server and the index on it; with the server gone, both lines say so
    assert [f.ok for f in check.chroma(settings)] == [True] and [f.ok for f in check.index(settings)] == [True]
    gone = settings.model_copy(update={"chroma_port": free_port()})
    assert [f.ok for f in check.chroma(gone)] == [False] and "chroma run" in check.chroma(gone)[0].fix
    assert not check.index(gone)[0].ok


def test_a_server_that_is_down_is_a_clear_error(tmp_path: Path, embeddings: Embeddings) -> None:
    settings = Settings(
        index_dir=tmp_path / "index", corpus_dir=CORPUS, chroma_host="127.0.0.1", chroma_port=free_port()
    )
    with pytest.raises(AssistantError, match="chroma run") as info:
        refresh(settings, lambda: embeddings, progress=False)
    assert info.value.status == 503


def test_a_server_that_goes_away_while_serving_is_a_503(tmp_path: Path, embeddings: Embeddings) -> None:
    with chroma_run(tmp_path / "chroma-data") as (port, proc):
        settings = Settings(index_dir=tmp_path / "index", corpus_dir=CORPUS, chroma_host="127.0.0.1", chroma_port=port)
        bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
        with TestClient(make_app(settings, bot)) as client:
            assert client.post("/v1/ask", json={"question": "What does Kyiv want?"}).status_code == 200
            proc.kill()
            proc.wait(timeout=20)
            for route in ("/v1/ask", "/v1/ask/stream"):
                response = client.post(route, json={"question": "What does Moscow want?"})
                assert response.status_code == 503, response.text
                assert response.json()["error"]["code"] == "store_unavailable"
                assert "ASSISTANT_CHROMA_HOST" in response.json()["error"]["message"]
