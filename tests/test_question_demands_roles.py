"""What a question about someone demands of the sentence that answers it: a possessor for "whose", a title held whole
beside its holder and of the party asked about, a name beside the thing or role asked for. Hand-made sentences, a
lexicon and no model."""

from __future__ import annotations

from assistant.lexicon import Lexicon
from assistant.question import read
from assistant.thesaurus import same_things
from tests.test_question import LEXICON, met, no_synonyms


def test_whose_x_wants_a_possessor_named_beside_the_thing_owned() -> None:
    question = "Whose peace initiatives did the Reagan administration back?"
    assert read(question).wants == "name"
    backed = "It offered broad support for peace initiatives undertaken by the Peruvian president."
    dilemma = "The crisis presented the Ronald Reagan administration with a dilemma."
    lexicon = Lexicon([backed, dilemma], {})

    def holds(sentence: str) -> bool:
        return read(question).met_by(sentence, sentence, sentence, lexicon, no_synonyms)

    assert holds(backed)
    assert not holds(dilemma)  # a name new to the question, but nothing said of the initiatives
    # ...and a party may be the possessor ("the Russian narrative")
    assert met("Whose narrative is that?", "He repeated the widespread Orvandan narrative of self-defense.")


def test_a_title_is_held_whole_beside_its_holder_and_the_owner_after_the() -> None:
    prime = "Who is the Prime Minister of Orvanda?"
    assert not met(
        prime, "Orvanda's team is led by Deputy Prime Minister Anton Vessarik and Foreign Minister Leila Hadrani."
    )
    assert met(prime, "Orvanda's team is led by Prime Minister Anton Vessarik and Foreign Minister Leila Hadrani.")
    assert read("Who is the Orvandan Republic's finance minister?").owner == "Orvandan Republic"


def test_who_succeeded_x_as_a_role_asks_for_a_new_holder_of_it() -> None:
    question = "Who succeeded Teodor Kallenbrook as Orvanda's fisheries minister?"
    assert read(question).role == ("fisheries", "minister") and read(question).owner == "Orvanda"
    assert not met(question, "Orvanda's team was led by Fisheries Minister Teodor Kallenbrook and Ilse Marrowan.")
    assert met(question, "In May Orvanda named Fisheries Minister Ansel Brede to the post Kallenbrook had held.")


def test_what_a_partys_leader_reportedly_said_asks_for_the_partys_words() -> None:
    question = "What did the Orvandan leader reportedly say about Quessary?"
    assert read(question).speaker == "Orvandan"
    quoted = 'The Orvandan Chancellor, Mr Rolf Ederby, was quoted as saying that "the Quessarians blinked first."'
    assert met(question, quoted)
    assert not met(question, "The fifth round of negotiations with Quessary concluded on 31 October.")


def test_what_someone_said_about_a_thing_is_said_where_the_thing_is() -> None:
    question = "What did Duvessen say about whaling?"
    assert (read(question).speaker, read(question).topic) == ("Duvessen", ("whaling",))
    assert not met(question, '"I am cautiously optimistic," Duvessen said.')  # her words, of something else
    assert met(question, '"Whaling has no place in a shared zone," Duvessen said.')
    # ...a word of it will do, and "say to X on his return" names no topic
    assert met("What did Duvessen say about recognising the disputed areas?", "Duvessen said she would recognise it.")
    assert read("What did Wilson say to Bullitt on his return?").topic == ()


def test_a_full_name_before_a_title_without_an_article_holds_it() -> None:
    question = "Who is the Special Envoy for the Pellavine Bank?"
    envoy = (
        "Briefing the Council, Ines Vargas-Holm, Special Envoy of the Secretary-General for the Pellavine Bank, spoke."
    )
    assert met(question, envoy)
    assert not met(question, "On Friday, Special Envoy talks on the Pellavine Bank resumed.")


def test_a_role_asked_with_on_the_team_keeps_its_owner_and_role() -> None:
    deputy = "Who is Minister Renquist's deputy on the Sendaran delegation?"
    assert (read(deputy).role, read(deputy).owner) == (("deputy",), "Minister Renquist")
    assert not met(deputy, "Our delegation was led by the Minister of Water Resources, Tobias Renquist.")
    assert met(deputy, "Minister Renquist's deputy, Hanne Sollum, led the technical team.")


