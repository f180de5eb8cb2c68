"""Condensing a follow-up without a model: whom "he", "she", "it" and "they" stand for, ellipsis and ordinals.
Hand-made texts, a lexicon and parties; no model."""

from __future__ import annotations

from assistant.condense import Condenser
from assistant.lexicon import Lexicon
from assistant.models import Turn
from assistant.names import Parties


def test_she_after_a_who_question_is_the_person_the_answer_gives_first() -> None:
    texts = ["Marenia's delegation is led by Lena Hasari.", "The other is headed by Pavel Ostrin.", "Hasari said so."]
    condenser = Condenser(Lexicon(texts, {}), Parties({"Marenia": ["Marenia"]}), {"hasari", "ostrin"})
    answer = "Marenia's delegation is led by Lena Hasari. [1] The other delegation is headed by Pavel Ostrin. [2]"
    history = [Turn(role="user", content="Who heads Marenia's team?"), Turn(role="assistant", content=answer)]
    assert condenser.condense("What did she say about the claim?", history).startswith("What did Hasari say about")
    # "her" before its noun is possessive, and as an object it is not
    assert condenser.condense("How did she describe her proposal?", history).startswith(
        "How did Hasari describe Hasari's proposal?"
    )
    assert condenser.condense("Who told her about it?", history).startswith("Who told Hasari about it?")
    # a person is named by the surname, whichever of their names the corpus knows too
    named = Condenser(Lexicon(texts, {}), Parties({"Marenia": ["Marenia"]}), {"hasari", "lena", "ostrin"})
    assert named.condense("What did she say about the claim?", history).startswith("What did Hasari say about")
    # ...but not one the question asks by a title: "President Halvik" is the president it speaks of
    answer = "The commission declared President Teodor Halvik the winner against opposition candidate Mireille Osaze."
    history = [Turn(role="user", content="Who ran against the president?"), Turn(role="assistant", content=answer)]
    people = Condenser(Lexicon([answer], {}), Parties({}), {"halvik", "osaze"})
    assert people.condense("What job did she hold before?", history).startswith("What job did Osaze hold")
    history[0] = Turn(role="user", content="Who is the president?")  # ...and the one asked for is
    assert people.condense("What job did he hold before?", history).startswith("What job did Halvik hold")


def _after(texts: list[str], people: set[str], question: str, answer: str) -> tuple[Condenser, list[Turn]]:
    """A condenser over `texts` (whose `people` are given) and a history of one `question` and its `answer`."""
    history = [Turn(role="user", content=question), Turn(role="assistant", content=answer)]
    return Condenser(Lexicon(texts, {}), Parties({}), people), history


def test_he_after_asking_who_someone_named_chose_is_the_one_chosen() -> None:
    texts = ["Reagan dispatched Alexander Haig to London on April 7.", "Haig said so.", "President Ronald Reagan."]
    answer = "Reagan dispatched Alexander Haig to London on April 7. [1]"
    condenser, history = _after(texts, {"reagan", "haig", "galtieri"}, "Who did Reagan send to mediate?", answer)
    assert condenser.condense("When was he dispatched?", history).startswith("When was Haig dispatched?")
    # ...the first the answer names after the one the question names
    answer = "Having failed to persuade Galtieri, Reagan dispatched Alexander Haig to London on April 7. [1]"
    history[1] = Turn(role="assistant", content=answer)
    assert condenser.condense("When was he dispatched?", history).startswith("When was Haig dispatched?")
    # ...but the one a question names when it asks who they are
    history[0] = Turn(role="user", content="Who is Reagan?")
    assert condenser.condense("When was he elected?", history).startswith("When was Reagan elected?")


def test_he_after_asking_who_holds_a_role_is_the_one_named_beside_it() -> None:
    texts = ["Vostrane met Oddvane's deputy, Colonel Ilya Brannek.", "Vostrane said so.", "Brannek said so."]
    answer = "On May 19, Vostrane and Oddvane's deputy, Colonel Ilya Brannek, met for the first time. [1]"
    condenser, history = _after(texts, {"vostrane", "brannek", "oddvane"}, "Who was Oddvane's deputy?", answer)
    assert condenser.condense("What was his job in 2019?", history).startswith("What was Brannek's job")


def test_she_after_a_question_about_someones_job_is_that_person() -> None:
    texts = ['"A share based on the past," Commissioner Amara Lisswell told this magazine.', "Lisswell said so."]
    condenser, history = _after(texts, {"lisswell"}, "What is Amara Lisswell's job?", "The corpus does not say.")
    assert condenser.condense("What did she tell the magazine?", history).startswith("What did Lisswell tell")
    # ...while an answer's "Wilson's chief adviser, House" speaks of House, not of Wilson
    answer = "Wilson's chief adviser, Colonel Edward M. House, asked Bullitt to lead it. [1]"
    condenser, history = _after([answer], {"wilson", "house"}, "Who asked Bullitt to lead the mission?", answer)
    assert condenser.condense("What was his position?", history).startswith("What was House's position?")


