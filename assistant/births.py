"""A question about someone's birth ("Where was Teodor Kallenbrook born?", "What is Ilse Marrowan's date of
birth?") and the sentences that tell one ("born in Ambrevel in 1961", "a native of Brisenne"). A text that names
the person but never tells their birth does not answer, however near its sentences are. Reads words only.
"""

from __future__ import annotations

import re

ASKS_BIRTH = re.compile(
    r"(?i)\b(?:where|when|what\s+year|in\s+what\s+year|which\s+(?:city|town|village|country|year))\b[^?]*\bborn\b"
    r"|\bbirth\s*(?:place|date|day)\b|\b(?:date|place|year)\s+of\s+birth\b"
)
TELLS_BIRTH = re.compile(r"(?i)\bborn\b|\bbirth(?:place)?\b|\bnative\s+of\b")
