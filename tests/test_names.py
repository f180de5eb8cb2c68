"""Names: the other ways the corpus writes one place, the names a text does not know, and what a question's
words name (the parties it compares, a position it asks for, the plain verb of an idiom)."""

from __future__ import annotations

import pytest

from assistant.answerability import unknown_names
from assistant.english import plain_verbs, plain_words
from assistant.lexicon import Lexicon, words
from assistant.names import Parties
from assistant.speakers import not_speaker
from tests.conftest import ARTICLE_CONFIG

PARTIES = Parties(ARTICLE_CONFIG.parties)


def test_other_forms_spell_a_place_the_corpus_writes_two_ways() -> None:
    lexicon = Lexicon(["Troops took the LPR.", "The Lugansk region and the DPR and Donetsk."], ARTICLE_CONFIG.variants)
    question = lexicon.normalize("How much of Luhansk does Russia hold?")
    assert question == "How much of Lugansk does Russia hold?"
    assert lexicon.other_forms(question) == ["How much of LPR does Russia hold?"]
    assert lexicon.other_forms("What about Kherson?") == []


def test_a_noun_the_corpus_describes_a_name_with_stands_for_that_name() -> None:
    lexicon = Lexicon(
        [
            "Ukraine asked to join NATO, a defense alliance that protects its members.",
            "Pokrovsk, a railway hub. Kupiansk, a hub of roads.",  # two hubs: "the hub" is neither
        ],
        {},
    )
    assert "nato" in lexicon.terms("He said Kiev should not expect to join the alliance.")
    assert "nato" not in lexicon.terms("Any alliance would do.")  # only "the alliance" refers back
    assert not {"pokrovsk", "kupiansk"} & set(lexicon.terms("They are targeting the hub."))
    # An acronym described so stands for its run too: "the bloc" is found by "Selvane Sea Community".
    bloc = Lexicon(
        ["Pressure from the Selvane Sea Community grew.", "The SSC, an eight-member regional bloc, hosted the talks."],
        {},
    )
    assert {"ssc", "selvan", "sea", "communiti"} <= set(bloc.terms("Its secretary-general said the bloc was ready."))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How do Kyiv and Moscow differ on NATO?", ["Ukraine", "Russia"]),
        ("What does each side want?", ["Ukraine", "Russia", "United States"]),
        ("How does Russia's position differ from Ukraine's?", ["Russia", "Ukraine"]),
        ("What does each country export?", []),  # "each" alone compares no one
        ("How did the talks differ from last year's?", []),  # nor does "differ" without parties
        ("What did Kyiv and Moscow agree to?", []),  # an agreement is a fact, not two positions
        ("Besides Kyiv and Moscow disagreeing, what else complicates the talks?", []),  # set aside, not compared
        ("How did the envoy describe her proposal to the parties?", []),  # the sides spoken to
        ("What did the envoy ask the parties to do?", []),  # ...or told to do something
        ("How did the envoy suggest splitting the catch between the two sides?", []),  # ...or shared between
        ("What are the differences between the two sides?", ["Ukraine", "Russia", "United States"]),
        ("How did the two governments differ on the cut-off date?", ["Ukraine", "Russia", "United States"]),
        ("Where do both camps stand on the ceasefire?", ["Ukraine", "Russia", "United States"]),
        # ...as does a form of state ("the two principalities")
        ("How did the two principalities' arguments differ?", ["Ukraine", "Russia", "United States"]),
        ("What did each envoy demand when the talks opened?", ["Ukraine", "Russia", "United States"]),
        ("Compare how much the war matters to each country's economy.", ["Ukraine", "Russia", "United States"]),
        ("By when are the parties hoping to have a final deal?", []),  # a date they share
        ("Why were both sides willing to accept the envoy's offer?", []),  # ...or a reason
        ("Why do Kyiv and Moscow disagree on NATO?", ["Ukraine", "Russia"]),  # ...unless they differ
        ("How close does Solvane think the sides are to a deal?", []),  # what one person thinks of them
        ("When do Kyiv and Moscow want the talks to resume?", []),
        ("How do the dates Kyiv and Moscow want differ?", ["Ukraine", "Russia"]),
        ("Did either delegation endorse the Fund's paper?", []),  # asked of any of them: no comparison
    ],
)
def test_a_comparison_needs_two_parties_or_every_side(question: str, expected: list[str]) -> None:
    assert PARTIES.compared(question) == expected


