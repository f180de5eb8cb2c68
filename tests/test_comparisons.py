"""Comparisons on the real article (and one corpus, and hand-made texts): each party heard through its own
statement, filed under the party that makes it; a sentence that compares the parties itself comes first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.generators.comparison import POSITION_ASKED
from assistant.models import ScoredPassage
from assistant.service import Assistant
from tests.conftest import ARTICLE_CONFIG, CORPORA, assert_valid_citations, folder_bot


def test_comparison_gives_one_statement_per_party(bot: Assistant) -> None:
    answer = bot.ask("How do Kyiv and Moscow differ on NATO?")
    assert answer.answer.startswith("Ukraine:") and " Russia: " in answer.answer
    parties = {c.party for c in answer.citations}
    assert {"Ukraine", "Russia"} <= parties
    assert "NATO" in answer.answer
    assert_valid_citations(answer)


def test_comparison_files_a_statement_under_the_party_that_makes_it(bot: Assistant) -> None:
    # "The Kremlin rejected his plan." follows Zelensky's proposal: "his" is Zelensky, the speaker the Kremlin.
    answer = bot.ask("How do Kyiv and Moscow differ on the Kursk swap idea?").answer
    ukraine, _, russia = answer.partition(" Russia: ")
    assert ukraine.startswith("Ukraine:") and "exchange" in ukraine
    assert "Kremlin rejected" in russia and "Kremlin" not in ukraine


def test_comparison_of_people_hears_each_side_through_the_person_named(bot: Assistant) -> None:
    answer = bot.ask("How do Zelensky and Peskov differ on the Kursk swap idea?").answer
    ukraine, _, russia = answer.partition(" Russia: ")
    assert "Zelensky" in ukraine and "exchange" in ukraine
    assert "Peskov" in russia and "impossible" in russia


def test_comparison_hears_a_party_through_its_own_statement_in_another_section(bot: Assistant) -> None:
    # Hegseth's "should not expect to join the alliance" sits under "What Ukraine wants"; it is the US's word.
    answer = bot.ask("Compare the American and Russian positions on Ukraine's NATO membership.").answer
    said = statements(answer)
    assert answer.startswith("United States:") and any("should not expect to join" in s for s in said["United States"])
    assert any("out of the question" in s for s in said["Russia"])


def statements(answer: str) -> dict[str, list[str]]:
    """Each party's labelled statements ("Russia: … [1]"), in the order they come."""
    parts = re.split(r"(?:^| )(Ukraine|Russia|United States): ", answer)
    said: dict[str, list[str]] = {}
    for party, text in zip(parts[1::2], parts[2::2], strict=True):
        said.setdefault(party, []).append(text)
    return said


def test_a_comparison_gives_each_partys_best_statement_before_any_seconds(bot: Assistant) -> None:
    answer = bot.ask("Compare the American and Russian positions on Ukraine's NATO membership.").answer
    labels = re.findall(r"(?:^| )(Ukraine|Russia|United States): ", answer)
    assert labels[:2] == ["United States", "Russia"]


def test_a_partys_statements_in_a_comparison_are_on_what_is_compared(bot: Assistant) -> None:
    answer = bot.ask("How do Moscow and Washington differ on Ukraine joining NATO?")
    assert "membership in NATO is out of the question" in answer.answer
    assert "has its own demands" not in answer.answer  # the United States' own statement, but on nothing compared
    assert_valid_citations(answer)


def test_comparison_of_every_side_gives_each_its_own_stated_aim(bot: Assistant) -> None:
    # The whole question finds Russia's "wants to keep…" passage weakly; Russia's own question finds it best.
    answer = bot.ask("Summarize what every side wants.").answer
    assert answer.startswith("Ukraine:") and " Russia: " in answer and " United States: " in answer
    russia = answer.partition(" Russia: ")[2].partition(" United States: ")[0]
    assert "keep all the Ukrainian lands" in russia


