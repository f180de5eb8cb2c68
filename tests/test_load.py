"""Load on a real multi-process server: `assistant serve --workers 2`, 50 clients, /v1/ask and its stream.

Sized for CI (10,000 requests: 50 concurrent clients × 200 requests, alternating the two routes): zero
errors is asserted; latency is reported, never asserted (shared machines make timings flaky).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.indexing import refresh
from tests.conftest import CORPUS, ROOT, free_port

CLIENTS, REQUESTS_PER_CLIENT = 50, 200


def _questions() -> list[str]:
    items = yaml.safe_load((ROOT / "tests/gold/questions.yaml").read_text())["items"]
    return [item["turns"][-1] for item in items]


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


@pytest.fixture
def served(tmp_path: Path, onnx_models: Path, embeddings: Embeddings) -> Iterator[tuple[str, Settings]]:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    refresh(settings, lambda: embeddings, progress=False)
    shutil.copytree(onnx_models, settings.index_dir / "models", dirs_exist_ok=True)  # no export in the workers
    port = free_port()
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_CORPUS_DIR": str(corpus)}
    command = [str(Path(sys.executable).parent / "assistant"), "serve", "--workers", "2", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, f"server exited: {server.stderr.read() if server.stderr else ''}"
            assert time.monotonic() < deadline, "server did not start"
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200 and len(_children(server.pid)) >= 2:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        yield url, settings
    finally:
        server.terminate()
        server.wait(timeout=30)


async def _client(url: str, questions: list[str], offset: int, latencies: list[float], errors: list[str]) -> None:
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        for i in range(REQUESTS_PER_CLIENT):
            body = {"question": questions[(offset + i) % len(questions)]}
            start = time.perf_counter()
            try:
                if i % 2 == 0:
                    response = await client.post("/v1/ask", json=body)
                    ok = response.status_code == 200 and isinstance(response.json().get("refused"), bool)
                else:
                    response = await client.post("/v1/ask/stream", json=body)
                    ok = response.status_code == 200 and "event: answer" in response.text
                    ok = ok and response.text.rstrip().endswith("data: {}")
                if not ok:
                    errors.append(f"{response.status_code}: {response.text[:200]}")
            except httpx.HTTPError as exc:
                errors.append(repr(exc))
            latencies.append(time.perf_counter() - start)


def test_fifty_clients_on_two_workers_get_no_error(served: tuple[str, Settings], embeddings: Embeddings) -> None:
    url, settings = served
    questions, latencies, errors = _questions(), [], []

    async def run() -> None:
        await asyncio.gather(*(_client(url, questions, 7 * c, latencies, errors) for c in range(CLIENTS)))

    start = time.perf_counter()
    asyncio.run(run())
    elapsed = time.perf_counter() - start
    assert not errors, errors[:5]
    assert len(latencies) == CLIENTS * REQUESTS_PER_CLIENT
    ordered = sorted(latencies)
    report = {
        "requests": len(ordered),
        "seconds": round(elapsed, 1),
        "per_second": round(len(ordered) / elapsed, 1),
        "p50_ms": round(ordered[len(ordered) // 2] * 1000, 1),
        "p95_ms": round(ordered[int(len(ordered) * 0.95)] * 1000, 1),
    }
    print(f"\nload: {json.dumps(report)}")
    # Every worker follows the index: a document added and indexed now is answered by all of them.
    (settings.corpus_dir / "memo.txt").write_text(
        "Memo\nThe Svalbard summit on fisheries quotas ended without a deal.\n"
    )
    refresh(settings, lambda: embeddings, progress=False)
    for _ in range(8):
        answer = httpx.post(f"{url}/v1/ask", json={"question": "How did the Svalbard summit end?"}, timeout=30).json()
        assert {c["doc_id"] for c in answer["citations"]} == {"memo"}, answer
