"""A long sentence quoted only as far as it answers (`generators.clipping`): cut at a clause boundary past which
nothing asked is said, with an ellipsis where it was cut, and the part quoted still passes the citation check.
Invented sentences, a fixed ranking, no model."""

from __future__ import annotations

from assistant.citations import CitationValidator, SupportCheck
from assistant.lexicon import Lexicon
from tests.fixed_ranking import hits_of
from tests.test_extractive import answer, holding

LETTERS = (
    "During the second round the ministry published four letters from Minister Adrel—to the mayor of Tesk, the "
    "governor of Brenn and the council of elders—that set out the terms of the grazing accord, asked each of them "
    "to name a delegate to the joint board, and promised a reply within the month."
)
QUOTA = (
    "The fisheries board will cut the cod quota for the northern fleet by a fifth from March, after two poor "
    "seasons on the banks; the coastal towns, which depend on the catch for most of their jobs, have asked the "
    "board to spread the cut over three seasons instead."
)
LATER = QUOTA.replace(" from March", "").replace(
    "to spread the cut over three seasons instead", "to make the whole cut at once when the summer season opens in June"
)
TWICE = QUOTA[: QUOTA.index(";")] + (
    "; it will cut the cod quota a second time in September, once the autumn survey of the spawning stocks on the "
    "northern banks has been published by the institute."
)
OFFER = (
    "The union first demanded a pay rise of twelve percent over two years for all its drivers, with a bonus for night "
    "shifts on the northern routes and an extra week of leave; it now asks for eight percent over three years, and "
    "it has dropped the bonus for good."
)


def test_a_long_sentence_is_quoted_only_as_far_as_it_answers() -> None:
    head = LETTERS[: LETTERS.index("—")]
    assert answer("How many letters did the ministry publish?", holding(LETTERS)) == f"{head}… [1]"
    head = QUOTA[: QUOTA.index(";")]
    assert answer("When will the board cut the cod quota?", holding(QUOTA)) == f"{head}… [1]"


def test_the_part_quoted_passes_the_citation_check() -> None:
    said = answer("How many letters did the ministry publish?", holding(LETTERS))
    validator = CitationValidator(hits_of(holding(LETTERS)), SupportCheck(Lexicon([LETTERS], {}), None))
    assert "".join([*validator.feed(said), *validator.close()]) == said


def test_a_sentence_is_said_whole_when_its_end_says_something_asked() -> None:
    # ...a topic word its front lacks: the letters' promise, the towns' request
    assert answer("What did the ministry's letters promise?", holding(LETTERS)) == f"{LETTERS} [1]"
    assert answer("Over how many seasons do the towns want the cut spread?", holding(QUOTA)) == f"{QUOTA} [1]"
    # ...what is asked for (a date), which its front lacks or which it gives again
    assert answer("When will the board cut the cod quota?", holding(LATER)) == f"{LATER} [1]"
    assert answer("When will the board cut the cod quota?", holding(TWICE)) == f"{TWICE} [1]"
    # ...the time the question asks about: what the union asks for now, not what it first demanded
    assert answer("What is the union demanding now?", holding(OFFER)) == f"{OFFER} [1]"
    assert answer("What did the union first demand?", holding(OFFER)).endswith("extra week of leave… [1]")


def test_a_reason_or_a_yes_or_no_is_said_whole() -> None:
    assert answer("Why did the ministry publish four letters?", holding(LETTERS)) == f"{LETTERS} [1]"
    assert answer("Did the ministry publish any letters?", holding(LETTERS)) == f"{LETTERS} [1]"


def test_a_further_sentence_is_heard_when_the_answer_as_clipped_leaves_room() -> None:
    # the budget counts what is quoted: LETTERS as clipped leaves room for a sentence its whole length would not
    sent = "The ministry said the letters went by courier to each of the three towns on the same morning last week."
    head = LETTERS[: LETTERS.index("—")]
    asked = "How many letters to the towns did the ministry publish?"  # the lead never says "towns": more may
    assert answer(asked, holding(LETTERS, sent)) == f"{head}… [1] {sent} [2]"


def test_a_further_position_of_the_same_time_is_part_of_what_a_party_wants() -> None:
    wants = (
        "The union wants the night-shift bonus restored to its full rate of forty euros a shift by the start of the "
        "winter timetable, and it is seeking a written promise that any future cuts to the rosters will fall on "
        "every depot of the northern network in proportion to its staff."
    )
    assert answer("What does the union still want on the bonus?", holding(wants)) == f"{wants} [1]"
    assert answer("To what rate is the night-shift bonus to be restored?", holding(wants)).endswith("timetable… [1]")
