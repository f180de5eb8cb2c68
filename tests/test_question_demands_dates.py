"""What a question about an event demands of the sentence that answers it: a day for "what date", of the event asked
about and not of another in the same sentence or dateline; a decision taken, not one still to come; the one of a
series asked about, not another. Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.asked_focus import unknown_focus
from assistant.lexicon import Lexicon
from assistant.question import read
from tests.test_question import LEXICON, met, no_synonyms


def test_what_date_asks_for_a_day() -> None:
    assert read("On what date did the two-day stoppage begin?").day
    assert not met("On what date did the stoppage begin?", "A two-day stoppage in February left 40 ships waiting.")
    assert met("On what date did the stoppage begin?", "The stoppage began on 12 February.")
    # ...as "when exactly" and "the exact date" do: "last year" is no exact date
    asked = "When exactly were the two engineers seized?"
    assert read(asked).day and read("What was the exact date of the vote?").day
    assert not met(asked, "The movement holds two engineers seized in separate incidents last year.")
    assert met(asked, "The two engineers were seized on 14 March.")
    # "what yearly figure" asks for a figure, not a year
    assert read("What yearly figure are the islands asking for?").wants == "number"
    assert read("In what years did the talks stall?").wants == "date"
    # the date a document bears is its date, whatever else it is of
    bears = "What date does the memorandum bear?"
    assert read(bears).topic == ("memorandum",) and read("What date does it carry?").topic == ()
    assert met(bears, "The memorandum of 9 March 1881 proposed a lease of the harbour.")


def test_the_outcome_of_a_decision_is_not_answered_by_one_still_to_come() -> None:
    agreed = "What was agreed at the Port Savane round?"
    assert read(agreed).demanding
    assert not met(agreed, "The next round is scheduled for 22 to 24 April in Port Savane.")
    assert met(agreed, "At the Port Savane round the two sides agreed on a minimum flow.")
    assert met(agreed, "They agreed that the next round would be held in Port Savane.")  # decided, then to come
    ballot = "What was the result of the membership ballot on the proposal?"
    assert not met(ballot, "The executive meets on 25 March to decide whether to put the proposal to a ballot.")
    assert met(ballot, "In the membership ballot, 71 per cent of members backed the proposal.")
    vote = "How did the National Assembly vote on ratifying the agreement?"
    assert not met(vote, "Any agreement will need to be ratified by the National Assembly.")
    assert not met(vote, "The talks on a new Ostra River Basin Agreement go on, the National Assembly says.")
    assert met(vote, "The National Assembly voted 212 to 97 to ratify the agreement.")
    # ...by whom it was asked of: not another body with the same head, nor another party's
    committee = "How did the select committee vote on the draft agreement?"
    assert not met(committee, "A joint ministerial committee voted to reject the draft agreement.")
    assert met(committee, "The select committee voted 7 to 4 to endorse the draft agreement.")
    assert not met("How did Orvanda's parliament vote on the deal?", "The Quessarian parliament voted for the deal.")
    assert met("Did either delegation endorse the paper?", "Neither Orvanda nor Quessary endorsed the paper.")
    adopted = "Was the draft statement adopted by the Council?"
    assert not met(adopted, "The President said consultations on the draft statement would continue.")
    assert met(adopted, "The Council adopted the draft statement unanimously.")
    # "conclude" and "rule" ask for a verdict, which a verb of reaching one states
    review = "What did the internal review of the captain conclude?"
    assert met(review, "The minister said the internal review had concluded that the captain acted lawfully.")
    assert not met(review, "The minister said the captain had been reassigned until an internal review.")
    assert not met("What did the tribunal rule on the boundary?", "The tribunal is due to rule on the boundary in May.")
    # ...and a matter put off is decided for now
    prep = "What was decided about prep time for teachers?"
    assert met(prep, "Prep time for teachers, which the union wanted raised, has been referred to a joint committee.")
    assert not met(prep, "Prep time for teachers, which the union wanted raised, is still under discussion.")
    # a verb of deciding answers another: "accepted" is what was agreed
    assert met(
        "What did Drevania agree to at the Port Amaro round?", "At the Port Amaro round Drevania accepted a delay."
    )


def test_the_end_of_the_year_is_a_date() -> None:
    question = "By when is Sendara hoping to have a framework deal signed?"
    assert met(question, "Our goal is a signed framework agreement for Sendara before the end of the year.")
    assert not met(question, "Our goal is a signed framework agreement for Sendara soon.")


def test_the_result_asked_about_need_not_be_named_and_an_arrangement_is_a_decision() -> None:
    assert not unknown_focus("What was the result of the division on the amendment?", LEXICON)
    decided = "What was decided about the tolls at Ness?"
    assert met(decided, "Tolls at Ness were to be halved for ten years and then abolished.")
    assert not met(decided, "Tolls at Ness yielded about 80,000 crowns a year.")


def test_what_was_actually_agreed_by_the_end_of_a_meeting_asks_for_a_decision_taken_then() -> None:
    agreed = "What was actually agreed by the end of the summit?"
    assert read(agreed).outcome and not read(agreed).topic  # the time it was taken at names nothing decided
    assert met(
        agreed, "After a day of talks, the two sides agreed that airspace closures will require 14 days' notice."
    )
    assert not met(agreed, "Delegations are arriving at the Hollin Exchange for a one-day summit.")


def test_one_of_a_series_is_not_answered_by_another() -> None:
    question = "On what date did the third round open?"
    assert read(question).series == ("third", "round")
    assert not met(question, "The fourth round opened in Cardevik on 3 November.")
    assert met(question, "The third round opened in Cardevik on 3 June, a year before the fourth round.")
    # ...nor by a sentence of a paragraph that speaks of another ("The envoys met again…" at the second conference)
    second = "The second conference opened at Castelvorn. The conference envoys met again on 4 May 1839."
    asked, met_again = (
        read("When did the envoys meet at the first conference?"),
        second[second.index("The conference envoys") :],
    )
    assert not asked.met_by(met_again, met_again, second, LEXICON, no_synonyms)
    assert asked.met_by(met_again, met_again, met_again, LEXICON, no_synonyms)
    assert read("How many people did the group seize in the first place?").series is None  # an idiom
    assert read("When did the negotiations first get going?").series is None  # with no determiner: an adverb


def test_a_member_of_a_series_no_sentence_speaks_of_is_refused() -> None:
    from assistant.answerability import judge
    from assistant.models import Passage, ScoredPassage
    from assistant.ranking import Candidate

    text = "The fourth round took place in Cardevik from 3 to 7 November. The fifth round is due in Ostrel in March."
    hit = ScoredPassage(
        passage=Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text),
        score=0.5,
        dense_score=0.6,
    )
    lexicon = Lexicon([text], {})
    ranked = [Candidate(1, 0, text[:60], 0.9, text[:60], False), Candidate(1, 61, text[61:], 0.5, text[61:], False)]
    refused = judge("Where was the third round held?", [hit], lexicon, ranked, no_synonyms)
    assert not refused.answerable and "third round" in refused.reason
    assert judge("Where was the fourth round held?", [hit], lexicon, ranked, no_synonyms).answerable
    # ...but the first of a series is often introduced with no ordinal ("A round opened…", then "The second…")
    assert judge("Where was the first round held?", [hit], lexicon, ranked, no_synonyms).answerable
    # ...while a sentence under a heading that names the one asked about speaks of it
    headed = ScoredPassage(passage=hit.passage.model_copy(update={"section": "The third round"}), score=0.5)
    assert judge("Where was the third round held?", [headed], lexicon, ranked, no_synonyms).answerable


def test_a_date_in_a_clause_about_something_else_dates_nothing_asked() -> None:
    question = "On what exact date will the technical committee first meet in Tesk?"
    other = "The technical committee will meet in Tesk, and the Minister will brief lawmakers on 28 October."
    assert not met(question, other)
    assert met(question, "The technical committee will meet in Tesk on 4 November, and the Minister will brief.")
    # ...but a clause that shares the first one's subject speaks of the same thing
    assert met(question, "The technical committee will meet in Tesk, and hold its first session on 4 November.")


def test_a_storys_dateline_dates_and_places_nothing_it_tells() -> None:
    question = "On what date did the original ceasefire take effect?"
    dateline = "LISVAARD, Halvenland, March 14 (Meridian Press) - Negotiators agreed to extend the original ceasefire."
    assert not met(question, dateline)
    assert met(question, "The original ceasefire took effect on March 2.")


def test_a_phrasal_verb_in_the_sentence_holds_the_word_it_means() -> None:
    question = "On what date did the direct talks fall apart?"  # "fall apart": collapse
    assert met(question, "The talks broke down on June 2, 1846.")  # "break down": collapse
    assert not met(question, "The talks opened on June 2, 1846.")


def test_a_time_counted_back_from_now_is_a_date() -> None:
    asked = "When did Tamar recall its ambassador?"
    assert met(asked, "Tension peaked two summers ago, when Tamar recalled its ambassador.")
    assert not met(asked, "Tension peaked when Tamar recalled its ambassador.")


def test_the_date_of_what_is_to_come_is_not_one_of_what_has_been() -> None:
    asked = "What date is the next round of talks scheduled for?"
    assert not met(asked, "Negotiators ended five days of talks on Friday.")
    assert met(asked, "The next round of talks is scheduled for 3 May.")
    assert met(asked, "Officials said a further round of talks would open on Monday.")
    assert met(asked, "A further round of talks opens on Monday.")
    # a commitment made in the past is to what is to come
    assert met(asked, "The delegations agreed to hold a further round of talks starting January 19.")
    assert not met(asked, "The delegations held a round of talks starting January 19.")
    assert not read("When did the next round of talks open?").to_come  # asked in the past
    # "again" in the present asks for the next time
    again = "When are the negotiators meeting again?"
    assert read(again).to_come and not read("When did the negotiators meet again?").to_come
    assert not met(again, "The negotiators ended their meeting in Ostrel on 12 March.")
    assert met(again, "Both agreed that the negotiators' next meeting will take place in Ostrel on 7 and 8 April.")


def test_a_date_in_the_clause_that_holds_most_of_what_was_asked_dates_it() -> None:
    asked = "When did the current round of talks between Oskaria and the bloc get started?"
    # a comma and "and" join the names of one subject here, not two clauses
    began = "The talks started in 2022, when the minister's predecessor, Tobias Renvall, and Brandt signed in Oskaria."
    assert met(asked, began)
    assert not met(asked, "The talks started in Oskaria, and the minister will brief lawmakers on 28 October.")


def test_a_document_dated_so_gives_no_other_events_date() -> None:
    said = "Upon receiving a cable from her cabinet dated November 9, 1894, she accepted a pledge by Tesk to scrap two ships."
    assert not met("On what date did Tesk finish scrapping the two ships?", said)
    assert met("What was the date of the cable from her cabinet?", said)


def test_need_to_and_ready_frame_a_date() -> None:
    ready = "By when do the negotiators need to have a draft deal ready?"
    assert read(ready).topic == ("negotiators", "draft", "deal")
    assert met(ready, "The chair has set a deadline of 30 June for the negotiators to finish a draft deal.")


def test_a_month_abbreviated_before_its_day_is_a_date() -> None:
    asked = "When will the delegations meet again in Lindqvar?"
    assert met(asked, "Aalund said the delegations would meet again in Lindqvar on Nov. 17.")
    assert met(
        "When did the charity last hear from the workers?", "The charity last heard from the workers on Oct. 30."
    )
    assert not met(asked, "Aalund said the delegations would meet again in Lindqvar soon.")


def test_an_ordinal_without_its_noun_is_one_of_the_series_just_named() -> None:
    rounds = "The first round took place on 3–5 December, the second on 18–21 February, and the third, on 12–15 May."
    assert met("When was the third round of talks held?", rounds)
    assert not met("When was the fourth round of talks held?", rounds)


def test_a_date_to_come_stands_in_its_own_clause() -> None:
    asked = "When does Tarvoss next hold parliamentary elections?"
    assert met(
        asked, "Tarvoss holds parliamentary elections in March 2026, and its opposition has accused the cabinet."
    )
    assert not met(asked, "Tarvoss held parliamentary elections in March 2022, and its opposition accused the cabinet.")
    # ...and a past participle's clause between commas has a time of its own
    licences = "When will the joint authority start issuing fishing licences?"
    floated = "The idea, first floated by Tarvoss in April, would place fishing licences under a joint authority."
    assert not met(licences, floated)
    assert met(
        licences, "The joint authority, first proposed by Tarvoss, would start issuing fishing licences in April."
    )


def test_talks_that_opened_on_a_day_started_then() -> None:
    from assistant.thesaurus import same_things

    asked = read("When did the contract talks start?")
    opened, stalled = (
        f"The talks, which {verb} on 6 February, have produced two offers." for verb in ("opened", "stalled")
    )
    assert same_things(["start"], ["opened"])
    assert asked.met_by(opened, opened, opened, LEXICON, same_things)
    assert not asked.met_by(stalled, stalled, stalled, LEXICON, same_things)


def test_a_name_asked_about_may_be_called_again_by_its_common_noun() -> None:
    asked = "When did Rekke accept the Gravlin Line?"
    assert met(asked, "Rekke accepted the line on 9 May, telling his secretary they had kept the people.")
    assert not met(asked, "Rekke accepted the offer on 9 May, telling his secretary they had kept the people.")


def test_ordinals_past_twelfth_and_in_figures_tell_a_series_apart() -> None:
    question = "When was the thirteenth session of the commission held?"
    assert read(question).series == ("thirteenth", "session")
    assert not met(question, "The fourteenth session of the commission was held on 11 March 2031.")
    assert met(question, "The thirteenth session of the commission was held on 9 November 2030.")
    assert read("When was the 13th session held?").series == ("13th", "session")


def met_in_thesaurus(question: str, sentence: str) -> bool:
    from assistant.thesaurus import same_things

    return read(question).met_by(sentence, sentence, sentence, LEXICON, same_things)


def test_talks_that_reconvene_or_a_session_scheduled_are_a_meeting_of_them() -> None:
    asked = "When are the delegations due to resume talks?"
    said = "Aalund said the delegations would return to their capitals and {} in Lindqvar on Nov. 17."
    assert met_in_thesaurus(asked, said.format("reconvene"))
    assert not met_in_thesaurus(asked, said.format("fly"))
    session = "A fourth session is tentatively scheduled for November 6 in Dumerstad."
    assert met_in_thesaurus("When is the next round of talks?", session)


def test_sitting_down_again_is_dated_by_a_return_to_the_table() -> None:
    asked = "When are the two sides supposed to sit down again?"
    said = "The two sides are scheduled to {} on March 6 under the guidance of a mediator."
    assert met_in_thesaurus(asked, said.format("return to the table"))
    assert not met_in_thesaurus(asked, said.format("speak to the press"))


def test_a_thing_made_is_dated_by_its_making() -> None:
    built = "When was the Dunmar reservoir built?"
    assert not met(built, "Withdrawals from the Dunmar reservoir averaged 38 cubic metres per second in 2025.")
    assert met(built, "The Dunmar reservoir, completed in 1978, supplies 1.6 million people.")
    service = "When did the Varrow Head radar network enter service?"
    assert not met(service, "The old rate, unchanged since 2011, no longer covers the Varrow Head radar network.")
    assert met(service, "The radar network at Varrow Head was commissioned in 2019.")


def test_when_something_began_is_not_when_it_ended() -> None:
    ended = "The two countries swapped prisoners, the largest swap since their border war ended two years ago."
    assert not met("When did the border war begin?", ended)
    assert met("When did the border war end?", ended)
    began = "The formal talks began in Helsinki on November 17, 1969."
    assert not met("When did the formal talks end?", began)
    assert met("When did the formal talks start?", began)
    both = "The border war began in 2019 and ended two years ago."
    assert met("When did the border war begin?", both)
    # ...a verb's base form after "to" tells it too: a deadline to conclude a deal, though a round starts later
    deadline = "They set a deadline of March 31 to conclude a full deal, and the next round starts Jan. 12."
    assert met("By what date are the two sides supposed to finish a full deal?", deadline)
    assert not met("When are the talks due to start?", "The talks are due to end on May 4.")
