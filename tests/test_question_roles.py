"""Who and which: the role a question asks about and whose it is, whose words it wants, who leads, and which of a
kind; held by a hand-made sentence that names the one asked for beside it (`Ask.met_by`, no model)."""

from __future__ import annotations

import pytest

from assistant.lexicon import Lexicon
from assistant.question import read
from tests.test_question import TEXT, met, no_synonyms


def test_a_role_is_held_with_its_owner_and_not_someone_elses() -> None:
    assert read("Who is Orvanda's foreign minister?").role == ("foreign", "minister")
    assert met("Who is Orvanda's foreign minister?", TEXT[1])
    assert not met("Who is Orvanda's fisheries minister?", TEXT[0])  # Quessary's minister, not Orvanda's
    assert not met("Who is Quessary's ambassador?", TEXT[0])  # no ambassador named
    # a title's words stand together: a prime minister and a "foreign panel" make no foreign minister
    premier = "Ilse Marrowan, Orvanda's Prime Minister, said that no foreign panel would run the gates."
    assert not met("Who is Orvanda's foreign minister?", premier)
    assert met("Who is Orvanda's prime minister?", premier)
    assert met(
        "Who is Orvanda's foreign minister?", "Orvanda's Minister for Foreign Affairs, Teodor Kallenbrook, came."
    )
    # an adjective of sequence says which holder, not what post: the envoy named is the first one met
    assert read("Who was Orvanda's first envoy at the talks?").role == ("envoy",)
    assert read("Who is Orvanda's First Minister?").role == ("first", "minister")
    assert met("Who was Orvanda's first envoy at the talks?", "Orvanda's envoy, Aurel Demmings, proposed a ceiling.")
    # "its" is the party the sentence names first: Quessary's chair, not Orvanda's
    seats = "Quessary asked for four seats on Orvanda's board and for its chair, Ilse Marrowan, to become deputy chair."
    assert not met("Who is the chair of Orvanda's board?", seats)
    assert met("Who is the chair of Orvanda's board?", "Orvanda's board met, and its chair, Ilse Marrowan, spoke.")
    # a heading in capitals names no one: its every word is capitalised, names or not
    heading = "TRANSCRIPT: JOINT PRESS CONFERENCE OF THE TRADE MINISTERS OF ORVANDA AND QUESSARY"
    assert not met("Who is Orvanda's trade minister?", heading)
    assert met("Who is Orvanda's trade minister?", "TRANSCRIPT: Orvanda's trade minister, Ilse Marrowan, spoke.")
    # the rest of a name the question gives is no new name: "Ilse" is Marrowan's own
    before = "Who led Orvanda's delegation before Marrowan?"
    assert not met(before, "Ilse Marrowan, who leads Orvanda's delegation, spoke.")
    assert met(before, "Ilse Marrowan took over from Teodor Kallenbrook, who led Orvanda's delegation.")


