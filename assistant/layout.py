"""How a plain text lays out what is not prose: headings, and the short lines of records (an email's
From/To/Date block, a signature's name and post, a table's rows).

Readers use it to find headings, the chunker to keep a record's lines together, the ranker to know a
record's field ("Subject: …") from a sentence, `sides` to know an email's header. It reads single lines; it does not decide sections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.english import MONTHS, SPEAKING_VERBS, verb_pattern
from assistant.models import Passage

# A line ending so is prose, not a heading: "CHIEF EXECUTIVE (Aurelio Stent): If I could just—" is cut off.
_SENTENCE_END = tuple('.!:;,"”»—…')
_LIST_ITEM = re.compile(r"[-*•–]\s")  # a bullet before an item of a list
# A record's field opens with its label: "Date: 3 March 2025", "Cc: Petra Ilgaz", "REF: DROVNY 0412".
_FIELD_LABEL = re.compile(r"[A-Za-z][\w-]*(?: [\w-]+){0,2}:\s")  # "Date: …", "Place of signature: …"
_LONGEST_FIELD = 300  # characters: a field that lists many addresses is still one
# The fields of an email's header that name who writes it (RFC 5322 §3.6.2), and its others (§3.6), which name
# no speaker however long ("Cc: Amadou Fenwright <…>, Sunniva Rauch <…>").
SENDER_FIELDS = frozenset("from sender".split())
HEADER_FIELDS = frozenset("to cc bcc reply-to date subject message-id in-reply-to references".split())
HEADER = re.compile(rf"(?i)\W*(?:{'|'.join(map(re.escape, sorted(SENDER_FIELDS | HEADER_FIELDS)))})\s*:")


# The fields by which a meeting's record or minutes names who presided, who attended, where and when (the
# headers of a UN summary record, Robert's Rules' minutes): "Chair: Ms. Henrike Vaszary (Lusmark)" is content.
_MEETING_FIELDS = re.compile(
    r"(?i)(?:chair|chairman|chairwoman|chairperson|president|presiding|present|absent|attendees|participants|"
    r"venue|place|location|date|time|rapporteur|secretary|moderator|minutes)\s*:\s"
)


def looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation, or a Markdown heading; not a list item ("- Ms Ilse Varnholt,
    Deputy Director (Chair)") or a meeting's field ("Chair: …"), which are content however short."""
    stripped = line.lstrip("#").strip()
    if line.startswith("#"):
        return bool(stripped)
    if _LIST_ITEM.match(stripped) or _MEETING_FIELDS.match(stripped):
        return False
    return 0 < len(stripped.split()) <= 12 and len(stripped) <= 90 and not stripped.endswith(_SENTENCE_END)


def record_line(line: str) -> bool:
    """A short line without closing punctuation that no Markdown mark makes a heading, or a field of any length
    ("To: Oriane Vasquel <…>, Hollis Brannock <…>")."""
    stripped = line.strip()
    field = bool(_FIELD_LABEL.match(stripped)) and len(stripped) <= _LONGEST_FIELD
    unclosed = not stripped.endswith(_SENTENCE_END)
    return not line.startswith("#") and (looks_like_heading(line) or (field and unclosed))


def continues_record(previous: str, line: str) -> bool:
    """Whether `line`, directly under `previous`, goes on with it: two record lines, the second no field of its
    own ("Petra Ilgaz" / "Legal Adviser" name a person and her post; "Date: 3 March 2025" stands alone)."""
    return record_line(previous) and record_line(line) and not _FIELD_LABEL.match(line.strip())


def record_entry(text: str) -> bool:
    """Whether `text` is a record's entry, not a sentence: a field ("Subject: Tessalind position on the fleet"),
    a label then a short value without closing punctuation, or record lines that go on one another (a
    signature's "Oriane Vasquel" / "Deputy Minister for Civil Protection"). It names or dates something; it
    states nothing."""
    lines = text.split("\n")
    return all(record_line(line) for line in lines) and (len(lines) > 1 or bool(_FIELD_LABEL.match(text.strip())))


