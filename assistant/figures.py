"""Dates, numbers, amounts of money and spans of time as English writes them: the patterns by which a
sentence is found to state the figure a question asks for, and `states_number`, which applies them. Nothing
here reads a question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.english import MONTHS, STOPWORDS, WEEKDAYS

# ...and their abbreviations before a day, as news style writes them ("Nov. 17": AP Stylebook, "months")
MONTH_NAMES = "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\.\s*\d)"
# A time said relative to now or to a period ("next spring", "by the end of the year", "two summers ago"): a date.
_PERIOD = r"week|month|year|decade|spring|summer|autumn|fall|winter"
DATE = re.compile(
    rf"\b(?:1[5-9]\d\d|20\d\d|{MONTH_NAMES}|{'|'.join(WEEKDAYS)}|(?:this|last|next)\s+(?:{_PERIOD})"
    rf"|(?:end|start|beginning|middle|close)\s+of\s+(?:the|this|next)\s+(?:{_PERIOD})"
    rf"|(?:an?|\w+)\s+(?:{_PERIOD})s?\s+ago)\b"  # "two summers ago"
)
# A number as an answer to "how many/much/long": digits (not a year) or an English number word (the cardinals up to
# ninety, by which larger ones are spelled too: "twenty-three", "four hundred"); "one another" is a pronoun.
SPELLED = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
NUMBER = re.compile(
    r"\b(?!(?:1[5-9]|20)\d\d\b)(?<!(?:1[5-9]|20)\d\d[–-])\d[\d,.]*(?:bn|m|k|tn)?\b|%|"  # "$450m"; not "1904–05"
    r"\b(?:half|twice|double|triple|dozens?|hundreds?|thousands?|millions?|billions?|one(?!\s+another\b)|"
    rf"{SPELLED.removeprefix('one|')})\b",
    re.I,
)
# A span counted in units of time, which answers "how long" better than a date does: "a three-week campaign",
# "for 90 days", "several months".
TIME_UNITS = r"centur(?:y|ies)|decades?|years?|months?|weeks?|days?|hours?|minutes?"
TIME_UNIT = re.compile(TIME_UNITS, re.I)
SPAN = re.compile(rf"(?:{NUMBER.pattern}|\b(?:a|an|a few|several|many)\b)[\s-]+(?:\w+[\s-]+)?(?:{TIME_UNITS})\b", re.I)
# ...or a time limit counted from an event, which answers "By when…?" as a date does: "within 60 days"
WITHIN_SPAN = re.compile(rf"\bwithin\s+(?:the\s+(?:next|first)\s+)?(?:{SPAN.pattern})", re.I)
# A length as stated: a number and a unit of length, "18 kilometres", "1,000 km", "a 90-metre wall" (not "cubic
# metres" or "square miles", which measure volume and area), or of a text, "an 11-page draft".
LENGTH_UNITS = (
    r"km|kilomet(?:re|er)s?|met(?:re|er)s?|m|miles?|feet|foot|ft|yards?|inch(?:es)?|centimet(?:re|er)s?|cm|pages?"
)
LENGTH = re.compile(rf"(?:{NUMBER.pattern})[\s-]+(?:(?!cubic|square)[a-z]+[\s-]+)?(?:{LENGTH_UNITS})\b", re.I)
# ...said of a distance from somewhere ("40 kilometres upstream of the border", "220 kilometres off the coast"),
# which is no size of a thing ("How tall…", "How wide…").
# ...but not a path ("winds 640 kilometres from the mountains through Kollmark"), a length from one end on
# ...or "above" or "below" a point ("38 miles above the river mouth", "42 km below the dam"), "up the coast"
_AWAY = re.compile(
    r"\s+(?:upstream|downstream|upriver|downriver|above|below|away|off|offshore|inland|north|south|east|west|beyond"
    r"|(?:up|down)(?=\s+(?:the\s+)?(?:coast|river|valley|road|line)\b)"
    r"|from(?!\s+(?:\S+\s+){1,6}?(?:to|through|into|across)\s))\b",
    re.I,
)


def states_length(sentence: str, size: bool = False, distance: bool = False) -> bool:
    """Whether `sentence` states a length; a `size` of a thing, not a distance from somewhere, when asked, and a
    `distance` from somewhere ("60 nautical miles from both coasts"), not a size ("a 12-mile sea"), when asked."""
    return any(
        bool(_AWAY.match(sentence, m.end())) == distance if size or distance else True
        for m in LENGTH.finditer(sentence)
    )


# "How much of the region…" is answered by a share: a number, or a word of English that quantifies a whole.
_HALF = r"half(?!\s+(?:an?\s+)?(?:hour|day|week|month|year|decade|centur(?:y|ie))s?\b)"  # not "two and a half years"
# ...a third or a quarter as a part counted ("a third of", "two-thirds"), not an ordinal ("the third round") nor a
# year's quarter ("the third quarter")
_PARTS = r"(?:a|one|two|three)[\s-]+(?:thirds?|quarters?)"
PROPORTION = re.compile(rf"\b(?:entire|whole|all of|most of|majority|minority|{_HALF}|{_PARTS}|fraction)\b", re.I)
# An age as English gives it ("aged 54", "a 54-year-old", "54 years old", "at the age of 54", "Oselund, 54,"),
# or the year of a birth or a making ("born in 1950", "built in 1978"): what "How old…?" asks for; "the oldest of
# the captives" is none, nor a year of anything else ("the borders as of 2014").
_AGE_NUMBER = r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
AGE = re.compile(
    rf"\baged\s+{_AGE_NUMBER}\b|\b{_AGE_NUMBER}[\s-]+years?[\s-]+(?:old|of\s+age)\b|\bage\s+of\s+{_AGE_NUMBER}\b"
    r"|\b(?-i:[A-Z])[\w'’-]+,\s+\d{1,3},|\b(?:born|built|founded|established|formed|created|completed|opened|launched|"
    r"dat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from))\s+(?:(?:in|on)\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d\b",
    re.I,
)


YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
MONTH = re.compile(rf"\b(?:{MONTH_NAMES})\b")
# A day of a month ("August 17", "November 14th", "14 November", "the 9th of February") is part of a date, not a
# number of anything.
# ...and two of one month ("October 18 and 19", "18-19 October")
DAY_OF_MONTH = re.compile(
    rf"\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:and|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\b)?\b"
    rf"|\b(?:\d{{1,2}}\s*(?:and|to|-|–)\s*)?\d{{1,2}}(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+(?:{MONTH_NAMES})\b"
)


# The events of a life, a person's or a body's, whose date a text gives with their word ("born in 1881",
# "founded in 1958", "the bloc, formed in 1990"): no other date of a sentence is theirs.
_FOUNDING = r"\b(?:found(?:ed|ing|ation)|establish|creat|form(?:ed|ation)|set\s+up)"
# ...and of a thing made: "the dam, completed in 1978", "the network entered service in 2019"
_BUILDING = r"\b(?:buil[dt]|construct|complet)"
_LIFE_EVENTS = (
    {"born": r"\b(?:born|birth)", "died": r"\b(?:died|death)", "dead": r"\b(?:died|death)"}
    | {word: _FOUNDING for word in ("founded", "established", "created", "formed")}
    | {"built": _BUILDING, "constructed": _BUILDING, "service": r"\b(?:service|commission|inaugurat)"}
)

# "…upon receiving a cable from her cabinet dated November 9, 1894": the date of a document, which a question
# about it names ("the date of the cable"); no event's
_DATED = re.compile(r"(?P<what>(?:[\w’'-]+\s+){1,4})dated\s+[^,;:]*(?:,\s*\d{4})?", re.I)


def states_date(
    sentence: str, asked: frozenset[str], year: bool = False, month: bool = False, day: bool = False
) -> bool:
    """Whether `sentence` states a date the question (its words `asked`) does not give ("on April 9" answers
    "On what day in April…?", "in April" and "on 16 October" do not); a `year`, a `month` or a `day` (of a
    month or of the week: "in November" is none) when it asks for one; of the event of a life asked about
    ("When was X born?") only with its word."""
    founding = {"founded"} if {"set", "up"} <= asked else set()  # "When was the commission set up?"
    if any(word in asked | founding and not re.search(event, sentence, re.I) for word, event in _LIFE_EVENTS.items()):
        return False
    sentence = _DATED.sub(lambda m: m[0] if asked & set(m["what"].lower().split()) else m["what"], sentence)
    if year or month:
        return any(m.group().lower() not in asked for m in (YEAR if year else MONTH).finditer(sentence))
    days = any(not asked.issuperset(m.group().lower().split()) for m in DAY_OF_MONTH.finditer(sentence))
    named = {m.lower() for m in MONTHS} & asked
    if day and named:  # "On what date in March…?": a day of March, not "16 October"
        return any(named & set(m.group().lower().split()) for m in DAY_OF_MONTH.finditer(sentence))
    if day:
        return days or any(m.group().lower() not in asked for m in WEEKDAY.finditer(sentence))
    return days or any(m.group().lower() not in asked for m in DATE.finditer(sentence))


# A text that says a figure or date is not known answers the question too: "has not yet been determined".
_NOT_KNOWN = r"not\s+(?:yet\s+)?(?:been\s+)?(?:determined|disclosed|announced|known|estimated|decided|released)"
UNSTATED = re.compile(rf"\b(?:{_NOT_KNOWN}|unknown|undisclosed)\b", re.I)
# The verbs of an origin, by which a thing's span runs from a time: "a claim dating to its independence", "dates
# from the war", "a feud that goes back to the 1960s" (a year after "back to", not "went back to Paris")
ORIGIN = (
    r"dat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)|date\s+back\s+to|"
    r"(?:go|goes|going|went|gone|trac\w+|stretch\w*|reach\w*)\s+back\s+to\s+(?:[\w’'-]+\s+){0,4}?(?:1[5-9]|20)\d\ds?"
)
# A span of time as English states it: "since …", "until …", a unit of time, a range of years ("1904–05"), or from an
# origin.
DURATION = re.compile(
    rf"\b(?:since|until|ago|onwards?|{TIME_UNITS}|fortnight|{ORIGIN})\b|\b(?:1[5-9]|20)\d\d\s*[–-]\s*\d\d(?:\d\d)?\b",
    re.I,
)
# English's approximators of a quantity ("more than a year", "nearly two decades", "up to 40": Quirk et al. §7.57,
# §7.63, §10.66)
APPROXIMATORS = r"(?:more|fewer|less)\s+than|some|about|around|roughly|nearly|almost|over|up\s+to|at\s+least"
_ABOUT = rf"(?:{APPROXIMATORS}|under)\s+"
# ...up to a time, which "How long has X been…?" asks: "since 2011", "from 1848 onward", "three years ago", "has
# stood for six years", "had been held for more than a year", or how long something it names went on, "seven months
# of shuttle diplomacy"; not "within four years", "within 60 days of signing", "a 90-day truce" nor "lease it for 49
# years"
LASTING = re.compile(
    rf"\b(?:since|ago|{ORIGIN})\b|\bfrom\s+\S+(?:\s+\S+)?\s+onwards?\b"
    rf"|\b(?:has|have|had)\b[^.;]*\bfor\s+(?:{_ABOUT})?(?:{SPAN.pattern})"
    rf"|(?<!\bwithin\s)\b(?:{_ABOUT})?(?:{SPAN.pattern})\s+of\s+(?!the\b|its\b|their\b|his\b|her\b|this\b)",
    re.I,
)
# ...but a quantity per unit of time is a rate, no span: "38 billion cubic metres a year", "$9 per day" (a span in
# each is a span: "eight hours a month")
RATE = re.compile(
    rf"(?:{NUMBER.pattern})(?![\s-]+(?:{TIME_UNITS})\s)(?:[\s-]+[\w-]+){{0,4}}?\s+(?:a|an|per|each|every)\s+(?:{TIME_UNITS})\b",
    re.I,
)


# A figure per unit of anything ("$9 per tonne", "40 cents a litre"), a rate; not past a function word ("…only once a")
_UNIT_WORD = rf"(?!(?:{'|'.join(sorted(STOPWORDS, key=len, reverse=True))})\b)[\w-]+"
PER_UNIT = re.compile(rf"(?:{NUMBER.pattern})(?:[\s-]+{_UNIT_WORD}){{0,3}}?\s+(?:a|an|per|each)\s+[a-z]+", re.I)


def without_rates(sentence: str) -> str:
    """`sentence` with its rates blanked, so that what is left states spans of time only."""
    return RATE.sub(" ", sentence)


def states_span(sentence: str, given: frozenset[str] = frozenset()) -> bool:
    """Whether `sentence` states a span of time, not only a rate ("…a minimum of 38 billion cubic metres a
    year" answers no "how long"), nor one from a time the question `given` ("How long did the 2009 strike
    last?": not "no strike since 2009")."""
    text = without_rates(sentence)
    return any(
        not ((m.group().lower() in ("since", "until")) and _word_after(text, m.end()).lower().rstrip(",.") in given)
        for m in DURATION.finditer(text)
    )


_NEXT_WORD = re.compile(r"\s*(?:the\s+)?([\w,.’'-]+)")


def _word_after(text: str, at: int) -> str:
    m = _NEXT_WORD.match(text, at)
    return m[1] if m else ""


# "three days later", "two weeks ago": a point in time that a span marks off, not how long something lasted
_POINT_AFTER = re.compile(r"\s+(?:later|earlier|before|after|afterwards|ago)\b", re.I)


def counts_span(sentence: str) -> bool:
    """Whether `sentence` counts a span in units of time ("a three-week campaign", "for 90 days"), not one that
    only marks a point ("Three days later, …") nor a rate ("…38 billion cubic metres a year")."""
    text = without_rates(sentence)
    return any(not _POINT_AFTER.match(text, m.end()) for m in SPAN.finditer(text))


# "twice" and "thrice" count occasions as "two times" does, unless they multiply ("twice the brigades", "twice as
# many"); "once" is as often a conjunction ("once talks resume") and is left alone.
_OCCASIONS = re.compile(r"(?i)\b(twice|thrice)\b(?!\s+(?:the|as|a|an|that|its|their|his|her|our|this)\b)")


def occasions_spelled(text: str) -> str:
    """`text` with "twice" and "thrice" of occasions as "two times" and "three times"."""
    return _OCCASIONS.sub(lambda m: "two times" if m.group().lower() == "twice" else "three times", text)


# A percentage or a fraction, which counts nothing: "30 per cent of all vessels", "half the cost" (a ratio does:
# "twice the brigades").
SHARE = re.compile(  # ...in figures or spelled out ("nine per cent", "twenty-five percent")
    rf"(?:\b\d[\d,.]*|\b(?:{SPELLED})(?:[\s-]+(?:{SPELLED}))?)\s*(?:%|per\s*cent\b|percent\b)|\b{_HALF}\b", re.I
)


def states_number(sentence: str, asked: frozenset[str], proportion: bool = False, counting: bool = False) -> bool:
    """Whether `sentence` states a number the question (its words `asked`) does not already give; a day of a
    month is no number, nor a span of time ("a three-week campaign") unless the question counts units of time,
    nor a share when `counting` things ("How many boats…": not "30 per cent of all vessels"), nor a number word
    capitalised past the sentence's opening ("the Triple Intervention"), and a `proportion` may be stated in
    words ("the entire region")."""
    figures = DAY_OF_MONTH.sub(" ", SHARE.sub(" ", sentence) if counting else sentence)
    if not any(TIME_UNIT.fullmatch(word) for word in asked):
        figures = SPAN.sub(" ", figures)
    opening = len(figures) - len(figures.lstrip(" \"'“‘("))  # '"Three of them…' opens with its number
    found = [m.group() for m in NUMBER.finditer(figures) if not (m.group().istitle() and m.start() > opening)]
    return any(n.lower() not in asked for n in found) or bool(proportion and PROPORTION.search(sentence))


# The plural noun a number (or a range: "from 20 to 35") counts: just after it, past a multiplier, a name's
# adjective and one word ("1.8 billion barrels", "250 American merchant vessels", "410 of its members", "one of the
# busiest shipping lanes"); lower case, since "2,900 Aldmerians" may be the prisoners asked about. English's zero
# plurals of things count too ("35 aircraft"); two words may come before the noun ("two largest steel mills").
_ZERO_PLURALS = "aircraft|spacecraft|hovercraft|watercraft|sheep|deer|cattle|fish|species|series"
COUNTED = re.compile(
    r"(?:\s*(?:to|and|or|-|–)\s*\d[\d,.]*)?"
    r"\s+(?:(?:hundred|thousand|million|billion)\s+)?(?:of\s+(?:the|its|their|our|his|her|these|those)\s+(?:[a-z]+\s+)?)?"
    r"(?:[A-Z][a-z]+\s+)?(?:(?!of\b)[a-z\d-]+\s+(?=[a-z\d-]+\s+[a-z]+s\b))?(?:(?P<modifier>[a-z\d-]+)\s+)?"
    rf"(?P<noun>(?!(?:its|his|this|these|those|was|is|has|as|us)\b)[a-z]+s|{_ZERO_PLURALS})\b"
)
# A number, the noun it counts, and a participle saying what befell them ("41,000 people displaced in the war").
_UNDERGONE = re.compile(
    r"\s+(?:(?:hundred|thousand|million|billion)\s+)?(?:[\w’'-]+\s+){0,2}?(?:[a-z]+s|people|men|women|children)\s+"
    r"(?P<event>[a-z]+(?:ed|en))\b"
)


def undergoes_another(sentence: str, same: Callable[[str], bool]) -> bool:
    """Whether every number of `sentence` that says what befell what it counts says something other than what
    was asked ("Some 41,000 people displaced in the war" counts no one killed); a number that says nothing of
    it may count anything."""
    events = [m["event"] for n in NUMBER.finditer(sentence) if (m := _UNDERGONE.match(sentence, n.end()))]
    return bool(events) and len(events) == len(NUMBER.findall(sentence)) and not any(same(e) for e in events)


def agreement(asked: set[str], stated: set[str]) -> int:
    """+1 when a passage states every figure the question names, -1 when it dates itself to another year only."""
    if asked <= stated:
        return 1
    years = {f for f in stated if YEAR.fullmatch(f)}
    return -1 if years and not years & asked and any(YEAR.fullmatch(f) for f in asked) else 0
