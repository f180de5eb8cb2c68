"""Time as English questions and sentences mark it: whether a question asks about the future or the past, for
the outcome of a decision taken, and whether a sentence speaks of such a decision as done or only as to come.

"What was agreed at the Port Savane round?", "How did the Assembly vote?", "Did parliament approve the
budget?" and "What was the result of the ballot?" ask what a decision came to. "The next round is scheduled
for April in Port Savane", "The executive meets on 25 March to decide whether to hold a ballot" and "Any
agreement will need to be ratified" speak of the decision as to come: they do not answer, and a text that
says no more has not answered. The words are general English (the modal and scheduling expressions of future
time in Quirk et al. §4.41-4.48, and the common verbs of deciding); no document's words are listed. This
module does not decide anything about dates or figures (`figures.py`) nor read the rest of a question
(`question.py`). It also says which adverbials ask for an opening, a revised or a present position.
"""

from __future__ import annotations

import re

from assistant.english import (
    BEGINNING_VERBS,
    DECIDING_VERBS,
    PAST_TENSE,
    POSITION_VERBS,
    QUOTED,
    inflections,
    lemmas,
    verb_pattern,
)
from assistant.figures import MONTH_NAMES, YEAR

# English's markers of the future (the modal "will", "be due/set/scheduled/expected to", "next", "upcoming"): a
# question about a date or place to come is answered by a sentence that speaks of it...
FUTURE = re.compile(r"(?i)\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+(?:to|for)|next|upcoming)\b")
# ...and one about what has been (a past auxiliary or verb: "Which city hosted…?") by one that does not.
ASKS_PAST = re.compile(rf"(?i)\b(?:did|was|were|had|{PAST_TENSE})\b")

# The verbs of deciding, assenting and voting in all their forms (WordNet's "agree, accept, approve, endorse,
# consent", "decide, resolve", "reject, refuse, turn down"), with those of `DECIDING_VERBS` (adopting, voting, reaching
# a verdict, and putting a matter off, which decides it for now: "has been referred to a joint committee").
_DECIDING_VERBS = [*"agree accept approve endorse consent decide resolve reject refuse".split(), *DECIDING_VERBS]
# ...of which these ask for a decision's outcome ("Did the agreement settle the dispute?" asks what it did)
_DECIDING = r"(?:agree|decide|approve|ratify|pass|adopt|reject|vote|endorse|accept)"
_TURNED_DOWN = [f"{form} down" for form in inflections(("turn",))]
_DECIDING_FORMS = re.compile(rf"(?i)\b(?:{verb_pattern([*_DECIDING_VERBS, 'sign'], _TURNED_DOWN)})\b")
# "What was agreed…", "What did X decide…", "What was the result/outcome of…", "How did X vote…", "Did X
# approve/ratify…": the outcome of a decision, asked about as past.
ASKS_OUTCOME = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:"
    r"what\s+(?:was|were)\s+(?:the\s+)?(?:result|outcome|verdict)s?\b"
    r"|what\s+(?:was|were)\s+(?:[a-z]+ly\s+)?(?P<done>agreed|decided)\b"  # "What was actually agreed…"
    r"|what\s+did\s+(?P<by_what>(?:[\w’'.-]+\s+){1,8}?)(?P<what>agree|decide|conclude|rule)\b"
    r"|how\s+did\s+(?P<by_how>(?:[\w’'.-]+\s+){1,5}?)(?P<how>vote)\b"
    rf"|(?:did|has|have)\s+(?P<by_did>(?:[\w’'.-]+\s+){{1,5}}?)(?P<did>{_DECIDING})\b"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:[\w’'.-]+\s+){1,6}?"  # "Was the statement adopted…?"
    r"(?P<was>agreed|decided|approved|ratified|passed|adopted|rejected|endorsed|accepted)\b"
    rf"|by\s+(?:how\s+many\s+votes|what\s+(?:vote\s+)?margin)\s+did\s+(?:[\w’'.-]+\s+){{1,5}}?(?P<by>{_DECIDING})"
    r")"
)


def decision_asked(question: str) -> bool | None:
    """Whether `question` asks about the outcome of a decision by its verb ("What was agreed…", "How did X
    vote…"), False when by a noun ("What was the result…"), None when it asks about no decision."""
    found = ASKS_OUTCOME.search(question)
    return None if not found else any(v for k, v in found.groupdict().items() if not k.startswith("by_"))


def decider(question: str) -> str:
    """Who the question says took the decision asked about ("How did the select committee vote…?"), or ""."""
    found = ASKS_OUTCOME.search(question)
    return next((found[g] for g in ("by_what", "by_how", "by_did") if found and found[g]), "").strip()


