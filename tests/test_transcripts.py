"""A transcript's answers: each is found by the question it answers (`layout.questions_answered`), whose words it
need not repeat. A hand-made passage list, then a real index (MiniLM, Chroma) of a briefing's transcript."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.generators.extractive import ExtractiveGenerator
from assistant.layout import questions_answered
from assistant.models import Passage, ScoredPassage
from assistant.names import Parties
from assistant.ranking import Candidate
from tests.conftest import folder_bot
from tests.fixed_ranking import FixedRanking


def _passage(n: int, text: str, doc: str = "d") -> Passage:
    return Passage(
        id=f"{doc}{n}", doc_id=doc, title="t", section="Introduction", party=None, start=0, end=len(text), text=text
    )


def test_an_answer_is_about_the_question_before_it_until_the_next() -> None:
    passages = [
        _passage(0, "The minister opened the briefing."),
        _passage(1, "Q (Anna Vell, Tesk Radio): How long should the filling take?"),
        _passage(2, "A: Seven years at the least."),
        _passage(3, "Anything faster dries out the south."),
        _passage(4, "Q: And the fund?"),
        _passage(5, "A: We have proposed one."),
        _passage(6, "A new document starts here.", doc="e"),
    ]
    asked = questions_answered(passages)
    assert asked == {
        "d2": "Q (Anna Vell, Tesk Radio): How long should the filling take?",
        "d3": "Q (Anna Vell, Tesk Radio): How long should the filling take?",
        "d5": "Q: And the fund?",
    }


BRIEFING = """Press briefing by the Dravenian Ministry of Foreign Affairs on the Brenn Gorge talks

The spokesperson, Nadia Corvell, opened the briefing with a statement on the fourth round of talks with Halvoria.

The two delegations met in Ostrel for three days. The reservoir, the turbines and the dam's safety were all discussed, and the talks were described as frank.

Halvoria says that how the reservoir is filled is a matter for its own engineers, and its delegation repeated that the dam is a national project.

Q (Anna Vell, Tesk Radio): How many years does Dravenia want the filling of the reservoir to take?

A: Seven years at the least. Anything faster would dry out the irrigation canals of the south for a generation.

Q (Piet Aldana, DPA): Has a date been set for the next round?

