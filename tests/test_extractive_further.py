"""How the extractive answer leads and goes on: for "how long", with a span that is counted; after the lead,
the quote of a lead that only reports a speaker, the change after what held "until now" and the names after a
lead that sums up a group, and never the headline, which says nothing the body does not."""

from __future__ import annotations

import pytest

from assistant.figures import counts_span
from assistant.generators.extractive import ExtractiveGenerator
from assistant.models import Passage, ScoredPassage
from assistant.names import Parties
from assistant.ranking import Candidate
from tests.fixed_ranking import FixedRanking

REPORTED = "Kallenbrook defended the offer as fair."
QUOTE = '"Our fishermen have as much right to the Pellavine Bank as anyone else\'s," he said.'
OTHER = "Quessary rejected the even split on Wednesday, saying its fleet had fished the bank for decades."


def _answer(question: str, ranked: list[Candidate], text: str, other_section: str = "S") -> str:
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    other = Passage(
        id="p2", doc_id="d", title="T", section=other_section, party=None, start=0, end=len(OTHER), text=OTHER
    )
    hits = [ScoredPassage(passage=passage, score=0.6), ScoredPassage(passage=other, score=0.5)]
    return "".join(ExtractiveGenerator(FixedRanking(ranked), frozenset({"kallenbrook"})).stream(question, hits))


def _two(first: str, second: str, scores: tuple[float, float]) -> tuple[list[Candidate], str]:
    """A passage of two sentences and their candidates, scored as given."""
    ranked = [Candidate(1, 0, first, scores[0], first, True)]
    ranked.append(Candidate(1, len(first) + 1, second, scores[1], second, True))
    return ranked, f"{first} {second}"


def test_a_lead_that_reports_a_speaker_is_followed_by_the_quote_of_what_was_said() -> None:
    text = f"{REPORTED} {QUOTE}"
    lead = Candidate(1, 0, REPORTED, 0.9, REPORTED, True)
    quote = Candidate(1, len(REPORTED) + 1, QUOTE, 0.2, text, True)
    other = Candidate(2, 0, OTHER, 0.8, OTHER, True)
    said = _answer("How did Kallenbrook justify the offer?", [lead, other, quote], text)
    assert said.startswith(f"{REPORTED} [1] " + QUOTE.replace("he said", "[Kallenbrook] said") + " [1]"), said


def test_a_sentence_after_the_lead_that_quotes_no_one_is_not_pulled_in() -> None:
    plain = "The offer would give each fleet 38,250 tonnes."
    text = f"{REPORTED} {plain}"
    lead = Candidate(1, 0, REPORTED, 0.9, REPORTED, True)
    after = Candidate(1, len(REPORTED) + 1, plain, 0.1, text, True)
    other = Candidate(2, 0, OTHER, 0.8, OTHER, True)
    said = _answer("How did Kallenbrook justify the offer?", [lead, other, after], text)
    assert plain not in said and OTHER in said, said


def test_a_headline_is_never_said_after_the_lead() -> None:
    lead = Candidate(1, 0, REPORTED, 0.9, REPORTED, True)
    other = Candidate(2, 0, OTHER, 0.8, OTHER, True)
    assert OTHER in _answer("How did Kallenbrook justify the offer?", [lead, other], REPORTED)
    said = _answer("How did Kallenbrook justify the offer?", [lead, other], REPORTED, other_section="Title")
    assert said == f"{REPORTED} [1]", said


def test_how_long_is_answered_first_by_a_span_that_is_counted() -> None:
    # both hold a span of time; "a three-week campaign" says how long, "within hours" only that it was short
    hours = "Within hours of the landing, the invaders overwhelmed the small garrison."
    weeks = "Following a three-week ground campaign, the islanders' capital was retaken in June."
    ranked, text = _two(hours, weeks, (0.52, 0.51))
    assert _answer("How long did the land fighting last?", ranked, text).startswith(weeks)
    assert _answer("How far back does the fighting go?", ranked, text).startswith(hours)  # a date answers that
    assert not counts_span("Three days later, the president resigned.")  # a point in time, not how long


