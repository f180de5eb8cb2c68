"""The shapes of English questions that ask for a figure: how many or how much, a sum of money, a size, a
length or a distance, a share of a whole, a span of time, or how far a figure rose or fell; and those that ask
for a birth, a time of day or a frequency. Patterns of question
grammar only (`question.read` applies them); nothing here decides whether a sentence states the figure.
"""

from __future__ import annotations

import re

from assistant.births import ASKS_BIRTH
from assistant.condense import AUXILIARY
from assistant.english import DATE_FRAME, verb_pattern
from assistant.money import CURRENCIES
from assistant.recurrence import ASKS_FREQUENCY, FREQUENCY_FRAME
from assistant.tense import ASKS_CLOCK
from assistant.tokens import words

# "By when must…?", "What is the deadline…?": a time limit, which "within 60 days" gives as a date does
ASKS_DEADLINE = re.compile(r"(?i)^\W*(?:(?:and|so|but)\s+)?by\s+when\b|\bdeadline\b")
# "What did it cost to build…?", "What does a docker earn in a year?": a sum of money
# ...in any tense: "What was Ostrevin charging barges?" (not "What was he charged with?", an accusation)
_WHAT_COST = (
    r"\bwhat\s+(?:(?:did|does|do|will|would)\s+(?:[\w’'-]+\s+){1,6}?(?:cost|earn|charge)|(?:is|was|are|were)\s+"
    r"(?:[\w’'-]+\s+){1,6}?(?:costing|earning|charging)|(?:has|have|had)\s+(?:[\w’'-]+\s+){1,6}?(?:cost|earned|charged))"
    r"\b(?!\s+with\b)"
)
_FAR = (
    r"far(?!\s+(?:apart|back|behind|ahead)\b)(?![^?]*\b(?:willing|prepared|ready)\s+to\b)"  # a distance, not a degree
)
# "How much longer will investors wait?" asks for a span (not "How much longer is the route?"), as do "how much
# time" and "how much (advance) notice or warning", given in time ("at least 15 days in advance")
_MORE_TIME = (
    r"much\s+(?:(?:longer|sooner|later)\b(?!\s+(?:is|are|was|were)\b)|(?:advance\s+|prior\s+)?(?:time|notice|warning)\b"
    # ...or of English's nouns of time off or worked, whose amount is a span ("How much compulsory overtime…")
    r"|(?:[a-z]+\s+)?(?:overtime|leave|holidays?|vacation|rest)\b)"
)
# A change in a figure asked for by its degree ("How sharply did exports fall?"): English's degree adverbs of
# extent, then a verb of a rise or fall in value.
DEGREE = "badly|sharply|steeply|severely|dramatically|significantly|substantially"
CHANGE = verb_pattern("fall drop decline rise grow increase decrease shrink plunge slump climb jump".split(), [])
ASKS_QUANTITY = re.compile(
    # "How far behind X are Y's pilots in pay?" asks for a gap, of any figure ("14 per cent less")
    rf"(?i)\bhow\s+(?!{_MORE_TIME})(?:many|much|big|large|old|tall|high|low|deep|wide|thick|{_FAR}|far\s+(?:behind|ahead))\b"
    r"|\bwhat\s+(?:percentage|share|number|(?:(?!(?:kinds?|sorts?|types?|forms?|of)\b)[\w-]+\s+){0,2}?(?:prices?|costs?|fees?|charge|figures?|amounts?|rates?|tariffs?|taxe?s?|"
    # a rate or a limit is a figure, as is the least or the most of anything ("What minimum flow is Dravenia…?")
    r"levy|levies|tolls?|quotas?|ceilings?|caps?|limits?|thresholds?)|sum|minimum|maximum)\b"
    # "What was the total construction cost of the dam?": a figure, of whatever currency the text uses (or a
    # measure: "What is the total storage capacity of the reservoir?")
    # ...said of a party's ("What were Northline's annual revenues last year?") or with no article
    r"|\bwhat(?:['’]s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+|(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s\s+)?"
    # the noun's modifiers ("What was Veskara's real GDP growth rate in 2024?"), not a clause ("What was decided
    # about the tolls at Ness?")
    r"(?:(?!(?:the|a|an|about|of|on|in|at|for|to|with|by|from|over)\b)[\w-]+\s+){0,3}"
    r"(?:prices?(?:\s+tags?)?|costs?|fees?|sum|budget|value|capacity|population|volume|area|size|turnout|revenues?|"
    r"income|salary|salaries|wages?|deficit|debt|tolls?|ceilings?|caps?|limits?|estimates?|rates?|"
    r"raises?|rises?|increases?|hikes?)"  # a rise in a figure is a figure: "What's the smallest raise…?"
    # "…the maximum toll the board could set?", "…the smallest raise Thorne thinks…"
    r"(?:\s+(?:of|for|to|on|in|at|last|this|next|the|that|which)\b|\s*\?|\s+[A-Z])"
    # "What was the vote tally…?", "What was the final count?": English's nouns for a number arrived at by counting
    r"|\bwhat(?:['’]s|\s+(?:is|was|are|were|will\s+be))\s+the\s+(?:[\w-]+\s+){0,2}(?:tally|tallies|count)\b"
    rf"|{_WHAT_COST}"
    r"|\bby\s+(?:what|how\s+(?:much|wide|large|big))\s+(?:\w+\s+)?margin\b"
    # "What pay rise did the crew get?": a rise in a figure is a figure ("a rise of 18 percent")
    r"|\bwhat\s+(?:\w+\s+)?(?:pay|wage|salary|price|tax|rent|fare|tariff|fee)\s+(?:rises?|raises?|increases?|hikes?)\b"
    rf"|\bhow\s+(?:{DEGREE})\b[^?]*\b(?:{CHANGE})\b"  # "How badly did its sales drop?": by how much
)
# An amount of money is asked for ("How much money…", "How much ransom…", "…worth…", "What price…"); "By how
# much did they cut what X owed?" asks for a change, which may be a share.
_MONEY_NOUNS = (
    r"money|ransom|compensation|funding|budget|indemnity|reparations|revenues?|income|profits?|earnings|"
    r"subsid(?:y|ies)|investment"
)
ASKS_MONEY = re.compile(
    rf"(?i)\bhow\s+much\s+(?:[a-z]+\s+)?(?:{_MONEY_NOUNS})\b|"
    r"\bworth\b|\bprice\s+tags?\b|\b(?:salary|salaries)\s*(?:\?|$|(?:of|for|in|as|at|during|under|when|before|after|then|last|this|now)\b)"
    r"|(?<!by\s)\bhow\s+much\b[^?]*\b(?:cost|costing|pay|paid|paying|spend|spent|spending|charged?|charging|borrow|"
    r"borrowed|borrowing|lend|lent|lending|owe|owed|owing|earn|earned|earning|(?:sell|sells|sold|selling|fetch|fetches|fetched)"
    r"\s+for)\b|\bhow\s+(?:much|deep)\s+(?:in\s+)?debts?\b"  # "How much does a tonne sell for?"
    # ...though not a change in one, which a share may say ("What berth fee increase…?": "an increase of 18 percent")
    # ...and so does "what" before a noun of a sum paid ("What ransom did X pay…?", "What annual payout…?")
    rf"|\bwhat\s+(?:\w+\s+)?(?:prices?|costs?|fees?|sum|ransoms?|payouts?|payments?|fines?|compensation)\b"
    r"(?!\s+(?:rises?|raises?|increases?|hikes?|cuts?|terms|schedules?|plans?|systems?|mechanisms?|arrangements?))"
    rf"|\b(?:how\s+many|in)\s+(?:{'|'.join(CURRENCIES)})\b"
    rf"|{_WHAT_COST}"
    # "How large was the fine…?": the size of a sum, by English's nouns of a sum paid or owed
    r"|\bhow\s+(?:large|big|high|steep|hefty|heavy)\s+(?:was|is|were|are|will\s+be|would\s+be)\s+(?:the|a|an|its|their|"
    r"[A-Z][\w’'-]*['’]s)\s+(?:[a-z-]+\s+)?(?:fines?|fees?|penalt(?:y|ies)|ransoms?|bills?|payments?|payouts?|"
    r"compensation|settlements?|bonus(?:es)?|loans?|debts?|grants?)\b"
)
# English adjectives of linear dimension ask for the size of a thing ("How tall…"; "How long is the front
# line?", which may ask for a span of time as well), and "how far" for a distance: both are lengths ("How large and
# how long is the programme?" asks for a figure and a span, no length).
_SIZE = (  # "how deep in debt": no length; "How long would the line be?" asks as "How long is the line?" does
    r"\bhow\s+(?:tall|deep(?!\s+in\b)|wide|thick)\b|\bhow\s+long\s+(?:is|are|was|were)\s+the\b"
    r"|\bhow\s+long\s+(?:would|will|could|might)\s+the\s+[^?]*\bbe\s*\?"
)
ASKS_SIZE = re.compile(rf"(?i){_SIZE}")
# "How far did the union come down?", "How far will they go?" ask how much a party moved: any figure, no length.
# ...but "How far can the Vesk-9 fly?" asks for a distance (its range): English's verbs of going by air, land or
# water after "how far", which a text's range or distance need not repeat ("a range of about 850 kilometres")
_GOING = r"fl(?:y|ies|ew|own)|travel(?:s|led|ed)?|sail(?:s|ed)?|drive[sn]?|drove|swim|swims|swam|walk(?:s|ed)?"
TRAVELLED = re.compile(rf"(?i)\bhow\s+far\s+(?:away\s+)?(?:{AUXILIARY})\b[^?]*?\b(?P<verb>{_GOING})\b")
ASKS_LENGTH = re.compile(
    rf"(?i){_SIZE}|\bhow\s+{_FAR}\b(?!\s+(?:did|do|does|has|have|had|will|would|could|can)\b)|{TRAVELLED.pattern[4:]}"
)


