"""The sentence ranker's features (`SentenceRanker.described`), with a similarity that is a plain function of
the text: what each sentence is compared with, not the learned weights."""

from __future__ import annotations

import numpy as np

from assistant.lexicon import Lexicon
from assistant.models import Passage, ScoredPassage
from assistant.names import Parties
from assistant.ranking import FEATURES, REASON, Candidate, SentenceRanker, best_first

TEXT = "Aldmere opened with sweeping demands. He asked for toll-free navigation of the Vessa."


def by_navigation(question: str, texts: list[str]) -> list[float]:
    """Close only to a text that speaks of navigation and nothing else before it (as MiniLM is diluted)."""
    return [1.0 if t.startswith("He asked") else 0.2 for t in texts]


def test_a_sentence_led_by_a_pronoun_is_as_close_as_it_is_alone() -> None:
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(TEXT), text=TEXT)
    ranker = SentenceRanker(
        Lexicon([TEXT], {}),
        Parties({"Aldmere": ["Aldmere"]}),
        by_navigation,
        lambda words, candidates: set(),
        lambda words: np.ones((len(words), 4)) / 2,
    )
    candidates, features = ranker.described(
        "What did Aldmere want on shipping?", [ScoredPassage(passage=passage, score=0.5)]
    )
    he = next(i for i, c in enumerate(candidates) if c.text.startswith("He asked"))
    assert candidates[he].context.startswith("Aldmere opened")  # read with the sentence that says who "he" is...
    assert features[he, FEATURES.index("meaning")] == 1.0  # ...and as close as its own words are


def test_a_justification_is_a_reason() -> None:
    assert REASON.search("Kestova put 19 billion on the table, arguing that demand in western markets is falling.")
    assert REASON.search("It refused, citing the cost of repairs.")
    assert not REASON.search("Kestova put 19 billion on the table.")


def test_pressure_from_someone_is_a_cause() -> None:
    from assistant.generators.accompany import gives_cause

    text = "Ostermark, under pressure from the Talsk timber houses, agreed to the figure of 4 crowns."
    pressed = Candidate(1, 0, text, 0.9, text)
    question = "Why did Ostermark finally accept the figure?"
    assert REASON.search(text) and gives_cause(question, pressed, Lexicon([text], {}), lambda words, _: set())
    agreed = Candidate(1, 0, "Ostermark agreed to the figure.", 0.9, "Ostermark agreed to the figure.")
    assert not gives_cause(question, agreed, Lexicon([text], {}), lambda words, _: set())


def test_scores_that_agree_to_three_places_keep_the_retrievers_order() -> None:
    # 0.7004 and 0.7001 differ by less than another machine's precision may move them: the earlier passage leads
    later, earlier = Candidate(2, 0, "later", 0.7004, "later"), Candidate(1, 0, "earlier", 0.7001, "earlier")
    assert [c.text for c in best_first([later, earlier])] == ["earlier", "later"]
    clearly = Candidate(2, 0, "clearly", 0.72, "clearly")
    assert [c.text for c in best_first([earlier, clearly])] == ["clearly", "earlier"]