def test_whose_words_are_asked_for() -> None:
    ask = read("How did Orvanda react to the offer?")
    assert ask.speaker == "Orvanda"
    assert met("How did Orvanda react to the offer?", "Ambrevel rejected the offer within hours.")
    assert not met("How did Orvanda react to the offer?", "The offer was made to Orvanda on Friday.")
    assert read("What did Quessary's prime minister say?").speaker == "Quessary's prime minister"
    assert read("What did the Chinese government think of the terms?").speaker == "Chinese"  # a group speaks for it
    assert not met("What did Quessary's prime minister say?", TEXT[0])  # her minister spoke, not the premier
    # a verb of reporting or judging says it too
    assert met("How did Ambrevel characterize the split?", "Ambrevel concluded that the split was as fair as any.")
    assert met("How did Ambrevel react at the time?", "Quessary raised its fees, a move Ambrevel denounced at once.")
    # whether a party took a position asks the same of it
    offered = "Has Ambrevel offered to build Quessary a rail link?"
    assert read(offered).speaker == "Ambrevel" and read("Does Orvanda also want the cays?").speaker == "Orvanda"
    assert not met(offered, "Quessary wants copper to move through Ysmer, a rival port near Ambrevel.")
    assert met(offered, "Ambrevel has offered to build a rail link to the port.")
    # "Who (else) does X think should…?" asks X's view, which may name no one ("…applied to licensed taxis as well")
    others = "Who else does Ambrevel think should be charged the levy?"
    assert read(others).speaker == "Ambrevel" and read("Who did Ambrevel call first?").speaker is None
    assert met(others, "Ambrevel wants the levy applied to licensed taxis as well.")
    # a party speaks through its people, though one person is not another
    cast = Lexicon(TEXT, {}, names=[["Orvanda", "Kallenbrook", "Marrowan"]], people=["kallenbrook", "marrowan"])
    said = '"The split is fair," Kallenbrook told reporters.'
    assert read("What did Orvanda say about the split?").met_by(said, said, said, cast, no_synonyms)
    assert not read("What did Marrowan say about the split?").met_by(said, said, said, cast, no_synonyms)
    # an abbreviation's stops ("U.S.") end no clause between the one who speaks and the verb
    held = "Ambrevel held its own doubts about U.S. impartiality, refused to make concessions and left."
    assert met("How did Ambrevel see the dispute?", held)
    # what a party's plan proposed is said where the plan or its owner proposes it, not where it is only named
    plan = "What did the Valmoran minister's peace plan actually propose?"
    assert read(plan).speaker == "Valmoran minister's peace plan"
    assert met(plan, "The Valmoran minister's peace plan proposed a truce of 90 days.")
    assert not met(plan, "Quessary offered support for peace plans undertaken by the Valmoran minister.")
    # the one a matter is taken to does not act in the sentence
    council = "How did the Security Council respond to the threat?"
    assert not met(council, "Orvanda will take the matter to the Security Council if no deal is signed.")
    assert met(council, "The Security Council rejected the request on Friday.")


def test_a_role_reads_rank_words_as_one_and_an_abbreviated_owner_inside_it() -> None:
    said = "Trust is built by actions, said Sefa Orlinde, the movement's chief negotiator."
    assert met("Who is the rebels' top negotiator?", said)  # "top" and "chief" rank alike
    assert not met("Who is the rebels' deputy negotiator?", said)
    ask = read("Who was the chief U.S. negotiator at the talks?")
    assert (ask.role, ask.owner) == (("chief", "negotiator"), "U.S.")
    assert not met("Who was the chief U.S. negotiator at the talks?", "U.S. negotiators said Moscow refused.")


def test_the_name_of_someones_role_is_that_role_of_that_owner() -> None:
    ask = read("What is the name of Valmora's foreign minister?")
    assert (ask.wants, ask.role, ask.owner) == ("name", ("foreign", "minister"), "Valmora")
    assert read("What is the name of the treaty signed in 1905?").role == ("treaty",)
    said = "We are close, said Nadira Solvane, Valmora's foreign minister."
    assert met("What is the name of Valmora's foreign minister?", said)
    assert not met("What is the name of Halvenor's president?", "Halvenor's parliament must pass an amnesty law.")


def test_a_who_question_is_answered_by_a_name_not_by_a_capitalised_thing() -> None:
    terms = "Since the talks, each side deployed Multiple Independently Targeted Vehicles (MIRVs) on ICBMs."
    assert not met("Who signed the treaty for each side?", terms)  # an opening word, a term, a plural acronym
    assert met("Who signed the treaty for each side?", "Since 1979, Carter and Brezhnev had signed the treaty.")


def test_who_holds_a_role_is_a_name_beside_it() -> None:
    assert met("Who is Valmora's foreign minister?", '"Peace," said Nadira Solvane, Valmora\'s foreign minister.')
    assert met("Who is Orvanda's foreign minister?", TEXT[1])  # "Foreign Minister Teodor Kallenbrook"
    recalled = "Patrol boats clashed in March, prompting Quessary to recall its ambassador for six weeks."
    assert not met("Who is Quessary's ambassador to Orvanda?", recalled)  # no one is named


