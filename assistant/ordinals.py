"""The ordinal numbers of English, by which a text tells one member of a series from another ("the third round",
"the 14th session"), and which members of a series a sentence speaks of. Nothing here reads a question.
"""

from __future__ import annotations

import re

# The ordinals in words, in order.
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
ORDINALS = "|".join(_ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th)"  # "the 14th session"


def ordinal_value(ordinal: str) -> int:
    """The place an ordinal gives: 3 for "third" or "3rd"."""
    return int(ordinal[:-2]) if ordinal[:1].isdigit() else _ORDINAL_WORDS.index(ordinal.lower()) + 1


_ORDINAL = rf"(?P<ordinal>{ORDINALS})"
# ...after a determiner, as an adjective ("the third round", "its second session"); with none it is an adverb
# ("When did the talks first get going?"), and "in first place" an idiom
ORDINAL_NOUN = re.compile(
    rf"(?i)\b(?:the|its|their|his|her|our|this|that|whose|[a-z]+['’]s)\s+{_ORDINAL}\s+(?P<noun>(?!place\b|time\b)[a-z]+)\b"
)


def series_asked(question: str) -> tuple[str, str] | None:
    """The ordinal and the noun of the member of a series `question` asks about ("third", "round"), if any."""
    found = ORDINAL_NOUN.search(question)
    return (found["ordinal"].lower(), found["noun"].lower()) if found else None


# An ordinal whose noun is left out, said of a series just named: "The first round took place on 3–5 December,
# the second on 18–21 February, and the third, the most substantive, on 12–15 May."
_BARE_ORDINAL = re.compile(rf"(?i)\bthe\s+{_ORDINAL}(?=\s*[,;:)]|\s+(?:on|in|at|from|during|was|were|took)\b)")


def of_series(noun: str, text: str) -> set[str]:
    """The ordinals of the members of a series that `text` speaks of ("third" of "the third negotiating round",
    or of "the third" after "the first round")."""
    named = {m["ordinal"].lower() for m in re.finditer(rf"(?i)\b{_ORDINAL}\s+(?:[a-z-]+\s+)?{re.escape(noun)}", text)}
    return named | {m["ordinal"].lower() for m in _BARE_ORDINAL.finditer(text)} if named else named


def another_of_series(series: tuple[str, str], sentence: str) -> bool:
    """Whether `sentence` speaks of another of the series asked about ("the fourth round" when asked about the
    third), and not of the one asked about."""
    ordinal, noun = series
    found = of_series(noun, sentence)
    return bool(found) and ordinal not in found
