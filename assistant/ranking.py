"""The one sentence ranker: every sentence of the retrieved passages, scored for a question (`ScoredPassage ->
Candidate`). The generator leads with its best, the judge asks whether any holds what the question asks for,
and the positions matrix picks a party's statements with it.

Each sentence is described by a few general features (`FEATURES`): its closeness in meaning to the question
(MiniLM; a sentence that opens with a pronoun is read with the sentence before it, or alone when that is
closer), its passage's retrieval scores, its share of the question's topic words, whether it holds the kind of
answer asked for (a date for "when", a number for "how many", a reason for "why", a condition for "under what
condition" or "…if…?", what `ask.Ask` wants), whether a party the question asks about states a position in it, and
where it sits. Its score is a weighted sum of them, with weights learned by logistic regression on the
development gold sets (`benches/train_ranker.py`, checked leave-one-corpus-out) and stored in `ranker.json`.
Deterministic. This module ranks; it writes no answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np

from assistant.antecedents import continues_quote, own_start, with_antecedent, with_question
from assistant.chunking import sentences_of
from assistant.comparison_words import ASKS_WHY, set_aside
from assistant.condense import context_of, own_words
from assistant.english import STOPWORDS, UNTOPICAL, plain_verbs
from assistant.figures import DATE, NUMBER, SPAN, agreement, without_rates
from assistant.holds import Synonyms, under_title
from assistant.layout import SPEAKER_LABEL, WHERE_AND_WHEN, in_questioners_turn, record_entry
from assistant.lexicon import Lexicon, words
from assistant.models import SECTION_TERMS, Passage, ScoredPassage
from assistant.names import Parties
from assistant.question import Ask, read
from assistant.sides import as_said_by
from assistant.sourcing import ASKS_SOURCE, ATTRIBUTION
from assistant.speakers import STANCE_AFTER_SUBJECT
from assistant.tense import CLOCK, CONDITIONALS

Similarity = Callable[[str, list[str]], list[float]]
WordVectors = Callable[[list[str]], np.ndarray]
WEIGHTS_FILE = Path(__file__).with_name("ranker.json")
FEATURES = (
    "meaning",  # cosine of the sentence (with its antecedent) to the question
    "meaning_gap",  # how far below the closest sentence it is
    "passage",  # the passage's fused retrieval score
    "passage_words",  # the passage's BM25 score, as a share of the best passage's
    "first_passage",  # 1 / the passage's rank
    "words",  # share of the question's topic words in the sentence (and its section's name)
    "words_gap",  # how far below the sentence with most of them it is
    "rare_words",  # the same share, each word weighed by how few of the other sentences hold it
    "soft_words",  # mean over the question's topic words of the closest word of the sentence (MiniLM cosine)
    "novelty",  # share of the sentence's words that the question does not hold: it says something new
    "typed",  # holds the kind of answer asked for: a date, a number, a reason
    "meets",  # holds what the question asks for (`Ask.met_by`), when it asks for something particular
    "misses",  # ... and does not
    "stance",  # a party the question asks about states a position in it
    "party",  # names a party the question names
    "headline",  # is the title, a record's entry ("Subject: …", a signature) or in a reporter's turn ("Q: …")
    "front",  # is the lede or byline
    "opening",  # opens its passage
    "pronoun",  # opens with a pronoun
    "length",  # characters / 300
    "figures",  # its passage states the figures the question names (+1), or dates itself to another year (-1)
)
FIGURE = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")
# English connectives of cause and purpose (the subordinators of reason of any grammar), the verbs that give a
# justification ("arguing that…", "citing") and what a concession was made for ("in exchange for"): "why".
REASON = re.compile(
    r"(?i)\b(?:because|since|as a result|due to|owing to|in order to|so that|so as to|for fear|fear(?:ed|ing)?|"
    r"believ(?:ed|ing)|reason|thus|therefore|consequently|given that|to avoid|to prevent|"
    r"argu(?:es|ed|ing)|citing|on the grounds?|in (?:exchange|return) for|justif(?:y|ied|ies|ying)|"
    r"under\s+(?:the\s+)?pressure\s+(?:from|of))\b"
)
# "Under what condition…?" (or "What was X's precondition…?") is answered by a sentence that states one:
# English's conditional subordinators and their phrasal equivalents (Quirk et al. §15.33-15.36: "if", "unless",
# "provided that", "as long as"…), and "until", by which "no talks… until they withdrew" sets one.
ASKS_CONDITION = re.compile(r"(?i)\b(?:under|on)\s+what\s+(?:conditions?|terms|circumstances)\b|\bpre-?conditions?\b")
SETS_CONDITION = re.compile(r"(?i)\b(?:if|unless)\b")  # "What can Kovary do if…?": "If there is no deal…"
CONDITION = re.compile(
    rf"(?i)\b(?:{CONDITIONALS}|conditional|contingent|in (?:exchange|return) for|only (?:when|after|once)|until)\b"
)
# "instead" (not "instead of X", which names what is set aside) asks for another answer than the one before
INSTEAD = re.compile(r"(?i)\binstead\b(?!\s+of\b)")
OPENS_WITH_PRONOUN = re.compile(r"\W*(?:he|she|they|it|this|these|those)\b", re.I)


@dataclass(frozen=True)
class Candidate:
    n: int  # 1-based passage number
    start: int  # offset of the sentence within its passage
    text: str
    score: float
    context: str  # the sentence with its antecedent sentence when it opens with a pronoun
    meets: bool = True  # holds what the question asks for (`ask.Ask.met_by`)

    @property
    def own_start(self) -> int:
        return own_start(self.context, self.text)


def best_first(candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` by score; scores that agree to three places are a tie, broken by the retriever's order, so
    that a machine that computes the vectors in another precision ranks the same sentences first."""
    return sorted(candidates, key=lambda c: (-round(c.score, 3), c.n, c.start))