A: Both ministers agreed by telephone that the fifth round will take place in Ostrel on 7 April.
"""
TABLE = "parties:\n  Dravenia: [Dravenia, Dravenian, Nadia Corvell, Corvell]\n  Halvoria: [Halvoria, Halvorian]\n"


def test_an_answer_that_repeats_none_of_the_questions_words_is_found_by_them(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    bot = folder_bot(tmp_path, embeddings, {"briefing.txt": BRIEFING, "positions.yaml": TABLE})
    answer = bot.ask("How long does Dravenia want the reservoir filling to take?")
    assert answer.answer.startswith("A: Seven years at the least."), answer.answer


def test_an_interviewers_question_is_no_partys_word_in_a_comparison() -> None:
    parties = Parties({"Varrick": ["Varrick", "Ellery"], "Pellmoor": ["Pellmoor"]})
    asked = "Q: Mr Ellery, Varrick has opposed the fee increase."
    said = "ELLERY: We would accept 10 percent at most, and only from next year."
    pellmoor = "Pellmoor wants berth fees raised by 18 percent."
    texts = [asked, said, pellmoor]
    ranked = [Candidate(n, 0, t, 1 - n / 10, t, True) for n, t in enumerate(texts, 1)]
    hits = [ScoredPassage(passage=_passage(n, t), score=0.5) for n, t in enumerate(texts, 1)]
    answer = "".join(
        ExtractiveGenerator(FixedRanking(ranked, parties)).stream(
            "How do Varrick and Pellmoor differ on berth fees?", hits
        )
    )
    assert answer.startswith(f"Varrick: {said}") and asked not in answer, answer


def test_a_short_question_set_as_a_heading_is_what_the_answers_under_it_answer() -> None:
    heading = "Q: How is dredging paid for today?"
    under = [(heading, "QUAIDE: 40 percent."), (heading, "It no longer fits."), ("Pollution", "Rules.")]
    passages = [_passage(0, "QUAIDE: Three things.")] + [
        Passage(id=f"d{n}", doc_id="d", title="t", section=section, party=None, start=0, end=len(text), text=text)
        for n, (section, text) in enumerate(under, 1)
    ]
    assert questions_answered(passages) == {"d1": heading, "d2": heading}


def test_an_answer_does_not_lead_with_the_interviewers_premise() -> None:
    asked = "Q: Mr Ellery, Varrick has opposed the fee increase."
    said = "ELLERY: An 18 percent increase sends a message that the Ambry is getting more expensive."
    ranked = [Candidate(n, 0, t, 1 - n / 10, t, True) for n, t in enumerate([asked, said], 1)]
    hits = [ScoredPassage(passage=_passage(n, c.text), score=0.5) for n, c in enumerate(ranked, 1)]
    answer = "".join(
        ExtractiveGenerator(FixedRanking(ranked)).stream("Why does Varrick oppose the fee increase?", hits)
    )
    assert answer.startswith(said) and asked not in answer, answer


def test_a_premise_reporting_someones_word_answers_when_no_answer_holds_it() -> None:
    asked = "Q: Minister, the Steel Federation says this deal will cost 3,000 jobs."
    said = "ORTANSE: I say that the quota is smaller than Arvenland asked for."
    ranked = [Candidate(1, 0, asked, 0.9, asked, True), Candidate(2, 0, said, 0.5, said, False)]
    hits = [ScoredPassage(passage=_passage(n, c.text), score=0.5) for n, c in enumerate(ranked, 1)]
    question = "How many jobs does the steel industry say the deal will cost?"
    answer = "".join(ExtractiveGenerator(FixedRanking(ranked)).stream(question, hits))
    assert answer.startswith(asked), answer
    # ...but a premise that reports no one's word is the interviewer's own
    unsaid = "Q: Minister, this deal will cost 3,000 jobs."
    ranked[0] = Candidate(1, 0, unsaid, 0.9, unsaid, True)
    hits[0] = ScoredPassage(passage=_passage(1, unsaid), score=0.5)
    answer = "".join(ExtractiveGenerator(FixedRanking(ranked)).stream(question, hits))
    assert answer.startswith(said), answer


def test_a_sentence_in_the_first_person_is_about_its_speaker() -> None:
    from assistant.lexicon import Lexicon
    from assistant.question import read
    from tests.test_question import no_synonyms

    text = "MINISTER ORTANSE: Yes. The deal goes to Kovary's trade committee first. I expect a vote in June."
    lexicon = Lexicon([text], {}, names=[["Kovary", "Kovarian", "Ortanse"], ["Arvenland", "Arvenish"]])
    sentence = "I expect a vote in June."
    ask = read("When does Ortanse expect Kovary's parliament to vote on the deal?")
    assert ask.met_by(sentence, sentence, text, lexicon, no_synonyms)
    asked = "Q: Yes. The deal goes to Kovary's trade committee first. I expect a vote in June."  # no one's word
    assert not ask.met_by(sentence, sentence, asked, lexicon, no_synonyms)


CONFERENCE = """Joint press conference of the trade ministers of Dravenia and Halvoria
Ostrel, Ministry of Foreign Affairs, 4 May, 11:15

SPOKESPERSON: Good morning. The ministers will each make a short statement.

MINISTER CORVELL: The fourth round has agreed a quota for grain. Dravenia will cut its tariff on Halvorian grain to 5 per cent.

MINISTER HALVEK: Halvoria welcomes the cut and will review its own duties on Dravenian timber in the autumn.
"""


def test_a_line_under_the_title_that_says_where_and_when_answers_where_and_when(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    bot = folder_bot(tmp_path, embeddings, {"conference.txt": CONFERENCE, "positions.yaml": TABLE})
    line = "Ostrel, Ministry of Foreign Affairs, 4 May, 11:15"
    lede = bot.documents()[0].lede
    assert lede == line  # the lede, not a heading the statements sit under
    for question in (
        "In which city did the ministers hold their press conference?",
        "What time did the press conference begin?",
    ):
        answer = bot.ask(question)
        assert not answer.refused and answer.citations[0].text == line, answer.answer
        assert CONFERENCE[answer.citations[0].start : answer.citations[0].end] == line
