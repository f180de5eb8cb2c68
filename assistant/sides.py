"""Whom "we" stands for in a transcript, an email or a memo: the party each person the corpus introduces
speaks for.

In an interview, a party's negotiator says "we" and "our side" for the party ("Dravesh: Our side wants a
guaranteed 55 per cent of that flow"). `people_sides` reads, once per corpus, which party each introduced
person belongs to: the party named nearest to them in the sentence that first names them in full ("Annika
Dravesh… has led the Republic of Varnessa's delegation in its talks with the Kingdom of Tethra").
`as_said_by` puts a sentence's "we", "us" and "our" as the party of the speaker its paragraph's label names,
or whose speech the paragraph goes on with (`speeches`: a record of proceedings labels a speech once, an
email's `From:` field names its writer, a memo headed by a record's fields speaks for the party its title
names; an interview's answers, "A:", the party of the one person its lead names), so that the sentence is
read as being about it. A quote's "we" is left alone: whose position a quote states
`names.Parties` reads already, and reading its "we" as the party only drew quotes off their topic. Nothing
here ranks or displays anything; the quoted text is unchanged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping

from assistant.chunking import sentences_of
from assistant.english import HONORIFICS, TITLE, lemmas
from assistant.layout import FIRST_PLURAL, HEADER, HEADER_FIELDS, SENDER_FIELDS, in_questioners_turn, record_entry
from assistant.lexicon import unpossessed
from assistant.models import Passage
from assistant.names import Parties

# A speaker's label as a record of proceedings writes it too, with the office and the seat ("The Minister for External Trade
# (Ms Orla Venn): …", "Mr Kester Doyle (Northfield) (Opposition): …"): whoever of it the corpus introduced speaks.
_LABEL = re.compile(r"^\W*([A-Z](?:[^:\n]|(?<=\d):(?=\d\d)){0,80}):\s+", re.M)  # a time in it: "(10:03):"
_NAME = re.compile(r"[A-Z][\w’'-]+")
_HEAD = 8  # passages at a document's head where its header's fields stand
# A party's alias that may be a person's full name: a given name or a courtesy title, then a surname ("Ilse
# Marrow", "Dr Brennwald"; a surname may be an English word).
_PERSON_ALIAS = re.compile(r"[A-Z][\w.’'-]+\s+[A-Z][\w’'-]+")
# A person named in full, by a first name or a title before the surname ("Annika Dravesh", "Mr Oldroyd").
_FULL_NAME = re.compile(r"\b[A-Z][\w.’'-]+\s+([A-Z][\w’'-]+)")


def people_sides(
    texts: Iterable[str], people: Iterable[str], parties: Parties, headlines: Iterable[str] = ()
) -> dict[str, str]:
    """Each person's party (surnames, lower case): the party named nearest to them in the sentence that
    first names them in full (by a first name or title), if it names one; a party's alias is that party; and
    one named by a title whose party the text gives (`_titled`), in its body or its `headlines`."""
    texts, people = list(texts), set(people)
    # a party's alias is that party: "Feyrand" of Halvenor's aliases [Halvenor, Durnavel, Oriane Feyrand]
    alias_of = {w.lower(): party for party, names in parties.aliases.items() for name in names for w in name.split()}
    sides = {name: alias_of[name] for name in people if name in alias_of}
    # ...and so is a person's full name among its aliases ("Hollis Brannock", "Dr Brennwald"), introduced or not
    sides |= {
        name.split()[-1].lower(): party
        for party, names in parties.aliases.items()
        for name in names
        if name != party and _PERSON_ALIAS.fullmatch(name) and _given_name(name.split()[0])
    }
    waiting = people - set(sides)
    for text in texts:
        for s, e in sentences_of(text) if waiting else ():  # once everyone is placed, the rest is not read
            sentence = text[s:e]
            for match in _FULL_NAME.finditer(sentence):
                surname = unpossessed(match[1]).lower()
                if surname not in waiting:
                    continue
                waiting.discard(surname)  # introduced here: beside a party or none
                spans = parties.spans(sentence)
                if spans:
                    sides[surname] = min(spans, key=lambda span: _apart(span, match.span()))[2]
    return _titled([*texts, *headlines], parties) | sides


# A person named after a title ("Spokesperson Ilona Varga") holds it for the party the text says the title is
# of ("…by the Spokesperson of the Ministry of Foreign Affairs of the Republic of Orvania"): a briefing's host
# speaks for them, whether or not the text ever says "Varga said".
_TITLED = re.compile(r"\b(?P<title>[A-Z][a-z]{3,})\s+[A-Z][a-z]+\s+(?P<surname>[A-Z][\w’'-]+)\b")


def _titled(texts: list[str], parties: Parties) -> dict[str, str]:
    titled = {
        m["surname"].lower(): m["title"] for t in texts for m in _TITLED.finditer(t) if "NOUN" in lemmas(m["title"])
    }
    owners: dict[str, set[str]] = {}  # each title's parties, read once: "…of the Ministry… of X" is X's
    for title in set(titled.values()):
        of = (o[1] for t in texts for o in re.finditer(rf"\b{title}\s+(?:of|for)\s+([^.;:\n]+)", t))
        owners[title] = {span[2] for phrase in of for span in parties.spans(phrase)[-1:]}
    return {surname: next(iter(owners[t])) for surname, t in titled.items() if len(owners[t]) == 1}


def _given_name(word: str) -> bool:
    """Whether `word` may open a person's name: a courtesy title, a title of office ("Minister Vasquell", whom a
    transcript labels "MINISTER VASQUELL:"), or no English word ("Ilse", not "Federal")."""
    return word.lower().rstrip(".") in HONORIFICS or bool(TITLE.fullmatch(word)) or not lemmas(word)


def _apart(a: tuple[int, int, str], b: tuple[int, int]) -> int:
    return min(abs(a[0] - b[1]), abs(b[0] - a[1]))


def party_speaking(label: str, sides: Mapping[str, str]) -> str | None:
    """The party of the person a speaker label names, if the corpus introduced them ("Mr Doyle (Northfield)")."""
    return next((sides[w.lower()] for w in reversed(_NAME.findall(label)) if w.lower() in sides), None)


def _speakers(
    text: str, sides: Mapping[str, str], parties: Parties | None = None, answering: str | None = None
) -> Iterator[tuple[int, str | None]]:
    """Where each label of `text` that opens a speech stands, and the party speaking (None: not a party's).
    A sender's field opens the writer's ("From: Oriane Vasquel <…>", or the party it names: "FROM: EMBASSY OF
    HALLUND"), an interview's answer the party `answering`; a record's other fields ("Date: 3 March 2025") and
    a topic's label ("Cost: we propose…", an English word and no title of office) open none."""
    for label in _LABEL.finditer(text):
        name, end = label[1], text.find("\n", label.end())
        line = text[label.start() : end if end >= 0 else None]
        if name in _ANSWER:
            yield label.start(), answering
        elif in_questioners_turn(line, 0):
            yield label.start(), None  # "Q: Do you accept…?": the interviewer speaks for no party
        elif name.lower() in SENDER_FIELDS:
            sender = text[label.end() : end if end >= 0 else None]
            yield label.start(), party_speaking(sender, sides) or _the_one(sender, parties)
        elif not (record_entry(line) or name.lower() in HEADER_FIELDS):
            speaking = party_speaking(name, sides)  # "MARROW:" names the Guild's Ilse Marrow, not bone marrow
            # ...a clause is none ("Our position is simple: …"): past its first word, a name is capitalised
            clause = " " in name and not any(w[0].isupper() for w in name.split()[1:])
            if speaking or not (clause or (" " not in name and lemmas(name) and not TITLE.fullmatch(name))):
                yield label.start(), speaking


def _the_one(text: str, parties: Parties | None) -> str | None:
    """The party `text` names, if it names exactly one."""
    named = parties.mentioned(text) if parties else []
    return named[0] if len(named) == 1 else None


# An interview's labels: its questions ("Q:") and the answers of the one person it interviews ("A:").
_ASKED = re.compile(r"^\W*(?:Q|Question)(?:\s*\([^()\n]*\))?:\s", re.M)  # "Q (Piet Aldana, DPA):" names who asks
_ANSWER = ("A", "Answer")
_ANSWERED = re.compile(rf"^\W*(?:{'|'.join(_ANSWER)}):\s", re.M)


def _interviewed(passages: list[Passage], sides: Mapping[str, str]) -> str | None:
    """The party of the person an interview is with, when the document asks questions and labels answers: the
    last speaker labelled before the first question, else the one its lead names, when it names people of one
    party only."""
    texts = [f"{p.section}\n{p.text}" for p in passages]
    asked = next((i for i, text in enumerate(texts) if _ASKED.search(text)), None)
    if asked is None or not any(_ANSWERED.search(text) for text in texts):
        return None
    # a briefing's speaker, who opens with a statement ("NADIA CORVELL: Good afternoon…"), takes the questions
    spoke = [party for p in passages[:asked] for _, party in _speakers(p.text, sides) if party]
    lead = " ".join(p.text for p in passages[:asked] if p.section != "Title")
    named = {sides[w.lower()] for w in _NAME.findall(lead) if w.lower() in sides}
    return spoke[-1] if spoke else named.pop() if len(named) == 1 else None


def _voice(passages: list[Passage], parties: Parties | None) -> str | None:
    """The party a document headed by a record's fields speaks for (a memo, a cable): the one its title names
    ("RESTRICTED — MINISTRY OF DIGITAL INFRASTRUCTURE, REPUBLIC OF CARVENNA"), if it names exactly one."""
    if not any(HEADER.match(p.text) for p in passages[:_HEAD]):
        return None
    return _the_one(" ".join(p.text for p in passages if p.section == "Title"), parties)


def speeches(passages: Iterable[Passage], sides: Mapping[str, str], parties: Parties | None = None) -> dict[str, str]:
    """For each passage that goes on with a speech begun before it, without a label of its own, the party of
    the speaker: a label names the speaker until the next one ("Hon. Members:", "TMR:" name no party's), so
    "We have asked…" two paragraphs into the Minister's speech is said by her party, an email's "we" by its
    writer's, and a memo's by the party it is written for (`_voice`) until a label names another speaker."""
    out: dict[str, str] = {}
    ordered = sorted(passages, key=lambda p: (p.doc_id, p.start))
    for _, grouped in itertools.groupby(ordered, key=lambda p: p.doc_id):
        document = list(grouped)
        party, opened, answering = _voice(document, parties), False, _interviewed(document, sides)
        for passage in document:
            labels = list(_speakers(passage.text, sides, parties, answering))
            if party is not None and not (labels and labels[0][0] == 0):
                out[passage.id] = party
            elif answering is not None and any(speaking == answering for _, speaking in labels):
                out[passage.id] = answering  # "A: We are asking for 18 per cent": the answer's "we" is its party
            for _, speaking in labels:
                # a memo's own sender ("From: Tomas Rehl, Director"), of no party the corpus knows, writes for its
                # voice; a later one (an email's reply) for whoever they speak for
                party = speaking if speaking is not None or opened else party
                opened = True
    return out


def as_said_by(sentence: str, passage: str, start: int, sides: Mapping[str, str], going_on: str | None = None) -> str:
    """`sentence` with its "we", "us" and "our" put as the party of whoever says it, when that is known: the
    speaker of the last label before it in its passage, else the party whose speech the passage goes on with."""
    if not FIRST_PLURAL.search(sentence):
        return sentence
    labels = [speaking for at, speaking in _speakers(passage, sides, answering=going_on) if at <= start]
    party = labels[-1] if labels else going_on
    if party is None:
        return sentence
    return FIRST_PLURAL.sub(lambda m: f"{party}'s" if m.group().lower().startswith("our") else party, sentence)
