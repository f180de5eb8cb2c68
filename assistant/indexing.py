"""Build or refresh the index from the corpus, incrementally and atomically.

`refresh()` compares the corpus with the manifest: unchanged documents are skipped, changed ones re-embedded,
deleted ones removed; a different embedding model or chunker (or `rebuild=True`) rebuilds from scratch. The
new build is made aside (a copy of the live one, then edited) and goes live by replacing the manifest, so a
crash at any point leaves the previous complete index in place. A no-op refresh reads and hashes the corpus
and returns: it loads no model. A file lock keeps two indexers from racing.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from filelock import FileLock
from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from assistant.chunking import CHUNKER_VERSION, chunk_document
from assistant.config import Settings
from assistant.corpus_config import CorpusConfig
from assistant.errors import AssistantError, warn
from assistant.ingest import Skipped, read_corpus
from assistant.layout import questions_answered
from assistant.manifest import DocumentEntry, Manifest, ensure_index_dir, read_manifest, write_manifest
from assistant.models import Document, Passage
from assistant.names import Parties
from assistant.party_nouns import corpus_parties
from assistant.readers import supported
from assistant.search_cache import derive
from assistant.store import Store, open_store


@dataclass
class IndexReport:
    """What a refresh did."""

    manifest: Manifest
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    rebuilt: bool = False
    seconds: float = 0.0

    @property
    def noop(self) -> bool:
        return not (self.added or self.changed or self.removed or self.rebuilt)

    def summary(self) -> str:
        m = self.manifest
        action = "rebuilt" if self.rebuilt else ("up to date" if self.noop else "refreshed")
        return (
            f"Index {action}: {len(m.documents)} documents, {m.passage_count} passages in {self.seconds:.2f} s "
            f"({len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped)"
        )


def chunker_signature(settings: Settings, config: CorpusConfig) -> str:
    """The chunker version plus every setting that changes its output."""
    params = json.dumps(
        [settings.passage_max_chars, settings.passage_max_sentences, config.parties],
        sort_keys=True,
    )
    return f"{CHUNKER_VERSION}:{hashlib.sha256(params.encode()).hexdigest()[:12]}"


def new_build_id() -> str:
    return f"{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"


def refresh(
    settings: Settings,
    embeddings: Callable[[], Embeddings],
    rebuild: bool = False,
    progress: bool = True,
    thorough: bool = False,
) -> IndexReport:
    """Bring the index in line with the corpus; `embeddings` is called only if something must be embedded.
    With `thorough`, the live build is read whole before it is trusted (`assistant index` does)."""
    started = time.perf_counter()
    ensure_index_dir(settings.index_dir)
    with FileLock(str(settings.index_dir / ".lock")):
        documents, skipped = read_corpus(settings.corpus_dir, settings.max_file_bytes, settings.own_dirs())
        for item in skipped:
            warn(f"skipped {item.path}: {item.reason}")
        if not documents:
            raise AssistantError(
                f"nothing to index: no usable {supported()} file in {str(settings.corpus_dir)!r}"
                + (f" ({len(skipped)} skipped, see warnings)" if skipped else ""),
                code="corpus_empty",
                status=503,
            )
        model = settings.embedding_signature()
        config = CorpusConfig.load(settings.corpus_dir)  # read once: a broken file warns once
        chunker = chunker_signature(settings, config)
        live = read_manifest(settings.index_dir)
        full = rebuild or live is None or live.embedding_model != model or live.chunker != chunker
        problem = None if full or live is None else open_store(settings).problem(live, thorough)
        if problem:  # a corrupt, deleted or half-copied build: start over rather than serve it
            warn(f"the index cannot be used ({problem}); rebuilding it")
            full = True
        old_docs = {} if full or live is None else live.documents
        current = {d.doc_id: d for d in documents}
        added = [d for d in current if d not in old_docs]
        changed = [d for d in current if d in old_docs and old_docs[d].content_hash != current[d].content_hash]
        removed = [d for d in old_docs if d not in current]
        unchanged = [d for d in current if d in old_docs and d not in changed]
        report = IndexReport(live, added, changed, removed, unchanged, skipped, rebuilt=full)  # type: ignore[arg-type]
        if live is not None and report.noop:
            report.seconds = time.perf_counter() - started
            return report
        report.manifest = _build(
            settings, config, live, full, documents, added + changed, removed, embeddings, progress
        )
        report.seconds = time.perf_counter() - started
        return report


def _build(
    settings: Settings,
    config: CorpusConfig,
    live: Manifest | None,
    full: bool,
    documents: list[Document],
    to_embed: list[str],
    to_remove: list[str],
    embeddings: Callable[[], Embeddings],
    progress: bool,
) -> Manifest:
    store = open_store(settings)
    build = new_build_id()
    parties = Parties(config.parties)
    by_id = {d.doc_id: d for d in documents}
    passages: dict[str, list[Passage]] = {
        doc_id: chunk_document(by_id[doc_id], parties, settings.passage_max_chars, settings.passage_max_sentences)
        for doc_id in to_embed
    }
    try:
        if full or live is None:
            collection = store.collection(build, create=True)
        else:
            collection = store.copy(live.build, build)
            store.delete_documents(collection, to_embed + to_remove)
        _embed_into(store, collection, [p for doc in passages.values() for p in doc], embeddings(), settings, progress)
        finished = store.finish(collection, build)
        if finished is not None:  # what readers derive from the passages is saved with the build: none computes it
            built, folder = finished
            derive(built, config, corpus_parties(config.parties, (p.text for p in built)), folder)
    except BaseException:
        store.drop(build)
        raise
    entries = {} if full or live is None else {k: v for k, v in live.documents.items() if k in by_id}
    for doc_id, doc_passages in passages.items():
        doc = by_id[doc_id]
        entries[doc_id] = DocumentEntry(
            path=doc.path,
            title=doc.title,
            content_hash=doc.content_hash,
            chars=len(doc.text),
            passages=len(doc_passages),
            pages=len(doc.pages),
            bytes=doc.size,
        )
    manifest = Manifest(
        build=build,
        embedding_model=settings.embedding_signature(),
        chunker=chunker_signature(settings, config),
        documents=dict(sorted(entries.items())),
        built_at=time.time(),
        previous=live.build if live else None,
    )
    write_manifest(settings.index_dir, manifest)
    # Keep the previous build: a running server may still be reading it until it notices the new manifest.
    # A Chroma server may hold other deployments' collections, so there only our own older build is dropped.
    for old in store.stale(build, live):
        store.drop(old)
    return manifest


def _embed_into(
    store: Store,
    collection: object,
    passages: list[Passage],
    model: Embeddings,
    settings: Settings,
    progress: bool,
) -> None:
    batch = settings.embedding_batch_size * 16  # large calls: the model sorts each by length into batches
    asked = questions_answered(passages)  # a transcript's answer is embedded with the question it answers
    with tqdm(total=len(passages), desc="Embedding", unit="passage", disable=not progress or not passages) as bar:
        for i in range(0, len(passages), batch):
            chunk = passages[i : i + batch]
            store.add(
                collection,
                chunk,
                model.embed_documents([f"{asked[p.id]} {p.text}" if p.id in asked else p.text for p in chunk]),
            )
            bar.update(len(chunk))
