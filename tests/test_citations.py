"""What the citation check reads as a claim: a comparison's label in front of a statement is a party's name,
however long ("Dockworkers' Federation of Ostrand: "), not part of what the passage must support; any other
lead-in before a colon is. Hand-made passages and a lexicon; no model."""

from __future__ import annotations

from assistant.citations import CitationValidator, SupportCheck
from assistant.lexicon import Lexicon
from assistant.models import Passage, ScoredPassage

SAID = "The federation set its demand for 2032 at 5.2%."
LEXICON = Lexicon([SAID], {}, names=[["Dockworkers' Federation of Ostrand", "federation"]])
HITS = [
    ScoredPassage(
        passage=Passage(id="p1", doc_id="d", title="t", section="s", party=None, start=0, end=len(SAID), text=SAID),
        score=0.5,
    )
]


def _kept(answer: str, hits: list[ScoredPassage] = HITS) -> str:
    validator = CitationValidator(hits, SupportCheck(LEXICON, None))
    return "".join([*validator.feed(answer), *validator.close()])


def test_a_party_label_of_any_length_is_no_part_of_the_claim() -> None:
    assert _kept(f"Dockworkers' Federation of Ostrand: {SAID} [1]").startswith("Dockworkers' Federation")
    assert _kept(f"Federation: {SAID} [1]").startswith("Federation:")


def test_another_lead_in_before_a_colon_must_be_supported() -> None:
    assert _kept(f"The Marrowgate board voted to sell the terminal: {SAID} [1]") == ""


def test_a_courtesy_title_ends_no_sentence_of_a_claim() -> None:
    said = "Ostrand spoke first. They set their demand for 2032 at 5.2%, MS. ADEYEMI said."
    hits = [HITS[0].model_copy(update={"passage": HITS[0].passage.model_copy(update={"text": said, "end": len(said)})})]
    # a claim that is not verbatim (a name written in) is cut into sentences: not after "MS."
    claim = said[said.index("They") + 5 :]
    assert _kept(f"[Ostrand] {claim} [1]", hits) == f"[Ostrand] {claim} [1]"


def test_a_name_put_in_brackets_for_a_pronoun_is_one_the_passage_gives_otherwise() -> None:
    said = "MINISTER VASQUELL: Our chief negotiator, Tobias Renn, fought hard on that number."
    lexicon = Lexicon([said], {}, names=[["Arvenland", "Tobias Renn"], ["Kovary", "Ortanse"]])
    passage = Passage(id="p1", doc_id="d", title="t", section="s", party=None, start=0, end=len(said), text=said)
    validator = CitationValidator([ScoredPassage(passage=passage, score=0.5)], SupportCheck(lexicon, None))
    claim = "[Arvenland's] chief negotiator, Tobias Renn, fought hard on that number. [1]"
    assert "".join([*validator.feed(claim), *validator.close()]) == claim
    validator = CitationValidator([ScoredPassage(passage=passage, score=0.5)], SupportCheck(lexicon, None))
    assert "".join([*validator.feed(claim.replace("Arvenland", "Kovary")), *validator.close()]) == ""