# "be to" in the past, English's mood of arrangement (Quirk et al. §4.48): "Tolls were to be halved" states
# what was decided.
_ARRANGED = re.compile(r"(?i)\b(?:was|were)\s+to\s+be\s+[a-z]+(?:ed|en)\b")


def states_decision(sentence: str) -> bool:
    """Whether `sentence` holds a verb of deciding, in any form ("it accepted public release" answers "What did
    it agree to?"), or an arrangement made ("Tolls were to be halved"); "the Ostra River Basin Agreement" is a
    name, no decision."""
    return bool(_DECIDING_FORMS.search(sentence) or _ARRANGED.search(sentence))


# The words of such a question that frame it rather than name what was decided.
OUTCOME_FRAME = frozenset(
    "result results outcome outcomes verdict agreed agree decided decide vote voted votes approve approved ratify "
    "ratified pass passed adopt adopted reject rejected endorse endorsed accept accepted margin finally".split()
)
# ...nor does the time it was taken at ("What was agreed by the end of the summit?"): English's nouns of the
# limits of a span after a temporal preposition.
OUTCOME_TIME = re.compile(
    r"(?i)\b(?:by|at|before|after|until|towards?|near)\s+the\s+(?:end|close|conclusion|start|beginning|outset)"
    r"\s+of\b[^?,;]*"
)
# A decision as to come: scheduled, next, due, to be decided, whether, if, yet to, will need to.
_PROSPECTIVE = re.compile(
    r"(?i)\b(?:scheduled|next|upcoming|due\s+to|(?:is|are)\s+to\s+be|to\s+decide|whether|yet\s+to|not\s+yet|"
    r"will\s+(?:need|have)\s+to|(?:is|are)\s+expected\s+to)\b|^\W*if\b"
)
# ...unless the sentence also says that a decision was taken ("They agreed that the next round…"); "to be
# ratified" is none.
_TAKEN = re.compile(
    r"(?i)\b(?<!be\s)(?<!to\s)(?:agreed|decided|voted|approved|ratified|passed|adopted|rejected|endorsed|"
    r"accepted|signed|concluded|settled|reached)\b"
)


# A past auxiliary in a question ("When did the next round open?") asks about what has been, whatever else it says.
_PAST_AUXILIARY = re.compile(r"(?i)\b(?:did|was|were|had)\b")
_AGAIN = re.compile(r"(?i)\bagain\b")
# "would", "due", "planned" and the verbs of intending or committing before "to" ("hoped to convene a round on
# 14 November", "agreed to hold a fifth round starting January 19") speak of what is to come as well.
_TO_COME = re.compile(
    r"(?i)\b(?:would|due|planned|expected|set\s+(?:to|for)|(?:hope[sd]?|hoping|intend(?:s|ed|ing)?|"
    r"plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|expect(?:s|ed|ing)?|mean(?:s|t)?|agreed|decided|promised|pledged|"
    r"vowed|undertook|arranged)\s+to)\b"
)


def asks_to_come(question: str) -> bool:
    """Whether `question` asks about what is still to come ("What date is the next round scheduled for?"), as a
    present tense does with "again" ("When are the negotiators meeting again?": the next time)."""
    return bool(FUTURE.search(question) or _AGAIN.search(question)) and not _PAST_AUXILIARY.search(question)


def only_past(sentence: str) -> bool:
    """Whether `sentence` speaks only of what has been: a past verb, and nothing of the future ("Negotiators
    ended five days of talks on Friday" dates no next round)."""
    future = FUTURE.search(sentence) or _PROSPECTIVE.search(sentence) or _TO_COME.search(sentence)
    return bool(ASKS_PAST.search(sentence)) and not future


def only_to_come(sentence: str) -> bool:
    """Whether `sentence` speaks of a decision only as to come ("The next round is scheduled for April")."""
    return bool(_PROSPECTIVE.search(sentence)) and not _TAKEN.search(sentence)


