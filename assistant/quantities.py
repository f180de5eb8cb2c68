"""What a figure's unit measures, in English's words for the quantity: "2,400 megawatts" holds "power" for a
question that asks how much power a dam will generate. It reads units only; it does not say whether a figure
answers a question (`ask.Ask` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.counting import counts_another
from assistant.money import sums

# The SI quantities of the units news and history give figures in ("2,400 MW", "4.2 cents per kilowatt-hour"), each
# with the words English names it by.
_FIGURE = r"(?i)(?:\d\s*(?:(?:hundred|thousand|million|billion)\s+)?|\bper\s+)"  # "31 billion", "per"
_QUANTITIES = [
    (re.compile(rf"{_FIGURE}(?:kilo|mega|giga|tera)?watt-?hours?\b|\b[kmgt]wh\b"), "energy electricity"),
    (re.compile(rf"{_FIGURE}(?:(?:kilo|mega|giga)?watts?|[kmg]w)\b(?!-?hours?)"), "power electricity"),
    (re.compile(rf"{_FIGURE}(?:cubic\s+(?:metres|meters|feet)|lit(?:re|er)s)\b"), "volume"),
    (re.compile(rf"{_FIGURE}(?:tonnes|tons|kilograms|kg)\b"), "weight mass"),
]


# An amount said by a unit of measure and the thing measured: "210,000 tonnes of copper", "2 million barrels of
# oil" (English's units of weight, volume and count of goods in trade).
_UNITS = (
    r"tonnes|tons|kilograms|kg|pounds|ounces|barrels|metres|meters|feet|lit(?:re|er)s|gallons|bushels|bales|"
    r"carats|cargoes|shipments"
)
_AMOUNT_OF = re.compile(
    rf"\d[\d,.]*\s+(?:(?:hundred|thousand|million|billion)\s+)?(?:(?:metric|cubic)\s+)?(?:{_UNITS})"
    r"\s+of\s+(?P<thing>[a-z]+(?:\s+[a-z]+)?)\b"
)


def measures_another(sentence: str, same: Callable[[str], bool], money: bool = True) -> bool:
    """Whether every amount of `sentence` that says what it measures measures something other than what was
    asked (`same`): "210,000 tonnes of copper" is no amount of cobalt, nor "212,000 inhabitants"; an amount
    that says nothing of what it measures ("38 million cubic metres a year") may measure anything, and a sum of
    money may be of it ("silver worth $4m") unless no `money` may."""
    things = [m["thing"].split() for m in _AMOUNT_OF.finditer(sentence)]  # "of refined copper": either word
    if things:
        return not any(same(w) for thing in things for w in thing)
    # ...nor does a count of what is no unit ("…silver mines and some 212,000 inhabitants": no amount of silver)
    return not (money and sums(sentence)) and counts_another(sentence, lambda w: _is_unit(w) or same(w))


def _is_unit(word: str) -> bool:
    """Whether `word` is a unit of measure ("tonnes", "megawatts"), which counts no thing but measures one."""
    return bool(re.fullmatch(_UNITS, word)) or any(pattern.search(f"1 {word}") for pattern, _ in _QUANTITIES)


def quantities(sentence: str, stuff: str | None = None) -> str:
    """The names of the quantities the figures of `sentence` measure ("power electricity" for "2,400 MW"), and the
    `stuff` asked about ("How much water…") when one is in a unit of measure and of nothing named ("drawing 3.6
    million cubic metres a year from the lake")."""
    names = " ".join(names for pattern, names in _QUANTITIES if pattern.search(sentence))
    # ...but not stuff that is a quantity of another unit ("How much electricity…": not "410 cubic metres")
    other = any(stuff in named.split() for _, named in _QUANTITIES)
    return f"{names} {stuff}" if names and stuff and not other and not _AMOUNT_OF.search(sentence) else names
