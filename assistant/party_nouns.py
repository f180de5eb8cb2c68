"""The common nouns a text calls its parties by ("the union", "the government", "the movement"), read from how
the text ties each noun to one party:
- a party's name ends in it ("Free Hallan Movement": the movement; "Marrowfield Unified School District": the
  district);
- the text says it of one party, by "of", a possessive or the party's adjective ("the government of the
  Republic of Varossa", "Halvenor's government", "the Varossan government");
- a person the alias table places in a party holds a post of it ("Tamsin Bellweather, the union's president").

A noun tied to two parties is neither's, and one that already names a party stays that party's. The nouns are
English's nouns for a body that acts as one side (a government, an organisation, an armed group), not words of
any document. `names.Parties` takes them as more names of the parties, read with less certainty than the alias
table's (they set no parties side by side); nothing here ranks or retrieves.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from assistant.names import Parties

# English's nouns for a body that acts as one side in talks: a government, an organisation, an armed group (not
# "the state" or "the city", which say where as often as who).
BODIES = frozenset(
    """government administration regime cabinet council board authority movement front union association
    federation confederation alliance coalition league party guild district company firm group consortium
    employer rebels insurgents""".split()
)
_NOUN = rf"(?P<noun>{'|'.join(sorted(BODIES))})"
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*"
# "the government of the Republic of Varossa", "Halvenor's government", "the Varossan government"
_OF = re.compile(rf"\b[Tt]he\s+{_NOUN}\s+of\s+(?:the\s+)?(?P<name>{_NAME})")
_POSSESSIVE = re.compile(rf"(?P<name>{_NAME})['’]s?\s+{_NOUN}\b")
_ADJECTIVE = re.compile(rf"\b[Tt]he\s+(?P<name>{_NAME})\s+{_NOUN}\b")
# "Tamsin Bellweather, the union's president" and "the union's president, Tamsin Bellweather"
_POST_AFTER = re.compile(rf"(?P<name>{_NAME}),\s+the\s+{_NOUN}['’]s\s+[a-z]")
_POST_BEFORE = re.compile(rf"\b[Tt]he\s+{_NOUN}['’]s\s+(?:[a-z-]+,?\s+){{1,3}}?(?:[A-Z][a-z]+\.?\s+)?(?P<name>{_NAME})")


def corpus_parties(aliases: Mapping[str, Iterable[str]], texts: Iterable[str]) -> Parties:
    """The parties of a corpus whose passages are `texts`: the alias table's names and the common nouns the texts
    call them by. Indexing, answering and the matrix all read parties through this one table, so what a build
    derives (the passages each party is named in) is what its readers would derive."""
    aliases = {party: list(names) for party, names in aliases.items()}
    return Parties(aliases, common_nouns(aliases, texts))


def common_nouns(aliases: Mapping[str, Iterable[str]], texts: Iterable[str]) -> dict[str, set[str]]:
    """For each party, "the <noun>" for each noun of `BODIES` that `texts` tie to it alone."""
    named = {party: {party, *names} for party, names in aliases.items()}
    party_of = {w.lower(): party for party, names in named.items() for name in names for w in [name, *name.split()]}
    taken = {name.lower() for names in named.values() for name in names}
    tied: dict[str, set[str]] = defaultdict(set)
    for party, names in named.items():  # "Free Hallan Movement": the movement
        for name in names:
            head = name.split()[-1].lower()
            if " " in name and name[:1].isupper() and head in BODIES:
                tied[head].add(party)
    for text in texts:
        for pattern in (_OF, _POSSESSIVE, _ADJECTIVE, _POST_AFTER, _POST_BEFORE):
            for m in pattern.finditer(text):
                if (whose := _party_named(m["name"], party_of)) is not None:
                    tied[m["noun"]].add(whose)
    out: dict[str, set[str]] = defaultdict(set)
    for noun, parties in tied.items():
        if len(parties) == 1 and f"the {noun}" not in taken:
            out[next(iter(parties))].add(f"the {noun}")
    return dict(out)


def _party_named(name: str, party_of: Mapping[str, str]) -> str | None:
    """The party that `name` (or its last word, a surname or a short name) names, if one does."""
    name = re.sub(r"['’]s?$", "", name).lower()
    # ...or a people's adjective of one ("Varossan": Varossa, "Halvenorian": Halvenor)
    words = [name, name.split()[-1]]
    forms = [w[: -len(end)] for w in words for end in ("n", "an", "ian") if w.endswith(end)]
    return next((party_of[w] for w in [*words, *forms] if w in party_of), None)
