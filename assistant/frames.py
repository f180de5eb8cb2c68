"""What happens in a stage: questions that ask what happens in, during or after one ("What would happen in the
first phase of the Valmoran draft?") and sentences that open with it as their frame ("In a first phase of 30
days, the fighting would stop…"), a setting adverbial before the clause (Quirk et al. §8.79, §15.17). The
generator leads with such a sentence when it ranks close; this module ranks and writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.english import STOPWORDS
from assistant.lexicon import stems, words

ASKS_HAPPENING = re.compile(
    r"(?i)\bwhat\s+(?:(?:will|would|could|should|is\s+(?:to|going\s+to))\s+)?happens?\s+"
    r"(?:in|during|after|under)\s+(?P<frame>[^?,]+)"
)
_OPENING = re.compile(r"\W*(?:in|during|after|under|at)\s+(?P<frame>[^,]+),", re.I)


def opens_with(frame: str, sentence: str) -> bool:
    """Whether `sentence` opens with a setting adverbial that names the `frame` asked about by the words of its
    head, up to "of" ("the first phase of the draft": "In a first phase of 30 days, …")."""
    opening = _OPENING.match(sentence)
    head = [w for w in words(frame.split(" of ")[0]) if w not in STOPWORDS]
    return opening is not None and bool(head) and set(stems(head)) <= set(stems(words(opening["frame"])))


def opens_in(question: str) -> Callable[[str], bool] | None:
    """For a question that asks what happens in a stage, whether a sentence opens with that stage."""
    asked = ASKS_HAPPENING.search(question)
    frame = asked["frame"] if asked else ""
    return (lambda sentence: opens_with(frame, sentence)) if frame else None
