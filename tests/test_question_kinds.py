"""Questions about a measure ("How wide…", "How tall…", "How long is the X?"), whose sentence must state a length
(or for "how long is" a span of time), about a place ("Where…?"), which an answer names when one ranks close,
about a count of people, and about the post someone holds.
Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.answerability import unknown_focus
from assistant.english import plain_words
from assistant.holds import share
from assistant.lexicon import Lexicon
from assistant.question import read
from assistant.ranking import ASKS_WHY
from tests.test_question import LEXICON, met, no_synonyms


def test_a_dimension_asks_for_a_length() -> None:
    assert read("How wide is the Serrin Passage?").length
    assert read("How far offshore is the Pellavine Bank?").wants == "number"
    assert not read("How far apart are the two sides on quotas?").length  # a gap between positions
    assert read("How far back does the claim go?").wants == "duration"


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
    # ...of the thing asked about: a span or length said of something else is no answer
    assert not met("How long is the Ostrel River?", "Qaravel wants a filling period of no fewer than nine years.")


def test_where_prefers_a_place_the_question_does_not_name() -> None:
    assert read("Where were the negotiations held?").place
    assert not read("Where does Congress stand on arms sales?").place  # where someone stands: no place
    assert not read("Where were the talks held?").demanding  # preferred, never a reason to refuse
    assert met("Where were the talks held?", "Eight days of talks ended at the Lindenport headquarters of the MBC.")
    assert met("Where were they to meet?", "Wilson proposed that the Russians would meet on Prinkipo Island.")
    assert not met("Where in Ambrecht did they meet?", "The delegations met in Ambrecht, the capital.")  # asked
    assert not met("Where did the talks end?", "The talks ended on Wednesday, due to French resistance.")


def test_which_city_asks_for_a_place_too() -> None:
    assert read("Which city hosted this round of the talks?").place
    assert met("Which city hosted the talks?", "The November round will again take place in Ostrevo.")


def test_what_month_wants_a_month() -> None:
    question = "What month in 2017 did the accord collapse?"
    assert read(question).month
    assert not met(question, "In 2017 the accord collapsed, Laval said on Wednesday in Seldrath.")
    assert met(question, "The accord collapsed in March 2017.")


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
    # ...and in a currency of the past (the European Currency Unit, ISO 4217 XEU)
    assert met("How much money has Ostrec spent on the valley?", "Ostrec has spent 12 million ecus on the valley.")


def test_a_condition_the_question_sets_is_no_topic() -> None:
    assert read("If Kestova shipped by tanker instead, how much could its export terminal take?").topic == (
        "export",
        "terminal",
    )
    assert "getting" not in read("When are they getting back around the table?").topic  # a light verb


def test_a_dateline_names_the_place_a_story_was_written() -> None:
    dateline = "CADRENNE, March 14 — Three days of talks between Pelmora and Karvesh ended here on Thursday."
    assert met("Which city hosted this round of the talks?", dateline)
    assert met("Where were the talks held?", "OSTREVO - Negotiators broke off a second round of talks.")
    assert not met("Where were the talks held?", "NATO, the alliance, held talks on Thursday.")  # no dash: no dateline


def test_how_many_people_is_answered_by_a_count_of_persons_of_any_kind() -> None:
    ask = read("How many people will sit on the new joint commission?")
    assert ask.persons and not ask.counted and "people" not in ask.topic
    assert met("How many people will sit on the joint commission?", "They set up a joint commission with six members.")
    rationed = "The gates were closed, leaving some 300,000 Karveshi residents on rationed water supplies."
    assert met("How many people ended up on rationed water?", rationed)
    # a share, a measure or a sum counts no one
    assert not met("How many people work in the fishing industry?", "Fishing makes up 22 percent of the industry.")
    assert not met("How many people drink the water?", "The aquifer holds 41 billion cubic metres of drinking water.")
    assert not met("How many people were paid from the fund?", "A $340 million fund paid the people.")


def test_a_deadline_is_a_date() -> None:
    ask = read("What's the deadline before the bank pulls its offer?")
    assert ask.wants == "date"  # of the deadline, which a sentence may name or say with "by"
    assert met("What's the deadline before the bank pulls its offer?", "The bank would pull its offer by September 30.")


def test_what_exact_day_asks_for_a_date() -> None:
    ask = read("On what exact day in April will the parliament vote on the water bill?")
    assert ask.wants == "date" and "exact" not in ask.topic
    # April is the question's own: a date it does not give must answer
    assert not met(
        "On what exact day in April will parliament vote on the bill?", "Parliament votes on the bill in April."
    )
    assert met(
        "On what exact day in April will parliament vote on the bill?", "Parliament votes on the bill on April 9."
    )


def test_what_post_someone_holds_is_given_beside_their_name() -> None:
    question = "What government post does Nadia Oruzel hold?"
    assert read(question).wants == "office" and read(question).owner == "Nadia Oruzel"
    assert met(question, "Its chief negotiator, Deputy Foreign Minister Nadia Oruzel, countered with a proposal.")
    assert not met(question, "Lawmakers have accused Ms. Oruzel's government of dragging its feet.")  # a courtesy title
    assert not met(question, "Nadia Oruzel said the water was theirs.")
    job = "What was Bullitt's job at the Paris Peace Conference?"
    assert met(job, "William Christian Bullitt, an attaché to the U.S. delegation, visited Soviet Russia.")
    ministry = "And what ministry does Teslin run?"
    assert met(ministry, "Davor Teslin, Pelmora's Minister of Water and Irrigation, told reporters.")
    assert met(ministry, "The head of its delegation, Davor Teslin, said no.")
    assert not met(ministry, "Mr. Teslin, for his part, struck a conciliatory tone.")
    assert met("Who is the legal adviser?", "Petra Ilgaz\nLegal Adviser")  # a signature signs the post
    # a post without an article, as news and records write it
    role = "What role does Henrike Volz have?"
    assert met(role, "Henrike Volz, chief technical officer of the operator NordaLink, has argued for more.")
    assert met("What is Brennwald's job?", "It is led by Dr Oskar Brennwald, Director-General of the LSCA.")
    assert not met(role, "Henrike Volz, speaking to reporters in Vessholm, said no.")
    assert not met(role, "Henrike Volz, who flew in from Vessholm, said no.")
    # "her job": anyone named in full with an office, not a body described in apposition
    assert met("what's her job?", "Quessary's Fisheries Minister Ilse Marrowan told reporters.")
    assert not met("what's her job?", "The SSC, an eight-member regional bloc, has put forward a compromise.")
    # a party's position is a stance, not a post
    assert read("What's Russia's position on Ukraine joining NATO?").wants != "office"
    assert read("What position does Russia hold on NATO?").wants != "office"


def test_the_parties_as_such_and_adverbs_are_no_topic() -> None:
    # "the two countries" are the parties, which a text names; "finally" says when, not what
    assert read("When did the formal talks between the two countries kick off?").topic == ("formal", "talks", "begin")
    assert read("By what margin did the National Assembly finally pass it?").topic == ("national assembly", "pass")
    assert "sides" not in read("How many prisoners have both sides freed?").topic


def test_a_name_is_held_again_by_the_and_its_last_word() -> None:
    question = "How long is the front line in the Sennet Valley?"
    froze = "The ceasefire froze a 214-kilometre line of contact that cuts the valley off from the lowlands."
    passage = f"For thirteen years the Sennet Valley has been a place where a war stopped. {froze}"
    assert read(question).met_by(froze, froze, passage, LEXICON, no_synonyms)
    # ...only in a passage that names it whole
    assert not read(question).met_by(froze, froze, froze, LEXICON, no_synonyms)


def test_a_count_says_what_befell_those_it_counts() -> None:
    question = "How many people were killed in the 2011 war?"
    assert read(question).event == "killed"
    assert not met(question, "Some 41,000 people displaced in the 2011 war are still waiting to go home.")
    assert met(question, "The 2011 war left 3,000 people killed and 41,000 displaced.")
    assert met(question, "In the 2011 war 3,000 died.")  # a number that says nothing of it may count anything


def test_an_attribute_the_text_never_gives_is_unknown_focus() -> None:
    assert unknown_focus("What was Quessary's population at the time?", LEXICON) == ["population"]
    # a reaction, or a post, is said in other words
    assert unknown_focus("What was Quessary's reaction?", LEXICON) == []
    assert unknown_focus("What was Kallenbrook's job at the talks?", LEXICON) == []
    assert unknown_focus("What is the GDP of Quessary?", LEXICON) == ["GDP"]
    # an amount is asked for, in whatever words the text gives it; "least" is no thing asked about
    assert unknown_focus("What is the least amount of quota Quessary will accept?", LEXICON) == []


def test_contractions_and_verbs_of_trying_are_no_topic() -> None:
    assert read("How much power will the dams put out once they're finished?").topic == ("power", "dams", "finished")
    assert "trying" not in read("How much of the output is Mirrowan trying to lock in?").topic
    assert "secure" in read("How much of the output is Mirrowan trying to lock in?").topic  # the phrasal verb's word
    # a price in cents is money
    assert met("What fee does Zulvany want?", "Zulvany wants a transit fee of 0.9 cents per kilowatt-hour.")


def test_a_figure_of_another_party_is_none_of_the_one_asked_about() -> None:
    question = "How much money has Quessary offered for patrols?"
    assert not met(question, "Orvanda has offered $18 million for patrols.")
    assert met(question, "Quessary has offered $18 million for patrols.")
    assert met(question, "The bloc has offered $18 million for patrols.")  # no party named: it may be said of it
    assert met("How much money has each side offered for patrols?", "Orvanda has offered $18 million for patrols.")


def test_more_shapes_of_who_and_what_it_cost() -> None:
    assert read("Who is the president of Mirrowan?").owner == "Mirrowan"  # whose role, after "of"
    assert read("Who was the foreign minister of Argentina during the war?").owner == "Argentina"
    cost = read("What did it cost to build the Grallow Falls dams?")
    assert cost.wants == "number" and cost.money
    assert read("Who was picked to chair the new dispatch authority?").leads


def test_a_month_or_a_weekday_names_no_one() -> None:
    assert not met("Who negotiated for Isbarre?", "Then, on the night of November 8, Isbarre got cold feet.")
    assert met("Who negotiated for Isbarre?", "The deal was signed by Rehbinder and Hollenbeck on October 30.")


def test_more_shapes_of_which_when_and_who_leads() -> None:
    assert read("Which town went to Keldaria?").role == ()  # "went" is a verb, "town" a generic kind
    assert read("What's the government's target date for getting a deal signed?").wants == "date"
    chaired = read("Who chaired the talks?")  # the meeting is whatever the text calls it: "the conference"
    assert chaired.leads and chaired.led == ()
    assert met("Who chaired the talks?", "The conference opened under the chairmanship of the minister, Anselm Corrow.")


def test_idioms_and_the_parties_are_no_topic() -> None:
    assert read("how much did Tarquesa end up agreeing to chip in for the delay?").topic == (
        "tarquesa",
        "agreeing",
        "contribute",
        "delay",
    )
    assert read("how much of the river serves as the frontier between the two states?").topic == ("river", "frontier")


def test_a_name_is_held_without_its_common_noun() -> None:
    veyne = "The Veyne runs 640 kilometres from the highlands to the delta."
    assert share(("veyne river",), veyne, Lexicon([veyne], {}), no_synonyms) == 1
    states = "Trade along the States ran to 640 tonnes."
    assert share(("united states",), states, Lexicon([states], {}), no_synonyms) == 0  # English words: whole only


def test_who_holds_a_post_asked_without_an_article_and_not_a_lower_one() -> None:
    king = read("Who was king of Keldaria during the war?")
    assert king.role == ("king",) and king.owner == "Keldaria"
    assert read("Who was appointed chair of the Veyne Joint Panel?").role == ("chair",)
    asked = "Who was Quessary's prime minister during the talks?"
    assert not met(asked, "Across the table sat Deputy Prime Minister Anselm Ruvell of Quessary.")
    assert met(asked, "Across the table sat Prime Minister Anselm Ruvell of Quessary.")


def test_an_official_is_anyone_with_a_title() -> None:
    assert met("Which Quessarian official said so?", "Quessarian Foreign Minister Ilse Marrowan said so.")


def test_more_idioms_of_asking() -> None:
    assert ASKS_WHY.search("how come Quessary paid off the debt early?")
    assert plain_words("Who took over as the lead negotiator?") == "Who replace the lead negotiator?"
    figure = read("What flow figure actually made it into the final treaty?")
    assert figure.wants == "number" and figure.topic == ("flow", "final", "treaty")
    assert "why'd" not in read("Why'd Sandovar get pulled from the delegation?").topic
    handed = "When was the ruling handed down?"  # a judgment is handed down: delivered
    assert met(handed, "The tribunal delivered its award on 14 March 2024.")
    assert not met(handed, "The tribunal met in Ambremont on 14 March 2024.")


def test_a_size_is_of_the_thing_measured() -> None:
    assert read("How big was the Keldarian navy when the treaty was signed?").role == ("navy",)
    assert not met("How big was the lakeside hotel?", "Patrol boats have detained more than 40 fishing vessels.")
    assert met("How big was the lakeside hotel?", "The lakeside hotel had 40 rooms.")


def test_the_date_of_a_birth_or_a_founding_is_given_with_its_word() -> None:
    assert not met("When was Teodor Kallenbrook born?", "Teodor Kallenbrook arrived in Ambrevel in May 1932.")
    assert met("When was Teodor Kallenbrook born?", "Teodor Kallenbrook, born in 1881, arrived in May 1932.")
    assert met("What year was the bloc founded?", "The bloc was set up in 1990.")


def test_which_of_a_general_kind_wants_a_name() -> None:
    asked = "Which countries joined the Selvane Sea Community?"
    assert read(asked).wants == "name"
    assert not met(asked, "The talks are brokered by the Selvane Sea Community, a nine-member bloc.")
    assert met("Which country is mediating the talks?", "Orvanda is mediating the talks.")
    assert read("Which city hosted the talks?").place  # a place, which nothing is refused for
    clause = "Which article of the treaty did Tarquenia break?"  # "Article 4" names one, though "article" is asked
    assert met(clause, "The tribunal held that Tarquenia had breached Article 4 of the treaty.")
    assert not met(clause, "The tribunal held that Tarquenia had breached the treaty.")


def test_which_of_a_kind_english_calls_by_name_wants_one_named() -> None:
    asked = "Which company is building the satellite?"
    assert read(asked).wants == "name"
    assert met(asked, "Orbitek, the company building the satellite, has delayed the launch.")
    assert not met(asked, "Below that figure the business case for the satellite collapses.")  # a near word, no name
    assert met("Which airlines have dropped routes?", "The airline Skyvar has dropped two routes to Brennick.")
    assert not met("Which airlines have dropped routes?", "Two airlines have dropped routes to Brennick.")
    assert read("Which option do officials advise?").wants is None  # an option may be said in words
    assert read("Which company manufactures the water bombers?").role == ("company",)  # a verb in -s after the kind
    # "Which issues…", "Which proposals…": things a text says in any words, no noun it must hold
    assert not read("Which issues have been settled in principle so far?").demanding


def test_modal_idioms_and_in_total_are_no_topic_and_how_much_longer_asks_for_a_span() -> None:
    assert read("How many dollars of principal get written off in total?").topic == ("principal", "cancel")
    assert read("How much does a violinist in the orchestra make per year?").topic == ("violinist", "orchestra")
    assert read("When is the dam supposed to start filling?").topic == ("dam", "start", "filling")
    assert read("How much longer will investors have to wait?").wants == "duration"
    assert read("How much longer is the Kestrian pipeline route?").wants == "number"  # a length
    assert read("how much is the dam costing Tethra to build?").money  # a sum, in any form of "cost"


def test_what_was_the_cost_of_a_thing_wants_a_figure_in_any_currency() -> None:
    cost = read("What was the total construction cost of the Corran Gorge dam?")
    assert cost.wants == "number" and not cost.money  # an invented text may count in florens
    assert not met("What was the total construction cost of the Corran dam?", "The Corran dam was finished in 1992.")
    assert met("What was the total construction cost of the Corran dam?", "The Corran dam cost 40 million florens.")


def test_who_is_in_charge_asks_who_leads() -> None:
    charge = read("Who's in charge of Vardonia's team?")
    assert charge.leads and charge.owner == "Vardonia"
    assert met("Who was in charge of the talks?", "Anselm Corrow was in charge of the talks at Vesterholm.")


def test_what_rate_asks_for_a_figure() -> None:
    rate = read("What interest rate applies to the $610 million award?")
    assert rate.wants == "number"
    assert not met("What interest rate applies to the loan?", "The bank approved the loan in March.")
    assert met("What interest rate applies to the loan?", "The loan carries an interest rate of 4.5 percent.")
    capacity = "What is the total storage capacity of the Corran reservoir?"  # a measure, asked with "what"
    assert not met(capacity, "The Corran reservoir was finished in 1992.")
    assert met(capacity, "The Corran reservoir has a storage capacity of 2.4 billion cubic metres.")
