"""Names as people write them: parties and their aliases, spelling variants of places and people.

`Parties` says which party a heading or question is about (from the configurable alias table). Spelling
variants ("Kyiv"/"Kiev", "Bessent"/"Bessant") are folded onto the corpus's own spelling by `Speller`.
Nothing here retrieves or ranks; it only maps words to names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from assistant.comparison_words import ASKS_WHY, COMPARISON_WORDS, EVERY_SIDE, SIDES_ASKED, set_aside
from assistant.english import POSITION_VERBS, STANCE_ADJECTIVES, TELLING_VERBS, verb_pattern
from assistant.enumeration import enumeration
from assistant.layout import SPEAKER_LABEL
from assistant.party_forms import with_other_forms
from assistant.question_forms import ASKS_DATE
from assistant.speakers import (
    ITS_PEOPLE,
    JOINT,
    OPENING_PRONOUN,
    OWN_POSITION,
    POSITION_OF,
    POSSESSED_POSITION,
    POSSESSED_WANT,
    POSSESSIVE,
    PRONOUN,
    QUOTE_BEFORE,
    STANCE,
    WANTED_OF,
    not_speaker,
    past_apposition,
)


def _alias_pattern(alias: str) -> re.Pattern[str]:
    # All-caps aliases ("US") match case-sensitively so that "us" in a sentence is not the United States.
    flags = 0 if alias.isupper() else re.IGNORECASE
    return re.compile(rf"(?<![\w.]){re.escape(alias)}(?![\w])", flags)


def _any_alias_pattern(aliases: list[str], flags: int) -> re.Pattern[str] | None:
    if not aliases:
        return None
    alternation = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])", flags)


_STRAY_POSSESSIVE = re.compile(r"(?:^|(?<=\s))['’]s?\b")  # a possessive ending whose name was taken out


class Parties:
    """The parties of a corpus and the names that refer to each."""

    def __init__(self, aliases: Mapping[str, Iterable[str]], nouns: Mapping[str, Iterable[str]] | None = None) -> None:
        """`aliases`: each party's names (`positions.yaml`); `nouns`: the common nouns its text calls it by
        (`party_nouns.common_nouns`: "the union"), which say whose a sentence is but compare no one."""
        aliases = with_other_forms({party: {party, *names} for party, names in aliases.items()})
        nouns = nouns or {}
        aliases = {party: names | set(nouns.get(party, ())) for party, names in aliases.items()}
        self._nouns = {noun.lower() for found in nouns.values() for noun in found}
        self.names = list(aliases)
        self.aliases = {party: sorted(names) for party, names in aliases.items()}
        self._patterns = [
            (party, _alias_pattern(alias))
            for party, names in aliases.items()
            for alias in sorted({party, *names}, key=len, reverse=True)
        ]
        # One pass over a text finds every alias (a pattern per alias was 9M regex calls on 100k passages).
        self._party_of = {
            alias if alias.isupper() else alias.lower(): p for p, names in self.aliases.items() for alias in names
        }
        self._any = [
            _any_alias_pattern([a for a in self._party_of if a.isupper()], 0),
            _any_alias_pattern([a for a in self._party_of if not a.isupper()], re.IGNORECASE),
        ]
        # Answers re-read the same sentences for each party of a comparison: a fifth of its time was this.
        self.spans = lru_cache(maxsize=16_384)(self._spans)
        # ...and ask for each party whether it states a position in them: two fifths of a comparison's time.
        self._stated = lru_cache(maxsize=65_536)(self._states_position)

    def _spans(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """(start, end, party) of every name of a party in `text`, in order (`spans`, cached)."""
        out = []
        for pattern in self._any:
            for match in pattern.finditer(text) if pattern else ():
                found = match.group()
                out.append((match.start(), match.end(), self._party_of.get(found) or self._party_of[found.lower()]))
        return tuple(sorted(out))

    def mentioned(self, text: str) -> list[str]:
        """Parties named in `text`, in order of first mention."""
        return list(dict.fromkeys(party for _, _, party in self.spans(text)))

    def topic_of_comparison(self, question: str) -> str:
        """What a comparison compares, without who or the comparing: "How do Kyiv and Moscow differ on NATO?"
        -> "How do and on NATO?"."""
        for pattern in self._any:
            question = pattern.sub("", question) if pattern else question
        question = _STRAY_POSSESSIVE.sub("", question)  # "Dravenia's and Halvoria's positions": no "'s" left
        return " ".join(EVERY_SIDE.sub("", COMPARISON_WORDS.sub("", question)).split())

    def states_position(
        self, party: str, text: str, start: int = 0, spans: Sequence[tuple[int, int, str]] | None = None
    ) -> bool:
        """Whether `text[start:]` has `party` stating a position: "Kiev firmly declares…", a quote of one of
        its people ('"This is impossible," said Dmitry Peskov'), or, when the text before names the party,
        "…Pete Hegseth outlined… He said that…". `spans`: `self.spans(text)`, when the caller has them (an
        index build, whose passages are read once: then nothing is cached)."""
        return self._stated(party, text, start) if spans is None else self._states_position(party, text, start, spans)

    def _states_position(
        self, party: str, text: str, start: int = 0, spans: Sequence[tuple[int, int, str]] | None = None
    ) -> bool:
        every = self.spans(text) if spans is None else spans
        named = [
            (begin, end)
            for begin, end, who in every
            # "…traveled to Kiev, where he called…" is not Kiev speaking: a place after a preposition is no speaker
            if who == party and not not_speaker(text, begin, end)
        ]
        # "He" speaks for whom the sentence before makes its subject: after "Hegseth outlined the demands of
        # Ukraine." it is the United States, not Ukraine.
        # "Feyrand has been careful…, but her negotiators have pressed…": the party's own people, by a
        # possessive pronoun after its name in the same sentence, speak for it too
        pronouns = [
            m.span()
            for pattern in (PRONOUN, ITS_PEOPLE)
            for m in pattern.finditer(text, start)
            if named and m.start() > named[0][0] and self.subject_of(_last_sentence(text[: m.start()])) == party
        ]
        quoted = any(begin >= start and QUOTE_BEFORE.search(text[max(0, begin - 40) : begin]) for begin, _ in named)
        owned = self._owns(party, text, start, every, POSITION_OF, OWN_POSITION)
        return (
            quoted
            or owned
            or any(STANCE.match(text, past_apposition(text, e)) for begin, e in named + pronouns if begin >= start)
            or self._joint(party, text, start)
        )

    def owns_position(self, party: str, text: str, start: int = 0, wanted: bool = False) -> bool:
        """Whether `text[start:]` names a position as `party`'s: "Durnavel's core demand is…", "The chief
        aims of the Japanese negotiator…" (a question may ask for one: "What is Halvenor's main condition?");
        with `wanted`, one of what it wants to get (an aim, not a decision)."""
        of, after = (WANTED_OF, POSSESSED_WANT) if wanted else (POSITION_OF, POSSESSED_POSITION)
        return self._owns(party, text, start, self.spans(text), of, after)

    @staticmethod
    def _owns(
        party: str,
        text: str,
        start: int,
        spans: Sequence[tuple[int, int, str]],
        of: re.Pattern[str],
        after: re.Pattern[str],
    ) -> bool:
        # "The chief aims of the Japanese negotiator included…", "…the fulfillment of British requests for
        # materiel": a position named as the party's, wherever the name stands
        return any(
            who == party and begin >= start and (of.search(text[max(0, begin - 40) : begin]) or after.match(text, end))
            for begin, end, who in spans
        )

    def states_in_list(self, party: str, sentence: str) -> bool:
        """Whether the party states a position in one of the verbs a sentence lists after it: "The Argentine
        Junta held its own suspicions…, refused to make concessions…, and viewed…" has it refuse."""
        listed = enumeration(sentence)
        return listed is not None and any(
            self.states_position(party, listed.excerpt(sentence, i)) for i in range(len(listed.items))
        )

    def _joint(self, party: str, text: str, start: int) -> bool:
        """Whether both sides, `party` one of them, state a position together ("the two nations … eventually
        they agreed on…", "Both governments insisted…"). Only in a corpus of two parties: among three, which
        two "both sides" are is not said."""
        if len(self.names) != 2 or party not in self.names:
            return False
        return any(STANCE.match(text, m.end()) for m in JOINT.finditer(text, start))

    def resolve_pronoun(self, sentence: str, before: list[str]) -> str | None:
        """`sentence` with its opening "they" replaced by the name it stands for: the name of the
        party that is the subject of the nearest sentence in `before` (read backwards) with one ("Now they
        are targeting Pokrovsk" after "…Russian troops quickly made progress…" -> "Now Russian are targeting
        Pokrovsk"); None when the sentence opens with no such pronoun or no antecedent names a party."""
        pronoun = OPENING_PRONOUN.match(sentence)
        if not pronoun:
            return None
        for earlier in reversed(before):
            earlier = SPEAKER_LABEL.sub("", earlier)  # "MINISTER ORTANSE: I say…than Arvenland asked for. They…"
            party = self.subject_of(earlier)
            if party:
                name = [earlier[b:e] for b, e, who in self.spans(earlier) if who == party][-1]
                return sentence[: pronoun.start(1)] + name + sentence[pronoun.end(1) :]
        return None

    def subject_of(self, text: str) -> str | None:
        """The party a sentence is about, roughly its grammatical subject: the first party named, skipping
        possessives ("Ukraine's allies") and places after a preposition ("In Ukraine and abroad, many…"). A
        quote's speaker comes first: '"We want a deal with Ukraine…," Trump said.' is Trump's."""
        spans = self.spans(text)
        for start, _, party in spans:
            if QUOTE_BEFORE.search(text[max(0, start - 40) : start]):
                return party
        for start, end, party in spans:
            if not POSSESSIVE.match(text, end) and not not_speaker(text, start, end):
                return party
        return None

    def asks_position(self, question: str) -> bool:
        """Whether `question` asks what someone wants, demands or thinks."""
        return bool(_POSITION_CUE.search(question))

    def patterns_for(self, party: str) -> list[re.Pattern[str]]:
        """The patterns of `party`'s names, longest name first."""
        return [pattern for name, pattern in self._patterns if name == party]

    def of_heading(self, heading: str) -> str | None:
        """The party a section heading is about, or None when it names none (or several)."""
        found = self.mentioned(heading)
        return found[0] if len(found) == 1 else None

    def compared(self, question: str) -> list[str]:
        """The parties a comparison question sets side by side ([] when it is not a comparison).

        "How do Kyiv and Moscow differ on NATO?" -> [Ukraine, Russia]; "What does each side want?" -> all.
        Parties are compared when the question asks about every side; when two or more are joined ("Kyiv
        and Moscow") in a question about positions or differences; or when it names two or more and asks
        how they differ. "What does Washington want from Ukraine?" and "What does each country export?"
        are no comparison, and a bare "each" or "differ" compares no one, nor do parties set aside ("Besides
        Moscow and Kyiv disagreeing, what else…").
        """
        question = set_aside(question)
        if (ASKS_DATE.search(question) or ASKS_WHY.search(question)) and not COMPARISON_WORDS.search(question):
            return []  # "By when are the parties hoping to have a deal?": a date they share (or a reason)
        # the sides spoken to are no subject: "How did Sodderlind describe her proposal to the parties?", nor
        # those something is shared between ("…splitting the catch between the two states?"), unless they differ
        spoken_to = _ADDRESSED if COMPARISON_WORDS.search(question) else _ADDRESSED_OR_SHARING
        every = any(
            not (spoken_to.search(question, 0, m.start()) or _SEEN_BY.search(question, 0, m.start()))
            or POSSESSIVE.match(question, m.end())  # "…to each one's"
            for m in SIDES_ASKED.finditer(question)
        )
        if every and (_POSITION_CUE.search(question) or COMPARISON_WORDS.search(question)):
            return list(self.names) if len(self.names) >= 2 else []
        joined = self._joined(question)
        if joined:
            return joined if _POSITION_CUE.search(question) or COMPARISON_WORDS.search(question) else []
        named = list(dict.fromkeys(p for s, e, p in self.spans(question) if question[s:e].lower() not in self._nouns))
        return named if len(named) >= 2 and COMPARISON_WORDS.search(question) else []

    def _joined(self, question: str) -> list[str]:
        """Parties named next to each other with "and", "or", "vs" or a comma."""
        spans = sorted(
            (m.start(), m.end(), party)
            for party, pattern in self._patterns
            for m in pattern.finditer(question)
            if m.group().lower() not in self._nouns
        )
        group: list[str] = []
        for (_, end, party), (start, _, other) in itertools.pairwise(spans):
            if party != other and re.fullmatch(
                r"\s*(?:,|and|or|vs\.?|versus|,\s*and)\s*(?:the\s+)?", question[end:start], re.I
            ):
                group += [p for p in (party, other) if p not in group]
        return group if len(group) >= 2 else []