# ...and "How far away is the rival port that ships are being sent to?": a relative clause only says which port,
# which a text may say otherwise ("…rerouted… to Sandhaven, 64 kilometres up the coast")
_WHICH_ONE = re.compile(
    r"(?i)\bhow\s+far\s+(?:away\s+)?(?:is|are|was|were)\s+[^?]*?\s(?:that|which|where)\s+(?P<clause>[^?]+)"
)


def length_frame(question: str) -> set[str]:
    """The words of a question that only ask for a length or say which thing's: "away" after "how far", a verb of
    going (`TRAVELLED`), a relative clause after what is measured (`_WHICH_ONE`)."""
    going, which = TRAVELLED.search(question), _WHICH_ONE.search(question)
    away = {"away"} if re.search(r"(?i)\bhow\s+far\s+away\b", question) else set()
    return away | ({going["verb"].lower()} if going else set()) | (set(words(which["clause"])) if which else set())


# "How big was the Keldarian navy?", "What's the size of Kirsavia's army?": the thing measured, whose head noun
# the answer's sentence must hold (nine vessels of another fleet are no size of it).
MEASURED = re.compile(
    r"(?i:\bhow\s+(?:big|large|long|high|low)\s+(?:is|was|are|were|would)|\bwhat(?:'s|’s|\s+is|\s+was)\s+the\s+size\s+of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*(?:'s|’s)?\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s*(?:[?.,]|$)|\s+(?:when|at|in|on|for|over|before|after|during|that|which|be|have|to|of|overall|now|then)\b|\s+[A-Z]"
    r"|\s+[a-z]+ing\b)"  # "…the front line separating the two sides?": a reduced relative clause after the noun
)
# "What is the authority's total annual budget?": English's nouns of an account, which a text states under that
# name ("spent 63 million crowns on agency nurses" is no budget)
ACCOUNT = re.compile(
    r"(?i)\bwhat(?:['’]s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<np>budget|revenues?|deficit|debt|income|turnover|profits?)\b"
)


