"""The positions matrix: for each party and issue in `positions.yaml`, what the corpus says that party wants.

Parties (with aliases) and issues (with a description in the corpus's words) are configuration, read from
`positions.yaml` in the corpus folder, so a new corpus brings its own. A cell lists the party's statements on
the issue, best first (up to three, ranked by the shared sentence ranker for "What does <party> want on
<issue>?"): sentences in which the party itself states a position ("Moscow also insists…", "He said…" after
naming Hegseth), or whose subject is the party in its own section, and which speak of the issue (share a
word with it, or are close to it in meaning). They go, cited, through the citation validator like any
answer. A cell with no such sentence says
"not stated in the corpus" rather than guessing. This module computes cells; `service.py` caches them per
index build.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import replace
from pathlib import Path

from pydantic import BaseModel, ValidationError

from assistant.antecedents import with_quotes_closed
from assistant.chain import Pipeline
from assistant.citations import CitationValidator
from assistant.corpus_config import CONFIG_FILE, Issue, PositionsConfig
from assistant.enumeration import enumeration
from assistant.models import Citation, ScoredPassage
from assistant.names import Parties
from assistant.ranking import Candidate
from assistant.speakers import SAID_BY_PRONOUN, past_apposition, stands_for_someone

_STATEMENT = re.compile(r"(?P<text>\S.*?)\s*\[(?P<n>\d+)\]")  # "statement [n]", as the validator writes it
_OPENING_PRONOUN = re.compile(r"\W*(?:\w+,\s+)?(he|she|He|She|It)\b")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")  # "Argentina officially rejected", "Haig announced"
_SAID = re.compile(r"\s+(?:said|says|told\s+(?:the\s+)?\w+|added|stated)(?:\s+that)?\s+")
_TITLED = re.compile(r"\s*(?:(?:[A-Z][\w.-]*|of|the)\s+)*")  # before a name, its title alone: "Foreign Minister "
# "Ford and Brezhnev agreed on a framework. This included a 1,320 limit…": what "this" holds is what the
# sentence before has the party state; "this" as a pronoun, before its verb ("These same lines are often
# referred to as…" names a thing of its own).
_DEMONSTRATIVE = re.compile(r"\W*(?:This|These)\s+(?:[a-z]+ed|would|will|was|is|meant|means|includes?)\b")
VERSION = "positions-v32"  # bump when cells would come out differently, so cached matrices are recomputed
NOT_STATED = "Not stated in the corpus."
SUGGESTED = "suggested"  # a matrix's source when no positions.yaml named its parties and issues
DEPTH = 12  # passages retrieved per cell...
BY_NAME = 4  # ...and at most this many more that the party's other names find ("British requests…")
# A sentence speaks of the issue when it is close to it in meaning (MiniLM cosine), or somewhat close and
# shares one or more of its words (a long sentence that holds three of them is about it even when its
# meaning is spread over more): (shared words, least cosine).
ON_TOPIC = ((0, 0.45), (1, 0.4), (2, 0.3), (3, 0.15))
W_STANCE = 0.1  # a sentence where the party states the position itself counts 10 % more
MAX_STATEMENTS = 3  # a cell lists the party's distinct statements on the issue, best first...
RUNNER_UP = 0.2  # ...those that score at least this share of the best
MAX_ISSUES = 2  # a sentence stands in at most this many issue cells of one party


class Cell(BaseModel):
    party: str
    issue: str  # the issue's name, as in `PositionsMatrix.issues`
    issue_id: str
    summary: str
    citations: list[Citation]
    stated: bool


class PositionsMatrix(BaseModel):
    parties: list[str]
    issues: list[str]
    descriptions: dict[str, str]
    cells: list[Cell]
    build: str
    config: str  # fingerprint of the configuration the cells were computed from
    source: str = CONFIG_FILE  # where the parties and issues came from: positions.yaml, or "suggested"

    def cell(self, party: str, issue: str) -> Cell:
        return next(c for c in self.cells if c.party == party and issue in {c.issue, c.issue_id})


def cached(
    pipeline: Pipeline, config: PositionsConfig, build: str, cache_dir: Path, source: str = CONFIG_FILE
) -> PositionsMatrix:
    """The matrix of `build` under `config`: read from `cache_dir` when computed before, else computed and
    stored there (atomically; matrices of other builds or configurations are removed)."""
    path = cache_dir / f"{build}-{config.fingerprint(VERSION)}.json"
    try:
        return PositionsMatrix.model_validate_json(path.read_bytes())
    except (OSError, ValidationError):
        pass
    matrix = compute(pipeline, config, build).model_copy(update={"source": source})
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
    with os.fdopen(fd, "w") as handle:
        handle.write(matrix.model_dump_json())
    os.replace(tmp, path)
    for other in cache_dir.glob("*.json"):
        if other != path:
            other.unlink(missing_ok=True)
    return matrix


def compute(pipeline: Pipeline, config: PositionsConfig, build: str) -> PositionsMatrix:
    parties = Parties(config.parties)
    # Words of the parties' names are no topic ("Ukrainian forces"): worked out once, not per cell.
    names = {t for aliases in parties.aliases.values() for a in aliases for t in pipeline.lexicon.terms(a)}
    cells: dict[tuple[str, str], Cell] = {}
    several = len({p.doc_id for p in pipeline.retriever.passages}) > 1  # then a statement says whose text it is
    for party in config.parties:
        found = {issue.id: _statements(pipeline, parties, names, party, issue) for issue in config.issues}
        for issue in config.issues:
            cells[party, issue.id] = _cell(pipeline, parties, party, issue, *_kept(found, issue.id), several)
    return PositionsMatrix(
        parties=list(config.parties),
        issues=[i.name for i in config.issues],
        descriptions={i.name: i.description for i in config.issues},
        cells=[cells[party, issue.id] for issue in config.issues for party in config.parties],
        build=build,
        config=config.fingerprint(VERSION),
    )


# (score, closeness to the issue, sentence, how many issue cells of the party it may stand in), best first
Scored = list[tuple[float, float, Candidate, int]]
Found = tuple[list[ScoredPassage], Scored]  # ...and the passages they come from


def _statements(pipeline: Pipeline, parties: Parties, names: set[str], party: str, issue: Issue) -> Found:
    """The party's statements that speak of the issue, best first, with the passages they come from."""
    about = f"{issue.name}: {issue.description}"
    hits = pipeline.retriever.retrieve(f"{party} — {about}", DEPTH)
    # a text may call the party only otherwise ("British", "Nott"): its passages are found by those names
    seen = {h.passage.id for h in hits}
    named = pipeline.retriever.retrieve(f"{', '.join(parties.aliases[party])} — {about}", DEPTH)
    hits += [h for h in named if h.passage.id not in seen][:BY_NAME]
    issue_terms = set(pipeline.lexicon.topic_terms(about)) - names
    found = []
    for c in pipeline.ranker.rank(f"What does {party} want on {issue.name.lower()}? {issue.description}", hits):
        passage = hits[c.n - 1].passage
        own = 0 if _DEMONSTRATIVE.match(c.text) else c.own_start
        stance = parties.states_position(party, c.context, start=own) or parties.states_in_list(party, c.text)
        # Who the sentence is about; a sentence that names no party at all is about its section's party.
        subject = parties.subject_of(c.text) if parties.mentioned(c.text) else passage.party
        if not stance and not (subject == party and passage.party == party):
            continue  # not the party's own position
        topical = _on_topic(pipeline, c, about, issue_terms, _after_lead(parties, c.text))
        if topical is None:
            continue  # not about this issue
        found.append((c.score * (1 + W_STANCE * stance), *topical))
    found.sort(key=lambda f: -f[0])
    return hits, found


