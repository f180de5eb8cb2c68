"""The sentence ranker's features (`SentenceRanker.described`), with a similarity that is a plain function of
the text: what each sentence is compared with, not the learned weights."""

from __future__ import annotations

import numpy as np

from assistant.lexicon import Lexicon
from assistant.models import Passage, ScoredPassage
from assistant.names import Parties
from assistant.ranking import FEATURES, REASON, Candidate, SentenceRanker, best_first

TEXT = "Aldmere opened with sweeping demands. He asked for toll-free navigation of the Vessa."


def by_navigation(question: str, texts: list[str]) -> list[float]:
    """Close only to a text that speaks of navigation and nothing else before it (as MiniLM is diluted)."""
    return [1.0 if t.startswith("He asked") else 0.2 for t in texts]


def test_a_sentence_led_by_a_pronoun_is_as_close_as_it_is_alone() -> None:
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(TEXT), text=TEXT)
    ranker = SentenceRanker(
        Lexicon([TEXT], {}),
        Parties({"Aldmere": ["Aldmere"]}),
        by_navigation,
        lambda words, candidates: set(),
        lambda words: np.ones((len(words), 4)) / 2,
    )
    candidates, features = ranker.described(
        "What did Aldmere want on shipping?", [ScoredPassage(passage=passage, score=0.5)]
    )
    he = next(i for i, c in enumerate(candidates) if c.text.startswith("He asked"))
    assert candidates[he].context.startswith("Aldmere opened")  # read with the sentence that says who "he" is...
    assert features[he, FEATURES.index("meaning")] == 1.0  # ...and as close as its own words are


def test_a_justification_is_a_reason() -> None:
    assert REASON.search("Kestova put 19 billion on the table, arguing that demand in western markets is falling.")
    assert REASON.search("It refused, citing the cost of repairs.")
    assert not REASON.search("Kestova put 19 billion on the table.")


def test_scores_that_agree_to_three_places_keep_the_retrievers_order() -> None:
    # 0.7004 and 0.7001 differ by less than another machine's precision may move them: the earlier passage leads
    later, earlier = Candidate(2, 0, "later", 0.7004, "later"), Candidate(1, 0, "earlier", 0.7001, "earlier")
    assert [c.text for c in best_first([later, earlier])] == ["earlier", "later"]
    clearly = Candidate(2, 0, "clearly", 0.72, "clearly")
    assert [c.text for c in best_first([earlier, clearly])] == ["clearly", "earlier"]


def test_a_sentence_opening_with_that_is_read_with_the_one_before() -> None:
    from assistant.ranking import with_antecedent

    passage = "The new line follows the river. That transfers 46 square kilometres to Dalmoren."
    start = passage.index("That")
    assert with_antecedent(passage, start, len(passage)) == passage
    plain = "The new line follows the river. Officials in both capitals said that the line was fair."
    assert with_antecedent(plain, plain.index("Officials"), len(plain)).startswith("Officials")


def test_a_sentence_with_a_name_written_in_begins_its_context_after_the_antecedent() -> None:
    from assistant.ranking import own_start

    # "Our proposal…" read as the side's: the rewritten sentence is the context's last, whole
    assert own_start("Sendara's proposal is for nine years.", "Our proposal is for nine years.") == 0
    context = "Orumbe wants four. Sendara's proposal is for nine years."
    assert context[own_start(context, "Our proposal is for nine years.") :].startswith("Sendara's proposal")
    assert own_start("He spoke. He left.", "He left.") == len("He spoke. ")