def test_a_sentence_that_sets_the_parties_side_by_side_answers_first(corpus_bots: dict[str, Assistant]) -> None:
    # One sentence gives both shares; each party's own statements follow under its label.
    bot = corpus_bots["news-fisheries-talks"]
    answer = bot.ask("How do Quessary and Orvanda differ in how much of their export earnings comes from fishing?")
    lead, _, rest = answer.answer.partition(" [1] ")
    assert "22 percent of Quessary's" in lead and "9 percent of Orvanda's" in lead
    assert rest.startswith("Quessary: ") and " Orvanda: " in rest
    assert_valid_citations(answer, CORPORA["news-fisheries-talks"])


def test_what_both_did_is_answered_first_by_a_sentence_that_says_it_of_both(corpus_bots: dict[str, Assistant]) -> None:
    # "U.S. and PRC officials both recognized that … relations could retrogress or collapse entirely."
    bot = corpus_bots["us-china-communique-1982"]
    answer = bot.ask("What did both governments fear would happen to the relationship if no deal was reached?")
    lead, _, _ = answer.answer.partition(" [1]")
    assert "both recognized" in lead and "retrogress or collapse" in lead
    assert_valid_citations(answer, CORPORA["us-china-communique-1982"])


def test_a_sentence_that_names_both_parties_but_compares_nothing_does_not_lead(bot: Assistant) -> None:
    # "…Ukrainian Armed Forces launched an unexpected offensive on … Russia" names both and sets nothing side by side.
    answer = bot.ask("How do Russia and Ukraine differ on territory?").answer
    assert answer.startswith(("Russia: ", "Ukraine: ")) and "launched an unexpected offensive" not in answer


def test_what_a_party_wants_ranks_its_own_statement_higher() -> None:
    # Equal retrieval scores and closeness: the sentence where Russia states its aim scores higher when the
    # question asks what Russia wants than when it asks what happened.
    import numpy as np

    from assistant.lexicon import Lexicon
    from assistant.models import Passage
    from assistant.names import Parties
    from assistant.ranking import SentenceRanker

    texts = ["In 2022, Kiev retook territory that Russia took.", "Russia wants to keep the territory it holds."]
    hits = [
        ScoredPassage(
            passage=Passage(id=f"p{i}", doc_id="d", title="T", section="S", party=None, start=0, end=len(t), text=t),
            score=0.5,
            dense_score=0.5,
            lexical_score=1.0,
        )
        for i, t in enumerate(texts)
    ]
    ranker = SentenceRanker(
        Lexicon(texts, {}),
        Parties(ARTICLE_CONFIG.parties),
        lambda q, sentences: [0.5] * len(sentences),
        lambda words, candidates: set(),
        lambda words: np.ones((len(words), 4)) / 2,
    )

    def score(question: str) -> float:
        return next(c.score for c in ranker.rank(question, hits) if c.text.startswith("Russia wants"))

    assert score("What does Russia want on territory?") > score("What happened to Russia on territory?")


def _compared(tmp_path: Path, embeddings: Embeddings, text: str, parties: dict[str, list[str]], question: str) -> str:
    """The answer to `question` over `text` alone, with `parties` as its positions.yaml."""
    table = "parties:\n" + "".join(f"  {name}: [{', '.join(aliases)}]\n" for name, aliases in parties.items())
    return folder_bot(tmp_path, embeddings, {"text.txt": text, "positions.yaml": table}).ask(question).answer


