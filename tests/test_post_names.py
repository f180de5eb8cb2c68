"""A question that names someone by a post ("Orvanda's foreign minister") is asked by the name the text gives the
holder beside it, where it gives one: on a hand-made lexicon, and in the real chain (MiniLM, an index of a memo)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.lexicon import Lexicon
from assistant.post_names import by_name
from tests.test_chain_gist import memo_bot

NAMED = "Orvanda's Foreign Minister Teodor Kallenbrook struck a similar note."
APPOSED = "Nadira Solvane, Valmora's foreign minister, chaired the session."
DEFENDED = 'Kallenbrook defended the offer as fair. "Fifty-fifty is simple arithmetic," he said.'
LEXICON = Lexicon([NAMED, APPOSED, DEFENDED], {}, names=[["Orvanda", "Kallenbrook"], ["Valmora", "Solvane"]])


def test_a_post_is_put_as_the_name_written_beside_it_in_a_sentence_that_names_its_owner() -> None:
    asked = "How did Orvanda's foreign minister justify the even split?"
    assert by_name(asked, [NAMED], LEXICON) == "How did Kallenbrook justify the even split?"
    assert by_name("What did Valmora's foreign minister propose?", [APPOSED], LEXICON) == "What did Solvane propose?"
    # ...not another owner's holder, nor a post no passage names a holder of, nor one of two holders
    assert by_name(asked, [APPOSED], LEXICON) is None
    assert by_name("How did Orvanda's chief negotiator justify it?", [NAMED], LEXICON) is None
    twice = "Orvanda's Foreign Minister Ilse Brann resigned."
    assert by_name(asked, [NAMED, twice], LEXICON) is None
    assert by_name("How did Kallenbrook justify the even split?", [NAMED], LEXICON) is None  # no post named
    # ...nor a post of someone else in a sentence that names the owner elsewhere
    reagan = "The administration of President Ronald Reagan agreed to sell arms to Orvanda."
    assert by_name("What did Orvanda's president say?", [reagan], LEXICON) is None


def test_a_post_of_its_subject_or_asked_by_a_peoples_adjective_is_put_as_the_holders_name() -> None:
    sent = "Varessa was represented by its foreign minister, Count Aldric Fenmore, who travelled from Merrow."
    lexicon = Lexicon([sent], {}, names=[["Varessa", "Varessan"], ["Doravia", "Doravian"]])
    claimed = "What did Varessa's foreign minister claim for the province?"
    assert by_name(claimed, [sent], lexicon) == "What did Fenmore claim for the province?"
    asked = "Why was the Varessan foreign minister keen on the marriage?"
    assert by_name(asked, [sent], lexicon) == "Why was Fenmore keen on the marriage?"
    # ...not another party's: "its" is the subject's
    assert by_name("What did the Doravian foreign minister claim?", [sent], lexicon) is None


def test_a_post_of_no_owner_asked_of_as_the_subject_is_put_as_its_one_holders_name() -> None:
    mediated = "The talks were mediated by Hadrena's former prime minister, Anselm Rovik, for the bank."
    proposed = "Rovik has proposed a compromise of five and a half years."
    asked = "Did the mediator suggest a middle ground on the filling period?"
    assert by_name(asked, [mediated, proposed], LEXICON) == "Did Rovik suggest a middle ground on the filling period?"
    apposed = "Castell, the transport minister, said the government would bring in a bill."
    planning = "What new law is the transport minister planning?"
    assert by_name(planning, [apposed], LEXICON) == "What new law is Castell planning?"
    # ...not a post a preposition governs, nor one in the context condensing added, nor one of two holders
    assert by_name("Why did Kessaly agree to the swap without the mediator?", [mediated], LEXICON) is None
    followed = "Has he been at the talks himself? (context: Who is the mediator of the talks?)"
    assert by_name(followed, [mediated], LEXICON) is None
    other = "Ines Varga, the chief mediator, left the talks in May."
    assert by_name(asked, [mediated, other], LEXICON) is None


def test_the_chain_asks_by_the_holders_name_but_not_who_holds_the_post(tmp_path: Path, embeddings: Embeddings) -> None:
    memo = "\n\n".join(["Quota talks in Brisenne", NAMED, "The third round ended on Friday.", DEFENDED])
    bot = memo_bot(tmp_path, embeddings, memo)
    answer = bot.ask("How did Orvanda's foreign minister justify the even split?")
    assert answer.standalone_question == "How did Kallenbrook justify the even split?", answer.standalone_question
    assert "arithmetic" in answer.answer, answer.answer
    who = bot.ask("Who is Orvanda's foreign minister?")
    assert who.standalone_question == "Who is Orvanda's foreign minister?" and "Teodor Kallenbrook" in who.answer


def test_who_holds_a_post_is_asked_as_written_in_a_question_of_two_parts(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    memo = "\n\n".join(["Quota talks in Brisenne", APPOSED, "The third round ended on Friday."])
    asked = "Who is Valmora's foreign minister, and what did she do before?"
    answer = memo_bot(tmp_path, embeddings, memo).ask(asked)
    assert answer.standalone_question == asked and "Nadira Solvane" in answer.answer, answer.answer