def test_the_name_of_a_thing_described_by_a_clause_wants_a_name_beside_it() -> None:
    question = "What is the name of the medical charity the three aid workers belong to?"
    assert read(question).role == ("medical", "charity")
    assert not met(question, "Three are aid workers from a medical charity.")
    assert met(question, "Three are aid workers from a medical charity, Hands Across Borders.")


def test_who_acted_for_a_party_is_not_answered_by_another_partys_name_alone() -> None:
    question = "Who represented Quessary at the talks?"
    assert not met(question, "At the talks Ambrevel spoke first.")  # Orvanda's capital
    assert met(question, "Quessary sent Ilse Marrowan to the talks.")


def test_a_deputy_minister_is_no_ones_deputy() -> None:
    question = "Who was Dario Venkell's deputy in the Avrelian delegation?"
    assert not met(
        question, "He welcomed Mr. Dario Venkell and Ms. Ingrid Tolbeck, Deputy Minister for Foreign Affairs."
    )
    assert met(question, "Dario Venkell's deputy, Ms. Ingrid Tolbeck, spoke next.")


def test_who_presides_or_heads_a_thing_described_after_it_asks_who_leads_it() -> None:
    assert read("who was presiding over the meeting?").leads
    assert read("Who heads the competition regulator looking at the deal?").led == ("competition", "regulator")


def test_a_role_held_for_another_party_is_not_the_one_asked_about() -> None:
    def holds(question: str, sentence: str) -> bool:  # in a passage that names both parties
        passage = f"Quessary and Orvanda met in Brisenne. {sentence}"
        return read(question).met_by(sentence, sentence, passage, LEXICON, no_synonyms)

    assert not holds(
        "Who is Quessary's energy minister?", "Orvanda's team, led by Energy Minister Teodor Kallenbrook, came."
    )
    assert not holds("Who was the king of Quessary?", "King Albrecht III of Orvanda entrusted the mission to Gravenor.")
    assert holds("Who was the king of Quessary?", "King Albrecht III of Quessary entrusted the mission to Gravenor.")


def test_who_served_as_a_role_and_members_described_by_a_participle_ask_for_their_names() -> None:
    deputy = read("Who served as Gravenor's deputy or secretary at Halvering?")
    assert (deputy.role, deputy.owner) == (("deputy",), "Gravenor")
    members = "Who were the three Varnholt members first appointed to the mixed commission?"
    assert read(members).role == ("three", "varnholt", "members")
    assert not met(members, "The treaty set up a mixed commission, with three members appointed by each kingdom.")
    assert read("Who is the go-between for the two kingdoms?").role == ("go-between",)


def test_a_role_served_in_without_an_article_is_not_an_office_of_something_else() -> None:
    asked = "Who served as secretary to the Tamaran delegation?"
    assert (read(asked).role, read(asked).owner) == (("secretary",), "Tamaran")
    former = "It included Ilse Varen, the former Secretary of the Treasury, and two aides."
    assert not met(asked, former)  # "Secretary of the Treasury" is an office of its own
    assert met(asked, "The Tamaran delegation's secretary, Pavel Orsk, kept the minutes.")
    assert met("Who was the Secretary of the Treasury?", former)


def test_a_role_is_held_by_a_word_of_its_set_in_the_thesaurus_but_not_by_a_near_word() -> None:
    conciliator = "The deal was announced by Oswin Tarrel, the chief conciliator of the Labour Office."
    assert read("Who is the mediator?").met_by(conciliator, conciliator, conciliator, LEXICON, same_things)
    assert not met("Who is the secretary?", "It included Ilse Varen, the minister to Russia, and two aides.")


def test_a_role_acted_as_or_a_verb_of_its_set_is_held_by_the_agent_of_that_verb() -> None:
    def met(question: str, sentence: str) -> bool:
        return read(question).met_by(sentence, sentence, sentence, LEXICON, same_things)

    mediated = "The talks were mediated by Hadrena's former prime minister, Anselm Rovik, acting as envoy of the bank."
    acted = "Who acted as go-between in the Oskel River negotiations?"
    assert read(acted).role == ("go-between",)
    assert met(acted, mediated)  # the passive's agent did what the role's set of words says
    assert not met(acted, "Its deputy foreign minister, Talia Morrow, said Orsenna welcomed the interim deal.")
    did = "Who mediated between the union and the railway company?"
    assert read(did).role == ("mediator",)  # the doer of a verb of the mediator's set
    assert met(did, "The agreement was brokered by Ruben Atterby, chairman of the state Conciliation Service.")
    assert not met(did, "The union said its members had approved the deal, brokered last week, by 71 percent.")
    # ...or the subject of a verb whose infinitive is of the set: "agreed to mediate", "was asked to broker"
    assert met(did, "The provincial governor, Ilse Marrowby, had agreed to mediate at the request of both sides.")
    assert met(did, "Norway was asked to broker a compromise between the union and the railway company.")
    assert not met(did, "The provincial governor had agreed to mediate at the request of both sides.")  # no one
    assert read("Who signed the deal?").role == ()  # a verb of no person's set asks for anyone


