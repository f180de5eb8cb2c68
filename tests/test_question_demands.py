"""What a question demands of the sentence that answers it: a share for "what percentage", a sum of money or a
count it does not give itself, a rate of what it names, a thing the corpus knows, in any words of one meaning;
and the words of it that are no topic. Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.asked_focus import unknown_focus
from assistant.lexicon import Lexicon
from assistant.question import read
from assistant.thesaurus import same_things
from tests.test_question import LEXICON, met, no_synonyms


def test_what_percentage_asks_for_a_share() -> None:
    question = "What percentage of the network's cost does Saleth want Drevania to pay?"
    assert not met(question, "The network, estimated at USD 42 million, should be paid by Drevania, Saleth says.")
    assert met(question, "Saleth wants Drevania to pay 60 per cent of the network's cost.")
    assert met(question, "Saleth wants Drevania to pay half the network's cost.")


def test_a_sum_the_question_gives_is_no_answer_and_a_rate_counts_money() -> None:
    cost = "How much does Reddaway say the 1.80 crown levy will cost exporters each year?"
    assert not met(cost, "Reddaway: on the levy, I accept that 1.80 crowns is too much.")
    assert met(cost, "Reddaway says the 1.80 crown levy will cost exporters 12 million crowns a year.")
    shipped = "How many tonnes does Dunmere ship through the corridor each year?"
    assert not met(shipped, "Dunmere wants the corridor fee cut from $14 to $9 per tonne.")
    assert met(shipped, "Dunmere ships 2.4 million tonnes a year through the corridor.")


def test_a_focus_of_three_words_the_corpus_never_uses_is_unknown() -> None:
    assert "salary" in unknown_focus("What is the average annual salary of a crane driver?", LEXICON)
    # a figure of a party's or of an event that the corpus never names
    assert "revenue" in unknown_focus("What is Orvanda's annual revenue?", LEXICON)
    assert "turnout" in unknown_focus("What was the turnout in the strike ballot?", LEXICON)
    assert not unknown_focus("What was the mood in the strike ballot?", LEXICON)  # said in other words
    # ...and the post of no owner a question asks of, but for a word of rank, which a text may say otherwise
    strike = Lexicon(["Transport Minister Leonie Castell said the strike was over."], {})
    assert unknown_focus("What did the prime minister say about the strike?", strike) == ["prime minister"]
    assert not unknown_focus("What did the transport minister say about the strike?", strike)
    assert not unknown_focus("What did the chief minister say about the strike?", strike)
    assert not unknown_focus("What did the spokesperson say about the strike?", strike)  # perhaps "spokesman"


def test_a_party_inside_a_longer_name_is_the_party_asked_about() -> None:
    question = "By how many votes did the Quessary Federal Chamber approve the treaty?"
    assert not met(question, "Orvanda's assembly approved the treaty by 212 votes to 97.")
    assert met(question, "Quessary's Federal Chamber approved the treaty by 61 votes to 40.")


def test_how_much_ransom_or_compensation_asks_for_a_sum_of_money() -> None:
    question = "How much ransom has Quessary offered for the engineers?"
    assert read(question).money
    assert not met(question, "They took 47 people hostage, 9 of them engineers working for Quessary.")
    assert met(question, "Quessary has offered a ransom of $2 million for the engineers.")
    # revenue, income, profit and subsidy are sums of money too: "two competing ports" is no revenue
    revenue = "How much revenue does the authority make from berth fees each year?"
    assert read(revenue).money and read("How much profit did the airline make?").money
    assert not met(revenue, "Even with the increase the authority's berth fees stay below those of two other ports.")
    assert met(revenue, "The authority makes $9 million a year from berth fees, its largest source of revenue.")


def test_which_of_a_number_asks_for_names_listed_where_its_topic_is_held() -> None:
    question = "Which three mining groups own Halcrest?"
    assert read(question).several and not read("Which two issues remain open?").several
    assert met(question, "Halcrest is owned by the mining groups Corvane Metals, Ashgrove and Tellmark Resources.")
    assert not met(question, "Halcrest, which is owned jointly by three private mining groups, employs 1,100 people.")
    # ...of names the question does not give: a headline's list of the parties names no members
    union = "Which four countries make up the Tamarind Coast Union?"
    assert not met(union, "Silver cod talks: what Halvardia, Quessary and the Tamarind Coast Union each want")
    assert read("Which are the two rival ports on the coast?").several


def test_a_fee_asks_for_money_but_a_fee_increase_for_any_figure() -> None:
    assert read("What fee does the port authority charge per berth?").money
    question = "What berth fee increase is the authority proposing?"
    assert not read(question).money
    assert met(question, "The authority has proposed an increase of 18 percent in berth fees.")


def test_a_price_tag_asks_for_money_and_its_words_are_no_topic() -> None:
    question = "what's the price tag on the Kessaran Dam?"
    assert read(question).money
    assert met(question, "The Kessaran Dam is a $6.2 billion project.")
    assert not met(question, "The Kessaran Dam will have an installed capacity of 4,800 megawatts.")


def test_how_far_a_party_is_willing_to_go_asks_for_no_length() -> None:
    assert read("How far is Dravonia willing to cut its machinery tariff?").wants is None
    assert read("How far offshore is the Pellavine Bank?").length == "length"


def test_a_condition_after_the_question_and_an_idiom_of_occurring_are_no_topic() -> None:
    question = "How much money is Lusmaar putting up if a swap happens?"
    assert read(question).topic == ("lusmaar",)
    assert met(question, "Lusmaar has also offered 6.5 million dollars for reconstruction.")
    assert read("How many people did the group seize in the first place?").topic == ("group", "seize")


def test_a_name_the_question_gives_may_be_heard_in_the_speakers_our() -> None:
    question = "By when is Sendara hoping to have a framework deal signed?"
    assert read(question).topic == ("sendara", "framework", "deal", "signed")  # hoping to: the verb it leads to
    said = "Our goal is a signed framework agreement before March."
    heard = "Sendara's goal is a signed framework agreement before March."  # as the ranker reads a speaker's "Our"
    passage = f"MS. ADEYEMI: {said}"
    assert read(question).met_by(said, heard, passage, LEXICON, no_synonyms)
    assert not read(question).met_by(said, said, passage, LEXICON, no_synonyms)


def test_a_number_the_question_gives_and_a_sum_count_no_cranes() -> None:
    question = "How many automated stacking cranes will be installed at Terminal 3?"
    assert not met(question, "The company plans to install stacking cranes at Terminal 3, part of a $260 million plan.")
    assert met(question, "The company plans to install 14 stacking cranes at Terminal 3.")


def test_a_part_of_a_sum_of_money_is_money() -> None:
    question = "How much of the $45 million for the gauging stations will Sendara put up?"
    assert read(question).money
    assert not met(question, "Sendara needs 38 billion cubic metres a year from the gauging stations.")
    assert met(question, "Sendara will put up $12 million of the cost of the gauging stations.")


def test_debt_charges_and_loans_ask_for_money_and_by_how_much_for_any_change() -> None:
    debt = "How deep in debt was Haldrenmark by 1683?"
    assert (read(debt).money, read(debt).length) == (True, None)
    assert met(debt, "By 1683 Haldrenmark's war debt was reported at 4.2 million crowns.")
    assert read("How much did Pellory charge the two kingdoms for hosting the congress?").money
    assert read("How much did Orumbe borrow to pay for the dam?").money
    cut = "By how much did the 1693 convention cut what Haldrenmark still owed?"
    assert not read(cut).money
    assert met(cut, "The 1693 convention reduced Haldrenmark's outstanding balance by one-third.")


def test_the_three_villages_named_after_a_colon_or_the_villages_of_names_are_particular_ones() -> None:
    question = "Which villages are being transferred?"
    assert met(question, "Some 2,300 people live in the three villages affected: Grennick, Tolle and Harrowby.")
    assert not met(question, "Some 2,300 people live in three villages near the line.")
    # ...and so are "the villages" of two names, which a bare plural is not
    assert met(question, "Some 2,300 people will be moved from the villages of Pellam and Kesh Ordo.")
    assert not met(question, "Some 2,300 people will be moved from villages near the line.")


def test_a_deal_is_a_kind_of_agreement_and_a_treaty_another() -> None:
    assert same_things(["deal", "treaty", "pact"], ["agreements"]) == {"deal", "treaty", "pact"}
    assert not same_things(["deal"], ["ceasefire"])
    assert same_things(["mediator"], ["conciliator"]) == {"mediator"}  # a conciliator is a kind of mediator
    assert same_things(["bodies"], ["remains"]) == {"bodies"}  # the dead returned in an exchange
    assert same_things(["fight", "row"], ["dispute"]) == {"fight", "row"}  # a row is an angry dispute
    assert same_things(["tariffs"], ["duties"]) == {"tariffs"}  # a duty is a tax on imports or exports
    assert same_things(["tax"], ["levy"]) == {"tax"} and not same_things(["tax"], ["tariffs"])  # two matters of talks
    assert same_things(["appointing"], ["name"]) == {"appointing"}  # "must name its arbitrator by 31 January"
    boss, chief = read("Who is the boss at Orvanda?"), "Tobias Quennell, Orvanda's chief executive, welcomed the deal."
    assert boss.met_by(chief, chief, chief, LEXICON, same_things)  # a chief is a boss
    signed = "After four further sessions the Convention of Saint-Arvel was signed on 29 March 1887."
    ask = read("On what date was the armistice agreement finally signed?")  # a convention is an agreement
    assert ask.met_by(signed, signed, signed, LEXICON, same_things)
    treaty, instrument = read("When was the peace treaty signed?"), "The instrument was signed on 19 June 1787."
    assert treaty.met_by(instrument, instrument, instrument, LEXICON, same_things)  # a treaty is a legal instrument


def test_linking_verbs_and_idioms_of_coming_into_force_are_no_topic() -> None:
    question = "How many tariff lines will become duty-free as soon as the deal takes effect?"
    # a tariff is a figure's frame, and "duty-free" one word
    assert read(question).topic == ("duty free", "lines", "deal")
    assert read("In which city are the negotiations being held?").place


def test_verbs_of_asking_for_something_are_one_meaning_and_of_its_counts_what_follows() -> None:
    assert same_things(["asking", "demanded", "sought"], ["wants"]) == {"asking", "demanded", "sought"}
    question = "How many prisoners is the Movement asking to free?"

    def holds(sentence: str) -> bool:
        return read(question).met_by(sentence, sentence, sentence, LEXICON, same_things)

    assert holds("The Movement wants 410 of its prisoners out.")
    assert not holds("The Movement wants 410 of its hostages out.")


def test_what_tariff_asks_for_a_rate_of_what_the_question_names() -> None:
    question = "What tariff does the Community currently charge on Dravonian sunflower oil?"
    assert read(question).wants == "number"
    assert not met(question, "Dravonian barley currently faces a 22 percent tariff when it enters the Community.")
    assert met(question, "Dravonian sunflower oil faces a 12 percent tariff when it enters the Community.")


def test_the_time_of_a_rate_is_no_topic() -> None:
    question = "How much trade flows between the bloc and Dravonia each year?"
    assert read(question).topic == ("trade", "flows", "bloc", "dravonia")
    assert met(question, "Trade with Dravonia reached 31.6 billion marks in 2024.")


def test_a_name_asked_for_is_no_unknown_focus_and_generic_kinds_want_a_name() -> None:
    assert not unknown_focus("What's the name of the new fund they set up?", LEXICON)
    assert read("Which outside countries did the bloc want to see chipping in?").wants == "name"
    assert read("Which body does Tenmarch want to settle the border question?").wants == "name"
    great = "Which great power hosted the talks?"  # a power is a state
    assert read(great).wants == "name" and met(great, "Orvanda had reasons of its own to host the talks.")
    institution = "Which institution did Orvanda want to handle the money?"  # a bank is one, by its name
    assert read(institution).wants == "name" and read(institution).role == ()
    assert met(institution, "Orvanda wanted the money channelled through the Meridian Development Bank.")
    sponsors = "Which delegations sponsored the draft decision?"  # a delegation is named by its country
    assert read(sponsors).role == () and met(sponsors, "The draft decision was submitted by Calastria and Dravonia.")


def test_a_clause_that_refers_back_is_read_with_the_one_before() -> None:
    question = "What will it cost to refurbish the dam's turbines?"
    said = "The turbines are forty years old, and a survey put the cost of refurbishing them at 640 million dollars."
    assert met(question, said)


def test_how_far_from_somewhere_asks_for_a_distance_not_a_size() -> None:
    question = "How far is Meskin Rock from the Tenmarchi coast?"
    assert read(question).length == "distance"
    assert not met(question, "Meskin Rock could generate no more than a 12-nautical-mile territorial sea.")
    assert met(question, "Meskin Rock lies 40 nautical miles off the Tenmarchi coast.")


def test_a_limit_on_a_sum_is_a_cap_on_it() -> None:
    assert same_things(["limit"], ["capped"]) == {"limit"} and same_things(["cap"], ["ceiling"]) == {"cap"}
    question = read("Is there any limit on how much Veskara could end up paying on the VRI?")

    def holds(sentence: str) -> bool:
        return question.met_by(sentence, sentence, sentence, LEXICON, same_things)

    assert holds("Veskara's payments under the VRI are capped at $600 million over its life.")
    assert not holds("Veskara's payments under the VRI are expected to reach $600 million over its life.")
