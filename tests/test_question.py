"""What a question asks for (`question.read`) and whether a sentence holds it (`Ask.met_by`): English question
grammar on hand-made sentences, with a lexicon and no model (synonyms: none)."""

from __future__ import annotations

import pytest

from assistant.lexicon import Lexicon
from assistant.question import read

TEXT = [
    "Quessary's Fisheries Minister Ilse Marrowan told reporters the talks would resume on 14 November.",
    "Orvanda's Foreign Minister Teodor Kallenbrook defended the offer.",
    "Patrol boats have detained more than 40 fishing vessels since 2019.",
    "The two sides met in a lakeside hotel for nine days.",
]
LEXICON = Lexicon(TEXT, {}, names=[["Orvanda", "Orvandan", "Ambrevel"], ["Quessary", "Quessarian"]])


def no_synonyms(words: list[str], candidates: list[str]) -> set[str]:
    return set()


def met(question: str, sentence: str) -> bool:
    return read(question).met_by(sentence, sentence, sentence, LEXICON, no_synonyms)


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("When did the talks resume?", "date"),
        ("In what year was the bloc founded?", "date"),
        ("How many fishing boats were seized?", "number"),
        ("How long did the talks last?", "duration"),
        ("Who is Orvanda's foreign minister?", "name"),
        ("Why did Quessary reject the offer?", None),
    ],
)
def test_the_kind_of_answer_wanted(question: str, wants: str | None) -> None:
    assert read(question).wants == wants


def test_a_role_is_held_with_its_owner_and_not_someone_elses() -> None:
    assert read("Who is Orvanda's foreign minister?").role == ("foreign", "minister")
    assert met("Who is Orvanda's foreign minister?", TEXT[1])
    assert not met("Who is Orvanda's fisheries minister?", TEXT[0])  # Quessary's minister, not Orvanda's
    assert not met("Who is Quessary's ambassador?", TEXT[0])  # no ambassador named


def test_a_date_or_number_must_be_new_and_of_what_was_asked() -> None:
    assert met("When will the talks resume?", TEXT[0])
    assert not met("When was the hotel built?", TEXT[3])  # no date at all
    assert met("How many fishing vessels have patrols detained?", TEXT[2])
    assert not met("How many people work in fishing since 2019?", "Fishing began in 2019.")  # 2019 is asked
    assert not met("How many trawlers does Orvanda own?", TEXT[2])  # a number, but not of trawlers


def test_whose_words_are_asked_for() -> None:
    ask = read("How did Orvanda react to the offer?")
    assert ask.speaker == "Orvanda"
    assert met("How did Orvanda react to the offer?", "Ambrevel rejected the offer within hours.")
    assert not met("How did Orvanda react to the offer?", "The offer was made to Orvanda on Friday.")
    assert read("What did Quessary's prime minister say?").speaker == "Quessary's prime minister"
    assert not met("What did Quessary's prime minister say?", TEXT[0])  # her minister spoke, not the premier


def test_a_plain_question_asks_for_nothing_particular() -> None:
    ask = read("What are the talks about?")
    assert not ask.demanding and ask.met_by("Anything.", "Anything.", "Anything.", LEXICON, no_synonyms)
