"""How often something happens, as English asks it ("How often will the commission meet?", "How frequently…")
and says it: the adverbials of definite frequency of Quirk et al. §8.64 ("every quarter", "every three months",
"twice a year", "monthly") and the adjectives made of them ("its annual meeting"). Reads words only; whether a
sentence answers a question is `ask.Ask`'s to say.
"""

from __future__ import annotations

import re

ASKS_FREQUENCY = re.compile(
    r"(?i)\bhow\s+(?:often|frequently|regularly)\b|\bwith\s+what\s+(?:frequency|regularity)\b"
    r"|\bhow\s+many\s+times\s+(?:a|an|per|each|every)\s+\w+"
)
FREQUENCY_FRAME = frozenset("often frequently regularly frequency regularity times".split())  # no topic words
_PERIODS = r"(?:minute|hour|day|night|week|fortnight|month|quarter|year|decade|season|spring|summer|autumn|winter)s?"
STATES_FREQUENCY = re.compile(
    rf"(?i)\b(?:every|each)\s+(?:other\s+|few\s+|[\w-]+\s+)?{_PERIODS}\b"
    rf"|\b(?:once|twice|thrice|[\w-]+\s+times)\s+(?:a|an|per|each|every)\s+(?:[\w-]+\s+)?{_PERIODS}\b"
    r"|\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annual(?:ly)?|yearly|bi-?annual(?:ly)?"
    r"|bi-?ennial(?:ly)?|semi-annual(?:ly)?)\b"
)
