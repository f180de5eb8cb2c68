"""The pronouns of English that a follow-up question leans on, by whom they may stand for: a person ("he",
"her"), a party ("they", and "it" when it acts), and whether "her" is possessive. `condense` puts names in
their place; this module only finds them."""

from __future__ import annotations

import re

from assistant.english import STANCE_VERBS, STOPWORDS

PERSONAL = re.compile(r"\b(he|she|him|his|her|hers)\b", re.I)
# "it" stands for a party when it acts: by do-support before a verb of stance or of getting ("And what does it get
# in the latest draft?" after a question about Taskenia); "How much did it cost?" is of a thing
_ACTS = "|".join([*STANCE_VERBS, "get", "receive", "gain", "give", "pay", "lose", "win", "keep"])
PLURAL = re.compile(rf"\b(they|them|their|theirs)\b|(?:(?<=\bdoes\s)|(?<=\bdid\s))it(?=\s+(?:{_ACTS})\b)", re.I)
THEM = re.compile(r"\bthem\b", re.I)  # an object: what the question before asked about, not its subject
PARTY_PRONOUN = re.compile(r"(?i)\b(?:it|its|they|their)\b")


def possessive(pronoun: re.Match[str]) -> bool:
    """Whether a personal pronoun is possessive: "his", "hers", or "her" before its noun ("her proposal", not
    "…told her about")."""
    word = pronoun.group().lower()
    after = re.match(r"\s+([a-z][\w'’-]*)", pronoun.string[pronoun.end() :])
    # "her own" is hers, though "own" is a stopword
    return word in {"his", "hers"} or (
        word == "her" and after is not None and (after[1] not in STOPWORDS or after[1] == "own")
    )
