"""Questions that count ("How many…", "How much…", "How many times…") and what counts as their number: a number
in figures or words that counts the noun asked about, not the end of a year range ("1904–05") nor a number word
in a name ("the Triple Intervention"). Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.figures import NUMBER, states_number
from assistant.lexicon import Lexicon
from assistant.question import read
from tests.test_question import met, no_synonyms


def test_a_number_may_be_spelled_out() -> None:
    # a transcript writes its numbers in words: every English cardinal up to ninety, compounds of them too
    for said in ("Fourteen are soldiers.", "seventeen of them", "twenty-three people", "nineteen boats"):
        assert NUMBER.search(said), said
    assert not NUMBER.search("The nineteenth-century treaty")


def test_how_badly_a_figure_fell_asks_for_a_number() -> None:
    assert read("How badly did Varnholt's sales to Lisaran drop during the trade war?").wants == "number"
    assert read("How sharply have exports fallen since March?").wants == "number"
    assert read("How badly was the town damaged?").wants is None  # a degree of damage is no figure


def test_how_many_with_no_noun_counts_what_the_question_before_counted() -> None:
    # "And how many does the government want instead?" after "How many prisoners…": prisoners, of its topic
    follow_up = "And how many does the government want? (context: How many prisoners does the OVPM want freed first?)"
    assert read(follow_up).counted == ("prisoners",)
    assert "ovpm" not in read(follow_up).topic  # the party asked about before is not the one asked about now
    assert met(follow_up, "Her negotiators have pressed to cut the first release to 250 prisoners.")
    assert not met(follow_up, "Her negotiators have pressed to cut the first release to 250 rifles.")


def test_a_number_counts_what_was_asked_by_the_words_before_its_noun() -> None:
    ships = "How many American merchant ships did the British capture in 1794?"
    captured = "The British seized ships and sailors in 1794, capturing roughly 250 American merchant vessels."
    assert met(ships, captured)  # "merchant" is the question's own word for what is counted
    assert not met("How many American sailors did the British capture in 1794?", captured)


def test_a_tally_asks_for_a_number_and_one_another_is_none() -> None:
    tally = "What was the vote tally when the council decided on May 4 to call in the auditor?"
    assert read(tally).wants == "number" and read("What was the final count?").wants == "number"
    assert not met(tally, "With the sides talking past one another, the council voted on May 4 to call in the auditor.")
    assert met(tally, "The council voted 6-3 on May 4 to call in the auditor.")
    assert read(tally).counted == ("vote",)  # a number of votes, not "a 14 percent rise" of another sentence
    assert not met(tally, "On May 4 councillors heard of a 14 percent rise in pension costs.")


def test_polling_places_are_counted_by_their_kind() -> None:
    places = "How many polling places will the audit look at?"
    assert read(places).counted == ("polling",)
    assert met(places, "They agreed to an independent audit of results from 1,870 disputed polling stations.")


def test_a_range_or_a_plural_without_s_counts_its_noun() -> None:
    pilots = "How many pilots fly for Tesk Connect?"
    assert not met(pilots, "Tesk Connect's pilots will see its fleet rise from 20 to 35 aircraft.")
    assert met(pilots, "Tesk Connect has 35 aircraft and 900 pilots.")


def test_how_many_times_is_answered_by_twice() -> None:
    asked = "How many times did Dovesh meet the dairy federation?"
    assert met(asked, "Dovesh met the dairy federation's leaders twice during the round.")
    assert met(asked, "Dovesh met the dairy federation's leaders three times during the round.")
    assert not met(asked, "Dovesh met the dairy federation's leaders twice the usual number of delegates.")


def test_how_many_so_far_is_answered_by_the_ordinal_of_the_latest() -> None:
    asked = "How many formal rounds of talks have there been so far?"
    assert met(asked, "It was the fifth formal round of negotiations since the default.")
    assert not met(asked, "It was the most tense formal round of negotiations since the default.")


def test_an_organisations_people_are_counted_by_their_trades_and_a_part_of_them_by_its_own() -> None:
    union = "The union, which represents about 7,800 bus drivers, train operators and mechanics, has no contract."
    assert met("How many workers does the transit union represent?", union)
    mechanics = "How many of the union's members are mechanics?"
    assert read(mechanics).counted == ("mechanics",) and not met(mechanics, union)  # all of them, not the mechanics
    assert met(mechanics, "About 900 of the union's members are mechanics.")


def test_a_count_is_of_its_noun_past_two_words_and_a_measures_number_counts_nothing() -> None:
    assert not met("How many jobs do the steel mills provide?", "Our two largest steel mills provide jobs.")
    stoppages = "Two 24-hour stoppages halted the light-rail services that riders use each day."
    assert not met("How many riders use the light-rail services each day?", stoppages)
    assert met("How many riders use the light-rail line each day?", "The light-rail line carries 41,000 riders a day.")


def test_the_end_of_a_year_range_is_part_of_the_years() -> None:
    assert not NUMBER.search("the Russo-Japanese War of 1904–05 ended")
    assert not NUMBER.search("in the war of 1894-95")
    assert [m.group() for m in NUMBER.finditer("from 20–35 percent")] == ["20", "35"]  # a range of numbers
    assert not met("How many people died in the war?", "The Treaty formally ended the war of 1904–05.")
    assert met("How many people died in the war?", "The war of 1904–05 killed 80,000 people.")


def test_a_number_word_in_a_name_counts_nothing() -> None:
    named = "Japan gave up its demands after the Triple Intervention of Russia, Germany and France."
    assert not states_number(named, frozenset())
    assert states_number("Three delegations met in Brisenne.", frozenset())  # a sentence's first word
    assert states_number("The commission has three members.", frozenset())
    assert not met("How much territory did Japan lose?", named)


def test_a_count_a_party_has_is_no_count_of_things_acted_on() -> None:
    fleet = "How many fishing boats does Quessary have?"
    assert read(fleet).having
    assert not met(fleet, "Quessary's patrols have detained more than 40 fishing boats since 2019.")
    assert met(fleet, "Quessary has about 300 fishing boats.")
    assert met(fleet, "Quessary's fleet of 300 fishing boats sails from Ambrevel.")  # no verb takes the number
    seized = "How many fishing boats have been seized?"  # "have" helps another verb: the boats were acted on
    assert not read(seized).having
    assert met(seized, "Quessary's patrols have detained more than 40 fishing boats since 2019.")


def test_a_figure_wanted_is_no_figure_that_is_unless_asked() -> None:
    exports = "How many tonnes of steel does Arvenland export?"
    assert not met(exports, "Arvenland wanted 2 million tonnes.")  # "2 million" is one figure, wanted
    assert met(exports, "Arvenland exports 2 million tonnes of steel a year.")
    assert met("How many tonnes of steel did Arvenland want?", "Arvenland wanted 2 million tonnes.")


def test_what_is_counted_ends_at_its_verb_and_a_name_before_it_says_whose() -> None:
    # "changed hands" is what befell the prisoners, not a kind of hands; "Meridian staff" are staff
    assert read("How many prisoners changed hands in Saturday's swap?").counted == ("prisoners",)
    swap = "The two exchanged 58 prisoners on Saturday, the largest swap since the war."
    assert met("How many prisoners changed hands in Saturday's swap?", swap)
    assert read("How many Kessalian crew does the ship carry?").counted == ("crew",)
    assert met("How many Meridian staff does the union represent?", "The union represents 28,000 Meridian staff.")
    assert read("How many fishing boats were seized?").counted == ("fishing", "boats")


def test_trips_and_visits_may_be_counted_as_times() -> None:
    asked = "How many trips did the envoy make between Meskar and Ovreth?"
    assert met(asked, "The envoy travelled between Meskar and Ovreth at least eleven times since April.")
    assert not met(asked, "The envoy carried 40 lists of names between Meskar and Ovreth.")


def _military(wanted: list[str], among: list[str]) -> set[str]:
    """Word vectors' kind of near-synonym: "military" for every word asked."""
    return set(wanted) if "military" in among else set()


