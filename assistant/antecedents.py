"""What a sentence is read with: the sentence before it, when it opens with a pronoun ("He asked for…"), answers
it with no object of its own ("Envoy Tausk declined, …") or goes on with a quotation the sentence before opened,
since that sentence says who is meant or speaking, or what was declined, or opens with "the" and a shell noun
("The aim is to cut…": the aim of what that sentence told); where the sentence itself begins in
what it is read with; and the sentence before one that refers back to it by "the" and a shell noun ("the
plan"). Reads text; scores and rewrites nothing."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from assistant.chunking import RESPONDS_TO_BEFORE, sentences_of
from assistant.english import PAST_TENSE, SHELL_NOUNS
from assistant.layout import questions_answered
from assistant.models import Passage

# A sentence that opens with a pronoun ("He said…", "Now they are targeting…") is read with the sentence
# before it, which says who "he" or "they" is.
_PERSONAL = r"he|she|they|it|his|her|their|its"  # English's personal and possessive pronouns of the third person
PRONOUN_LED = re.compile(rf"\W*(?:(?:[\w,]+\s+){{0,3}}?(?:{_PERSONAL}|this|these|those)|that)\b", re.I)
# ...as is one whose object is "them" or "him" ("Kestravan security forces arrested them on 3 August"): whom they
# stand for is named before.
# ...and one that gives a figure to "the figure" or "the number" ("The draft now sets the figure at 350."): English's
# general nouns of quantity, which refer back as pronouns do (Halliday & Hasan, Cohesion in English, §6.4), not
# "the number of" what it counts
# A sentence that goes on with a quotation ('…," Zelensky said. – I'm making it clear: … Ukraine."'): it opens
# with a dash, or closes a quotation mark it never opened. Its speaker is named in the sentence before.
OPENS_WITH_DASH = re.compile(r"\s*[–—]\s")
# A sentence whose subject is a personal pronoun ("He said…", "It proposed…"): whom it is about, and who says
# it, is named in the sentence before.
OPENS_WITH_SUBJECT = re.compile(r"\W*(he|she|they|He|She|They|It)\b")


def with_antecedent(passage: str, start: int, end: int) -> str:
    """The sentence `passage[start:end]`, led by the sentence before it when it opens with a pronoun, answers it
    with no object of its own, or goes on with a quotation."""
    leans = (
        PRONOUN_LED.match(passage, start)
        or _OPENS_WITH_SHELL.match(passage, start)
        or RESPONDS_TO_BEFORE.match(passage, start)
        or REFERS_BACK.search(passage, start, end)
    )
    if start == 0 or not (leans or continues_quote(passage[start:end])):
        return passage[start:end]
    before = [s for s, e in sentences_of(passage) if e <= start]
    return passage[before[-1] : end] if before else passage[start:end]


_CLOSING = re.compile(r"""[\w,.?!;:'’]"(?=\s)""")  # a straight quotation mark right after a word closes a quotation


def continues_quote(sentence: str) -> bool:
    """Whether `sentence` goes on with a quotation the sentence before opened: it closes a quotation mark it never
    opened, at its end or before the rest of the sentence ('…do not have," said Dariusz Kovelant.')."""
    straight = sentence.count('"') % 2 == 1 and not sentence.lstrip().startswith('"')
    closes = straight and (sentence.rstrip().endswith('"') or bool(_CLOSING.search(sentence)))
    return closes or sentence.count("”") > sentence.count("“") or bool(OPENS_WITH_DASH.match(sentence))


def with_quotes_closed(sentence: str) -> str:
    """`sentence` quoted on its own with its quotation marks in pairs: one that goes on with a quotation opened
    before opens it again ('A principle cannot."' -> '"A principle cannot."', a dash that marks the speech
    dropped), and one that opens a quotation the next sentence goes on with closes it ('"Fifty-fifty is not
    a trick.' -> '"Fifty-fifty is not a trick."')."""
    if sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”"):
        return sentence
    if continues_quote(sentence):
        mark = "“" if sentence.count("”") > sentence.count("“") else '"'
        return mark + OPENS_WITH_DASH.sub("", sentence, count=1).lstrip()
    return sentence + ("”" if sentence.count("“") > sentence.count("”") else '"')


def own_start(context: str, sentence: str) -> int:
    """Where `sentence` begins in its `context`: after its antecedent, or at the context's last sentence when a
    name was written into it ("Our proposal is nine years." read as "Sendara's proposal is nine years.")."""
    if context.endswith(sentence):
        return len(context) - len(sentence)
    return max((start for start, _ in sentences_of(context)), default=0)


# A name right after a verb's past form ("…the head of state appointed Edda Lundqvist") is its object, whom a "he"
# or "she" of the next sentence does not mean; after a verb of saying it is the subject, inverted as a reporting
# clause is ('"…," said Lundqvist', Quirk et al. §14.29).
_AFTER_VERB = re.compile(rf"\b({PAST_TENSE})\s+(?:former\s+)?(?:[A-Z][\w'’.-]*\s+)*$")
_INVERTED = frozenset("said added asked replied wrote noted explained continued insisted".split())


def object_of_verb(sentence: str, start: int) -> bool:
    """Whether the name at `start` of `sentence` is the object of the verb before it."""
    verb = _AFTER_VERB.search(sentence[:start])
    return verb is not None and verb[1] not in _INVERTED


# "The union says the plan would cost about 1,400 jobs": "the plan" (a shell noun after "the") is the one the
# sentence before names ("…automation at North Quay")
# ...as "the meeting" is the one it tells of ("…have gone into a side room with no officials present. The meeting
# lasted 45 minutes."): English's nouns for a sitting of talks, and for the visit that brings one about
_MEETINGS = "meeting|session|sitting|encounter|visit|trip"
_SHELL = rf"(?:{'|'.join(sorted(SHELL_NOUNS))}|{_MEETINGS})"
_SHELL_BACK = re.compile(rf"(?i)\bthe\s+{_SHELL}\b")
# ...and so is one that names a shell noun (or a meeting) by a demonstrative ("Tarrant called that proposal 'a pay
# cut…'", "Pellow rejects that description"): a demonstrative refers back (Halliday & Hasan, Cohesion in English,
# §2.4), as one alone does that a figure changes ("management raised that to 4.8 per cent": the offer told before)
REFERS_BACK = re.compile(
    rf"\b(?:them|him)\b|\bthe\s+(?:figure|number|sum|amount|total)\b(?!\s+of\b)|\b(?:that|this|these|those)\s+{_SHELL}\b"
    r"|\b(?:that|this)\s+(?:(?:up|down)\s+)?(?:to|by)\s+[$€£]?\d",
    re.I,
)
# A sentence that opens with "the" and a shell noun ("The aim, according to the communiqué, is to cut…") says what
# the sentence before told of.
_OPENS_WITH_SHELL = re.compile(rf"\W*The\s+{_SHELL}\b")


def referred_back(context: str, passage: str) -> str:
    """The sentence before `context` in `passage` when `context` refers back to it by "the" and a shell noun, else
    the empty string."""
    at = passage.find(context)
    if at <= 0 or not _SHELL_BACK.search(context):
        return ""
    before = passage[:at]
    spans = sentences_of(before)
    return before[spans[-1][0] : spans[-1][1]] if spans else ""


def with_question(context: str, sentence: str, text: str, question: str | None) -> str:
    """`context` (`sentence` of `text` with what it is read with) led by the `question` the passage answers, or
    the sentence before it (`read_after`), when the sentence opens with a pronoun (or "the" and a shell noun) and
    nothing before it in the passage says what it stands for ("Who will run that monitoring group?" / "MINISTER
    ORTANSE: Ansgar Pohl… will chair it… It will meet every quarter.")."""
    leans = PRONOUN_LED.match(sentence) or _OPENS_WITH_SHELL.match(sentence)
    return f"{question} {context}" if question and leans and text.startswith(context) else context


# A pronoun as a sentence's subject: a personal one, or a demonstrative before a verb ("That changed on…", not
# "This union…"); not in a quotation, whose "that" is what the speaker has in mind.
_SUBJECT_PRONOUN = re.compile(
    rf"[^\w\"“]*(?:(?:he|she|they|it)\b|(?:this|that|these|those)\s+(?:{PAST_TENSE}|is|was|are|were|has|had|will|would)\b)",
    re.I,
)


# ...or a personal pronoun among its first words ("Geologists estimate it holds…", "Its board will…")
_EARLY_PRONOUN = re.compile(rf"[^\w\"“]*(?:[\w,]+\s+){{0,3}}?(?:{_PERSONAL}|them|him)\b", re.I)


def read_after(passages: Sequence[Passage]) -> dict[str, str]:
    """For each passage, what its opening pronoun may stand for when nothing in it says: the questioner's turn it
    answers (`questions_answered`), else the last sentence of the passage before it in its document ("For more
    than twenty years the Valdrian crown collected a modest transit duty at Brennhaven…" / "That changed on
    1 March 1838, when…"), as for one opening with "the" and a shell noun ("The visit marked a turning point…")."""
    before: dict[str, str] = {}
    ordered = sorted(passages, key=lambda p: (p.doc_id, p.start))
    for previous, passage in itertools.pairwise(ordered):
        leans = (
            _SUBJECT_PRONOUN.match(passage.text)
            or _EARLY_PRONOUN.match(passage.text)
            or _OPENS_WITH_SHELL.match(passage.text)
        )
        if previous.doc_id != passage.doc_id or not leans:
            continue  # ...split into sentences only where needed: this runs over every passage at load
        sentences = [previous.text[b:e] for b, e in sentences_of(previous.text)]
        if sentences:
            person = _PERSON_LED.match(passage.text)
            before[passage.id] = _named_before(sentences) if person else sentences[-1]
    return before | questions_answered(ordered)


# "he" or "she" opening a sentence, or saying its quote ('"…," she said in Saldern.'), or a quote that says no one
_PERSON_LED = re.compile(r"[^\w\"“]*(?:he|she)\b", re.I)
_PERSON_SAID = re.compile(r"[”\"],?\s+(?:he|she)\s+[a-z]+|^\s*[\"“][^\"”]*[\"”]\s*$", re.I)


def _named_before(sentences: list[str]) -> str:
    """Of the `sentences` before a "he" or "she", the nearest that is not itself said by "he" or "she" or an
    unattributed quote: the chain of pronouns goes back to where the person was named ("Dalia Ferrant… wants…"
    / '"A lower rate…," she said.' / '"It is aimed at our companies…"' / "She has also asked…")."""
    for sentence in reversed(sentences):
        if not (_PERSON_LED.match(sentence) or _PERSON_SAID.search(sentence)):
            return sentence
    return sentences[-1]