def test_he_is_not_the_person_the_sentence_before_names_as_an_object() -> None:
    text = (
        "President Halvard Rensky stepped in. The head of state appointed Edda Lundqvist as facilitator. "
        "He also set a firm date of 30 June."
    )
    dated = text[text.index("He also") :]
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    ranked = [Candidate(1, text.index("He also"), dated, 0.9, text, True)]
    people = frozenset({"rensky", "lundqvist"})
    said = "".join(
        ExtractiveGenerator(FixedRanking(ranked), people).stream(
            "What date did the president set?", [ScoredPassage(passage=passage, score=0.6)]
        )
    )
    assert said.startswith("[Halvard Rensky] also set a firm date of 30 June."), said


def _led_by(before: str, sentence: str, parties: Parties) -> str:
    """The answer to "Who is the envoy?" led by `sentence`, which comes after `before` in its passage."""
    text = f"{before} {sentence}"
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    lead = Candidate(1, len(before) + 1, sentence, 0.9, text, True)
    ranking = FixedRanking([lead], parties)
    return "".join(
        ExtractiveGenerator(ranking).stream("Who is the envoy?", [ScoredPassage(passage=passage, score=0.6)])
    )


def test_a_sentence_that_opens_with_a_possessive_is_quoted_with_its_owner() -> None:
    parties = Parties({"Teshelle": ["Teshelle", "Teshellan"]})
    envoy = "Its envoy, Ilse Morvaunt, carries papers between two rooms."
    said = _led_by("For five months Teshelle has kept open a line between the two sides.", envoy, parties)
    assert said.startswith("[Teshelle's] envoy, Ilse Morvaunt, carries papers"), said
    # ...and left as written when the sentence before names no one it could stand for
    said = _led_by("The channel has stayed open for five months.", envoy, parties)
    assert said.startswith("Its envoy, Ilse Morvaunt"), said


def test_a_speakers_we_is_quoted_with_the_party_it_is_read_as() -> None:
    parties = Parties({"Arvenland": ["Arvenland", "Tobias Renn"]})
    text = "MINISTER VASQUELL: Our chief negotiator, Tobias Renn, fought hard on that number."
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    sentence = text[19:]
    read_as = sentence.replace("Our", "Arvenland's")  # as `sides.as_said_by` reads the label's party
    ranking = FixedRanking([Candidate(1, 19, sentence, 0.9, read_as, True)], parties)
    hits = [ScoredPassage(passage=passage, score=0.6)]
    said = "".join(ExtractiveGenerator(ranking).stream("Who is Arvenland's chief negotiator?", hits))
    assert said.startswith("[Arvenland's] chief negotiator, Tobias Renn, fought hard"), said


def test_a_quotation_of_several_sentences_is_quoted_whole() -> None:
    opening = '"We will count our missiles.'
    text = f'{opening} You may count them from the sky. Nobody will count them in our cellars," he said. Talks ended.'
    ranked = [Candidate(1, 0, opening, 0.9, opening, True)]
    said = _answer("What did he say about counting missiles?", ranked, text)
    assert said.startswith(text[: text.index(" Talks")] + " [1]"), said
    # ...and as far as its passage goes, when it goes on past it
    cut = f"{opening} You may count them from the sky."
    assert _answer("What did he say about counting missiles?", ranked, cut).startswith(f'{cut}" [1]')


def test_why_is_answered_by_the_reason_a_consequence_follows_from() -> None:
    reason = "During the drought of 2024 farmers lost the rice harvest on about 11,000 hectares."
    so = "Dravonia therefore asked the Council to guarantee a minimum flow."
    text = f"{reason} {so}"
    ranked = [Candidate(1, len(reason) + 1, so, 0.9, so, True), Candidate(2, 0, OTHER, 0.5, OTHER, True)]
    assert _answer("Why does Dravonia insist on a minimum flow?", ranked, text).startswith(f"{reason} [1] {so} [1]")
    assert _answer("What did Dravonia ask for?", ranked, text).startswith(f"{so} [1]")  # not asked why


def test_what_a_name_is_is_said_by_the_sentence_that_defines_it() -> None:
    named = "Quessary supports the full PMSC cut from January."
    defined = "According to the Pellan Marine Science Council (PMSC), the stock has shrunk by 48 percent."
    ranked, text = _two(named, defined, (0.9, 0.2))
    assert _answer("what is the PMSC?", ranked, text).startswith(defined)
    assert _answer("What did Quessary say about the PMSC?", ranked, text).startswith(named)


