"""Whether a sentence names a place: one a preposition of position puts something at ("in Ambrecht", "in the
lakeside town of Saldern"), one a verb of going or sending leads to ("traveled to Kiev"), or a news story's dateline.
Reads sentences; nothing here reads a question.
"""

from __future__ import annotations

import re

from assistant.english import MONTHS, TIME_NAMES
from assistant.layout import WHERE_AND_WHEN

# English's prepositions of position before a name: "in Ambrecht", "on Prinkipo Island", "at the Lindenport
# headquarters" (not "on Monday", "in March": a date), or before a place named by its kind ("in the lakeside town of
# Saldern": the common nouns of settlements and areas).
_PLACE_KINDS = r"town|city|village|hamlet|port|harbou?r|capital|resort|region|province|county|district|island|state"
_PLACE = re.compile(
    rf"\b(?:in|at|on|near|outside|inside|across)\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:{_PLACE_KINDS})\s+of\s+)?"
    r"(?P<name>[A-Z][\w’'-]+)",
    re.I,
)

# ...or where a verb of going or sending leads ("traveled to Kiev", "send their envoys to the free city of Venzell")
_TO_PLACE = re.compile(
    r"\b(?:travel(?:l?ed|l?ing|s)?|went|go(?:es|ing)?|flew|fl(?:y|ies)|return(?:ed|s|ing)?|sen[dt]|sending|"
    r"moved?|came|comes?)\s+(?:[a-z]+\s+){0,3}?to\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?P<name>[A-Z][\w’'-]+)"
)

# A news story's dateline, the place it was written in capitals before its first sentence ("CADRENNE, March 14 —",
# "OSTREVO - "; the AP Stylebook's "datelines"), where what the sentence says "here" took place.
_DATELINE = re.compile(
    rf"^\W*(?P<name>[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)*)(?:,\s+(?:{'|'.join(MONTHS)})\.?\s+\d{{1,2}})?"
    r"(?:\s+\([^)]{1,30}\))?\s*(?:—|–|-)\s"
)


def names_a_place(sentence: str, asked: frozenset[str]) -> bool:
    """Whether `sentence` puts something at, or sends it to, a place the question's words `asked` do not name."""
    dateline = _DATELINE.match(sentence) or WHERE_AND_WHEN.fullmatch(sentence)  # "Velsk, …, 12 March, 17:30"
    if dateline and dateline["name"].lower() not in asked:
        return True
    found = [*_PLACE.finditer(sentence), *_TO_PLACE.finditer(sentence)]
    return any(m["name"][0].isupper() and m["name"].lower() not in asked | TIME_NAMES for m in found)
