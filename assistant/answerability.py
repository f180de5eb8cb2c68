"""Does the corpus answer this question at all? The gate in front of every generator.

Instructions aimed at the assistant ("ignore your instructions…") are cut from the question first, so
they change nothing; a message that is only such instructions is refused. Then a question is refused when:
- it is about a name the corpus never mentions ("China", "Macron"), even after respelling;
- what it asks for is a thing the corpus never mentions: the focus of "how many X", "what is the X of";
- it asks "when"/"how many" and no retrieved sentence holds a date or a number, or asks which newspaper
  (outlet, publication) a text is from and no retrieved sentence attributes it ("…, writes The Times");
- nothing retrieved is close to it, in meaning (embeddings) or in words (topic terms).
A question about what the text is about (`asks_gist`) is answered from its lede instead (`chain.py`).
This module decides; it writes no answer text beyond the refusal message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.lexicon import QUESTION_FRAME, STOPWORDS, Lexicon, stems, words
from assistant.models import ScoredPassage

# Clauses that address the assistant rather than ask about the corpus.
_INSTRUCTION = re.compile(
    r"""(?ix)
    \b(?:ignore|disregard|forget|override|bypass)\b[^.?!\n]{0,60}\b(?:instructions?|rules?|prompts?|guidelines|
        context|above|previous|everything|article|text|document|passages?|sources?)\b
    | \byou\s+are\s+(?:now|no\s+longer)\b
    | \b(?:pretend|act)\s+(?:to\s+be|as\s+(?:if|a|an)|that)\b
    | \b(?:system|developer)\s+(?:prompt|message|mode|override)\b | \bsystem\s+override\b
    | \b(?:reveal|print|show|repeat|leak)\b[^.?!\n]{0,30}\b(?:prompt|instructions|api\s+key|password|secrets?)\b
    | \bjailbreak\b | \bnew\s+instructions?\b | \bmake\s+(?:things|something|it)\s+up\b
    | \banswer\s+from\s+(?:memory|your\s+own\s+knowledge)\b
    """
)
_CLAUSE = re.compile(r"[^.?!:;\n]+[.?!:;]*")
_NAME = re.compile(r"(?<=[a-z,] )([A-Z][A-Za-z]+|[A-Z]{2,})\b")
_FOCUS = re.compile(
    r"(?i)\bhow\s+(?:many|much)\s+(?P<a>[a-z]+)|\bwhat(?:'s|’s|\s+is|\s+was|\s+are)\s+(?:the\s+|its\s+|their\s+|"
    r"[A-Z][\w]+(?:'s|’s)\s+)(?P<b>[a-z]+)(?:\s+(?P<c>[a-z]+))?\s+(?:of|in|like|for)\b"
)
DATE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:this|last|next)\s+(?:week|month|year))\b"
)
QUANTITY = re.compile(
    r"\d|\b(?:half|twice|double|triple|dozens?|hundreds?|thousands?|millions?|billions?|entire|whole|all|most|"
    r"part|fully|none|several|many|much|few)\b",
    re.I,
)
# A number as an answer to "how many/much": not a year.
NUMBER = re.compile(r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|%|\b(?:half|twice|double|triple|entire|whole)\b", re.I)
ASKS_DATE = re.compile(r"(?i)^\W*(?:when\b|(?:in|on)\s+what\s+(?:date|day|year|month)|what\s+(?:date|year))")
# A question about where the document itself comes from ("Which newspaper is this analysis from?"): a word
# for a publisher and a word for this text. Not "who wrote it", which the byline answers like any question.
_PUBLISHER = (
    r"\b(?:newspaper|paper|publication|outlet|news\s*(?:site|outlet|agency)|media|magazine|publisher|published|"
    r"ran|carried)\b"
)
_THIS_TEXT = (
    r"\b(?:this|the|that)\s+(?:article|analysis|piece|story|report|text|document|column|op-ed)\b|\b(?:this|it)\b"
)
ASKS_SOURCE = re.compile(rf"(?i)^(?=.*{_PUBLISHER})(?=.*(?:{_THIS_TEXT}))\W*(?:which|what|where|who)\b")
# A sentence that names where a text comes from: "…, writes The Washington Post.", "according to Reuters".
ATTRIBUTION = re.compile(
    r"\b(?:writes|wrote|reports|reported|according\s+to|published\s+(?:by|in))\s+(?:the\s+)?[A-Z][\w.&'-]*"
)
# A question about what the text as a whole says ("What is this article about?", "Summarize the piece"): it
# names the text and asks for nothing but its gist. "What does the article say about NATO?" names a topic.
_DOCUMENT = re.compile(r"\b(?:article|analysis|piece|story|report|text|document|column|op-ed)\b", re.I)
_GIST = frozenset(
    """about cover covers covered covering summary summarize summarise gist overview point points topic topics
    main mainly overall""".split()
)
ASKS_QUANTITY = re.compile(r"(?i)\bhow\s+(?:many|much|long|far|big|large)\b|\bwhat\s+(?:percentage|share|number)\b")

Synonyms = Callable[[list[str], list[str]], set[str]]
MIN_DENSE = 0.30  # below this the best passage is not about the question...
MIN_OVERLAP_WHEN_FAR = 0.5  # ...unless it holds most of the question's words
MIN_OVERLAP = 0.34  # ...and neither is it when it shares less than this share of the question's topic terms
CLOSE_ENOUGH = 0.5  # a passage this close in meaning makes up for missing words
TYPED_WINDOW = 3  # how many of the best hits may hold the date or number a question asks for


@dataclass(frozen=True)
class Verdict:
    answerable: bool
    reason: str
    missing: tuple[str, ...] = ()


def strip_instructions(question: str) -> str:
    """The question without clauses that try to instruct the assistant (empty if nothing else is left)."""
    kept = [c.strip() for c in _CLAUSE.findall(question) if c.strip(" .?!:;") and not _INSTRUCTION.search(c)]
    return " ".join(kept)


def asks_gist(question: str) -> bool:
    """Whether `question` asks what the text it names is about, and nothing more."""
    if not _DOCUMENT.search(question):
        return False
    rest = [w for w in words(question) if w not in STOPWORDS and w not in QUESTION_FRAME and w not in _GIST]
    return all(_DOCUMENT.fullmatch(w) for w in rest)


def unknown_names(question: str, lexicon: Lexicon) -> list[str]:
    """Capitalised names in the question (not its first word) that the corpus never mentions."""
    return [n for n in _NAME.findall(question) if n.lower() not in STOPWORDS and not lexicon.knows_name(n)]


def unknown_focus(question: str, lexicon: Lexicon) -> list[str]:
    """The thing asked for ("how many tonnes", "what is the population of") when the corpus never mentions it."""
    focus = [w for m in _FOCUS.finditer(question) for w in m.groups() if w]
    focus = [w for w in focus if w.lower() not in STOPWORDS and w.lower() not in QUESTION_FRAME]
    return [w for w in focus if lexicon.unknown_terms(w)]


def topic_overlap(question: str, texts: list[str], lexicon: Lexicon, synonyms_in: Synonyms) -> float:
    """Share of the question's topic words that the texts contain, as such or as a near-synonym."""
    topic = [w for w in words(question) if w not in STOPWORDS and w not in QUESTION_FRAME]
    if not topic:
        return 1.0
    passage_words = {w for t in texts for w in words(t) if w not in STOPWORDS}
    passage_terms = set(stems(lexicon.canonical(w) for w in passage_words))
    missing = [w for w in topic if stems([lexicon.canonical(w)])[0] not in passage_terms]
    found = synonyms_in(missing, sorted(passage_words)) if missing else set()
    return 1 - (len(missing) - len(found)) / len(topic)


