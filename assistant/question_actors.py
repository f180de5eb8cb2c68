"""The names a question asks about as actors: who takes a stance in it ("What pay rise has Halloway proposed?"), or
whose reason it asks for ("Why won't Teshmar pay…?"). An answer's sentence, or its passage, must name them
(`Ask.names`). Patterns of question grammar only; reads no passage."""

from __future__ import annotations

import re

from assistant.holds import NAME_RUN
from assistant.lexicon import unpossessed
from assistant.speakers import STANCE_AFTER_SUBJECT


def actors(text: str) -> tuple[str, ...]:
    """The names a question has take a stance: "What pay rise has Halloway proposed?" asks for her figure,
    which a sentence or its passage must name her with (not "On pay, the union is seeking 18 percent")."""
    return tuple(
        unpossessed(m.group())
        for m in NAME_RUN.finditer(text)
        if m.start() > 0 and STANCE_AFTER_SUBJECT.match(text, m.end())
    )


# "Why won't Teshmar pay…?", "Why did Kestria reject…?": the one whose reason is asked for is the subject after the
# auxiliary (Quirk et al. §11.14), not a reason another party gives
_WHY = r"^\W*(?:(?:and|so|but)\s+)?why\s+"
_WHY_SUBJECT = re.compile(
    rf"(?i:{_WHY}(?:(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should)(?:n['’]t|\s+not)?|"
    rf"(?:won|can)['’]t))\s+(?P<subject>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)"
)


def why_subject(text: str) -> tuple[str, ...]:
    """The name whose reason a "why" question asks for, as its subject, or none."""
    found = _WHY_SUBJECT.match(text)
    return (unpossessed(found["subject"]),) if found else ()
