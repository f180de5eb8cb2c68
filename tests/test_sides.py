"""Whom "we" stands for in a transcript: each person's party, read from where the text introduces them, and a
question about a party answered by what its negotiator says of "our side" (the real chain and MiniLM)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.holds import speaks
from assistant.indexing import refresh
from assistant.lexicon import Lexicon
from assistant.models import Passage
from assistant.names import Parties
from assistant.retrieval import LexicalIndex
from assistant.service import Assistant
from assistant.sides import as_said_by, party_speaking, people_sides, speeches

PARTIES = Parties({"Varnessa": ["Varnessa", "Varnessan"], "Tethra": ["Tethra", "Tethran"]})
LEDE = (
    "Annika Dravesh, a former hydrologist, has led the Republic of Varnessa's delegation in its talks with "
    "the Kingdom of Tethra since March. Marek Sollen, an analyst, has followed the talks for a decade."
)
TRANSCRIPT = "\n\n".join(
    [
        "An interview with Annika Dravesh",
        LEDE,
        "Review: How far apart are the two sides?",
        "Dravesh: Further than I would like. The Calder carries 9 billion cubic metres a year at the border. "
        "Our side wants a guaranteed 55 per cent of that flow. The Tethrans opened at 35 per cent.",
        "Review: And the filling of the new dam?",
        "Dravesh: Their engineers say four years. We say seven years.",
    ]
)


def test_a_person_belongs_to_the_party_named_nearest_where_they_are_introduced() -> None:
    sides = people_sides([LEDE], ["dravesh", "sollen"], PARTIES)
    assert sides == {"dravesh": "Varnessa"}  # Sollen is introduced beside no party


def test_we_in_a_transcript_is_the_speakers_party() -> None:
    paragraph = "Dravesh: Our side wants a guaranteed 55 per cent. We say seven years."
    said = as_said_by("We say seven years.", paragraph, paragraph.index("We say"), {"dravesh": "Varnessa"})
    assert said == "Varnessa say seven years."
    asked = "Review: Do we know when?"  # an interviewer's label names no one the corpus introduces
    assert as_said_by(asked, asked, 0, {"dravesh": "Varnessa"}) == asked


def _passages(texts: list[str]) -> list[Passage]:
    """One passage of each text, in order, in one document."""
    return [
        Passage(id=f"p{i}", doc_id="d", title="t", section="s", party=None, start=i * 200, end=i * 200 + len(t), text=t)
        for i, t in enumerate(texts)
    ]


def test_a_speech_goes_on_past_its_label_until_the_next_one() -> None:
    sides = {"venn": "Dunmere", "doyle": "Dunmere", "roke": "Valtheria"}
    texts = [
        "The Minister for External Trade (Ms Orla Venn): I beg to move the motion.",
        "The third issue is tariffs. We have asked that they fall to 6 per cent.",
        "Hon. Members: Hear, hear!",
        "We will see.",
    ]
    going_on = speeches(_passages(texts), sides)
    assert going_on == {"p1": "Dunmere"}  # "Hon. Members" names no party's speaker: the speech has ended
    said = as_said_by("We have asked that they fall to 6 per cent.", texts[1], 28, sides, going_on["p1"])
    assert said == "Dunmere have asked that they fall to 6 per cent."
    assert party_speaking("Mr Kester Doyle (Northfield) (Opposition)", sides) == "Dunmere"
    # ...and a label that gives the time the speech began ("(10:03):") is one too
    timed = ["The Minister for External Trade (Ms Orla Venn) (10:03): I thank the Speaker.", "We have asked for 6."]
    assert speeches(_passages(timed), sides) == {"p1": "Dunmere"}


def test_what_a_party_asks_for_is_found_in_its_negotiators_we(tmp_path: Path, embeddings: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "interview.txt").write_text(TRANSCRIPT)
    (corpus / "positions.yaml").write_text("parties:\n  Varnessa: [Varnessa, Varnessan]\n  Tethra: [Tethra, Tethran]\n")
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    answer = bot.ask("What share of the Calder's flow is Varnessa asking for?")
    assert not answer.refused and "55 per cent" in answer.answer


def test_an_emails_we_is_its_writers_party_past_its_topic_labels() -> None:
    sides = {"vasquel": "Tessalind", "brannock": "Maranthe"}
    texts = [
        "From: Oriane Vasquel <o.vasquel@civprot.tessalind.gov>",
        "Cc: Amadou Fenwright <a.fenwright@ostmerebank.org>, Sunniva Rauch <s.rauch@emergency.maranthe.fr.gov>",
        "Date: 7 March 2025",
        "Cost: we propose a 50-50 split of the purchase price.",
        "Base: we want the fleet at Korvath.",
        "From: Hollis Brannock <h.brannock@emergency.maranthe.fr.gov>",
        "On the term, we propose 8 years.",
    ]
    going_on = speeches(_passages(texts), sides)
    # the header's other fields and a topic's label ("Cost:", "Base:") name no speaker: the writer's speech goes on
    assert [going_on.get(f"p{i}") for i in range(1, 7)] == [*["Tessalind"] * 4, None, "Maranthe"]
    said = as_said_by("Base: we want the fleet at Korvath.", texts[4], 6, sides, going_on["p4"])
    assert said == "Base: Tessalind want the fleet at Korvath."


def test_a_partys_alias_that_is_a_persons_name_places_that_person() -> None:
    parties = Parties({"Maranthe": ["Maranthe Federal Region", "Hollis Brannock", "Dr Brennwald", "Ilse Marrow"]})
    placed = people_sides([], [], parties)
    assert placed == {"brannock": "Maranthe", "brennwald": "Maranthe", "marrow": "Maranthe"}
    # a surname that is an English word still names its speaker: "MARROW:" is no topic's label like "Cost:"
    turn = "MARROW: The daily touring allowance. We are asking for 95 crowns."
    assert as_said_by("We are asking for 95 crowns.", turn, 37, placed) == "Maranthe are asking for 95 crowns."
    # ...as does a title of office before a surname: a transcript labels "MINISTER VASQUELL:"
    placed = people_sides([], [], Parties({"Arvenland": ["Arvenland", "Minister Vasquell"]}))
    turn = "MINISTER VASQUELL: Our position has always been that the tariff should go."
    assert as_said_by(turn, turn, 0, placed) == turn.replace("Our", "Arvenland's")


def test_a_person_named_by_a_title_holds_it_for_the_party_the_text_says_it_is_of() -> None:
    headline = "Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of the Republic of Varnessa"
    intro = "Spokesperson Ilona Varga speaks to reporters. Analyst Marek Sollen listens."
    placed = people_sides([intro], [], PARTIES, [headline])
    assert placed == {"varga": "Varnessa"}  # no text says whose analyst Sollen is
    turn = "MS. VARGA: Our answer was that this is not a subject for these talks."
    said = as_said_by(turn[11:], turn, 11, placed)
    assert said == "Varnessa's answer was that this is not a subject for these talks."
    assert speaks("Varnessa", said, Lexicon([said], {}), lambda words, candidates: set())  # its reply is its word


def test_what_someone_reckons_is_their_word() -> None:
    said = "Its director-general, Nadia Cortell, reckons her members would have to spend more."
    assert speaks("Nadia Cortell", said, Lexicon([said], {}), lambda words, candidates: set())


def test_a_memo_headed_by_a_records_fields_speaks_for_the_party_its_title_names() -> None:
    parties = Parties({"Carvenna": ["Republic of Carvenna"], "Lusmark": ["Federation of Lusmark", "Brennwald"]})
    texts = [
        "RESTRICTED — MINISTRY OF DIGITAL INFRASTRUCTURE, REPUBLIC OF CARVENNA",
        "To: Dalia Perenkova, Minister for Digital Infrastructure",
        "From: Tomas Rehl, Director, Spectrum Policy Division",  # of no party the corpus knows: the memo's own
        "Our delegation is led by Ambassador Ines Varga-Holm.",
        "From: Amadou Fenwright <a.fenwright@ostmerebank.org>",  # a later sender of no party: the bank's "we"
        "We are prepared to lend 120 million crowns.",
    ]
    passages = [p.model_copy(update={"section": "Title"}) if p.id == "p0" else p for p in _passages(texts)]
    going_on = speeches(passages, {}, parties)
    assert going_on.get("p3") == "Carvenna" and "p5" not in going_on
    essay = [p.model_copy(update={"section": "Title"}) if p.id == "p0" else p for p in _passages([texts[0], texts[3]])]
    assert speeches(essay, {}, parties) == {}  # no header of a record's fields: no voice


def test_a_passage_where_a_partys_speaker_says_we_is_that_partys_for_retrieval() -> None:
    sides = {"dravesh": "Varnessa"}
    texts = ["Dravesh: That is one of the open points.", "Our position is that rotation is fine."]
    passages = _passages(texts)
    going_on = speeches(passages, sides, PARTIES)
    lexicon = Lexicon(texts, {})

    def heard(p: Passage) -> str:
        return as_said_by(p.text, p.text, 0, sides, going_on.get(p.id))

    assert LexicalIndex.build(passages, lexicon, PARTIES, heard).names["Varnessa"].tolist() == [False, True]
    assert LexicalIndex.build(passages, lexicon, PARTIES).names["Varnessa"].tolist() == [False, False]
    # ...and its stance said with a noun ("Varnessa's position is that…") is its statement
    assert speaks("Varnessa", heard(passages[1]), lexicon, lambda words, candidates: set())


def test_an_interviews_answers_speak_for_the_party_of_the_person_its_lead_names() -> None:
    sides = {"ferrand": "Pilots' Association", "ostrander": "Corvane"}
    texts = [
        "Captain Odile Ferrand, the union's chief negotiator, sat down with us on 2 May.",
        "Q: What are the pilots asking for on pay?\n\nA: We are asking for 18 per cent over three years.",
        "Our members have run out of patience.",
    ]
    going_on = speeches(_passages(texts), sides)
    assert going_on == {"p1": "Pilots' Association", "p2": "Pilots' Association"}
    said = as_said_by("We are asking for 18 per cent over three years.", texts[1], 47, sides, going_on["p1"])
    assert said == "Pilots' Association are asking for 18 per cent over three years."
    # ...but a lead that names people of two parties does not say whose the answers are
    two = ["Odile Ferrand and Piet Ostrander met on 2 May.", *texts[1:]]
    assert speeches(_passages(two), sides) == {}


def test_a_briefings_answers_speak_for_the_speaker_of_its_opening_statement() -> None:
    sides = {"corvell": "Dravenia", "doltrev": "Halvoria"}
    texts = [
        "NADIA CORVELL: Good afternoon. Minister Doltrev of Halvoria spoke with our minister this morning.",
        "Q (Piet Aldana, Dravenia Press Agency): What about the filling of the reservoir?",
        "A: Our experts believe the filling should be spread over no fewer than seven years.",
    ]
    going_on = speeches(_passages(texts), sides)
    assert going_on["p2"] == "Dravenia"  # her lead names Halvoria's minister too: the label says who answers
    said = as_said_by(texts[2][3:], texts[2], 3, sides, going_on["p2"])
    assert said.startswith("Dravenia's experts believe")


def test_a_clause_before_a_colon_is_no_label_and_an_interviewers_question_ends_a_speech() -> None:
    sides = {"abernathy-kole": "Pellmoor", "ellery": "Varrick"}
    texts = [
        "ABERNATHY-KOLE: Varrick's terminals handle 62 percent of the tonnage.",
        "Our position is simple: the city share should be divided in proportion to tonnage.",
        "Q: Deputy Mayor Ellery, what is your answer?",
        "We have heard it.",
    ]
    going_on = speeches(_passages(texts), sides)
    assert going_on == {"p1": "Pellmoor"}  # the interviewer's "we" is no party's
    said = as_said_by(texts[1], texts[1], 0, sides, going_on["p1"])
    assert said.startswith("Pellmoor's position is simple")
