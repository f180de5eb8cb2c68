"""Where an event took place: "Where were the talks held?" asks it, and "representatives of the two nations met in
Portsmouth" says it, by a verb of occurring or meeting right before "in" or "at" and a name, where "pressure on the
leadership in Moscow" names a place of something else. Regular expressions over English; does not rank.
"""

from __future__ import annotations

import re

from assistant.english import inflections, verb_pattern

# English's verbs of an event's occurring and of people's meeting (after VerbNet's occur-48.3 and meet-36.3), in
# every form: "took place", "was held", "met", "convened", "happened".
_OCCURRING = verb_pattern(
    ["happen", "occur", "hold", "meet", "convene", "gather"], [f"{take} place" for take in inflections(("take",))]
)
ASKS_VENUE = re.compile(rf"(?i)^\W*(?:(?:and|so|but)\s+)?where\b[^?]*\b(?:{_OCCURRING})\b")
# ...then, within three words, "in" or "at" and a name: "met in Portsmouth", "took place in August in Portsmouth"
LOCATES = re.compile(rf"\b(?:{_OCCURRING})\s+(?:[a-z]+\s+){{0,3}}?(?:in|at)\s+(?:the\s+)?[A-Z]")