def _last_sentence(text: str) -> str:
    """The last sentence of `text` (all of it when it is one sentence)."""
    body = text.rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(body, 0, len(body) - 1)]
    return body[ends[-1] :] if ends else body


_SENTENCE_END = re.compile(r"[.!?][\"”]?\s+")
# The sides a question speaks to, not of: "…her proposal to the parties?", "…met with both sides?"
_ADDRESSED = re.compile(rf"\b(?:to|with|{verb_pattern(TELLING_VERBS, [])})\s+$", re.I)  # "…asked the parties to…"
_ADDRESSED_OR_SHARING = re.compile(rf"{_ADDRESSED.pattern}|\bbetween\s+$", re.I)
# ...or that someone named thinks or wants something of: "How close does Solvane think the sides are…?"
_SEEN_BY = re.compile(r"\b(?:does|did|do|will|would)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+[a-z]+\s+$")
# A question about positions: a stance verb ("What did Japan propose?") or a word for a position.
_POSITION_CUE = re.compile(
    rf"\b(?:{verb_pattern(POSITION_VERBS)}|positions?|stances?|views?|sees?|stand\w*|aims?|goals?|demands?|"
    r"priorit\w+|objectives?|terms|(?:pre)?conditions?|offers?|proposals?|opinions?|requests?|red lines?|afraid|worried|concerned|"
    # ...and the verbs of opinion ("How many years does Oruval think the filling should take?")
    r"think|thinks|thought|believes?|believed|reckons?|reckoned|"
    rf"(?:{'|'.join(STANCE_ADJECTIVES)})\s+(?:to|that))\b",  # "How much is X prepared to unfreeze?"
    re.IGNORECASE,
)