def judge(
    question: str, hits: list[ScoredPassage], lexicon: Lexicon, sentences: list[str], synonyms_in: Synonyms
) -> Verdict:
    """Whether `hits` (retrieved for `question`) can answer it; `sentences` are the best candidate answers."""
    if not question.strip() or not hits:
        return Verdict(False, "no question about the corpus")
    names = unknown_names(question, lexicon)
    if names:
        return Verdict(False, "unknown names", tuple(names))
    focus = unknown_focus(question, lexicon)
    if focus:
        return Verdict(False, "unknown focus", tuple(focus))
    if ASKS_DATE.search(question) and not any(DATE.search(s) for s in sentences[:TYPED_WINDOW]):
        return Verdict(False, "no date in the passages")
    if ASKS_QUANTITY.search(question) and not any(QUANTITY.search(s) for s in sentences):
        return Verdict(False, "no number in the passages")
    if asks_gist(question):  # its words are about the document, not in it: the lede answers (chain.py)
        return Verdict(True, "ok")
    if ASKS_SOURCE.search(question):  # its words are about the document, not in it: only an attribution answers
        found = any(ATTRIBUTION.search(s) for s in sentences)
        return Verdict(found, "ok" if found else "the passages name no source")
    best_dense = max(h.dense_score or 0.0 for h in hits)
    overlap = topic_overlap(question, [h.passage.search_text for h in hits[:3]], lexicon, synonyms_in)
    if best_dense < MIN_DENSE and overlap < MIN_OVERLAP_WHEN_FAR:
        return Verdict(False, f"no passage is close (best similarity {best_dense:.2f})")
    if overlap < MIN_OVERLAP and best_dense < CLOSE_ENOUGH:
        return Verdict(False, f"the passages share too little with the question ({overlap:.0%})")
    return Verdict(True, "ok")


def refusal_text(verdict: Verdict) -> str:
    detail = f" (it never mentions {', '.join(verdict.missing)})" if verdict.missing else ""
    return f"The corpus does not answer this{detail}, so I can't answer it from the source."