def measured(question: str) -> re.Match[str] | None:
    """The thing whose size or account is asked for (`MEASURED`, `ACCOUNT`), its noun phrase the group "np"."""
    return MEASURED.search(question) or ACCOUNT.search(question)


ASKS_AGE = re.compile(r"(?i)\bhow\s+old\b")  # "How old is X?": an age, or a year of birth or building
# "How much of the region…": a share of a whole, which the answer's sentence need not name again ("…agreed to put
# in 15 per cent")
_WHOLE = (
    r"\s+of\s+(?P<whole>.+?)(?=\s+(?:will|would|did|does|do|is|was|are|were|has|have|had|can|could|"
    r"should|must|might|[a-z]+(?:s|ed))\b|\s*[?,]|$)"
)
ASKS_PROPORTION = re.compile(rf"(?i)\bhow\s+much{_WHOLE}")
# ...said as one, with words before its noun ("What minimum share…"), though not an auxiliary ("What did they share?")
ASKS_SHARE = re.compile(
    rf"(?i)\bwhat\s+(?:(?!{AUXILIARY}\b)[a-z]+\s+){{0,2}}?(?:percentage|percent|proportion|share|fraction)\b"
)
# ...whose whole, when named, is what the share is of ("What share of union members voted…?": not "most of the
# city's bus services")
ASKS_SHARE_OF = re.compile(rf"(?i)\bwhat\s+(?:percentage|percent|proportion|share|fraction){_WHOLE}")
# ...as is a rate ("What interest rate…?", "What rate of inflation…?", "How much… per megawatt?"): a ratio, a share or a
# figure per unit
ASKS_RATE = re.compile(r"(?i)\bwhat\s+(?:[\w-]+\s+){0,2}rates?\b|\bper\s+(?!cent\b)[a-z]+")
# "How much water…?", "How much cobalt…?": an amount of a thing, which a unit of measure says ("48 billion cubic
# metres"), of that thing ("210,000 tonnes of copper" is no amount of cobalt)
# ...the thing after a name's adjective ("How much Arvenish steel…": steel)
# ...not a thing English measures by "how much" only as a figure of speech ("How much ground did X give?", "how
# much progress", "headway", "leverage", "support", "room", "say": no unit measures them), nor an auxiliary ("How
# much is in that pot?" names no thing)
_FIGURATIVE = "ground|progress|headway|leverage|support|room|say|influence|pressure|trust|flexibility|attention"
HOW_MUCH_STUFF = re.compile(
    rf"(?i:\bhow\s+much)\s+(?!(?:of|money|more|less|time|longer|{_FIGURATIVE}|{AUXILIARY})\b)(?:[A-Z][\w'’-]*\s+)*"
    # ...the noun after its adjective, when the verb's auxiliary follows them ("How much compulsory overtime can…")
    rf"(?:[a-z]+\s+(?=[a-z]+\s+{AUXILIARY}\b))?(?P<stuff>[a-z]+)"
)
# "How much power generation does a year's delay cost?": "how much" measures a thing it names before the verb,
# and no sum of money, so the verb of paying asks what it costs in that thing; not "How much rent does X pay?"
# (English's nouns of a sum paid or held), nor a word of degree ("How much extra will it cost…?")
_SUMS_PAID = r"rent|tax|taxes|fees?|interest|aid|tuition|wages?|pay|cash|capital|debts?|tolls?"
_DEGREE = r"extra|more|less|further|additional|else"
_MEASURED_THING = re.compile(
    rf"(?i:\bhow\s+much)\s+(?:[a-z]+\s+)?(?!(?:{_MONEY_NOUNS}|{_SUMS_PAID}|{_DEGREE}|{'|'.join(CURRENCIES)})\b)"
    rf"[a-z]+\s+(?i:{AUXILIARY})\s"
)


