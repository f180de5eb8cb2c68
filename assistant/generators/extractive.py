"""The default generator: an answer composed of the passages' own most relevant sentences.

No model writes anything, so every sentence is grounded by construction. A sentence's score mixes its
passage's retrieval score, its own closeness in meaning to the question (MiniLM), its share of the
question's topic words, and whether it holds the kind of answer asked for (a date for "when", a number for
"how many"). The passage of the best sentence leads, whole (it is one unit of evidence); close runners-up
from other passages follow (up to three sentences in all, or one more than a long lead), each with its `[n]`. A
comparison question ("How do Kyiv and Moscow differ on NATO?") gets one statement per party, labelled
with the party. Deterministic: the same passages and question always give the same answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from assistant.answerability import ASKS_DATE, ASKS_QUANTITY, DATE, NUMBER
from assistant.chunking import sentences_of
from assistant.generators.base import Generator
from assistant.lexicon import Lexicon
from assistant.models import SECTION_TERMS, ScoredPassage
from assistant.names import Parties

MAX_SENTENCES = 3
RUNNER_UP = 0.85  # a further sentence must score at least this share of the best one
W_PASSAGE, W_MEANING, W_WORDS, W_TYPE = 0.5, 0.5, 0.2, 0.1
HEADLINE = 0.8
OTHER_SECTION = 0.75
W_STANCE = 0.1  # in a comparison, a sentence where the party itself states a position counts 10 % more  # in a comparison, a sentence that only names the party counts this much
Similarity = Callable[[str, list[str]], list[float]]


@dataclass(frozen=True)
class Candidate:
    n: int  # 1-based passage number
    start: int  # offset of the sentence within its passage
    text: str
    score: float


class ExtractiveGenerator(Generator):
    name = "extractive"

    def __init__(self, lexicon: Lexicon, parties: Parties, similarity: Similarity) -> None:
        self.lexicon = lexicon
        self.parties = parties
        self.similarity = similarity

    def candidates(self, question: str, hits: list[ScoredPassage]) -> list[Candidate]:
        """Every sentence of every passage, best first."""
        topic = set(self.lexicon.topic_terms(question)) or set(self.lexicon.terms(question))
        wants_date, wants_number = bool(ASKS_DATE.search(question)), bool(ASKS_QUANTITY.search(question))
        title_terms = set(self.lexicon.terms(SECTION_TERMS["Title"]))
        spans = [(n, s, e) for n, h in enumerate(hits, 1) for s, e in sentences_of(h.passage.text)]
        texts = [hits[n - 1].passage.text[s:e] for n, s, e in spans]
        meaning = self.similarity(question, texts) if texts else []
        out = []
        for (n, start, _), sentence, sim in zip(spans, texts, meaning, strict=True):
            context = f"{SECTION_TERMS.get(hits[n - 1].passage.section, '')} {sentence}"
            overlap = len(topic & set(self.lexicon.terms(context))) / len(topic) if topic else 0.0
            typed = (wants_date and bool(DATE.search(sentence))) or (wants_number and bool(NUMBER.search(sentence)))
            score = W_PASSAGE * hits[n - 1].score + W_MEANING * sim + W_WORDS * overlap + W_TYPE * typed
            if hits[n - 1].passage.section == "Title" and not topic & title_terms:
                score *= HEADLINE  # a headline names the topic; it rarely answers a question about it
            out.append(Candidate(n, start, sentence, score))
        return sorted(out, key=lambda c: (-c.score, c.n, c.start))

    def stream(self, question: str, hits: list[ScoredPassage]) -> Iterator[str]:
        compared = self.parties.compared(question)
        if len(compared) >= 2:
            yield from self._compare(question, hits, compared)
            return
        ranked = self.candidates(question, hits)
        if not ranked:
            return
        lead = [c for c in ranked if c.n == ranked[0].n]  # the best passage, whole: it is one unit of evidence
        others = [c for c in ranked if c.n != ranked[0].n and c.score >= RUNNER_UP * ranked[0].score]
        chosen = lead + others[: max(1, MAX_SENTENCES - len(lead))]
        # Lead with the best passage; sentences of one passage keep their order in the text.
        passage_rank = {c.n: i for i, c in reversed(list(enumerate(chosen)))}
        chosen.sort(key=lambda c: (passage_rank[c.n], c.start))
        for i, c in enumerate(chosen):
            yield ("" if i == 0 else " ") + f"{c.text} [{c.n}]"

    def _compare(self, question: str, hits: list[ScoredPassage], parties: list[str]) -> Iterator[str]:
        used: set[tuple[int, int]] = set()
        first = True
        for party in parties:
            # Ask about this party alone: "How do Kyiv and Moscow differ on NATO?" -> "... on NATO? Ukraine"
            own_question = f"{self.parties.topic_of_comparison(question)} {party}"
            scored = []
            for c in self.candidates(own_question, hits):
                home = hits[c.n - 1].passage.party == party
                if (c.n, c.start) not in used and (home or party in self.parties.mentioned(c.text)):
                    stance = 1 + W_STANCE * self.parties.states_position(party, c.text)
                    scored.append((c.score * (1.0 if home else OTHER_SECTION) * stance, c))
            if not scored:
                continue
            best = max(scored, key=lambda pair: pair[0])[1]
            used.add((best.n, best.start))
            yield ("" if first else " ") + f"{party}: {best.text} [{best.n}]"
            first = False