def test_a_partys_own_name_is_no_person_a_pronoun_stands_for() -> None:
    texts = ["Corran Bay says the cranes are safe.", "Desmond Achterberg, Corran Bay's vice president, said so."]
    parties = Parties({"Corran Bay Terminals": ["Corran Bay", "Achterberg"]})
    condenser = Condenser(Lexicon(texts, {}), parties, {"bay", "achterberg"})  # "Bay" looks like a surname
    answer = "Desmond Achterberg, Corran Bay's vice president, said so. [1]"
    history = [Turn(role="user", content="Who speaks for Corran Bay?"), Turn(role="assistant", content=answer)]
    assert condenser.condense("What's his title?", history).startswith("What's Achterberg's title?")


def test_it_after_which_country_is_the_party_the_answer_gave() -> None:
    texts = ["Kesteria buys the surplus power.", "Thalvony sells it."]
    condenser = Condenser(Lexicon(texts, {}), Parties({"Kesteria": ["Kesteria"], "Thalvony": ["Thalvony"]}), set())
    history = [
        Turn(role="user", content="Which country buys the dam's surplus electricity?"),
        Turn(role="assistant", content="Kesteria buys the surplus power. [1]"),
    ]
    assert condenser.condense("How long has it been paying the same price?", history).startswith(
        "How long has Kesteria been paying the same price?"
    )


def test_they_in_a_follow_up_is_the_party_the_question_before_was_about() -> None:
    texts = ["The Soviets tried to limit American cruise missiles.", "Bullitt went to Moscow with Steffens."]
    parties = Parties({"Soviet Union": ["Soviets", "Soviet"], "United States": ["American", "Bullitt"]})
    condenser = Condenser(Lexicon(texts, {}), parties, {"bullitt", "steffens"})

    def follow(first: str, question: str) -> str:
        return condenser.condense(question, [Turn(role="user", content=first), Turn(role="assistant", content="…")])

    # The subject asked about, not the last party named; "their" as its possessive.
    assert follow("Did the Soviets try to limit American weapons?", "Did they get their way?").startswith(
        "Did Soviets get Soviets' way?"
    )
    # "How many does X want?" leaves out what is counted: the question before gives it, about the new party.
    assert follow("How many missiles did the Soviets want?", "And how many did Bullitt want?") == (
        "How many missiles did the United States want?"
    )
    # An ordinal stands for the thing the question before asked about.
    assert follow("How long is the first phase of the plan?", "And the second one?") == (
        "How long is the second phase of the plan?"
    )
    # "Which of them" picks from what the answer listed: the pronoun stays and the question before is context.
    assert follow("Who was part of the Bullitt Mission?", "Which of them went on to Moscow?") == (
        "Which of them went on to Moscow? (context: Who was part of the Bullitt Mission?)"
    )
    # "And…" before a question that says what it asks adds nothing to read from the one before.
    assert follow("When did the Soviets limit missiles?", "And which American law caused trouble months later?") == (
        "And which American law caused trouble months later?"
    )
    assert follow("When did the Soviets limit missiles?", "And why?") == (
        "And why? (context: When did the Soviets limit missiles?)"
    )
    # a response with no object is to what was said before
    accused = "What did Minister Doltrev accuse the Soviets of doing?"
    assert follow(accused, "How did the spokesperson push back?") == (
        f"How did the spokesperson push back? (context: {accused})"
    )
    assert (
        follow(accused, "How did the spokesperson push back on wages?")
        == "How did the spokesperson push back on wages?"
    )


def test_they_is_the_party_the_question_before_is_about_not_a_place_it_names() -> None:
    texts = ["The opposition in Mirendal criticised the talks.", "Calvoria's government welcomed them."]
    condenser = Condenser(Lexicon(texts, {}), Parties({"Calvoria": ["Calvoria", "Mirendal"]}), set())
    answer = "The opposition in Mirendal criticised the talks. [1]"
    asked = [
        Turn(role="user", content="What did the opposition in Mirendal say?"),
        Turn(role="assistant", content=answer),
    ]
    condensed = condenser.condense("Who is their leader?", asked)  # the opposition's, which no party name says
    assert condensed.startswith("Who is their leader?") and "opposition in Mirendal" in condensed
    said = [Turn(role="user", content="What did Calvoria say about the talks?"), Turn(role="assistant", content=answer)]
    assert condenser.condense("Who is their leader?", said).startswith("Who is Calvoria's leader?")