@pytest.mark.parametrize(
    ("question", "sentence", "held"),
    [
        # Who is in charge is said with a verb of leading or the noun for its doer, beside a new name.
        ("Who is heading the government's team?", "The government's delegation is led by Oriane Feyrand.", True),
        ("Who commands the army in the valley?", "General Tavo Rennick, the army's commander, refused.", True),
        ("Who heads the bloc?", "Secretary-General Amara Duvessen said the bloc would act.", True),
        # A name near the topic is not who leads it.
        ("Who commanded the land forces?", "Prime Minister Thatcher ordered a task force to the region.", False),
        ("Who chairs the commission?", "Kallenbrook said the commission would meet in May.", False),
        # ...nor one who leads something else: what is led must be named
        (
            "Who commanded the navy during the siege?",
            "Halvard Rock, a fortress that commands the narrows, fell.",
            False,
        ),
        ("Who commanded the navy during the siege?", "The navy was commanded by Admiral Piers Aubrey.", True),
        # ...and its leader is said beside it: a president near "a nationalist party" leads something else
        (
            "Who leads the nationalist party?",
            "Okonde, Qaravel's President, faces an election, and Vorodny's coalition depends on a nationalist party.",
            False,
        ),
        ("Who leads the nationalist party?", "The nationalist party, led by Ana Brill, threatened to walk out.", True),
        # a verb of leading in its sense of moving says nothing of who leads
        ("Who is heading the Lunmark team?", "The Lunmark team is heading to Ostrevo on Monday.", False),
        ("Who is heading the Lunmark team?", "Lunmark, whose delegation is led by Bastien Oderry, wants more.", True),
        # ...nor where from; and a party's team is led by someone of that party
        ("Who headed Carvossa's team?", "Carvossa, a state governed from Valdesk, exported wheat.", False),
        ("Who headed Carvossa's team?", "The Nytheran side was headed by Foreign Minister Konrad Aulsberg.", False),
        ("Who headed Carvossa's team?", "The Carvossan delegation was led by Matthias Dorvane.", True),
        ("Who heads the Selvane Sea Community?", "The Selvane Sea Community is led by Amara Duvessen.", True),
        # ...every word of its name: a country is not a society its people's adjective opens
        ("Who heads the Lindqvari Lantern Society?", "Lindqvar's envoy, Sigrun Halvey, chairs the talks.", False),
        # "the head (leader) of X" is who heads X, whatever the text calls the post
        ("Who is the head of the teachers' union?", '"We walked out," said Mara Tebb, the union\'s president.', True),
        (
            "Who was the head of the Carvossan delegation?",
            "The Carvossan delegation was led by Matthias Dorvane.",
            True,
        ),
        ("Who is the head of the teachers' union?", "The union's members voted on Sunday.", False),
        # "in command of" is in charge of: not a limit on the garrison, but who commanded it
        ("Who was in command of the Haldish garrison?", "Article XI limited the Haldish garrison to 150 men.", False),
        ("Who was in command of the Haldish garrison?", "The Haldish garrison was commanded by Otto Brand.", True),
        # "the bargaining" is the talks, which a text need not name: their leader is a party's chief negotiator
        (
            "Who led the bargaining for Pellridge?",
            "Delphine Rusk, Pellridge's chief negotiator, said it was fair.",
            True,
        ),
    ],
)
def test_who_leads_wants_a_sentence_that_says_who_is_in_charge(question: str, sentence: str, held: bool) -> None:
    assert read(question).leads
    assert met(question, sentence) is held


def test_who_did_something_else_asks_for_no_leader() -> None:
    assert not read("Who signed the treaty?").leads and not read("Who did the US send?").leads


