"""Questions as readers of reports on rounds of talks ask them, and the sentences that answer them: a proposal
"tabled" or "floated" was suggested, and the party that floats one states a position; a question on a condition
is led by a sentence that sets one; a term that lapsed or expired tells no opening; an opening bid is a position;
a kind counted and then listed is named; a party's people counted by name count the people asked about; "what"
before a noun of a sum paid asks for money; a role the corpus's table gives as a party's name is held by that
party's proper names. Hand-made sentences, a lexicon and no model."""

from __future__ import annotations

from assistant.generators.close_leads import close_lead
from assistant.lexicon import Lexicon
from assistant.names import Parties
from assistant.question import read
from assistant.thesaurus import same_things
from tests.test_question import met

LEXICON = Lexicon([], {}, names=[["Trans-Meridian Development Bank", "TMDB", "the bank"]])


def _meets(question: str, sentence: str, lexicon: Lexicon = LEXICON) -> bool:
    """Whether `sentence` holds what `question` asks for, near-synonyms by the thesaurus."""
    return read(question).met_by(sentence, sentence, sentence, lexicon, same_things)


def test_a_proposal_tabled_or_floated_was_suggested() -> None:
    assert same_things(["suggest"], ["tabled"]) == {"suggest"}
    assert same_things(["propose"], ["floated"]) == {"propose"}
    assert same_things(["suggest"], ["table"]) == set()  # "at the table" proposes nothing
    question = "What middle-ground figure did the development bank suggest this week?"
    assert _meets(
        question, "This week the bank tabled a compromise of 950 cubic metres per second with a seven-year period."
    )
    assert not _meets(question, "This week the bank kept 950 engineers at the table.")


def test_a_party_that_floats_a_compromise_states_a_position() -> None:
    parties = Parties({"Conciliator": ["conciliator", "Helena Varrow", "Varrow"]})
    assert parties.states_position("Conciliator", "Varrow floated a compromise: a six-month trial of the roster.")
    assert parties.states_position("Conciliator", "This week Varrow tabled a framework paper.")
    assert not parties.states_position("Conciliator", "Varrow keeps both sides at the table.")


def test_a_question_on_a_condition_is_led_by_a_sentence_that_sets_one() -> None:
    says = close_lead("What is the bank's fallback if the May round doesn't produce a deal?")
    assert says is not None
    assert says("If the May talks fail, the bank will propose an independent panel of three hydrologists.")
    assert not says("A fourth round is scheduled to open in the Sabrian capital on May 19.")
    # "if" after a verb of asking means "whether": no condition
    assert not says("Colonel House asked Bullitt if he would be willing to lead such an endeavor.")


def test_a_term_that_lapsed_or_expired_tells_no_opening() -> None:
    question = "In what year did the railway from Aldstein to the coast open?"
    assert not met(question, "The treaty lapsed in February 1860, by when the railway from Aldstein to the coast ran.")
    assert met(question, "The railway from Aldstein to the coast opened in 1858.")
    assert not met("When did the treaty expire?", "The treaty began its term in 1848.")
    assert met("When did the treaty expire?", "The treaty expired in 1860.")


def test_an_opening_bid_is_a_position_not_a_post() -> None:
    ask = read("What was Brightwater's opening bid before it sweetened the offer?")
    assert ask.role == ()  # no holder of a post "opening bid" is asked for


def test_a_kind_counted_then_listed_is_named() -> None:
    question = "Which overlapping routes does the authority want the two carriers to exit?"
    assert met(question, "They must exit three overlapping routes: Valmont–Carrow Bay and Carrow Bay–Lisgard.")
    assert not met(question, "They must exit three overlapping routes within a year.")


def test_a_partys_people_counted_by_name_count_the_people_asked_about() -> None:
    lexicon = Lexicon([], {}, names=[["Ostravel", "Ostravelian"], ["Kaldoria", "Kaldorian"]])
    question = "In the exchange that already took place, how many prisoners did each country release?"
    said = "In the exchange, Ostravel handed over nine Kaldorians; Kaldoria released six Ostravelians."
    assert _meets(question, said, lexicon)
    assert not _meets(question, "In the exchange, Kaldoria released six trawlers.", lexicon)  # no people
    assert not _meets(question, "Six Ostravelians sat in Kaldoria's delegation.", lexicon)  # none released


def test_what_before_a_noun_of_a_sum_paid_asks_for_money() -> None:
    assert read("What ransom did Kaldoria pay for the trawler?").money
    assert read("What annual payout are the island states asking for by 2030?").money
    assert not read("What payment terms were agreed?").money  # terms of payment, no sum
    assert not met("What ransom did Kaldoria pay for the trawler?", 'His editor called it "a ransom note".')


def test_a_role_the_corpus_table_gives_a_party_is_answered_by_its_name() -> None:
    table = Lexicon([], {}, names=[["Marisol Venn", "Venn", "fact-finder", "retired arbitrator"]])
    question = "Who is the fact-finder in the bus strike?"
    assert _meets(
        question, "The 34-page report, written by retired arbitrator Marisol Venn, now sits with both sides.", table
    )
    assert _meets(question, "The labour board named Venn to the dispute on March 6.", table)
    # the role's own word names no one, nor does a table without the role among a party's names
    assert not _meets(question, "A state-appointed fact-finder on Wednesday proposed a three-year contract.", table)
    assert not _meets(question, "The report was written by retired arbitrator Marisol Venn.", LEXICON)