@cache
def learned_weights(path: Path = WEIGHTS_FILE) -> np.ndarray:
    """The weights of `FEATURES` (then the intercept) that `benches/train_ranker.py` saved."""
    saved = json.loads(path.read_text(encoding="utf-8"))
    return np.array([saved["weights"][name] for name in FEATURES] + [saved["intercept"]])


class SentenceRanker:
    def __init__(
        self,
        lexicon: Lexicon,
        parties: Parties,
        similarity: Similarity,
        synonyms: Synonyms,
        word_vectors: WordVectors,
        sides: Mapping[str, str] | None = None,
        speaking: Mapping[str, str] | None = None,
        weights: np.ndarray | None = None,
        asked: Mapping[str, str] | None = None,
    ) -> None:
        """`sides`: each person's party (`sides.people_sides`), for whom "we" stands in what they say;
        `speaking`: the party whose speech a passage goes on with (`sides.speeches`); `asked`: what a passage is
        read after, a transcript's question or the sentence before it (`antecedents.read_after`)."""
        self.sides, self.speaking, self.asked = sides or {}, speaking or {}, asked or {}
        self.word_vectors = word_vectors
        self.lexicon = lexicon
        self.parties = parties
        self.similarity = similarity
        self.synonyms = synonyms
        self.weights = learned_weights() if weights is None else weights
        self._last: tuple[object, list[Candidate]] | None = None

    def rank(self, question: str, hits: list[ScoredPassage], ask: Ask | None = None) -> list[Candidate]:
        """Every sentence of every passage, best first (for "…instead?" with the question before as context, the
        one that question would lead with last). The judge and the generator rank the same sentences for one
        question, one after the other: the last ranking is kept for the second."""
        key = (question, tuple((h.passage.id, h.score) for h in hits), ask, self.weights.tobytes())
        last = self._last
        if last is not None and last[0] == key:
            return last[1]
        ranked = self._rank(question, hits, ask)
        self._last = (key, ranked)
        return ranked

    def _rank(self, question: str, hits: list[ScoredPassage], ask: Ask | None) -> list[Candidate]:
        candidates, features = self.described(question, hits, ask)
        # A probability that the sentence states the answer: comparable across questions and always positive.
        scores = 1 / (1 + np.exp(-(features @ self.weights[:-1] + self.weights[-1]))) if candidates else np.zeros(0)
        ranked = [
            Candidate(c.n, c.start, c.text, float(s), c.context, c.meets)
            for c, s in zip(candidates, scores, strict=True)
        ]
        ranked = best_first(ranked)
        before = context_of(question)
        if before and INSTEAD.search(own_words(question)):  # "And what did they offer instead?": not the answer
            answered = self._rank(before, hits, None)[:1]  # ...that the question before was given
            ranked.sort(key=lambda c: any((c.n, c.start) == (a.n, a.start) for a in answered))
        return ranked

    def described(
        self, question: str, hits: list[ScoredPassage], ask: Ask | None = None
    ) -> tuple[list[Candidate], np.ndarray]:
        """Every sentence of every passage (unscored, in passage order) and its row of `FEATURES`."""
        ask = ask or read(question)
        question = set_aside(question)  # "Apart from Port Arthur, what…": Port Arthur is not the answer
        looked_up = plain_verbs(question)  # "turn down (reject)": a text may say "rejected"
        topic = set(self.lexicon.topic_terms(looked_up)) or set(self.lexicon.terms(looked_up))
        why = bool(ASKS_WHY.search(question))
        conditional = bool(ASKS_CONDITION.search(question) or SETS_CONDITION.search(own_words(question)))
        figures = set(FIGURE.findall(question))  # "back in 2014": the passage that says 2014 sets the scene
        spans = [(n, s, e) for n, h in enumerate(hits, 1) for s, e in sentences_of(h.passage.text)]
        texts = [hits[n - 1].passage.text[s:e] for n, s, e in spans]
        if ASKS_SOURCE.search(question) and any(ATTRIBUTION.search(t) for t in texts):
            # "Which newspaper…?" is answered by the sentence that names the source, not a near one
            keep = [i for i, t in enumerate(texts) if ATTRIBUTION.search(t)]
            spans, texts = [spans[i] for i in keep], [texts[i] for i in keep]
        if not texts:
            return [], np.zeros((0, len(FEATURES)))
        contexts = [self._context(hits[n - 1].passage, s, e) for n, s, e in spans]
        meaning = np.array(self.similarity(question, contexts))
        # a sentence read with the one before it is also as close as it is alone ("He asked for… navigation")
        meaning = np.maximum(meaning, self.similarity(question, texts))
        if context_of(question):  # "Which of them went on to Moscow…? (context: Who was part of…?)": its own words too
            meaning = np.maximum(meaning, self.similarity(own_words(question), texts))
        named = self.parties.mentioned(question)
        stance_of = named[0] if named and self._asks_stance(question) else None
        top_lexical = max(h.lexical_score or 0.0 for h in hits) or 1.0
        overlaps = np.array(
            [
                len(topic & set(self.lexicon.terms(f"{SECTION_TERMS.get(hits[n - 1].passage.section, '')} {c}")))
                / max(1, len(topic))
                for (n, _, _), c in zip(spans, contexts, strict=True)
            ]
        )
        terms = [set(self.lexicon.terms(c)) for c in contexts]
        rarity = {t: np.log((len(terms) + 1) / (1 + sum(t in ts for ts in terms))) for t in topic}
        asked = set(self.lexicon.terms(question))
        soft = self.closeness(looked_up, contexts)
        under = [read_under(ask, h.passage, self.lexicon) for h in hits]  # once a passage, not once a sentence
        candidates, rows = [], []
        for i, ((n, start, _), sentence, context) in enumerate(zip(spans, texts, contexts, strict=True)):
            hit = hits[n - 1]
            typed = (
                (ask.wants == "date" and bool(DATE.search(sentence)))
                or (ask.wants == "number" and bool(NUMBER.search(sentence)))
                or (ask.wants == "duration" and bool(SPAN.search(without_rates(sentence))))
                or (ask.wants == "time" and bool(CLOCK.search(sentence)))
                or (why and bool(REASON.search(sentence)))
                or (conditional and bool(CONDITION.search(sentence)))
            )
            meets = not ask.checked or under[n - 1].met_by(
                sentence, context, hit.passage.text, self.lexicon, self.synonyms
            )
            rows.append(
                [
                    meaning[i],
                    meaning.max() - meaning[i],
                    hit.score,
                    (hit.lexical_score or 0.0) / top_lexical,
                    1 / n,
                    overlaps[i],
                    overlaps.max() - overlaps[i],
                    sum(rarity[t] for t in topic & terms[i]) / (sum(rarity.values()) or 1.0),
                    soft[i],
                    len(terms[i] - asked) / max(1, len(terms[i])),
                    typed,
                    ask.demanding and meets,
                    ask.demanding and not meets,
                    stance_of is not None and self.states(stance_of, context, sentence),
                    bool(set(named) & set(self.parties.mentioned(context))),
                    hit.passage.section == "Title"
                    or record_entry(sentence)
                    or in_questioners_turn(hit.passage.text, start),
                    hit.passage.section in ("Lede", "Byline"),
                    start == 0,
                    bool(OPENS_WITH_PRONOUN.match(sentence)),
                    len(sentence) / 300,
                    agreement(figures, set(FIGURE.findall(hit.passage.text))) if figures else 0,
                ]
            )
            candidates.append(Candidate(n, start, sentence, 0.0, context, meets))
        return candidates, np.array(rows, dtype=float)

    def closeness(self, question: str, texts: list[str]) -> np.ndarray:
        """For each text, the mean over the question's topic words of the MiniLM cosine of the closest word of
        the text: word overlap that counts "headway" against "progress"."""
        asked = [w for w in dict.fromkeys(words(question)) if w not in UNTOPICAL]
        per_text = [[w for w in dict.fromkeys(words(t)) if w not in STOPWORDS] for t in texts]
        vocabulary = sorted({w for ws in per_text for w in ws})
        if not asked or not vocabulary:
            return np.zeros(len(texts))
        close = self.word_vectors(asked) @ self.word_vectors(vocabulary).T
        column = {w: i for i, w in enumerate(vocabulary)}
        return np.array([close[:, [column[w] for w in ws]].max(axis=1).mean() if ws else 0.0 for ws in per_text])

    def _asks_stance(self, question: str) -> bool:
        """Whether `question` asks for a position ("What does Japan want?") or what a party it names did as a
        party to the talks ("What did Japan finally accept?")."""
        return self.parties.asks_position(question) or any(
            STANCE_AFTER_SUBJECT.match(question, end) for _, end, _ in self.parties.spans(question)
        )

    def states(self, party: str, context: str, sentence: str) -> bool:
        """Whether `party` states a position in `sentence` (read with its `context`)."""
        label = SPEAKER_LABEL.match(sentence)  # "MS. ADEYEMI: Real-time telemetry…": her side's own words
        if label and party in self.parties.mentioned(label.group(1)):
            return True
        start = 0 if continues_quote(sentence) else own_start(context, sentence)
        return self.parties.states_position(party, context, start=start)

    def _context(self, passage: Passage, start: int, end: int) -> str:
        """What a sentence is read as: with the sentence before it when it opens with a pronoun, and its opening
        "they" named when an earlier sentence of the passage says who they are ("Now Russian are targeting…"
        embeds closer to "the Russians going after" than "they" does)."""
        text = passage.text
        before = [text[s:e] for s, e in sentences_of(text) if e <= start]
        resolved = self.parties.resolve_pronoun(text[start:end], before)
        context = f"{before[-1]} {resolved}" if resolved else with_antecedent(text, start, end)
        context = with_question(context, text[start:end], text, self.asked.get(passage.id))
        if passage.section == "Lede" and WHERE_AND_WHEN.fullmatch(text):  # where and when the title's event was
            context = f"{passage.title}: {context}"
        # "Our side wants…": Varnessa's side
        return as_said_by(context, text, start, self.sides, self.speaking.get(passage.id))


def read_under(ask: Ask, passage: Passage, lexicon: Lexicon) -> Ask:
    """`ask` as read in `passage`: a name the title of its document holds is what each of its passages is about,
    named there or not ("…as Brannock Falls bus strike nears third week")."""
    return replace(ask, names=under_title(ask.names, passage.title, lexicon)) if ask.names else ask
