"""Question shapes whose answer is a figure or a name said in a roundabout way: how far a party moved, an amount
in a currency whose name is a common word, the leader of a body named before ("its Secretary-General"), the hours
of something, a month of a year. Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.asked_focus import unknown_focus
from assistant.lexicon import Lexicon
from assistant.question import read
from assistant.question_forms import counted
from tests.test_question import LEXICON, met, no_synonyms


def test_how_far_a_party_came_down_asks_for_any_figure() -> None:
    question = "How far did the federation come down on its 2032 demand?"
    assert not read(question).length  # how far it moved, not a distance
    assert met(question, "The federation reduced its 2032 demand from 6.5% to 5.2%.")
    assert not met(question, "The federation reduced its 2032 demand after a long session.")
    assert not met("How far is the port from the border?", "The port's tariff rose from 6% to 9%.")


def test_a_currency_that_is_a_common_word_counts_after_a_multiplier() -> None:
    question = "How much money is in the retraining fund?"
    assert met(question, "The company proposed a retraining fund of 2.4 million marks.")
    assert not met("How much money did the fund's auditors get?", "The fund's auditors gave it 18 marks out of 20.")


def test_its_leader_is_the_leader_of_the_body_named_before() -> None:
    council = "The council has behaved throughout as an honest broker, and its Secretary-General, Dr Lindqvar, deserves credit."
    assert met("Who runs the fisheries council?", council)
    assert not met("Who runs the fisheries council?", "The council has behaved throughout as an honest broker.")


def test_a_team_asked_about_is_led_where_its_delegation_is() -> None:
    asked = "Who leads Ardena's negotiating team?"
    minister = "said Corin Dallet, Ardena's minister of energy and water, who"
    assert met(
        asked, f'"We built this dam with our own money, for our own people," {minister} leads the Ardenese delegation.'
    )
    assert not met(
        asked, f'"We built this dam with our own money, for our own people," {minister} visited the delegation.'
    )


def test_a_percentage_or_a_fraction_counts_nothing() -> None:
    question = "How many members sit on the Ashwen council?"
    assert not met(question, "The Ashwen council wants 30 per cent of the members to be local.")
    assert not met(question, "The members of the Ashwen council may serve if the province pays half the cost.")
    assert met(question, "The Ashwen council has 24 members, elected every four years.")
    assert met("How many brigades would the Ashwen council need?", "The Ashwen council would need twice the brigades.")


def test_an_exact_day_is_a_day_of_a_month_or_of_the_week() -> None:
    question = "On what exact day did the first round in Port Halloway begin?"
    assert read(question).day
    assert not met(question, "The first round began in Port Halloway in November.")
    assert met(question, "The first round began in Port Halloway on 12 November.")
    assert met(question, "The first round began in Port Halloway on Wednesday.")


def test_by_when_asks_for_a_date() -> None:
    assert read("By when are the parties hoping to have a final deal?").wants == "date"
    assert read("until when?").wants != "date"  # the end of a span, often an event: "until the second instalment"


def test_the_questions_own_word_names_no_one() -> None:
    question = "Who chaired the third session back in September?"
    assert not met(question, "The Chair opened the third session at 09:30 in September.")
    assert met(question, "Ms Ilse Varnholt chaired the third session in September.")


def test_a_wh_phrase_after_and_asks_its_own_question_of_the_first() -> None:
    from assistant.question_parts import question_parts

    first, then = question_parts("What tariff level is Dunmere pushing for, and by what date?")
    assert first == "What tariff level is Dunmere pushing for?" and read(then).wants == "date"
    assert question_parts("When is the second phase due, and at which berths?")[1].startswith("At which berths is")
    # ...as "how often" does, and a phrase of "against"
    first, often = question_parts("What trip data will the city receive, and how often?")
    assert first == "What trip data will the city receive?" and read(often).wants == "frequency"
    assert question_parts("How often is the rate reviewed, and against what benchmark?")[1].startswith("Against what")
    # a reason is said with what it is the reason for: one question
    assert len(question_parts("What share of the cod does Dunmere want, and on what grounds?")) == 1
    # ...and one with a verb of its own is a question of its own, not one that borrows the first's words
    held = "Of the people being held, how many are aid staff and how many are journalists?"
    assert question_parts(held) == ["Of the people being held, how many are aid staff?", "how many are journalists?"]


def test_a_deadline_is_what_the_date_is_of() -> None:
    question = "When's the deadline for a deal?"
    assert met(question, "Talks resume tomorrow, the last day before the 14 March deadline set by the League.")
    assert not met(question, "Talks resume on 14 March at the castle.")


def test_by_when_is_answered_by_a_time_limit_counted_from_the_deal() -> None:
    within = "Both sides have agreed to give the monitors access to all prisoners within 60 days."
    assert met("By when must the monitors be given access to the prisoners?", within)  # a time limit, as a date
    assert not met("When were the monitors given access to the prisoners?", within)


def test_new_says_which_one_not_what_it_is_about() -> None:
    question = "How much water will the new dam store once it is full?"
    assert met(question, "The Corran dam will hold 2.4 billion cubic metres when full.")
    assert not met(question, "The Corran dam was finished in 1992.")


def test_in_the_chair_asks_who_leads() -> None:
    chair = read("Who was in the chair for this session?")
    assert chair.leads and chair.led == ()  # "for this session" says when, not what is led
    assert met("Who was in the chair for this session?", "Ms Ilse Varnholt, Deputy Director of Port Regulation (Chair)")
    capacity = "Who is chairing the negotiations as mediator?"  # the capacity is no part of what is led
    assert "mediator" not in read(capacity).led
    assert met(capacity, "Talks opened in Ardenfell under the chairmanship of Dr. Celestine Obarro, a retired judge.")


def test_a_body_asked_about_by_another_of_its_names_is_the_one_led() -> None:
    # the corpus's positions.yaml names the board, the competition board and the regulator as one party
    board = ["Maravethian Competition Board", "competition board", "regulator", "the board"]
    said = "The competition board opened an investigation in August. Its chair, Odile Farrant, has said so."
    lexicon = Lexicon([said], {}, names=[board])
    ask = read("Who heads the competition regulator looking at the deal?")
    sentence = said.split(". ", 1)[1]
    assert ask.met_by(sentence, said, said, lexicon, no_synonyms)
    other = "The pilots' guild opened talks in August. Its chair, Ruslan Ebbeck, has said so."
    assert not ask.met_by(other.split(". ", 1)[1], other, other, lexicon, no_synonyms)
    # ...or by a word of its name, when the table names it otherwise ("the board", never "the regulator")
    markets = Lexicon([said], {}, names=[["Competition and Markets Board", "the board", "Amara Pellin", "Pellin"]])
    chair = '"Left unchecked, this deal is bad," said Dr Amara Pellin, the board\'s chair.'
    assert ask.met_by(chair, chair, chair, markets, no_synonyms)
    assert not ask.met_by(other.split(". ", 1)[1], other, other, markets, no_synonyms)


def test_a_party_asked_about_by_a_common_noun_is_held_by_its_name() -> None:
    # the corpus's positions.yaml names the movement, its initials and "rebels" as one party
    lexicon = Lexicon(
        ["The VRM has asked for 4 million crowns."], {}, names=[["Vorsa Ridge Movement", "VRM", "rebels"]]
    )
    asked = read("How much money are the rebels asking for?")
    said = "The VRM has asked for 4 million crowns."
    assert asked.met_by(said, said, said, lexicon, no_synonyms)
    other = "The government has asked for 4 million crowns."
    assert not asked.met_by(other, other, other, lexicon, no_synonyms)
    # ...and by its people's adjective: "the Dalvenian government" is the text's "national government"
    said = "The national government wants that raised to 7 percent."
    lexicon = Lexicon([said, "Dalvenia is a republic."], {}, names=[["Dalvenia", "national government"], ["Orrun"]])
    asked = read("What royalty rate is the Dalvenian government pushing for?")
    assert asked.met_by(said, said, said, lexicon, no_synonyms)
    other = "The Orrun government wants that raised to 7 percent."
    assert not asked.met_by(other, other, other, lexicon, no_synonyms)


def test_how_long_is_the_x_measures_the_x_whatever_participle_follows_it() -> None:
    ask = read("How long is the front line separating the two sides?")
    assert ask.topic == ("front", "line")  # a participle's clause after the noun says which line
    line = "The Line of Contact now runs for 212 kilometres, most of it along the Drisna river."
    zone = "Ulmarsk is asking for a 15-kilometre buffer zone on each side."
    lexicon = Lexicon([line, zone], {})
    assert ask.met_by(line, line, line, lexicon, no_synonyms)
    assert not ask.met_by(zone, zone, zone, lexicon, no_synonyms)  # a length of another thing


def test_how_many_staff_counts_people_by_what_they_are_past_a_compound_modifier() -> None:
    question = "How many full-time staff are on Tavenmoor's negotiating team?"
    assert counted(question) == ("staff",) and read(question).persons  # not "full"
    lexicon = Lexicon(["We have 46 officials working on Tavenmoor's negotiating team full-time."], {})
    officials = "We have 46 officials working on Tavenmoor's negotiating team full-time."
    crowns = "Tavenmoor's negotiating team has spent 3.2 million crowns full-time."
    assert read(question).met_by(officials, officials, officials, lexicon, no_synonyms)
    assert not read(question).met_by(crowns, crowns, crowns, lexicon, no_synonyms)


def test_the_hours_of_something_ask_for_times_of_day_a_text_gives_in_figures() -> None:
    hours = "What are the hours of the Orvanda night curfew?"
    assert read(hours).wants == "time" and not unknown_focus(hours, LEXICON)  # "hours" need not be said
    assert met(hours, "The night curfew in Orvanda runs from 11 p.m. to 6 a.m.")
    assert not met(hours, "Orvanda introduced a night curfew in March.")


def test_a_month_of_a_year_asked_for_is_one_said_where_that_year_is() -> None:
    month = "In which month of 2027 is the new terminal in Orvanda due to open?"
    assert read(month).dated == ("2027",)
    assert met(month, "The new terminal in Orvanda is due to open in May 2027.")
    assert not met(month, "The dispute over the terminal in Orvanda began on March 4.")  # a month of no 2027


def test_a_date_is_asked_for_after_a_preposition_of_time_too() -> None:
    for asked in ("From what date can flights restart?", "Since when has the curfew applied?"):
        assert read(asked).wants == "date", asked
    assert met("From what date can flights to Orvanda restart?", "Flights to Orvanda can restart from July 1.")
