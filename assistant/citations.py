"""Citation validation: nothing a generator writes reaches a user before it passes here.

The generator's text is cut into claims, each ending in a run of `[n]` markers. A claim is kept only if
at least one passage it cites supports it; markers that point at no supplied passage, or at a passage that
does not support the claim, are removed; a claim left without a marker, or text that cites nothing, is
dropped. Kept markers are renumbered 1..n in order of first use and `citations()` lists exactly the cited
passages. Works incrementally, so streamed answers are validated claim by claim.

Support (`SupportCheck`): the claim is a verbatim part of the passage; or every number and name in the
claim occurs in the passage and most of its content terms do, with a close embedding when fewer do. A name in
brackets, put for a pronoun, is the passage's when the passage names that party by any of its names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.chunking import sentences_of
from assistant.lexicon import Lexicon, unpossessed, words
from assistant.models import Citation, ScoredPassage

# A claim: text, then one or more markers like [1], [1, 2] or [1][2], then optional punctuation.
CLAIM = re.compile(r"(?P<text>.*?)(?P<marks>(?:\s*\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\])+)(?P<punct>[.!?,;:]*)", re.S)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
# "Ukraine: " in front of a comparison statement: a short name, or any name of a party of the corpus
# ("Dockworkers' Federation of Ostrand: "); a longer lead-in before a colon is part of the claim.
_BRACKETED = re.compile(r"\[([A-Z][^\]\d]*)\]\s*")
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][^:\n]{0,80}):\s+")
_SHORT_LABEL = re.compile(r"[A-Z][\w .]{0,30}")

LEXICAL_ENOUGH = 0.6  # share of claim terms found in the passage that supports it on its own
LEXICAL_WITH_EMBEDDING = 0.34  # a lower share needs a close embedding too
MIN_COSINE = 0.6


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[“”]", '"', text).split()).lower()


class SupportCheck:
    """Whether a passage supports a claim."""

    def __init__(self, lexicon: Lexicon, embeddings: Embeddings | None) -> None:
        self.lexicon = lexicon
        self.embeddings = embeddings

    def unlabelled(self, claim: str) -> str:
        """`claim` without the label in front of it, and the quotation marks around what is left."""
        label = _LABEL.match(claim)
        if label and (_SHORT_LABEL.fullmatch(label["label"]) or self.lexicon.is_party_name(label["label"].lower())):
            claim = claim[label.end() :]
        return claim.strip().strip("\"'“”").strip()

    def verbatim(self, claim: str, passage_text: str) -> bool:
        return _squash(self.unlabelled(claim)) in _squash(passage_text)

    def supports(self, claim: str, passage_text: str) -> bool:
        claim = self.unlabelled(claim)
        # a name put in brackets for a pronoun stands for one the passage gives by any of its names ("[Arvenland's]
        # chief negotiator, Tobias Renn", Renn being Arvenland's): the rest is the passage's own words
        claim = _BRACKETED.sub(
            lambda m: m[0] if not self.lexicon.mentions(passage_text, unpossessed(m[1])) else "", claim
        )
        if len(claim) < 3:
            return False
        if _squash(claim) in _squash(passage_text):
            return True
        passage_words = {self.lexicon.canonical(w) for w in words(passage_text)}
        passage_numbers = set(_NUMBER.findall(passage_text))
        if any(n not in passage_numbers for n in _NUMBER.findall(claim)):
            return False
        if any(self.lexicon.canonical(n.lower()) not in passage_words for n in _NAME.findall(claim)):
            return False
        terms = set(self.lexicon.terms(claim))
        if not terms:
            return False
        overlap = len(terms & set(self.lexicon.terms(passage_text))) / len(terms)
        if overlap >= LEXICAL_ENOUGH:
            return True
        if overlap < LEXICAL_WITH_EMBEDDING or self.embeddings is None:
            return False
        a, b = (np.asarray(v) for v in self.embeddings.embed_documents([claim, passage_text]))
        return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b))) >= MIN_COSINE


class CitationValidator:
    """Validates one answer's claims against the passages it was given."""

    def __init__(self, hits: list[ScoredPassage], support: SupportCheck) -> None:
        self.hits = hits
        self.support = support
        self.renumber: dict[int, int] = {}
        self.buffer = ""
        self.kept = 0
        self.dropped: list[str] = []

    def feed(self, delta: str) -> Iterator[str]:
        """Validated text for the claims that `delta` completes."""
        self.buffer += delta
        while True:
            match = CLAIM.match(self.buffer)
            # A claim is complete once something other than another marker follows it.
            if not match or not re.match(r"\s*[^\s\[]", self.buffer[match.end() :]):
                return
            self.buffer = self.buffer[match.end() :]
            yield from self._check(match)

    def close(self) -> Iterator[str]:
        """Validated text for what is left once the generator is done."""
        while match := CLAIM.match(self.buffer):
            self.buffer = self.buffer[match.end() :]
            yield from self._check(match)
        if self.buffer.strip(" \n.!?"):
            self.dropped.append(self.buffer.strip())
        self.buffer = ""

    def _check(self, match: re.Match[str]) -> Iterator[str]:
        text = match["text"].strip()
        cited = [int(n) for n in re.findall(r"\d+", match["marks"])]
        valid = [n for n in dict.fromkeys(cited) if 1 <= n <= len(self.hits)]
        sentences = [text[a:b] for a, b in sentences_of(text)]  # as passages are cut: not after "MS." or "M."
        if len(sentences) > 1 and not any(self.support.verbatim(text, self.hits[n - 1].passage.text) for n in valid):
            # Markers cite the sentence they end; sentences before it cite nothing, so they go.
            self.dropped.append(" ".join(sentences[:-1]))
            text = sentences[-1]
        good = []
        for n in dict.fromkeys(cited):
            if 1 <= n <= len(self.hits) and self.support.supports(text, self.hits[n - 1].passage.text):
                good.append(n)
        if not text or not good:
            self.dropped.append(match.group().strip())
            return
        for n in good:
            self.renumber.setdefault(n, len(self.renumber) + 1)
        marks = "".join(f"[{self.renumber[n]}]" for n in good)
        yield (" " if self.kept else "") + f"{text} {marks}{match['punct']}"
        self.kept += 1

    def citations(self) -> list[Citation]:
        return [Citation.from_scored(new, self.hits[old - 1]) for old, new in self.renumber.items()]
