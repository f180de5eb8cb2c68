"""A party's definite descriptions: "the movement" for the Ostrel Valley People's Movement, "the bank" for the
Aldine Development Bank. Once a text has named an organisation, English refers back to it by the head noun of
its name with "the"; this module derives those forms from a party's names. It reads no text.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

# The nouns English uses for an organisation or an organised group (the common hyponyms of WordNet's
# organization.n.01 and social_group.n.01): a name headed by one of them is referred back to by it.
ORGANISATION_NOUNS = frozenset(
    """agency alliance assembly association authority bank bloc board bureau cabinet coalition commission committee
    community company confederation conference congress consortium corporation council court delegation federation
    front fund group guild institute junta league ministry movement office organisation organization parliament
    party secretariat society syndicate tribunal union""".split()
)


def head_noun(name: str) -> str | None:
    """The head of a name of several words, in lower case, when it is a noun of organisation: "movement" of
    "Ostrel Valley People's Movement", "organization" of "Organization of Halcyon Sea States"; else None."""
    before_of = name.split(" of ")[0].split()
    if len(name.split()) < 2 or not before_of or not before_of[-1][:1].isupper():
        return None
    head = before_of[-1].lower()
    return head if head in ORGANISATION_NOUNS else None


def descriptions(aliases: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """For each party, "the <head>" of its names, unless another party's names have the same head (two
    kingdoms' "the kingdom" says neither)."""
    heads = {party: {h for name in names if (h := head_noun(name))} for party, names in aliases.items()}
    shared = {h for a, b in itertools.combinations(heads.values(), 2) for h in a & b}
    return {party: {f"the {h}" for h in found - shared} for party, found in heads.items()}
