"""Does the corpus answer this question at all? The gate in front of every generator.

Instructions aimed at the assistant ("ignore your instructions…") are cut from the question first, so
they change nothing; a message that is only such instructions is refused. Then a question is refused when:
- it is about a name the corpus never mentions ("China", "Macron"), even after respelling and as a
  people's adjective or another English name of a country ("Egyptian" is Egypt, "American" the U.S.);
- it asks "what is the X of/like" for a thing the corpus never mentions ("the population of"), or when
  something happened by a verb the corpus never uses, nor the passages retrieved a word near it ("When did
  Galtieri resign?");
- it asks a stance on an issue the text never speaks of, or a party's that no best sentence gives as the
  party's on the issue (`stance_issues`);
- it asks which newspaper (outlet, publication) a text is from and no retrieved sentence attributes it;
- none of the best sentences holds what it asks for (`ask.Ask`: a date for "when", a number of X for
  "how many X", a new name for "who is A's minister", X speaking for "what did X say"), which the refusal
  names; a question of two parts is judged by what its first part asks;
- it asks about one of a series ("Where was the third round held?") and the best sentences speak only of
  others (the fourth and fifth rounds);
- it asks a levy on a thing ("What tariff does Kovary charge on Arvenish barley?") and no best sentence names the
  thing but with another party's adjective ("…tariff on Kovarian barley") (`levies`);
- it asks yes or no about two names ("Did Wilson ever meet Lenin?") and no passage names two of them;
- nothing retrieved is close to it, in meaning (embeddings) or in words (topic terms), and it demands nothing
  that a sentence holds.
A question about what the text is about (`asks_gist`) is answered from its lede instead (`chain.py`).
This module decides; it writes no answer text beyond the refusal message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.asked_focus import unknown_compound, unknown_focus
from assistant.comparison_words import YES_NO
from assistant.condense import own_words
from assistant.english import STOPWORDS, UNTOPICAL, is_noun
from assistant.holds import QUESTION_NAME, Synonyms
from assistant.levies import LEVIED_ON, levied_on, levies_on
from assistant.lexicon import Lexicon, stems, words
from assistant.models import ScoredPassage
from assistant.ordinals import of_series, ordinal_value
from assistant.question import Ask, read
from assistant.question_figures import CHANGE, DEGREE
from assistant.question_forms import topic_words
from assistant.question_parts import question_parts
from assistant.question_roles import named_anywhere
from assistant.ranking import Candidate, read_under
from assistant.sourcing import ASKS_AUTHOR, ASKS_SOURCE, ATTRIBUTION
from assistant.stance_issues import unheard_stance, unknown_issue, unspoken
from assistant.tense import topic_verbs

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
# Clauses end at punctuation followed by a space or a line break, so "U.S." and "2.5" stay whole.
_CLAUSE_END = re.compile(r"(?<=[.?!:;])\s+|\n+")
# ...and the thing whose figure changes ("How much would fares go up…?", "How sharply did prices rise?"): a text
# that never speaks of fares gives no rise in them
_CHANGED = re.compile(
    rf"(?i)\bhow\s+(?:much|far|{DEGREE})\s+(?:would|will|did|does|do|could|might|can|should|has|have|had|is|are|was|"
    r"were)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?P<head>[a-z]+)\s+"
    rf"(?:(?:go|goes|gone|went)\s+(?:up|down)|{CHANGE})\b"
)


def unknown_measured(question: str, texts: list[str], lexicon: Lexicon, synonyms_in: Synonyms) -> list[str]:
    """The thing whose rise or fall, price or levy, or amount ("How much aid…") is asked about, when the corpus
    never uses its word and `texts` (the passages retrieved) no near-synonym."""
    found = [*_CHANGED.finditer(question), *LEVIED_ON.finditer(question)]
    stuff = read(question).stuff  # "How much aid has Valmora promised?": an amount of aid
    heads = [m["head"] for m in found if is_noun(m["head"])] + ([stuff] if stuff and is_noun(stuff) else [])
    return heads if unspoken(heads, texts, lexicon, synonyms_in) else []


# A participle between a determiner and its noun is an adjective ("his written proposal"), no event of its own
_ATTRIBUTIVE = re.compile(r"(?i)\b(?:the|a|an|his|her|its|their|our|this|that)\s+([a-z]+(?:ed|en))\s+(?=[a-z]+)")


def unknown_event(question: str, texts: list[str], lexicon: Lexicon, synonyms_in: Synonyms) -> list[str]:
    """The verbs of the event whose date is asked ("When did Galtieri resign?"), when the corpus uses none of
    them in any form and `texts` (the passages retrieved) no near-synonym."""
    ask = read(question)
    if ask.wants != "date" and not ask.place:
        return []
    verbs = topic_verbs(ask.topic if ask.wants == "date" else tuple(topic_words(question)))  # "Where does X live?"
    adjectives = {m.lower() for m in _ATTRIBUTIVE.findall(question)}
    verbs = [v for v in verbs if v not in adjectives]
    return verbs if unspoken(verbs, texts, lexicon, synonyms_in) else []


# A question about what the text as a whole says ("What is this article about?", "Summarize the piece"): it
# names the text and asks for nothing but its gist. "What does the article say about NATO?" names a topic.
_DOCUMENT = re.compile(r"\b(?:article|analysis|piece|story|report|text|document|column|op-ed)\b", re.I)
_GIST = frozenset(
    """about cover covers covered covering summary summarize summarise gist overview point points topic topics
    main mainly overall""".split()
)

MIN_DENSE = 0.30  # below this the best passage is not about the question...
MIN_OVERLAP = 0.34  # ...unless it holds at least this share of the question's topic words
WINDOW = 6  # how many of the best sentences may hold what the question asks for


@dataclass(frozen=True)
class Verdict:
    answerable: bool
    reason: str
    missing: tuple[str, ...] = ()
    explained: bool = False  # the reason says, in a user's words, what the passages lack


def strip_instructions(question: str) -> str:
    """The question without clauses that try to instruct the assistant (empty if nothing else is left)."""
    clauses = _CLAUSE_END.split(question.strip())
    kept = [c.strip() for c in clauses if c.strip(" .?!:;") and not _INSTRUCTION.search(c)]
    return " ".join(kept)


def asks_gist(question: str) -> bool:
    """Whether `question` asks what the text it names is about, and nothing more."""
    if not _DOCUMENT.search(question):
        return False
    rest = [w for w in words(question) if w not in UNTOPICAL and w not in _GIST]
    return all(_DOCUMENT.fullmatch(w) for w in rest)


# A relative clause about a thing, and a place named after a preposition in it.
_RELATIVE = re.compile(r"\s(?:that|which)\s+(?=[a-z])")
_PLACE = re.compile(
    r"\b(?:from|to|in|into|across|through|around|via|at|toward|towards|near)\s+(?:the\s+)?[A-Z][\w’'-]*"
)


def unknown_names(question: str, lexicon: Lexicon) -> list[str]:
    """Capitalised names in the question (not its first word) that the corpus never mentions. A name of several
    words counts whole first ("United States" is known to a text that says "U.S."), then word by word. A place
    in a relative clause about a thing the corpus names only describes it ("What became of the Russian ships
    that sailed from Europe?"): it need not be known."""
    relative = _RELATIVE.search(question)
    if relative and any(lexicon.knows_name(n) for n in QUESTION_NAME.findall(question[: relative.start()])):
        question = question[: relative.end()] + _PLACE.sub(" ", question[relative.end() :])
    return [
        word
        for name in QUESTION_NAME.findall(question)
        if not lexicon.knows_name(name)
        for word in name.split()
        if word.lower() not in STOPWORDS and not lexicon.knows_name(word)
    ]


def topic_overlap(question: str, texts: list[str], lexicon: Lexicon, synonyms_in: Synonyms) -> float:
    """Share of the question's topic words that the texts contain, as such or as a near-synonym."""
    topic = [w for w in words(question) if w not in UNTOPICAL]
    if not topic:
        return 1.0
    passage_words = {w for t in texts for w in words(t) if w not in STOPWORDS}
    passage_terms = set(stems(lexicon.canonical(w) for w in passage_words))
    missing = [w for w in topic if stems([lexicon.canonical(w)])[0] not in passage_terms]
    found = synonyms_in(missing, sorted(passage_words)) if missing else set()
    return 1 - (len(missing) - len(found)) / len(topic)


def judge(
    question: str, hits: list[ScoredPassage], lexicon: Lexicon, ranked: Sequence[Candidate], synonyms_in: Synonyms
) -> Verdict:
    """Whether `hits` (retrieved for `question`) can answer it; `ranked`: their sentences, best first."""
    if not question.strip() or not hits:
        return Verdict(False, "no question about the corpus")
    names = unknown_names(question, lexicon)
    if names:
        return Verdict(False, "unknown names", tuple(names))
    focus = unknown_focus(question, lexicon)
    if focus:
        return Verdict(False, "unknown focus", tuple(focus))
    said = [h.passage.search_text for h in hits]
    issue = unknown_issue(question, said, lexicon, synonyms_in)
    issue = issue or unknown_measured(question, said, lexicon, synonyms_in)  # "…fares go up", "…tariff on wine"
    if issue:
        return Verdict(False, "unknown focus", tuple(issue))
    event = unknown_event(question, said, lexicon, synonyms_in)  # "When did Galtieri resign?"
    if event:
        quoted = " or ".join(f'"{w}"' for w in event)
        return Verdict(False, f"it never uses {quoted} or a word near it", tuple(event), explained=True)
    unheard = unheard_stance(question, ranked, hits, lexicon, synonyms_in, WINDOW)
    if unheard:
        return Verdict(False, unheard, explained=True)
    if asks_gist(question):  # its words are about the document, not in it: the lede answers (chain.py)
        return Verdict(True, "ok")
    if ASKS_SOURCE.search(question):  # its words are about the document, not in it: only an attribution answers
        found = any(ATTRIBUTION.search(c.text) for c in ranked)
        return Verdict(found, "ok" if found else "the passages name no source")
    if ASKS_AUTHOR.search(question):  # "Who wrote this article?": its byline, which a text may not have
        found = any(h.passage.section == "Byline" for h in hits)
        return Verdict(found, "ok" if found else "the text has no byline", explained=not found)
    # "Why does Ostravia want more, and how much does it want?" asks first what its first part asks; a second
    # part leans on it ("…, and when did it fall apart?") and is answered if it can be
    parts = question_parts(question) if own_words(question) == question else [question]
    first = read(parts[0])
    unmet = _unmet(first, ranked, hits, lexicon, synonyms_in, len(parts))
    if unmet:
        return unmet
    levied = levied_on(question)  # "What tariff does Kovary charge on Arvenish barley?": not on Kovarian barley
    if levied and not any(levies_on(c.text, *levied, lexicon) for c in ranked[:WINDOW]):
        return Verdict(False, f"no passage gives a levy on {' '.join(filter(None, levied))}", explained=True)
    # "Did Wilson ever meet Lenin?" is about the two together: a passage must name two of the names it asks about
    named = QUESTION_NAME.findall(lexicon.normalize(own_words(question))) if YES_NO.match(question) else []
    if len(named) >= 2 and not any(
        sum(lexicon.mentions(hits[c.n - 1].passage.text, n) for n in named) >= 2 for c in ranked[:WINDOW]
    ):
        return Verdict(False, f"no passage speaks of {' and '.join(named)} together", explained=True)
    best_dense = max(h.dense_score or 0.0 for h in hits)
    overlap = topic_overlap(question, [h.passage.search_text for h in hits[:3]], lexicon, synonyms_in)
    if best_dense < MIN_DENSE and overlap < MIN_OVERLAP and not first.demanding:  # a demand met is answer enough
        return Verdict(False, f"no passage is close (best similarity {best_dense:.2f}, {overlap:.0%} of its words)")
    return Verdict(True, "ok")


def _unmet(
    ask: Ask,
    ranked: Sequence[Candidate],
    hits: list[ScoredPassage],
    lexicon: Lexicon,
    synonyms_in: Synonyms,
    parts: int,
) -> Verdict | None:
    """Why none of the best sentences answers `ask` (one part of a question of `parts`), or None if one may."""
    if unknown_compound(ask.role if ask.focus else (), lexicon):
        return Verdict(False, "unknown focus", ask.role)
    # the ranking was of the whole question, whose reading is this part's when it is the only one
    meets = (
        c.meets
        if parts == 1
        else read_under(ask, hits[c.n - 1].passage, lexicon).met_by(
            c.text, c.context, hits[c.n - 1].passage.text, lexicon, synonyms_in
        )
        for c in (ranked if named_anywhere(ask) else ranked[:WINDOW])  # side by side, or a mediator, anywhere
    )
    if ask.demanding and not any(meets):
        return Verdict(False, f"no passage gives {ask.describe()}", explained=True)
    if ask.series:  # "Where was the third round held?": the best sentences speak of the fourth and fifth only
        ordinal, noun = ask.series
        # ...a sentence under a heading speaking of what the heading names ("The first conference")
        spoken = {o for c in ranked[:WINDOW] for o in of_series(noun, f"{hits[c.n - 1].passage.section}. {c.text}")}
        # ...though the first of a series is often introduced with none ("A conference opened…", then "The second
        # conference…")
        if spoken and ordinal not in spoken and ordinal_value(ordinal) > 1:
            return Verdict(False, f"no passage speaks of the {ordinal} {noun}", explained=True)
    return None


def refusal_text(verdict: Verdict) -> str:
    detail = f" (it never mentions {', '.join(verdict.missing)})" if verdict.missing else ""
    detail = f" ({verdict.reason})" if verdict.explained else detail
    return f"The corpus does not answer this{detail}, so I can't answer it from the source."