def test_which_country_or_side_asks_for_a_role_or_a_doer_as_who_does() -> None:
    def met(question: str, sentence: str) -> bool:
        return read(question).met_by(sentence, sentence, sentence, LEXICON, same_things)

    acting = "Which state is acting as the go-between in these talks?"
    assert read(acting).role == ("go-between",) and read("Which side is mediating?").role == ("mediator",)
    compounded = "Three rounds of Tessaline-brokered talks ended on Friday without a deal."
    assert met(acting, compounded)  # a name compounded with a participle of the role's set is its agent
    assert not met(acting, "Three rounds of talks ended on Friday without a deal, delegates said.")
    assert not met(acting, "Three rounds of long-delayed talks ended on Friday in Tessaline.")
    # ...but the kind may be the object, or the word no noun of people: no role is asked for
    assert read("Which town are the allies going after?").role != ("allies",)
    assert read("Which party is the largest?").role == ()


def test_who_a_group_were_is_told_by_what_its_members_were_past_a_relative_clause() -> None:
    asked = "Who were the Kessalians that Dravonia handed back?"
    assert read(asked).role == ("kessalians",)  # the relative clause says which of them, not what they are
    assert met(asked, "The Kessalians released by Dravonia were mostly conscripts captured during the fighting.")
    assert not met(asked, "The Kessalians released by Dravonia were not all soldiers.")
    assert not met(asked, "Dravonia freed 31 Kessalian prisoners on Saturday.")


def test_the_side_or_the_effort_led_is_its_party_or_its_work() -> None:
    side = "Who is heading the government side in the talks?"
    assert met(side, "Interior Minister Casimir Dravet, who leads the government's negotiating team, said no.")
    effort = "Who is in charge of the regional mediation effort?"
    assert met(effort, "So said former President Ilse Varroway, who chairs the three-member mediation panel.")
    assert not met(effort, "Interior Minister Casimir Dravet, who leads the government's negotiating team, said no.")


def test_head_of_state_of_x_leads_x_and_a_court_of_a_country_is_the_courts() -> None:
    head = "Who was head of state of the Caldrisan Republic when the treaty was signed?"
    assert read(head).led == ("Caldrisan", "Republic") and read("Who was head of the delegation?").led == (
        "delegation",
    )
    assert not met(head, "Its chief envoy, Count Aurel Vessendorf, was instructed to claim the Caldrisan bank.")
    court = "Who is the president of Kalmoria's Constitutional Court?"
    assert read(court).owner == "Constitutional Court"
    assert not met(court, "Kalmoria's Electoral Commission declared incumbent President Teodor Halvik the winner.")


def test_a_partys_negotiating_team_is_led_by_whoever_leads_for_it() -> None:
    team = read("Who leads the Civic Renewal Party's negotiating team?")
    assert team.leads and team.owner == "Civic Renewal Party" and team.led[-2:] == ("negotiating", "team")


def test_a_partys_delegation_is_whom_it_sent() -> None:
    asked = "Who is leading Tesk's delegation?"
    assert met(asked, "Tesk has sent Ilkar Venstrom, its deputy minister for water resources.")
    assert met("Who leads Tesk's negotiating team?", "Tesk sent its general secretary, Ilse Brandt.")
    assert not met(asked, "Tesk has sent a letter to the chair, Hester Caldane.")
    assert not met(asked, "Mirrowan has sent Ilkar Venstrom, its deputy minister for water resources.")
    assert not met("Who leads the talks?", "Tesk has sent Ilkar Venstrom, its deputy minister for water resources.")


