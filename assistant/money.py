"""Amounts of money as English writes them: in a currency of the world's ("$18 million", "640 million crowns"),
in one English does not know ("3.1 billion dalers"), or in any word where grammar makes the sum money ("spend
about 600m meridians"). `sums` finds them; nothing here reads a question.
"""

from __future__ import annotations

import re

from assistant.english import lemmas
from assistant.figures import SPELLED, TIME_UNITS

# An amount of money as stated: "$18 million", "140 million dollars", "640 million crowns" (the English names of
# the currencies of ISO 4217, present and past); those that are common words ("won", "marks", "rand") only
# after a multiplier: "2.4 million marks", not "scored 18 marks".
CURRENCIES = """dollars pounds euros yen yuan renminbi rubles roubles francs crowns kronor kroner krona kronur rupees
pesos lire lira shillings florins guilders dinars rials riyals dirhams zlotys forints korunas hryvnias leva lei
tenge manats lari drams shekels takas kyats kips riels ringgit rupiah naira cedis birr kwacha pula escudos
drachmas pesetas ducats thalers ecus cents pence""".split()
# ...and the coins of the German states and of old France, which histories give sums in (the OED's "kreuzer":
# "a small copper coin formerly current in Germany and Austria")
CURRENCIES += "kreuzer kreuzers groschen pfennigs gulden livres sous".split()
# The ISO 4217 codes of the most traded currencies, written before or after a sum ("USD 42 million").
ISO_CURRENCIES = "USD EUR GBP JPY CNY CHF CAD AUD NZD SEK NOK DKK INR RUB BRL ZAR MXN KRW TRY PLN HKD SGD".split()
# ...and as the hyphened adjective before a noun, the currency then singular: "a 4.2-billion-crown bid"
_SINGULAR = [c[:-1] for c in CURRENCIES if c.endswith("s")] + [c for c in CURRENCIES if not c.endswith("s")]
MONEY = re.compile(
    rf"(?:[$£€¥]\s?|\b(?:{'|'.join(ISO_CURRENCIES)})\s?)\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m)\b)?"
    rf"|\b\d[\d,.]*(?:-(?:million|billion|trillion))?-(?:{'|'.join(_SINGULAR)})\b"
    rf"|\b\d[\d,.]*\s*(?:million|billion|trillion|m|bn)?\s*(?:{'|'.join(CURRENCIES + ISO_CURRENCIES)})\b"
    r"|\b\d[\d,.]*(?:\s*(?:million|billion|trillion|bn)|m)\s+(?:marks|won|rand)\b"
    # ...or spelled out: "fourteen kreuzer", "forty thousand thalers"
    rf"|\b(?:{SPELLED})(?:[\s-]+(?:{SPELLED}|hundred|thousand|million|billion))*\s+(?:{'|'.join(CURRENCIES)})\b",
    re.I,
)


# A made-up country's money is a word English does not know, after a multiplier: "3.1 billion dalers", "a
# 3.1-billion-daler loan", "380m dalers" (the press's glued "m" and "bn").
_MULTIPLIED_SUM = re.compile(r"\b\d[\d,.]*(?:[\s-]*(?:million|billion|trillion)|bn|m)[\s-]+(?P<unit>[a-z]{3,})\b")
# ...or any word, where English grammar makes the sum money: the object of a verb of spending or paying
# ("spend about 600m meridians") or a sum's worth ("3.4bn meridians' worth of exports").
_SPENDING = r"spen[dt]|spending|costs?|costing|pa(?:y|id|ying)|owe[sd]?|invest(?:s|ed|ing)?|refund(?:s|ed|ing)?"
_SPENT = re.compile(
    rf"(?i)\b(?:{_SPENDING})\s+(?:(?:about|around|roughly|some|nearly|almost|over|up to|more than)\s+)?$"
)
_REACH = 40  # characters before a sum that may hold its verb ("spend… more than ")
_WORTH = re.compile(r"(?:'s?|s')\s+worth\b")
_TIME_UNIT = re.compile(TIME_UNITS)


def sums(text: str) -> list[re.Match[str]]:
    """The amounts of money `text` states, in a currency of the world's or in one English does not know."""
    multiplied = [m for m in _MULTIPLIED_SUM.finditer(text) if not lemmas(m["unit"]) or _spent(m, text)]
    found = {m.span(): m for m in [*MONEY.finditer(text), *multiplied]}  # one sum, however it was found
    return sorted(found.values(), key=lambda m: m.start())


def _spent(sum_: re.Match[str], text: str) -> bool:
    """Whether grammar makes a multiplied sum of `text` money: spent, paid… or worth something, not time."""
    before = _SPENT.search(text, max(0, sum_.start() - _REACH), sum_.start())
    return not _TIME_UNIT.fullmatch(sum_["unit"]) and bool(before or _WORTH.match(text, sum_.end()))


def states_money(sentence: str, asked: frozenset[str]) -> bool:
    """Whether `sentence` states a sum of money that the question (its words `asked`) does not give: "the 1.80
    crown levy" asked about is no answer to what it costs."""
    return any(not set(re.findall(rf"\d+|\b(?:{SPELLED})\b", m.group().lower())) <= asked for m in sums(sentence))