def test_a_sentence_opening_with_that_is_read_with_the_one_before() -> None:
    from assistant.antecedents import with_antecedent

    passage = "The new line follows the river. That transfers 46 square kilometres to Dalmoren."
    start = passage.index("That")
    assert with_antecedent(passage, start, len(passage)) == passage
    plain = "The new line follows the river. Officials in both capitals said that the line was fair."
    assert with_antecedent(plain, plain.index("Officials"), len(plain)).startswith("Officials")
    # ...as is one whose object is "them": whom they are, and so what the sentence dates, is said before
    held = "At stake are seven aid workers and four reporters. Security forces arrested them on 3 August."
    assert with_antecedent(held, held.index("Security"), len(held)) == held
    # ...and one that opens with "the" and a shell noun, which says what the sentence before told of
    post = "They agreed on a joint customs post. The aim is to cut clearing times to 36 hours."
    assert with_antecedent(post, post.index("The aim"), len(post)) == post
    posted = post.replace("The aim", "The post")  # "post" is no shell noun: the sentence stands alone
    assert with_antecedent(posted, posted.index("The post"), len(posted)).startswith("The post")
    # ...and one that gives "the figure" a value, which the sentence before says the figure of
    flow = "Vesnia demanded a flow of 420 cubic metres. The draft sets the figure at 350."
    assert with_antecedent(flow, flow.index("The draft"), len(flow)) == flow
    counted = "Vesnia demanded a flow of 420 cubic metres. The number of gauges rose to 14."
    assert with_antecedent(counted, counted.index("The number"), len(counted)).startswith("The number")
    # ...and one that changes a figure "that" stands for, which the sentence before gives
    raised = (
        "The authority's first offer was 3.5 per cent. At the second round, management raised that to 4.8 per cent."
    )
    assert with_antecedent(raised, raised.index("At the"), len(raised)) == raised
    said = "The authority met the union. At the second round, management said that 4.8 per cent was enough."
    assert with_antecedent(said, said.index("At the"), len(said)).startswith("At the")


def test_a_sentence_with_a_name_written_in_begins_its_context_after_the_antecedent() -> None:
    from assistant.antecedents import own_start

    # "Our proposal…" read as the side's: the rewritten sentence is the context's last, whole
    assert own_start("Sendara's proposal is for nine years.", "Our proposal is for nine years.") == 0
    context = "Orumbe wants four. Sendara's proposal is for nine years."
    assert context[own_start(context, "Our proposal is for nine years.") :].startswith("Sendara's proposal")
    assert own_start("He spoke. He left.", "He left.") == len("He spoke. ")


def _ranker(text: str, parties: dict[str, list[str]]) -> SentenceRanker:
    return SentenceRanker(
        Lexicon([text], {}),
        Parties(parties),
        lambda question, texts: [0.5] * len(texts),
        lambda words, candidates: set(),
        lambda words: np.ones((len(words), 4)) / 2,
    )


def _stance(text: str, question: str, parties: dict[str, list[str]]) -> dict[str, float]:
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    candidates, features = _ranker(text, parties).described(question, [ScoredPassage(passage=passage, score=0.5)])
    return {c.text: features[i, FEATURES.index("stance")] for i, c in enumerate(candidates)}


def test_what_a_named_party_did_asks_for_its_stance() -> None:
    text = "The final decision came late. After long debate, Japan eventually agreed to take half of the island."
    parties = {"Japan": ["Japan"], "Russia": ["Russia"]}
    # "accept" asks what Japan did at the table as "propose" would: the sentence where Japan agrees counts
    stance = _stance(text, "So what did Japan finally accept?", parties)
    assert stance["After long debate, Japan eventually agreed to take half of the island."] == 1.0
    stance = _stance(text, "What did Japan's negotiators accept in the end?", parties)  # its people, for it
    assert stance["After long debate, Japan eventually agreed to take half of the island."] == 1.0
    # ...but a stance verb that Japan is not the subject of asks for no stance ("putting things back")
    stance = _stance(text, "Why would Japan settle for anything less than putting things back?", parties)
    assert not any(stance.values())


def test_a_sentence_that_goes_on_with_a_quotation_is_said_by_its_speaker() -> None:
    text = (
        '"We will never recognize these territories," President Halvik of Dorenia said on Friday. '
        '– I am making it clear: this is a "red line" for us."'
    )
    stance = _stance(text, "What is Dorenia's position on the territories?", {"Dorenia": ["Dorenia", "Halvik"]})
    assert stance['– I am making it clear: this is a "red line" for us."'] == 1.0


def test_a_sentence_whose_they_is_named_is_still_read_with_the_one_before() -> None:
    text = "Kesteria had asked for a minimum release over the summer. This afternoon they settled on 150 a second."
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    ranker = _ranker(text, {"Kesteria": ["Kesteria"]})
    candidates, _ = ranker.described("What was agreed on the release?", [ScoredPassage(passage=passage, score=0.5)])
    settled = next(c for c in candidates if c.text.startswith("This afternoon"))
    # who "they" are, and what they settled ("the release over the summer"), both come from the sentence before
    assert (
        settled.context
        == "Kesteria had asked for a minimum release over the summer. This afternoon Kesteria settled on 150 a second."
    )


