"""The types that flow through the pipeline, one per stage.

Document (a corpus file read as text) -> Passage (a citable span of it) -> ScoredPassage (a passage retrieved
for a question) -> Answer (text with [n] markers and the citations they point at). Constructors check the
invariants the rest of the code relies on, so a bad value fails where it is made, not three stages later.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

# Words a reader uses for what the pseudo-sections hold ("Who wrote it?" is answered by the byline).
SECTION_TERMS = {
    "Title": "title headline",
    "Lede": "summary lede",
    "Byline": "byline author authors wrote written reporter reporters journalist journalists",
    "Introduction": "",
}


class Section(BaseModel):
    """A part of a document: it starts at `start`; `text[start:body_start]` is its heading line, if any."""

    model_config = ConfigDict(frozen=True)

    name: str
    start: int = Field(ge=0)
    body_start: int = Field(ge=0)
    is_heading: bool = False


class Document(BaseModel):
    """One corpus file as text, with what its reader learned about it."""

    model_config = ConfigDict(frozen=True)

    doc_id: str = Field(min_length=1, description="Path under corpus/ without its extension.")
    path: str
    title: str
    text: str = Field(min_length=1)
    authors: list[str] = Field(default_factory=list)
    lede: str | None = None
    sections: list[Section] = Field(default_factory=list)
    content_hash: str = ""
    size: int = Field(default=0, ge=0, description="The file's size in bytes.")
    pages: list[int] = Field(default_factory=list, description="Where each page starts in `text` (paged formats).")

    @property
    def headings(self) -> list[str]:
        return [s.name for s in self.sections if s.is_heading]

    @model_validator(mode="after")
    def _hash(self) -> Document:
        if not self.content_hash:
            object.__setattr__(self, "content_hash", hashlib.sha256(self.text.encode()).hexdigest())
        return self


class Passage(BaseModel):
    """A citable span of a document: `document.text[start:end] == source_text`. `text` is how it is read: the same
    but where a hard-wrapped paragraph's line breaks are spaces (`wrapping.reading_view`), which `source` keeps."""

    model_config = ConfigDict(frozen=True)

    id: str
    doc_id: str
    title: str
    section: str
    party: str | None
    start: int = Field(ge=0)
    end: int
    text: str = Field(min_length=1)
    source: str | None = Field(default=None, description="The document's own text of the span, when `text` differs.")
    page: int | None = Field(default=None, ge=1, description="The page the passage starts on (paged formats).")

    @model_validator(mode="after")
    def _span_matches_text(self) -> Passage:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"passage {self.id}: span {self.start}:{self.end} has length {self.end - self.start} "
                f"but its text has length {len(self.text)}"
            )
        if self.source is not None and len(self.source) != len(self.text):
            raise ValueError(f"passage {self.id}: its source and text differ in length")
        return self

    @property
    def source_text(self) -> str:
        """The document's text of the span, as a citation quotes it."""
        return self.source if self.source is not None else self.text

    @property
    def search_text(self) -> str:
        """What lexical search sees: the text, plus its heading or what its pseudo-section means."""
        return f"{SECTION_TERMS.get(self.section, self.section)} {self.text}"

    @staticmethod
    def make_id(doc_id: str, text: str, occurrence: int = 0) -> str:
        """Content hash; `occurrence` tells apart identical sentences repeated within one document."""
        return hashlib.sha256(f"{doc_id}\x00{occurrence}\x00{text}".encode()).hexdigest()[:20]


class ScoredPassage(BaseModel):
    """A passage retrieved for a question, with its fused relevance score (higher is better)."""

    passage: Passage
    score: float
    dense_score: float | None = None
    lexical_score: float | None = None


class Citation(BaseModel):
    """What an `[n]` marker in an answer points at."""

    n: int = Field(ge=1)
    doc_id: str
    title: str
    section: str
    party: str | None
    text: str
    start: int
    end: int
    score: float
    passage_id: str
    page: int | None = None  # the page of a PDF the cited passage starts on

    @property
    def quote(self) -> str:
        """The cited text on one line, as a reader is shown it (a hard-wrapped file's line breaks are spaces)."""
        return " ".join(self.text.split())

    @classmethod
    def from_scored(cls, n: int, hit: ScoredPassage) -> Citation:
        p = hit.passage
        return cls(
            n=n,
            doc_id=p.doc_id,
            title=p.title,
            section=p.section,
            party=p.party,
            text=p.source_text,
            start=p.start,
            end=p.end,
            score=round(hit.score, 4),
            passage_id=p.id,
            page=p.page,
        )


class Answer(BaseModel):
    """The final answer; `model_dump()` is exactly the `/v1/ask` response body."""

    answer: str
    refused: bool
    citations: list[Citation]
    standalone_question: str
    generator: str
    timings_ms: dict[str, float] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)  # e.g. why the LLM's answer was replaced by the extractive
    conversation_id: str | None = None  # the saved conversation this answer was added to (HTTP API and UI)
    # Everything the chain retrieved (not only what it cited): for evaluation; not part of the API body.
    _retrieved: list[ScoredPassage] = PrivateAttr(default_factory=list)

    @property
    def retrieved(self) -> list[ScoredPassage]:
        return self._retrieved

    def with_retrieved(self, hits: list[ScoredPassage]) -> Answer:
        self._retrieved = list(hits)
        return self


class Turn(BaseModel):
    """One message of a conversation history."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str