def test_who_was_part_of_something_asks_who_belonged_to_it_not_for_a_role() -> None:
    member = read("Who was part of the Bullitt Mission?")
    assert member.wants == "name" and member.role == () and member.owner is None
    assert read("Who was king of Keldaria?").role == ("king",)  # a role needs no article before "of"


def test_which_of_them_names_no_kind() -> None:
    assert read("Which of them went on to Moscow?").role == ()
    assert read("Which treaty did they sign in Moscow?").role == ("treaty",)


def test_whose_idea_wants_someone_who_proposed_it() -> None:
    question = "Whose idea was it to bring Roosevelt in as mediator?"
    assert read(question).proposes
    assert met(question, "The Japanese asked President Roosevelt to negotiate a peace agreement.")
    assert not met(question, "Roosevelt moderated the talks at Portsmouth in August.")
    # ...or by the noun English derives from the verb of proposing
    assert met("Whose idea was the recovery bond?", "At Kessler's proposal, holders will also receive a recovery bond.")
    # "Who (which side) first proposed X?" asks the same, of X: not who proposed something else
    chapter = "Which side first proposed the inspection chapter?"
    assert read(chapter).proposes and read("Who proposed holding talks on Prinkipo Island?").proposes
    assert met(chapter, "Varrick proposed an inspection chapter in March.")
    assert met(chapter, "Varrick has put forward an inspection chapter of its own.")  # proposed, said otherwise
    assert not met(chapter, "Analysts at Varrick circulated a paper that is understood to suggest a quota of 110,000.")


def test_which_kind_is_not_answered_by_one_named_only_indefinitely() -> None:
    question = "Which diplomat said both leaders were negotiating with their own voters?"
    assert read(question).role == ("diplomat",)  # "said", like any past form, ends the kind
    assert not met(question, '"Both leaders are negotiating with their voters," said one diplomat at the talks.')
    assert met(question, '"Both leaders are negotiating with their voters," said the diplomat Jan Carr.')
    donors = "Which outside donors have pledged money to the fund?"  # a bare plural names none of them
    assert not met(donors, "It proposed a drought fund, with the MBC and outside donors paying the rest.")
    assert met(donors, "Money came from outside donors such as the Harlan Trust, which pledged it to the fund.")


def test_which_title_wants_the_title_and_a_kind_may_be_named_by_a_narrower_word() -> None:
    assert met("Which American president brokered the deal?", "It was brokered by U.S. President Roosevelt.")
    assert not met("Which White general was to take Moscow?", "White Russian forces fought the Bolsheviks.")
    # ...and who holds the title, by name: an adjective of the title's is none
    king = "Which king of Valdria signed the 1838 toll decree?"
    assert read(king).wants == "name" and met(king, "King Anselm IV of Valdria signed the decree in 1838.")
    assert not met(king, "In 1838 a royal decree issued at Corvain raised the duty to 9 crowns per barge.")
    assert met("Which treaty did they sign?", "They signed the Treaty of Portsmouth.")
    weapon = "Which American weapon did the Soviets try to restrict?"  # a narrower word, named beside a word of it
    assert met(weapon, "The Soviets tried to limit American deployment of Air-Launched Cruise Missiles.")
    company = "Which construction company built the dam?"  # a word of the kind, but nothing named beside it
    assert not met(company, "The Ostrel Waters Accord gave Qaravel a veto over upstream construction.")


def test_a_post_held_by_one_of_the_owners_people_is_the_owners() -> None:
    # positions.yaml puts Amundi among Ondara's names; the passage says "the country", not "Ondara"
    cast = Lexicon(
        [], {}, names=[["Ondara", "Rafael Amundi", "Amundi"], ["Meridian Fund", "Brennick"]], people=["amundi"]
    )
    asked = read("Who is Ondara's finance minister?")
    said = "Finance Minister Rafael Amundi has argued that anything less would leave the country unable to pay."
    assert asked.met_by(said, said, said, cast, no_synonyms)
    other = "Finance Minister Tomas Brennick has argued that anything less would leave the country unable to pay."
    assert not asked.met_by(other, other, other, cast, no_synonyms)


