"""What a question asks for (`question.read`) and whether a sentence holds it (`Ask.met_by`): English question
grammar on hand-made sentences, with a lexicon and no model (synonyms: none)."""

from __future__ import annotations

import pytest

from assistant.asked_focus import unknown_compound
from assistant.holds import share
from assistant.lexicon import Lexicon
from assistant.question import read
from assistant.question_parts import question_parts
from assistant.ranking import ASKS_CONDITION, CONDITION

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


def test_a_date_or_number_must_be_new_and_of_what_was_asked() -> None:
    assert met("When will the talks resume?", TEXT[0])
    assert not met("When was the hotel built?", TEXT[3])  # no date at all
    assert met("How many fishing vessels have patrols detained?", TEXT[2])
    assert not met("How many people work in fishing since 2019?", "Fishing began in 2019.")  # 2019 is asked
    assert not met("How many trawlers does Orvanda own?", TEXT[2])  # a number, but not of trawlers
    assert not met("How many turbines will the dam have?", "Its turbines will generate 5,200 megawatts.")
    # ...while "214 bronze plaques" are bronzes, named by the noun before the head
    assert met("How many bronzes does Kestavia want back?", "Kestavia is seeking the return of 214 bronze plaques.")
    assert met("How many soldiers did each side lose?", "The Russians lost 60,000 soldiers at Mukden.")
    assert met("How many refugees reached Valmora?", "The war drove about 90,000 of them into Valmora, refugees say.")
    # "one of the busiest shipping lanes" counts lanes, and "draw one together" counts nothing
    lanes = "Judges of the tribunal sat over one of the busiest shipping lanes in the Cerulean Sea."
    assert not met("How many judges sit on the tribunal?", lanes)
    pronoun = "Judges of the tribunal said it would prefer that you draw one together."
    assert not met("How many judges sit on the tribunal?", pronoun)
    # the counted noun, not the words before it, which the text may put otherwise: "tariff lines" for "product lines"
    lines = "The sides agreed to eliminate duties on 1,140 tariff lines on the day the deal enters into force."
    assert met("How many product lines become duty-free when the deal enters into force?", lines)
    assert not met("How many product lines did the sides count last year?", lines)  # ...of another topic


def test_how_long_is_answered_by_a_span_not_by_a_date() -> None:
    assert met("How long did the land fighting last?", "Following a three-week ground campaign, the town fell.")
    assert met("How long did the war last?", "The Russo-Japanese War of 1904–05 ended at Portsmouth.")
    assert met("How long have they gone without a deal?", "They have had no deal since 2019.")
    assert not met("How long did the land fighting last?", "On April 2, 1982, the forces landed.")


def test_a_plain_question_asks_for_nothing_particular() -> None:
    ask = read("What are the talks about?")
    assert not ask.demanding and ask.met_by("Anything.", "Anything.", "Anything.", LEXICON, no_synonyms)


def test_what_how_many_counts_ends_at_its_head_noun() -> None:
    assert read("How many senators signed the letter?").counted == ("senators",)
    assert read("How many fishing boats were seized?").counted == ("fishing", "boats")
    assert met("How many senators signed the letter?", "On December 17, 19 Senators wrote a letter to Carter.")
    # a span of time counts no soldiers, unless units of time are what is counted
    campaign = "Following a three-week ground campaign, the British forced the surrender of all Argentine troops."
    assert not met("How many troops died?", campaign)
    assert met("How many weeks did the campaign take?", campaign)


def test_a_date_is_of_the_whole_name_asked_about_and_the_date_frame_is_no_topic() -> None:
    assert read("What day did Bullitt get back to Paris?").topic == ("bullitt", "back", "paris")  # "get": light
    assert met("What day did Bullitt get back to Paris?", "Bullitt returned to Paris on March 25.")
    # "Treaty" alone is not the ABM Treaty, nor "States" the United States
    assert not met(
        "When did the United States withdraw from the ABM Treaty?",
        "On December 17, 1979, senators warned that a SALT II Treaty was adverse to the United States.",
    )
    assert read("How far apart are Japan and Russia on how many ships to keep?").topic == (
        "japan",
        "russia",
        "ships",
        "keep",
    )
    # an acronym is held by the words it stands for in the corpus
    prc = Lexicon(["The People's Republic of China (PRC) met the United States."], {})
    assert share(("prc",), "The People's Republic of China agreed on January 1, 1979.", prc, no_synonyms) == 1
    # "next" and "planned" say when the date lies, not what it is of
    assert read("When is the next round of talks planned?").topic == ("round", "talks")
    assert met("When is the next round of talks planned?", "They hoped to convene a fourth round on 14 November.")


