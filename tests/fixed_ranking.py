"""A ranking given in advance to the extractive generator (`FixedRanking`), and a passage of its own for each
ranked sentence (`hits_of`): what such tests check is the generator's choice among the sentences."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from assistant.lexicon import Lexicon
from assistant.models import Passage, ScoredPassage
from assistant.names import Parties
from assistant.question import Ask
from assistant.ranking import Candidate, SentenceRanker


class FixedRanking(SentenceRanker):
    """The real ranker's parts with a ranking given in advance: the generator's choice is what is tested."""

    def __init__(self, ranked: list[Candidate], parties: Parties | None = None) -> None:
        texts = [c.text for c in ranked]
        parties = parties or Parties({})
        super().__init__(Lexicon(texts, {}), parties, lambda q, s: [], lambda w, c: set(), lambda w: np.zeros(0))
        self.ranked = ranked

    def rank(self, question: str, hits: list[ScoredPassage], ask: Ask | None = None) -> list[Candidate]:
        return self.ranked


def hits_of(ranked: list[Candidate], sections: Mapping[int, str] | None = None) -> list[ScoredPassage]:
    """A passage of each candidate sentence, numbered as the candidate is, in section "S" or `sections[n]`."""
    return [
        ScoredPassage(
            passage=Passage(
                id=f"p{c.n}",
                doc_id="d",
                title="T",
                section=(sections or {}).get(c.n, "S"),
                party=None,
                start=0,
                end=len(c.text),
                text=c.text,
            ),
            score=0.5,
        )
        for c in sorted(ranked, key=lambda c: c.n)
    ]
