"""Where a text comes from: a question that asks which newspaper or outlet published it, and a sentence that
names its source; a question that asks who wrote it, which its byline answers. The judge answers such a question
only from a sentence that attributes the text, or its byline; nothing here reads what the text says.
"""

from __future__ import annotations

import re

# A question about where the document itself comes from ("Which newspaper is this analysis from?"): a word
# for a publisher and a word for this text.
_PUBLISHER = (
    r"\b(?:newspaper|paper|publication|outlet|news\s*(?:site|outlet|agency)|media|magazine|publisher|published|"
    r"ran|carried)\b"
)
_THIS_TEXT = (
    r"\b(?:this|the|that)\s+(?:article|analysis|piece|story|report|text|document|column|op-ed)\b|\b(?:this|it)\b"
)
ASKS_SOURCE = re.compile(rf"(?i)^(?=.*{_PUBLISHER})(?=.*(?:{_THIS_TEXT}))\W*(?:which|what|where|who)\b")
# A sentence that names where a text comes from: "…, writes The Washington Post.", "according to Reuters".
ATTRIBUTION = re.compile(
    r"\b(?:writes|wrote|reports|reported|according\s+to|published\s+(?:by|in))\s+(?:the\s+)?[A-Z][\w.&'-]*"
)
# ...and who wrote the text itself ("Who wrote this article?"), not a letter or a report it speaks of: its byline
ASKS_AUTHOR = re.compile(
    r"(?i)\bwho\s+(?:wrote|reported|is\s+the\s+author\s+of|are\s+the\s+authors\s+of)\s+(?:this|the)\s+"
    r"(?:article|story|piece|report|text)\b|\bbyline\b"
)
