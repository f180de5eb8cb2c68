"""Questions about a measure ("How wide…", "How tall…", "How long is the X?", "How big…"), whose sentence must state
a length (or for "how long is" a span of time) of the thing asked about, and about a share, a span or a time
(counts: `test_question_counts.py`; sums of money: `test_question_money.py`). Hand-made sentences, a lexicon and
no model."""

from __future__ import annotations

from assistant.figures import states_span
from assistant.lexicon import Lexicon
from assistant.quantities import quantities
from assistant.question import read
from tests.test_question import LEXICON, met, no_synonyms


def test_a_dimension_asks_for_a_length() -> None:
    assert read("How wide is the Serrin Passage?").length
    assert read("How far offshore is the Pellavine Bank?").wants == "number"
    assert not read("How far apart are the two sides on quotas?").length  # a gap between positions
    assert read("How far back does the claim go?").wants == "duration"
    # a preposition of duration and a noun of a span ask for a span, whatever figure the rest names
    assert read("Over what timeframe would the fee be phased in?").wants == "duration"
    assert read("Within what time frame will the troops leave?").topic == ("troops", "leave")
    assert read("In what year was the fee raised?").wants == "date"


def test_a_length_is_a_number_with_a_unit_of_length() -> None:
    assert met("How wide is the Serrin Passage?", "The Serrin Passage is a channel roughly 18 kilometres wide.")
    assert met("How tall is the dam wall?", "The dam wall rises in a 90-metre arc.")
    assert not met("How tall is the dam wall?", "The dam's reservoir holds 62 billion cubic metres of water.")
    assert not met("How far offshore is the Pellavine Bank?", "The Pellavine Bank holds 300 trawlers.")
    upstream = "The Tasmir dam sits about 40 kilometres upstream of the border."
    assert met("How far upstream of the border is the Tasmir dam?", upstream)
    assert not met("How tall is the Tasmir dam?", upstream)  # a distance from somewhere is no size of the dam


def test_how_long_is_the_x_is_a_length_or_a_span() -> None:
    assert met("How long is the front line?", "The front line stretches for more than 1,000 km.")
    assert met("How long is the first phase?", "The first phase lasts 90 days.")
    assert not met("How long is the front line?", "The front line was drawn on March 3.")
    assert met("How long is the draft text?", "Delegates worked through the draft text, an 11-page document.")
    # ...of the thing asked about: a span or length said of something else is no answer
    assert not met("How long is the Ostrel River?", "Qaravel wants a filling period of no fewer than nine years.")
    # "How long would the X be?" asks as "How long is the X?" does
    line = "How long would the proposed transmission line be?"
    assert not met(line, "Ashmarra insists on a filling period of no less than seven years.")
    assert met(line, "The proposed transmission line would run for 140 kilometres.")
    # "How large and how long…" asks for a figure and a span, of which a length is neither
    programme = "The fund supports Veskara under a 40-month programme worth $2.3 billion."
    assert met("How large and how long is the fund's programme for Veskara?", programme)


def test_a_figure_of_another_party_is_none_of_the_one_asked_about() -> None:
    question = "How much money has Quessary offered for patrols?"
    assert not met(question, "Orvanda has offered $18 million for patrols.")
    assert met(question, "Quessary has offered $18 million for patrols.")
    # no party named in the sentence: it may be said of the one its passage names
    bloc = "The bloc has offered $18 million for patrols."
    assert read(question).met_by(bloc, bloc, f"Quessary leads the bloc. {bloc}", LEXICON, no_synonyms)
    assert met("How much money has each side offered for patrols?", "Orvanda has offered $18 million for patrols.")


def test_a_size_is_of_the_thing_measured() -> None:
    assert read("How big was the Keldarian navy when the treaty was signed?").role == ("navy",)
    assert not met("How big was the lakeside hotel?", "Patrol boats have detained more than 40 fishing vessels.")
    assert met("How big was the lakeside hotel?", "The lakeside hotel had 40 rooms.")
    # a participle only says which island; a noun before the head ("approval rating") is part of what is measured
    island = "The Vessa divided around a wooded island, the Marlholm, some four hundred acres in extent."
    lexicon = Lexicon([island, "The island fortress was disputed."], {})
    assert read("How large was the disputed island?").met_by(island, island, island, lexicon, no_synonyms)
    assert not read("How large was the island fortress?").met_by(island, island, island, lexicon, no_synonyms)