def _after_lead(parties: Parties, sentence: str) -> int:
    """Where what the sentence states begins: after a clause set off by a comma that leads it ("Following a
    successful British operation…, Argentina officially rejected…" is not about the operation), and after
    "X said (that)" ("Duvessen said the bloc was ready to contribute…" is about the contribution). 0 when a
    party speaks from the start."""
    for begin, end, _ in parties.spans(sentence):
        _, comma, title = sentence[:begin].rpartition(",")
        if not _TITLED.fullmatch(title):
            continue
        verb = past_apposition(sentence, end)
        said = _SAID.match(sentence, verb)
        if said:
            return said.end()
        if comma and _VERB_AFTER.match(sentence, verb):
            return begin
    return 0


def _on_topic(
    pipeline: Pipeline, c: Candidate, about: str, issue_terms: set[str], lead: int = 0
) -> tuple[float, Candidate, int] | None:
    """How close `c` is to the issue, if it speaks of it, `c` and the number of issue cells it may stand in;
    judged on its words from `lead` on.
    When it lists several things, only its lead and the item closest to the issue ("The proposed terms
    included … the lifting of the blockade"), which stands in one cell: an item of a list is one thing."""
    listed = enumeration(c.text)
    before = c.context[: c.own_start]
    # an item keeps its own offset, so that two items of one sentence are two statements
    options = [c] if listed is None else [
        replace(c, start=c.start + a, text=(text := listed.excerpt(c.text, i)), context=before + text)
        for i, (a, _) in enumerate(listed.items)
    ]  # fmt: skip
    # a sentence whose subject is "he" or "she" is about its own words ("He asked for a war indemnity…" is not
    # about the land the sentence before asked for); another is read with that sentence ("…rejected his plan")
    own = [o.text if _OPENING_PRONOUN.match(o.text) else o.context for o in options]
    if lead and listed is None:
        own = [c.text[lead:]]  # the leading clause is the statement's setting, not its topic
    meanings = pipeline.retriever.sentence_similarity(about, own)
    topical = [
        (meaning, o)
        for o, text, meaning in zip(options, own, meanings, strict=True)
        if any(
            len(issue_terms & set(pipeline.lexicon.terms(text))) >= words and meaning >= least
            for words, least in ON_TOPIC
        )
    ]
    if not topical:
        return None
    meaning, best = max(topical, key=lambda t: t[0])
    return meaning, best, MAX_ISSUES if listed is None else 1


