"""Questions that say in their own words what a text says in others: a phrasal verb for the one word it means, a
verb of opinion that frames the question, the general noun of measure, a thing named by its name. Hand-made
sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.asked_focus import unknown_focus
from assistant.counting import counts_another
from assistant.english import plain_verbs, plain_words
from assistant.figures import states_span
from assistant.lexicon import Lexicon
from assistant.question import read
from tests.test_question import LEXICON, met, no_synonyms


def test_a_phrasal_verb_of_striking_or_representing_asks_in_its_one_word() -> None:
    assert "strike" in plain_words("When are the pilots threatening to walk out?")
    assert "represent" in plain_words("How many pilots does the union speak for?")
    # ...but walking out of a meeting is leaving it, no strike
    walked = plain_words("Why did the ambassador walk out of the congress?")
    assert "leave" in walked and "strike" not in walked
    assert met("How many pilots does the union speak for?", "The union represents about 2,340 pilots.")


def test_to_begin_again_is_to_resume() -> None:
    for asked in ("When did the talks start again?", "When did talks begin again?", "When did they get going again?"):
        assert "resume" in plain_words(asked)
    assert "resume" in plain_words("When did negotiations pick up again?")
    assert "resume" not in plain_words("When was the journalist picked up?")  # picked up by the police: arrested
    assert "begin" in plain_words("When did the talks get going?")
    assert met("When did the negotiations start again?", "The talks did not resume until Oct. 22.")


def test_a_verb_of_opinion_frames_the_question_as_think_does() -> None:
    asked = "How much does the airline reckon a day of strikes would cost it?"
    assert "reckon" not in read(asked).topic
    assert met(asked, "The airline estimates that each day of strikes would cost it about 11 million crowns.")


def test_a_modal_auxiliary_is_no_topic_word() -> None:
    asked = "By when must the legal text be finished?"
    assert "must" not in read(asked).topic
    assert met(asked, "The technical teams have until 30 April to finish their work.")


def test_a_purpose_frames_the_question_as_an_aim_does() -> None:
    # "These provisions were meant to reassure…" gives a purpose the text never calls one
    assert unknown_focus("What was the purpose of the marriage clause?", LEXICON) == []
    assert unknown_focus("What was the population of the valley?", LEXICON) == ["population"]


def test_size_asks_for_a_figure_in_whatever_words_a_text_gives_it() -> None:
    assert unknown_focus("What was the size of the Quessarian fleet at its largest?", LEXICON) == []
    assert read("What was the size of the fleet?").wants == "number"


def test_a_sum_is_of_a_thing_the_question_names_by_its_name() -> None:
    asked = "What did it cost to build the Corran Dam?"  # "build" is a noun too, but not here
    assert met(asked, "The Corran Dam, a $4.2 billion hydropower project, can hold 62 billion cubic metres.")
    assert not met(asked, "Marrowgate has an $84 million gap in next year's spending plan.")


def test_a_share_counts_nothing_and_a_span_from_a_time_asked_is_no_length() -> None:
    # "5 percent of the dam's sales" counts no member states; the other figures count other things
    sentence = "It wants $300 million for the fund, seven years of filling and 5 percent of the dam's sales."
    assert counts_another(sentence, lambda w: w == "states")
    assert not met("How many member states does the union have?", sentence)
    assert not states_span("The pilots have not staged a strike since 2009.", frozenset({"2009", "strike"}))
    assert states_span("The pilots have not staged a strike since 2009.", frozenset({"strike"}))


def test_a_multiplier_before_no_plural_counts_nothing() -> None:
    # "double exhaustion" multiplies; "four courts" counts courts: no soldiers are counted
    sentence = (
        "It was this double exhaustion, of treasuries as much as of soldiers, that brought the four courts to Aumery."
    )
    assert counts_another(sentence, lambda w: w in ("troops", "soldiers"))
    assert not met("How many troops did Hollenmark have in the valley?", sentence)
    assert not counts_another("Hollenmark kept double the troops it had in 1738.", lambda w: w == "troops")


def test_a_number_joined_to_its_unit_measures_what_it_modifies_and_counts_nothing_else() -> None:
    strike = "Train drivers will return to work after Meridian agreed to end a 19-day strike."
    assert counts_another(strike, lambda w: w == "trains")  # "19-day" measures the strike: no trains are counted
    assert not met("How many trains does Meridian operate each day?", strike)
    assert not counts_another("Both sides agreed a 90-day truce.", lambda w: w in ("day", "days"))


def test_left_without_is_said_as_lost_and_all_three_counts_what_three_counted_before() -> None:
    # the passive "were left without" is the complement's: the sentence says "lost electricity"
    asked = "How many people were left without electricity in that blackout?"
    assert "left" not in read(asked).topic
    assert met(asked, "Some 2.4m people across the three countries lost electricity, some for as long as 14 hours.")
    # "engineers from all three" counts the three utilities again, no engineers
    staffed = "The three utilities will share a control room in Dunmere, staffed by engineers from all three."
    assert counts_another(staffed, lambda w: w == "engineers")
    assert not met("How many engineers will work in the control room?", staffed)


def test_a_follow_ups_demonstrative_with_a_noun_of_its_own_is_no_topic_word() -> None:
    # "that pot" is the fund the answer before told of, in the asker's word for it
    pot = read("How much is in that pot? (context: Where does Quarreth want the money for the lines to come from?)")
    assert pot.topic == () and pot.stuff is None  # and "how much is" measures no thing "is"
    # ...but a noun the question before used is still asked about, and so is one in a question of its own
    assert read("How much is in that fund? (context: Which fund will pay for the lines?)").topic == ("fund",)
    assert read("How much is in that pot?").topic == ("pot",)


def test_the_word_that_asks_a_share_is_no_topic_and_a_party_is_named_by_its_tables_common_noun() -> None:
    asked = "What share of the new jobs has Brannock promised to local people?"
    assert "share" not in read(asked).topic and read(asked).share
    said = "On hiring, the company has agreed that 45 percent of the new jobs will go to local residents."
    lexicon = Lexicon([said], {}, names=[["Brannock", "the company"], ["Ustral", "the province"]])
    assert read(asked).met_by(said, said, said, lexicon, no_synonyms)
    assert not read(asked.replace("Brannock", "Ustral")).met_by(said, said, said, lexicon, no_synonyms)


def test_head_of_after_a_name_gives_the_post_it_heads() -> None:
    said = "The constraint is physical, said Oskar Lindqvar, head of slot coordination at the aviation authority."
    assert met("What position does Oskar Lindqvar hold?", said)
    assert not met("What position does Oskar Lindqvar hold?", "Oskar Lindqvar, proud of the authority, spoke first.")


def test_a_share_asked_for_may_have_words_before_its_noun() -> None:
    question = "What minimum share of customs revenue is Pellin demanding?"
    assert read(question).share and "minimum" not in read(question).topic
    assert met(question, "Pellin is demanding a floor of nine per cent of customs revenue.")
    assert not read("What did they share?").share  # a verb, after its auxiliary


def test_taking_effect_is_beginning_to_apply() -> None:
    assert "(apply)" in plain_verbs("The code takes effect on June 15 and runs for 12 months.")
    assert "(apply)" in plain_verbs("She asked for a refund of the 290m marks collected since the tax came into force.")