def asks_money(question: str) -> bool:
    """Whether `question` asks for a sum of money: by its noun of money, a verb of paying or a currency, unless
    what it measures is a thing it names ("how much power generation does… cost")."""
    return bool(ASKS_MONEY.search(question)) and not _MEASURED_THING.search(question)


# "How large is…", "How much money…", "How far apart…", "…per year?" ask for a figure: frame words, no topic.
QUANTITY_FRAME = frozenset(
    "big large size sizes old long soon money worth far apart behind ahead tall high low deep wide thick margin figure figures amount amounts per".split()
    + "tally tallies count last lasted".split()  # "How long was the pause meant to last?": the verb of a span
    + "already still yet".split()  # "How many are still missing?": the adverbs of aspect (Quirk et al. §8.116)
    + "price prices tag cost costs tariff tariffs tax taxes levy levies toll tolls quota quotas ceiling ceilings cap caps".split()
    + "estimate estimates".split()
    + CURRENCIES
)
# "How much does X spend on…?": the verbs of a sum of money, which ask for it as "cost" does (not "How much of the
# fund will X pay?", whose paying is what the share is of)
SPENDING = frozenset("spend spends spent spending pay pays paid paying charge charges charged charging".split())
# English's general nouns for persons, whom a text counts by what they are ("300,000 residents", "six members")
PERSONS = frozenset("people persons individuals".split())
# ...and its nouns for an organisation's people ("How many staff…?": "46 officials"; "workers": "7,800 drivers"), whose word says
# whose people they are (no topic word of the question's is dropped for them)
STAFF = frozenset("staff personnel workers employees workforce".split())
ASKS_DURATION = re.compile(rf"(?i)\bhow\s+(?:long|far\s+back|soon|{_MORE_TIME})\b")
# ...in the perfect ("How long has the levy been in place?"): a span up to then (`figures.LASTING`)
ASKS_LASTING = re.compile(r"(?i)\bhow\s+long\s+(?:has|have|had)\b")
# "Over what period will it be paid?", "…, and within what time frame?": a preposition of duration and a noun of
# a span of time, which ask for one whatever figure the rest of the question names ("what timeframe fee…")
ASKS_PERIOD = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:over|within|in|for|during)\s+what\s+"
    r"(?:period|timeframe|time[\s-]?frame|time[\s-]?span|span\s+of\s+time|length\s+of\s+time)\b"
)


# Kinds of answer asked for by a form of question, with the question's words that only ask for it: a birth ("Where
# was Kallenbrook born?", not a sentence that only names him), a time of day, a frequency ("How often…?").
ASKED_KINDS = (
    (ASKS_BIRTH, "birth", frozenset({"born", "birth"})),
    (ASKS_CLOCK, "time", DATE_FRAME | {"time", "hour", "hours"}),
    (ASKS_FREQUENCY, "frequency", FREQUENCY_FRAME),
)
