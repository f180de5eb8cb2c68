"""The chat chain on "When did X do Y?", on real MiniLM and Chroma: a paragraph that opens "That changed on…" is
read after the paragraph before it, and the date of the event the question's verb names leads (given ranked
sentences: the generator's choice)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.antecedents import read_after
from assistant.generators.extractive import ExtractiveGenerator
from assistant.models import Passage
from assistant.ranking import Candidate
from tests.conftest import folder_bot
from tests.fixed_ranking import FixedRanking, hits_of

CANAL = """The Merrin Canal dues

The Merrin Canal dispute set the Kingdom of Ardwen against the Republic of Sollen. In its sharpest form it \
lasted from 1791 to 1799, and it ended with an arbitration held in Teyne.

For thirty years the Ardwen crown collected a small due at Kelby lock of 3 marks a barge, and few in Sollen \
thought it worth a protest.

That changed on 4 June 1791, when a royal order raised the charge to 11 marks and added a fee on salt.
"""


def test_a_paragraph_opening_with_that_is_read_after_the_one_before(tmp_path: Path, embeddings: Embeddings) -> None:
    bot = folder_bot(tmp_path, embeddings, {"canal.txt": CANAL})
    answer = bot.ask("When did Ardwen raise the due at Kelby lock?")
    assert answer.answer.startswith("That changed on 4 June 1791, when a royal order raised the charge")


def _one_after_another(texts: list[str]) -> list[Passage]:
    """The passages of one document, in order."""
    return [
        Passage(id=f"p{i}", doc_id="d", title="T", section="S", party=None, start=i * 200, end=i * 200 + len(t), text=t)
        for i, t in enumerate(texts)
    ]


def test_what_a_passages_opening_pronoun_stands_for_is_the_last_sentence_before_it() -> None:
    texts = [
        "The crown collected a due at Kelby. It was 3 marks.",
        "That changed in 1791.",
        "This union wants more.",
        '"That was a real shift," she said.',
        "The visit marked a turning point.",
        "Geologists estimate it holds 4 trillion cubic feet of gas.",
    ]
    passages = _one_after_another(texts)
    # "This union…" opens with no pronoun (a demonstrative before a noun says what it means), and a speaker's
    # "that" is what they have in mind; "The visit…" is the one the sentence before tells of
    # ...and a personal pronoun among the first words ("…estimate it holds") stands for what was said before
    said = {
        "p1": "It was 3 marks.",
        "p4": '"That was a real shift," she said.',
        "p5": "The visit marked a turning point.",
    }
    assert read_after(passages) == said


def test_a_he_or_she_opening_a_passage_is_read_after_where_its_chain_of_pronouns_began() -> None:
    texts = [
        'Dalia Ferrant wants the levy abolished. "A lower rate is still unfair," she said. "It is aimed at us."',
        "She has also asked Kestria to refund 290m marks.",
        "It was collected since 2024.",
    ]
    passages = _one_after_another(texts)
    # "she" said the quotes too: who she is was said where the chain of pronouns began; "it" is the last thing told
    said = {"p1": "Dalia Ferrant wants the levy abolished.", "p2": "She has also asked Kestria to refund 290m marks."}
    assert read_after(passages) == said


def test_when_is_led_by_a_close_date_of_the_event_the_question_names() -> None:
    lasted = "In its sharpest form the dispute lasted from 1791 to 1799."
    raised = "That changed on 4 June 1791, when a royal order raised the charge to 11 marks."
    ranked = [Candidate(1, 0, lasted, 0.9, lasted, True), Candidate(2, 0, raised, 0.6, raised, True)]
    generator = ExtractiveGenerator(FixedRanking(ranked))
    hits = hits_of(ranked)
    assert "".join(generator.stream("When did Ardwen raise the due at Kelby?", hits)).startswith(raised)
    # ...and the best when the question's verb is in neither: "end" is not "raise"
    assert "".join(generator.stream("When did the dispute end?", hits)).startswith(lasted)


def test_the_question_s_own_verb_leads_before_a_near_synonym_of_it() -> None:
    problems = "By the end of July, officials in both capitals had worked out the most vexing problems of the text."
    issued = "On 17 August 1982 the two governments issued the joint communiqué."
    ranked = [Candidate(1, 0, problems, 0.9, problems, True), Candidate(2, 0, issued, 0.6, issued, True)]
    ranking = FixedRanking(ranked)
    # the word vectors put the noun "problems" near "issue", as MiniLM's do
    ranking.synonyms = lambda wanted, among: {w for w in wanted if w == "issue" and "problems" in among}
    said = "".join(
        ExtractiveGenerator(ranking).stream("When did the two capitals issue the communiqué?", hits_of(ranked))
    )
    assert said.startswith(issued)  # "issued", the question's own verb, not "problems"
