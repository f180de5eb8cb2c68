"""What a figure's unit measures, in English's words for the quantity: "2,400 megawatts" holds "power" for a
question that asks how much power a dam will generate. It reads units only; it does not say whether a figure
answers a question (`ask.Ask` does).
"""

from __future__ import annotations

import re

# The SI quantities of the units news and history give figures in ("2,400 MW", "4.2 cents per kilowatt-hour"), each
# with the words English names it by.
_FIGURE = r"(?i)(?:\d\s*(?:(?:hundred|thousand|million|billion)\s+)?|\bper\s+)"  # "31 billion", "per"
_QUANTITIES = [
    (re.compile(rf"{_FIGURE}(?:kilo|mega|giga|tera)?watt-?hours?\b|\b[kmgt]wh\b"), "energy electricity"),
    (re.compile(rf"{_FIGURE}(?:(?:kilo|mega|giga)?watts?|[kmg]w)\b(?!-?hours?)"), "power electricity"),
    (re.compile(rf"{_FIGURE}(?:cubic\s+(?:metres|meters|feet)|lit(?:re|er)s)\b"), "volume"),
    (re.compile(rf"{_FIGURE}(?:tonnes|tons|kilograms|kg)\b"), "weight mass"),
]


def quantities(sentence: str) -> str:
    """The names of the quantities the figures of `sentence` measure ("power electricity" for "2,400 MW")."""
    return " ".join(names for pattern, names in _QUANTITIES if pattern.search(sentence))