def test_a_speech_under_a_partys_speaker_label_is_its_own_statement() -> None:
    said = "MS. ADEYEMI: Real-time telemetry from all fourteen gauging stations on the Orumbe stretch of the river."
    parties = Parties({"Sendara": ["Sendara", "Ms. Adeyemi"], "Orumbe": ["Orumbe"]})
    ranker = SentenceRanker(Lexicon([said], {}), parties, by_navigation, lambda w, c: set(), lambda w: np.ones((1, 4)))
    assert ranker.states("Sendara", said, said)  # what her side asks for, though no stance verb says so
    assert not ranker.states("Orumbe", said, said)  # the river's stretch is Orumbe's, not its words
    asked = "MR. OKOYE: Real-time telemetry would help everyone."
    assert not ranker.states("Sendara", asked, asked)  # a speaker of no party's


def test_instead_asks_for_another_answer_than_the_question_before_was_given() -> None:
    text = "The movement wants 400 prisoners freed first. The government wants to free 250 prisoners first."
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)

    def by_movement(question: str, texts: list[str]) -> list[float]:  # the movement's sentence is closest
        return [0.9 if "movement" in t else 0.5 for t in texts]

    ranker = SentenceRanker(
        Lexicon([text], {}),
        Parties({}),
        by_movement,
        lambda words, candidates: set(),
        lambda words: np.ones((len(words), 4)) / 2,
    )
    hits = [ScoredPassage(passage=passage, score=0.5)]
    before = "How many prisoners does the movement want freed first?"
    assert ranker.rank(before, hits)[0].text.startswith("The movement")
    follow_up = f"And how many does the government want instead? (context: {before})"
    assert ranker.rank(follow_up, hits)[0].text.startswith("The government")
    # a question with no context has no answer before it to set aside
    assert ranker.rank("And how many does the government want instead?", hits)[0].text.startswith("The movement")


def test_a_reporters_premise_in_a_briefing_is_not_what_the_source_says() -> None:
    text = "Q: Orumbe says the reservoir will fill in four years. Is that right?\nMS. ADEYEMI: Orumbe wants four years."
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    ranker = SentenceRanker(
        Lexicon([text], {}),
        Parties({}),
        lambda question, texts: [0.5 for _ in texts],
        lambda words, candidates: set(),
        lambda words: np.ones((len(words), 4)) / 2,
    )
    candidates, features = ranker.described("How long does Orumbe want?", [ScoredPassage(passage=passage, score=0.5)])
    turn = {c.text[:12]: row[FEATURES.index("headline")] for c, row in zip(candidates, features, strict=True)}
    assert turn["Q: Orumbe sa"] == 1 and turn["MS. ADEYEMI:"] == 0


def test_an_answers_opening_pronoun_is_read_with_the_question_it_answers() -> None:
    text = "MINISTER ORTANSE: Ansgar Pohl will chair it on our side. It will meet every quarter."
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)

    def ranker(asked: dict[str, str]) -> SentenceRanker:
        return SentenceRanker(
            Lexicon([text, "monitoring group"], {}),
            Parties({}),
            lambda question, texts: [0.5 for _ in texts],
            lambda words, candidates: set(),
            lambda words: np.ones((len(words), 4)) / 2,
            asked=asked,
        )

    hits = [ScoredPassage(passage=passage, score=0.5)]
    question = "How often will the monitoring group meet?"
    unasked = {c.text: c.meets for c in ranker({}).rank(question, hits)}
    asked = {c.text: c.meets for c in ranker({"p1": "Q: Who will run that monitoring group?"}).rank(question, hits)}
    assert asked["It will meet every quarter."] and not unasked["It will meet every quarter."]


