"""Speakers: which party a sentence states a position for (`Parties.states_position`), whose statement a sentence
or a quote is, and which party an opening pronoun speaks for."""

from __future__ import annotations

import pytest

from assistant.names import Parties
from tests.test_names import PARTIES


@pytest.mark.parametrize(
    ("party", "text", "start", "expected"),
    [
        ("Ukraine", "Kiev firmly declares that it considers the territories Ukrainian.", 0, True),
        ("Russia", "Kiev firmly declares that it considers the territories occupied by Russian troops.", 0, False),
        ("Russia", "In addition, Russia would also like to receive the rest of the region.", 0, True),
        # A quote is its speaker's statement.
        ("Russia", '"This is impossible," said Dmitry Peskov, the press secretary.', 0, True),
        ("United States", '"We want a deal with Ukraine," Trump said.', 0, True),
        # The pronoun of a sentence speaks for the party its antecedent names...
        ("United States", "Pete Hegseth outlined the points. He said that Kiev should not expect to join.", 34, True),
        # ...the party that is its antecedent's subject, not every party that sentence names.
        ("Ukraine", "US envoy Hegseth outlined demands of Ukraine. He said Kiev should not join.", 46, False),
        ("United States", "US envoy Hegseth outlined demands of Ukraine. He said Kiev should not join.", 46, True),
        # ...but a sentence that names nobody and says nothing is no statement of the party's.
        ("Ukraine", "Ukraine insists on its borders. These same lines are the borders of 2014.", 32, False),
        # The one a demand is of does not state it: "…demanded that Kiev call…" is Moscow's position.
        ("Ukraine", "Moscow demanded that Kiev call for a ceasefire.", 0, False),
        ("Russia", "Moscow demanded that Kiev call for a ceasefire.", 0, True),
        # A party's representative speaks for it, past a titled name and post in apposition (a summary record).
        (
            "Ukraine",
            "The representative of Ukraine, Mr. Ivan Petrenko, Deputy Minister, said that it would wait.",
            0,
            True,
        ),
        ("Russia", "The ambassador to Russia said that the talks would wait.", 0, False),
        ("Ukraine", "Washington stepped in with the proposal that Kiev “buy back” the land.", 0, False),
        # A position noun with what it asks for is the party's, wherever its name stands; a mere mention is not.
        ("United States", "Kiev turned to the fulfillment of American requests for more shells.", 0, True),
        ("United States", "Kiev chose to focus on the U.S. pledges to respect its borders.", 0, True),
        ("Russia", "The deadline to respond to Moscow’s offer passed.", 0, False),
        # ...as is one "by" or "from" the party: the agent of a position noun holds it
        ("Russia", "The terms included a commitment by the Russian government to honor its debts.", 0, True),
        ("Ukraine", "Washington received a proposal from Kiev on the grain.", 0, True),
        ("Ukraine", "Washington received a proposal on Kiev's grain.", 0, False),
        ("United States", "Washington feared that a pause would help the Russian army.", 0, True),
        ("Ukraine", "Kiev has signalled that it could accept the timetable.", 0, True),
        ("Russia", "Moscow balked at the price.", 0, True),
        # An idiom of proposing with what is proposed inside it; a party whose move a sentence asks about
        ("Russia", "The Russian side has put 19 billion on the table.", 0, True),
        ("Russia", "They are at odds over how much gas Moscow should commit to sending.", 0, False),
        ("Ukraine", "Nobody knows whether Kiev would accept the timetable.", 0, False),
        # The subject's own verb of stance after "by", however far along the clause
        ("Ukraine", "Kiev opened the second round of talks in May by demanding the 1991 borders.", 0, True),
        ("Russia", "Kiev opened the second round of talks in May by demanding the 1991 borders.", 0, False),
    ],
)
def test_states_position(party: str, text: str, start: int, expected: bool) -> None:
    assert PARTIES.states_position(party, text, start=start) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow also insists that discussing Ukraine's membership in NATO is out of the question.", "Russia"),
        ("In Ukraine and abroad, Washington's allies and Trump disagreed.", "United States"),
        # A quote belongs to its speaker, wherever the quote names other parties.
        ('"We want a deal with Ukraine for their rare earth metals," Trump said.', "United States"),
        ('"Ukraine will never get its land back," said Dmitry Peskov, the spokesman.', "Russia"),
        ("Nobody is named here.", None),
    ],
)
def test_subject_of(text: str, expected: str | None) -> None:
    assert PARTIES.subject_of(text) == expected


