"""How a sentence is quoted in an answer: an opening "he", "she" or "they", a possessive ("Its envoy…"), or the
pronoun a quote is said by ('"…," he said') replaced by the name it stands for in brackets ("[Thatcher] ordered…",
"[Teshelle's] envoy…", '"…," [Kallenbrook] said'), the way journalists substitute a word in a quote, a speaker's
opening "we" or "our" by the party the ranker reads it as ("[Arvenland's] chief negotiator…"), and its quotation
marks in pairs. Rewrites no other word; chooses no sentence.
"""

from __future__ import annotations

import re

from assistant.antecedents import OPENS_WITH_SUBJECT, object_of_verb, with_quotes_closed
from assistant.chunking import sentences_of
from assistant.english import STOPWORDS, TITLE, lemmas
from assistant.layout import SPEAKER_LABEL  # who speaks, not whom the sentence is about
from assistant.lexicon import unpossessed
from assistant.models import ScoredPassage
from assistant.names import Parties
from assistant.ranking import Candidate
from assistant.speakers import SAID_BY_PRONOUN, stands_for_someone

# A sentence that opens with a possessive pronoun ("Its envoy, …", "His offer…") is quoted with its owner's name.
OPENS_WITH_OWNER = re.compile(r"\W*(His|Her|Its|Their)\s+[a-z]")
# ...and one that opens in the first person plural, in a speech whose speaker's party is known ("Our chief negotiator,
# Tobias Renn, …" under "MINISTER VASQUELL:"), with that party's name, as the ranker reads it (`sides.as_said_by`).
OPENS_WITH_WE = re.compile(r"\s*(We|Our)\s+[a-z]")  # not a quote's ('"Our fishermen…," he said')


class Brackets:
    """Quotes the corpus's sentences with the names their pronouns stand for."""

    def __init__(self, parties: Parties, people: frozenset[str]) -> None:
        self.parties = parties
        self.people = people  # surnames the corpus introduces, lower case (`people.people_in`)

    def quoted(self, hits: list[ScoredPassage], c: Candidate) -> str:
        """The sentence as quoted (`_named`), its quotation marks in pairs (`with_quotes_closed`), on one line (a
        record's name and post are one line of the answer)."""
        return " ".join(with_quotes_closed(self._named(hits, c)).split())

    def _named(self, hits: list[ScoredPassage], c: Candidate) -> str:
        """The sentence with an opening "he", "she" or "they", or the one a quote is said by ('"…," he said'),
        replaced by "[Name]" when the passage before it names who is meant, and an opening "its", "his", "her" or
        "their" by "[Name's]"."""
        we = OPENS_WITH_WE.match(c.text)
        if we:  # "[Arvenland's] chief negotiator, Tobias Renn, …", "[Kovary] offered 900,000 in January."
            said = c.context[c.own_start :][we.start(1) :]
            mark = "'s" if we[1] == "Our" else ""
            party = next((p for p in self.parties.names if said.startswith(f"{p}{mark} ")), None)
            if party in self.parties.mentioned(hits[c.n - 1].passage.text):  # as the passage cited names it
                return f"{c.text[: we.start(1)]}[{party}{mark}]{c.text[we.end(1) :]}"
        owner = OPENS_WITH_OWNER.match(c.text)  # "Its envoy, Ilse Morvaunt, …": [Teshelle's] envoy
        # ...not a pronoun of a quotation's own ('"They have agreed…," she told reporters'), whose referent the
        # speaker knows: the one its reporting clause says it by
        opening = None if c.text.lstrip().startswith(('"', "“")) else OPENS_WITH_SUBJECT.match(c.text)
        pronoun = owner or opening or SAID_BY_PRONOUN.search(c.text)
        if not pronoun or not (owner or stands_for_someone(pronoun)):
            return c.text
        passage = hits[c.n - 1].passage.text
        before = [passage[s:e] for s, e in sentences_of(passage) if e <= c.start]
        if pronoun[1] in ("It", "Its"):  # the party, not a person, that the sentence before names first
            names = [s[b:e] for s in before[-1:] for b, e, _ in self.parties.spans(s) if not self._person(s[b:e])]
            name = unpossessed(names[0]) if names else None
        else:
            name = self._antecedent(before, plural=pronoun[1].lower() in ("they", "their"))
        if name and owner:  # "[Teshelle's] envoy", "[Kestovians'] delegation"
            name = f"{name}'" if name.endswith("s") else f"{name}'s"
        return f"{c.text[: pronoun.start(1)]}[{name}]{c.text[pronoun.end(1) :]}" if name else c.text

    def _antecedent(self, before: list[str], plural: bool) -> str | None:
        """Who "he"/"she" (a person the corpus introduces) or "they" (a party) is: the subject of the nearest
        earlier sentence that names one, past its speaker's label ("MS. ADEYEMI: Varlo's share is…": Varlo)."""
        for sentence in reversed(before):
            said = SPEAKER_LABEL.sub("", sentence, count=1)
            if plural:
                party = self.parties.subject_of(said)
                names = [said[b:e] for b, e, who in self.parties.spans(said) if who == party]
                if names:
                    return names[0]
                continue
            people = [
                _with_given_names(said, m.start(), m.group())
                for m in re.finditer(r"[A-Z][\w'’-]+", said)
                if m.group().lower() in self.people and not object_of_verb(said, m.start())
            ]
            if people:
                return unpossessed(people[0])
        return None

    def _person(self, name: str) -> bool:
        return any(unpossessed(w.lower()) in self.people for w in name.split())


def _with_given_names(sentence: str, start: int, surname: str) -> str:
    """The surname at `start` of `sentence` with the given names and initials written before it ("Konrad Asch",
    "Edward M. House"), past no title ("President Wilson") and no word of English ("Yesterday Asch…")."""
    given: list[str] = []
    for word in reversed(sentence[:start].split()[-2:] if sentence[:start].endswith(" ") else []):
        if not re.fullmatch(r"[A-Z][a-z]+|[A-Z]\.", word) or TITLE.fullmatch(word) or word.lower() in STOPWORDS:
            break
        if len(word) > 2 and lemmas(word.lower()):
            break
        given.insert(0, word)
    return " ".join([*given, surname])
