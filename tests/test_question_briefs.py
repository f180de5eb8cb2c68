"""Questions as a reader of a policy brief or a labour report asks them, and the sentences that answer them: who
heads a party's negotiating team, when a round "wrapped up", how far a missile flies, a third that is a part and
not an ordinal, who the go-between is, where a party's position stands now, whose reason a "why does X say" asks,
what "that proposal" refers back to, a distance above a point, a frequency by the hour and a participle before its
noun, a party's board, and a party's name before a role. Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.answerability import unknown_event
from assistant.antecedents import with_antecedent
from assistant.figures import PROPORTION, states_length
from assistant.generators.accompany import gives_cause
from assistant.generators.close_leads import close_lead
from assistant.lexicon import Lexicon
from assistant.question import read
from assistant.ranking import Candidate
from assistant.thesaurus import same_things
from tests.test_question import met, no_synonyms

LEXICON = Lexicon(
    [],
    {},
    names=[
        ["Kestria", "Kestrian", "Dravec"],
        ["Ellvand", "Ellvandic", "Solbay"],
        ["union", "dockers", "Ilkley"],
        ["port authority", "authority", "port", "Pellow"],
    ],
)


def test_a_chief_negotiator_heads_his_partys_negotiating_team() -> None:
    question = "Who heads the Kestrian negotiating team?"
    assert read(question).led == ("Kestrian", "negotiating", "team")  # the participle is the team's kind

    def holds(sentence: str) -> bool:
        return read(question).met_by(sentence, sentence, sentence, LEXICON, no_synonyms)

    assert holds("Kestria's chief negotiator, Deputy Foreign Minister Aurel Dravec, is a former inspector.")
    assert not holds("Its veteran diplomat, Ambassador Henrike Solbay, has chaired every plenary session since.")


def test_talks_that_ended_concluded_then() -> None:
    assert read("On what date did round three wrap up?").topic[-1] == "conclude"
    assert same_things(["conclude"], ["ended"]) == {"conclude"}
    assert same_things(["conclude"], ["opened"]) == set()


def test_how_far_a_thing_flies_asks_for_its_range() -> None:
    question = "How far can the Vesk-9 fly?"
    assert read(question).length == "length" and "fly" not in read(question).topic
    assert met(question, "Tarsovia's Vesk-9 system is credited with a range of about 850 kilometres.")
    assert not met(question, "Tarsovia deployed 268 Vesk-9 launchers.")
    assert read("How far did the union come down?").length is None  # how much it moved, no distance
    assert "away" not in read("How far away is the rival port?").topic
    rival = "How far away is the rival port that ships are being sent to?"  # the clause only says which port
    assert read(rival).topic == ("rival", "port")
    assert met(
        rival, "The port confirmed that two services had been rerouted to Sandhaven, 64 kilometres up the coast."
    )


def test_a_third_is_a_part_only_as_a_fraction() -> None:
    assert PROPORTION.search("Some two-thirds of the fleet were idle.")
    assert PROPORTION.search("It holds a third of the shelf.")
    assert not PROPORTION.search("The brief assesses where the sides stand after the third round.")
    question = "How much of the commission's 31 million dollars a year would Ellvand pay?"
    assert not met(question, "This brief assesses where the two sides stand after the third round.")


def test_the_go_between_trying_to_broker_a_deal_is_a_go_between() -> None:
    assert read("Who is the go-between trying to broker a deal?").role == ("go-between",)


def test_where_a_position_stands_now_is_told_by_its_change() -> None:
    now = close_lead("What pay rise is the union holding out for now?")
    assert now is not None
    assert now("At the second round management raised that to 4.8 per cent; on Tuesday the union came down to 7.5.")
    assert not now("When talks opened in February the union asked for a 9 per cent rise over two years.")
    latest = close_lead("What is the authority's latest offer?")
    assert latest is not None and latest("The authority raised its offer to 4.8 per cent.")
    state = close_lead("How many launchers does Tarsovia currently have deployed?")  # what is, no position
    assert state is None or not state("Kestria raised its launcher figure to 150.")


def test_why_someone_says_something_asks_that_partys_reason() -> None:
    question = "Why does the port's chief executive say it can't afford a bigger rise?"
    union = "When talks opened the union asked for a bigger rise, arguing that real wages had slipped behind prices."
    port = "The port, he said, cannot afford a bigger rise because it has lost two shipping lines since 2023."
    assert not gives_cause(question, Candidate(1, 0, union, 0.9, union), LEXICON, no_synonyms)
    assert gives_cause(question, Candidate(2, 0, port, 0.9, port), LEXICON, no_synonyms)


def test_a_shell_noun_named_by_a_demonstrative_is_read_with_the_sentence_before() -> None:
    passage = "The authority wants the retirement age raised from 62 to 64. Tarrant called that proposal a pay cut."
    start = passage.index("Tarrant")
    assert with_antecedent(passage, start, len(passage)) == passage  # "that proposal" is the one before
    plain = "The authority wants the retirement age raised. Tarrant said that the union would not agree."
    assert with_antecedent(plain, plain.index("Tarrant"), len(plain)).startswith("Tarrant")  # "that" as a conjunction


def test_a_distance_above_or_below_a_point_is_a_distance() -> None:
    assert states_length("It levied a toll at Kessel, 38 miles above the river mouth.", distance=True)
    assert states_length("The gauging station at Tesh Bridge lies 42 km below the dam.", distance=True)
    assert states_length("Services were rerouted to Sandhaven, 64 kilometres up the coast.", distance=True)
    assert not states_length("The Sedra is a river 212 miles long.", distance=True)


def test_every_six_hours_is_a_frequency() -> None:
    assert met("How often will the commission publish flow data?", "It will publish flow readings every six hours.")


def test_a_participle_before_its_noun_is_no_event_asked_about() -> None:
    question = "When did the mediator put his written proposal to the two governments?"
    assert (
        unknown_event(
            question, ["On 9 September he laid before both governments his memorandum."], LEXICON, no_synonyms
        )
        == []
    )
    assert unknown_event("When was the treaty ratified?", ["The treaty was signed in May."], LEXICON, no_synonyms) == [
        "ratified"
    ]


def test_a_meeting_held_is_dated_by_the_meeting_whatever_verb_the_text_uses() -> None:
    question = "When and where is the next round of negotiations going to be held?"
    assert met(question, "A fourth round is scheduled to open in Annekhet on May 19.")
    assert not met(question, "A fourth round is scheduled to open in Annekhet.")  # no date


def test_a_partys_board_is_no_party_led_by_its_chief_executive() -> None:
    question = "Who chairs the port authority's board?"
    said = "Graham Pellow, the authority's chief executive, rejects that description."
    assert not read(question).met_by(said, said, said, LEXICON, no_synonyms)  # the board is the authority's, not it
    led = "Who heads the port authority?"
    assert read(led).met_by(said, said, said, LEXICON, no_synonyms)


def test_a_partys_name_before_a_role_says_whose_role_it_is() -> None:
    lexicon = Lexicon([], {}, names=[["Valmorel", "Varrigny"], ["Brenzau", "Aschberg", "Hallweg"]])
    question = "Who was the Valmorel foreign minister who gave Varrigny his instructions?"
    other = "Brenzau sent Hallweg and the foreign minister, Count Ferdinand von Aschberg."
    assert not read(question).met_by(other, other, other, lexicon, no_synonyms)  # Brenzau's minister
    own = "Valmorel's foreign minister, Count Edmond Sarre, wrote to Varrigny in June."
    assert read(question).met_by(own, own, own, lexicon, no_synonyms)
