"""Scale benchmark: a generated corpus of many documents, indexed and queried by the project.

The corpus is the article's own sentences recombined (seeded, so every run builds the same corpus): each
document has a title line and `paragraphs` paragraphs of 2–4 random sentences, so a document yields about
`paragraphs` passages. Measures ingest throughput and index size on disk; then a fresh process, as a server
would, opens the index (timed) and answers (query p50/p95 at that size, its peak RSS).
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.chunking import sentence_spans
from assistant.config import Settings

SIDE_BY_SIDE = 100  # documents both sides ingest for the ratio (the peer's torch model would take hours at 10k)


def generate(source: Path, target: Path, documents: int, paragraphs: int = 10, seed: int = 7) -> None:
    text = source.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if len(ln) > 80]
    sentences = [ln[s:e] for ln in lines for s, e in sentence_spans(ln, 0, len(ln))]
    rnd = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    for i in range(documents):
        body = "\n".join(" ".join(rnd.sample(sentences, rnd.randint(2, 3))) for _ in range(paragraphs))
        (target / f"doc-{i:05d}.txt").write_text(f"Generated document {i}\n{body}\n", encoding="utf-8")


# A fresh process opens the index and answers, as a server would: its peak RSS is not the builder's.
_SERVE = """
import json, statistics, sys, time
from assistant import Assistant, Settings
questions = json.loads(sys.stdin.read())
start = time.perf_counter()
bot = Assistant.load(Settings(), progress=False)
opened = time.perf_counter() - start
for q in questions[:20]:
    bot.ask(q)
latencies = []
for q in questions:
    t = time.perf_counter()
    bot.ask(q)
    latencies.append((time.perf_counter() - t) * 1000)
print(json.dumps({
    "open_s": round(opened, 2),
    "query_p50_ms": round(statistics.median(latencies), 2),
    "query_p95_ms": round(statistics.quantiles(latencies, n=20)[-1], 2),
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, from the builder that started this process.
    "serve_peak_rss_mb": round(int(next(
        line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")
    )) / 1024, 1),
}))
"""


def side_by_side(work: Path, corpus: Path, documents: int, passages: Embeddings, peer: Embeddings) -> dict[str, Any]:
    """Ingest rate of both sides on the first `documents` of `corpus`, in KB of text per second (their passages
    differ in size), each reading the files, cutting and embedding them into a new store."""
    from assistant.indexing import refresh
    from assistant.ingest import read_corpus
    from assistant.peer import NaivePeer

    subset = work / "side-by-side"
    subset.mkdir()
    for path in sorted(corpus.iterdir())[:documents]:
        shutil.copy(path, subset)
    kb = sum(len(p.read_text(encoding="utf-8")) for p in subset.iterdir()) / 1000
    settings = Settings(index_dir=work / "side-by-side-index", corpus_dir=subset)
    start = time.perf_counter()
    refresh(settings, lambda: passages, progress=False)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    NaivePeer(read_corpus(subset, settings.max_file_bytes)[0], peer)
    theirs = time.perf_counter() - start
    return {"documents": documents, "project": round(kb / ours, 1), "peer": round(kb / theirs, 1)}


def run(
    work: Path,
    documents: int,
    questions: list[str],
    models: Path,
    passages: Embeddings,
    peer: Embeddings,
    paragraphs: int = 10,
) -> dict[str, Any]:
    """`passages` builds the index (as `assistant index` does) and `peer` is the naive peer's model. `models`
    holds the exported ONNX files, so that the serving process times opening the index, not an export."""
    from assistant.indexing import refresh

    corpus = work / "scale-corpus"
    generate(
        Path(__file__).resolve().parent.parent / "corpus" / "wp-moscow-kiev-settlement-positions.txt",
        corpus,
        documents,
        paragraphs,
    )
    settings = Settings(index_dir=work / "scale-index", corpus_dir=corpus)
    shutil.copytree(models, settings.index_dir / "models")
    start = time.perf_counter()
    manifest = refresh(settings, lambda: passages, progress=True).manifest
    ingest = time.perf_counter() - start
    # The builds (Chroma, snapshot), not index/models: the ONNX model files are the same at any size.
    size = sum(p.stat().st_size for p in (work / "scale-index" / "builds").rglob("*") if p.is_file())
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_CORPUS_DIR": str(corpus)}
    served = subprocess.run(
        [sys.executable, "-c", _SERVE], input=json.dumps(questions), env=env, capture_output=True, text=True
    )
    if served.returncode != 0:
        raise RuntimeError(f"serving the scale index failed: {served.stderr[-2000:]}")
    return {
        "documents": documents,
        "passages": manifest.passage_count,
        "ingest_passages_per_s": round(manifest.passage_count / ingest, 1),
        **json.loads(served.stdout.strip().splitlines()[-1]),
        "index_mb": round(size / 2**20, 1),
        "build_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "ingest_kb_per_s": side_by_side(work, corpus, min(documents, SIDE_BY_SIDE), passages, peer),
    }