def test_whose_a_title_is_said_by_an_abbreviation_an_adjective_or_another_partys_name() -> None:
    # "U.S." may open a role, and says whose it is
    assert read("Who was the U.S. Secretary of Defense when the treaty was signed?").owner == "U.S."
    assert not met("Who was the U.S. Secretary of Defense?", "The Soviet General Secretary Leonid Brezhnev signed.")
    # another party's title, whatever word comes before it: "with" is no owner that hides Quessary
    talks = "Orvanda's envoy held talks with Quessarian Fisheries Minister Ilse Marrowan."
    assert not met("Who is Orvanda's fisheries minister?", talks)
    # a people's adjective says whose the post is; the other words say which post
    assert not met("Who is the Orvandan foreign minister?", "Orvandan Fisheries Minister Aurel Demmings spoke.")
    assert met("Who is the Orvandan foreign minister?", "Orvandan Foreign Minister Aurel Demmings spoke.")


def test_who_led_a_party_is_said_beside_one_of_its_names() -> None:
    junta = (
        "The junta led by General Leopoldo Galtieri took control of the islands and expelled the British "
        "administration from the capital."
    )
    cast = Lexicon(
        [junta],
        {},
        names=[["Britain", "British", "Thatcher"], ["Argentina", "Argentine", "Galtieri"]],
        people=["galtieri"],
    )

    def led(question: str) -> bool:
        return read(question).met_by(junta, junta, junta, cast, no_synonyms)

    assert led("Who led Argentina during the war?")  # "led by General Leopoldo Galtieri", one of its people
    assert not led("Who led Britain during the war?")  # "British" is said far from any word of leading
    # ...and a country is led by its head of government, where no word of leading is said
    thatcher = "British Prime Minister Margaret Thatcher condemned the landings as an act of aggression."
    assert read("Who led Britain during the war?").met_by(thatcher, thatcher, thatcher, cast, no_synonyms)


def test_the_envoy_of_a_partys_minister_is_the_partys() -> None:
    # the table names Oranje as one of Almoria's people: "Oranje's special envoy" is Almoria's, not Kessaly's
    said = "Oranje's special envoy, Lisbet Kranholm, travelled to the two capitals eleven times."
    names = [["Almoria", "Almorian", "Oranje", "Benedikt Oranje"], ["Kessaly", "Sollen"]]
    lexicon = Lexicon([said], {}, names=names, people=["oranje", "kranholm", "sollen"])
    assert read("Who is Almoria's special envoy?").met_by(said, said, said, lexicon, no_synonyms)
    assert not read("Who is Kessaly's special envoy?").met_by(said, said, said, lexicon, no_synonyms)


def test_a_noun_before_a_general_kind_says_which_kind() -> None:
    # "Which country…" is answered by any country's name, "Which news organisation…" only by a news organisation
    freed = "Among those freed were the journalists Orsk and Dravic, arrested in Kessaly while reporting on the war."
    assert met("Which country held Orsk and Dravic?", freed)
    assert read("Which news organisation did Orsk and Dravic report for?").role == ("news", "organisation")
    assert not met("Which news organisation did Orsk and Dravic report for?", freed)
    assert met(
        "Which news organisation did Orsk and Dravic report for?",
        "Orsk and Dravic report for the Meskar Press news organisation.",
    )


def test_which_kind_before_an_irregular_past_asks_for_one_of_that_kind() -> None:
    # "flew" is a past tense as "flown" is not: "Which airline flew…" asks for an airline, which no quote names
    assert read("Which airline flew the prisoners home?").role == ("airline",)
    assert not met(
        "Which airline flew the prisoners home?", '"Prisoners who come home are one part of this," Vask said.'
    )
