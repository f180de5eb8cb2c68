"""What a share in a sentence is a share of: "most of the city's bus services", "27 per cent of the catch". It
reads the words after a share's "of"; whether the share answers a question is `ask.Ask`'s to say.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.figures import PROPORTION, SHARE

# The words after a share's "of", up to the clause's end: "most of the city's bus and light-rail services"
_OF_WHAT = re.compile(r"(?:\s+of\b)?\s+(?P<whole>[^,;:.!?()]{1,60})")


def of_whole(sentence: str, holds_whole: Callable[[str], bool]) -> bool:
    """Whether a share in `sentence` may be of the whole asked about: one says what it is of in words that
    `holds_whole`, or one names nothing it is of ("27 per cent", "the entire Luhansk region" as a whole)."""
    for found in (*SHARE.finditer(sentence), *PROPORTION.finditer(sentence)):
        named = found.group().lower().endswith(" of") or sentence[found.end() :].lstrip().lower().startswith("of ")
        if not named:
            return True
        after = _OF_WHAT.match(sentence, found.end())
        if after is None or holds_whole(after["whole"]):
            return True
    return False
