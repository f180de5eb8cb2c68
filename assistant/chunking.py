"""Cut a `Document` into citable `Passage`s.

A passage is what a user reads as evidence, so it is small: one to `max_sentences` whole sentences of one
paragraph, at most `max_chars` characters unless a single sentence is longer, or a sentence that opens with a
pronoun, or declines or accepts what the one before proposed ("Envoy Tausk declined, …"), would otherwise open
the next passage without what it stands on. Sentences come from Bling
Fire (10x faster than pysbd, and it keeps a closing quote with its sentence, which pysbd moved to the next);
passages never split a sentence, never cross a paragraph or a heading, and heading lines are not passages
(they become the `section` of the passages under them), nor is a letter's salutation or closing ("Deputy
Minister,", "Yours sincerely,"). A hard-wrapped paragraph is read as one line (`wrapping.reading_view`), and its
passages say what the file has in `source`. Offsets are exact: `doc.text[start:end] == source_text`.
Bump `CHUNKER_VERSION` whenever the output of this module changes, so that indexes are rebuilt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import blingfire

from assistant.layout import continues_record, in_questioners_turn
from assistant.models import Document, Passage
from assistant.names import Parties
from assistant.wrapping import reading_view

# v2: Bling Fire instead of pysbd; v3: passages know their page; v4: no passage opens on a leaning pronoun;
# v5: a record's short fields stay with their sentence; v6: a list item is no heading (`readers.text`);
# v7: a record's lines are content, and a line that goes on with the one above joins it (a name and its post);
# v8: a line cut off by a dash ("If I could just—") is no heading; v9: a field of any length is a record's line,
# and a letter's salutation or closing is no passage; v11: a title's abbreviation ("the hon. Member") ends none;
# v12: nor does a sentence that answers the one before with no object of its own ("Envoy Tausk declined, …");
# v13: nor a courtesy title ("Right. Mr. Hale said so."); v14: a passage's stance marks read a stance verb in a
# series of the party's verbs ("The Argentine Junta held…, refused…"); v17: a paragraph's number is no sentence;
# v18: a transcript's answer is embedded and searched with the question it answers (`layout.questions_answered`);
# v19: a sentence that states a consequence stays with the one before ("Dravonia therefore asked…")
# v20: an interviewer's question heads no party's section; v21: nor is it left out of what its answers are embedded
# with when it stands as their heading; v22: a line under the title that says where and when is the lede;
# v23: a hard-wrapped paragraph is one line
CHUNKER_VERSION = "sentences-v23"
# Abbreviations of titles that English writes before a name or noun, which Bling Fire takes for a sentence's end
# ("the hon. Member for Lissom East", "Amb. Kaminde"; "Right. Mr. Hale said so.", "MS. ADEYEMI: …" after a line).
_TITLE_ABBREVIATION = re.compile(
    r"(?i)\b(?:mr|mrs|ms|dr|hon|amb|rev|fr|messrs|mme|mlle|gen|sen|rep|gov|prof|lt|col|capt|sgt|cmdr|adm|maj|supt|insp)\.$"
)
# A sentence that opens with a pronoun ("This included…", "He said…") leans on the one before, which says what
# "this" or "he" is: a passage does not begin with it.
LEANING_SLACK = 1.5
_LEANS = re.compile(r"\W*(?:he|she|they|it|this|these|those|his|her|their|its)\b", re.IGNORECASE)
# A sentence whose subject answers what the one before proposed, with no object of its own ("Envoy Tausk declined,
# pointing out…" after "Voreck proposed widening the talks…"): English leaves out the object of a verb of response
# that the sentence before names.
_RESPONSES = "declined|refused|agreed|accepted|objected|relented|balked|demurred|conceded"
RESPONDS_TO_BEFORE = re.compile(rf"\W*(?:[\w.’'-]+\s+){{1,4}}?(?:{_RESPONSES})\s*[,.;]")
# A sentence that states a consequence of the one before, by a conjunct of result in its opening words (Quirk et
# al. §8.137: "Dravonia therefore asked…", "As a result, the islands…"): its reason is said there.
CONSEQUENCE = re.compile(
    r"\W*(?:[\w’'.-]+,?\s+){0,4}?(?:therefore|thus|hence|consequently|accordingly)\b|\W*(?:as\s+a\s+result|for\s+that\s+reason)\b",
    re.IGNORECASE,
)
# A letter's salutation or closing on a line of its own ("Deputy Minister,", "Dear Commissioner,", "Yours
# sincerely,"): it addresses the reader and says nothing, so it is no passage (as a heading is none).
_ADDRESSING = re.compile(r"[^\n.!?:;]{1,40},")
# A paragraph's number or letter ("7.", "(b)", "iv."), as records and treaties number them: it states nothing.
_PARAGRAPH_NUMBER = re.compile(r"\(?(?:\d{1,3}|[a-z]|[ivxl]{1,5})[.)]")
# A record's short field: "Owner: Mr Hale.", "Deadline: 12 November 2031."
_FIELD = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+)?:\s+\S+(?:\s+\S+){0,2}$")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text[start:end]`, trimmed of spaces, in absolute offsets."""
    piece = text[start:end]
    if not piece.strip():
        return []
    spans: list[tuple[int, int]] = []
    for a, b in _sentence_offsets(piece):
        fragment = piece[a:b]
        if _PARAGRAPH_NUMBER.fullmatch(fragment):
            continue
        # A fragment with no letters or digits (a stray closing quote) belongs to the sentence before, as does a
        # short field of a record on its line ("Costing of the pension proposal. Owner: Mr Hale. Deadline: 12
        # November 2031.").
        same_line = bool(spans) and "\n" not in piece[spans[-1][1] - start : a]
        titled = same_line and _TITLE_ABBREVIATION.search(text[spans[-1][0] : spans[-1][1]])
        if spans and (not re.search(r"\w", fragment) or titled or (same_line and _FIELD.match(fragment))):
            spans[-1] = (spans[-1][0], start + b)
        else:
            spans.append((start + a, start + b))
    return spans