# The adverbials of the beginning ("at first", "in the first place"), which a text says otherwise; they ask for
# an opening position, which a sentence of a later revision does not state: one with an adverb of the end
# ("finally", "eventually") or a verb of cutting back a demand ("whittled down to $45 million").
BEGINNING = r"at\s+first|at\s+the\s+(?:start|outset|beginning)|to\s+begin\s+with|in\s+the\s+(?:beginning|first\s+place)"
ASKS_ORIGINAL = re.compile(rf"(?i)\b(?:originally|initially|{BEGINNING}|opening\s+(?:demand|offer|position|bid))\b")
_END = r"eventually|finally|ultimately|at\s+last|in\s+the\s+end"  # English's adverbs of the end of a course
REVISED = re.compile(rf"(?i)\b(?:{_END}|later|whittled|cut|reduced|lowered|scaled\s+back|dropped|abandoned|settled)\b")
# ...which ask, with "end up", for where a course of talks ended ("What did Japan finally accept?"), which a
# sentence says by one of them ("Japan eventually agreed to take only the southern half…"), not by "final" alone
ASKS_FINAL = re.compile(rf"(?i)\b(?:{_END}|end(?:s|ed)?\s+up)\b")
FINAL = re.compile(rf"(?i)\b(?:{_END})\b")
# ...and adverbs of the present ask for where a position stands now ("…is Sallis now prepared to…?").
NOW = re.compile(r"(?i)\b(?:now|currently|at\s+present)\b")
# ...and of a party's position (`english.POSITION_VERBS`, "offer", "holding out for") for where it stands after its
# revisions, as "the latest offer" does: a sentence tells that by a figure's change to another ("raised that to 4.8
# per cent", "came down to 7.5 per cent"), not by an opening position; "How many launchers does X currently have?"
# asks what is, not a position
_POSITION = rf"(?:{verb_pattern(POSITION_VERBS, [])}|offers?|holding\s+out)"
ASKS_CURRENT = re.compile(
    rf"(?i)^(?=[^?]*{NOW.pattern[4:]})[^?]*\b{_POSITION}\b|\b(?:latest|current|present)\s+(?:offer|demand|proposal|bid)"
)
CHANGED_TO = re.compile(
    r"(?i)\b(?:raised|increased|lifted|upped|improved|lowered|reduced|cut|trimmed|came\s+down|went\s+up|moved)\b"
    r"[^.;]{0,40}?\bto\s+[$€£]?\d"
)
# ...and adverbs of constant time for what a party has held throughout ("What has Arvenland always wanted…?").
ALWAYS = re.compile(r"(?i)\b(?:always|all\s+along|consistently)\b")
# "When did the talks begin / get underway?" asks when something began, which a sentence says with a verb of
# beginning (`english.BEGINNING_VERBS`, and the idioms "get underway", "kick off").
_BEGIN_FORMS = inflections(tuple(BEGINNING_VERBS))
_BEGIN = rf"(?:{'|'.join(_BEGIN_FORMS)}|(?:get|gets|got|gotten)\s+underway|(?:kick|kicks|kicked)\s+off)"
ASKS_BEGINNING = re.compile(rf"(?i)^\W*(?:(?:and|so|but)\s+)?when\b[^?]*\b{_BEGIN}\b")
BEGUN = re.compile(rf"(?i)\b{_BEGIN}\b")


# "this year", and a part of the year ("at the start of the year"), which a text may name by its month or year
_CURRENT = re.compile(r"(?i)this\s|(?:start|beginning|middle|end|turn)\s+of\s+the\s+year\b")


_DAY_MONTH = re.compile(
    rf"(?i)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_NAMES})|(?P<month2>{MONTH_NAMES})\.?\s+(?P<day2>\d{{1,2}})"
)


def said_of_time(date: str) -> str:
    """A pattern of a date as a text may say it with a word more ("last financial year"); "this year" also as
    a text written in it names it ("the 2025 dry season"), which "last year" is not, and "the start of the
    year" as it names its month ("…raised charges by 22 percent in January")."""
    said = r"\b" + r"\s+(?:[a-z]+\s+)?".join(map(re.escape, date.split())) + r"\b"
    day = _DAY_MONTH.fullmatch(date)  # "11 November" is also "November 11"
    if day:
        number, month = day["day"] or day["day2"], day["month"] or day["month2"]
        said = rf"\b{number}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\b|\b{month}\.?\s+{number}\b"
    return rf"{said}|{YEAR.pattern}|\b(?:{MONTH_NAMES})\b" if _CURRENT.match(date) else said


# "What time did the talks end?" asks for a time of day, which a clock or a part of the day gives ("at 17:30",
# "4 a.m.", "shortly after noon", "late in the evening"), not a date; so do "What are the hours of the curfew?" and
# "What hours…?" (Oxford: "hours", "a fixed period of time for an activity": "from 11 p.m. to 6 a.m.").
ASKS_CLOCK = re.compile(  # ...not "within what time frame", a span
    r"(?i)\b(?:at\s+)?what\s+time\b(?![\s-]*(?:frame|span|period|limit|scale|table|line)s?\b)|\bat\s+what\s+hour\b"
    r"|\bwhat\s+hours\b|\bthe\s+(?:[a-z-]+\s+)?hours\s+of\b"
)
CLOCK = re.compile(
    r"(?i)\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:[1-9]|1[0-2])(?:[.:][0-5]\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}\s+o['’]clock\b"
    r"|\b(?:noon|midday|midnight|dawn|dusk)\b|\b(?:in\s+the|that|this)\s+(?:morning|afternoon|evening|night)\b"
)


# Verbs that say only that an event takes place, which its noun names ("Where will the fourth round be held?":
# the round): Levin's verbs of occurrence (§48.3: happen, occur, transpire, ensue, recur), "take place" and the
# passive "be held".
OCCURRING = frozenset(
    "happen happens happened occur occurs occurred transpire transpired ensue ensued recur take took taken held".split()
)


