"""A question of two parts split into the questions it joins: "Who is X's president and when is he up for
election?", "Where and when will…?", "What tariff is Dunmere pushing for, and by what date?". Patterns of
question grammar only; each part is then read and answered on its own (`answerability`, the extractive
generator)."""

from __future__ import annotations

import re

# "Who is Qaravel's president and when is he up for election?", "How much did X offer, and how did Y respond?":
# a second question joined to the first by "and" before a wh-word (or a preposition and one) and its verb, or a
# yes-no question about the people the first asks for ("Who is X's prime minister, and has he or she commented?",
# "How many monitors…, and would they carry arms?") or about someone it names ("…, and is Ardavia's chief
# negotiator happy with it?"); not "What does X want…, and has it got it?", whose "it" is the party that the
# first part's answer tells of.
_AUXILIARIES = r"is|was|are|were|did|does|do|has|have|had|will|would|can|could"
_SECOND_QUESTION = re.compile(
    r"(?i),?\s+and\s+(?=(?:(?:over|within|in|for|during|by|until)\s+)?"  # "…, and over what period will it…"
    rf"(?:who|what|when|where|why|how|which)(?:(?:'s|’s)\s|\s+(?:\w+\s+){{0,2}}?(?:{_AUXILIARIES}|much|many|long)\b)"
    rf"|(?:{_AUXILIARIES})\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]*)\b)"
)
MIN_PART_WORDS = 3  # a part shorter than this ("…, and where?") is no question of its own
# "Where and when will the next round take place?": two wh-words that share the rest of the question.
_JOINED_WH = re.compile(r"(?i)^\W*(?P<one>where|when|who|why|how|what)\s+and\s+(?P<two>where|when|who|why|how|what)\s+")

# "What tariff is Dunmere pushing for, and by what date?" (or "…, and how often?"): a wh-phrase alone after "and", which asks its own
# question of the rest of the first ("By what date is Dunmere pushing for the tariff?"); not "…, and on what
# grounds?", which the first's answer says with it, nor "…, and how many are journalists?", which asks anew.
_TRAILING_WH = re.compile(
    r"(?i),?\s+and\s+(?P<wh>(?:(?:by|until|at|in|on|from|over|for|to|with|against)\s+)?(?:when|where|"
    r"(?:what|which|whose|how\s+(?:much|many|long|far|often))(?!\s+(?:grounds|reasons?|basis)\b)"
    r"(?:\s+(?!(?:is|are|was|were|do|does|did|has|have|had|will|would)\b)[\w-]+){0,2}))"
    r"\s*\?\s*$"
)
_LEADING_WH = re.compile(r"(?i)^\W*(?:when|where|why|who|what|which|how(?:\s+(?:much|many|long|far|often))?)\s+")


def question_parts(question: str) -> list[str]:
    """The questions a question joins ("Who is X's president?", "when is he up for election?"; "Where and when
    will…?" asks where and when), or the question alone."""
    joined = _JOINED_WH.match(question)
    if joined:
        rest = question[joined.end() :]
        return [f"{joined[w].capitalize()} {rest}" for w in ("one", "two")]
    trailing = _TRAILING_WH.search(question)
    if trailing:
        first = question[: trailing.start()]
        return [f"{first}?", f"{trailing['wh'][0].upper()}{trailing['wh'][1:]} {_LEADING_WH.sub('', first)}?"]
    parts = [p.strip().rstrip("?") + "?" for p in _SECOND_QUESTION.split(question.strip(), maxsplit=1)]
    return parts if len(parts) == 2 and all(len(p.split()) >= MIN_PART_WORDS for p in parts) else [question]