def _sentence_offsets(piece: str) -> list[tuple[int, int]]:
    """(start, end) in `piece` of each of its sentences, trimmed of spaces, in order."""
    offsets: list[tuple[int, int]] = []
    for sentence in filter(None, (s.strip() for s in blingfire.text_to_sentences(piece).split("\n"))):
        found = piece.find(sentence, offsets[-1][1] if offsets else 0)
        if found < 0:  # respaced by Bling Fire: its offsets are exact, and 4x slower to map to characters
            return [
                _trimmed(piece, a, b)
                for a, b in blingfire.text_to_sentences_and_offsets(piece)[1]
                if piece[a:b].strip()
            ]
        offsets.append((found, found + len(sentence)))
    return offsets


def _trimmed(piece: str, a: int, b: int) -> tuple[int, int]:
    stripped = piece[a:b].strip()
    a += piece[a:b].index(stripped)
    return a, a + len(stripped)


@lru_cache(maxsize=65_536)
def sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans within one passage's text; cached, since answers re-read the same passages."""
    return tuple(sentence_spans(text, 0, len(text)))


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Each line is a paragraph, but a record's line that goes on with the one directly above it joins it."""
    paragraph: tuple[int, int] | None = None
    for match in re.finditer(r"[^\r\n]+", text[start:end]):
        line = match.group()
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        a, b = start + match.start() + lead, start + match.start() + len(line.rstrip())
        above = text[slice(*paragraph)].rsplit("\n", 1)[-1] if paragraph else ""  # the line above, not the run
        if paragraph and text.count("\n", paragraph[1], a) == 1 and continues_record(above, line):
            paragraph = (paragraph[0], b)
            continue
        if paragraph:
            yield paragraph
        paragraph = (a, b)
    if paragraph:
        yield paragraph


def _group(spans: list[tuple[int, int]], text: str, max_chars: int, max_sentences: int) -> Iterator[tuple[int, int]]:
    group: list[tuple[int, int]] = []
    for span in spans:
        if group:
            size = span[1] - group[0][0]
            full = size > max_chars or len(group) >= max_sentences
            # a sentence that leans on the one before stays with it, a sentence or half the size over the limits
            leans = (
                _LEANS.match(text, span[0])
                or RESPONDS_TO_BEFORE.match(text, span[0])
                or CONSEQUENCE.match(text, span[0])
            )
            stays = len(group) <= max_sentences and size <= LEANING_SLACK * max_chars and leans
            if full and not stays:
                yield group[0][0], group[-1][1]
                group = []
        group.append(span)
    if group:
        yield group[0][0], group[-1][1]


def chunk_document(doc: Document, parties: Parties, max_chars: int = 360, max_sentences: int = 3) -> list[Passage]:
    """All passages of `doc`, in document order."""
    passages: list[Passage] = []
    seen: Counter[str] = Counter()
    bounds = [s.start for s in doc.sections[1:]] + [len(doc.text)]
    view = reading_view(doc.text)
    for section, section_end in zip(doc.sections, bounds, strict=True):
        # an interviewer's question set as a heading ("Q: Ms Quaide, can the authority afford that?") is no party's
        # section: the answers under it are labelled with their own speakers
        asked = in_questioners_turn(section.name, 0)
        party = parties.of_heading(section.name) if section.is_heading and not asked else None
        for para_start, para_end in _paragraphs(view, section.body_start, section_end):
            if _ADDRESSING.fullmatch(view, para_start, para_end):
                continue  # "Deputy Minister,", "Yours sincerely,": who is written to, nothing said
            spans = sentence_spans(view, para_start, para_end)
            for start, end in _group(spans, view, max_chars, max_sentences):
                text, source = view[start:end], doc.text[start:end]
                passages.append(
                    Passage(
                        id=Passage.make_id(doc.doc_id, text, seen[text]),
                        doc_id=doc.doc_id,
                        title=doc.title,
                        section=section.name,
                        party=party,
                        start=start,
                        end=end,
                        text=text,
                        source=source if source != text else None,
                        page=bisect_right(doc.pages, start) or None if doc.pages else None,
                    )
                )
                seen[text] += 1
    return passages