def topic_verbs(topic: tuple[str, ...]) -> list[str]:
    """The verbs among a question's topic words, which name the event it asks about ("When did Valdria raise the
    toll?": "raise", "toll"); a verb's particle is no verb of its own ("get back": "returned"), nor is a verb of
    occurring one (`OCCURRING`)."""
    return [w for w in topic if "VERB" in (pos := lemmas(w)) and "ADV" not in pos and w not in OCCURRING]


# "What happens next?", "What's next?", "What are the next steps?": what is still to come, of the whole story
ASKS_NEXT = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?what(?:['’]s|\s+is|\s+are|\s+happens|\s+comes|\s+will\s+happen)\s+"
    r"(?:the\s+)?next(?:\s+steps?)?\s*\??\s*$"
)

# "What happens if the talks fail?", "What would happen if…", "What if…?": what follows on a condition, which a text
# says by a conditional clause (`CONDITIONALS`) or "otherwise", "failing that"
ASKS_CONSEQUENCE = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?what\s+(?:(?:happens|will\s+happen|would\s+happen|is\s+to\s+happen)\s+)?"
    r"(?:if|unless|in\s+the\s+event|should)\b"
)
# English's conditional subordinators and their phrasal equivalents (Quirk et al. §15.33-15.36)
CONDITIONALS = r"if|unless|provided|providing|as\s+long\s+as|so\s+long\s+as|on\s+condition|in\s+the\s+event"
CONDITIONAL = re.compile(rf"(?i)\b(?:{CONDITIONALS}|otherwise|failing)\b")


# ...said in the text's own words (not a quotation's: "…19 Senators wrote Carter that 'Ratification… will not
# reverse…'"), by English's future forms (Quirk et al. §4.41-4.49): "will" or "shall" and a verb, "is due to", "is set
# for", "is to be", a present "plans to" or "hopes to", a session "has been scheduled", or "would" reported
# ("Duvessen said the bloc would send…"), not a narrative's "would" nor "next" in the past ("Over the next two years,
# the two sides haggled…")
_STILL_TO_COME = re.compile(
    r"(?i)\b(?:will|shall)\s+(?:\w+ly\s+)?[a-z]+|\b(?:is|are)\s+(?:due|set|scheduled|expected|to)\s+(?:to|for|be)\b|"
    r"\b(?:hopes?|plans?|intends?|aims?|expects?)\s+to\b|\b(?:has|have|is|are)\s+(?:been\s+)?scheduled\b|"
    r"\b(?:said|says|told|tells)\b[^.;]*\bwould\b"
)


def tells_to_come(sentence: str) -> bool:
    """Whether `sentence` speaks of what is still to come ("Talks are due to resume next month")."""
    return bool(_STILL_TO_COME.search(QUOTED.sub("", sentence)))


# Quirk et al.'s aspectual verbs of starting and of stopping (§16.48), as verbs only: "end" and "close" are as often
# nouns and adjectives ("by the end of the year"), so only their forms that can only be verbs count; with the verbs
# by which an agreement or a term stops (Oxford: "expire", "cease to be valid"; "lapse", "become invalid").
_STARTING = frozenset(w for w in inflections(tuple(BEGINNING_VERBS)) if w not in BEGINNING_VERBS) - {"opening"}
_STOPPING = frozenset(
    "ended ends stopped stops finished finishes ceased ceases concluded concludes expired expires lapsed lapses".split()
)
# ...and in a question, after "did", in their base form too
_ASKED_STOPPING = _STOPPING | frozenset("end stop finish cease conclude expire lapse".split())
_TO_START = frozenset(BEGINNING_VERBS) - {"open"}  # ...and after "to": "to open" is as often of a door or an account


def other_aspect(topic: tuple[str, ...], sentence: str) -> bool:
    """Whether the question's topic asks when something started and `sentence` only tells that it stopped, or the
    other way round ("When did the border war begin?": not "…since their border war ended two years ago")."""
    asked = {w for w in topic if w in BEGINNING_VERBS or w in _STARTING}, {w for w in topic if w in _ASKED_STOPPING}
    lowered = sentence.lower()
    # ...a base form after "to" is a verb too ("a deadline of March 31 to conclude a full agreement")
    after_to = set(re.findall(r"\bto\s+([a-z]+)", lowered))
    said = set(re.findall(r"[a-z]+", lowered))
    starts = bool(said & _STARTING or after_to & _TO_START)
    stops = bool(said & _STOPPING or after_to & _ASKED_STOPPING)
    if asked[0] and not asked[1]:
        return stops and not starts
    return bool(asked[1] and not asked[0] and starts and not stops)
