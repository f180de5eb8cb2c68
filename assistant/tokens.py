"""Words as every lexical part sees them: the tokens of a text, lower-cased and without possessives, their
English stems, and whether one is a participle. Knows nothing of any corpus (`lexicon.Lexicon` folds spellings
onto one)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from assistant.english import lemmas

WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# An email address or a web address names where to write or look, not what the text is about: no words of it
# ("o.vasquel@civprot.tessalind.gov" does not mention Tessalind).
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\bwww\.\S+")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def unpossessed(word: str) -> str:
    """`word` without its possessive ending ("Orvanda's" -> "Orvanda")."""
    return word.removesuffix("'s").removesuffix("’s")


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessives removed ("Russia's" -> "russia")."""
    text = _ADDRESS.sub(" ", text) if "@" in text or "://" in text or "www." in text else text
    return [unpossessed(w).replace("’", "'") for w in WORD.findall(text.lower())]


def stems(tokens: Iterable[str]) -> list[str]:
    return list(_stemmer().stemWords(list(tokens)))


def is_participle(word: str) -> bool:
    """Whether `word` is a verb's participle and no noun ("disputed", "existing"; not "rating", "lakeside")."""
    found = lemmas(word)
    return word.endswith(("ed", "ing")) and "VERB" in found and "NOUN" not in found
