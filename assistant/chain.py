"""The chat chain, as a LangChain runnable: condense -> retrieve -> judge -> generate -> validate.

Input: a `ChainState` (the question, its history, how many passages to retrieve, from which documents), which each
stage returns filled further (`standalone`, with a post it names put as its holder's name by `post_names`; `hits`,
`timings`). Output, streamed: text deltas (str) of the validated answer, then one final `Answer`. Every delta
has already passed the citation validator, so nothing unchecked reaches a user; when a generator's output keeps
no supported claim, the extractive generator answers instead and `generator` says so
(`openai+extractive-fallback`).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from langchain_core.runnables import Runnable, RunnableGenerator, RunnableLambda

from assistant import holds
from assistant.answerability import asks_gist, judge, refusal_text, strip_instructions
from assistant.citations import CitationValidator, SupportCheck
from assistant.condense import Condenser
from assistant.errors import AssistantError
from assistant.generators.base import GENERATOR_UNAVAILABLE, Generator
from assistant.generators.extractive import WINDOW, ExtractiveGenerator
from assistant.lexicon import Lexicon
from assistant.models import Answer, ScoredPassage, Turn
from assistant.names import Parties
from assistant.post_names import POST_ASKED, POST_ASKED_ALONE, POST_OF_PEOPLE, by_name
from assistant.posts import LEADER_NOUNS
from assistant.question import read
from assistant.question_forms import topic_words
from assistant.question_parts import question_parts
from assistant.ranking import SentenceRanker
from assistant.retrieval import HybridRetriever
from assistant.sourcing import ASKS_SOURCE
from assistant.thesaurus import kin_of

Event = str | Answer
PER_PARTY = 3  # extra passages fetched for each party of a comparison, or by the words of leading or to come
LEADING_WORDS = "led by leader head"
LEADER_QUERY = " ".join(sorted(LEADER_NOUNS))  # the nouns of one who leads ("chief", "head"…), as a search
TO_COME_WORDS = "next due to resume expected scheduled will"  # English markers of the future (Quirk et al. §4.41)


@dataclass(frozen=True)
class ChainState:
    """What the chain knows of one question as it goes: each stage returns a copy with its part filled."""

    question: str
    history: list[Turn]
    top_k: int
    doc_ids: frozenset[str] | None = None  # retrieve only from these documents
    standalone: str = ""
    hits: list[ScoredPassage] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class Pipeline:
    """The parts the chain wires together, built once per index."""

    condenser: Condenser
    retriever: HybridRetriever
    generator: Generator
    extractive: ExtractiveGenerator
    ranker: SentenceRanker
    lexicon: Lexicon
    parties: Parties
    support: SupportCheck
    fallback: bool = False  # an LLM generator that fails is replaced by the extractive one (with a warning)


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)


def build_chain(p: Pipeline) -> Runnable[ChainState, Event]:
    def condense(state: ChainState) -> ChainState:
        start = time.perf_counter()
        asked = strip_instructions(state.question)
        standalone = p.condenser.condense(asked, state.history) if asked else ""
        standalone = p.lexicon.spell_out(standalone)  # "LBJ" is "Lyndon Johnson" to the text
        return replace(state, standalone=standalone, timings={"condense": _ms(start)})

    def retrieve(state: ChainState) -> ChainState:
        start = time.perf_counter()
        question, k, within = state.standalone, state.top_k, state.doc_ids
        found: list[ScoredPassage] | None = None
        asks_post = question and any(post.search(question) for post in (POST_ASKED, POST_OF_PEOPLE, POST_ASKED_ALONE))
        if asks_post and not any(read(part).role for part in question_parts(question)):
            # not "Who is X's minister?", nor "Who is the mediator, and what did she do before?"
            # "How did Orvanda's foreign minister justify…?": Kallenbrook, where the best passages say so
            found = p.retriever.retrieve(question, k, doc_ids=within)
            holder = by_name(question, [h.passage.text for h in found], p.lexicon)
            if holder:  # ...asked again by the name; else what was found is the answer's passages
                question, found = holder, None
        hits = found if found is not None else p.retriever.retrieve(question, k, doc_ids=within) if question else []
        if hits and asks_gist(question):  # "What is this article about?": what the text says it is about
            hits = p.retriever.gist(hits[0].passage.doc_id) or hits
        if question and ASKS_SOURCE.search(question):  # where a text comes from is said in its opening lines
            seen = {h.passage.id for h in hits}
            hits += [h for h in p.retriever.front_matter({h.passage.doc_id for h in hits}) if h.passage.id not in seen]
        if question and read(question).leads:  # "Who is heading the Lunmark team?": a text says "led by"
            hits = _merged(hits, p.retriever.retrieve(f"{question} {LEADING_WORDS}", PER_PARTY, doc_ids=within))
            for party in p.parties.mentioned(question):  # ...or names its "chief councillor" by a name of its own
                hits = _merged(hits, p.retriever.retrieve(LEADER_QUERY, PER_PARTY, party=party, doc_ids=within))
        kin = kin_of(read(question).role[-1]) if question and read(question).role else ()
        if kin:  # "Which country is acting as the go-between?": a text may say "Valmoran-brokered"
            hits = _merged(hits, p.retriever.holding(kin, PER_PARTY, doc_ids=within))
        if question and read(question).what_next:  # "What happens next?": a text says "will", "due to", "next"
            hits = _merged(hits, p.retriever.retrieve(f"{question} {TO_COME_WORDS}", PER_PARTY, doc_ids=within))
        if question and read(question).sides:  # "Who are the parties?": a text names them side by side
            named = " ".join(p.parties.names)
            hits = _merged(hits, p.retriever.retrieve(f"{question} {named}", PER_PARTY, doc_ids=within))
        for party in p.parties.compared(question) if question else []:
            # ...put as its position: a paragraph on it opens "Corvessa's position was shaped by…"
            own = f"{party}'s position: {p.parties.topic_of_comparison(question)}"
            hits = _merged(hits, p.retriever.retrieve(own, PER_PARTY, party=party, doc_ids=within))
        return replace(state, standalone=question, hits=hits, timings={**state.timings, "retrieve": _ms(start)})

    def respond(states: Iterator[ChainState]) -> Iterator[Event]:
        for state in states:
            yield from _respond(p, state)

    return RunnableLambda(condense) | RunnableLambda(retrieve) | RunnableGenerator(respond)


def _merged(hits: list[ScoredPassage], more: list[ScoredPassage]) -> list[ScoredPassage]:
    """`hits`, then the new ones of `more`; a passage both found keeps its place and its better score (a
    party's own question can match a passage far better than the whole comparison did)."""
    better = {h.passage.id: h for h in more}
    out = [h if h.score >= better.get(h.passage.id, h).score else better[h.passage.id] for h in hits]
    seen = {h.passage.id for h in hits}
    return out + [h for h in more if h.passage.id not in seen]


def _placed_first(p: Pipeline, state: ChainState, question: str, hits: list[ScoredPassage]) -> list[ScoredPassage]:
    """For "Where…?" when no sentence near the top names a place: the best passage of twice as many that has one
    said of what was asked (half its topic words), first ("The agreement was concluded late on 13 March in
    Sandhaven" for "Where did they close the deal?"), then `hits`; `hits` alone when none has one."""
    topic = topic_words(question)
    deeper = p.retriever.retrieve(question, 2 * state.top_k, doc_ids=state.doc_ids) if topic else []
    placed = next(
        (
            c
            for c in p.ranker.rank(question, deeper)
            if c.meets and holds.enough(topic, c.context, p.lexicon, p.retriever.synonyms_in)
        ),
        None,
    )
    if placed is None:
        return hits
    found = deeper[placed.n - 1]
    return [found, *(h for h in hits if h.passage.id != found.passage.id)]


def _respond(p: Pipeline, state: ChainState) -> Iterator[Event]:
    start = time.perf_counter()
    hits = state.hits
    standalone = state.standalone or state.question.strip()
    ranked = p.ranker.rank(standalone, hits) if hits else []
    verdict = judge(state.standalone, hits, p.lexicon, ranked, p.retriever.synonyms_in)
    if verdict.answerable and read(standalone).place and not any(c.meets for c in ranked[:WINDOW]):
        hits = _placed_first(p, state, standalone, hits)
    warnings: list[str] = []

    def final(text: str, validator: CitationValidator | None, generator: str) -> Answer:
        timings = {**state.timings, "generate": _ms(start)}
        timings["total"] = round(sum(timings.values()), 2)
        citations = validator.citations() if validator else []
        return Answer(
            answer=text,
            refused=validator is None,
            citations=citations,
            standalone_question=standalone,
            generator=generator,
            timings_ms=timings,
            warnings=warnings,
        ).with_retrieved(hits)

    if not verdict.answerable:
        text = refusal_text(verdict)
        yield text
        yield final(text, None, p.generator.name)
        return
    attempts = [(p.generator, p.generator.name)]
    if p.generator is not p.extractive:
        attempts.append((p.extractive, f"{p.generator.name}+extractive-fallback"))
    for generator, name in attempts:
        validator = CitationValidator(hits, p.support)
        parts: list[str] = []
        try:
            for delta in generator.stream(standalone, hits):
                for piece in validator.feed(delta):
                    parts.append(piece)
                    yield piece
        except AssistantError as exc:  # the LLM is down: say so, or answer extractively when configured to
            if parts or not p.fallback or exc.code != GENERATOR_UNAVAILABLE:
                raise
            warnings.append(exc.message)
            continue
        for piece in validator.close():
            parts.append(piece)
            yield piece
        if validator.kept:
            yield final("".join(parts), validator, name)
            return
    text = refusal_text(verdict)
    yield text
    yield final(text, None, p.generator.name)