def test_a_quantity_per_unit_of_time_is_a_rate_not_a_span() -> None:
    assert not states_span("Sendara needs a guaranteed minimum of 38 billion cubic metres a year.")
    assert not states_span("The ferry carries 1,200 passengers per day.")
    assert states_span("The filling takes a year.")  # no quantity before it: how long it takes
    assert states_span("Exports fell 4 percent a year for a decade.")  # a rate, and a span too


def test_an_amount_of_time_off_or_worked_is_a_span() -> None:
    question = "How much compulsory overtime can a nurse be made to work under the new agreement?"
    assert read(question).wants == "duration"
    assert met(question, "Under the deal, compulsory overtime will be capped at eight hours a month per nurse.")
    # ...of the noun after its adjective ("compulsory"), the thing whose amount a unit says
    assert read("How much fresh water does Sendara get?").stuff == "water"


def test_how_long_has_x_been_asks_for_a_span_up_to_then() -> None:
    asked = "How long has the grain levy been in place?"
    assert read(asked).lasting and not read("How long will the truce last?").lasting
    assert met(asked, "Esselmark's duty on wheat is a levy that has stood since 2011.")
    assert met(asked, "The grain levy has been in place for nine years.")
    assert met("How long had Corvessa been charging ships?", "From 1848 onward Corvessa levied tolls on ships.")
    assert not met(asked, "Grain exports could double within four years of the levy being cut.")
    assert not met("How long had Corvessa been charging ships?", "Corvessa would lease the port to ships for 49 years.")


def test_a_span_up_to_then_may_be_approximate_or_of_what_went_on() -> None:
    held, worked = "How long had Berling been held?", "How long had Almoria been working on the exchange?"
    assert met(held, "The aid worker, Tomas Berling, had been held without charge for more than a year.")
    assert met(worked, "The exchange was the result of seven months of shuttle diplomacy by Almoria.")
    assert not met(worked, "Almoria wants the ICHP to see the prisoners within 60 days of the exchange.")
    assert not met(worked, "Almoria will host talks on the exchange in the first week of the new year.")


def test_how_far_back_is_answered_by_where_a_span_runs_from() -> None:
    back, held = "How far back does Argentina's claim to the islands go?", "How long has Argentina claimed the islands?"
    dating = "Argentina had maintained a claim to the islands dating to its independence from Spain in 1816."
    assert met(back, dating) and met(held, dating)
    assert met(back, "Argentina's claim to the islands goes back to the 1820s.")
    assert not met(back, "Argentina's envoy went back to the islands in May to press the claim.")


def test_meant_to_last_is_the_frame_of_a_span() -> None:
    pause = "How long was the pause on new battleships meant to last?"
    assert read(pause).topic == ("pause", "battleships")
    assert met(pause, "Tesk was prepared to concede a ten-year moratorium on new battleships.")


def test_a_turnout_is_a_figure_and_two_days_of_a_month_are_no_number() -> None:
    turnout = "What was the overall voter turnout in the September election?"
    assert read(turnout).wants == "number" and read("What was the death toll in the protests?").wants == "number"
    said = "The agreement, announced after sessions on October 18 and 19, ends a standoff since the September 14 vote."
    assert not met(turnout, said)
    assert met(turnout, "Overall voter turnout in the September election was 61 percent.")


def test_a_length_from_one_end_to_another_is_a_size() -> None:
    river = "How long is the Ostrel River?"
    assert met(river, "The Ostrel River winds 640 kilometres from the mountains through Tesk to the sea.")
    assert not met(river, "The Ostrel River reaches the sea 640 kilometres from the mountains.")


def test_a_part_of_a_whole_is_a_share_of_it_unnamed() -> None:
    part = "How much of the fund will Tesk pay right now?"
    assert read(part).topic == ("fund", "tesk", "pay") and read(part).whole == ("fund",)  # "right now" frames
    assert met(part, "Tesk, which suffered less, has agreed to pay 15 per cent whatever the final formula.")
    assert not met(part, "Tesk, which suffered less, has agreed to host the talks whatever the final formula.")


def test_a_partys_figure_or_one_without_an_article_is_a_number_and_still_is_no_topic() -> None:
    assert read("What were Tesk's annual revenues last year?").wants == "number"
    assert read("What was voter turnout in the May election?").wants == "number"
    assert read("How many people are still unaccounted for?").topic == ("unaccounted",)  # "still" says when


def test_how_far_behind_asks_for_a_gap_of_any_figure() -> None:
    gap = "How far behind Tesk are Orvanda's first officers in earnings?"
    assert read(gap).wants == "number" and read(gap).length is None
    assert met(gap, "A first officer in Orvanda earns roughly 14 per cent less than one in Tesk.")
    assert not met(gap, "First officers in Orvanda earn less than those in Tesk.")


