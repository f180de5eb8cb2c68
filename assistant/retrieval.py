"""Hybrid retrieval: dense (Chroma, MiniLM) plus BM25 (bm25s), fused by a weighted sum of normalised scores.

The question is first respelled the corpus's way (`Lexicon.normalize`), so "Kyiv" finds "Kiev". Dense
similarity comes from the build's vectors (`Neighbours`: the snapshot of an embedded build, or a query of a
Chroma server's collection); BM25 runs in memory over stemmed terms of each passage and its section
heading. A question that names a party gives that party's passages a small boost; `party=` restricts
retrieval to one party (its section, or passages naming it); `holding` finds passages by given words alone.
This module ranks passages; it does not decide whether they answer the question (`answerability.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import bm25s
import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.english import STOPWORDS, plain_verbs
from assistant.errors import AssistantError
from assistant.layout import questions_answered
from assistant.lexicon import Lexicon
from assistant.models import Passage, ScoredPassage
from assistant.names import Parties
from assistant.thesaurus import same_things
from assistant.tokens import stems, words

# bm25s logs each index build at DEBUG, which a root logger set to DEBUG (gradio's, for one) prints to users.
logging.getLogger("bm25s").setLevel(logging.WARNING)

# Fusion: a convex mix of cosine similarity and max-normalised BM25. On the gold set this beat reciprocal
# rank fusion (hit@1 0.76 against 0.65; dense alone 0.63, BM25 alone 0.70).
W_DENSE = 0.8
PARTY_BOOST = 0.05  # for passages of a party the question names
STANCE_BOOST = 0.05  # for passages where that party states a position, when the question asks for one
FRONT_MATTER = ("Title", "Lede", "Byline")
VECTOR_CACHE = 50_000  # sentence and word vectors kept for composing and judging answers
RESTRICTED_DEPTH = 5000  # nearest passages looked at when a question is asked within some documents
SYNONYM = 0.6  # MiniLM cosine of two single words that mean nearly the same (talks ~ discussions: 0.65)


class Neighbours(Protocol):
    def nearest(self, vector: Sequence[float], k: int) -> list[tuple[str, float]]:
        """The `k` passages closest to `vector`: (passage id, cosine similarity), closest first."""
        ...


@dataclass(frozen=True)
class LexicalIndex:
    """BM25 over the passages' terms, and per party a mask of the passages that name it (or sit in its
    section, or in which its speaker says "we") and of those where it states a position. A function of the
    passages, lexicon and parties, and of whose "we" each passage speaks (`sides.as_said_by`)."""

    bm25: bm25s.BM25
    names: dict[str, np.ndarray]
    stances: dict[str, np.ndarray]

    @classmethod
    def build(
        cls,
        passages: Sequence[Passage],
        lexicon: Lexicon,
        parties: Parties,
        heard: Callable[[Passage], str] | None = None,
    ) -> LexicalIndex:
        """`heard`: a passage's text with its "we" put as the party that says it ("Our position is…": Velmora's)."""
        bm25 = bm25s.BM25()
        asked = questions_answered(passages)  # an answer is found by the question's words too
        bm25.index(
            [lexicon.terms(f"{asked.get(p.id, '')} {p.search_text}") or ["∅"] for p in passages], show_progress=False
        )
        # One pass over the passages, nothing kept per passage but a bit.
        names = {party: np.zeros(len(passages), dtype=bool) for party in parties.names}
        stances = {party: np.zeros(len(passages), dtype=bool) for party in parties.names}
        for i, p in enumerate(passages):
            text = heard(p) if heard else p.text
            spans = parties.spans(text)
            for party in {who for _, _, who in spans}:
                names[party][i] = True
                stances[party][i] = parties.states_position(party, text, spans=spans)
            if p.party in names:
                names[p.party][i] = True
        return cls(bm25, names, stances)

    def save(self, folder: Path) -> None:
        self.bm25.save(str(folder / "bm25"))
        masks = {f"names/{k}": v for k, v in self.names.items()} | {f"stances/{k}": v for k, v in self.stances.items()}
        np.savez(folder / "masks.npz", **masks)  # type: ignore[arg-type]

    @classmethod
    def load(cls, folder: Path, passages: int) -> LexicalIndex:
        """The index `save` wrote to `folder`; ValueError unless it covers `passages` passages."""
        bm25 = bm25s.BM25.load(str(folder / "bm25"))
        with np.load(folder / "masks.npz") as masks:
            names = {k.removeprefix("names/"): masks[k] for k in masks.files if k.startswith("names/")}
            stances = {k.removeprefix("stances/"): masks[k] for k in masks.files if k.startswith("stances/")}
        if any(len(m) != passages for m in [*names.values(), *stances.values()]) or bm25.scores["num_docs"] != passages:
            raise ValueError(f"a lexical index of another size than {passages} passages")
        return cls(bm25, names, stances)


class HybridRetriever:
    """Ranks the passages of one index build for a question."""

    def __init__(
        self,
        passages: Sequence[Passage],
        neighbours: Neighbours,
        embeddings: Embeddings,
        lexicon: Lexicon,
        parties: Parties,
        lexical: LexicalIndex | None = None,
    ) -> None:
        """`lexical`: the `LexicalIndex` of these passages, lexicon and parties, if one was saved."""
        self.passages = list(passages)
        self.index_of = {p.id: i for i, p in enumerate(self.passages)}
        self.doc_code = {doc_id: i for i, doc_id in enumerate(dict.fromkeys(p.doc_id for p in self.passages))}
        self.doc_of = np.array([self.doc_code[p.doc_id] for p in self.passages], dtype=np.int32)
        self.neighbours = neighbours
        self.embeddings = embeddings
        self.lexicon = lexicon
        self.parties = parties
        self.lexical = lexical or LexicalIndex.build(self.passages, lexicon, parties)
        self.embed_query = lru_cache(maxsize=4096)(self._embed_query)
        self.normalize = lru_cache(maxsize=VECTOR_CACHE)(lexicon.normalize)
        self._vectors: dict[str, np.ndarray] = {}

    def _embed_query(self, text: str) -> tuple[float, ...]:
        return tuple(self.embeddings.embed_query(text))

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Embeddings of sentences or words, cached across questions (the corpus repeats them)."""
        new = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if len(self._vectors) + len(new) > VECTOR_CACHE:
            self._vectors.clear()
        if new:
            for t, v in zip(new, self.embeddings.embed_documents(new), strict=True):
                self._vectors[t] = np.asarray(v, dtype=np.float32)  # half the memory of float64, the same ranking
        return np.array([self._vectors[t] for t in texts]).reshape(len(texts), -1)

    def sentence_similarity(self, question: str, sentences: list[str]) -> list[float]:
        """Cosine similarity of each sentence to `question`, both respelled one way ("DPR" reads "Donetsk")."""
        q = np.asarray(self.embed_query(self.normalize(plain_verbs(question))))
        return [float(v @ q) for v in self.vectors([self.normalize(s) for s in sentences])] if sentences else []

    def synonyms_in(self, words: list[str], candidates: list[str]) -> set[str]:
        """Those of `words` that have a near-synonym among `candidates`: close in MiniLM ("talks" ~ "discussions"),
        or of one WordNet synset of the words of negotiation ("talks" ~ "negotiations", `thesaurus.py`). A figure
        has none: MiniLM puts "1994" near "1987"."""
        words = [w for w in words if not any(ch.isdigit() for ch in w)]
        if not words or not candidates:
            return set()
        close = self.vectors(words) @ self.vectors(candidates).T
        return {w for w, row in zip(words, close, strict=True) if row.max() >= SYNONYM} | same_things(words, candidates)

    def dense_scores(self, question: str, depth: int) -> np.ndarray:
        """Cosine similarity to `question` of the `depth` nearest passages; all others score 0."""
        try:
            found = self.neighbours.nearest(self.embed_query(question), min(depth, len(self.passages)))
        except Exception as exc:  # chromadb raises bare errors: a server gone, a database gone bad
            raise AssistantError(
                f"the vector store failed ({type(exc).__name__}: {exc}) — check the Chroma server"
                " (ASSISTANT_CHROMA_HOST) or run `assistant index`",
                code="store_unavailable",
                status=503,
            ) from exc
        scores = np.zeros(len(self.passages))
        for pid, similarity in found:
            i = self.index_of.get(pid)
            if i is not None:
                scores[i] = similarity
        return scores

    def front_matter(self, doc_ids: set[str]) -> list[ScoredPassage]:
        """The title, lede and byline passages of these documents, in document order (score 0: not ranked)."""
        return _unranked(p for p in self.passages if p.doc_id in doc_ids and p.section in FRONT_MATTER)

    def gist(self, doc_id: str) -> list[ScoredPassage]:
        """What a document says it is about: its lede, or else its first passage after the title and byline."""
        passages = [p for p in self.passages if p.doc_id == doc_id and p.section not in ("Title", "Byline")]
        return _unranked([p for p in passages if p.section == "Lede"] or passages[:1])

    def holding(self, wanted: Iterable[str], k: int, doc_ids: frozenset[str] | None = None) -> list[ScoredPassage]:
        """The `k` passages (of `doc_ids`, when given) that BM25 finds holding most of the `wanted` words, best
        first, none that hold none (score 0: not ranked for a question). A role of the thesaurus is named by any
        word of its set: "Valmoran-brokered talks" for "Which country is acting as the go-between?"."""
        terms = stems(w for w in words(" ".join(wanted)) if w not in STOPWORDS)  # a thesaurus's words, as spelled
        found = np.asarray(self.lexical.bm25.get_scores(terms)) if terms and self.passages else np.zeros(0)
        if doc_ids is not None:
            found = np.where(np.isin(self.doc_of, [self.doc_code[d] for d in doc_ids if d in self.doc_code]), found, 0)
        best = np.argsort(-found, kind="stable")[:k]
        return _unranked(self.passages[i] for i in best if found[i] > 0)

    def retrieve(
        self, question: str, k: int, party: str | None = None, doc_ids: frozenset[str] | None = None
    ) -> list[ScoredPassage]:
        """The `k` best passages for `question`, best first; of `party`'s, and of `doc_ids`, when given."""
        text = self.lexicon.normalize(plain_verbs(question))
        # Within some documents the nearest passages of the whole corpus may all be elsewhere: look deeper.
        depth = max(50, 8 * k) if doc_ids is None else max(50, min(len(self.passages), RESTRICTED_DEPTH))
        dense = self.dense_scores(text, depth=depth)
        for other in self.lexicon.other_forms(text):
            dense = np.maximum(dense, self.dense_scores(other, depth=depth))
        terms = self.lexicon.terms(text)
        # bm25s fails on an empty query ("What is it?" has no content words): then nothing matches lexically.
        lexical = (
            np.asarray(self.lexical.bm25.get_scores(terms)) if terms and self.passages else np.zeros(len(self.passages))
        )
        top_lexical = float(lexical.max()) if len(lexical) else 0.0
        fused = W_DENSE * dense + (1 - W_DENSE) * (lexical / top_lexical if top_lexical > 0 else lexical)
        named = self.parties.mentioned(text)
        if named:  # the party a question is about comes first: "What does Washington want from Kyiv?"
            fused += self.lexical.names[named[0]] * PARTY_BOOST
            if self.parties.asks_position(text):  # ...and what it wants is best said where it says it
                fused += self.lexical.stances[named[0]] * STANCE_BOOST
        candidates = np.arange(len(self.passages))
        if party is not None:
            candidates = candidates[self.lexical.names[party]]
        if doc_ids is not None:
            wanted = [self.doc_code[d] for d in doc_ids if d in self.doc_code]
            candidates = candidates[np.isin(self.doc_of[candidates], wanted)]
        if len(candidates) > 4 * k:  # sort only the front: a full argsort of 100k scores costs ~5 ms
            candidates = candidates[np.argpartition(-fused[candidates], 4 * k)[: 4 * k]]
            candidates.sort()  # back to passage order, so that ties keep breaking the same way
        best = candidates[np.argsort(-fused[candidates], kind="stable")][:k]
        return [
            ScoredPassage(
                passage=self.passages[i],
                score=float(np.clip(fused[i], 0.0, 1.0)),
                dense_score=float(dense[i]),
                lexical_score=float(lexical[i]),
            )
            for i in best
        ]


def _unranked(passages: Iterable[Passage]) -> list[ScoredPassage]:
    """Passages chosen by their place in a document, not by a query (score 0)."""
    return [ScoredPassage(passage=p, score=0.0, dense_score=0.0, lexical_score=0.0) for p in passages]