# A line under a title that says where and when, as a press release or a transcript opens ("Velsk, Ministry of Trade
# and Industry, 12 March, 17:30"): a place, then fields of which one holds a month's name or a time of day
WHERE_AND_WHEN = re.compile(
    rf"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s[^!?]*?(?:\b\d{{1,2}}:\d{{2}}\b|\b(?:{'|'.join(MONTHS)})\b)[^!?]*(?<!\.)"
)


# A news story's dateline, before its first sentence: the place it was filed from in capitals, perhaps a region,
# the date and the agency ("LISVAARD, Halvenland, March 14 (Meridian Press) - ", "TALLOWMERE — "). Its place and
# date are the report's, not those of anything the story tells.
DATELINE = re.compile(
    r"^[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*(?:,?\s+[A-Z][a-z]+\.?\s+\d{1,2})?"
    r"(?:\s+\([^)]{1,40}\))?(?:\s+[—–]|(?<=[)\d])\s+-)\s+"  # a hyphen only after a date or an agency: "NATO - the…"
)


# A transcript's speaker label at a paragraph's start ("Dravesh: Their chief negotiator is…").
SPEAKER_LABEL = re.compile(r"^\W*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?):\s+")
# A sentence in the first person is about its speaker ("I expect a vote in June": the minister expects it).
FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]urs?)\b")
FIRST_PERSON = re.compile(rf"\b(?:I|me|my)\b|{FIRST_PLURAL.pattern}")


def speaker_of(sentence: str, text: str) -> str:
    """Who says `sentence` of `text` in the first person: the label opening its paragraph ("MINISTER ORTANSE: …
    I expect a vote in June."), else the empty string; an interviewer speaks for no one."""
    start = text.find(sentence)
    if start < 0 or not FIRST_PERSON.search(sentence):
        return ""
    label = SPEAKER_LABEL.match(text, text.rfind("\n", 0, start) + 1)
    return label[1] if label and not in_questioners_turn(text, start) else ""


# A press briefing's transcript labels its reporters' turns "Q:" (or "QUESTION:", "REPORTER:", "Q (Piet Aldana,
# DPA):"): what such a turn says is the questioner's premise, not the source's statement ("Q: Orumbe says the
# reservoir will be filled in four years. Is Sendara still insisting…?").
_QUESTIONER = re.compile(r"(?:Q|QUESTION|Question|REPORTER|QUESTIONER)(?:\s*\([^()\n]*\))?\s*[:.]\s")


# ...though a premise may report someone's word (the speaking verbs of Quirk et al. §16.31, `english.SPEAKING_VERBS`).
REPORTED = re.compile(rf"\b(?:{verb_pattern(['say', 'claim', *SPEAKING_VERBS.split()], [])})\b|\baccording\s+to\b")


def in_questioners_turn(text: str, start: int) -> bool:
    """Whether the sentence at `start` of `text` lies in a paragraph that a questioner's label opens."""
    return bool(_QUESTIONER.match(text, text.rfind("\n", 0, start) + 1))


def questions_answered(passages: Sequence[Passage]) -> dict[str, str]:
    """For each passage after a questioner's turn, up to the next one, that turn's text: an answer is about what
    it was asked ("Q: What did Halvoria offer?" / "A: The Halvorian delegation offered 300 cubic metres…"), which
    its words may not repeat. A short turn stands as the heading of the answers under it ("Q: How is dredging
    paid for today?"), up to the next heading. `passages` in document order."""
    asked: dict[str, str] = {}
    question, document, section = "", None, None
    for passage in passages:
        if passage.doc_id != document:
            question, document = "", passage.doc_id
        if passage.section != section:
            section = passage.section
            question = section if _QUESTIONER.match(section) else ""  # a heading ends the turn before it
        if _QUESTIONER.match(passage.text):
            question = passage.text
        elif question:
            asked[passage.id] = question
    return asked