def test_minutes_are_a_span_and_an_estimate_a_figure() -> None:
    assert met("How long did the last session go on?", "The last session, on 30 April, ended after forty minutes.")
    assert not met("How long did the last session go on?", "The last session, on 30 April, ended without a deal.")
    estimate = read("And what's the union's own estimate?")
    assert estimate.wants == "number" and estimate.topic == ("union",)


def test_last_year_is_said_with_a_word_more_too() -> None:
    spend = "How much did the hospital group spend on agency staff last year?"
    assert met(spend, "The hospital group's spending on agency staff reached 18.6 million marks last financial year.")
    assert not met(spend, "The hospital group's spending on agency staff reached 18.6 million marks in 2019.")


def test_a_figure_of_the_plan_is_of_what_the_sentence_before_says_the_plan_is() -> None:
    asked = read("How many jobs does the union think automation at North Quay would wipe out?")
    plan = "The union says the plan would cost about 1,400 jobs over five years."
    passage = f"The operators want to install driverless cranes as part of automation at North Quay. {plan}"
    assert asked.met_by(plan, plan, passage, LEXICON, no_synonyms)
    other = f"The operators want to install a new canteen at the depot. {plan}"
    assert not asked.met_by(plan, plan, other, LEXICON, no_synonyms)
    # "the meeting" is the one the sentence before tells of
    alone = read("How long were the minister and the envoy alone together without their staff?")
    lasted = "The meeting lasted 45 minutes."
    side_room = f"The minister and the envoy have gone into a side room with no staff present. {lasted}"
    assert alone.met_by(lasted, lasted, side_room, LEXICON, no_synonyms)
    assert not alone.met_by(lasted, lasted, f"The delegations broke for lunch. {lasted}", LEXICON, no_synonyms)


def test_a_unit_says_what_its_figure_measures() -> None:
    asked = "How much power will the dam be able to generate?"
    assert met(asked, "The dam will have an installed capacity of 2,400 megawatts when finished.")
    assert not met(asked, "The dam will hold 21 billion cubic metres of water when finished.")
    assert quantities("…at a tariff of 4.2 cents per kilowatt-hour") == "energy electricity"
    assert quantities("a reservoir of 31 billion cubic metres and 2,400 MW") == "power electricity volume"


def test_a_party_asked_about_by_its_common_noun_owns_its_figure() -> None:
    lexicon = Lexicon(["The CBEU has asked Tavenmoor for permits."], {}, names=[["CBEU", "the bloc"], ["Tavenmoor"]])
    asked = read("How many seasonal work permits is the bloc asking Tavenmoor for each year?")
    stated = "The CBEU has asked for 20,000 seasonal work permits a year for Union citizens."
    assert asked.met_by(stated, stated, stated, lexicon, no_synonyms)
    other = "Ostrany has asked for 20,000 seasonal work permits a year for its citizens."
    assert not asked.met_by(
        other, other, other, Lexicon([other], {}, names=[["CBEU", "the bloc"], ["Tavenmoor"], ["Ostrany"]]), no_synonyms
    )


def test_this_year_is_also_the_year_a_text_names() -> None:
    drawn = "How much water was the dam drawing in this year's dry season?"
    assert met(drawn, "Withdrawals from the dam averaged 38 cubic metres per second during the 2025 dry season.")
    assert not met(drawn, "Withdrawals from the dam averaged 38 cubic metres per second during the dry season.")
    # "at the start of the year" is said by the month a text names
    raised = "By how much did Sarvossa put up container fees at the start of the year?"
    assert met(raised, "Sarvossa raised container-handling charges by 22 percent in January.")
    assert not met(raised, "Sarvossa raised container-handling charges by 22 percent.")


def test_an_amount_of_one_thing_is_none_of_another() -> None:
    copper = "The Tarn Ridge mine produced about 210,000 tonnes of copper last year."
    assert read("How much cobalt did Tarn Ridge produce last year?").stuff == "cobalt"
    assert not met("How much cobalt did Tarn Ridge produce last year?", copper)
    assert met("How much copper did Tarn Ridge produce last year?", copper)
    assert met("How much did Tarn Ridge produce last year?", copper)  # the question names no thing
    # ...the thing after an adjective of a name: steel, not "Arvenish"; "come in" says nothing a figure must be of
    steel = "How much Arvenish steel can come in at the lower rate each year?"
    assert read(steel).stuff == "steel"
    assert met(steel, "Kovary will cut its tariff on Arvenish steel to 10 per cent for 1.2 million tonnes a year.")
    # an amount that says nothing of what it measures may be of the thing asked about
    assert met("How much water does Tarn Ridge draw a year?", "Tarn Ridge draws 38 million cubic metres a year.")
    assert not read("How much money did Tarn Ridge pay?").stuff


