"""Passages of the real article: exact offsets, whole sentences, right sections and parties."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from assistant.chunking import LEANING_SLACK, chunk_document, sentence_spans
from assistant.ingest import read_document
from assistant.layout import looks_like_heading
from assistant.models import Document, Passage
from assistant.names import Parties
from tests.conftest import ARTICLE, ARTICLE_CONFIG, CORPUS, DOC_ID

HEADINGS = {
    "What Ukraine wants": "Ukraine",
    "Russia's demands": "Russia",
    "What is the United States aiming for?": "United States",
}


@pytest.fixture(scope="module")
def article() -> Document:
    doc = read_document(ARTICLE, CORPUS, 10**7)
    assert isinstance(doc, Document)
    return doc


@pytest.fixture(scope="module")
def passages(article: Document) -> list[Passage]:
    return chunk_document(article, Parties(ARTICLE_CONFIG.parties))


def test_article_metadata(article: Document) -> None:
    assert article.doc_id == DOC_ID
    assert article.text == ARTICLE.read_text(encoding="utf-8")
    assert article.title.startswith("WP: Moscow and Kiev see the prospects")
    assert article.authors == ["Siobhan O'Grady", "Laris Karklis"]
    assert article.lede is not None and article.lede.startswith("Possible future negotiations")
    assert article.headings == list(HEADINGS)


def test_offsets_slice_back_exactly(article: Document, passages: list[Passage]) -> None:
    assert len(passages) >= 25
    for p in passages:
        assert article.text[p.start : p.end] == p.text
        assert p.text == p.text.strip()
    starts = [p.start for p in passages]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(passages))


def test_no_text_lost_and_headings_are_not_passages(article: Document, passages: list[Passage]) -> None:
    covered = "".join(p.text for p in passages)
    lines = [ln for ln in article.text.splitlines() if ln.strip()]
    body = [ln for ln in lines if ln not in HEADINGS]
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", "".join(body))
    assert not any(p.text in HEADINGS for p in passages)


def test_passages_are_small_whole_sentences(passages: list[Passage]) -> None:
    for p in passages:  # over the size only to hold a single sentence, or one that leans on the one before
        assert len(p.text) <= 360 * LEANING_SLACK or len(re.findall(r"[.!?][\"”]?\s", p.text)) == 0, p.text
        # A passage ends where a sentence ends (or is a title/byline line).
        assert p.text[-1] in '.?!"' or p.section in {"Title", "Byline"}, p.text
    sizes = sorted(len(p.text) for p in passages)
    assert sizes[len(sizes) // 2] < 400  # well under the naive 1000-char blobs


def test_known_passages(passages: list[Passage]) -> None:
    by_text = {p.text: p for p in passages}
    russia = by_text["Russia wants to keep all the Ukrainian lands under its control, and it's not limited to them."]
    assert (russia.section, russia.party) == ("Russia's demands", "Russia")
    quote = next(p for p in passages if p.text.startswith('"Legally, we will never recognize'))
    assert quote.text.endswith('the Constitution of Ukraine."')  # the closing quote stays with its sentence
    byline = next(p for p in passages if p.section == "Byline")
    assert byline.text == "Siobhan O'Grady, Laris Karklis" and byline.party is None


def test_sections_and_parties_for_every_passage(article: Document, passages: list[Passage]) -> None:
    heading_at = {article.text.index(h + "\n"): h for h in HEADINGS}
    for p in passages:
        before = [h for at, h in heading_at.items() if at < p.start]
        if before:
            expected = before[-1]
            assert (p.section, p.party) == (expected, HEADINGS[expected])
        else:
            assert p.section in {"Title", "Lede", "Byline", "Introduction"}
            assert p.party is None


def test_ids_are_stable_unique_content_hashes(article: Document, passages: list[Passage]) -> None:
    again = chunk_document(article, Parties(ARTICLE_CONFIG.parties))
    assert [p.id for p in passages] == [p.id for p in again]
    assert len({p.id for p in passages}) == len(passages)
    assert passages[5].id == Passage.make_id(DOC_ID, passages[5].text)


def test_repeated_sentences_get_distinct_ids(tmp_path: Path) -> None:
    (tmp_path / "rep.txt").write_text("Title\nSame sentence here.\nSame sentence here.\n")
    doc = read_document(tmp_path / "rep.txt", tmp_path, 10**6)
    assert isinstance(doc, Document)
    ps = chunk_document(doc, Parties(ARTICLE_CONFIG.parties))
    assert [p.text for p in ps].count("Same sentence here.") == 2
    assert len({p.id for p in ps}) == len(ps)


def test_no_passage_opens_on_a_pronoun_that_leans_on_the_sentence_before(tmp_path: Path) -> None:
    leaning = "The talks opened. The envoys met. Both sides agreed on a framework. This included a limit of 1,320."
    plain = "The talks opened. The envoys met. Both sides agreed on a framework. A limit of 1,320 was set."
    long = "The talks opened. " + "This was a very long sentence about nothing in particular at all. " * 3
    # a refusal with no object of its own says no to what the sentence before proposed
    declined = (
        "The talks opened. The envoys met. Voreck proposed naval talks. Envoy Tausk declined, citing the mandate."
    )
    (tmp_path / "lean.txt").write_text(f"Title\n{leaning}\n{plain}\n{long.strip()}\n{declined}\n")
    doc = read_document(tmp_path / "lean.txt", tmp_path, 10**6)
    assert isinstance(doc, Document)
    texts = [p.text for p in chunk_document(doc, Parties({}), max_chars=100)][1:]
    assert texts[0] == leaning  # a sentence over the limits, so that "this" is read with what it stands for
    assert texts[1:3] == [
        "The talks opened. The envoys met. Both sides agreed on a framework.",
        "A limit of 1,320 was set.",
    ]
    assert len(texts) == 6  # no more than half the size over: the long sentences are cut as ever
    assert texts[-1] == declined


def test_a_consequence_stays_with_the_sentence_it_follows_from(tmp_path: Path) -> None:
    text = "The talks opened. The envoys met. The drought cut the harvest. Dravonia therefore asked for a flow."
    (tmp_path / "so.txt").write_text(f"Title\n{text}\n")
    doc = read_document(tmp_path / "so.txt", tmp_path, 10**6)
    assert isinstance(doc, Document)
    texts = [p.text for p in chunk_document(doc, Parties({}), max_chars=70)][1:]
    assert texts == [text]  # a sentence over the limits, so that "therefore" is read with its reason


def test_passage_rejects_a_span_that_does_not_match() -> None:
    with pytest.raises(ValueError, match="span"):
        Passage(id="x", doc_id="d", title="t", section="s", party=None, start=0, end=3, text="four")


def test_sentence_spans_keep_abbreviations_quotes_and_exact_offsets() -> None:
    text = 'Intro\nThe U.S. envoy met Mr. Lavrov  on Jan. 5 in St. Petersburg. "It is a red line." Talks — later?\n'
    start = text.index("The")
    spans = sentence_spans(text, start, len(text) - 1)
    assert [text[a:b] for a, b in spans] == [
        "The U.S. envoy met Mr. Lavrov  on Jan. 5 in St. Petersburg.",  # the double space kept, offsets exact
        '"It is a red line."',
        "Talks — later?",
    ]
    assert sentence_spans(text, 5, 6) == []  # a blank stretch has no sentence
    # Bling Fire joins a line break into a space; the spans still slice the text itself.
    broken = "One\ntwo. Three  four.\nFive."
    assert [broken[a:b] for a, b in sentence_spans(broken, 0, len(broken))] == ["One\ntwo.", "Three  four.", "Five."]


def test_a_records_short_fields_stay_with_their_sentence() -> None:
    item = "5. Costing of the pension proposal. Owner: Mr Hale. Deadline: 12 November 2031."
    said = [item[a:b] for a, b in sentence_spans(item, 0, len(item))]
    assert said[-1] == "Costing of the pension proposal. Owner: Mr Hale. Deadline: 12 November 2031."
    decision = "Decision: No agreement was reached on pay. The Chair closed the session."
    assert len(sentence_spans(decision, 0, len(decision))) == 2  # a sentence of its own, not a short field
    lines = "Owner: Mr Hale.\nDeadline: 12 November 2031."
    assert len(sentence_spans(lines, 0, len(lines))) == 2  # a field on a line of its own is its own


EMAIL = """Fleet talks

