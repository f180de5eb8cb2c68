"""Questions that ask who belongs to a body ("Who sat on the river commission…?", "Who was part of the Bullitt
Mission?") and sentences that say what a body is made of ("An Aubel River Commission of five members was created,
with two Valdrian members…", "the Bullitt Mission (comprised of Bullitt, journalist Lincoln Steffens…)"). The
generator leads with such a sentence when it ranks close; this module ranks and writes nothing.
"""

from __future__ import annotations

import re

# English's verbs and nouns of membership: to sit or serve on a body, to be part, a member or one of it
ASKS_MEMBERS = re.compile(
    r"(?i)^\W*who\s+(?:(?:sat|sits|served|serves|will\s+sit|will\s+serve)\s+on|"
    r"(?:is|was|are|were|will\s+be)\s+(?:part\s+of|(?:an?\s+)?members?\s+of|on))\b|\bwho\s+(?:are|were)\s+the\s+members\b"
)
# ...and of composition (a body "of five members", "comprised of", "composed of", "made up of", "consisting of")
COMPOSED = re.compile(r"(?i)\b(?:members?|(?:comprised|composed|made\s+up|consist(?:s|ed|ing)?)\s+of)\b")


def states_members(sentence: str) -> bool:
    """Whether `sentence` says what a body is made of, or who its members are."""
    return bool(COMPOSED.search(sentence))