def test_why_leads_with_a_close_sentence_that_says_why_and_says_no_more() -> None:
    story = "In January the mediator proposed that the delegations hold a conference at Lake Orsen."
    cause = "The conference never took place because the northern delegation refused to attend."
    ranked, text = _two(story, cause, (0.9, 0.6))
    assert _answer("Why did the conference never take place?", ranked, text) == f"{cause} [1]"
    assert _answer("Where was the conference to take place?", ranked, text).startswith(f"{story} [1] {cause}")
    # ...of which it holds a third of the topic words: a why-question says the event in its own words
    assert _answer("Why was the conference abandoned by everyone?", ranked, text) == f"{cause} [1]"
    # ...not by a speaker's reason in a quotation, which is what they said, nor one far below the best
    quoted = '"The conference never took place because the north refused," said Osk.'
    ranked[1] = Candidate(1, len(story) + 1, quoted, 0.6, quoted, True)
    assert _answer("Why did the conference never take place?", ranked, f"{story} {quoted}").startswith(f"{story} [1]")
    ranked[1] = Candidate(1, len(story) + 1, cause, 0.35, cause, True)  # ...a reason that ranks lower still leads
    assert _answer("Why did the conference never take place?", ranked, text) == f"{cause} [1]"
    ranked[1] = Candidate(1, len(story) + 1, cause, 0.15, cause, True)
    assert _answer("Why did the conference never take place?", ranked, text).startswith(f"{story} [1]")


def test_what_someone_told_goes_on_with_the_quotation_after_the_one_attributed() -> None:
    said = '"A share based on the past is a share based on overfishing," Commissioner Amara Lisswell told us.'
    more = '"We are asking for a formula that follows the fish."'
    text = f"{said} {more}"
    ranked = [Candidate(1, 0, said, 0.9, said, True), Candidate(2, 0, OTHER, 0.8, OTHER, True)]
    ranked.append(Candidate(1, len(said) + 1, more, 0.1, text, True))
    assert _answer("What did Lisswell tell us about the formula?", ranked, text).startswith(f"{said} [1] {more} [1]")
    # ...which a question not about what was said does not need, nor one about something it does not speak of
    assert more not in _answer("Who is Amara Lisswell?", ranked, text)
    assert _answer("What did Lisswell tell us about the deadline?", ranked, text).startswith(f"{said} [1] {OTHER} [2]")


def test_how_much_of_a_substance_leads_with_a_close_sentence_that_measures_it() -> None:
    ranked, text = _two(
        "Tarsene wants more water released when rainfall falls 20 percent below the average.",
        "Tarsene insists on a guaranteed release of at least 48 billion cubic metres a year.",
        (0.9, 0.8),
    )
    assert _answer("How much water does Tarsene want guaranteed?", ranked, text).startswith(f"{ranked[1].text} [1]")
    # ...which "how much of" (a share of a whole) does not ask for
    assert _answer("How much of the water does Tarsene want?", ranked, text).startswith(f"{ranked[0].text} [1]")


@pytest.mark.parametrize(
    ("question", "reason_leads"),
    [
        ("Why won't Tavrona offer more sugar?", True),
        # ...by a common word of the question: one that names only its people tells nothing of what it asks about
        ("Why did Tavrona walk out?", False),
    ],
)
def test_the_sentence_before_a_reason_may_tell_the_event_a_why_question_asks_about(
    question: str, reason_leads: bool
) -> None:
    offered = "Tavrona has offered a sugar quota of 60,000 tonnes, a third of the request."
    reason = "Mr Mendavi has argued that the cane growers are fragile and cannot absorb a surge."
    ranked, text = _two(offered, reason, (0.9, 0.6))
    assert (_answer(question, ranked, text) == f"{reason} [1]") is reason_leads


def test_a_person_a_pronoun_stands_for_is_named_with_the_given_names_before_the_surname() -> None:
    introduced = "Konrad Asch, the federation's president, is entitled to his view."
    briefed = "He was briefed before we signed anything."
    text = f"{introduced} {briefed}"
    ranked = [Candidate(1, len(introduced) + 1, briefed, 0.9, text, True)]
    passage = Passage(id="p1", doc_id="d", title="T", section="S", party=None, start=0, end=len(text), text=text)
    hits = [ScoredPassage(passage=passage, score=0.6)]
    answer = "".join(ExtractiveGenerator(FixedRanking(ranked), frozenset({"asch"})).stream("Who was briefed?", hits))
    assert answer.startswith("[Konrad Asch] was briefed"), answer
    # ...but no title ("President Asch") and no word of English ("Yesterday Asch") is a given name
    for before in ("President Asch spoke first.", "Yesterday Asch spoke first."):
        text = f"{before} {briefed}"
        ranked = [Candidate(1, len(before) + 1, briefed, 0.9, text, True)]
        passage = passage.model_copy(update={"text": text, "end": len(text)})
        hits = [ScoredPassage(passage=passage, score=0.6)]
        said = "".join(ExtractiveGenerator(FixedRanking(ranked), frozenset({"asch"})).stream("Who was briefed?", hits))
        assert said.startswith("[Asch] was briefed"), said


