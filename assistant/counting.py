"""Whether a sentence's numbers count what a "how many" question counts: the thing counted by its noun
("…its turbines generate 5,200 megawatts" counts no turbines: `counts_another`), what befell it ("41,000
people displaced" counts no one killed), for a count a party has, not one of things acted on ("patrol boats
have detained more than 40 of the other's fishing vessels" counts no fleet), and not a figure someone wants
or offers unless that is asked ("Arvenland wanted 2 million tonnes" counts no exports). Regular expressions
over English word order; what a question asks for is `ask.Ask`'s to say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant import figures, holds, money
from assistant.english import PAST_TENSE, POSITION_VERBS, inflections, lemmas, verb_pattern
from assistant.holds import Synonyms
from assistant.kinds import with_kin
from assistant.lexicon import Lexicon, unpossessed
from assistant.persons import may_name_people
from assistant.question_figures import PERSONS, STAFF
from assistant.thesaurus import own_words_only

if TYPE_CHECKING:
    from assistant.ask import Ask

# The verbs of having (after VerbNet's own-100, hold-15.1 and keep-15.2), which say how many a party has.
HAVING = frozenset("have has had own owns owned possess possesses possessed hold holds held keep keeps kept".split())
# "How many boats does Quessary have?", not "…have been seized": a verb of having after "do", as the main verb
ASKS_HAVING = re.compile(
    r"(?i)\b(?:do|does|did|will|would)\b[^?]*\b(?:have|own|possess|hold|keep)\b(?!\s+(?:been|[a-z]+ed)\b)"
)


def owners(question: str) -> tuple[str, ...]:
    """The names that have what "How many N does X have?" counts (those between its auxiliary and its verb of
    having), which a count's passage must name: the committee's "six members" are not the union's."""
    having = ASKS_HAVING.search(question)
    return tuple(unpossessed(m.group()) for m in holds.NAME_RUN.finditer(having.group()) if m.start()) if having else ()


# What a party wants, offers or proposes (the verbs of a position, every form): a figure so governed is wanted, not
# one that is ("Arvenland wanted 2 million tonnes" is no export), unless the question asks what is wanted
_WANTING = frozenset(inflections(tuple(POSITION_VERBS)))
ASKS_WANTED = re.compile(rf"(?i)\b(?:{verb_pattern(POSITION_VERBS, [])})\b")
# The words English puts between a verb and the number of its object: approximators and comparisons
# (`figures.APPROXIMATORS`, Quirk et al. §15.70), the predeterminer "all" and "only".
_APPROXIMATOR = rf"(?:{figures.APPROXIMATORS}|all|only)"
# English's nouns of an occasion of going or meeting, which a text may count as times ("travelled… eleven times")
_OCCASIONS = frozenset("trips visits journeys occasions".split())
_TIMES = re.compile(rf"(?i)(?:{figures.NUMBER.pattern})\s+times\b")
# A figure of several together (Quirk et al.'s additive adverbs and "combined"), which no one of them has alone
_TOTAL = frozenset("total altogether overall".split())  # "How much … in total?" asks for a sum of all, no rate
_JOINT = re.compile(r"(?i)\b(?:combined|together|jointly|altogether|in\s+total|between\s+them)\b")
# ...and a figure of the middle of many (an average, a mean, a median), which no other figure of them is: "What is
# the average teacher salary?" is not answered by "6 percent of salary"
_MIDDLE = frozenset("average mean median typical".split())
_OF_THE_MIDDLE = re.compile(r"(?i)\b(?:averag\w*|mean|median|typical(?:ly)?)\b")
# ...and a figure for each unit of time ("What hourly amount…?"), which a sentence states per that unit ("30 crowns an
# hour", "an hourly rate of 30 crowns", "14 daily flights"): English's adjectives of recurrence (not "annual",
# whose figures texts seldom say per year)
_PER = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month"}


def _per_unit(adjective: str, sentence: str) -> bool:
    """Whether `sentence` states a figure per the unit of time `adjective` ("hourly") says: a rate of that unit
    (`figures.RATE`), or a figure written with the adjective or over the unit ("32 crowns/hour")."""
    unit, number = _PER[adjective], figures.NUMBER.pattern
    if any(re.search(rf"(?i)\b{unit}$", rate.group()) for rate in figures.RATE.finditer(sentence)):
        return True
    return bool(
        re.search(
            rf"(?i)(?:{number})(?:[\s-]+[\w.-]+){{0,3}}?\s*/{unit}\b"
            rf"|(?:{number})\s+(?:[\w-]+\s+)?{adjective}\b|\b{adjective}\s+(?:[a-z-]+\s+){{0,2}}?(?:of|at)\s+\S*\d",
            sentence,
        )
    )


