"""How close to the lead a further sentence of an extractive answer must score to be said (`floor`): a share of
the lead's score, higher when the ranker is sure of the lead. Reads the question and the lead's score; picks no
sentence.
"""

from __future__ import annotations

import re

from assistant.question import read
from assistant.ranking import Candidate

RUNNER_UP = 0.35  # a further sentence must score at least this share of the lead
# The ranker's scores are probabilities that a sentence answers (logistic regression, `ranking.py`): a lead it gives
# 0.93 is almost surely the answer, and a sentence far below it only tells the story on ("Who was dispatched to
# Beijing…?": "…Reagan suggested that Vice President George H.W. Bush travel to Beijing…", not what the talks
# worked out by July)
SURE = 0.93
SURE_RUNNER_UP = 0.6  # ...so a further sentence must score this share of such a lead
SURE_KIND_RUNNER_UP = 0.75  # ...or this share, where the lead holds the date, number or name asked for
# English's requests for an account of a matter rather than for one fact ("What's happening with the pension
# dispute?", "What is going on with…?", "Where do things stand on…?", "What's the latest on…?", "Tell me about…",
# "Give me an overview of…", "Fill me in on…"): told in more than one sentence, however sure the lead.
ASKS_ACCOUNT = re.compile(
    r"(?i)\b(?:what['’]?s|what\s+is|what\s+are)\s+(?:happening|going\s+on|the\s+latest)\b"
    r"|\bwhere\s+do(?:es)?\s+things\s+stand\b|\btell\s+me\s+about\b|\ban?\s+(?:overview|rundown)\s+of\b"
    r"|\bfill\s+me\s+in\b"
)


def floor(question: str, lead: Candidate) -> float:
    """The share of `lead`'s score that a further sentence must score to be said after it."""
    if lead.score < SURE or ASKS_ACCOUNT.search(question):
        return RUNNER_UP
    return SURE_KIND_RUNNER_UP if lead.meets and read(question).wants is not None else SURE_RUNNER_UP