def test_a_party_that_justifies_or_defends_a_course_states_a_position() -> None:
    assert PARTIES.states_position("Russia", "Moscow justified the strikes as a response to shelling.")
    assert PARTIES.states_position("Ukraine", "Kyiv defended the offer as fair.")


def test_what_is_compared_keeps_no_possessive_of_a_party_taken_out() -> None:
    asked = "Compare Kyiv's and Moscow's positions on how long the ceasefire should last."
    assert PARTIES.topic_of_comparison(asked) == "and positions on how long the ceasefire should last."
    assert PARTIES.topic_of_comparison("How do Kyiv and Moscow differ on NATO?") == "How do and on NATO?"


def test_names_and_demonyms_are_one_name() -> None:
    lexicon = Lexicon(["The U.S. envoy met Egyptian officials in Cairo."], {})
    assert lexicon.knows_name("American") and lexicon.knows_name("Egypt") and lexicon.knows_name("Egyptians")
    assert lexicon.knows_name("Washington")  # the capital news English names the U.S. government by
    assert not lexicon.knows_name("Mitterrand") and not lexicon.knows_name("France")
    # An acronym is known by the words it stands for, not by any run of initials.
    zones = Lexicon(["Where the exclusive economic zones of the People's Republic of China overlap."], {})
    assert zones.knows_name("EEZs") and zones.knows_name("EEZ") and zones.knows_name("PRC")
    assert not zones.knows_name("NATO") and not zones.knows_name("EZC")
    held = Lexicon(["Both sides will give access to all remaining prisoners of war."], {})  # ...its "of" too
    assert held.knows_name("POWs") and held.spell_out("Who sees the POWs?") == "Who sees the prisoners of war?"
    # A question's acronym is put as the run the text writes out; one that could stand for two runs stays.
    assert zones.spell_out("Where do the EEZs overlap?") == "Where do the exclusive economic zones overlap?"
    assert zones.spell_out("Did the PRC agree?") == "Did the People's Republic of China agree?"
    people = Lexicon(["President Lyndon Johnson met Alexei Kosygin."], {})
    assert people.spell_out("Who did LBJ meet?") == "Who did Lyndon Johnson meet?"  # no middle name in the text
    assert people.spell_out("Did AK speak?") == "Did Alexei Kosygin speak?"
    assert people.spell_out("Did NATO meet?") == "Did NATO meet?"
    assert Lexicon(["The Budget Standoff"], {}).acronym_terms("bus") == {"bus"}  # a word of English: no initials
    more = Lexicon(["President Lyndon Johnson met Lisa Jones."], {})
    assert more.spell_out("Who did LBJ meet?") == "Who did LBJ meet?"  # "L*J" stands for two people
    zone = Lexicon(["The exclusive economic zones overlap.", "Each exclusive economic zone is wide."], {})
    assert zone.spell_out("Do the EEZs overlap?") == "Do the exclusive economic zones overlap?"  # one run, two forms
    # ...and a title's abbreviation as English writes it out, where the text never writes it
    assert zone.spell_out("What did the CEO say?") == "What did the chief executive say?"
    assert Lexicon(["The CEO spoke."], {}).spell_out("What did the CEO say?") == "What did the CEO say?"
    two = Lexicon(["The exclusive economic zones overlap.", "An early election zone was set."], {})
    assert two.spell_out("Do the EEZs overlap?") == "Do the EEZs overlap?"
    # a possessive is the same run, and a text that writes the acronym still knows what it stands for
    owned = Lexicon(
        ["The People’s Republic of China’s envoy spoke. The PRC agreed with the People’s Republic of China."], {}
    )
    assert owned.spell_out("Did the PRC agree?", written=True) != "Did the PRC agree?"
    assert owned.spell_out("Did the PRC agree?") == "Did the PRC agree?"
    # A party's aliases, and the plural of its people's adjective, all name it.
    parties = Parties({"Egypt": ["Egypt", "Egyptian", "Cairo"], "United States": ["United States", "U.S."]})
    assert parties.mentioned("Egyptians and Americans met in Cairo.") == ["Egypt", "United States"]


