"""What came of something: questions that ask for its effect ("What was the long-term fallout of the Allies turning
the offer down?") and sentences that state one by a verb of causing ("The failure of the Allies to agree to the
proposal… delayed official U.S. recognition of Soviet Russia for many years."). The generator leads with such a
sentence from further down than other kinds of answer, as for "why": the ranker scores the event the question
tells, which the effect's sentence may tell in other words. This module ranks and writes nothing.
"""

from __future__ import annotations

import re

# English's nouns for an effect (WordNet's "consequence, effect, outcome, result, event, issue, upshot" and
# "fallout", "repercussion", "aftermath", "impact") and "What came of…"
ASKS_EFFECT = re.compile(
    r"(?i)\b(?:fallout|consequences?|effects?|impact|repercussions?|aftermath|upshot)\s+of\b|"
    r"\bwhat\s+came\s+of\b"
)
# ...and its verbs of causing (WordNet's "cause, do, make" troponyms that news and history use of events: "led
# to", "resulted in", "delayed", "prompted"), in the past or present
CAUSES = re.compile(
    r"(?i)\b(?:led\s+to|leads?\s+to|result(?:ed|s)\s+in|caus(?:ed|es)|delay(?:ed|s)|prompt(?:ed|s)|"
    r"trigger(?:ed|s)|provok(?:ed|es)|brought\s+about|paved\s+the\s+way|ended\s+up)\b"
)


def states_effect(sentence: str) -> bool:
    """Whether `sentence` states an effect by a verb of causing."""
    return bool(CAUSES.search(sentence))