def test_an_opening_they_is_read_as_the_party_an_earlier_sentence_makes_the_subject() -> None:
    before = [
        "After the start of the operation, Russian troops quickly made progress.",
        "In the DPR, they took Mariupol.",
    ]
    assert PARTIES.resolve_pronoun("Now they are targeting Pokrovsk.", before) == "Now Russian are targeting Pokrovsk."
    assert PARTIES.resolve_pronoun("They also spoke.", ["Nobody is named here."]) is None
    assert PARTIES.resolve_pronoun("He said so.", before) is None  # a person: the sentence before says who
    assert PARTIES.resolve_pronoun("Now the troops advance.", before) is None
    # a transcript's speaker label is who speaks, not whom "they" stands for
    ministers = Parties({"Arvenland": ["Arvenland", "Vasquell"], "Kovary": ["Kovary", "Ortanse"]})
    turn = ["MINISTER ORTANSE: I say that the quota is smaller than Arvenland asked for."]
    assert ministers.resolve_pronoun("They wanted 2 million tonnes.", turn) == "Arvenland wanted 2 million tonnes."


def test_stance_verbs_come_with_their_inflections() -> None:
    from assistant.english import STANCE_VERBS, inflections

    forms = inflections(tuple(STANCE_VERBS))
    assert {"preferred", "preferring", "insisted", "sought", "urges", "proposes"} <= set(forms)
    parties = Parties({"Japan": ["Japan", "Japanese"], "Britain": ["Britain", "British"]})
    assert parties.states_position("Japan", "Japan preferred that a 10:10:7 ratio be applied to auxiliary craft.")
    assert parties.states_position("Britain", "The British insisted on counting the fleet.")
    assert not parties.states_position("Japan", "The envoy traveled to Japan, where he spoke at length.")
    assert parties.states_position("Britain", "British leaders found it difficult to justify keeping the fleet.")
    assert not parties.states_position("Britain", "British leaders found it at the bottom of the harbour.")
    # ...and a position named as the party's with what it is ("The Japanese position is that…")
    assert parties.states_position("Japan", "The Japanese position is that any payments must remain voluntary.")
    assert not parties.states_position("Japan", "The Japanese position is weak.")


def test_saved_inflections_are_lemminflects() -> None:
    # Answering reads inflections.json rather than loading lemminflect's tables; the file must be its output.
    import json

    from assistant.english import ALL_VERBS, INFLECTIONS_FILE, derive_inflections

    assert json.loads(INFLECTIONS_FILE.read_text(encoding="utf-8")) == derive_inflections(ALL_VERBS)


def test_what_a_party_focuses_on_or_highlights_is_its_position() -> None:
    parties = Parties({"United States": ["U.S."], "China": ["PRC"]})
    assert parties.states_position("United States", "U.S. officials focused on the correlation with PRC policy.")
    assert parties.states_position("China", "PRC officials chose instead to focus on the U.S. pledges.")


def test_what_a_party_attempts_is_its_aim() -> None:
    parties = Parties({"Soviet Union": ["Soviets"], "United States": ["American"]})
    assert parties.states_position("Soviet Union", "The Soviets attempted to limit American cruise missiles.")


def test_a_position_of_a_party_is_its_statement() -> None:
    parties = Parties({"Japan": ["Japanese"], "Russia": ["Russians"]})
    assert parties.states_position("Japan", "The chief aims of the Japanese negotiator included an indemnity.")
    assert parties.states_position("Japan", "The final decision of the Japanese to forgo an indemnity pleased many.")
    assert not parties.states_position("Japan", "The Russians fought a war with the Japanese in Korea.")


def test_a_partys_own_people_by_a_possessive_pronoun_state_its_position() -> None:
    parties = Parties({"Halvenor": ["Feyrand"], "Valmora": ["Solvane"]})
    text = "Feyrand has been careful not to repeat the charge, but her negotiators have pressed to cut the release."
    assert parties.states_position("Halvenor", text)
    assert not parties.states_position("Valmora", text)


def test_a_party_that_signs_an_agreement_accepts_it() -> None:
    parties = Parties({"Soviet Union": ["Brezhnev"], "United States": ["Nixon"]})
    assert parties.states_position("Soviet Union", "General Secretary Leonid Brezhnev signed the ABM Treaty.")


def test_both_of_two_parties_state_a_joint_position_but_not_among_three() -> None:
    text = "Verification also divided the two nations, but eventually they agreed on using satellites."
    two = Parties({"Soviet Union": ["Soviets"], "United States": ["American"]})
    assert two.states_position("Soviet Union", text) and two.states_position("United States", text)
    assert not two.states_position("United States", "The two nations met in Geneva in 1977.")
    three = Parties({"Quessary": ["Quessary"], "Orvanda": ["Orvanda"], "SSC": ["SSC"]})
    assert not three.states_position("Orvanda", "Both sides said the gap between them had narrowed.")


def test_a_party_that_brings_a_proposal_states_it() -> None:
    parties = Parties({"United States": ["Roosevelt"], "Russia": ["Russia"]})
    text = "Roosevelt stepped in with the proposal that Russia buy back the northern part."
    assert parties.states_position("United States", text)
    assert not parties.states_position("United States", "Roosevelt read the proposal in August.")