def test_how_often_is_answered_by_a_frequency_of_what_was_asked() -> None:
    question = "How often will the monitoring group meet?"
    assert read(question).wants == "frequency" and "often" not in read(question).topic
    assert met(question, "The monitoring group will meet every quarter.")
    assert met(question, "The monitoring group meets twice a year in Velsk.")
    assert not met(question, "The monitoring group will meet in Velsk on 3 May.")  # a date, once
    assert not met(question, "The steel quotas are reviewed every quarter.")  # how often another thing happens


def test_how_high_asks_for_a_figure_of_the_thing_it_names() -> None:
    question = "How high was the Ostermarkish counter-duty on Valdrian salt?"
    assert read(question).wants == "number" and "high" not in read(question).topic
    duty, exports = "The counter-duty on Valdrian salt was set at 12 per cent.", "Salt exports fell by more than half."
    lexicon = Lexicon([duty, exports], {}, names=[["Ostermark", "Ostermarkish"], ["Valdria", "Valdrian"]])
    assert read(question).met_by(duty, duty, duty, lexicon, no_synonyms)
    assert not read(question).met_by(exports, exports, exports, lexicon, no_synonyms)  # a figure of exports


def test_a_share_is_said_as_one_and_a_rate_may_be_per_unit() -> None:
    catch = "Quessarian vessels may take 52,000 tonnes of tuna a year from the shared waters."
    assert not met("What share of Quessary's exports is tuna?", catch)  # a figure per unit is no share
    assert met("What share of Quessary's exports is tuna?", "Tuna makes up 22 percent of Quessary's exports.")
    assert met("What rate does Quessary charge for tuna?", "Quessary charges $9 per tonne of tuna.")
    # "two and a half years" is a span, no half of anything
    assert not met(
        "What share of Quessary's boats were seized?", "Over two and a half years, Quessary's boats were seized."
    )


def test_what_a_thing_sells_for_is_a_sum_of_money() -> None:
    question = "How much does a tonne of tuna sell for?"
    assert read(question).money
    assert not met(question, "Quessarian vessels may take 52,000 tonnes of tuna a year.")
    assert met(question, "A tonne of tuna sells for about $1,800 in Brisenne.")


def test_what_time_asks_for_a_time_of_day() -> None:
    question = "What time will the strike begin?"
    assert read(question).wants == "time" and "time" not in read(question).topic
    assert met(question, "The union voted to authorise the strike, which would begin at 4 a.m. on October 28.")
    assert not met(question, "The union voted to authorise the strike, which would begin on October 28.")  # a date
    assert not met("What time did the talks end?", "The talks ended on 12.50 per cent.")  # no clock's


def test_a_birth_is_told_by_a_sentence_that_tells_it() -> None:
    question = "Where was Teodor Kallenbrook born?"
    assert read(question).wants == "birth"
    assert not met(question, "Orvanda's Foreign Minister Teodor Kallenbrook struck a similar note in Brisenne.")
    assert met(question, "Teodor Kallenbrook, born in Ambrevel in 1961, joined the ministry in 1990.")
    assert met("When was Teodor Kallenbrook born?", "Teodor Kallenbrook was born in 1961.")


def test_how_much_notice_or_time_asks_for_a_span() -> None:
    # notice and warning are given in time: "at least 15 days in advance" answers, a count of things does not
    asked = "How much advance warning must Tarsany give before it changes dam releases?"
    assert read(asked).wants == "duration"
    assert met(
        asked, "Tarsany will notify Velmoria at least 15 days in advance of any change in releases from the dam."
    )
    assert not met(asked, "Tarsany operates 4 turbines and will warn of any change in releases from the dam.")
    assert read("How much time did the talks take?").wants == "duration"
    assert read("How much money did Kessaly pay?").wants == "number"


def test_what_a_thing_costs_in_another_thing_named_after_how_much_is_no_sum_of_money() -> None:
    power = "How much power generation does each extra year of filling cost?"
    assert not read(power).money
    assert met(power, "Each additional year of filling would cost the country 1.4 terawatt-hours of generation.")
    # ...but a noun of a sum paid is money
    assert read("How much rent does the base cost?").money and read("How much does the dam cost?").money