def test_the_noun_before_a_count_names_what_is_counted_only_in_the_questions_own_words() -> None:
    # "three military hospitals" counts hospitals: "military" is near "soldiers" in meaning, but no soldier
    asked = read("How many Kessalian soldiers are listed as missing?")
    hospitals = "Kessaly lists its missing soldiers only in the burial records of three military hospitals."
    listed = "Kessaly lists 146 military personnel as missing soldiers."
    near = Lexicon([hospitals, listed], {}, names=[["Kessaly", "Kessalian"]])
    assert not asked.met_by(hospitals, hospitals, hospitals, near, _military)
    assert asked.met_by(listed, listed, listed, near, _military)
    assert met("How many bronzes were cast?", "The foundry cast 214 bronze plaques.")
    # ...but a noun before a unit of time says whose time it is: "ten school days" count days, not schools
    walkout = "How many schools were affected by the walkout?"
    assert not met(walkout, "The two sides split the pay for the ten school days lost to the walkout.")
    assert met(walkout, "The walkout shut all 58 public schools.")


def test_a_number_whose_noun_is_left_out_counts_what_the_one_before_it_counts() -> None:
    committee = (
        "The two countries will set up a committee of six members, three from each side, to run gauging stations."
    )
    assert not met("How many gauging stations will the committee run?", committee)  # three members, not stations
    assert met("How many members will the committee have?", committee)
    # ...not past a semicolon, after which a number may count what its own clause names
    held = "The movement holds 37 officials; the army puts the number of captives it holds closer to 300."
    assert met("How many captives does the movement hold?", held)


