"""Who is asked for when "Who…?" names no role: a person the text introduces, not a place or a party that a
sentence about the same thing names, and for who sat on a body, what it is made of (the real chain, MiniLM and an
index of a hand-made memo)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from tests.conftest import folder_bot
from tests.test_chain_gist import memo_bot

MEMO = "\n\n".join(
    [
        "Hostage talks at Kessaro Point",
        "The Red Ridge Front sent a delegation from Sadovec to the hostage talks. In the hostage talks, Anna Drell "
        "spoke for the Red Ridge Front.",
        "Drell said the Front wanted sixty prisoners freed.",
        "The government offered fourteen detainees and an amnesty.",
    ]
)


def test_who_with_no_role_leads_with_a_person_the_text_introduces(tmp_path: Path, embeddings: Embeddings) -> None:
    answer = memo_bot(tmp_path, embeddings, MEMO).ask("Who represented the Red Ridge Front in the hostage talks?")
    assert not answer.refused
    assert answer.answer.startswith("In the hostage talks, Anna Drell")  # not "…sent a delegation from Sadovec…" first


def test_a_word_of_a_partys_name_is_no_ones_surname(tmp_path: Path, embeddings: Embeddings) -> None:
    # "Hestmark Corvane" looks like a person's name; Corvane is a party, whose chief executive speaks for it
    text = "\n\n".join(
        [
            "Rail merger agreed",
            "Corvane asked for four of the eleven seats on the combined board. Quennell will be chief executive of "
            "the merged group, to be called Hestmark Corvane.",
            "Corvane runs about 340 locomotives. It has struggled since a collapse in coal traffic. Its chief "
            'executive, Ilsabet Marrow, rejected the first offer as "opportunistic" and held out for more.',
        ]
    )
    table = "parties:\n  Corvane Rail Freight: [Corvane, Marrow, Ilsabet Marrow]\n  Hestmark: [Hestmark]\n"
    bot = folder_bot(tmp_path, embeddings, {"merger.txt": text, "positions.yaml": table})
    answer = bot.ask("How did Corvane's chief executive characterise the first offer?")
    assert not answer.refused and "opportunistic" in answer.answer, answer.answer


def test_who_sat_on_a_body_leads_with_what_it_is_made_of(tmp_path: Path, embeddings: Embeddings) -> None:
    text = "\n\n".join(
        [
            "The Orrin river settlement",
            "Later writers have praised the Orrin River Commission, and Pieter Vanstraaten's method of separating "
            "revenue from sovereignty was cited in several river disputes. An Orrin River Commission of five members "
            "was created, with two Valdrian members, two Ostermarkish members and a Ludmerian chairman.",
            "The toll was fixed at 4 crowns per barge for twenty-five years.",
        ]
    )
    answer = memo_bot(tmp_path, embeddings, text).ask("Who sat on the river commission set up by the settlement?")
    assert answer.answer.startswith("An Orrin River Commission of five members"), answer.answer


# A swap whose lede gives the total both sides share, and a later sentence each side's own number.
SWAP = """Prisoner swap at Vellir

Each country let go of prisoners on Saturday, as Dravonia and Kessaly exchanged 58 prisoners at an airfield outside \
Vellir in the largest swap between the two countries since their war.

Dravonia freed 31 Kessalian prisoners and Kessaly released 27 Dravonians, among them two journalists.

Relatives waited outside the embassy in Vellir since dawn.
"""


def test_how_many_each_side_leads_with_a_number_for_each(tmp_path: Path, embeddings: Embeddings) -> None:
    # "each country": the sentence that gives each party its own number, not the total both share
    table = "parties:\n  Dravonia: [Dravonia, Dravonian, Dravonians]\n  Kessaly: [Kessaly, Kessalian, Kessalians]\n"
    bot = folder_bot(tmp_path, embeddings, {"swap.txt": SWAP, "positions.yaml": table})
    answer = bot.ask("How many did each country let go?")
    assert answer.answer.startswith("Dravonia freed 31 Kessalian prisoners and Kessaly released 27")
