"""Questions as a reader of a history asks them, and the sentences of its prose that answer them: dates written
"the 9th of February", sums in old coins and spelled out, totals and rates, amounts of a thing and counts of people,
phrasal verbs split by their object, "the name of" a role before a clause about it, a holder of another party's,
and who presided over what. Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.english import plain_verbs, plain_words
from assistant.lexicon import Lexicon
from assistant.money import sums
from assistant.question import read
from assistant.stance_issues import unspoken
from tests.test_question import met, no_synonyms


def test_a_day_written_with_of_is_a_date() -> None:
    question = "On what date did Morvaine go to war?"
    assert met(question, "Morvaine declared war on the 9th of February.")
    assert not met(question, "Morvaine declared war in February.")  # a month, no day


def test_a_sum_spelled_out_or_in_an_old_coin_is_money() -> None:
    assert [m.group() for m in sums("It levied fourteen kreuzer a last and paid forty thousand thalers.")] == [
        "fourteen kreuzer",
        "forty thousand thalers",
    ]
    charging = "What was Ostrevin charging barges at Rennhof before the treaty?"
    assert read(charging).money and "charging" not in read(charging).topic  # "charging" asks for the sum
    assert met(charging, "Ostrevin levied fourteen kreuzer a last on barges passing Rennhof.")
    assert not met(charging, "Ostrevin levied a toll on barges passing Rennhof.")
    assert not read("What was the bargemaster charged with?").money  # an accusation


def test_a_phrasal_verb_split_by_its_object_means_its_one_word() -> None:
    question = "By what margin did the Teskarian parliament turn the treaty down?"
    assert plain_words(question) == "By what margin did the Teskarian parliament reject the treaty?"
    assert "(reject)" in plain_verbs(question)
    assert met(question, "The Teskarian Assembly rejected the treaty by 212 votes to 171.")


def test_what_was_the_name_of_a_role_asks_who_held_it() -> None:
    question = "What was the name of the foreign minister Orlay was reporting to?"
    assert read(question).wants == "name" and read(question).role == ("foreign", "minister")
    assert not met(question, '"I am here to hold the inkstand," he wrote to his foreign minister in April.')
    assert met(question, "Orlay wrote to the foreign minister, Count Edvard Lindqvar, in April.")
    # ...up to a contact clause, which says which holder ("the cousin [whom] she married")
    assert read("What was the name of the Carondese cousin Sophie-Amalie married?").role == ("carondese", "cousin")
    assert read("Who was the Ardenese?").role == ()  # a name, no role


def test_who_presided_over_the_talks_asks_who_led_them() -> None:
    question = "Who presided over the peace talks at Orlin?"
    assert read(question).leads and read(question).led == ()  # the talks, whatever they are called
    assert met(question, "The peace conference opened at Orlin under the chairmanship of Councillor Matthias Edelring.")
    assert read("Who chaired the second round?").led == ("second", "round")  # an adjective says which round


def test_a_holder_of_another_partys_by_the_table_holds_no_post_of_the_owner() -> None:
    names = [["Morvaine", "Morvainian", "Reyvard", "Anselm Reyvard"], ["Teskaria", "Teskarian", "Dravanek"]]
    lexicon = Lexicon([], {}, names=names)
    led = "The Morvainian delegation was led by the Foreign Minister, Count Anselm Reyvard; the Teskarian by Dravanek."

    def holds(question: str) -> bool:
        return read(question).met_by(led, led, led, lexicon, no_synonyms)

    assert not holds("Who was Teskaria's foreign minister during the conference?")
    assert holds("Who was Morvaine's foreign minister during the conference?")


def test_how_much_of_a_thing_is_no_count_of_people() -> None:
    question = "How much silver did the Valdrenne mines produce each year?"
    assert not met(question, "Valdrenne, with its silver mines and some 212,000 inhabitants, was claimed by Morvaine.")
    assert met(question, "The Valdrenne mines produced some 40 tonnes of silver a year.")


def test_a_total_asked_for_is_no_rate() -> None:
    question = "How much did Teskaria end up paying in total for the upkeep of the prisoners?"
    assert not met(question, "Teskaria paid for the prisoners' upkeep at eight groschen a man per day.")
    assert met(question, "Teskaria paid 1,200,000 groschen for the upkeep of the prisoners.")


def test_an_amount_in_a_unit_of_measure_may_be_of_the_stuff_asked_about() -> None:
    question = "How much water would the mine take every year under Orvane's plan?"
    assert met(question, "Orvane's plan calls for drawing 3.6 million cubic metres a year from Kessock Lake.")
    assert not met(question, "Orvane's plan calls for drawing 3.6 million tonnes of ore a year from Kessock.")
    # ...but not stuff that a unit of its own measures
    assert not met("How much electricity does Velmoria import?", "It guarantees Velmoria 410 cubic metres a second.")


def test_setting_a_seal_to_a_treaty_is_signing_it() -> None:
    sealed = "The envoys set their seals to the Treaty of Varsenbrück on 14 September 1768."
    assert "(sign)" in plain_verbs(sealed)

    def near(asked: list[str], said: list[str]) -> set[str]:  # a stem's word as MiniLM's nearest
        return {w for w in said if any(w[:4] == a[:4] for a in asked)}

    # "When was the treaty signed?" asks of an event the text tells in other words
    assert not unspoken(["signed"], [sealed], Lexicon([sealed], {}), near)
    assert unspoken(["ratified"], [sealed], Lexicon([sealed], {}), near)


def test_how_much_of_a_place_is_no_count_of_things_nor_a_sum() -> None:
    question = "How much of Kesselwerth ended up going to Brevoigne?"
    assert met(question, "Brevoigne received the southern meadows of Kesselwerth, about 82 morgen.")
    assert not met(question, "Ostrevin stopped eleven barges at Kesselwerth bound for Brevoigne.")
    assert not met(question, "Brevoigne put its losses at Kesselwerth at 48,000 thalers.")
