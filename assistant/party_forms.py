"""The names English derives from a party's names in `positions.yaml`: the plural of a people's adjective or of a
party's first word, the other names of the same country and a state's short name. `names.Parties` adds them;
nothing here reads text.
"""

from __future__ import annotations

import re

from assistant.english import SAME_NAME, lemmas

# A state's formal name, whose short name is the name after "of" ("Kingdom of Varnholt": Varnholt), as the UN's
# list of country names gives each state's formal and short names
LONG_FORM = re.compile(
    r"(?:the\s+)?(?P<kind>(?:(?:United|Grand|Federal|Democratic|Socialist|Islamic|Holy|Serene)\s+)*"
    r"(?:Kingdom|Republic|Duchy|Empire|Principality|Commonwealth|Federation|Confederation|State|Emirate|Sultanate))"
    r"\s+of\s+(?:the\s+)?(?P<short>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def with_other_forms(aliases: dict[str, set[str]]) -> dict[str, set[str]]:
    """Each party's names plus the forms English derives from them: the plural of a people's adjective
    ("Ukrainian" -> "Ukrainians") or of a party's first word ("Green Future" -> "Greens"), the other names of the
    same country ("U.S." -> "American") and a state's short name ("Kingdom of Varnholt" -> "Varnholt", and "the
    Kingdom" when no other party is one). A form that already names another party stays that party's."""
    taken = {name.lower() for names in aliases.values() for name in names}
    forms = {party: [m for n in names if (m := LONG_FORM.fullmatch(n))] for party, names in aliases.items()}
    kinds = [m["kind"] for found in forms.values() for m in found[:1]]
    out = {}
    for party, names in aliases.items():
        more = {f"{n}s" for n in names if re.fullmatch(r"[A-Z][a-z]+(?:an|ian|ine)", n)}
        # ...and its members' plural, of a first word English uses as adjective and noun ("Green Future": "the
        # Greens", as "the Liberals", "the Conservatives", "the Nationals" are called)
        more.update(f"{n.split()[0]}s" for n in names if " " in n and {"ADJ", "NOUN"} <= set(lemmas(n.split()[0])))
        more.update(m["short"] for m in forms[party])
        # ...and "the Republic" when one party alone is a republic
        more.update(f"the {m['kind']}" for m in forms[party][:1] if kinds.count(m["kind"]) == 1)
        lowered = {n.lower() for n in names}
        for group in SAME_NAME:
            if lowered & {g.lower() for g in group}:
                more.update(group)
        out[party] = names | {m for m in more if m.lower() not in taken}
    return out
