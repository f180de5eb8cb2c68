"""Clipping: a long sentence of an answer quoted only as far as it answers, the cut marked with an ellipsis
("…the White House publicized three letters from President Reagan…" for "How many letters…?").

A sentence of more than `LONG` characters is cut at the first clause boundary (a semicolon, a dash, or ", and",
", while" or ", whereas" before a new subject: coordination, Quirk et al. §13) past which the question is answered:
the part before holds every topic word of the question that the sentence holds and, when the question asks for a
date, number, name or the like, what it asks for (`ask.Ask.met_by`); the part after holds nothing of what is asked
for, nor the time a question's words ask about ("…now…?": `close_leads`), nor, for what a party wants, another
position of the same time ("…, and it is seeking…").
Not clipped: a sentence with quotation marks (its quotation would be left open), the answer to "why" (the reason
often comes after the event) or to a yes-or-no question (its "but…" may be the answer). Only the end of a sentence
is cut: its front holds its subject. Its citation is the whole passage, as for any sentence, and the citation check
finds the part quoted in it as it finds any sentence (`citations.SupportCheck`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.comparison_words import ASKS_WHY, YES_NO
from assistant.counting import ASKS_WANTED
from assistant.generators.close_leads import close_lead
from assistant.holds import Synonyms, share
from assistant.lexicon import Lexicon
from assistant.models import ScoredPassage
from assistant.question import read
from assistant.question_forms import topic_words
from assistant.ranking import Candidate
from assistant.tense import NOW, REVISED

LONG = 250  # characters of a sentence beyond which it is quoted only as far as it answers
LEAST = 60  # characters either side of a cut: a shorter part is no clause worth cutting at
ELLIPSIS = "…"  # where a sentence was cut: the citation check reads the claim as the part before it
_SUBJECT = r"(?:the|a|an|its|their|his|her|our|this|these|those|we|they|he|she|it|i)\b"
_CUT = re.compile(rf"\s*;\s+|\s*—\s*|\s+(?:–|--)\s+|,\s+(?:and|while|whereas)\s+(?={_SUBJECT})")
_QUOTATION = re.compile(r"[\"“”]")


def clipped(question: str, c: Candidate, hits: list[ScoredPassage], lexicon: Lexicon, synonyms: Synonyms) -> Candidate:
    """`c` as far as it answers `question` (to be quoted with `ELLIPSIS` after it), or `c` itself when nothing
    can be cut."""
    text = c.text
    if len(text) <= LONG or _QUOTATION.search(text) or ASKS_WHY.search(question) or YES_NO.match(question):
        return c
    ask, passage = read(question), hits[c.n - 1].passage.text
    held = tuple(w for w in topic_words(question) if share((w,), text, lexicon, synonyms) == 1)
    when = close_lead(question)

    for cut in _CUT.finditer(text):
        head, tail = text[: cut.start()].rstrip(",:"), text[cut.end() :]
        if len(head) < LEAST or len(tail) < LEAST or share(held, head, lexicon, synonyms) < 1:
            continue
        if ask.checked and not ask.met_by(head, head, passage, lexicon, synonyms):
            continue
        if ask.demanding and ask.met_by(tail, tail, passage, lexicon, synonyms):
            continue
        if when is not None and when(tail) and not when(head):
            continue
        # "What does X want?": "…wants X, and it is seeking Y" says both; not "…; it now asks for…", another time's
        if ASKS_WANTED.search(question) and ASKS_WANTED.search(tail) and not (NOW.search(tail) or REVISED.search(tail)):
            continue
        return replace(c, text=head)
    return c