From: Oriane Vasquel <o.vasquel@civprot.tessalind.gov>
To: Hollis Brannock <h.brannock@emergency.maranthe.fr.gov>, Amadou Fenwright <a.fenwright@ostmerebank.org>
Date: 7 March 2025
Subject: Tessalind position on the joint fleet agreement

Commissioner Brannock,

Cost: we propose a 50-50 split of the purchase price.

Background

An exit clause is acceptable in principle.

Petra Ilgaz
Legal Adviser
"""


def test_a_records_lines_are_content_and_a_name_keeps_its_post(tmp_path: Path) -> None:
    path = tmp_path / "thread.txt"
    path.write_text(EMAIL, encoding="utf-8")
    doc = read_document(path, tmp_path, 10**7)
    assert isinstance(doc, Document)
    assert doc.headings == ["Background"]  # a short line alone is a heading; one among others is a record's line
    assert not looks_like_heading("CHIEF EXECUTIVE (Aurelio Stent): If I could just—")  # cut off: speech
    texts = [p.text for p in chunk_document(doc, Parties({}))]
    assert "Date: 7 March 2025" in texts and "Subject: Tessalind position on the joint fleet agreement" in texts
    assert "Petra Ilgaz\nLegal Adviser" in texts  # a signature: the name and the post, one sentence
    assert "Commissioner Brannock," not in texts  # a salutation says nothing: no passage
    assert [doc.text[a:b] for a, b in sentence_spans(doc.text, doc.text.index("Petra"), len(doc.text) - 1)] == [
        "Petra Ilgaz\nLegal Adviser"
    ]


def test_a_field_of_three_words_is_its_own_line_and_a_long_record_joins_line_by_line(tmp_path: Path) -> None:
    facts = "Treaty of Saltmere\n\nSigned: 14 November 1987\nPlace of signature: Saltmere, Kingdom of Darrask\n"
    rows = (
        "Velmora\nDarrask\nCorrin Isles\nLenner Delta Authority\nTessin Basin Fund\nOstrand and the\nNorthern Marches"
    )
    facts += f"\nMember states\n{rows}\n\nIt governs the river.\n"
    path = tmp_path / "entry.txt"
    path.write_text(facts, encoding="utf-8")
    doc = read_document(path, tmp_path, 10**7)
    assert isinstance(doc, Document)
    texts = [p.text for p in chunk_document(doc, Parties({}))]
    assert "Signed: 14 November 1987" in texts and "Place of signature: Saltmere, Kingdom of Darrask" in texts
    # each row is compared with the row above it, not with the run joined so far
    assert f"Member states\n{rows}" in texts


def test_a_titles_abbreviation_ends_no_sentence() -> None:
    text = "I thank the hon. Member for Lissom East, but her farmers gain a permit. We rejected it."
    assert [text[a:b] for a, b in sentence_spans(text, 0, len(text))] == [
        "I thank the hon. Member for Lissom East, but her farmers gain a permit.",
        "We rejected it.",
    ]
    # ...nor does a courtesy title after a sentence, or a speaker's at the head of a transcript's line
    briefing = "Right. Mr. Hale said so. Is that so?\nMS. ADEYEMI: It is."
    assert [briefing[a:b] for a, b in sentence_spans(briefing, 0, len(briefing))] == [
        "Right.",
        "Mr. Hale said so.",
        "Is that so?",
        "MS. ADEYEMI: It is.",
    ]


def test_a_paragraphs_number_is_no_sentence() -> None:
    text = "7. On the boundary, Mr. Odenwal said his country took no side. It proposed a survey of (b) stretches."
    assert [text[a:b] for a, b in sentence_spans(text, 0, len(text))] == [
        "On the boundary, Mr. Odenwal said his country took no side.",
        "It proposed a survey of (b) stretches.",
    ]


def test_an_interviewers_question_set_as_a_heading_heads_no_partys_section(tmp_path: Path) -> None:
    text = (
        "A roundtable on the port\n\nThe talks resumed on 2 April.\n\n"
        "Q: Commissioner, Pellmoor wants to change it. Why?\n\n"
        "ELLERY: Our answer is that the port is one port.\n\n"
        "What Pellmoor wants\n\nPellmoor wants the formula changed.\n"
    )
    (tmp_path / "round.txt").write_text(text)
    doc = read_document(tmp_path / "round.txt", tmp_path, 10**6)
    assert isinstance(doc, Document)
    parties = Parties({"Pellmoor": ["Pellmoor"], "Varrick": ["Varrick", "Ellery"]})
    by_text = {p.text: p for p in chunk_document(doc, parties)}
    assert by_text["ELLERY: Our answer is that the port is one port."].party is None  # the label says whose it is
    assert by_text["Pellmoor wants the formula changed."].party == "Pellmoor"  # a party's own heading still does