def test_what_is_said_of_a_party_on_what_is_compared_comes_before_its_own_word_on_another_thing(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    # Velmarra states a position only on fishing; what it put forward on gas is said of "its counter-proposal".
    text = (
        "Velmarra and Ondrisk closed three weeks of hearings on Wednesday.\n\n"
        "On fishing, Velmarra has signalled flexibility: it has offered Ondriskan boats 45 per cent of the catch.\n\n"
        "Ondrisk has proposed that gas revenue from the zone be split 50-50. But the counter-proposal presented last "
        "week would give Velmarra 65 per cent of the gas revenue.\n"
    )
    question = "How do Velmarra and Ondrisk differ on splitting the gas revenue?"
    answer = _compared(
        tmp_path, embeddings, text, {"Velmarra": ["Velmarra"], "Ondrisk": ["Ondrisk", "Ondriskan"]}, question
    )
    velmarra = answer.partition("Velmarra: ")[2]
    assert velmarra.startswith("But the counter-proposal presented last week would give Velmarra 65"), answer


def test_each_party_of_a_comparison_is_searched_for_by_its_position_on_what_is_compared(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    # Volmark's position sits in a paragraph that the whole comparison's search ranks low ("He offered…"); asked
    # for as Volmark's position on the dues, it is found.
    text = (
        "The Treaty of Harrowgate\n\n"
        "The Treaty of Harrowgate, signed on 3 May 1902, ended the River War between Kestria and Volmark.\n\n"
        "Background\n\n"
        "The river Omber forms the only passage between the inland lakes and the sea. From 1860 onward Volmark "
        "levied dues on every barge that passed its locks, a practice that Kestrian traders had long resented. "
        "The grievance grew when Kestria began to build a river fleet.\n\n"
        "The river dues were collected at three locks. The dues on the river rose twice in the 1880s.\n\n"
        "Barge owners on both banks of the river complained that the dues had doubled the cost of grain.\n\n"
        "River dues were a common source of revenue for the small states of the region.\n\n"
        "In 1895 a commission of river engineers reported on the dues and the state of the locks.\n\n"
        "Newspapers in both countries wrote of little else than the river and its dues.\n\n"
        "Hostilities began in 1899, after Volmark's lock keepers seized a Kestrian grain barge. The Kestrian fleet "
        "blockaded the river and occupied the Volmark town of Pell. An armistice was concluded in 1900.\n\n"
        "The envoys\n\n"
        "The conference opened in Harrowgate under the presidency of Baron Ulric Tamm. Kestria was represented by "
        "Count Aurel Vost. Volmark sent Jonas Mell, a jurist of moderate views.\n\n"
        "The demands\n\n"
        "Vost arrived with strict instructions. Kestria demanded the cession of Pell, an indemnity of 90 million "
        "marks, the abolition of all dues on the river and the right to keep gunboats there.\n\n"
        "Volmark's position was shaped as much by law as by pride. Its constitution forbade the surrender of "
        "territory, and Mell told Tamm so. He offered an indemnity of 30 million marks and was prepared to cut "
        "the dues by half.\n\n"
        "The sticking point\n\n"
        "Agreement on the lesser questions came quickly. Pell was another matter, and Vost left Harrowgate in "
        "February.\n\n"
        "Tamm then circulated a memorandum proposing that Volmark lease Pell to Kestria for 40 years.\n\n"
        "Outcome\n\n"
        "The dues were abolished for merchant barges but not for gunboats. The treaty was ratified in July, and "
        "the river trade grew quickly in the following decade.\n"
    )
    question = "How did Kestria and Volmark differ on the river dues?"
    parties = {"Kestria": ["Kestria", "Kestrian", "Vost"], "Volmark": ["Volmark", "Mell"]}
    answer = _compared(tmp_path, embeddings, text, parties, question)
    assert "cut the dues by half" in answer.partition("Volmark: ")[2], answer


def test_a_comparison_on_no_topic_gives_each_sides_aim(bot: Assistant) -> None:
    answer = bot.ask("What does each side want?").answer  # no word but the question's says what is compared
    assert answer.startswith("Ukraine:") and " Russia: " in answer and " United States: " in answer
    # ...each heard where it wants something, not in a sentence that only names it
    assert answer.startswith("Ukraine: Ukraine insists that the conflict must end"), answer
    assert POSITION_ASKED.search("Compare what Ukraine and Russia each want on territory.")
    assert not POSITION_ASKED.search("How did Moscow and Washington each respond to Ukraine's NATO hopes?")


# "Kelmar has proposed 8 years" names no lease: the paragraph's first sentence says what it is about...
LEASE = (
    "Kelmar and Ostrava met in Vedde on Monday to settle the terms of the port lease.\n\n"
    "The length of any new port lease is also unresolved. Ostrava wants a lease of 20 years to give its "
    "shipping lines long-term certainty. Kelmar has proposed 8 years, with a review of the fee after four years.\n\n"
    "Kelmar also asked that the lease be signed together with a rail contract as a single package. "
    "Ostrava rejected this linkage and has asked for the port lease to be signed separately.\n"
)
# ...and "Kelmar has offered a cap of 12 hours" names no shift: the heading it sits under does
SHIFTS = (
    "Transit talks stall over pay and shifts\n\n"
    "Kelmar and Ostrava met in Vedde on Monday to settle a new transit contract.\n\n"
    "Pay\n\n"
    "Ostrava opened by asking for a raise of 18 percent over three years and has since lowered its demand to "
    "14 percent. Kelmar's first offer was 6 percent over the same period.\n\n"
    "Shifts\n\n"
    "The second sticking point is the working day. Many drivers work split shifts that stretch to 13 hours. "
    "Ostrava wants that spread capped at 10 hours, with overtime pay beyond it.\n\n"
    "Kelmar has offered a cap of 12 hours. It argues that a 10-hour limit would force it to hire more drivers.\n"
)

WAGES = (
    "Kelmar and Ostrava met in Vedde on Monday to settle a new transit contract.\n\n"
    "On wages, the gap has shrunk. Ostrava opened by asking for a raise of 18 percent over three years and has "
    "since lowered its demand to 14 percent. Kelmar's first offer was 6 percent over the same period. It has now "
    "raised that to 9 percent, and it has added a one-time payment of $1,500.\n"
)

# The spread of a shift compared: Kelmar's first offer on pay ("…over the same period") also says something of a
# length, but in another unit than Ostrava's statement
SPREAD = (
    "Kelmar and Ostrava met in Vedde on Monday to settle a new transit contract.\n\n"
    "Ostrava opened by asking for a raise of 18 percent over three years. Kelmar's first offer was 6 percent over "
    "the same period.\n\n"
    "Many drivers work split shifts that stretch to 13 hours. Ostrava wants that spread capped at 10 hours, with "
    "overtime pay beyond it.\n\n"
    "Kelmar has offered a cap of 12 hours. It argues that a 10-hour limit would force it to hire more drivers.\n"
)


@pytest.mark.parametrize(
    ("text", "question", "ostrava", "kelmar"),
    [
        (
            LEASE,
            "How do Ostrava and Kelmar differ on the length of the new port lease?",
            "Ostrava wants a lease of 20",
            "Kelmar has proposed 8 years",
        ),
        (
            SHIFTS,
            "How do Ostrava and Kelmar differ on the length of split shifts?",
            "Ostrava wants that spread capped",
            "Kelmar has offered a cap of 12 hours",
        ),
        # "…right now?": where each stands now, though "It has now raised…" states no position in a stance verb
        (WAGES, "How far apart are Ostrava and Kelmar on wages right now?", "Ostrava opened by", "It has now raised"),
        # ...and in the unit of the first party's statement, when the other's second has it
        (
            SPREAD,
            "How do Ostrava and Kelmar differ on the length of split shifts?",
            "Ostrava wants",
            "Kelmar has offered",
        ),
    ],
)
def test_a_partys_statement_is_on_what_is_compared_by_its_paragraph_heading_time_or_unit(
    tmp_path: Path, embeddings: Embeddings, text: str, question: str, ostrava: str, kelmar: str
) -> None:
    answer = _compared(tmp_path, embeddings, text, {"Kelmar": ["Kelmar"], "Ostrava": ["Ostrava"]}, question)
    assert answer.startswith(f"Ostrava: {ostrava}"), answer
    assert answer.partition(" Kelmar: ")[2].startswith(kelmar), answer  # Kelmar's first statement