def test_a_date_is_of_the_event_of_the_names_the_question_gives() -> None:
    asked = "On what date did Queen Maren sign the treaty?"
    assert not met(asked, "The treaty was signed on April 21, 1859.")  # signed, but by whom is not said
    assert met(asked, "Queen Maren signed the treaty on June 2, 1859.")
    # ...the day of the month with its ordinal's suffix too
    assert met("On what date was the ceasefire signed?", "A ceasefire signed on November 14th 2023 has held since.")


def test_money_a_year_and_a_margin_are_asked_for_as_such() -> None:
    sale = "On August 17, 1982, the two governments announced the agreement on arms sales."
    assert not met("How much money were the arms sales worth in 1982?", sale)  # "17" is a day, not a sum
    assert met("How much money has Valmora pledged for the monitors?", "Valmora has pledged $12 million for monitors.")
    assert read("By what vote margin did Congress pass the act?").wants == "number"
    # a sum written with its magnitude ("$450m", "$1.8bn"), and "what price" asks for one
    assert met("How much compensation is Orvanda seeking?", "Orvanda is seeking $450m in compensation.")
    assert read("What price did Orvanda propose for the power?").money
    assert not met("What pilotage fees did the commission set?", "The commission was given authority to set fees.")
    assert not met("What price did Orvanda propose for the power?", "Orvanda offered to sell power at a discount.")
    assert not met("What year was the bloc founded?", "The bloc met on Friday in Brisenne.")
    assert met("What year was the bloc founded?", "The bloc was founded in 1994 in Brisenne.")
    # a text that says the figure is not known answers the question
    assert met("How much are the mineral deposits worth?", "The value of the deposits has not yet been determined.")
    # "how much of" a whole is answered by a share of it, in figures or in words
    assert met("How much of the zone does Orvanda patrol?", "Orvanda patrols the entire zone.")
    assert met("How much of the zone does Orvanda patrol?", "Orvanda patrols 40% of the zone.")
    assert not met("How much does Orvanda spend on the entire zone?", "Orvanda spends heavily on the entire zone.")


def test_an_idiom_of_happening_or_a_hedge_is_no_topic() -> None:
    assert read("When will the next round of negotiations take place?").topic == ("round", "negotiations")
    assert read("How much oil is thought to lie under the islands?").topic == ("oil", "islands")
    assert "gain" in read("How many seats was Japan expected to gain?").topic  # a verb of content stays


def test_a_number_asked_of_a_time_is_met_only_where_that_time_is_named() -> None:
    question = "How many fishing vessels were detained since 2019?"
    assert met(question, TEXT[2])
    assert not met(question, "Patrol boats have detained more than 40 fishing vessels.")


def test_the_thing_asked_about_is_held_when_the_corpus_uses_its_head_noun() -> None:
    question = "What is the lakeside hotel in Brisenne?"
    assert met(question, TEXT[3])
    assert not met(question, "The hotel was built in 2019.")  # a hotel, not the lakeside one
    # a noun the corpus never uses, a shell noun and a verb in -ing ask for nothing the sentence must repeat
    assert met("What is Orvanda's approval rating?", TEXT[1])
    assert not read("What was the point of the offensive?").role
    assert not read("What were the rebels fighting for?").role


def test_a_compound_of_nouns_the_corpus_never_uses_is_not_covered() -> None:
    assert unknown_compound(read("What is Orvanda's approval rating?").role, LEXICON)
    assert not unknown_compound(read("What were the biggest obstacles to a deal?").role, LEXICON)  # said otherwise
    assert not unknown_compound(read("What is the lakeside hotel in Brisenne?").role, LEXICON)


