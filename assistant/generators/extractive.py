"""The default generator: an answer composed of the passages' own most relevant sentences.

No model writes anything, so every sentence is grounded by construction. A sentence's score mixes its
passage's retrieval score, its own closeness in meaning to the question (MiniLM; a sentence that opens with
a pronoun is read with the sentence before it), its share of the question's topic words, whether it holds
the kind of answer asked for (a date for "when", a number for "how many"), and whether its passage holds
the figures the question names ("back in 2014"). The passage of the best sentence leads, whole (it is one
unit of evidence); close runners-up from other passages follow (up to four sentences in all), each with its
`[n]`. A comparison question ("How do Kyiv and Moscow differ on NATO?") gets each party's best statement
(and a close second), labelled with the party. Deterministic: the same passages and question always give
the same answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from assistant.answerability import ASKS_DATE, ASKS_QUANTITY, ASKS_SOURCE, ATTRIBUTION, DATE, NUMBER
from assistant.chunking import sentences_of
from assistant.generators.base import Generator
from assistant.lexicon import Lexicon
from assistant.models import SECTION_TERMS, ScoredPassage
from assistant.names import Parties

MAX_SENTENCES = 4
RUNNER_UP = 0.8  # a further sentence must score at least this share of the best one
W_PASSAGE, W_MEANING, W_WORDS, W_TYPE = 0.5, 0.5, 0.2, 0.1
HEADLINE = 0.8
OTHER_SECTION = 0.75
# In a comparison, a party's statements are sentences of its own section or that name it; those where it
# states a position itself count more, those in another party's section or with another party as the
# subject count less. Each party gets its best sentence, and a close second.
W_STANCE = 0.1
OTHER_SUBJECT = 0.8
PER_PARTY = 3
Similarity = Callable[[str, list[str]], list[float]]


FIGURE = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")
YEAR = re.compile(r"(?:19|20)\d\d")
# A sentence that opens with a pronoun ("He said…", "Now they are targeting…") is read with the sentence
# before it, which says who "he" or "they" is.
PRONOUN_LED = re.compile(r"\W*(?:[\w,]+\s+){0,3}?(?:he|she|they|it|his|her|their|its|this|these|those)\b", re.I)
OPENS_WITH_PRONOUN = re.compile(r"\W*(?:he|she|they)\b", re.I)


@dataclass(frozen=True)
class Candidate:
    n: int  # 1-based passage number
    start: int  # offset of the sentence within its passage
    text: str
    score: float
    context: str  # the sentence with its antecedent sentence when it opens with a pronoun


class ExtractiveGenerator(Generator):
    name = "extractive"

    def __init__(
        self, lexicon: Lexicon, parties: Parties, similarity: Similarity, people: frozenset[str] = frozenset()
    ) -> None:
        self.lexicon = lexicon
        self.parties = parties
        self.similarity = similarity
        self.people = people  # surnames the corpus introduces, lower case (`condense.people_in`)

    def candidates(self, question: str, hits: list[ScoredPassage]) -> list[Candidate]:
        """Every sentence of every passage, best first."""
        topic = set(self.lexicon.topic_terms(question)) or set(self.lexicon.terms(question))
        wants_date, wants_number = bool(ASKS_DATE.search(question)), bool(ASKS_QUANTITY.search(question))
        figures = set(FIGURE.findall(question))  # "back in 2014": the passage that says 2014 sets the scene
        title_terms = set(self.lexicon.terms(SECTION_TERMS["Title"]))
        spans = [(n, s, e) for n, h in enumerate(hits, 1) for s, e in sentences_of(h.passage.text)]
        texts = [hits[n - 1].passage.text[s:e] for n, s, e in spans]
        contexts = [self._context(hits[n - 1].passage.text, s, e) for n, s, e in spans]
        meaning = self.similarity(question, contexts) if texts else []
        out = []
        attributed = ASKS_SOURCE.search(question) and any(ATTRIBUTION.search(t) for t in texts)
        for (n, start, _), sentence, context_text, sim in zip(spans, texts, contexts, meaning, strict=True):
            if attributed and not ATTRIBUTION.search(sentence):
                continue  # "Which newspaper…?" is answered by the sentence that names the source, not a near one
            context = f"{SECTION_TERMS.get(hits[n - 1].passage.section, '')} {context_text}"
            overlap = len(topic & set(self.lexicon.terms(context))) / len(topic) if topic else 0.0
            typed = (wants_date and bool(DATE.search(sentence))) or (wants_number and bool(NUMBER.search(sentence)))
            score = W_PASSAGE * hits[n - 1].score + W_MEANING * sim + W_WORDS * overlap + W_TYPE * typed
            if figures:
                score += W_TYPE * _agreement(figures, set(FIGURE.findall(hits[n - 1].passage.text)))
            if hits[n - 1].passage.section == "Title" and not topic & title_terms:
                score *= HEADLINE  # a headline names the topic; it rarely answers a question about it
            out.append(Candidate(n, start, sentence, score, context_text))
        return sorted(out, key=lambda c: (-c.score, c.n, c.start))

    def _people_named_for(self, question: str, party: str) -> re.Pattern[str] | None:
        """A pattern of the people the question names for `party` ("Peskov" for Russia), or None."""
        names = {question[b:e] for b, e, who in self.parties.spans(question) if who == party}
        people = sorted(n for n in names if n.lower() in self.people)
        return re.compile(rf"\b(?:{'|'.join(map(re.escape, people))})\b", re.I) if people else None

    def _context(self, passage: str, start: int, end: int) -> str:
        """What a sentence is read as: with its opening "they" named when an earlier sentence of the passage
        says who they are ("Now Russian are targeting…" embeds closer to "the Russians going after" than
        "they" does), else with the sentence before it when it opens with a pronoun."""
        before = [passage[s:e] for s, e in sentences_of(passage) if e <= start]
        return self.parties.resolve_pronoun(passage[start:end], before) or _with_antecedent(passage, start, end)

    def stream(self, question: str, hits: list[ScoredPassage]) -> Iterator[str]:
        compared = self.parties.compared(question)
        if len(compared) >= 2:
            yield from self._compare(question, hits, compared)
            return
        ranked = self._by_stance(question, self.candidates(question, hits))
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

    def _by_stance(self, question: str, ranked: list[Candidate]) -> list[Candidate]:
        """`ranked`, re-ranked for a question about what a party wants or thinks ("What does Russia want on
        territory?"): the party's own statements count more, as in a comparison."""
        named = self.parties.mentioned(question)
        if not named or not self.parties.asks_position(question):
            return ranked
        boosted = [replace(c, score=c.score * (1 + W_STANCE * self._states(named[0], c))) for c in ranked]
        return sorted(boosted, key=lambda c: (-c.score, c.n, c.start))

    def _states(self, party: str, c: Candidate) -> bool:
        return self.parties.states_position(party, c.context, start=len(c.context) - len(c.text))

    def _compare(self, question: str, hits: list[ScoredPassage], parties: list[str]) -> Iterator[str]:
        used: set[tuple[int, int]] = set()
        first = True
        for party in parties:
            # Ask about this party alone: "How do Kyiv and Moscow differ on NATO?" -> "... on NATO? Ukraine"
            own_question = f"{self.parties.topic_of_comparison(question)} {party}"
            scored = []
            for c in self.candidates(own_question, hits):
                named = self.parties.mentioned(c.context)
                # "He said…" is about whom "he" is; "Trump suggested that it…" is about Trump.
                subject = self.parties.subject_of(c.context if OPENS_WITH_PRONOUN.match(c.text) else c.text) or party
                home = hits[c.n - 1].passage.party == party
                if (c.n, c.start) in used or not (home or party in named):
                    continue
                stance = self._states(party, c)
                score = c.score * (1 + W_STANCE * stance)
                if not home and not stance:  # a party's own statement is its position in any section
                    score *= OTHER_SECTION
                if subject != party and not stance:  # another party is the subject: "Trump suggested that Moscow…"
                    score *= OTHER_SUBJECT
                scored.append((score, c))
            # "How do Zelensky and Peskov differ…?": each side is heard through the person the question names.
            speakers = self._people_named_for(question, party)
            if speakers:
                scored = [(s, c) for s, c in scored if speakers.search(c.context)] or scored
            scored.sort(key=lambda pair: -pair[0])
            chosen = [c for score, c in scored[:PER_PARTY] if score >= RUNNER_UP * scored[0][0]]
            chosen.sort(key=lambda c: (c.n, c.start))
            for i, c in enumerate(chosen):
                used.add((c.n, c.start))
                label = f"{party}: " if i == 0 else ""
                yield ("" if first else " ") + f"{label}{c.text} [{c.n}]"
                first = False


def _with_antecedent(passage: str, start: int, end: int) -> str:
    """The sentence `passage[start:end]`, led by the sentence before it when it opens with a pronoun."""
    if start == 0 or not PRONOUN_LED.match(passage, start):
        return passage[start:end]
    before = [s for s, e in sentences_of(passage) if e <= start]
    return passage[before[-1] : end] if before else passage[start:end]


def _agreement(asked: set[str], stated: set[str]) -> int:
    """+1 when a passage states every figure the question names, -1 when it dates itself to another year only."""
    if asked <= stated:
        return 1
    years = {f for f in stated if YEAR.fullmatch(f)}
    return -1 if years and not years & asked and any(YEAR.fullmatch(f) for f in asked) else 0
