"""Benchmarks: the project beside the naive LangChain peer, measured in the same run, reported as ratios.

    python -m benches.run [--json] [--runs 3] [--requests 320]

1. cold start: a new process answering one question (`assistant ask Q --json` vs `benches.peer_cli Q`);
2. warm answer latency in-process over the gold questions (the peer: its retrieval alone);
3. HTTP `/v1/ask` p50/p95 and throughput with 16 concurrent clients on loopback (bounded request count),
   each server in its own process as deployed (`assistant serve`, `benches.peer_cli --serve`), and the p50
   of one client asking the gold questions one after another;
4. index build of the corpus (median of --runs builds into fresh folders, after one warm-up build each, so
   neither side pays the process's first imports), and a no-op refresh;
5. with --scale N: a generated corpus of N documents (benches/scale.py): ingest rate, query p50, size, RSS,
   and the ingest rate of both sides on its first documents.
Absolute times drift on shared machines; the ratio column is the figure to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "What does Russia demand?"
CLIENTS = 16


def _ms(f: Callable[[], Any]) -> float:
    start = time.perf_counter()
    f()
    return (time.perf_counter() - start) * 1000


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1)))], 2)


def cold_start(runs: int, env: dict[str, str]) -> tuple[float, float]:
    bin_dir = Path(sys.executable).parent
    ours = [
        _ms(
            lambda: subprocess.run(
                [str(bin_dir / "assistant"), "ask", QUESTION, "--json"], env=env, check=True, capture_output=True
            )
        )
        for _ in range(runs)
    ]
    peer = [
        _ms(
            lambda: subprocess.run(
                [sys.executable, "-m", "benches.peer_cli", QUESTION], env=env, check=True, capture_output=True, cwd=ROOT
            )
        )
        for _ in range(runs)
    ]
    return statistics.median(ours), statistics.median(peer)


def http_load(command: list[str], env: dict[str, str], questions: list[str], requests: int) -> dict[str, float]:
    """Start the server `command` (with a PORT placeholder) and load it from 16 client threads."""
    import httpx

    from tests.conftest import free_port

    port = free_port()
    server = subprocess.Popen(
        [part.replace("PORT", str(port)) for part in command], env=env, cwd=ROOT, stdout=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            deadline = time.monotonic() + 120
            while True:  # ready when it answers
                try:
                    if client.post("/v1/ask", json={"question": questions[0]}).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"server {command[0]} did not start")
                time.sleep(0.2)
            for q in questions:  # warm, as a server that has run a while is (the in-process figures too)
                client.post("/v1/ask", json={"question": q}).raise_for_status()
            alone: list[float] = []  # one client, one question at a time
            for q in questions:
                start = time.perf_counter()
                client.post("/v1/ask", json={"question": q}).raise_for_status()
                alone.append((time.perf_counter() - start) * 1000)
            latencies: list[float] = []

            def one(i: int) -> None:
                start = time.perf_counter()
                r = client.post("/v1/ask", json={"question": questions[i % len(questions)]})
                r.raise_for_status()
                latencies.append((time.perf_counter() - start) * 1000)

            start = time.perf_counter()
            with ThreadPoolExecutor(CLIENTS) as pool:
                list(pool.map(one, range(requests)))
            elapsed = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "p50": _pct(latencies, 0.5),
        "p95": _pct(latencies, 0.95),
        "rps": round(requests / elapsed, 1),
        "alone_p50": _pct(alone, 0.5),
    }


def build_ms(build: Callable[[Path], Any], runs: int) -> float:
    """Median time of `build` into fresh folders, after one warm-up build."""
    root = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        build(root / "warm-up")
        return statistics.median(_ms(lambda i=i: build(root / str(i))) for i in range(runs))  # type: ignore[misc]
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=320)
    parser.add_argument("--scale", type=int, default=0, help="also index a generated corpus of this many documents")
    args = parser.parse_args()

    from assistant.config import Settings
    from assistant.embeddings import embeddings_for, load_embeddings, passage_embeddings_for
    from assistant.eval import load_gold
    from assistant.indexing import refresh
    from assistant.peer import NaivePeer
    from assistant.service import Assistant
    from benches.scale import run as run_scale

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    settings = Settings(index_dir=work / "index", corpus_dir=ROOT / "corpus")
    env = {
        **os.environ,
        "ASSISTANT_INDEX_DIR": str(settings.index_dir),
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
    }
    embeddings = embeddings_for(settings)
    passage_embeddings = passage_embeddings_for(settings)  # what `assistant index` builds with
    peer_embeddings = load_embeddings(
        settings.resolved_embedding_model()
    )  # the peer: sentence-transformers, as tutorials do
    rows: list[tuple[str, float, float, str]] = []

    bot = Assistant(settings, embeddings, refresh(settings, lambda: passage_embeddings, progress=False).manifest)
    documents = bot.documents()
    build = build_ms(
        lambda d: refresh(settings.model_copy(update={"index_dir": d}), lambda: passage_embeddings, progress=False),
        args.runs,
    )
    noop = _ms(lambda: refresh(settings, lambda: passage_embeddings, progress=False))
    peer_build = build_ms(lambda _: NaivePeer(documents, peer_embeddings), args.runs)
    peer = NaivePeer(documents, peer_embeddings)
    rows += [("index build (ms)", build, peer_build, "lower"), ("no-op refresh (ms)", noop, peer_build, "lower")]

    questions = [i.turns[-1] for i in load_gold(ROOT / "tests" / "gold" / "questions.yaml")]
    for q in questions:  # warm caches once, as a running server would be
        bot.ask(q)
    ours = [_ms(lambda q=q: bot.ask(q)) for q in questions]  # type: ignore[misc]
    theirs = [_ms(lambda q=q: peer.retrieve(q)) for q in questions]  # type: ignore[misc]
    rows += [("warm ask p50 (ms)", _pct(ours, 0.5), _pct(theirs, 0.5), "lower")]
    rows += [("warm ask p95 (ms)", _pct(ours, 0.95), _pct(theirs, 0.95), "lower")]

    bin_dir = Path(sys.executable).parent
    serve = [str(bin_dir / "assistant"), "serve", "--port", "PORT"]
    mine_http = http_load(serve, env, questions, args.requests)
    peer_http = http_load([sys.executable, "-m", "benches.peer_cli", "--serve", "PORT"], env, questions, args.requests)
    rows += [
        (
            f"HTTP /v1/ask {k} ({'req/s' if k == 'rps' else 'ms'})",
            mine_http[k],
            peer_http[k],
            "higher" if k == "rps" else "lower",
        )
        for k in ("p50", "p95", "rps")
    ]
    rows += [("HTTP /v1/ask p50, 1 client (ms)", mine_http["alone_p50"], peer_http["alone_p50"], "lower")]

    cold, peer_cold = cold_start(args.runs, env)
    rows += [("cold start to first answer (ms)", cold, peer_cold, "lower")]
    scale = (
        run_scale(work, args.scale, questions, settings.index_dir / "models", passage_embeddings, peer_embeddings)
        if args.scale
        else None
    )
    if scale:
        ingest = scale.pop("ingest_kb_per_s")
        rows += [
            (f"ingest, first {ingest['documents']} scale docs (KB/s)", ingest["project"], ingest["peer"], "higher")
        ]
    shutil.rmtree(work, ignore_errors=True)

    table = [
        {
            "figure": name,
            "project": round(a, 2),
            "peer": round(b, 2),
            "speedup": round((b / a) if better == "lower" else (a / b), 2),
        }
        for name, a, b, better in rows
    ]
    if args.json:
        print(json.dumps({"figures": table, "scale": scale}, indent=2))
        return
    print(f"{'figure':<34}{'project':>12}{'peer':>12}{'speedup':>10}")
    for r in table:
        print(f"{r['figure']:<34}{r['project']:>12}{r['peer']:>12}{r['speedup']:>9}x")
    if scale:
        print("scale (project only): " + ", ".join(f"{k} {v}" for k, v in scale.items()))


if __name__ == "__main__":
    main()