def test_a_year_the_question_names_is_preferred_in_the_answer_but_never_required() -> None:
    ask = read("What happened to the fishing vessels back in 2019?")
    assert ask.dated == ("2019",) and not ask.demanding  # the judge refuses nothing for it
    assert met("What happened to the fishing vessels back in 2019?", TEXT[2])
    assert not met("What happened to the fishing vessels back in 2014?", TEXT[2])
    # ...and so is a day of the week: not what was done on another day
    assert read("What did the board decide at its Saturday meeting?").dated == ("Saturday",)
    raised = "On Thursday the board voted to raise its offer to 8.5 percent."
    assert not met("What did the board decide at its Saturday meeting?", raised)
    assert met("What did the board decide at its Thursday meeting?", raised)
    # ...and a day of a month, in either order: "Who declared the truce on 11 November?" is not answered by
    # another day's sentence (and a question that demands a name is refused when none is of that day)
    assert read("Who declared the truce on 11 November?").dated == ("11 November",)
    assert met("Who declared the truce on 11 November?", "Aldo Brenn declared the truce on November 11, 1918.")
    assert not met("Who declared the truce on 11 November?", "Aldo Brenn said the truce lapses on 11 May.")


def test_under_what_condition_is_answered_by_a_sentence_that_states_one() -> None:
    assert ASKS_CONDITION.search("Under what condition would Washington cut back its arms sales?")
    assert CONDITION.search("Reductions were contingent on a PRC policy of peaceful relations.")
    assert CONDITION.search("It could accept the timetable if the officers are left out.")
    assert not CONDITION.search("The administration was prepared to place limits on its arms sales.")
    # a precondition is a condition, and "no talks … until they withdrew" sets one
    assert ASKS_CONDITION.search("What was London's precondition for any talks on sovereignty?")
    assert CONDITION.search("She stipulated that no negotiation could occur until Argentine forces withdrew.")


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Who is Qaravel's president and when is he up for election?",
            ["Who is Qaravel's president?", "when is he up for election?"],
        ),
        (
            "How much did Belgara offer, and how did Qaravel respond?",
            ["How much did Belgara offer?", "how did Qaravel respond?"],
        ),
        # "what's" holds its verb
        ("Who led Quessary's side and what's her job?", ["Who led Quessary's side?", "what's her job?"]),
        # two wh-words that share the rest of the question
        (
            "When and where was the ABM Treaty signed?",
            ["When was the ABM Treaty signed?", "Where was the ABM Treaty signed?"],
        ),
        # a wh-word alone after "and" asks its own question of the first
        (
            "Who was the first Soviet official Bullitt met, and where?",
            ["Who was the first Soviet official Bullitt met?", "Where was the first Soviet official Bullitt met?"],
        ),
        # ...or a preposition and a wh-word
        (
            "What is the size of the fund, and over what period will it be paid?",
            ["What is the size of the fund?", "over what period will it be paid?"],
        ),
        # ...or a yes-no question about the people the first asks for; not about the party it tells of
        (
            "Who is Kestria's prime minister, and has he or she commented on the talks?",
            ["Who is Kestria's prime minister?", "has he or she commented on the talks?"],
        ),
        # ...or about someone it names
        (
            "What flow is in the draft, and is Ardavia's chief negotiator happy with it?",
            ["What flow is in the draft?", "is Ardavia's chief negotiator happy with it?"],
        ),
        ("What does Dravenia want, and has it got it?", ["What does Dravenia want, and has it got it?"]),
        # one question: an "and" inside it, or a reason, which is said with what it is the reason for
        ("Who did Bullitt meet first, and why?", ["Who did Bullitt meet first, and why?"]),
        ("What do Kyiv and Moscow want on NATO?", ["What do Kyiv and Moscow want on NATO?"]),
    ],
)
def test_a_question_joined_to_another_is_read_as_two(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


def test_a_hyphenated_compound_is_one_topic_word() -> None:
    # "self-government" is one word of English: held with "Dorvath", half of what was asked is there
    assert read("What did the parties agree on regarding self-government for Dorvath?").topic == (
        "self government",
        "dorvath",
    )
    assert share(("cease fire",), "The ceasefire will hold.", Lexicon(["The ceasefire will hold."], {}), no_synonyms)