def test_a_noun_before_the_delegation_says_whose_it_is() -> None:
    led = "The government's delegation is led by Justice Minister Oriane Feyrand."
    assert met("Who leads the government delegation?", led)
    assert not met("Who leads the rebel delegation?", led)  # another side's delegation
    assert met("Who leads the negotiating team?", "The team is led by Justice Minister Oriane Feyrand.")


def test_who_acts_for_a_party_is_named_beside_it_not_only_in_its_passage() -> None:
    asked = read("Who represents Tesk at the talks?")
    other = "Kollmark, the host, is represented by its chief negotiator, Ambassador Maren Sollberg."
    sent = "Tesk has sent Aurel Nadasky, a state secretary."
    passage = f"{other} {sent}"
    assert asked.acts_for and not asked.met_by(other, other, passage, LEXICON, no_synonyms)
    assert asked.met_by(sent, sent, passage, LEXICON, no_synonyms)
    # ...a state by its short name, which the text may use alone: "the Grand Duchy of Tesk" is Tesk
    assert read("Who negotiated for the Grand Duchy of Tesk?").met_by(sent, sent, passage, LEXICON, no_synonyms)


def test_a_partys_leader_is_named_by_a_possessive_before_the_party() -> None:
    parties = [["Social Labour Alliance", "SLA", "Pieter Oskarov", "Oskarov"], ["Green Future"]]
    lexicon = Lexicon(["Pieter Oskarov's Social Labour Alliance came second."], {}, names=parties, people=["tormund"])
    asked = read("Who is the leader of the Social Labour Alliance?")
    for said, leads in [
        ("Pieter Oskarov's Social Labour Alliance (SLA) came second with 41.", True),
        ("Saskia Tormund's Green Future doubled its seats.", False),  # another party's
        ("Pieter Oskarov's speech to the Social Labour Alliance was short.", False),  # not the party possessed
    ]:
        assert asked.met_by(said, said, said, lexicon, no_synonyms) is leads, said
    # ...a person, not the place the party is in, though the table lists both among its names
    hauliers = [["Sorvenna", "Sorvennan", "Teodor Vasquel", "Vasquel", "National Hauliers' Federation"]]
    members = "Members of Sorvenna's National Hauliers' Federation parked their lorries across the crossing."
    by_place = Lexicon([members], {}, names=hauliers)
    federation = read("Who is the leader of the National Hauliers' Federation?")
    assert not federation.met_by(members, members, members, by_place, no_synonyms)


def test_a_general_secretary_leads_and_assets_are_a_generic_kind() -> None:
    union = read("Who leads the union representing the drivers?")
    said = "Its general secretary, Declan Furlong, is demanding a pledge."
    context = f"The union represents most drivers. {said}"
    assert union.met_by(said, context, context, LEXICON, no_synonyms)
    assert met("Which assets does the regulator want Tesk to sell?", "The regulator wants Tesk to sell Fennick Quay.")


def test_a_partys_envoy_is_whom_it_sent_in_its_own_clause() -> None:
    said = (
        "Tesk was represented by its Minister, Baron Teodor Halvik; Mirrowan sent its Chancellor, Count Mathis Brenner."
    )
    assert met("Who was Mirrowan's plenipotentiary?", said) and met("Who was Tesk's envoy?", said)
    assert not met("Who was Orvanda's plenipotentiary?", said)


def test_a_copula_names_who_holds_a_role() -> None:
    question = "Who is Ashmarra's chief negotiator?"
    equative = "Ashmarra's team was headed by Idris Malvaine; its chief negotiator was Lelia Brandmoor, a hydrologist."
    assert met(question, equative)
    assert not met(question, "Ashmarra's team was headed by Idris Malvaine; its chief negotiator was not named.")


def test_who_led_in_a_capacity_asks_for_the_holder_of_that_role() -> None:
    minister = "said Mirela Dovanek, Ondravia's minister of transport and trade."
    cast = Lexicon([minister], {}, names=[["Ondravia", "Ondravian", "Dovanek"], ["Sorvenna", "Sorvennan"]])
    question = "Who led the Ondravian side as transport and trade minister?"
    ask = read(question)
    assert ask.role == ("transport", "trade", "minister") and not ask.leads
    assert ask.met_by(minister, minister, minister, cast, no_synonyms)  # no word of leading said
    # ...but "as expected" names no capacity, and a role in no party's team is the leader's
    assert read("Who led the Ondravian side as expected?").leads and read("Who led the talks as mediator?").leads