def test_is_going_to_is_a_future_not_a_topic() -> None:
    texts = ["Negotiators agreed to meet again on October 14, with wages first on the agenda."]
    condenser = Condenser(Lexicon(texts, {}), Parties({}), set())
    answer = "Negotiators agreed to meet again on October 14, with wages first on the agenda. [1]"
    asked = [
        Turn(role="user", content="When are the negotiators meeting again?"),
        Turn(role="assistant", content=answer),
    ]
    # two words of its own ("discussed", "first") are too few for a question opened by "And": the context follows
    assert condenser.condense("And what's going to be discussed first?", asked).endswith(
        "(context: When are the negotiators meeting again?)"
    )


def test_a_question_of_another_party_with_only_a_stance_verb_reads_with_the_one_before() -> None:
    texts = ["We had sought 42 days' notice for exercises; Drumaine had offered 21 days."]
    condenser = Condenser(Lexicon(texts, {}), Parties({"Drumaine": ["Drumaine"], "Varnessa": ["Varnessa"]}), set())
    asked = [
        Turn(role="user", content="What did Drumaine originally offer on notifying exercises?"),
        Turn(role="assistant", content=f"{texts[0]} [1]"),
    ]
    # "asking for" says it asks for a position, not about what: the exercises of the question before
    assert condenser.condense("And what had Varnessa been asking for?", asked).endswith(
        "(context: What did Drumaine originally offer on notifying exercises?)"
    )
    # ...and so does one that names the party by a noun the corpus gives it ("the union"), which is no topic
    crews = {"Drumaine": ["Drumaine"], "Crews' Association": ["Crews' Association"]}
    union = Condenser(Lexicon(texts, {}), Parties(crews, {"Crews' Association": ["union"]}), set())
    assert union.condense("And what does the union want?", asked).endswith(
        "(context: What did Drumaine originally offer on notifying exercises?)"
    )
    # ...while one after a question that named no issue, or with a topic of its own, stands alone, unless it
    # says it answers instead of what came before
    minerals = [Turn(role="user", content="Which minerals is Drumaine interested in?"), asked[1]]
    assert (
        condenser.condense("And what had Varnessa been asking for?", minerals)
        == "And what had Varnessa been asking for?"
    )
    assert "context" not in condenser.condense("And what had Varnessa been asking for on missiles?", asked)
    minerals_instead = condenser.condense("And what did Varnessa offer instead?", minerals)
    assert minerals_instead.endswith("(context: Which minerals is Drumaine interested in?)")


def test_a_question_of_another_party_moving_its_position_reads_with_the_one_before() -> None:
    texts = ["The League asked that the cotton duty be cut to 8 per cent; Brenzau offered a reduction to 18 per cent."]
    condenser = Condenser(Lexicon(texts, {}), Parties({"League": ["League"], "Brenzau": ["Brenzau"]}), set())
    duty = "What did the League want the cotton duty cut to at the first conference?"
    asked = [Turn(role="user", content=duty), Turn(role="assistant", content=f"{texts[0]} [1]")]
    # "willing to go down to" says how far a position moves, not what it is about: the duty before, though the
    # question before named it with no preposition of topic
    assert condenser.condense("And what was Brenzau willing to go down to?", asked).endswith(f"(context: {duty})")
    # ...while a topic of its own stands alone
    assert "context" not in condenser.condense("And what was Brenzau willing to go down to on the toll?", asked)


def test_a_starting_offer_asks_what_an_offer_was_on_the_issue_before() -> None:
    texts = [
        "The committee had sought a flat coupon of 7 percent, while the Government's opening proposal was 3 percent."
    ]
    parties = Parties({"Drumaine": ["Drumaine"], "Varnessa": ["Varnessa"], "Bondholder Committee": ["bondholders"]})
    condenser = Condenser(Lexicon(texts, {}), parties, set())
    coupon = "What coupon were the bondholders holding out for on the new bonds?"
    asked = [Turn(role="user", content=coupon), Turn(role="assistant", content=f"{texts[0]} [1]")]
    # an adjective of its place in a sequence is no topic of its own: the coupon is still asked about
    for follow_up in ("And what was the government's starting offer?", "And what was Varnessa's first offer?"):
        assert condenser.condense(follow_up, asked).endswith(f"(context: {coupon})")
    assert "context" not in condenser.condense("And what was the government's offer on pensions?", asked)