def _kept(found: dict[str, Found], issue_id: str) -> Found:
    """The issue's statements less those that speak of other issues more closely: a sentence stands in at
    most `MAX_ISSUES` cells of one party (an item of a list in one), those whose issue it is closest to in
    meaning."""
    hits, mine = found[issue_id]
    kept = []
    for score, meaning, c, limit in mine:
        key = (hits[c.n - 1].passage.id, c.start)
        closer = [
            other
            for other, (other_hits, theirs) in found.items()
            if other != issue_id
            and any((other_hits[o.n - 1].passage.id, o.start) == key and m > meaning for _, m, o, _ in theirs)
        ]
        if len(closer) < limit:
            kept.append((score, meaning, c, limit))
    return hits, kept


def _cell(
    pipeline: Pipeline,
    parties: Parties,
    party: str,
    issue: Issue,
    hits: list[ScoredPassage],
    found: Scored,
    several: bool,
) -> Cell:
    """The cell: its best statements, validated; led by their documents' titles when there are `several`."""
    chosen = [c for score, _, c, _ in found[:MAX_STATEMENTS] if score >= RUNNER_UP * found[0][0]]
    if chosen:
        validator = CitationValidator(hits, pipeline.support)
        claims = [
            f"{with_quotes_closed(_named(c.text, c.context[: c.own_start], parties, party))} [{c.n}]" for c in chosen
        ]
        text = "".join([*validator.feed(" ".join(claims)), *validator.close()])
        if validator.kept:
            citations = validator.citations()
            return Cell(
                party=party,
                issue=issue.name,
                issue_id=issue.id,
                summary=_titled(text, citations) if several else text,
                citations=citations,
                stated=True,
            )
    return Cell(party=party, issue=issue.name, issue_id=issue.id, summary=NOT_STATED, citations=[], stated=False)


def _titled(summary: str, citations: list[Citation]) -> str:
    """Each statement of `summary` led by the title of the document it is from ("Title: statement [1]"), for a
    corpus of several documents."""
    titles = {c.n: c.title for c in citations}
    return _STATEMENT.sub(lambda m: f"{titles[int(m['n'])]}: {m['text']} [{m['n']}]", summary)


def _named(sentence: str, before: str, parties: Parties, party: str) -> str:
    """`sentence` with an opening "he"/"she" (or "it" stating a position), or the one a quote is said by,
    replaced by the party's name it stands for in the sentence `before`, in brackets as a quote's substitution
    ("He said that…" after "…Pete Hegseth outlined…" reads "[Hegseth] said that…")."""
    names = [m for pattern in parties.patterns_for(party) for m in pattern.finditer(before)]
    pronoun = _OPENING_PRONOUN.match(sentence) or SAID_BY_PRONOUN.search(sentence)
    if not names or not pronoun or not stands_for_someone(pronoun):
        return sentence
    name = max(names, key=lambda m: m.start()).group()
    return sentence[: pronoun.start(1)] + f"[{name}]" + sentence[pronoun.end(1) :]