def test_how_many_a_party_has_is_counted_where_the_party_is_named() -> None:
    union, asked = (
        "The National Irrigators' Union has 900 members.",
        "How many members does the National Irrigators' Union have?",
    )
    assert read(asked).names == ("National Irrigators' Union",)
    assert not met(asked, "The two countries will set up a committee of six members, three from each side.")
    assert met(asked, union)


def test_people_the_text_never_names_so_are_counted_by_a_number_with_no_noun_said_of_the_rest() -> None:
    text = "The war has killed an estimated 4,000 people and driven 200,000 from their homes, about 70,000 of them into Tessary."
    lexicon = Lexicon(text, {}, names=[["Tessary"]])

    def counts(question: str, sentence: str = text) -> bool:
        return read(question).met_by(sentence, sentence, sentence, lexicon, no_synonyms)

    assert counts("How many refugees ended up in Tessary?")  # "70,000 of them… into Tessary"
    assert not counts("How many journalists were killed in the war?")  # "4,000 people" counts people, not them
    assert not counts("How many refugees fled Tessary?", "Leaders kept tens of thousands of weary troops in Tessary.")
    assert not counts("How many rifles ended up in Tessary?")  # no noun of people


def test_a_figure_for_each_unit_of_time_is_stated_per_that_unit() -> None:
    question = "What hourly amount did the guild want drivers to be guaranteed while waiting for rides?"
    per_kilometre = (
        "The guild demanded 2.20 crowns a kilometre and a guaranteed hourly minimum for drivers waiting for rides."
    )
    assert not met(question, per_kilometre)
    assert met(question, "The guild wanted drivers waiting for rides to be guaranteed 14 crowns an hour.")
    assert met("How many daily flights will Aurel Air operate?", "Aurel Air will operate 14 daily return flights.")


def test_a_noun_of_a_kind_of_what_is_counted_counts_it() -> None:
    from assistant.kinds import kin_in

    assert kin_in(["jobs", "offer", "monarch"], ["positions", "proposal", "King"]) == {"jobs", "offer", "monarch"}
    assert kin_in(["jobs"], ["buses"]) == set()
    question = "According to the union, how many driving jobs would the route plan eliminate?"
    assert met(question, "The union calculated that the route plan would eliminate 58 driving positions.")  # a job
    assert not met(question, "The union calculated that the route plan would eliminate 58 driving buses.")
    # people are not: a kind of them is another group at the table
    assert not met("How many prisoners is the Movement asking to free?", "The Movement wants 410 of its hostages out.")