_CLAUSE_AFTER = re.compile(r"(?:[^.;:,]|[.,](?=\d))*")  # up to the clause's end, not a thousands' comma
# ...and the counted nouns `figures.COUNTED` leaves out: the nouns of people a question counts as persons or staff
# and English's plurals of people not in -s, and a plural after "of" with no determiner ("tens of thousands of
# war-weary troops")
_PEOPLE = "|".join(sorted(PERSONS | STAFF | {"men", "women", "children"}))
_COUNTS_OTHERS = re.compile(
    rf"\s+(?:(?:[a-z-]+\s+)?(?:{_PEOPLE})\b|of\s+(?!(?:them|us|you|these|those|which|whom)\b)(?:[a-z-]+\s+){{0,2}}?[a-z]+s\b)"
)
_GOVERNED = re.compile(rf"\b(?P<verb>[a-z]+)\s+(?:{_APPROXIMATOR}\s+)?$")


def counts_asked(ask: Ask, sentence: str, context: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `sentence` (read with `context`, its antecedent) counts what `ask` counts, when it counts."""
    if "alone" in ask.asked and _JOINT.search(sentence):  # "How much did Sabrair alone lose?": not "a combined…"
        return False
    sums = money.sums(sentence) if ask.money and ask.asked & _TOTAL else []
    if sums and all(figures.PER_UNIT.match(sentence, m.start()) for m in sums):
        return False  # "How much did Teskaria pay in total…?": not a rate, "eight groschen a man per day"
    if ask.asked & _MIDDLE and ask.wants == "number" and not _OF_THE_MIDDLE.search(sentence):
        return False
    if ask.wants == "number" and any(not _per_unit(a, sentence) for a in ask.asked & _PER.keys()):
        return False  # "What hourly amount…?": not "2.20 crowns a kilometre and a guaranteed hourly minimum"
    said = figures.occasions_spelled(context)  # "How many times did they meet?": "met… twice"
    counted = ask.counted
    if counted[-1:] and counted[-1] in _OCCASIONS and _TIMES.search(said):  # "How many trips…": "eleven times"
        counted = ("times",)
    # a noun of people the corpus never uses ("How many refugees ended up in Valmora?") may be counted by a number
    # that counts no noun of its own, in a clause that says what else was asked ("about 90,000 of them across the
    # border into Valmora"); not by one that counts others ("killed an estimated 6,000 people")
    # ...and any noun of people may be counted by a party's people, named by their plural ("How many prisoners did
    # each country release?": "Kaldoria released six Ostravelians"), in a sentence that says what else was asked
    rest = tuple(t for t in ask.topic if t not in counted)
    # ...a thing by a noun of a kind of it, or of which it is one ("58 driver positions" counts jobs); people not, as
    # a kind of them is another group at the table ("410 hostages" are no prisoners asked about)
    kindred = synonyms if counted and may_name_people(counted[-1]) else with_kin(synonyms)
    if (
        counted
        and not holds.holds_head(counted[-1:], said, lexicon, kindred)
        and not (
            lexicon.unknown_terms(counted[-1])
            and may_name_people(counted[-1])
            and any(holds.share(rest, clause, lexicon, synonyms) for clause in uncounted(sentence) if rest)
        )
        and not (people_counted(ask, said, lexicon) and holds.share(rest, said, lexicon, synonyms))
    ):
        return False
    # "…its turbines generate 5,200 megawatts" counts no turbines; "250 American merchant vessels" counts the
    # "merchant ships" asked about, by the question's own word before the noun
    if counted and counts_another(
        sentence,
        lambda w: w in counted[:-1] or holds.share(counted[-1:], w, lexicon, kindred) == 1,
        ask.asked,
        # ...the noun before by the question's own words: "three military hospitals" counts no soldiers
        lambda w: w in counted[:-1] or holds.share(counted[-1:], w, lexicon, own_words_only) == 1,
    ):
        return False
    if ask.counted and ask.having and objects_of(sentence, lambda verb: verb not in HAVING):
        return False
    if ask.counted and not ask.wanted and objects_of(sentence, _WANTING.__contains__):
        return False  # "How many tonnes of steel does Arvenland export?": not "Arvenland wanted 2 million tonnes"
    return not (
        ask.event
        and figures.undergoes_another(
            sentence, lambda verb: holds.share((ask.event or "",), verb, lexicon, synonyms) == 1
        )
    )


_PEOPLE_COUNTED = re.compile(rf"\b(?:\d[\d,]*|{figures.SPELLED})\s+(?P<people>[A-Z][\w’'-]+)s\b")


def counts_a_people(sentence: str, lexicon: Lexicon) -> bool:
    """Whether a number of `sentence` counts a party's people by the plural of its name ("six Ostravelians")."""
    return any(lexicon.parties_in(m["people"]) for m in _PEOPLE_COUNTED.finditer(sentence))


def people_counted(ask: Ask, sentence: str, lexicon: Lexicon) -> str:
    """The noun of people `ask` counts, when `sentence` counts a party's people by name (which that noun stands
    for in what the sentence says), else ""."""
    noun = ask.counted[-1] if ask.counted else ""
    return noun if noun and may_name_people(noun) and counts_a_people(sentence, lexicon) else ""


def uncounted(sentence: str) -> list[str]:
    """What the clause of each number of `sentence` that counts no noun says after it ("about 90,000 of them
    across the border into Valmora": "of them across the border into Valmora"); none for a year or a sum."""
    sums = [m.span() for m in money.sums(sentence)]
    numbers = figures.NUMBER.finditer(figures.DAY_OF_MONTH.sub(lambda d: " " * len(d.group()), sentence))
    return [
        sentence[m.end() : m.end() + len(clause.group())]
        for m in numbers
        if not (figures.COUNTED.match(sentence, m.end()) or _COUNTS_OTHERS.match(sentence, m.end()))
        and not any(a <= m.start() < b for a, b in sums)
        and (clause := _CLAUSE_AFTER.match(sentence, m.end()))
    ]


def objects_of(sentence: str, verbs: Callable[[str], bool]) -> bool:
    """Whether every number of `sentence` is the object of a verb (the word right before it, but for "about" or
    "more than") that `verbs` holds for."""
    found = _governing(sentence)
    return bool(found) and all(v is not None and verbs(v) for v in found)


def _governing(sentence: str) -> list[str | None]:
    """The verb each number of `sentence` is the object of, if any; "2 million" is one number."""
    verbs: list[str | None] = []
    end = -1
    for n in figures.NUMBER.finditer(sentence):
        if end >= 0 and not sentence[end : n.start()].strip(" -"):
            end = n.end()  # ...of a figure begun before it
            continue
        m, end = _GOVERNED.search(sentence, 0, n.start()), n.end()
        verbs.append(m["verb"] if m and _verb(m["verb"]) else None)
    return verbs


def _verb(word: str) -> bool:
    """Whether `word` is a verb's past or finite form and no noun ("detained", "lost", "wants"; not "boats")."""
    found = lemmas(word)
    return "VERB" in found and (bool(re.fullmatch(PAST_TENSE, word)) or "NOUN" not in found)


_NO_COUNT = ("one", "double", "triple")
_ELIDED = re.compile(r"[^;:.]{0,12},\s+")  # a number's noun left out after a comma: "six members, three…"
# ...or after "all" ("the three utilities… engineers from all three"): the number refers back to what it counted
_ALL = re.compile(r"(?i)\ball\s+$")
_COMPOUNDED = re.compile(r"\b\d[\d,.]*-(?=(?P<unit>[a-z]+))")


def counts_another(
    sentence: str,
    asked: Callable[[str], bool],
    given: frozenset[str] = frozenset(),
    by: Callable[[str], bool] | None = None,
) -> bool:
    """Whether every number of `sentence` counts a noun other than what was `asked` about ("its turbines
    generate 5,200 megawatts" counts no turbines); a number with no plural noun after it ("about 90,000 of
    them") may count anything, unless it comes after another's and a comma, whose noun it leaves out ("six
    members, three from each side": members; not past a semicolon), or after "all" ("the three utilities… engineers
    from all three": utilities); a number the question `given` itself
    ("…cranes at Terminal 3?") counts nothing, and one joined to its unit measures what it modifies ("a 19-day
    strike" counts no trains). The noun before the head counts what was asked `by` the question's own words
    (`asked` when not given)."""
    by = by or asked
    # "24-hour": no count of hours, but the measure of what it modifies ("a 19-day strike" counts no trains)
    text = figures.DAY_OF_MONTH.sub(" ", sentence)
    units = [m["unit"] for m in _COMPOUNDED.finditer(text)]
    text = _COMPOUNDED.sub("- ", text)
    spans = [m.span() for m in money.sums(text)]  # "$9 per tonne" counts money, not tonnes
    shares = [m.span() for m in figures.SHARE.finditer(text)]  # "5 percent of the sales" counts nothing
    numbers = [
        m
        for m in figures.NUMBER.finditer(text)
        if not any(a <= m.start() < b for a, b in spans + shares) and m.group() not in given
    ]
    # a bare "one" is a pronoun more often than a count ("draw one together"), and "double" or "triple" before no
    # plural multiplies ("this double exhaustion", "a triple blow")
    counted: list[re.Match[str] | None] = []
    last: re.Match[str] | None = None  # the last number's noun, said or left out
    for m in numbers:
        c = figures.COUNTED.match(text, m.end())
        elided = last is not None and bool(
            _ELIDED.fullmatch(text, last.end(), m.start()) or _ALL.search(text[: m.start()])
        )
        if c or m.group().lower() not in _NO_COUNT:
            counted.append(c or (last if elided else None))
            last = counted[-1] or last
    if numbers and not spans and not counted:
        return True
    if not numbers and units:
        return not any(asked(unit) for unit in units)
    # "214 bronze plaques" count bronzes too: the noun before the head may name what is counted, but not before a
    # unit of time ("ten school days" count no schools)
    return bool(spans or counted) and all(
        c is not None
        and not asked(c["noun"])
        and not (c["modifier"] and by(c["modifier"]) and not figures.TIME_UNIT.fullmatch(c["noun"]))
        for c in counted
    )
