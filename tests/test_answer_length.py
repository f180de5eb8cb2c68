"""How many sentences an extractive answer says: a further one only when it scores close enough to the lead; a
byline only when the question asks who wrote the text."""

from __future__ import annotations

from assistant.generators.extractive import ExtractiveGenerator
from assistant.ranking import Candidate
from tests.fixed_ranking import FixedRanking, hits_of
from tests.test_extractive import answer

LEAD = "Dalmarre has offered to unblock $850 million in a first stage."
FURTHER = "Officials in Dremmel say the freeze has crippled imports of medicine and grain."


def said_after(question: str, lead: str, lead_score: float, further: str, share: float) -> bool:
    """Whether `further`, scoring `share` of a lead scoring `lead_score`, is said after it."""
    ranked = [
        Candidate(1, 0, lead, lead_score, lead, True),
        Candidate(2, 0, further, share * lead_score, further, True),
    ]
    return further in answer(question, ranked)


def test_a_further_sentence_is_said_only_when_it_scores_over_a_third_of_the_lead() -> None:
    def said(share: float) -> bool:
        return said_after("How much is Dalmarre prepared to unfreeze at first?", LEAD, 0.8, FURTHER, share)

    assert said(0.6) and said(0.36)
    assert not said(0.33)  # a third of the lead's score says too little beside it


def test_after_a_lead_the_ranker_is_sure_of_a_further_sentence_must_score_close_to_it() -> None:
    sent = "In May, Prime Minister Ilse Varnholt sent Deputy Minister Anselm Rovik to Luskara to restart the talks."
    later = "By the end of July, officials in both capitals had worked out most of the draft's vexing problems."
    who = "Who was sent to Luskara to get the stalled talks moving?"
    assert said_after(who, sent, 0.9, later, 0.7)  # a lead the ranker is less sure of: a third of it is enough
    assert not said_after(who, sent, 0.95, later, 0.7)  # sure, and it names whom "who" asks for: three quarters
    assert said_after(who, sent, 0.95, later, 0.8)
    act = "What did the act oblige Varossa to do?"  # no date, number or name asked for: six tenths
    assert said_after(act, sent, 0.95, later, 0.65) and not said_after(act, sent, 0.95, later, 0.55)
    # an account asked for is told in more than one sentence, however sure the lead
    for account in ("What's happening with the stalled talks?", "What's the latest on the talks?", "Fill me in."):
        assert said_after(account, sent, 0.95, later, 0.4)


def test_a_byline_answers_who_wrote_the_text_and_nothing_else() -> None:
    byline = "Petra Lindqvale, Osei Tambrook"
    ranked = [Candidate(1, 0, LEAD, 1.0, LEAD, True), Candidate(2, 0, byline, 0.9, byline, True)]
    hits = hits_of(ranked, {2: "Byline"})

    def said(question: str) -> str:
        return "".join(ExtractiveGenerator(FixedRanking(ranked)).stream(question, hits))

    assert said("Who wrote this article?").startswith(byline)
    assert byline not in said("Who has offered to unblock money?")  # a byline names its writers, not the talks'


def test_a_further_sentence_opening_with_a_pronoun_is_said_only_right_after_what_it_names() -> None:
    they = "They say the freeze has crippled imports of medicine and grain."
    apart = [Candidate(1, 0, LEAD, 1.0, LEAD, True), Candidate(2, 0, they, 0.9, they, True)]
    assert they not in answer("How much is Dalmarre prepared to unfreeze at first?", apart)  # "they" names no one
    text = f"{LEAD} {they}"
    after = [Candidate(1, 0, LEAD, 1.0, LEAD, True), Candidate(1, len(LEAD) + 1, they, 0.9, text, True)]
    hits = hits_of(after[:1])
    hits[0] = hits[0].model_copy(
        update={"passage": hits[0].passage.model_copy(update={"text": text, "end": len(text)})}
    )
    said = "".join(ExtractiveGenerator(FixedRanking(after)).stream("How much is Dalmarre prepared to unfreeze?", hits))
    assert they in said  # ...where the lead, just before it, says who they are


def test_when_the_lead_names_who_was_asked_for_a_further_sentence_names_someone_too() -> None:
    lead = "The talks were mediated by Anselm Rovik, a former prime minister."
    other = "Negotiators will reconvene in Luskara on May 6 for a seventh round."

    def said(meets: bool) -> bool:
        ranked = [Candidate(1, 0, lead, 1.0, lead, True), Candidate(2, 0, other, 0.9, other, meets)]
        return other in answer("Who mediated the talks over the dam?", ranked)  # the lead says nothing of the dam

    assert said(True)
    assert not said(False)  # it holds no one of the kind asked for: it would only add words beside the name


def test_a_lead_with_what_was_asked_in_every_word_of_it_is_the_whole_answer() -> None:
    lead = "In 2014, Russia annexed Crimea, a peninsula in the Black Sea."
    other = "The Kremlin also backed the separatists, who seized territories in the east of Donetsk and Lugansk."

    def said(question: str, meets: bool = True) -> bool:
        ranked = [Candidate(1, 0, lead, 1.0, lead, meets), Candidate(2, 0, other, 0.9, other, True)]
        return other in answer(question, ranked)

    assert not said("When did Russia annex Crimea?")  # the date, of Russia annexing Crimea: nothing more to add
    assert said("When did Russia annex Crimea from Ukraine?")  # ...not of Ukraine: a further sentence may say it
    assert said("When did Russia annex Crimea?", meets=False)  # ...no date in the lead
    assert said("What did Russia do in Crimea?")  # no date, number or name asked for: the story goes on
    # ...however the sentences that hold no date rank above it
    above = "Crimea's parliament voted to join Russia after a referendum."
    ranked = [Candidate(1, 0, above, 1.0, above, False), Candidate(2, 0, lead, 0.9, lead, True)]
    assert lead in answer("When did Russia annex Crimea?", ranked)
    assert above not in answer("When did Russia annex Crimea?", ranked)
    assert above in answer("When did Russia annex Crimea from Ukraine?", ranked)


def test_the_words_that_ask_are_not_what_the_whole_answer_must_hold() -> None:
    lead = "The treaty was signed after eight months of negotiations in Geneva."
    other = "Both leaders had wanted a quick and successful end to the negotiations over the treaty."
    ranked = [Candidate(1, 0, lead, 1.0, lead, True), Candidate(2, 0, other, 0.9, other, True)]
    # "how long" asks; the span is of negotiating the treaty, which the lead holds whole
    assert other not in answer("How long did it take to negotiate the treaty?", ranked)
    assert other in answer("How long did it take to negotiate the treaty with Moscow?", ranked)
