"""The naive LangChain peer that `eval` and `bench` measure the project against.

What the tutorials build: RecursiveCharacterTextSplitter (1000 characters, 200 overlap), the same MiniLM,
an in-memory Chroma through `langchain-chroma`, top-4 similarity search on the last user turn only, and the
best chunk returned as the cited answer. It never refuses. Built from the same packages as the project.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from langchain_chroma import Chroma
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.models import Answer, Citation, Document, Passage, ScoredPassage

PEER_NAME = "naive-langchain"
TOP_K = 4


class NaivePeer:
    def __init__(self, documents: list[Document], embeddings: Embeddings) -> None:
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        chunks = splitter.split_documents(
            [LCDocument(page_content=d.text, metadata={"doc_id": d.doc_id, "title": d.title}) for d in documents]
        )
        import chromadb

        client = chromadb.EphemeralClient()
        self.store = Chroma(
            client=client,
            collection_name=f"peer-{uuid.uuid4().hex[:8]}",
            embedding_function=embeddings,
            collection_metadata={"hnsw:space": "cosine"},
        )
        self.store.add_documents(chunks)
        self.chunks = len(chunks)

    def retrieve(self, question: str) -> list[ScoredPassage]:
        found = self.store.similarity_search_with_score(question, k=TOP_K)
        return [
            ScoredPassage(passage=_passage(doc), score=1.0 - distance, dense_score=1.0 - distance)
            for doc, distance in found
        ]

    def ask(self, question: str, history: list[dict[str, Any]] | None = None) -> Answer:
        start = time.perf_counter()
        hits = self.retrieve(question)  # the last turn only: no condensing
        elapsed = round((time.perf_counter() - start) * 1000, 2)
        best = hits[0]
        return Answer(
            answer=f"{best.passage.text} [1]",
            refused=False,
            citations=[Citation.from_scored(1, best)],
            standalone_question=question,
            generator=PEER_NAME,
            timings_ms={"retrieve": elapsed, "total": elapsed},
        ).with_retrieved(hits)


def _passage(doc: LCDocument) -> Passage:
    start = int(doc.metadata["start_index"])
    return Passage(
        id=str(doc.id or uuid.uuid4().hex),
        doc_id=str(doc.metadata["doc_id"]),
        title=str(doc.metadata["title"]),
        section="",
        party=None,
        start=start,
        end=start + len(doc.page_content),
        text=doc.page_content,
    )
