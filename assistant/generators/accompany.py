"""What the answer's lead sentence brings with it: the quote that it only reports, the rest of a quotation it
opens, the change after what it says held "until now", the names after a sentence that sums up a group, and, for
"why", the reason of a consequence it states or the quote that justifies an act it tells; whether a sentence says
why in its own words or tells the act asked about, and whether one is the next of its document (`follows`); the
sentences a text numbers as a list, in its order (`in_listed_order`). Picks and orders sentences; ranks and
writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.antecedents import OPENS_WITH_SUBJECT, continues_quote
from assistant.chunking import CONSEQUENCE, sentences_of
from assistant.condense import own_words
from assistant.english import PAST_TENSE, QUOTED, plain_verbs
from assistant.holds import Synonyms, share
from assistant.lexicon import Lexicon, stems, words
from assistant.models import ScoredPassage
from assistant.ordinals import ORDINALS
from assistant.question import read
from assistant.question_forms import topic_words
from assistant.ranking import ASKS_WHY, FIGURE, Candidate
from assistant.speakers import ASKS_WORDS, SAID_BY_PRONOUN, STANCE
from assistant.tense import topic_verbs

Quote = Callable[[list[ScoredPassage], Candidate], str]  # how a sentence is quoted (`Brackets.quoted`)

# English's subordinators of reason and purpose and their phrasal equivalents (Quirk et al. §15.45-15.49: "because",
# "due to", "so that", "in order to"), a justification given ("on the grounds that", "arguing that", "citing") and
# the pressure someone acted under ("under pressure from"), and what a concession was made for (the complex
# prepositions of exchange, Quirk et al. §9.10: "accepted the lower figure in exchange for a training centre"): the
# narrower part of `ranking.REASON`, without the verbs of belief and the connectives that lead a consequence.
CAUSE = re.compile(
    r"(?i)\b(?:because|due\s+to|owing\s+to|on\s+the\s+grounds?|as\s+a\s+result\s+of|in\s+order\s+to|so\s+as\s+to|"
    r"in\s+(?:exchange|return)\s+for|"
    r"so\s+that|for\s+fear|citing|argu(?:es|ed|ing)|given\s+that|to\s+avoid|to\s+prevent|"
    r"under\s+(?:the\s+)?pressure\s+(?:from|of))\b"  # "…under pressure from the timber houses, agreed…"
)
# What held until a change the text goes on to tell: a subject and the past perfect with "until now", "until
# then", "until recently", "long", "always" or "previously" ("Ambrevel had until now refused to let foreign
# inspectors board…"); not a clause inside the sentence ("…, which Sallowmere had previously insisted…").
UNTIL_CHANGED = re.compile(
    rf"(?i)\W*(?:[\w'’.-]+\s+){{1,4}}?had\s+(?:until\s+(?:now|then|recently)|long|always|previously)\s+"
    rf"(?:been|{PAST_TENSE})\b"
)
_BETWEEN_SENTENCES = 2  # characters between a sentence and the next: a space, or two
SHORT_LEAD = 60  # characters: a sentence this short states one thing, of which its paragraph may go on to tell
FRONT = ("Title", "Lede", "Byline")
_ALL_QUOTED = re.compile(r'\s*(?:"[^"]+"|“[^“”]+”)\s*')  # a sentence that is a quotation and nothing else


# "Why does X say (argue, claim, insist, believe)…?": English's verbs of saying and of thinking after the subject
ASKS_OWN_REASON = re.compile(
    r"(?i)^\W*why\s+(?:does|do|did|is|are|was|were|has|have|had|would|will)\s+[^?]*?\b(?:say|saying|argue|arguing|"
    r"claim|claiming|insist|insisting|contend|contending|maintain|maintaining|believe|think)\b"
)


def gives_cause(question: str, c: Candidate, lexicon: Lexicon, synonyms: Synonyms, before: str = "") -> bool:
    """Whether `c` says why in its own words, not a speaker's quoted ones, of what the question asks about (a
    third of its topic words and one of its common words, since a why-question tells the event in its own words,
    with the sentence `before` it, which may tell the event: "Port Calder has offered 60,000 tonnes." then "Mr
    Mendavi has argued that Tavrona's cane growers… cannot absorb a sudden surge."): "…the conference failed to
    materialize due to French resistance"."""
    # a quotation gives the speaker's reason, not the text's
    quotation = c.text.lstrip().startswith(('"', "“")) or continues_quote(c.text)
    said = "" if quotation else QUOTED.sub("", c.text)
    if not CAUSE.search(said):
        return False
    topic, told = topic_words(question), f"{before} {c.context}"
    # "Why does the port's chief executive say…?" asks the reason of the one party it names, which a sentence naming
    # only another ("…the union asked for…, arguing that…") does not give
    if ASKS_OWN_REASON.search(question):
        asked, said_by = lexicon.parties_in(question), lexicon.parties_in(c.context)
        if len(asked) == 1 and said_by and not asked & said_by:
            return False
    # ...of what the question asks by one of its common words, not only of the people it names ("Why did the Senate
    # never ratify SALT II?": not "Reagan… agreed to abide by SALT II… and argued that research into SDI adhered…")
    common = tuple(common_words(question))
    if common and not share(common, told, lexicon, synonyms):
        return False
    # ...with the sentence before only where that tells of something the question names by a common word, not
    # only of the people it names, whom many sentences around name
    return share(topic, c.context, lexicon, synonyms) >= 1 / 3 or (
        bool(before)
        and share(topic, told, lexicon, synonyms) >= 1 / 3
        and bool(set(stems(common_words(question))) & set(stems(words(told))))
    )