def test_the_one_told_or_asked_is_no_speaker() -> None:
    parties = Parties({"Orvanda": ["Kallenbrook"], "SSC": ["SSC"]})
    text = "Kallenbrook told the SSC that Orvanda would accept joint boarding teams."
    assert parties.states_position("Orvanda", text)
    assert not parties.states_position("SSC", text)
    made = Parties({"Japan": ["Japan"], "Russia": ["Russians"]})
    assert not made.states_position("Japan", "The Russians forced Japan to give up its demands for ports.")
    # ...nor the one wanted or expected to act: the position is the wanter's
    wanted = "Tarsene wants Velmora to commit to releasing extra water from storage."
    river = Parties({"Tarsene": ["Tarsene"], "Velmora": ["Velmora"]})
    assert river.states_position("Tarsene", wanted) and not river.states_position("Velmora", wanted)


def test_a_name_described_between_commas_states_with_the_verb_after() -> None:
    parties = Parties({"SSC": ["SSC"], "Orvanda": ["Orvanda"]})
    text = "The SSC, an eight-member regional bloc that hosts the talks, has put forward a compromise of its own."
    assert parties.states_position("SSC", text)
    assert not parties.states_position("SSC", "The SSC, a regional bloc of eight members, hosts the talks.")
    # a clause about the name ("who…", "whose…") between commas, as well
    assert parties.states_position("SSC", "The SSC, whose members depend on the fishery, has offered a compromise.")
    # an abbreviation's stops and a decimal point stand inside it
    assert parties.states_position("SSC", "The SSC, a U.S.-style bloc with $2.4 billion of funds, has offered a deal.")


def test_a_countrys_people_at_large_are_not_its_government() -> None:
    parties = Parties({"United States": ["American", "Washington"], "Japan": ["Japanese", "Japan"]})
    assert not parties.states_position("United States", "The American people were anxious to support it.")
    assert not parties.states_position("Japan", "Still, the Japanese public felt they had won the war.")
    assert parties.states_position("United States", "Washington was anxious to support it.")
    assert parties.states_position("United States", "American negotiators were anxious to support it.")


def test_it_after_a_sentence_whose_subject_is_the_party_speaks_for_it() -> None:
    parties = Parties({"SSC": ["SSC"], "Orvanda": ["Orvanda"]})
    text = "On Friday the SSC circulated a compromise text. It proposed a shared zone."
    assert parties.states_position("SSC", text, start=text.index("It"))
    other = "On Friday a compromise text was circulated. It proposed a shared zone."
    assert not parties.states_position("SSC", other, start=other.index("It"))


def test_a_passive_verb_is_no_stance_of_its_subject() -> None:
    parties = Parties({"Vessa": ["Vessa"], "Japan": ["Japan"]})
    assert not parties.states_position("Vessa", "The Vessa was declared open to the merchant vessels of all nations.")
    assert parties.states_position("Japan", "Japan has been demanding an indemnity.")
    assert parties.states_position("Japan", "Japan was determined to keep Sakhalin.")


def test_the_one_being_asked_or_urged_in_any_tense_is_no_speaker() -> None:
    parties = Parties({"Tavrosia": ["Tavrosia"], "Marenia": ["Marenia"]})
    assert not parties.states_position("Tavrosia", '"We are not asking Tavrosia to give up its claim.')
    assert not parties.states_position("Tavrosia", "Marenia keeps urging Tavrosia to accept a joint zone.")
    assert parties.states_position("Tavrosia", "Tavrosia is asking for 60 percent of the revenue.")


def test_a_party_in_a_condition_states_nothing() -> None:
    parties = Parties({"Tavrosia": ["Tavrosia"], "Marenia": ["Marenia"]})
    text = "Marenia would set aside its claim if Tavrosia agreed to a joint fisheries zone."
    assert parties.states_position("Marenia", text)
    assert not parties.states_position("Tavrosia", text)


def test_a_partys_adjective_after_a_is_part_of_a_noun_not_a_speaker() -> None:
    parties = Parties({"Japan": ["Japan", "Japanese"], "Russia": ["Russia", "Russian"]})
    assert not parties.states_position("Japan", "A Japanese attempt to stage a coup in Korea was thwarted.")
    assert parties.states_position("Japan", "The Japanese attempted to stage a coup in Korea.")


def test_a_stance_verb_in_a_series_of_its_subjects_verbs_is_the_subjects() -> None:
    parties = Parties({"Argentina": ["Argentine Junta", "Argentina"], "Britain": ["Britain"]})
    junta = (
        "The Argentine Junta held its own suspicions of U.S. impartiality, refused to make concessions that might "
        "prejudice its claims, and viewed the dispute as a matter of national honor."
    )
    assert parties.states_position("Argentina", junta)
    # a verb after a comma whose subject is another party is not the first's
    assert not parties.states_position(
        "Argentina", "The Argentine Junta held the islands, and Britain refused to talk."
    )
    assert parties.states_position("Britain", "The Argentine Junta held the islands, and Britain refused to talk.")