def test_a_sentence_quoted_alone_keeps_its_quotation_marks_in_pairs() -> None:
    from assistant.antecedents import with_quotes_closed

    assert with_quotes_closed('"Fifty-fifty is not a trick.') == '"Fifty-fifty is not a trick."'
    assert (
        with_quotes_closed('A principle cannot, and I have not tried."')
        == '"A principle cannot, and I have not tried."'
    )
    # a dash that marks the speech goes when the quotation is opened again
    assert with_quotes_closed('– I am clear: a "red line" in our law."') == '"I am clear: a "red line" in our law."'
    assert with_quotes_closed("“We will not.") == "“We will not.”"
    assert with_quotes_closed('He said "no" twice.') == 'He said "no" twice.'
    # ...and one that closes a quotation before its reporting clause opens it again
    spoken = 'Every year counts," said Dariusz Kovelant, the water minister.'
    assert with_quotes_closed(spoken) == f'"{spoken}'
    assert with_quotes_closed("Every year counts,” she said.") == "“Every year counts,” she said."


def test_a_follow_ups_own_words_are_compared_with_each_sentence_besides_its_context() -> None:
    # The context ("Who was part of the Halden Mission?") is close to the list of members; the follow-up's own
    # words ("Which of them went on to Korvik…?") to the sentence that answers it.
    text = "The Halden Mission had three members. Halden and Sarn travelled on to Korvik."
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)

    def close(question: str, texts: list[str]) -> list[float]:
        """Close only when the follow-up's own words are compared with the sentence that answers them."""
        return [1.0 if "(context:" not in question and "Korvik" in t else 0.2 for t in texts]

    ranker = SentenceRanker(Lexicon([text], {}), Parties({}), close, lambda w, c: set(), lambda w: np.ones((len(w), 4)))
    asked = "Which of them went on to Korvik with Halden? (context: Who was part of the Halden Mission?)"
    candidates, features = ranker.described(asked, [ScoredPassage(passage=passage, score=0.5)])
    meaning = {c.text: features[i, FEATURES.index("meaning")] for i, c in enumerate(candidates)}
    assert meaning["Halden and Sarn travelled on to Korvik."] == 1.0


def test_a_question_that_sets_a_condition_is_answered_by_a_sentence_that_states_one() -> None:
    text = (
        "Cheese matters to our dairies. If there is no deal on cheese by 15 September, Kovary may suspend the package."
    )
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    ranker = SentenceRanker(
        Lexicon([text], {}),
        Parties({"Kovary": ["Kovary"]}),
        lambda question, texts: [0.5] * len(texts),
        lambda words, candidates: set(),
        lambda words: np.ones((len(words), 4)) / 2,
    )
    hits = [ScoredPassage(passage=passage, score=0.5)]
    typed = FEATURES.index("typed")
    _, features = ranker.described("What can Kovary do if the cheese issue isn't sorted out in time?", hits)
    assert features[:, typed].tolist() == [0.0, 1.0]
    _, features = ranker.described("What can Kovary do about the cheese issue?", hits)
    assert features[:, typed].tolist() == [0.0, 0.0]


def test_a_name_the_documents_headline_holds_need_not_be_named_again() -> None:
    text = "Drivers walked off the job at 4 a.m. on Monday, March 3, leaving every bus parked at the garage."
    lexicon = Lexicon([text], {})
    ranker = SentenceRanker(
        lexicon, Parties({}), lambda q, ts: [0.5] * len(ts), lambda w, c: set(), lambda w: np.ones((len(w), 4)) / 2
    )

    def meets(title: str) -> bool:
        passage = Passage(id="p", doc_id="d", title=title, section="S", party=None, start=0, end=len(text), text=text)
        hits = [ScoredPassage(passage=passage, score=0.5)]
        return ranker.described("When did the Brannock Falls bus drivers walk out?", hits)[0][0].meets

    assert meets("Fact-finder urges compromise as Brannock Falls bus strike nears third week")
    assert not meets("Fact-finder urges compromise as bus strike nears third week")  # the town said nowhere