def test_a_name_of_several_words_is_known_by_another_name_of_the_same_country() -> None:
    lexicon = Lexicon(["American opinion sided with Japan; the U.S. president mediated."], {})
    assert unknown_names("How did Japan's ties with the United States change?", lexicon) == []
    assert unknown_names("Did the United Nations mediate?", lexicon) == ["United", "Nations"]
    assert unknown_names("Did Japan meet President Grover Cleveland?", lexicon) == ["Grover", "Cleveland"]


def test_a_month_is_known_by_the_abbreviation_a_text_writes_before_a_day() -> None:
    lexicon = Lexicon(["If there is no agreement by Dec. 1, the mediator will step in. Talks end in May."], {})
    assert unknown_names("What happens if it isn't resolved by December?", lexicon) == []
    assert unknown_names("What happened in November?", lexicon) == ["November"]


def test_a_place_in_a_relative_clause_about_a_known_thing_need_not_be_known() -> None:
    lexicon = Lexicon(["The Japanese fleet sailed from the Baltic Sea and was half destroyed."], {})
    assert unknown_names("What became of the Japanese ships that sailed from Europe?", lexicon) == []
    # ...but the names of the main clause must be, and a person the relative clause names too
    assert unknown_names("What became of the Spanish ships that sailed from Europe?", lexicon) == ["Spanish", "Europe"]
    assert unknown_names("What did the Japanese envoy who met Wilhelm say?", lexicon) == ["Wilhelm"]
    assert unknown_names("Which Japanese ships that Wilhelm sank reached port?", lexicon) == ["Wilhelm"]


@pytest.mark.parametrize(
    "question",
    ["What was London's precondition for talks?", "What is Halvenor's main condition for a deal?", "Any red lines?"],
)
def test_a_condition_or_red_line_is_a_position(question: str) -> None:
    assert Parties({}).asks_position(question)


def test_an_english_word_is_not_respelled_as_another_but_a_misspelt_name_is() -> None:
    lexicon = Lexicon(["The drafting of the deal; he resigned; relations with Zelensky."], {})
    assert lexicon.canonical("rating") == "rating" and lexicon.canonical("signed") == "signed"
    assert lexicon.canonical("zelenskky") == "zelensky"
    assert lexicon.canonical("relationship") == "relations"  # the same root, another form


def test_what_someone_suggested_or_recommended_is_a_position_asked_for() -> None:
    assert Parties({}).asks_position("What compromise did Roosevelt suggest when the talks stalled?")
    assert Parties({}).asks_position("What did the scientists recommend?")
    assert Parties({}).asks_position("What was Weinberger afraid would happen otherwise?")
    assert Parties({}).asks_position("How many years does Oruval think the filling should take?")  # an opinion
    assert not Parties({}).asks_position("How many years did the filling take?")


