"""What a question asks for, read from English question grammar alone: the kind of answer it wants (a date,
a number, a name), the role or thing it asks about (its focus), and whose it is.

"Who was Argentina's foreign minister?" wants a name, in a sentence that speaks of a foreign minister of
Argentina; "How many ships were sunk?" wants a number, in a sentence about ships; "When did the talks
resume?" wants a date. The rules are the wh-words of English and the shapes that follow them; no word of any
document is listed here. `Ask.met_by` says whether one sentence holds what the question asks for, so that the
judge refuses when no retrieved sentence does and the generator leads with one that does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.english import DATE_FRAME, RANK_ADJECTIVES, REPORTING_VERBS, verb_pattern
from assistant.lexicon import QUESTION_FRAME, STOPWORDS, Lexicon, stems, words
from assistant.names import QUOTE_BEFORE

DATE = re.compile(
    r"\b(?:1[5-9]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:this|last|next)\s+(?:week|month|year))\b"
)
# A number as an answer to "how many/much/long": digits (not a year) or an English number word.
NUMBER = re.compile(
    r"\b(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*\b|%|\b(?:half|twice|double|triple|dozens?|hundreds?|thousands?|millions?|"
    r"billions?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)\b",
    re.I,
)
ASKS_DATE = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:when\b|(?:in|on|by)\s+what\s+(?:date|day|year|month)|"
    r"what\s+(?:date|day|year|month)|which\s+(?:date|day|year|month))"
)
ASKS_QUANTITY = re.compile(r"(?i)\bhow\s+(?:many|much|big|large|old)\b|\bwhat\s+(?:percentage|share|number)\b")
_QUANTITY_FRAME = frozenset("big large old".split())  # "How large is…" asks for a figure, not about size
ASKS_DURATION = re.compile(r"(?i)\bhow\s+(?:long|far\s+back|soon)\b")
# A span of time as English states it: a number or date, "since …", or a unit of time.
DURATION = re.compile(
    r"\b(?:since|until|ago|century|centuries|decades?|years?|months?|weeks?|days?|hours?|fortnight)\b", re.I
)
# "how many fishing boats", "how much cash": what is counted follows, up to a function word.
_COUNTED = re.compile(r"(?i)\bhow\s+many\s+([\w\s'’-]+)")
# "Which treaty did…", "What war ended…": the kind of thing whose name is asked for.
_WHICH = re.compile(
    r"^\W*(?i:(?:and|so|but)\s+)?(?i:which)\s+(?P<kind>(?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?i:did|does|do|is|was|are|were|has|have|had|will|would|can|could|[a-z]+ed|in|of|on|at|from|for|to)\b"
)
# "What was the name of the hotel…": a name, beside the kind it names.
_NAME_OF = re.compile(
    r"(?i)^\W*what(?:'s|’s|\s+is|\s+was|\s+were|\s+are)\s+the\s+names?\s+of\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<kind>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b"
)
# Kinds too general to be named in the answer's sentence ("Which country…" is answered by "Valmoran-brokered").
GENERIC_KINDS = frozenset(
    "side sides country countries city cities town towns place places state states nation nations party parties "
    "one ones people person group groups thing things part parts area areas region regions".split()
)
_ABBREVIATION = re.compile(r"[A-Z][A-Z.]+")
_WHO = re.compile(r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:who|whom)\b")
# "who is/was [the] [X's] ROLE [of Y]": the role and its owner.
_WHO_ROLE = re.compile(
    r"(?i)^\W*who\s+(?:is|was|are|were|'s|’s)\s+(?:the\s+|a\s+|an\s+|(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)"
    r"(?:'s|’s|')\s+)(?P<role>[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[A-Z][\w.]*)){0,3}?)(?:\s+(?:of|for|in|at|to|during|while|when|under)\s+"
    r"(?:the\s+)?(?P<of>[\w' ’.-]+?))?\s*(?:\(|\?|$)"
)
# A question about where the document itself comes from ("Which newspaper is this analysis from?"): a word
# for a publisher and a word for this text. Not "who wrote it", which the byline answers like any question.
_PUBLISHER = (
    r"\b(?:newspaper|paper|publication|outlet|news\s*(?:site|outlet|agency)|media|magazine|publisher|published|"
    r"ran|carried)\b"
)
_THIS_TEXT = (
    r"\b(?:this|the|that)\s+(?:article|analysis|piece|story|report|text|document|column|op-ed)\b|\b(?:this|it)\b"
)
ASKS_SOURCE = re.compile(rf"(?i)^(?=.*{_PUBLISHER})(?=.*(?:{_THIS_TEXT}))\W*(?:which|what|where|who)\b")
# A sentence that names where a text comes from: "…, writes The Washington Post.", "according to Reuters".
ATTRIBUTION = re.compile(
    r"\b(?:writes|wrote|reports|reported|according\s+to|published\s+(?:by|in))\s+(?:the\s+)?[A-Z][\w.&'-]*"
)
# A name: a capitalised word ("Kallenbrook", "SSC"), not counting an opening word that is a common word.
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*[\w]")
MIN_TOPIC_SHARE = 0.5  # a sentence is about the question when it holds this share of its words
ENOUGH_WORDS = 3
TOPICAL = ("date", "number")  # kinds of answer that must come with what they are the date or number of
# "What did X say/think…", "How did X react/respond…", "X's position/view/reaction": whose words are asked for.
_SPEAKER = re.compile(
    r"^\W*(?i:(?:and|so|but)\s+)?(?i:what|how)\s+(?:did|does|do|has|have|had|was|is|were)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:(?:'s|’s)\s+[a-z]+(?:\s+[a-z]+)?)?)\s+"
    r"(?:say|said|think|thought|react|respond|reply|feel|make\s+of|view|see|tell|describe|characteri[sz]e|call|justify|explain)\b"
    r"|^\W*(?i:what)\s+(?:was|is|were|are)\s+(?P<who2>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)(?:'s|’s)\s+"
    r"(?:position|view|stance|reaction|response|attitude|take)\b"
)
_NAME_RUN = re.compile(r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
# A name, then within a few words a verb by which a text reports what someone said, wanted or did in words.
_SAYS = re.compile(rf"[^.;]{{0,60}}?\b(?:{verb_pattern(REPORTING_VERBS)})\b")  # lower case: "State" names a college

Synonyms = Callable[[list[str], list[str]], set[str]]


@dataclass(frozen=True)
class Ask:
    """What a question asks for, as requirements on one sentence that answers it:
    - `wants`: the kind of answer ("date", "number", "duration", "name"), which the sentence must state anew
      (not a date, number or name the question itself gives);
    - `topic`: for a date or number, the question's content words, of which the sentence (with its
      antecedent) must hold half (three of more than six), as such, respelled or by a near-synonym: the date
      must be the date of what was asked about;
    - `counted`: what "how many" counts, whose head noun the sentence must hold ("fishing boats": boats);
    - `role`: the role asked about ("foreign minister"), whose head noun and half of whose other words the
      sentence must hold, and its `owner` ("Argentina"), whom the passage must name and no other owner hold
      the role in the sentence; a `kind` ("Which treaty…") may instead be half named;
    - `speaker`: whose words or reaction are asked for ("What did Orlando say…", "How did Japan respond…"):
      the sentence must have them state, say or do something about it (a stance or reporting verb)."""

    wants: str | None = None
    topic: tuple[str, ...] = ()
    counted: tuple[str, ...] = ()
    role: tuple[str, ...] = ()
    owner: str | None = None
    speaker: str | None = None
    kind: bool = False  # the role is a kind ("Which treaty…"), which the answer may name by a narrower word
    asked: frozenset[str] = frozenset()  # the question's own words: an answer must bring something new

    def describe(self) -> str:
        """What was asked for, in words: "a date", "a name for foreign minister"."""
        kinds = {"date": "a date", "number": "a number", "duration": "a span of time", "name": "a name"}
        kind = kinds.get(self.wants or "", "")
        about = " ".join(self.role) or (f"what {self.speaker} said or did" if self.speaker else "")
        return " for ".join(x for x in (kind, about) if x) or "what was asked"

    @property
    def demanding(self) -> bool:
        return self.wants is not None or self.speaker is not None or bool(self.role)

    def met_by(self, sentence: str, context: str, passage: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
        """Whether `sentence` (read with `context`, its antecedent sentence, and in its `passage`) holds what
        was asked."""
        if self.wants == "date" and not any(m.group().lower() not in self.asked for m in DATE.finditer(sentence)):
            return False
        if self.wants == "number" and not any(m.group().lower() not in self.asked for m in NUMBER.finditer(sentence)):
            return False
        if self.wants == "duration" and not (
            DATE.search(sentence) or NUMBER.search(sentence) or DURATION.search(sentence)
        ):
            return False
        if self.wants == "name" and not _new_names(sentence, self.asked, lexicon, bool(self.role)):
            return False
        if self.counted and not _holds_head(self.counted, context, lexicon, synonyms):
            return False
        if self.role:
            if not (
                _holds_head(self.role, sentence, lexicon, synonyms)
                or (self.kind and _enough(self.role, sentence, lexicon, synonyms))
            ):
                return False
            if self.owner and (not lexicon.mentions(passage, self.owner) or _other_owner(sentence, self, lexicon)):
                return False
        elif self.wants in TOPICAL and self.topic and not _enough(self.topic, context, lexicon, synonyms):
            return False
        return not self.speaker or _speaks(self.speaker, context, lexicon, synonyms)


def read(question: str) -> Ask:
    """What `question` asks for."""
    text = question.split(" (context: ")[0]
    asked = frozenset(words(question))
    topic = _topic(text)
    speaker = _SPEAKER.search(text)
    if speaker:
        return Ask(speaker=speaker["who"] or speaker["who2"], asked=asked)
    if ASKS_DATE.search(text):
        return Ask(wants="date", topic=tuple(t for t in topic if t not in DATE_FRAME), asked=asked)
    if ASKS_QUANTITY.search(text):
        counted = _COUNTED.search(text)  # "how many X" counts X; "how much money" names no unit the text must use
        topic = tuple(t for t in topic if t not in _QUANTITY_FRAME)
        return Ask(wants="number", topic=topic, counted=_counted(counted[1]) if counted else (), asked=asked)
    if ASKS_DURATION.search(text):
        return Ask(wants="duration", topic=topic, asked=asked)
    if _WHO.search(text):
        role = _WHO_ROLE.search(text)
        if role and role["role"].strip() and not re.match(r"(?i)\s*(?:it|they|he|she|that|this)\b", role["role"]):
            # "the chief U.S. negotiator": an abbreviated name inside the role is whose role it is
            inside = [w for w in role["role"].split() if _ABBREVIATION.fullmatch(w)]
            owner = role["owner"] if role["owner"] and role["owner"][0].isupper() else " ".join(inside) or None
            held = " ".join(w for w in role["role"].split() if w not in inside)
            return Ask(wants="name", role=_content(held), owner=owner, asked=asked)
        return Ask(wants="name", asked=asked)
    named = _NAME_OF.search(text)
    if named:
        return Ask(wants="name", role=_content(named["kind"]), asked=asked)
    which = _WHICH.search(text)
    if which:
        kind = tuple(w for w in _content(which["kind"]) if w not in GENERIC_KINDS)
        return Ask(role=kind, kind=True, asked=asked)
    return Ask(asked=asked)


def _content(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in words(phrase) if w not in STOPWORDS and w not in QUESTION_FRAME)


def _topic(question: str) -> tuple[str, ...]:
    """The question's content words, a name of several words ("ABM Treaty", "United States") as one unit
    (words joined by a space): a sentence holds a name only whole."""
    units: list[str] = []
    named: set[str] = set()
    for m in _NAME_RUN.finditer(question):
        name = _content(m.group())
        if len(name) > 1:
            units.append(" ".join(name))
            named.update(name)
    return tuple(units) + tuple(w for w in _content(question) if w not in named)


def _counted(phrase: str) -> tuple[str, ...]:
    """What "how many …" counts: the words up to its head noun, the last plural among the first few before a
    function word ("fishing boats were…", "senators signed…", "refugees ended up…"), else the first word."""
    head: list[str] = []
    for word in words(phrase)[:4]:
        if word in STOPWORDS or word in QUESTION_FRAME:
            break
        head.append(word)
    plurals = [i for i, w in enumerate(head) if w.endswith("s") and not w.endswith("ss")]
    return tuple(head[: plurals[-1] + 1 if plurals else 1])


def _new_names(sentence: str, asked: frozenset[str], lexicon: Lexicon, person: bool) -> list[str]:
    """Capitalised words of `sentence` that the question does not already hold (an opening common word such
    as "The" or "In" is no name). Who holds a role (`person`) is named by no party's name ("Sallowmere", a
    capital, does not name Quessary's ambassador)."""
    out = []
    for m in _CAPITALISED.finditer(sentence):
        word = m.group().lower().removesuffix("'s").removesuffix("’s")
        if word in STOPWORDS or word in asked or (person and lexicon.is_party_name(word)):
            continue
        out.append(m.group())
    return out