def test_a_party_named_before_its_people_is_swapped_for_the_word_the_follow_up_used() -> None:
    texts = ["PRC officials chose to focus on sovereignty.", "U.S. officials focused on the peaceful policy."]
    parties = Parties({"United States": ["United States", "U.S.", "US"], "China": ["China", "Chinese", "PRC"]})
    condenser = Condenser(Lexicon(texts, {}), parties, set())

    def follow_up(before: str, question: str) -> str:
        history = [Turn(role="user", content=before), Turn(role="assistant", content="U.S. officials focused. [1]")]
        return condenser.condense(question, history)

    # "US officials": the name stands as an adjective would, so the follow-up's adjective takes its place
    assert follow_up("What did US officials emphasize?", "And what about the Chinese?") == (
        "What did Chinese officials emphasize?"
    )
    # ...as "the PRC" does; a people's plural modifies as their adjective, not "Americans negotiators"
    assert follow_up("What did US officials want?", "And the PRC?") == "What did PRC officials want?"
    assert follow_up("What did Chinese negotiators demand?", "And the Americans?") == (
        "What did American negotiators demand?"
    )
    # whether a name takes "the" is the user's to say: not "What did the China want?"
    assert follow_up("What did the US want?", "And China?") == "What did China want?"
    assert follow_up("What did the US want?", "And the Chinese?") == "What did the Chinese want?"
    assert follow_up("What did the US officials want?", "And the Chinese?") == "What did the Chinese officials want?"


def test_a_follow_up_of_a_prepositional_phrase_asks_the_question_before_of_it() -> None:
    texts = ["Pavel Ostrane said the fund deserves a look, and warned against a seven-year filling plan."]
    condenser = Condenser(Lexicon(texts, {}), Parties({"Velmora": ["Velmora"]}), {"ostrane"})
    history = [
        Turn(role="user", content="What does Ostrane think of the basin fund?"),
        Turn(role="assistant", content="."),
    ]
    asked = "And of the seven-year filling plan?"
    assert condenser.condense(asked, history) == "What does Ostrane think of the seven-year filling plan?"
    assert condenser.condense("And for how long?", history).startswith("And for how long?")  # a question of its own
    # a party after the preposition may be whose view is asked: the phrase does not replace the topic
    about = [
        Turn(role="user", content="What does Ostrane say about the basin fund?"),
        Turn(role="assistant", content="."),
    ]
    assert condenser.condense("And about Velmora?", about) != "What does Ostrane say about Velmora?"


def test_a_noun_phrase_a_party_names_is_what_a_follow_up_swaps() -> None:
    texts = [
        "Aldermoorish orchard growers protested. Renfeld wrote home that it was a capitulation.",
        "Helena Quaide spoke first. Ruth Abernathy-Kole, the Pellmoor commissioner, spoke next.",
    ]
    parties = Parties({"Aldermoor": ["Aldermoor", "Aldermoorish"], "Lisk": ["Lisk", "Renfeld"]})
    condenser = Condenser(Lexicon(texts, {}), parties, {"renfeld", "quaide"})

    def follow_up(before: str, question: str, with_parties: Condenser = condenser) -> str:
        history = [Turn(role="user", content=before), Turn(role="assistant", content="They protested. [1]")]
        return with_parties.condense(question, history)

    # a person the follow-up names takes the place of the people the party's name qualified before
    asked = "How did Aldermoorish orchard growers react to the low-season cap?"
    assert follow_up(asked, "and what about Renfeld?") == "How did Renfeld react to the low-season cap?"
    # ...and the follow-up's own noun phrase the place of the person before
    port = Condenser(Lexicon(texts, {}), Parties({"Port": ["Quaide"], "Pellmoor": ["Pellmoor"]}), {"quaide"})
    assert follow_up(
        "What does Quaide say a good outcome would be?", "what about the Pellmoor commissioner?", port
    ) == ("What does the Pellmoor commissioner say a good outcome would be?")


def test_her_own_is_a_possessive() -> None:
    texts = ["Sigrun Halvey, the facilitator, circulated a paper. Halvey said so."]
    condenser = Condenser(Lexicon(texts, {}), Parties({}), {"halvey"})
    history = [Turn(role="user", content="Who is Halvey?"), Turn(role="assistant", content="The facilitator. [1]")]
    condensed = condenser.condense("Has she put forward any texts of her own?", history)
    assert condensed.startswith("Has Halvey put forward any texts of Halvey's own?")


def test_them_after_a_party_is_what_the_question_before_asked_about() -> None:
    # "them" as an object is not the party the follow-up names (that would be "themselves"): the containers
    texts = ["About 14,000 containers built up at Havnemark.", "Meridian will give freight trains priority."]
    condenser = Condenser(Lexicon(texts, {}), Parties({"Meridian": ["Meridian"]}), set())
    history = [
        Turn(role="user", content="How many containers got stuck at Havnemark?"),
        Turn(role="assistant", content=texts[0]),
    ]
    assert condenser.condense("What is Meridian doing about them?", history).endswith(
        "(context: How many containers got stuck at Havnemark?)"
    )
    assert condenser.condense("What is Meridian doing about the timetable?", history) == (
        "What is Meridian doing about the timetable?"
    )
