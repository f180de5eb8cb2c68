"""Who leads a side, in a text that says it otherwise ("whose delegation is led by…"): the real chain, MiniLM
and an index of a hand-made memo."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from tests.conftest import folder_bot
from tests.test_chain_gist import memo_bot

# Many passages about Lunmark's teams and headings, one that says who leads its delegation.
MEMO = "\n\n".join(
    [
        "Pipeline talks end without a deal",
        "The Lunmark team arrived in the capital on Monday with a new offer.",
        "Lunmark's team of engineers spent the week on the compressor estimates.",
        "Teams from Lunmark and Kestova will meet again for a fourth round.",
        "The Lunmark team said the old contract was unfair to its pipeline.",
        "A Lunmark survey team inspected the compressor stations last spring.",
        "The Lunmark legal team reviewed the old contract clause by clause.",
        "Newspapers in Lunmark said the team had made little progress.",
        "Lunmark's finance team warned of a budget shortfall without a deal.",
        "The Lunmark press team briefed reporters after every session.",
        "A team of Lunmark auditors checked the heating debt figures.",
        "Lunmark, whose delegation is led by Infrastructure Minister Bastien Oderry, wants a higher toll.",
        "Kestova offered a lower toll and a shorter contract.",
    ]
)


def test_who_heads_a_side_is_found_where_the_text_says_led_by(tmp_path: Path, embeddings: Embeddings) -> None:
    answer = memo_bot(tmp_path, embeddings, MEMO).ask("Who is heading the Lunmark team?")
    assert not answer.refused and "Oderry" in answer.answer


# A memo where the conference has a chair, a party states a share and why, and no one's age is given.
CONFERENCE = "\n\n".join(
    [
        "The Vesterholm conference",
        "Halvenmark offered its good offices in January 1884, and the conference opened at Vesterholm under the "
        "chairmanship of the Halvene foreign minister, Anselm Corrow.",
        "Ostravia is demanding 40 per cent of the revenue, arguing that its survey vessels found the reservoir.",
        "Lunmark has held out for equal thirds.",
    ]
)


def test_a_question_is_judged_by_what_its_first_part_asks(tmp_path: Path, embeddings: Embeddings) -> None:
    bot = memo_bot(tmp_path, embeddings, CONFERENCE)
    answer = bot.ask("Who chaired the talks?")  # a name beside a word of leading, though "talks" is not said
    assert not answer.refused and "Corrow" in answer.answer
    both = bot.ask("Why does Ostravia reckon it deserves a bigger cut, and how much does it want?")
    assert not both.refused and "40 per cent" in both.answer
    assert bot.ask("How old is Anselm Corrow, and where did he go to school?").refused


def test_when_something_began_leads_with_a_sentence_that_says_it_began(tmp_path: Path, embeddings: Embeddings) -> None:
    memo = "\n\n".join(
        [
            "Arms talks",
            "On August 17, 1982, after eight months of formal talks on the arms issue, the two sides issued a "
            "joint communiqué on arms sales that both governments welcomed.",
            "In January 1982, the two sides commenced official discussions on arms sales.",
            "Kestova offered a lower toll and a shorter contract.",
        ]
    )
    answer = memo_bot(tmp_path, embeddings, memo).ask("When did the formal talks on the arms issue get underway?")
    assert answer.answer.startswith("In January 1982")


# A memo whose go-between is named once, in a compound far down the passages about the talks.
BROKERED = "\n\n".join(
    [
        "Dam talks in Orvell",
        *(
            f"Delegations from Kestova and Lunmark met for the {n} round of the dam talks, on the {w}."
            for n, w in [("first", "toll"), ("second", "flow"), ("third", "sluices"), ("fourth", "levels")]
        ),
        "Kestova's country team wants the dam's flow shared by season in these negotiations.",
        "Lunmark's country team wants the flow shared by the size of each country's farmland.",
        "Both countries say the negotiations cannot last past the dry season.",
        "Newspapers in both countries say the negotiations are stuck on the reservoir level.",
        "The Saravine-brokered process has kept the sides at one table since March.",
    ]
)


def test_a_go_between_named_once_by_a_compound_is_found(tmp_path: Path, embeddings: Embeddings) -> None:
    bot = memo_bot(tmp_path, embeddings, BROKERED)
    answer = bot.ask("Which country is acting as the go-between in these negotiations?")
    assert not answer.refused and "Saravine" in answer.answer
    assert bot.ask("Which country is acting as the arbiter in these negotiations?").refused


# A memo about a council whose leader is named once, by her title in the council, in a passage that never writes
# the council's name; many others do.
COUNCIL = "\n\n".join(
    [
        "Mine talks in Tarrow",
        *(
            f"Hollen members {what} in Tarrow on {day}."
            for what, day in [
                ("set up a blockade", "Monday"),
                ("held a vote", "Tuesday"),
                ("met the miners", "May"),
                ("marched to the lake", "Friday"),
                ("led a protest", "Sunday"),
                ("signed a petition", "June"),
                ("headed to the court", "July"),
            ]
        ),
        "The Hollen Council's lawyers filed a second claim over the haul road.",
        "Hollen fishermen say the lake has fallen a metre since the drilling began.",
        "The Hollen Council wants a share of the mine's revenue and a cap on the water it draws.",
        "The company offered to reserve a quarter of the jobs for Hollen members; the council had asked for half.",
        "The province said the Hollen claims would be heard by the court in June.",
        '"Two per cent is a number designed to become zero," said Mara Vesk, the council\'s chief councillor.',
    ]
)
HOLLEN = "parties:\n  Hollen Council: [Hollen Council, Hollen, the council, Mara Vesk, Vesk]\n"


def test_who_leads_a_party_is_found_among_its_passages(tmp_path: Path, embeddings: Embeddings) -> None:
    bot = folder_bot(tmp_path, embeddings, {"memo.txt": COUNCIL, "positions.yaml": HOLLEN})
    answer = bot.ask("Who leads the Hollen Council?")
    assert not answer.refused and "Mara Vesk" in answer.answer, answer.answer


# A memo in which a party's chief negotiator is named, and no one who runs it.
GRID = "\n\n".join(
    [
        "Power talks in Lessau",
        "Tolvenia is building three dams on the Selt river, due to add 1,800MW by 2028.",
        "Tolvenia says the new lines will serve the whole basin and should be shared in equal thirds.",
        'Kasimir Belloq, Tolvenia\'s chief negotiator, put it bluntly: "Our neighbours want cheap power."',
        "The commission will meet the delegations again in May.",
    ]
)
TOLVENIA = "parties:\n  Tolvenia: [Tolvenia, Tolvenian, Tolvenergia, Kasimir Belloq, Belloq]\n"


def test_a_chief_negotiator_leads_the_negotiators_and_not_the_party(tmp_path: Path, embeddings: Embeddings) -> None:
    bot = folder_bot(tmp_path, embeddings, {"memo.txt": GRID, "positions.yaml": TOLVENIA})
    assert bot.ask("Who runs Tolvenergia?").refused
    led = bot.ask("Who leads Tolvenia's negotiators?")
    assert not led.refused and "Kasimir Belloq" in led.answer, led.answer
