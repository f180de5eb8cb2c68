"""Scale benchmark: a generated corpus of many documents, indexed and queried by the project.

The corpus is the article's own sentences recombined (seeded, so every run builds the same corpus): each
document has a title line and `paragraphs` paragraphs of 2–4 random sentences, so a document yields about
`paragraphs` passages. Measures ingest throughput, query latency at that size, index size on disk and the
process's peak RSS.
"""

from __future__ import annotations

import random
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from assistant.chunking import sentence_spans
from assistant.config import Settings


def generate(source: Path, target: Path, documents: int, paragraphs: int = 10, seed: int = 7) -> None:
    text = source.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if len(ln) > 80]
    sentences = [ln[s:e] for ln in lines for s, e in sentence_spans(ln, 0, len(ln))]
    rnd = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    for i in range(documents):
        body = "\n".join(" ".join(rnd.sample(sentences, rnd.randint(2, 3))) for _ in range(paragraphs))
        (target / f"doc-{i:05d}.txt").write_text(f"Generated document {i}\n{body}\n", encoding="utf-8")


def run(work: Path, documents: int, questions: list[str], paragraphs: int = 10) -> dict[str, Any]:
    from assistant.embeddings import embeddings_for
    from assistant.indexing import refresh
    from assistant.service import Assistant

    corpus = work / "scale-corpus"
    generate(
        Path(__file__).resolve().parent.parent / "corpus" / "wp-moscow-kiev-settlement-positions.txt",
        corpus,
        documents,
        paragraphs,
    )
    settings = Settings(index_dir=work / "scale-index", corpus_dir=corpus)
    embeddings = embeddings_for(settings)
    start = time.perf_counter()
    manifest = refresh(settings, lambda: embeddings, progress=True).manifest
    ingest = time.perf_counter() - start
    bot = Assistant(settings, embeddings, manifest)
    for q in questions[:20]:
        bot.ask(q)
    latencies = []
    for q in questions:
        t = time.perf_counter()
        bot.ask(q)
        latencies.append((time.perf_counter() - t) * 1000)
    size = sum(p.stat().st_size for p in (work / "scale-index").rglob("*") if p.is_file())
    return {
        "documents": documents,
        "passages": manifest.passage_count,
        "ingest_passages_per_s": round(manifest.passage_count / ingest, 1),
        "query_p50_ms": round(statistics.median(latencies), 2),
        "index_mb": round(size / 2**20, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
