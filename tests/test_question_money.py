"""Questions about a sum of money, a cost, a rate or a limit, which a sentence states as a figure of the thing
and the party asked about. Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.answerability import unknown_event, unknown_measured
from assistant.levies import levied_on, levies_on
from assistant.lexicon import Lexicon
from assistant.money import sums
from assistant.question import read
from tests.test_question import LEXICON, TEXT, met, no_synonyms


def test_a_sum_in_a_currency_is_money_and_counts_no_noun() -> None:
    ask = read("How many dollars a year does Kestova earn from gas sent through Northway?")
    assert ask.money and not ask.counted
    assert "dollars" not in read("How much is the gap over revenue worth in dollars?").topic
    # a currency by its English name is money too
    assert met("How much money has Ostrec spent on the valley?", "Ostrec has spent 640 million crowns on the valley.")
    assert not met("How much money has Ostrec spent on the valley?", "Ostrec has spent 640 days in the valley.")
    # ...and so is a sum by its ISO code, before or after it
    assert met("How much money has Ostrec spent on the valley?", "Ostrec has spent USD 42 million on the valley.")
    assert met("How much money has Ostrec spent on the valley?", "Ostrec has spent 42 million EUR on the valley.")
    # "costs" after "how much" is a noun ("living costs"), which asks for no sum; the verb "cost" does
    risen = "How much have living costs gone up since the last contract?"
    assert not read(risen).money and read("How much will the dam cost?").money
    assert met(risen, "Living costs have risen 19 percent since the last contract was signed.")
    # ...and in a currency of the past (the European Currency Unit, ISO 4217 XEU)
    assert met("How much money has Ostrec spent on the valley?", "Ostrec has spent 12 million ecus on the valley.")
    # a word may stand between "how much" and the money ("how much starting money", "how much new funding")
    assert read("How much starting money was promised for the fund?").money
    assert not met(
        "How much new funding has Ostrec promised the valley?", "Ostrec has promised 640 days to the valley."
    )


def test_what_was_the_cost_of_a_thing_wants_a_figure_in_any_currency() -> None:
    cost = read("What was the total construction cost of the Corran Gorge dam?")
    assert cost.wants == "number" and not cost.money  # an invented text may count in florens
    assert not met("What was the total construction cost of the Corran dam?", "The Corran dam was finished in 1992.")
    assert met("What was the total construction cost of the Corran dam?", "The Corran dam cost 40 million florens.")


def test_what_charge_asks_for_a_figure_whatever_its_modifiers() -> None:
    question = "What per-container transit charge did the two countries settle on?"
    assert read(question).wants == "number"
    assert not met(question, "The 1961 convention gave the two countries free passage for every container.")
    assert read("What kind of toll arrangement was the company asking for?").wants != "number"  # a kind
    assert met(question, "The two countries settled on a transit charge of $225 per container.")


def test_an_account_is_stated_under_its_name() -> None:
    spent = "The Ostrec health authority spent 63 million crowns on agency nurses last year."
    budget = "The Ostrec health authority has a budget of 900 million crowns a year."
    lexicon = Lexicon([spent, budget], {})
    ask = read("What is the total annual budget of the Ostrec health authority?")
    assert not ask.met_by(spent, spent, spent, lexicon, no_synonyms)
    assert ask.met_by(budget, budget, budget, lexicon, no_synonyms)


def test_what_rate_asks_for_a_figure() -> None:
    rate = read("What interest rate applies to the $610 million award?")
    assert rate.wants == "number"
    assert not met("What interest rate applies to the loan?", "The bank approved the loan in March.")
    assert met("What interest rate applies to the loan?", "The loan carries an interest rate of 4.5 percent.")
    capacity = "What is the total storage capacity of the Corran reservoir?"  # a measure, asked with "what"
    assert not met(capacity, "The Corran reservoir was finished in 1992.")
    assert met(capacity, "The Corran reservoir has a storage capacity of 2.4 billion cubic metres.")


def test_what_someone_earns_is_a_sum_of_money() -> None:
    asked = "What does an average Harlow Bay docker earn in a year?"
    assert read(asked).money
    assert not met(asked, "Harlow Bay dockers demanded 18 percent over three years, arguing earnings had eroded.")
    assert met(asked, "An average Harlow Bay docker earns 41,000 crowns a year.")


def test_a_sum_is_of_a_thing_the_question_names() -> None:
    subsidy = "How much does Tesk spend on its bus subsidy each year?"
    assert not met(subsidy, "Tesk disclosed an $84 million gap in next year's spending plan.")
    assert met(subsidy, "Tesk spends $12 million a year on its bus subsidy.")
    # "spend" asks for the sum, as "cost" does: a text may say "pays"
    fuel = "How much does Orvanda spend on fuel support for its boats?"
    assert met(fuel, "Orvanda pays its fleet fuel subsidies worth about $140 million a year.")
    assert not met(fuel, "Orvanda pays its fleet $140 million a year in wages.")


def test_a_made_up_currency_after_a_multiplier_is_money() -> None:
    cost = "What would the tax cut cost the treasury each year?"
    assert met(cost, "The ministry estimates the tax cut would cost the treasury 2.8 billion korvels a year.")
    assert not met(cost, "The ministry estimates the tax cut would reach 2.8 million households a year.")


def test_a_limit_or_threshold_is_a_figure() -> None:
    limit = "What cadmium limit is Tesk demanding?"
    assert read(limit).wants == "number" and read("What threshold did Tesk propose?").wants == "number"
    assert met(limit, "Tesk wants the cadmium limit cut to 1 microgram immediately.")
    assert not met(limit, "Tesk's minister called any higher cadmium limit a slow poisoning of the delta.")
    least = "What minimum flow is Dravenia demanding during the dry months?"
    assert read(least).wants == "number" and read("What maximum toll may the board set?").wants == "number"
    assert met(least, "Dravenia is asking for a minimum flow of 450 cubic metres per second in the dry months.")
    assert not met(least, "Dravenia remains committed to a minimum flow during the dry months.")


def test_a_salary_is_money_and_a_titled_persons_figure_is_a_number() -> None:
    salary = read("What is Captain Odile Ferrand's annual salary?")
    assert salary.wants == "number" and salary.money
    assert not met("What is Captain Odile Ferrand's annual salary?", "Odile Ferrand has flown for 22 years.")


def test_a_toll_is_a_figure_even_before_a_relative_clause() -> None:
    toll = "What was the maximum toll the river commission could set?"
    assert read(toll).wants == "number"
    assert met(toll, "The treaty set up a River Commission to fix a single toll not exceeding 1.5 per cent on cargo.")
    assert not met(toll, "The treaty set up a River Commission to fix a single toll on cargo.")


def test_a_salary_asked_after_a_long_name_is_money_but_a_wage_offer_is_not() -> None:
    salary = read("What is the HR director Martin Corrigall's annual salary?")
    assert salary.wants == "number" and salary.money
    assert read("What is the starting salary for a new teacher?").money
    assert read("What was Bullitt's salary as an attaché?").money  # the post it was paid for, after it
    assert not read("What wage offers did the employers make?").money
    assert not read("What salary increases has the district offered?").money


def test_a_sum_may_be_the_hyphened_adjective_of_its_noun() -> None:
    asked = "How much is Hestmark's bid for Corvane worth?"
    assert met(asked, "Hestmark's 4.2-billion-crown bid for Corvane cleared its first hurdle.")
    assert met(asked, "Hestmark's 4.2-billion-daler bid for Corvane cleared its first hurdle.")  # a coined currency
    assert not met(asked, "Hestmark's 4.2-kilometre bid for Corvane cleared its first hurdle.")


def test_a_sum_in_any_word_is_money_where_it_is_spent_paid_or_worth_something() -> None:
    found = [m.group() for m in sums("Her members would have to spend about 600m meridians building data centres.")]
    assert found == ["600m meridians"]  # "meridians" is an English word, its sum money only by the verb
    assert [m.group() for m in sums("Tariffs of 22% on 3.4bn meridians' worth of exports.")] == ["3.4bn meridians"]
    assert [m.group() for m in sums("It was to raise around 380m marks a year.")] == ["380m marks"]  # the press's "m"
    assert not sums("They have two weeks' worth of food.") and not sums("The team spent 3 million hours on it.")
    assert not sums("The 400m runners lined up.")
    assert met("How much money has Ostrec spent on the valley?", "Ostrec has spent about 640m meridians on the valley.")


def test_a_rate_named_after_several_words_is_a_figure_of_the_year_asked() -> None:
    growth = "What was Veskara's real GDP growth rate in 2024?"
    assert read(growth).wants == "number"
    # a rate the text states for any year is not the one asked for 2024
    assert not met(
        growth, "The instrument pays out in any year in which Veskara's real GDP growth exceeds 3.5 percent."
    )
    assert met(growth, "Veskara's real GDP grew at a rate of 2.1 percent in 2024.")


def test_a_rise_in_pay_or_prices_asks_for_a_figure() -> None:
    asked = "What pay rise did the cabin crew get in the contract they signed last autumn?"
    assert read(asked).wants == "number"
    crew = "The carrier's cabin crew union, which signed its own contract last autumn, will report for work as normal."
    assert not met(asked, crew)  # the contract is spoken of, its rise is not given
    assert met(asked, "The cabin crew signed a contract last autumn giving them a pay rise of 7 percent.")
    assert read("What salary increase is the union seeking?").wants == "number"
    assert read("What cuts did they propose?").wants is None  # a cut may be of anything: troops, tariffs
    # ...and so is the least or the most of one, before a relative clause whose subject is a name
    smallest = "What's the smallest raise Thorne thinks his members would swallow?"
    assert read(smallest).wants == "number"
    assert met(smallest, "Thorne said that any raise below 12 percent would be hard to sell to his members.")
    assert read("What is the biggest obstacle Kyiv faces?").wants is None  # an obstacle is no figure


def test_a_figure_someone_proposed_is_one_their_side_is_named_with() -> None:
    # "What pay rise has Halloway proposed?" asks for her figure: the union's is none of hers
    proposed = "What pay increase has Halloway proposed?"
    assert read(proposed).names == ("Halloway",)
    assert not met(proposed, "On pay, the union is seeking a rise of 18 percent over three years.")
    assert met(proposed, "Halloway proposed a rise of 12 percent over three years.")
    # a party is named by any of its names, and a name before "and" takes no stance
    assert met("How many tonnes has Orvanda offered?", "Ambrevel offered 38,250 tonnes to each fleet.")
    assert read("How far apart are Orvanda and Quessary on how many tonnes each fleet gets?").names == ()


def test_a_rate_is_a_share_or_a_figure_per_unit() -> None:
    charged = "What interest rate is the bank charging on its $650 million loan?"
    assert not met(charged, "The bank has offered a loan of $650 million to rebuild 23 bridges.")
    assert met(charged, "The bank is charging 4.5 percent on its $650 million loan.")
    assert met("What toll rate does the port charge?", "The port charges a toll of $9 per tonne.")
    # "…$250 million tranche only once a filling deal…": a figure, then a function word, is no figure per unit
    tranche = (
        "The bank would release the final $250 million tranche of its $650 million loan only once a deal was reached."
    )
    assert not met(charged, tranche)


def test_a_share_of_a_named_whole_is_of_that_whole() -> None:
    question = "What share of union members voted for the strike?"
    assert "union" in read(question).whole and read(question).describe() == "a share"  # what a refusal says is missing
    stoppages = "Union members staged two strikes, which halted most of the city's bus services."
    assert not met(question, stoppages)  # "most of" the bus services is no share of the members
    assert met(question, "About 84 percent of the union's members voted for the strike.")
    assert met(question, "Union members voted for the strike by a margin of 84 percent.")  # of nothing named


def test_a_rise_in_a_thing_the_text_never_speaks_of_is_unknown_focus() -> None:
    texts = [" ".join(TEXT)]
    fares = "How much would fares go up under the budget plan?"
    assert unknown_measured(fares, texts, LEXICON, no_synonyms) == ["fares"]
    assert unknown_measured("How sharply did bus fares rise?", texts, LEXICON, no_synonyms) == ["fares"]
    # a thing the text speaks of, or names by a near-synonym, is not unknown
    assert unknown_measured("How much did the detained vessels increase?", texts, LEXICON, no_synonyms) == []
    assert unknown_measured(fares, texts, LEXICON, lambda words, _: set(words)) == []
    # ...as is the thing a price or levy is on, past the names' adjectives before it
    wine = "What is Orvanda's tariff on Quessarian wine?"
    assert unknown_measured(wine, texts, LEXICON, no_synonyms) == ["wine"]
    charged = "What tariff does Orvanda charge on Quessarian wine?"  # by the verb of levying
    assert unknown_measured(charged, texts, LEXICON, no_synonyms) == ["wine"]
    assert unknown_measured("What is the fee for fishing vessels?", texts, LEXICON, no_synonyms) == []
    # ...and the thing an amount is asked of ("how much aid"), but not a figure of speech ("how much ground")
    assert unknown_measured("How much aid has Orvanda promised?", texts, LEXICON, no_synonyms) == ["aid"]
    assert unknown_measured("How much ground did Orvanda give?", texts, LEXICON, no_synonyms) == []
    assert read("How much ground did Orvanda give?").stuff is None


def test_a_date_asked_for_an_event_the_text_never_speaks_of_is_unknown() -> None:
    texts = [" ".join(TEXT)]
    assert unknown_event("When did Kallenbrook resign?", texts, LEXICON, no_synonyms) == ["resign"]
    assert unknown_event("In what year was the bloc founded?", texts, LEXICON, no_synonyms) == ["founded"]
    # an event the text speaks of, by its verb in any form or a near-synonym, is not unknown
    assert unknown_event("When did the vessels get detained?", texts, LEXICON, no_synonyms) == []
    assert unknown_event("When did Kallenbrook resign?", texts, LEXICON, lambda words, _: set(words)) == []
    # a verb's particle is no event ("get back"), and only a date question asks when an event was
    assert unknown_event("When did the boats get back to port?", texts, LEXICON, no_synonyms) == []
    assert unknown_event("Why did Kallenbrook resign?", texts, LEXICON, no_synonyms) == []
    # ...or where it was; a verb that only says an event took place names none ("the fourth round": its noun)
    assert unknown_event("Where does Kallenbrook live?", texts, LEXICON, no_synonyms) == ["live"]
    assert unknown_event("Where will the fourth round be held?", texts, LEXICON, no_synonyms) == []
    assert unknown_event("When did the fourth round take place?", texts, LEXICON, no_synonyms) == []


def test_a_levy_is_on_the_thing_asked_and_of_its_origin() -> None:
    barley = "What tariff does Quessary charge on Orvandan barley?"
    assert levied_on(barley) == ("Orvandan", "barley")
    assert levied_on("What is the price of Orvandan barley?") is None  # a price is the thing's, whoever charges
    assert levied_on("What is the quota for Orvandan boats?") is None  # for someone, not on something
    assert levies_on("Quessary will cut its tariff on Orvandan barley to 5 per cent.", "Orvandan", "barley", LEXICON)
    assert levies_on("Quessary will levy 5 per cent on barley.", "Orvandan", "barley", LEXICON)  # no origin said
    # another party's barley, or another thing of the same origin, is no answer
    assert not levies_on("Orvanda will remove its tariff on Quessarian barley.", "Orvandan", "barley", LEXICON)
    assert not levies_on("Quessary will cut its tariff on Orvandan steel.", "Orvandan", "barley", LEXICON)


def test_a_levy_no_best_sentence_puts_on_the_thing_asked_is_refused() -> None:
    from assistant.answerability import judge
    from assistant.models import Passage, ScoredPassage
    from assistant.ranking import Candidate

    text = (
        "Quessary will cut its tariff on Orvandan steel to 10 per cent. Orvanda drops its tariff on Quessarian barley."
    )
    hit = ScoredPassage(
        passage=Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text),
        score=0.5,
        dense_score=0.6,
    )
    lexicon = Lexicon([text], {}, names=[["Orvanda", "Orvandan"], ["Quessary", "Quessarian"]])
    cut = text.index("Orvanda drops")
    ranked = [Candidate(1, 0, text[:cut], 0.9, text[:cut], True), Candidate(1, cut, text[cut:], 0.8, text[cut:], True)]
    refused = judge("What tariff does Quessary charge on Orvandan barley?", [hit], lexicon, ranked, no_synonyms)
    assert not refused.answerable and "levy on Orvandan barley" in refused.reason
    assert judge(
        "What tariff does Orvanda charge on Quessarian barley?", [hit], lexicon, ranked, no_synonyms
    ).answerable


def test_how_much_per_unit_asks_for_a_rate() -> None:
    asked = "How much did the Kestrum Dam cost to build per megawatt?"
    assert read(asked).rate and read(asked).describe() == "a rate"  # what a refusal says is missing
    assert not met(asked, "The Kestrum Dam, a $4.2 billion project, is designed to generate 3,100 megawatts.")
    assert met(asked, "The Kestrum Dam cost about $1.4 million per megawatt to build.")
    assert not read("How many per cent of the vote did the party win?").rate  # a share, not a rate


def test_what_one_party_alone_lost_is_no_figure_of_several_combined() -> None:
    alone = "How much revenue did Orvanda alone lose?"
    assert not met(alone, "The dispute cost Orvanda and Quessary a combined $140 million in lost revenue.")
    assert met(alone, "Orvanda lost $40 million in revenue during the dispute.")


def test_how_large_a_fine_or_a_fee_was_asks_for_a_sum() -> None:
    fine = "How large was the fine Quessary imposed on Orvanda?"
    assert read(fine).money and not read("How large is the contested patch of sea?").money
    assert met(fine, "Quessary imposed a fine of $2 million on Orvanda.")
    assert not met(fine, "Quessary allowed Orvanda 21 weekly flights, down from 28.")


def test_an_average_is_no_other_figure_of_the_same_thing() -> None:
    average = "What is the average teacher salary in Orvanda?"
    assert not met(average, "Teachers in Orvanda want their contribution cut from 6 percent of salary to 5 percent.")
    assert met(average, "The average teacher salary in Orvanda is $52,000.")