def _enough(wanted: tuple[str, ...], text: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `text` holds half of the `wanted` words, or three of them when there are more than six."""
    held = _share(wanted, text, lexicon, synonyms) * len(wanted)
    return held >= min(MIN_TOPIC_SHARE * len(wanted), ENOUGH_WORDS)


def _holds_head(phrase: tuple[str, ...], text: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `text` holds the head of a noun phrase (its last word: "minister" of "foreign minister") and
    at least half of the words before it ("top negotiator" is held by "chief negotiator")."""
    *modifiers, head = phrase
    if _share((head,), text, lexicon, synonyms) < 1:
        return False
    if any(w in RANK_ADJECTIVES for w in modifiers) and RANK_ADJECTIVES & set(words(text)):  # "top" ~ "chief"
        modifiers = [w for w in modifiers if w not in RANK_ADJECTIVES]
    return not modifiers or _share(tuple(modifiers), text, lexicon, synonyms) >= MIN_TOPIC_SHARE


def _share(wanted: tuple[str, ...], text: str, lexicon: Lexicon, synonyms: Synonyms) -> float:
    """Share of the `wanted` words that `text` holds, as such, respelled, stemmed or by a near-synonym (a name
    of several words only whole, and as written)."""
    terms = set(lexicon.terms(text))
    missing = [w for w in wanted if not terms.issuperset(stems(lexicon.canonical(x) for x in w.split()))]
    single = [w for w in missing if " " not in w]
    found = synonyms(single, [w for w in words(text) if w not in STOPWORDS]) if single else set()
    return (len(wanted) - len(missing) + len(found)) / len(wanted)


def _speaks(speaker: str, text: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `text` has `speaker` ("Japan", "Quessary's prime minister") state, say or do something in
    words: their name (and role), then within a few words a stance or reporting verb, or a quote they end."""
    owner, _, role = speaker.partition("'") if "'" in speaker else speaker.partition("’")
    role_words = _content(role.removeprefix("s ").removeprefix("s"))
    if role_words and _share(role_words, text, lexicon, synonyms) < 1:
        return False
    for m in _NAME_RUN.finditer(text):
        if not any(
            lexicon.same_name(w.removesuffix("'s").removesuffix("’s"), owner) for w in (m.group(), *m.group().split())
        ):
            continue
        if _SAYS.match(text, m.end()) or QUOTE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            return True
    return False


def _other_owner(sentence: str, ask: Ask, lexicon: Lexicon) -> bool:
    """Whether the sentence gives the role to someone else: "Quessary's Fisheries Minister" when the question
    asks for Orvanda's."""
    role = r"\s+".join(re.escape(w) for w in ask.role)
    for m in re.finditer(rf"([A-Z][\w.]*)(?:'s|’s)?\s+(?:[A-Za-z]+\s+)?{role}", sentence, re.I):
        owner = m.group(1)
        if owner[0].isupper() and owner.lower() not in STOPWORDS and not lexicon.same_name(owner, ask.owner or ""):
            return True
    return False
