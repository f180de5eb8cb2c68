"""The Python API: `Assistant.load(Settings())`, then `ask`, `stream` and `documents`.

`load` refreshes the index (building it if missing, with a progress bar), loads the embedding model once,
and wires the chain over the live index build. Each question is checked (non-empty, within the length
limit, history roles) before it reaches the chain. When another process re-indexes, the next question
notices the new manifest and switches to the new build without a restart.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings
from pydantic import ValidationError

from assistant import positions, uploads
from assistant.antecedents import read_after
from assistant.chain import ChainState, Event, Pipeline, build_chain
from assistant.citations import SupportCheck
from assistant.condense import Condenser
from assistant.config import Settings
from assistant.corpus_config import CONFIG_FILE, CorpusConfig, PositionsConfig
from assistant.embeddings import embeddings_for, passage_embeddings_for
from assistant.errors import AssistantError, warn
from assistant.generators import make_generator
from assistant.generators.extractive import ExtractiveGenerator
from assistant.indexing import refresh
from assistant.ingest import read_corpus, read_document
from assistant.manifest import Manifest, ensure_index_dir, manifest_path, read_manifest
from assistant.models import Answer, Document, Turn
from assistant.party_nouns import corpus_parties
from assistant.positions import SUGGESTED, PositionsMatrix
from assistant.ranking import SentenceRanker
from assistant.retrieval import HybridRetriever
from assistant.search_cache import derive
from assistant.store import open_store
from assistant.uploads import Added
from assistant.wrapping import reading_view

# Control and invisible format characters (NUL, escape sequences, zero-width spaces) say nothing.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def parse_history(history: Sequence[Turn | dict[str, Any]] | None) -> list[Turn]:
    try:
        return [t if isinstance(t, Turn) else Turn.model_validate(t) for t in history or []]
    except ValidationError as exc:
        raise AssistantError(
            "history entries need a role of 'user' or 'assistant' and a string content",
            code="invalid_history",
            status=422,
        ) from exc


class Assistant:
    """Answers questions about the corpus with validated citations."""

    def __init__(self, settings: Settings, embeddings: Embeddings, manifest: Manifest) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self._lock = threading.Lock()
        self._manifest_stamp: tuple[int, ...] = ()  # the manifest file as last read: inode, mtime, size
        self._suggested: tuple[str, CorpusConfig] | None = None  # the suggestion of an index build, once
        self._loading = threading.Lock()
        self._passage_embeddings: Embeddings | None = None
        self._open(manifest)

    @classmethod
    def load(cls, settings: Settings | None = None, progress: bool = True) -> Assistant:
        settings = settings or Settings()
        ensure_index_dir(settings.index_dir)  # before the model, whose ONNX export lives there
        embeddings = embeddings_for(settings)
        report = refresh(settings, lambda: passage_embeddings_for(settings), progress=progress)
        try:
            return cls(settings, embeddings, report.manifest)
        except AssistantError as exc:  # damage the quick check cannot see, such as a garbled passage file
            if exc.code != "index_unreadable":
                raise
            warn(f"the index cannot be used ({exc.message}); rebuilding it")
            report = refresh(settings, lambda: passage_embeddings_for(settings), rebuild=True, progress=progress)
            return cls(settings, embeddings, report.manifest)

    def _open(self, manifest: Manifest) -> None:
        opened = open_store(self.settings).opened(manifest.build)
        passages, neighbours, saved_in = opened.passages, opened.neighbours, opened.saved_in
        config = CorpusConfig.load(self.settings.corpus_dir)
        parties = corpus_parties(config.parties, (p.text for p in passages))
        derived = derive(passages, config, parties, saved_in)
        lexicon, people = derived.lexicon, derived.people
        retriever = HybridRetriever(passages, neighbours, self.embeddings, lexicon, parties, derived.lexical)
        similar = (retriever.sentence_similarity, retriever.synonyms_in, retriever.vectors)
        asked = read_after(passages)  # what a passage opening with a pronoun is read after
        ranker = SentenceRanker(lexicon, parties, *similar, derived.sides, derived.speaking, asked=asked)
        extractive = ExtractiveGenerator(ranker, people)
        pipeline = Pipeline(
            condenser=Condenser(lexicon, parties, set(people)),
            retriever=retriever,
            generator=make_generator(self.settings, extractive),
            extractive=extractive,
            ranker=ranker,
            lexicon=lexicon,
            parties=parties,
            support=SupportCheck(lexicon, self.embeddings),
            fallback=self.settings.generator_fallback == "extractive",
        )
        self.manifest, self.pipeline, self.chain = manifest, pipeline, build_chain(pipeline)

    def _stamp(self) -> tuple[int, ...]:
        try:
            info = manifest_path(self.settings.index_dir).stat()
        except OSError:
            return ()
        return (info.st_ino, info.st_mtime_ns, info.st_size)

    def index_changed(self) -> bool:
        """Whether the manifest changed since this process last read it (the next question may reopen the
        index, which takes seconds on a large one). One `stat`."""
        return self._stamp() != self._manifest_stamp

    def follow_index(self) -> None:
        """Switch to a newer build if another process has re-indexed."""
        stamp = self._stamp()
        if stamp == self._manifest_stamp:  # unchanged (it is replaced, never edited): parsing it is the cost
            return
        self._manifest_stamp = stamp
        live = read_manifest(self.settings.index_dir)
        if live is not None and live.build != self.manifest.build:
            if live.embedding_model != self.manifest.embedding_model:  # its vectors mean nothing to our model
                raise AssistantError(
                    f"the index was rebuilt with the embedding model {live.embedding_model!r}; this server embeds"
                    f" with {self.manifest.embedding_model!r} — restart it with the same ASSISTANT_EMBEDDING_MODEL",
                    code="index_model_mismatch",
                    status=503,
                )
            with self._lock:
                if live.build != self.manifest.build:
                    self._open(live)

    def check_question(self, question: str) -> str:
        """`question` without control characters; an error when nothing askable is left or it is too long."""
        if len(question) > self.settings.max_question_chars:
            raise AssistantError(
                f"the question has {len(question):,} characters; the limit is {self.settings.max_question_chars:,}"
                " (ASSISTANT_MAX_QUESTION_CHARS)",
                code="question_too_long",
                status=413,
            )
        cleaned = " ".join(_CONTROL.sub(" ", question).split())
        if not any(ch.isalnum() for ch in cleaned):
            raise AssistantError("the question has no words — ask something about the corpus", code="empty_question")
        return cleaned

    def _bounded(self, turns: list[Turn]) -> list[Turn]:
        """History as the condenser reads it: no turn longer than a question (answers: four questions), so a
        megabyte of history costs what a page does."""
        limit = {"user": self.settings.max_question_chars, "assistant": 4 * self.settings.max_question_chars}
        return [
            t if len(t.content) <= limit[t.role] else Turn(role=t.role, content=t.content[: limit[t.role]])
            for t in turns
        ]

    def stream(
        self,
        question: str,
        history: Sequence[Turn | dict[str, Any]] | None = None,
        top_k: int | None = None,
        doc_ids: Sequence[str] | None = None,
    ) -> Iterator[Event]:
        """Text deltas of the validated answer, then the final `Answer`; with `doc_ids`, only from those
        documents. Bad input raises here, at the call."""
        question = self.check_question(question)
        turns = self._bounded(parse_history(history))
        self.follow_index()
        k = max(1, min(top_k or self.settings.top_k, 50))
        within = self._known(doc_ids) if doc_ids else None
        return self.chain.stream(ChainState(question=question, history=turns, top_k=k, doc_ids=within))

    def _known(self, doc_ids: Sequence[str]) -> frozenset[str]:
        unknown = [d for d in doc_ids if d not in self.manifest.documents]
        if unknown:
            raise AssistantError(
                f"no document {unknown[0]!r} — GET /v1/documents (or the Documents tab) lists them",
                code="unknown_document",
                status=422,
            )
        return frozenset(doc_ids)

    def ask(
        self,
        question: str,
        history: Sequence[Turn | dict[str, Any]] | None = None,
        top_k: int | None = None,
        doc_ids: Sequence[str] | None = None,
    ) -> Answer:
        for event in self.stream(question, history, top_k, doc_ids):
            if isinstance(event, Answer):
                return event
        raise AssertionError("the chain ended without an answer")

    def positions(self) -> PositionsMatrix:
        """The party × issue matrix of `positions.yaml` over the live index (of the parties and issues found
        in the text when there is none), computed once per index build."""
        self.follow_index()
        source = CONFIG_FILE if (self.settings.corpus_dir / CONFIG_FILE).is_file() else SUGGESTED
        with self._lock:  # one computation at a time; the others then read it from the cache
            if source == CONFIG_FILE:
                config = PositionsConfig.require(self.settings.corpus_dir)
            else:
                config = PositionsConfig.of(self.suggest())
            folder = self.settings.index_dir / "positions"
            return positions.cached(self.pipeline, config, self.manifest.build, folder, source)

    def suggest(self) -> CorpusConfig:
        """Parties and issues found in the indexed documents (`suggest.py`): a draft `positions.yaml`, worked
        out once per index build (it embeds and clusters the corpus's sentences)."""
        from assistant.suggest import suggest

        build = self.manifest.build
        if self._suggested is None or self._suggested[0] != build:
            texts = [reading_view(d.text) for d in self.documents()]
            found = suggest(texts, lambda batch: np.asarray(self.embeddings.embed_documents(batch)))
            self._suggested = (build, found)
        return self._suggested[1]

    def add_document(self, filename: str, raw: bytes, replace: bool = False) -> Added:
        """Store and index an uploaded file (`uploads.add`); answered from by the next question."""
        added = uploads.add(self.settings, filename, raw, self.passage_embeddings, replace)
        self.follow_index()
        return added

    def remove_document(self, doc_id: str) -> None:
        uploads.remove(self.settings, doc_id, self.passage_embeddings)
        self.follow_index()

    def passage_embeddings(self) -> Embeddings:
        """The model that embeds passages of documents added while serving: loaded once, on first use."""
        with self._loading:
            if self._passage_embeddings is None:
                self._passage_embeddings = passage_embeddings_for(self.settings)
            return self._passage_embeddings

    def documents(self) -> list[Document]:
        docs, _ = read_corpus(self.settings.corpus_dir, self.settings.max_file_bytes, self.settings.own_dirs())
        return [d for d in docs if d.doc_id in self.manifest.documents]

    def document(self, doc_id: str) -> Document | None:
        """One indexed document, read from the path the manifest recorded (never from a client's string)."""
        entry = self.manifest.documents.get(doc_id)
        if entry is None:
            return None
        doc = read_document(
            self.settings.corpus_dir / entry.path, self.settings.corpus_dir, self.settings.max_file_bytes
        )
        return doc if isinstance(doc, Document) else None
