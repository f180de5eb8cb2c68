"""Who holds a post, by a sentence alone: the name English writes beside a role, after it ("Foreign Minister
Teodor Kallenbrook", "the chief negotiator, Sefa Orlinde"), before it in apposition ("Sefa Orlinde, the OVPM's
chief negotiator"), above it as a signature signs, as the object of a verb of appointing ("whom the minister
appointed as mediator"), or as the agent of a verb of its set in the thesaurus ("mediated by Anselm Rovik"); and
what a group a plural role names were (`described`). `posts` reads the other ways a sentence speaks of posts;
nothing here ranks or writes.
"""

from __future__ import annotations

import re

from assistant.english import RANK_ADJECTIVES, STOPWORDS, TITLES, lemmas
from assistant.holds import LOWER_RANKS, head_pattern
from assistant.lexicon import Lexicon, stems, words
from assistant.speakers import IN_PHRASE
from assistant.thesaurus import same_things


def holder_named(sentence: str, role: tuple[str, ...], asked: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether a new name stands beside the role, as English names who holds one: after it ("Foreign Minister
    Teodor Kallenbrook", "the chief negotiator, Sefa Orlinde") or before it in apposition ("Sefa Orlinde, the
    OVPM's chief negotiator"); "…to recall its ambassador" names no one, and "Foreign Minister Leila Hadrani"
    holds no post of prime minister."""
    *modifiers, head = role
    said = [w for w in modifiers if w not in RANK_ADJECTIVES]  # "British" says whose, "foreign" which post
    wanted = set(stems([w for w in said if not lexicon.is_party_name(w)] or said))
    for m in re.finditer(rf"\b{head_pattern(head)}\w*", sentence, re.IGNORECASE):
        title = words(sentence[: m.start()])[-3:]
        if any(w in LOWER_RANKS and w not in asked for w in title):
            continue  # "Deputy Prime Minister Anselm Ruvell" holds another post than the one asked about
        if wanted and not wanted & set(stems(title + words(sentence[m.end() :])[:3])):
            continue  # the head of another title ("minister for foreign affairs" says it after)
        office = _OFFICE_OF.match(sentence, m.end())
        if m.group()[0].isupper() and office and office["of"].lower() not in asked and lemmas(office["of"].lower()):
            continue  # "Secretary of the Treasury" is another post than the secretary asked about...
        after = _HOLDER_AFTER.match(sentence, m.end())
        before = _HOLDER_BEFORE.search(sentence[: m.start()])
        if before and _OBJECT_OF.search(before.group()):
            before = None  # "Prince Casimir Orlovane, a cousin of the king" is the cousin, not the king
        before = before or _SIGNED.search(sentence[: m.start()]) or _BRACKETED.search(sentence[: m.start()])
        before = before or next(filter(None, (p.search(sentence[: m.start()]) for p in _APPOINTED)), None)
        titled = m.group()[0].isupper() and _TITLED_BEFORE.search(sentence[: m.start()])
        if titled and not any(w in STOPWORDS for w in words(titled["name"])):
            before = before or titled  # "Ines Vargas-Holm, Special Envoy of the Secretary-General"
        for found in (after and after["name"], before and before["name"]):
            # ...not the person the question names ("Who replaced Stollberg as…?": not "Count Edvin Stollberg")
            if (
                found
                and words(found)[-1] not in asked
                and any(w not in asked and not lexicon.is_party_name(w) for w in words(found))
            ):
                return True
    return False


# The English word after a capitalised title that makes it an office of its own ("Secretary of the Treasury");
# ...but the envoy of a titled person ("Special Envoy of the Secretary-General") is an envoy
_OFFICE_OF = re.compile(rf"\s+of\s+(?:the\s+)?(?!(?:{TITLES})\b)(?P<of>[A-Z][a-z]+)\b")
# ...or after a copula, as an equative clause names one ("its chief negotiator was Lelia Brandmoor")
_HOLDER_AFTER = re.compile(
    r"(?:\s+(?:to|of|at|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:,\s+|\s+(?:is|was|will\s+be|has\s+been|had\s+been)(?=\s+[A-Z]))?\s*(?:[A-Z][a-z]+\s+){0,2}?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
# ...or the second of two in one apposition ("Odile Ferrand-Kuyt, an Airbus A330 captain with 22 years at Corvane
# and the EAPA's chief negotiator")
_DETERMINER = r"(?:the|a|an|its|their|our|his|her|my|your|[A-Z][\w.]*['’]s)"
_HOLDER_BEFORE = re.compile(
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}),\s+{_DETERMINER}\s+"
    rf"(?:{IN_PHRASE}{{0,60}}?\s+and\s+{_DETERMINER}\s+)?{IN_PHRASE}{{0,40}}$"
)
# ...where the role is the object of a preposition, the apposition's head is the noun before it ("a cousin of the",
# "an adviser to the", "a spokesman for its")
_OBJECT_OF = re.compile(r"\b(?:of|to|for|under|with|by)\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}$")
# ...or a full name before a title with no article, as news writes a post ("Ines Vargas-Holm, Special Envoy")
_TITLED_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:[A-Z][\w-]*\s+){0,3}$")
# ...or on the line above it, as a signature signs: "Petra Ilgaz" / "Legal Adviser"
_SIGNED = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]*\n[^\n]{0,40}$")
# ...or in brackets after the name and its title, as a record of attendance gives a delegation's head: "Mr. Halvard
# Brun, Ambassador-at-Large for Transboundary Waters (Head of Delegation)"
_BRACKETED = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?:,[^();:\n]{0,80})?\s*\(\s*$")
# ...or as the object of a verb of appointing, whose complement is the post (Quirk et al. §16.45, "They elected
# him chairman"): "X was named mediator", "X, a retired judge whom the minister appointed as mediator"
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_AGENT = re.compile(rf"\s+by\s+(?:[^,;.]{{0,60}},\s+)?(?P<name>{_NAME})")  # "…by [his title,] Anselm Rovik"
# ...or the subject of its verb, also through a relative clause that describes it ("the Meridian Sea Council (MSC),
# which has mediated between…": Quirk et al. §17.22, the relative pronoun stands for the noun phrase before it)
# ...through a catenative verb whose subject does what its infinitive says ("the provincial governor, Ilse
# Marrowby, had agreed to mediate"; "X was asked to mediate": Quirk et al. §16.38, subject and object control)
_CATENATIVE = r"(?:agreed|agrees|offered|offers|volunteered|tried|attempted|stepped\s+in|asked|invited)\s+to\s+"
_SUBJECT = re.compile(
    rf"(?P<name>{_NAME})(?:\s*\([A-Z][\w.]*\))?(?:,\s+(?:which|who))?,?\s+"
    rf"(?:(?:is|was|are|were|has|have|had)\s+(?:been\s+)?)?(?:[a-z]+ly\s+)?(?:{_CATENATIVE})?$"
)
_COMPOUNDED = re.compile(r"\b(?P<name>[A-Z][\w'’]*)$")  # "Valmoran" of "Valmoran-brokered"
_AS_POST = r"(?:as\s+)?(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){0,2}"
_PASSIVE = r"(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
_APPOINTING = r"(?:appoint|name|elect|designate|nominate|choose|chose|chosen|install)\w*"
_APPOINTED = (
    re.compile(
        rf"(?P<name>{_NAME})(?:,[^,;]{{0,80}}?\bwhom\s[^,;]{{0,60}}?|(?:,[^,;]{{0,80}}?\bwho)?\s+{_PASSIVE})"
        rf"{_APPOINTING}\s+{_AS_POST}$"
    ),
    re.compile(rf"\b{_APPOINTING}\s+(?P<name>{_NAME})\s+{_AS_POST}$"),  # "the minister appointed X as mediator"
)


def holder_of_kin_named(role: tuple[str, ...], sentence: str, asked: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether someone is named beside the role, or beside a word of its head's set in the thesaurus ("Oswin
    Tarrel, the chief conciliator…" names a mediator); a near word by MiniLM is no title ("Sefa Orlinde, the
    OVPM's chief negotiator" is not its leader)."""
    *modifiers, head = role
    if any(holder_named(sentence, (*modifiers, w), asked, lexicon) for w in [head, *_kin(head, sentence)]):
        return True
    # ...or as the agent of a verb of its set, when nothing else is asked of it
    return not modifiers and any(any(w not in asked for w in words(name)) for name in agents(head, sentence))


def agents(head: str, text: str) -> list[str]:
    """The names `text` writes as the agent of a verb of the set of the role `head` in the thesaurus: "The talks
    were mediated by Hadrena's former prime minister, Anselm Rovik" names a go-between (Quirk et al. §3.63, the
    passive's agent), as does the subject of the active verb ("Orvanda is mediating the talks", "the Council,
    which has mediated…") and a name
    compounded with the participle ("Valmoran-brokered talks": a compound adjective of a noun and an -ed
    participle, whose noun is the agent, as in "man-made")."""
    said = [
        m
        for w in _kin(head, text)
        for m in re.finditer(rf"(?i)(?:(?<=\w)(?P<hyphen>-)|(?<![\w-])){re.escape(w)}\b", text)
    ]
    found = [_AGENT.match(text, m.end()) for m in said if not m["hyphen"]]
    found += [_SUBJECT.search(text, 0, m.start()) for m in said if not m["hyphen"] and lemmas(m.group()).get("VERB")]
    found += [_COMPOUNDED.search(text, 0, m.start()) for m in said if m["hyphen"]]
    return [m["name"] for m in found if m]


def _kin(head: str, text: str) -> list[str]:
    """The words of `text` other than `head` that are of its set in the thesaurus ("mediated" of "go-between")."""
    return [w for w in dict.fromkeys(words(text)) if w != head and same_things([head], [w])]


def described(role: tuple[str, ...], sentence: str) -> bool:
    """Whether `sentence` says what a group the plural `role` names were, as its subject with "were" or "are" ("The
    Kessalians released by Dravonia were mostly conscripts…" for "Who were the Kessalians that Dravonia handed
    back?"): who a group is may be told by what its members are, not by their names."""
    head = role[-1]
    said = rf"\b[Tt]he\s+(?:[\w-]+\s+)?{re.escape(head)}\b[^.;:]{{0,80}}?\b(?:were|are)\s+(?!not\b)"
    return head.endswith("s") and bool(re.search(said, sentence, re.I))
