"""Which nouns of English name a kind of what another names: "a position" is a kind of job, "a proposal" a kind
of offer, "a king" a kind of monarch, so a text may answer a question in the word one level above or below it.

The table is WordNet 3.0's: for each noun, the one-word lemmas of the synsets directly above each of its senses
(their "@" hypernym pointers), kept in `kinds.txt` by `python -m assistant.kinds WORDNET_DIR VOCAB` (the folder of
WordNet's `index.noun` and `data.noun`, and a word list, one word a line). Only the words of the list are kept:
the whole lower-case words of MiniLM's vocabulary, English's common words, so the table stays small. One level
only: a kind of a kind (a king is a kind of ruler) is too far to say the same thing. This module says which
words are kin; `counting` counts a noun asked about by its kin ("How many driving jobs…?": "58 driver
positions"). Read as near-synonyms everywhere, they cost more answers than they gained: a word has many senses.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from assistant.english import lemmas
from assistant.holds import Synonyms

KINDS_FILE = Path(__file__).with_name("kinds.txt")
_NOTICE = "# From WordNet 3.0, Copyright 2006 by Princeton University, under the WordNet 3.0 license."


@cache
def _table() -> dict[str, frozenset[str]]:
    """Each noun with the nouns directly above it and below it (a kind of it, or it a kind of them)."""
    kin: dict[str, set[str]] = {}
    for line in KINDS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            noun, *above = line.split()
            for other in above:
                kin.setdefault(noun, set()).add(other)
                kin.setdefault(other, set()).add(noun)
    return {noun: frozenset(found) for noun, found in kin.items()}


@cache  # on the hot path of every count asked: each sentence's words, looked up again for each question
def _nouns(word: str) -> tuple[str, ...]:
    """`word` as the nouns it may be the inflection of ("positions": "position")."""
    return tuple(dict.fromkeys((word.lower(), *lemmas(word.lower()).get("NOUN", ()))))


def kin_in(words: list[str], candidates: list[str]) -> set[str]:
    """Those of `words` of which one of `candidates` is a kind, or which are a kind of one ("job" for
    "positions", "offer" for "proposal")."""
    table = _table()
    near = {k for c in candidates for n in _nouns(c) for k in table.get(n, ())}
    return {w for w in words if near.intersection(_nouns(w))}


def with_kin(synonyms: Synonyms) -> Synonyms:
    """`synonyms` that also count a kind of a word, or what it is a kind of, as the same thing."""
    return lambda found, candidates: synonyms(found, candidates) | kin_in(found, candidates)


def derive(wordnet: Path, vocabulary: set[str]) -> list[str]:
    """Lines "noun above…" of every noun of `vocabulary` that has a hypernym in it, from WordNet's files."""
    synsets: dict[str, tuple[list[str], list[str]]] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = fields[at + 1 : at + 1 + 4 * int(fields[at])]
        synsets[fields[0]] = (words, [pointers[i + 1] for i in range(0, len(pointers), 4) if pointers[i] == "@"])
    out = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        lemma, _, _, symbols, *rest = line.split()
        if lemma not in vocabulary:
            continue
        senses = rest[int(symbols) + 2 :]  # past the pointer symbols, the sense and tagsense counts
        above = {w for s in senses for h in synsets[s][1] for w in synsets[h][0] if w in vocabulary and w != lemma}
        if above:
            out.append(" ".join([lemma, *sorted(above)]))
    return sorted(out)


if __name__ == "__main__":
    words = {w.strip() for w in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()}
    lines = derive(Path(sys.argv[1]), {w for w in words if w.isalpha() and w.islower() and w.isascii()})
    KINDS_FILE.write_text("\n".join([_NOTICE, *lines]) + "\n", encoding="utf-8")
