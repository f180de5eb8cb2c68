"""Sentences that list several things, and the part of one that speaks of a single item.

"The proposed terms included A, B, C, and D." and "The Russians wanted to keep X, refused to pay Y, and hoped
to keep Z." state a position on several issues at once. `enumeration` finds such a list (three items or
more, after a word that introduces one, or verb phrases after one subject) and `Enumeration.excerpt` quotes
its lead with one item ("The proposed terms included … C"), so that a positions cell can quote what is about
its issue rather than the whole sentence. It does not decide what an item is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.english import PAST_TENSE

MIN_ITEMS = 3
ELLIPSIS = " … "
# A verb that introduces a list of what something holds, or in the past tense of what a party asked for ("It
# proposed A, with B, and C"; the past alone: "requests for…" is a noun), and the colon. Not "such as",
# "including" or "namely": they give examples of one thing ("minerals such as lithium, titanium, and uranium"),
# which are no separate positions.
_INTRODUCER = re.compile(
    r"\b(?:includ(?:e|es|ed)|compris(?:e|es|ed)|consist(?:s|ed)? of|proposed|offered|demanded|sought|suggested|"
    r"wanted|requested|called for)\b\s*|:\s*"
)
# A verb phrase in the past tense, which a list of what one subject did opens each item with.
_PAST = re.compile(rf"(?:{PAST_TENSE})\b")
# A part after a comma that opens with one of these is a clause, not an item of a list.
_CLAUSE = re.compile(
    r"(?i)(?:but|while|whereas|which|who|whom|whose|although|though|however|because|since|when|where|if|as|so|"
    r"yet|according|saying|said)\b"
)
_CONJUNCTION = re.compile(r"(?:and|or)\s+")


@dataclass(frozen=True)
class Enumeration:
    lead_end: int  # the lead is sentence[:lead_end]
    items: tuple[tuple[int, int], ...]  # each item's span in the sentence

    def excerpt(self, sentence: str, i: int) -> str:
        """The lead and item `i`, an ellipsis for what lies between, ending as the sentence does."""
        start, end = self.items[i]
        lead = sentence[: self.lead_end].rstrip()
        quoted = sentence[:end] if i == 0 else f"{lead}{ELLIPSIS}{sentence[start:end]}"
        stop = sentence.rstrip()[-1]
        return quoted + stop if stop in ".!?" and quoted[-1] not in ".!?" else quoted


def enumeration(sentence: str) -> Enumeration | None:
    """The list `sentence` makes, or None when it makes none."""
    body = sentence.rstrip().rstrip('.!?”"')
    cuts = _separators(body)
    if not cuts:
        return None
    spans = [(a, b) for a, b in zip([0, *(c + 1 for c in cuts)], [*cuts, len(body)], strict=True)]
    parts = [_trimmed(body, a, b) for a, b in spans]
    last = parts[-1]
    conjunction = _CONJUNCTION.match(body, last[0])
    if conjunction:
        parts[-1] = (conjunction.end(), last[1])
    else:  # "A, B and C": the last part holds two items
        joined = body.find(" and ", *last)
        if joined < 0:
            return None
        parts[-1:] = [(last[0], joined), (joined + 5, last[1])]
    # The list runs back from its end to the part that opens it, after a word that introduces it or, for
    # what one subject did, before its first verb; the parts before that one belong to the lead.
    for k in range(len(parts) - 2, -1, -1):
        if _CLAUSE.match(body, parts[k + 1][0]):
            return None
        first, items = parts[k], parts[k + 1 :]
        introduced = list(_INTRODUCER.finditer(body, *first))
        verb = _PAST.search(body, *first) if all(_PAST.match(body, a) for a, _ in items) else None
        # items that each open with a verb are what the subject did ("wanted to keep X, refused Y…"), even
        # after a verb that could introduce a list
        lead_end = verb.start() if verb and verb.start() > first[0] else introduced[-1].end() if introduced else None
        if lead_end is not None:
            if lead_end >= first[1] or len(items) + 1 < MIN_ITEMS:
                return None
            return Enumeration(lead_end, ((lead_end, first[1]), *items))
    return None


def _separators(text: str) -> list[int]:
    """Where `text` separates the items of a list outside brackets and quotation marks: at its semicolons when
    it has two or more ("a limit on X; a ban on Y; and limits on Z"), else at its commas ("2,400" is none)."""
    found: dict[str, list[int]] = {",": [], ";": []}
    depth, quoted = 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "([“":
            depth += 1
        elif ch in ")]”":
            depth = max(0, depth - 1)
        elif ch in ",;" and depth == 0 and not quoted and text[i + 1 : i + 2].isspace():
            found[ch].append(i)
    return found[";"] if len(found[";"]) >= 2 else found[","]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