def test_a_phrasal_verb_is_also_looked_up_as_the_word_it_means() -> None:
    assert plain_verbs("Why did Quessary turn down the offer?") == "Why did Quessary turn down (reject) the offer?"
    assert "(sign)" in plain_verbs("Who put their names on SALT II?")
    assert "(collapse)" in plain_verbs("What happened once the talks broke down?")  # any form of the verb
    assert "(last)" in plain_verbs("How long was the interim deal supposed to stay in force?")
    assert "(reject)" in plain_verbs("What was the vote when the first draft was thrown out?")
    assert "(collapse)" in plain_verbs("The fourth round broke up on the second of June.")  # a text's verb too
    assert "(target)" in plain_verbs("Which town are the rebels going after now?")
    assert "(compromise)" in plain_verbs("Why did both countries have to meet halfway?")  # an idiom too
    assert "(retaliate)" in plain_verbs("How did Carvossa hit back against the grain duty?")
    assert "(begin)" in plain_verbs("When did the formal talks kick off?")
    assert "(release)" in plain_verbs("How many prisoners did each side let go?")
    assert "(appoint)" in plain_verbs("When was the mediator brought in?")  # "…who was appointed… on September 9"
    # ...with an object between the verb and its particle ("she would reconvene them on 9 February")
    assert "(reconvene)" in plain_verbs("When will she bring them back together?")
    assert "(reconvene)" in plain_verbs("When will the mediator bring the two sides back together?")
    # a secret that came to light was made public: "When did it come to light?" is dated by "not made public until…"
    assert "(disclose)" in plain_verbs("When did the secret article come to light?")
    assert "(disclose)" in plain_verbs("This arrangement was not made public until 1752.")
    assert plain_verbs("Who turned the tide?") == "Who turned the tide?"
    # ...and its topic is that word ("kick" is none)
    assert plain_words("When did the formal talks kick off?") == "When did the formal talks begin?"


def test_what_someone_is_after_is_what_they_want() -> None:
    assert (
        plain_verbs("What were the Russians after at Portsmouth?")
        == "What were the Russians after (want) at Portsmouth?"
    )
    assert "(want)" in plain_verbs("What is Moscow really after?")
    assert plain_verbs("Where were the troops after the war?") == "Where were the troops after the war?"


def test_what_a_question_sets_aside_is_not_what_it_asks() -> None:
    from assistant.comparison_words import set_aside

    assert set_aside("Apart from Port Arthur itself, what did Japan gain?") == "what did Japan gain?"
    assert set_aside("Other than sanctions, what did Washington threaten?") == "what did Washington threaten?"
    assert set_aside("What did Japan gain from the treaty?") == "What did Japan gain from the treaty?"


def test_an_email_or_web_address_holds_no_words_of_the_text() -> None:
    line = "To: Hollis Brannock <h.brannock@emergency.maranthe.fr.gov>, see https://maranthe.example/fleet"
    assert words(line) == ["to", "hollis", "brannock", "see"]  # Maranthe is not mentioned by its address


def test_a_states_formal_name_gives_its_short_name() -> None:
    parties = Parties({"Kingdom of Varnholt": ["Varnholter"], "Grand Duchy of Ostmarren": ["Kestrane"]})
    assert parties.mentioned("Varnholt and Ostmarren signed.") == ["Kingdom of Varnholt", "Grand Duchy of Ostmarren"]
    assert parties.mentioned("What did the Grand Duchy say?") == ["Grand Duchy of Ostmarren"]  # the one grand duchy
    two = Parties({"Kingdom of Varnholt": [], "Kingdom of Tesk": []})
    assert two.mentioned("What did the Kingdom say?") == []  # two kingdoms: "the Kingdom" names neither


def test_a_partys_members_are_named_by_the_plural_of_its_first_word() -> None:
    parties = Parties({"Green Future": ["GF"], "Civic Renewal Party": ["CRP"], "Kestria": ["Theodore Malk"]})
    assert parties.mentioned("Why are the Greens against a bigger army budget?") == ["Green Future"]
    assert parties.mentioned("The Civics and the Theodores met.") == []  # "civic" is no noun, "Theodore" no adjective


def test_what_a_party_is_prepared_to_do_is_its_position_and_it_speaks() -> None:
    # the stance adjectives of willingness ask a position as the verbs do
    assert Parties({}).asks_position("How much is Dalmarre prepared to unfreeze at first?")
    assert Parties({}).asks_position("Are both sides willing to accept the audit?")
    assert not Parties({}).asks_position("How much has been unfrozen so far?")
    # a question's own "How much is X…" asks of X; a reported one ("…over how much gas X should commit") does not
    question = "How much is Dalmarre prepared to unfreeze at first?"
    assert not not_speaker(question, question.index("Dalmarre"), question.index("Dalmarre") + 8)
    reported = "They are at odds over how much gas Kestova should commit."
    assert not_speaker(reported, reported.index("Kestova"), reported.index("Kestova") + 7)
