"""The role a "Who is/was … ROLE …?" question asks about, and whose it is, from the parts
`question_forms.WHO_ROLE` finds: "Who is Orvanda's foreign minister?" asks for a foreign minister of Orvanda,
"Who is the president of Mirrowan?" for Mirrowan's president. A title with its complement asks for the whole
title ("Orvanda's Minister of Fisheries", "the U.S. Secretary of Defense": a secretary of defense, not the
"General Secretary Leonid Brezhnev"), its complement said before its head as English also says it ("the
Fisheries Minister", "Defense Secretary John Nott"). English grammar only; `question.read` calls it.
"""

from __future__ import annotations

import re

from assistant import holds
from assistant.ask import Ask
from assistant.english import UNTOPICAL, lemmas
from assistant.question_forms import ABBREVIATION

_POSSESSOR = re.compile(r"^[A-Z][\w.-]*['’]s\s+(?=[A-Z])")  # "Kalmoria's" of "Kalmoria's Constitutional Court"
_SEQUENCE = frozenset("first original initial new current present former last latest".split())
_COMPLEMENT = re.compile(r"(?:of|for)", re.I)  # "Minister of Fisheries", "Minister for Foreign Affairs"


def role_asked(role: re.Match[str], asked: frozenset[str]) -> Ask:
    """The `Ask` of a question whose `WHO_ROLE` match is `role`, with the question's words `asked`."""
    # "the chief U.S. negotiator": an abbreviated name inside the role is whose role it is
    inside = [w for w in role["role"].split() if ABBREVIATION.fullmatch(w)]
    of = holds.NAME_RUN.match(role["of"] or "")  # ...as is a name after "of" ("the president of Mirrowan")
    if of and role["prep"].lower() not in ("of", "for", "to") and role["of"][of.end() :].strip():
        of = None  # ...but not a name's adjective of an event: "the mediator in the Aurevian dispute"
    possessor = re.sub(r"^(?:the|The)\s+", "", role["owner"] or "")  # "the Tamaran Republic's"
    held = " ".join(w for w in role["role"].split(" or ")[0].split() if w not in inside)  # "deputy or…"
    whole = tuple(w for w in re.findall(r"[a-z][\w'’-]*", held.lower()) if w not in UNTOPICAL)  # "go-between"
    # ...but when the title has an owner already, a word of English after "of" or "for" is the title's own
    # ("Orvanda's Minister of Fisheries", "the U.S. Secretary of Defense"), not an acronym ("…negotiator for SALT II")
    said = [w for w in (role["of"] or "").split()[:1] if not w.isupper()]
    owned = bool((possessor and possessor[0].isupper()) or inside or any(w[:1].isupper() for w in held.split()[:-1]))
    if said and _COMPLEMENT.fullmatch(role["prep"] or "") and lemmas(said[0].lower()) and owned:
        whole, of = (*whole[:-1], said[0].lower(), *whole[-1:]), None
    owner = possessor if possessor and possessor[0].isupper() else " ".join(inside) or (of and of.group())
    owner = owner and _POSSESSOR.sub("", owner)  # the president of a country's court is the court's
    # "the Concord's first envoy": which of its envoys, by an adjective of sequence ("First Minister" is a title)
    sequence = {w for w in _SEQUENCE if re.search(rf"\b{w}\b", held)}
    whole = tuple(w for w in whole[:-1] if w not in sequence) + whole[-1:]
    return Ask(wants="name", role=whole, owner=owner, asked=asked)
