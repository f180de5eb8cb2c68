"""Property tests: the chunker never loses, duplicates or misplaces text; the validator never emits a bad citation."""

from __future__ import annotations

import itertools
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.chunking import chunk_document
from assistant.citations import CitationValidator, SupportCheck
from assistant.lexicon import Lexicon
from assistant.models import Passage, ScoredPassage
from assistant.names import Parties
from assistant.readers.text import read_text
from tests.conftest import ARTICLE_CONFIG

WORDS = st.sampled_from(
    ["Russia", "Kiev", "wants", "the", "land", "NATO", "said", "2014", "20%", "Mr.", "U.S.", "“quoted”", "–", "e.g."]
)
SENTENCE = st.builds(
    lambda ws, end: " ".join(ws) + end,
    st.lists(WORDS, min_size=1, max_size=12),
    st.sampled_from([".", "?", "!", '."', ""]),
)
PARAGRAPH = st.builds(" ".join, st.lists(SENTENCE, min_size=1, max_size=6))
LINE = st.one_of(PARAGRAPH, PARAGRAPH, st.sampled_from(["What Ukraine wants", "Russia's demands"]))
PARTIES = Parties(ARTICLE_CONFIG.parties)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=8), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_chunker_offsets_and_coverage(lines: list[str], newline: str) -> None:
    text = "Title line" + newline + newline.join(lines) + newline
    doc = read_text(text, "d", "d.txt")
    passages = chunk_document(doc, PARTIES, max_chars=120, max_sentences=2)
    for p in passages:
        assert text[p.start : p.end] == p.source_text and p.text == p.text.strip()  # the text as read, as long
    assert all(a.end <= b.start for a, b in itertools.pairwise(passages))  # no overlap, in order
    body = text
    for s in sorted(
        (s for s in doc.sections if s.is_heading), key=lambda s: -s.start
    ):  # heading lines are not passages
        body = body[: s.start] + body[s.body_start :]
    assert re.sub(r"\s", "", "".join(p.text for p in passages)) == re.sub(r"\s", "", body)


TEXTS = [
    "Russia wants to keep all the Ukrainian lands.",
    "Ukraine wants its 1991 borders back.",
    "Trump wants lithium.",
]
HITS = [
    ScoredPassage(
        passage=Passage(id=f"p{i}", doc_id="d", title="t", section="s", party=None, start=0, end=len(t), text=t),
        score=0.5,
    )
    for i, t in enumerate(TEXTS)
]
LEXICON = Lexicon(TEXTS, ARTICLE_CONFIG.variants)
CLAIMS = st.sampled_from([*TEXTS, "China guarantees everything.", "Ukraine wants 1991 borders.", "", "Russia", "x"])
MARKS = st.lists(st.integers(min_value=-1, max_value=6), min_size=0, max_size=3)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(CLAIMS, MARKS), max_size=5), st.integers(min_value=1, max_value=7))
def test_validator_only_emits_valid_citations(parts: list[tuple[str, list[int]]], chunk: int) -> None:
    raw = " ".join(claim + "".join(f"[{n}]" for n in marks) + "." for claim, marks in parts)
    validator = CitationValidator(HITS, SupportCheck(LEXICON, None))
    out = "".join(piece for i in range(0, len(raw), chunk) for piece in validator.feed(raw[i : i + chunk]))
    out += "".join(validator.close())
    cited = validator.citations()
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", out)]
    assert sorted({c.n for c in cited}) == list(range(1, len(cited) + 1))
    assert set(markers) == {c.n for c in cited}
    assert all(c.text in TEXTS for c in cited)
    assert "China" not in out
    first_use = list(dict.fromkeys(markers))
    assert first_use == sorted(first_use)  # renumbered in order of first use
