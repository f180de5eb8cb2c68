"""Acronyms a text defines by writing out what they stand for: the runs of words whose initials spell them
("exclusive economic zones": EEZ), found while a corpus is scanned (`lexicon.Lexicon`), and the shape of an
acronym as a question writes it. Finds; respells nothing.
"""

from __future__ import annotations

import re

from assistant.english import STOPWORDS
from assistant.tokens import WORD, unpossessed

# An acronym as a question writes it ("EEZs", "PRC"), and the words inside a run that its initials skip
# ("People's Republic of China").
ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_ACRONYM_JOINERS = frozenset("of for the".split())
_PHRASE = re.compile(r"[^.,;:!?()\[\]\"“”]+")
_PERSON = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b(?! [A-Z])")  # a first name and a surname, no more


def spell_acronyms(text: str, acronyms: dict[str, str]) -> None:
    """Add to `acronyms` each that a run of two to six content words of `text` spells, with the run ("" if two
    do): "exclusive economic zones" EEZ, "People's Republic of China" PRC, or with its "of" ("prisoners of war"
    POW, "memorandum of understanding" MOU); and a first name and surname, keyed by their initials around a middle
    one ("Lyndon Johnson": L*J). A run stops at punctuation and function words."""

    def add(acronym: str, phrase: str) -> None:
        known = acronyms.setdefault(acronym, phrase)
        # two writings of one run: "Exclusive economic zones", "exclusive economic zone's"
        if known and len({unpossessed(p.lower()).removesuffix("s") for p in (known, phrase)}) != 1:
            acronyms[acronym] = ""

    def spell(phrase: str, run: list[tuple[int, int, bool]], joined: bool) -> None:
        """Each acronym of two to six words of `run` (with an "of" among them, when `joined`)."""
        initials = "".join(phrase[a] for a, _, _ in run).upper()
        for start in range(len(run) - 1):
            for end in range(start + 2, min(len(run), start + 6) + 1):
                part = run[start:end]
                if joined and (part[0][2] or part[-1][2] or not any(of for _, _, of in part)):
                    continue
                if acronyms.get(initials[start:end]) != "":  # two runs spell it already: nothing to add
                    add(initials[start:end], phrase[part[0][0] : part[-1][1]])

    for phrase in _PHRASE.findall(text):
        run: list[tuple[int, int, bool]] = []  # where each word of the run is, and whether it is an "of"
        for match in [*WORD.finditer(phrase), None]:
            word = unpossessed(match.group().lower()) if match else ""
            if word in _ACRONYM_JOINERS and run:
                if match and word == "of":  # ...which some acronyms spell too: "prisoners of war" POW
                    run.append((*match.span(), True))
                continue
            if match is not None and word not in STOPWORDS and word[0].isalpha():
                run.append((*match.span(), False))
                continue
            spell(phrase, [span for span in run if not span[2]], joined=False)
            spell(phrase, run, joined=True)
            run = []
    for m in _PERSON.finditer(text):
        add(f"{m[1][0]}*{m[2][0]}", m.group())