CHANGE = "On Thursday, Orvanda said it would accept joint boarding teams, provided rival boats faced the same checks."
FAR = "The stakes are considerable for both economies."


def _then_change(first: str, question: str) -> str:
    """The answer when `first` leads, the next passage of its document opens with `CHANGE`, and `FAR`, further
    on, ranks between them."""
    texts = {1: first, 2: CHANGE, 3: FAR}
    starts = {1: 0, 2: len(first) + 1, 3: len(first) + len(CHANGE) + 40}
    hits = [
        ScoredPassage(
            passage=Passage(
                id=f"p{n}",
                doc_id="d",
                title="T",
                section="S",
                party=None,
                start=s,
                end=s + len(texts[n]),
                text=texts[n],
            ),
            score=0.5,
        )
        for n, s in starts.items()
    ]
    ranked = [Candidate(n, 0, texts[n], score, texts[n], True) for n, score in ((1, 0.9), (3, 0.5), (2, 0.2))]
    return "".join(ExtractiveGenerator(FixedRanking(ranked)).stream(question, hits))


def test_a_lead_that_tells_what_held_until_now_is_followed_by_the_change_the_next_passage_opens_with() -> None:
    before = "Ambrevel had until now refused to let foreign inspectors board its boats."
    assert _then_change(before, "Did Orvanda budge on inspections?").startswith(f"{before} [1] {CHANGE} [2]")
    # ...not when the past perfect is of a clause inside it: what that clause says held is no lead's news
    inside = "Quessary will respond on tracking, which Sallowmere had previously insisted it must run."
    assert CHANGE not in _then_change(inside, "What had Quessary insisted on?")


def test_why_leads_with_a_close_act_the_question_names_when_a_quote_justifying_it_follows() -> None:
    story = "Quessary and Orvanda ended a third round of talks without a deal on quotas."
    act = "Quessarian delegates rejected the offer within hours."
    quote = '"An even split rewards the side that has fished hardest," Marrowan said.'
    text, at = f"{story} {act} {quote}", (0, len(story) + 1, len(story) + len(act) + 2)
    ranked = [Candidate(1, s, t, p, t, True) for s, t, p in zip(at, (story, act, quote), (0.8, 0.45, 0.2), strict=True)]
    asked = "Why did Quessary turn down the even split?"
    assert _answer(asked, ranked, text) == f"{act} [1] {quote} [1]"
    # ...not when the sentence after it quotes no one: the act alone is no reason
    told = "Marrowan said an even split rewards the side that has fished hardest."
    ranked[2] = Candidate(1, at[2], told, 0.2, told, True)
    assert _answer(asked, ranked, f"{story} {act} {told}").startswith(f"{story} [1]")


def test_a_lead_that_sums_up_a_group_is_followed_by_the_sentence_after_it_that_names_them() -> None:
    summed = "By the end of July, the two sides had worked out many of the most vexing problems."
    assert _then_change(summed, "What did they resolve by July?").startswith(f"{summed} [1] {CHANGE} [2]")
    # ...not one that says how many: it names them in its own words
    counted = "By the end of July, the two sides had settled 3 of the most vexing problems."
    assert CHANGE not in _then_change(counted, "What did they resolve by July?")


def test_a_short_lead_is_followed_by_the_sentence_its_paragraph_goes_on_with() -> None:
    short = "The quarrel hurt third parties as well."
    assert _then_change(short, "What stake did Orvanda have in it?").startswith(f"{short} [1] {CHANGE} [2]")
    # ...not a quotation or a stance, which say their whole piece
    for whole in ('"That was a real shift," Marrowan said.', "Orvanda defended the offer as fair."):
        assert CHANGE not in _then_change(whole, "What stake did Orvanda have in it?")
