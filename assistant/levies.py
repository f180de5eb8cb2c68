"""What a question about a levy asks it to be on ("What tariff does Kovary charge on Arvenish barley?": barley,
of Arvenland), and whether a sentence speaks of that thing: its word, with no other party's adjective before it
("…its 8 per cent tariff on Kovarian barley" is on another's barley). English grammar and the corpus's party
names; `answerability` refuses when none of the best sentences does. A price or a cost is no levy: a thing has
one whoever charges it.
"""

from __future__ import annotations

import re

from assistant.holds import head_pattern
from assistant.lexicon import Lexicon

# The nouns of a price or levy, and the verbs of charging one ("What tariff does Arvenland charge on wine?")
_LEVIED = (
    "prices?|costs?|tariffs?|tax(?:es)?|levy|levies|tolls?|quotas?|duty|duties|fees?|subsidy|subsidies|"
    "charge[sd]?|impose[sd]?|levied"
)
# ...the thing it is on ("What is Arvenland's tariff on Kovarian wine?", "the price of fish"), past the names'
# adjectives before it, the last of them kept as its origin
LEVIED_ON = re.compile(
    rf"(?i:\b(?:{_LEVIED})\s+(?:on|of|for)\s+(?:the\s+|its\s+|their\s+|an?\s+)?)(?:[A-Z][\w'’-]*\s+)*?"
    r"(?:(?P<origin>[A-Z][\w'’-]*)\s+)?"
    r"(?P<head>[a-z][\w-]*)(?=\s*(?:[?,.]|$|\s+(?:in|at|from|to|under|during|now|today|this|next|last)\b))"
)
_ON = re.compile(r"(?i)(?!(?:price|cost)s?\b)\w+\s+on\b")  # "a tariff on steel"; "a quota for" is for someone


def levied_on(question: str) -> tuple[str, str] | None:
    """The origin ("Arvenish", or "") and the head of the thing a levy asked about is on ("…tariff on Arvenish
    barley"), if one is asked."""
    m = next((m for m in LEVIED_ON.finditer(question) if _ON.match(m.group())), None)
    return (m["origin"] or "", m["head"]) if m else None


def levies_on(sentence: str, origin: str, head: str, lexicon: Lexicon) -> bool:
    """Whether `sentence` speaks of the thing `head` names with no other party's adjective than `origin`'s
    before it ("our tariff of 18 per cent on Kovarian cheese" for Kovarian cheese)."""
    for m in re.finditer(rf"(?:\b(?P<adjective>[A-Z][\w'’-]*)\s+)?\b{head_pattern(head)}", sentence, re.I):
        other = m["adjective"] or ""
        if not (origin and lexicon.is_party_name(other.lower()) and not lexicon.same_name(other, origin)):
            return True
    return False