def whole_answer(question: str, lead: Candidate, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `lead` is the whole answer: it holds the kind of answer asked for (a date, a number, a name:
    `ask.Ask.wants`) and every word of what it is asked of (`ask.Ask.topic`, without the words that ask, "how long"
    or "price tag"; else the question's topic words): "When did Russia annex Crimea?" is "In 2014, Russia annexed
    Crimea, a peninsula in the Black Sea.", and a further sentence, however it ranks, would only tell more. Not what
    someone said ("What does Russia say about…?"), which one sentence that names the speaker may not be all of."""
    ask = read(question)
    return (
        lead.meets
        and ask.wants is not None
        and share(ask.topic or topic_words(question), lead.text, lexicon, synonyms) == 1
    )


def sentence_before(c: Candidate, hits: list[ScoredPassage]) -> tuple[int, int] | None:
    """Where the sentence before `c` in its passage lies, if any."""
    passage = hits[c.n - 1].passage.text
    return next((span for span in reversed(sentences_of(passage)) if span[1] <= c.start), None)


def reason_before(question: str, lead: Candidate, hits: list[ScoredPassage]) -> list[Candidate]:
    """For "why", the sentence before the lead when the lead states a consequence of it ("During the drought of
    2024 … farmers had lost the rice harvest." then "Dravonia therefore asked…"): the reason is said there."""
    if not ASKS_WHY.search(question) or not CONSEQUENCE.match(lead.text):
        return []
    before = sentence_before(lead, hits)
    if before is None:
        return []
    passage, (start, end) = hits[lead.n - 1].passage.text, before
    return [Candidate(lead.n, start, passage[start:end], lead.score, passage[start:end], lead.meets)]


def quote_after(question: str, lead: Candidate, ranked: list[Candidate]) -> list[Candidate]:
    """The sentence after the lead when it quotes what the lead reports ('Kallenbrook defended the offer as fair.'
    then '"Our fishermen have as much right…," he said.'): the lead says that someone spoke, the quote what; or
    when the question asks what someone said and it goes on with the words the lead quotes, unattributed as news
    writes them, about something the question names ('"…overfishing," Commissioner Amara Lisswell told this
    magazine.' then '"We are asking for a formula that follows the fish."' for "…about the formula?")."""
    after = [c for c in ranked if c.n == lead.n and c.start > lead.start]
    follow = min(after, key=lambda c: c.start, default=None)
    if follow is None or not follow.text.lstrip().startswith(('"', "“")):
        return []
    quoted_on = bool(QUOTED.search(lead.text) and _ALL_QUOTED.fullmatch(follow.text))
    # ...of what was asked about, by one of its common words ("…about the formula": "…a formula that follows the
    # fish"), not by a name, which every line of a party's speaker may say
    on_topic = set(stems(common_words(question))) & set(stems(words(follow.text)))
    goes_on = quoted_on and bool(ASKS_WORDS.search(question)) and bool(on_topic)
    return [follow] if SAID_BY_PRONOUN.search(follow.text) or goes_on else []


def justified_after(lead: Candidate, ranked: list[Candidate], hits: list[ScoredPassage]) -> list[Candidate]:
    """The sentence after the lead in its document when it opens a quotation, the words someone justified what the
    lead tells with ("Quessarian delegates rejected the offer within hours." then '"An even split rewards the side
    that has fished hardest…," Marrowan said.'): news tells an act, then quotes its reason."""
    return [c for c in sentence_after(lead, ranked, hits) if c.text.lstrip().startswith(('"', "“"))]


def tells_act(question: str, c: Candidate, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `c` tells the act the question's verb names ("Why did Quessary turn down…?": "…rejected…")."""
    act = topic_verbs(tuple(topic_words(plain_verbs(question))))[:1]
    return bool(act) and share(tuple(act), plain_verbs(c.text), lexicon, synonyms) == 1


# A sentence that tells of some or all of a group and names none of them ("…had worked out many of the communiqué's
# most vexing problems.", "Neither envoy was thanked at home."): English's quantifiers before "of" and a definite
# group, and "neither" (Quirk et al. §5.22-5.26); the sentence after it names them.
SUMMED_UP = re.compile(
    r"(?i)\b(?:(?:many|several|some|most|all|each|none|both)\s+of\s+(?:the|its|their|\w+['’]s)|neither\s+[a-z]+)\b"
)


def named_after(lead: Candidate, ranked: list[Candidate], hits: list[ScoredPassage]) -> list[Candidate]:
    """The sentence after the lead in its document when the lead only sums up a group it names none of ("U.S. and
    PRC officials had worked out many of the communiqué's most vexing problems." then "Chinese officials dropped
    their insistence…"): the group's members are named there."""
    # ...or a short one that only opens what its paragraph goes on to tell ("The quarrel hurt third parties as
    # well." then "Ludmerian ships carried much of the sea trade…"): not a quotation or a stance ("Kallenbrook
    # defended the offer as fair."), which say their whole piece, nor a headline or byline
    said = QUOTED.search(lead.text) or STANCE.search(lead.text) or hits[lead.n - 1].passage.section in FRONT
    opens = len(lead.text) < SHORT_LEAD and not said
    summed_up = (SUMMED_UP.search(lead.text) or opens) and not FIGURE.search(lead.text)
    return sentence_after(lead, ranked, hits) if summed_up else []


def change_after(lead: Candidate, ranked: list[Candidate], hits: list[ScoredPassage]) -> list[Candidate]:
    """The sentence after the lead in its document, in its passage or opening the next one retrieved, when the
    lead tells what held until a change ("Ambrevel had until now refused to let foreign inspectors board…" then
    "On Thursday… Orvanda would accept joint boarding teams…"): the change is told there."""
    return sentence_after(lead, ranked, hits) if UNTIL_CHANGED.match(lead.text) else []


def sentence_after(lead: Candidate, ranked: list[Candidate], hits: list[ScoredPassage]) -> list[Candidate]:
    """The sentence after `lead` in its document, in its passage or opening the next one retrieved, if any."""
    return [c for c in ranked if follows(c, lead, hits)][:1]


def follows(c: Candidate, before: Candidate, hits: list[ScoredPassage]) -> bool:
    """Whether `c` is the sentence after `before` in their document, in its passage or opening the next one."""
    one, other = hits[before.n - 1].passage, hits[c.n - 1].passage
    # the next sentence starts after no more than the space between two sentences
    gap = other.start + c.start - (one.start + before.start + len(before.text))
    return one.doc_id == other.doc_id and 0 < gap <= _BETWEEN_SENTENCES


def common_words(question: str) -> list[str]:
    """The question's own topic words it writes in lower case, not names, nor the context of the question before."""
    asked = own_words(question)
    return [w for w in topic_words(asked) if re.search(rf"\b{re.escape(w)}\b", asked)]


def quote_whole(c: Candidate, hits: list[ScoredPassage]) -> Candidate:
    """`c` with the rest of a quotation it opens and does not close ('"We will count our missiles.' then 'You
    may count them from the sky. Nobody will count them in our cellars," he said'), up to three sentences on."""
    if not c.text.lstrip().startswith(('"', "“")) or (c.text.count('"') % 2 == 0 and "“" not in c.text):
        return c
    passage = hits[c.n - 1].passage.text
    after = [span for span in sentences_of(passage) if span[0] > c.start]
    for _, end in after[:3]:
        rest = passage[c.start + len(c.text) : end]
        if rest.count('"') % 2 == 1 or "”" in rest:
            return replace(c, text=passage[c.start : end])
    # ...or to the passage's end, where the quotation goes on past it
    return replace(c, text=passage[c.start : after[-1][1]]) if 0 < len(after) <= 3 else c


# A sentence that a text numbers as one of a list: "First, all three governments initialled…", "Second, they…".
LISTED = re.compile(rf"\W*(?:{ORDINALS}|finally|lastly)(?:ly)?\b,?", re.I)


def in_listed_order(chosen: list[Candidate], hits: list[ScoredPassage]) -> list[Candidate]:
    """`chosen`, with the sentences a text numbers as a list together, in the text's order ("First, …" then
    "Second, …"), where the first of them stood."""
    listed = [i for i, c in enumerate(chosen) if LISTED.match(c.text)]
    if len(listed) < 2:
        return chosen
    where = {(c.n, c.start): (hits[c.n - 1].passage.doc_id, hits[c.n - 1].passage.start + c.start) for c in chosen}
    ordered = sorted((chosen[i] for i in listed), key=lambda c: where[c.n, c.start])
    others = [c for i, c in enumerate(chosen) if i not in listed]
    return others[: listed[0]] + ordered + others[listed[0] :]


def dangling(c: Candidate, quote: Quote, chosen: list[Candidate], hits: list[ScoredPassage]) -> bool:
    """Whether `c`, as `quote` words it, opens with a pronoun left unnamed ("They employ more people than…") and
    stands right after none of the `chosen` sentences in its passage: said further down an answer, it names
    nothing. Only a sentence that opens with a pronoun is quoted to see: quoting names nothing else."""
    if not OPENS_WITH_SUBJECT.match(c.text):
        return False
    passage = hits[c.n - 1].passage.text
    after = any(x.n == c.n and not passage[x.start + len(x.text) : c.start].strip() for x in chosen)
    return not after and bool(OPENS_WITH_SUBJECT.match(quote(hits, c)))
