"""Questions about a place ("Where…?"), which an answer names when one ranks close, about a date or a month,
about a count of people, the words of a question that are no topic (idioms, hedges, the parties as such), an
attribute no text gives, and a name held by fewer of its words. Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.answerability import WINDOW
from assistant.english import plain_words
from assistant.holds import share
from assistant.lexicon import Lexicon
from assistant.models import Passage, ScoredPassage
from assistant.question import read
from assistant.ranking import ASKS_WHY, Candidate
from assistant.stance_issues import unheard_stance, unknown_issue
from tests.test_question import LEXICON, TEXT, met, no_synonyms


def test_where_prefers_a_place_the_question_does_not_name() -> None:
    assert read("Where were the negotiations held?").place
    assert not read("Where does Congress stand on arms sales?").place  # where someone stands: no place
    assert not read("Where does Ondrisk want the boundary drawn?").place  # ...or what a party wants
    assert read("Where were the factions to meet for the talks Wilson proposed?").place
    assert not read("Where were the talks held?").demanding  # preferred, never a reason to refuse
    assert met("Where were the talks held?", "Eight days of talks ended at the Lindenport headquarters of the MBC.")
    assert met("Where were they to meet?", "Wilson proposed that the Russians would meet on Prinkipo Island.")
    assert not met("Where in Ambrecht did they meet?", "The delegations met in Ambrecht, the capital.")  # asked
    assert not met("Where did the talks end?", "The talks ended on Wednesday, due to French resistance.")
    # ...or one that a verb of going or sending leads to
    assert met("Where did Bessant travel this week?", "This week, Bessant traveled to Kiev, where he spoke.")
    assert met("Where did the talks take place?", "The courts sent their envoys to the free city of Venzell.")
    assert not met("Where did the talks take place?", "The courts agreed to send envoys.")


def test_which_city_asks_for_a_place_too() -> None:
    assert read("Which city hosted this round of the talks?").place
    assert met("Which city hosted the talks?", "The November round will again take place in Ostrevo.")


def test_what_month_wants_a_month() -> None:
    question = "What month in 2017 did the accord collapse?"
    assert read(question).month
    assert not met(question, "In 2017 the accord collapsed, Laval said on Wednesday in Seldrath.")
    assert met(question, "The accord collapsed in March 2017.")


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
    # ...nor a measure joined to a word ("a 27-kilometre stretch"), nor a number whose noun a measure before gives
    assert not met("How many people died in the flood?", "The flood moved the channel along a 27-kilometre stretch.")
    assert not met(
        "How many people live in Oshen?",
        "The treaty allotted 40 billion cubic metres to Oshen and 12 billion to Dalmerra.",
    )
    assert not met("How many people voted in Oshen?", "Oshen's parliament passed the resolution by 212 votes to 41.")
    assert met(
        "How many people voted in Oshen?", "Oshen's parliament, whose 253 members sat, passed it by 212 votes to 41."
    )


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
    # ...and a day of another month does not
    assert not met(
        "On what exact day in April will parliament vote on the bill?",
        "Parliament debates the bill in April and votes on it on 16 May.",
    )


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


def test_either_or_neither_side_asks_of_any_side_and_names_no_topic() -> None:
    either = read("Did either delegation endorse the paper?")
    assert either.topic == ("paper",) and not either.one_side  # "endorse" asks for a decision (its frame)


def test_a_stance_on_an_issue_the_text_never_speaks_of_is_unknown_focus() -> None:
    texts = [" ".join(TEXT)]
    asked = "What is Orvanda's position on an amnesty for Quessarian fishermen?"
    assert unknown_issue(asked, texts, LEXICON, no_synonyms) == ["amnesty"]
    assert unknown_issue("What did the treaty say about prisoners of war?", texts, LEXICON, no_synonyms) == [
        "prisoners"
    ]
    # an issue the text speaks of, or one it names by a near-synonym, is not unknown
    assert unknown_issue("What is Quessary's position on the offer?", texts, LEXICON, no_synonyms) == []
    assert unknown_issue(asked, texts, LEXICON, lambda words, _: set(words)) == []
    # ...after any verb of stance, past a verb's -ing; but no clause is an issue ("…about how it would treat…")
    promised = "What did Orvanda promise about cutting its carbon emissions?"
    assert unknown_issue(promised, texts, LEXICON, no_synonyms) == ["carbon", "emissions"]
    assert unknown_issue("What did Orvanda say about whaling?", texts, LEXICON, no_synonyms) == ["whaling"]  # a noun
    pensions = "What did Orvanda say about refugees' pensions?"  # past whose they are
    assert unknown_issue(pensions, texts, LEXICON, no_synonyms) == ["pensions"]
    assert (
        unknown_issue("Why won't Orvanda make promises about how it would treat them?", texts, LEXICON, no_synonyms)
        == []
    )


def test_a_partys_stance_on_an_issue_is_given_only_by_a_sentence_of_the_party_on_the_issue() -> None:
    def ranked(*sentences: str) -> tuple[list[Candidate], list[ScoredPassage]]:
        passages = [
            Passage(id=f"p{n}", doc_id="d", title="T", section="S", party=None, start=0, end=len(t), text=t)
            for n, t in enumerate(sentences, 1)
        ]
        hits = [ScoredPassage(passage=p, score=0.5) for p in passages]
        return [Candidate(n, 0, t, 0.5, t, True) for n, t in enumerate(sentences, 1)], hits

    asked = "What is Orvanda's position on public procurement?"
    apart = ranked("Orvanda's offer is very different.", "We will ask about public procurement later.")
    assert (
        unheard_stance(asked, *apart, LEXICON, no_synonyms, WINDOW)
        == "no passage gives Orvanda's position on public procurement"
    )
    together = ranked("Ambrevel wants public procurement opened to all bidders.")  # by another of its names
    assert unheard_stance(asked, *together, LEXICON, no_synonyms, WINDOW) == ""
    # an issue's word English does not know is a term or a name of its own, asked about all the same
    thalweg = "What is Orvanda's position on the thalweg?"
    assert (
        unheard_stance(thalweg, *apart, LEXICON, no_synonyms, WINDOW)
        == "no passage gives Orvanda's position on thalweg"
    )
    assert unheard_stance(thalweg, *ranked("Ambrevel says the thalweg moved."), LEXICON, no_synonyms, WINDOW) == ""
    # "Quessary's observer proposal" is on observers, after its owner; a proposal is a shell of what it proposes
    observers = "What is Orvanda's position on Quessary's observer proposal?"
    quotas = ranked("Ambrevel supports Quessary's proposal on quotas.")
    assert unheard_stance(observers, *quotas, LEXICON, no_synonyms, WINDOW) == (
        "no passage gives Orvanda's position on observer proposal"
    )
    # ...which a sentence of the party's may take up as "the idea" of the sentence before
    text = "Quessary has proposed independent observers. Ambrevel has welcomed the idea."
    welcomed = "Ambrevel has welcomed the idea."
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    taken_up = [Candidate(1, text.index(welcomed), welcomed, 0.5, welcomed, True)]
    assert (
        unheard_stance(observers, taken_up, [ScoredPassage(passage=passage, score=0.5)], LEXICON, no_synonyms, WINDOW)
        == ""
    )


def test_contractions_and_verbs_of_trying_are_no_topic() -> None:
    assert read("How much power will the dams put out once they're finished?").topic == ("power", "dams", "finished")
    assert "trying" not in read("How much of the output is Mirrowan trying to lock in?").topic
    assert "secure" in read("How much of the output is Mirrowan trying to lock in?").topic  # the phrasal verb's word
    # a price in cents is money
    assert met("What fee does Zulvany want?", "Zulvany wants a transit fee of 0.9 cents per kilowatt-hour.")


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


def test_more_idioms_of_asking() -> None:
    assert ASKS_WHY.search("how come Quessary paid off the debt early?")
    assert plain_words("Who took over as the lead negotiator?") == "Who replace the lead negotiator?"
    figure = read("What flow figure actually made it into the final treaty?")
    assert figure.wants == "number" and figure.topic == ("flow", "final", "treaty")
    assert "why'd" not in read("Why'd Sandovar get pulled from the delegation?").topic
    handed = "When was the ruling handed down?"  # a judgment is handed down: delivered
    assert met(handed, "The tribunal delivered its award on 14 March 2024.")
    assert not met(handed, "The tribunal met in Ambremont on 14 March 2024.")


def test_the_date_of_a_birth_or_a_founding_is_given_with_its_word() -> None:
    assert not met("When was Teodor Kallenbrook born?", "Teodor Kallenbrook arrived in Ambrevel in May 1932.")
    assert met("When was Teodor Kallenbrook born?", "Teodor Kallenbrook, born in 1881, arrived in May 1932.")
    assert met("What year was the bloc founded?", "The bloc was set up in 1990.")
    assert not met("When was the bloc set up?", "The bloc's annual meeting opens on December 3.")
    assert met("When was the bloc set up?", "The bloc, formed in 1990, meets on December 3.")


def test_modal_idioms_and_in_total_are_no_topic_and_how_much_longer_asks_for_a_span() -> None:
    assert read("How many dollars of principal get written off in total?").topic == ("principal", "cancel")
    assert read("How much does a violinist in the orchestra make per year?").topic == ("violinist", "orchestra")
    assert read("When is the dam supposed to start filling?").topic == ("dam", "start", "filling")
    # "be willing to" is a semi-auxiliary too: the sum is of the fund, whatever word says the bank's readiness
    willing = "How much money is the development bank willing to put into a mitigation fund?"
    assert read(willing).topic == ("development", "bank", "mitigation", "fund")
    assert met(willing, "The bank has offered to contribute 40 million dollars of its own to such a mitigation fund.")
    assert read("How much longer will investors have to wait?").wants == "duration"
    assert read("How much longer is the Kestrian pipeline route?").wants == "number"  # a length
    assert read("how much is the dam costing Tethra to build?").money  # a sum, in any form of "cost"


def test_how_old_asks_for_an_age_or_a_year() -> None:
    asked = "How old is Margit Oselund?"
    assert not met(asked, "One of them, a nurse named Margit Oselund, had to be carried to a waiting ambulance.")
    assert met(asked, "Margit Oselund, 54, had to be carried to a waiting ambulance.")
    assert met(asked, "Margit Oselund, a 54-year-old nurse, was carried out.")
    assert met("How old is the dam?", "The dam was built in 1978.")


def test_the_nouns_of_a_complex_preposition_are_no_topic() -> None:
    asked = "How many prisoners got out of jail as part of the final agreement?"
    assert "part" not in read(asked).topic
    assert met(asked, "Under the final agreement, twenty-three prisoners were released from Gravna jail.")


def test_prepositions_are_no_topic() -> None:
    asked = "And how much are the employers putting toward retraining?"
    assert "toward" not in read(asked).topic
    assert met(asked, "The employers have agreed to pay 40 million crowns into a retraining fund.")


def test_a_measure_or_a_step_is_a_shell_noun_said_in_any_words() -> None:
    measure = "Which tax measure has the council majority refused to support?"
    assert not read(measure).demanding  # Schmid's eventive shell nouns: the text says what the measure is
    assert met(measure, "It has flatly rejected any increase in the property tax rate, which advisers had floated.")


def test_which_type_of_x_asks_for_a_kind_of_x_in_the_texts_own_word() -> None:
    vessel = "Which type of vessel would Tesk not allow to be restricted?"
    assert not read(vessel).demanding and read("Which kind of ships did they limit?").wants != "name"
    assert met(vessel, "The Teskans refused outright any limitation on cruisers.")
    assert read("Which ship did they sink?").role == ("ship",)  # no kind before "of": the ship itself
