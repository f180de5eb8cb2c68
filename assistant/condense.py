"""Condense a follow-up question and its conversation into a standalone question, without a model.

Four moves, tried in order on a question that reads as a follow-up (it opens with "and"/"what about",
leans on a pronoun, or is too short to stand alone):
1. an ordinal instead of the thing: "And the second one?" after "How long is the first phase?" asks how
   long the second phase is; a prepositional phrase instead of the one before: "And of the plan?" after "What
   does Ostrane think of the fund?" asks what he thinks of the plan;
2. ellipsis with a new party: "And Russia?" after "What does Ukraine want on territory?" becomes
   "What does Russia want on territory?";
3. pronouns: he/she/his/her become the last person named (in the previous question, else the previous
   answer; after "Who did X send…?" or "Who was X's deputy?" the one answered), they/them/their (and an "it" that
   acts: "And what does it get…?") the party the question before is about ("them" never the party the follow-up
   names: what the question before asked about; the pronouns: `pronouns.py`);
4. what is still vague ("that", "there", or almost no topic words) gets the previous question as context.
Earlier turns are condensed first, so a chain of follow-ups keeps its subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.english import (
    RESPONDING_AT_END,
    STANCE_ADJECTIVES,
    STANCE_VERBS,
    inflections,
    lemmas,
)
from assistant.lexicon import Lexicon, stems, unpossessed
from assistant.models import Turn
from assistant.names import Parties
from assistant.ordinals import ORDINALS
from assistant.posts import apposed_to_question, title_asked
from assistant.pronouns import PARTY_PRONOUN, PERSONAL, PLURAL, THEM, possessive
from assistant.speakers import SPOKESPEOPLE

RECENT_TURNS = 20
_CONTEXT = " (context: "
OWN_TOPIC = 2  # topic words beyond which a question opened by "And…" says what it asks without the one before
# A stance verb says a question asks for a position, not what about: "asking for" gives no topic of its own, and
# such a question about another party asks it of the issue the question before named ("…offer on notifying
# exercises?"), by a preposition of topic (not of "Which minerals is Trump interested in?"); so does a stance
# adjective ("willing to", "prepared to": `english.STANCE_ADJECTIVES`).
_STANCE_TERMS = frozenset(stems([*inflections(tuple(STANCE_VERBS)), *STANCE_ADJECTIVES]))
# ...nor does an adjective of its place in a sequence ("And what was the government's starting offer?").
_SEQUENCE_TERMS = frozenset(stems("first original initial opening starting".split()))
# ...nor a verb of moving a position ("And what was Brenzau willing to go down to?", "Will Varnessa budge?"), which
# presumes one on the table: the issue before, named by a preposition of topic or not
_MOVING_TERMS = frozenset(stems(inflections(("go", "come", "move", "budge"))))
# ...nor one of answering a position ("And what figure did the council come back with?": counter), nor a noun that
# only stands for the position's figure: both presume what the question before asked about
_ANSWERING_TERMS = frozenset(stems([*inflections(("counter", "respond", "reply", "answer")), *"figure sum".split()]))
# ...and a phrasal verb's adverb particle says nothing of its own ("come back with"; Quirk et al. §16.3)
_PARTICLES = frozenset(stems("back away forward aside".split()))
_ISSUE = re.compile(r"(?i)\b(?:on|about|over|regarding|concerning)\s+(?:the\s+)?[a-z]")
_OPENER = re.compile(r"^\s*(?:and|but|also|so|then|what about|how about|what of|same for|and what about)\b", re.I)
# "Who sent…?", "Who was Oddvane's deputy?" (a role's holder): someone new; not "Who is X?"
_WHO_DID = re.compile(
    r"^\W*(?i:who)\b(?:(?!\s+(?i:is|was|are|were)\b|['’]s\b)|\s+(?i:is|was)\s+(?:the|[A-Z][\w.-]*['’]s)\s)"
)
# "instead": of what was said; a response: to it
_VAGUE = re.compile(rf"\b(that|this|it|its|there|those|these|then|such|instead)\b|{RESPONDING_AT_END}", re.I)
# "Which country buys the surplus?" is answered by a party, whom a follow-up's "it" or "they" then means.
_WHICH_PARTY = re.compile(r"(?i)^\W*(?:which|what)\s+(?:countr(?:y|ies)|part(?:y|ies)|side|nation|state|government)\b")
# A question with its own predicate ("And what does Russia want?", "Does Japan agree?"), not an ellipsis ("And
# Russia?", "What of Japan?"): a question word then an auxiliary verb, or an auxiliary first (English grammar's
# closed class of auxiliaries and modals).
AUXILIARY = r"(?:does|do|did|is|are|was|were|will|would|can|could|should|shall|has|have|had|may|might|must)"
_OWN_QUESTION = re.compile(
    rf"^(?:(?:what|which|who|whom|whose|how|why|when|where)\b(?:\s+\w+)?\s+{AUXILIARY}|{AUXILIARY})\b", re.I
)
_ELIDED = re.compile(rf"^how\s+(?:many|much)\s+{AUXILIARY}\b", re.I)  # "How many does X want?": counted before
# A party's name before one of its people ("US officials"), where it modifies the noun as an adjective would
_PEOPLE_AFTER = re.compile(rf"\s+(?:{SPOKESPEOPLE})\b", re.I)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the" right before a name ("the Kremlin")
# "And of the seven-year plan?", "And on quotas?": the question before, of what a new prepositional phrase names in
# place of its own (an ellipsis of all but the phrase, Quirk et al. §12.31), with no question word of its own
_PREPOSITIONAL = re.compile(
    r"(?i)^\W*(?:and|but|also|what about|how about)?\s*(?P<phrase>(?P<preposition>of|on|about|over|regarding|for|with|"
    r"towards?)\s+(?!(?:what|which|who|whom|whose|how|why|when|where)\b)[^?]*?)\s*\??\s*$"
)
# "And the second one?": the same question about another of a series, named by its ordinal.
_ORDINALS = rf"{ORDINALS}|last|final|next"
_ORDINAL = re.compile(rf"\b(?:{_ORDINALS})\b", re.I)
_ORDINAL_ONE = re.compile(rf"(?i)^\W*(?:and|but|what about|how about)?\s*(?:the\s+)?(?P<ordinal>{_ORDINALS})\s+one\W*$")


def _nouns_after(text: str, end: int) -> int:
    """Where the words right after `end` that English uses only as nouns end ("…orchard growers react": after
    "growers"), or `end` when none follows."""
    while (word := re.match(r"\s+([a-z][\w'’-]*)", text[end:])) and set(lemmas(word[1])) == {"NOUN"}:
        end += word.end()
    return end


def in_context(question: str, previous: str) -> str:
    """`question` with the question before it as its context: "And why? (context: When did…?)"."""
    return f"{question.rstrip()}{_CONTEXT}{own_words(previous)})"


def own_words(question: str) -> str:
    """A condensed question as the user asked it, without the context condensing added after it."""
    return question.split(_CONTEXT)[0]


def context_of(question: str) -> str:
    """The question before, that condensing added as a condensed question's context ("" when none)."""
    return question.partition(_CONTEXT)[2].removesuffix(")")


def names_anew(question: str, lexicon: Lexicon, parties: Parties) -> set[str]:
    """The terms of the names a follow-up's own words bring that the question before did not ("Moscow" in "Which of
    them went on to Moscow?" after "Who was part of the Bullitt Mission?"), as written ("Moscow" is not "Russia"),
    and no party's, which sentences name in other ways."""
    before = context_of(question)
    named = [w for w in re.findall(r"(?<=\s)[A-Z][\w-]+", own_words(question)) if not parties.mentioned(w)]
    return set(lexicon.terms(" ".join(named))) - set(lexicon.terms(before)) if before else set()


class Condenser:
    def __init__(self, lexicon: Lexicon, parties: Parties, people: set[str]) -> None:
        self.lexicon = lexicon
        self.parties = parties
        self.people = people

    def condense(self, question: str, history: Sequence[Turn]) -> str:
        previous: str | None = None
        answer = ""
        for turn in history[-RECENT_TURNS:]:  # a subject older than this is not what "it" refers to
            if turn.role == "user":
                previous = self._one(turn.content, previous, answer)
            else:
                answer = turn.content
        return question.strip() if previous is None else self._one(question, previous, answer)

    def _people(self, text: str, owners: bool = False) -> list[str]:
        """The people `text` names, by the surnames the corpus introduces; with `owners`, those it names as
        owners too ("What is Amara Lisswell's job?"), whom an answer's "Wilson's chief adviser, House" is not."""
        text = self.lexicon.normalize(text)
        # a party's own name, or a shortening of it ("Corran Bay" of Corran Bay Terminals), names no person
        for start, end, party in reversed(self.parties.spans(text)):
            if text[start:end].lower() in party.lower():
                text = text[:start] + " " * (end - start) + text[end:]
        runs = re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", text)  # "Judge Annika Drossel": Drossel
        said = [[unpossessed(w) if owners else w for w in run.split()] for run in runs]
        return [known[-1] for run in said if (known := [w for w in run if w.lower() in self.people])]

    def _one(self, question: str, previous: str | None, answer: str) -> str:
        question = question.strip()
        if previous is None or not self._is_follow_up(question):
            return question
        ordinal = _ORDINAL_ONE.match(question)
        if ordinal and _ORDINAL.search(previous):  # "And the second one?" after "How long is the first phase?"
            return _ORDINAL.sub(ordinal["ordinal"].lower(), own_words(previous), count=1)
        phrase = _PREPOSITIONAL.match(question)
        at = (
            [m.start() for m in re.finditer(rf"\b{phrase['preposition']}\b", own_words(previous), re.I)]
            if phrase
            else []
        )
        if phrase and at and not self.parties.mentioned(phrase["phrase"]):  # "And about Japan?": a party's, below
            # "And of the seven-year plan?" after "What does he think of the basin fund?"
            rewritten = f"{own_words(previous)[: at[-1]]}{phrase['phrase']}?"
            return f"{rewritten}{_CONTEXT}{context_of(previous)})" if context_of(previous) else rewritten
        new_parties = self.parties.mentioned(question)
        old_parties = self.parties.mentioned(previous)
        # the words that name a party ("the union": BAPA's) are no topic of the question's own
        unnamed = "".join(
            " " if any(b <= i < e for b, e, _ in self.parties.spans(question)) else ch for i, ch in enumerate(question)
        )
        unnamed = re.sub(r"\s['’]s\b", " ", unnamed)  # "Varnessa's": its possessive with it
        topic = [t for t in self.lexicon.topic_terms(unnamed) if t not in self._party_terms()]
        asked = _OPENER.sub("", question).lstrip(" ,")
        own = bool(_OWN_QUESTION.match(asked)) and not _ELIDED.match(asked)
        if new_parties and old_parties and len(topic) <= 1 and new_parties[0] not in old_parties and not own:
            return self._swap_party(previous, old_parties[0], new_parties[0], question)
        rewritten = question
        # "he"/"she": the last person the question before names, else the first the answer names; after "Who did
        # Reagan send…?" the first the answer names after Reagan ("…Galtieri…, Reagan dispatched Haig": Haig)
        answered = [p for p in self._people(answer) if not title_asked(p, answer, previous)]
        before = self._people(previous, owners=True)
        after = next((answered[i + 1 :] for i, p in enumerate(answered) if p in before), answered)
        sent = [p for p in after if p not in before] if _WHO_DID.match(previous) else []
        sent.sort(key=lambda p: not apposed_to_question(p, answer, previous))  # "…deputy, Colonel Ilya Brannek"
        named = sent[:1] or before[-1:] or answered
        person = next(iter(named), None)
        if person:
            rewritten = PERSONAL.sub(lambda m: person + ("'s" if possessive(m) else ""), rewritten)
        # "they": the party the question before is about, not one it names after a preposition ("What did the
        # opposition in Mirendal say…?" "Who is their leader?": the opposition's, which the context then gives)
        subject = self.parties.subject_of(previous) if old_parties and not new_parties else None
        if subject:
            rewritten = PLURAL.sub(self._plural_for(previous, subject), rewritten)
        answered = self.parties.mentioned(answer)[:1] if _WHICH_PARTY.match(previous) and not new_parties else []
        if answered:  # "Which country buys the power?" … "How long has it been paying?": the country answered
            name = answered[0]
            rewritten = PARTY_PRONOUN.sub(
                lambda m: name + ("'s" if m.group().lower() in ("its", "their") else ""), rewritten
            )
        # A question of its own about another party: the previous question's topic would mislead it; one with no
        # topic of its own ("And what had Varnessa been asking for?") asks the issue before of that party.
        complete = (
            own
            and not (
                all(t in _STANCE_TERMS | _SEQUENCE_TERMS | _MOVING_TERMS | _ANSWERING_TERMS | _PARTICLES for t in topic)
                and (_ISSUE.search(previous) or any(t in _MOVING_TERMS | _ANSWERING_TERMS for t in topic))
            )
            and bool(new_parties)
            and new_parties[0] not in old_parties
            and not _VAGUE.search(rewritten)
            and not THEM.search(rewritten)  # "What is Meridian doing about them?": not Meridian ("themselves")
        )
        vague = _VAGUE.search(rewritten) or PLURAL.search(rewritten)  # "which of them" is still vague
        # "And which US law caused trouble a few months later?" says what it asks: "And" alone adds nothing
        said = [t for t in topic if t not in _SEQUENCE_TERMS | _PARTICLES]  # "…starting offer?": as the one before
        thin = len(said) <= 1 or (_OPENER.match(question) and len(said) <= OWN_TOPIC)
        if not complete and (vague or thin):
            # One level of context: the previous question's own context does not nest inside this one.
            rewritten = in_context(rewritten, previous)
        return rewritten

    def _plural_for(self, previous: str, party: str) -> Callable[[re.Match[str]], str]:
        """What "they"/"them"/"their" become: `party`, the previous question's subject, as it wrote it ("Did the
        Soviets try…?" -> "Soviets"), "their" as its possessive. "Which of them" picks from what the answer
        listed, which no party's name stands for: it stays, and the context follows."""
        name = next(previous[b:e] for b, e, who in self.parties.spans(previous) if who == party)

        def replace(m: re.Match[str]) -> str:
            pronoun = m.group().lower()
            if pronoun == "them" and re.search(r"\bof\s+$", m.string[: m.start()], re.I):
                return m.group()
            return (f"{name}'" if name.endswith("s") else f"{name}'s") if pronoun in ("their", "theirs") else name

        return replace

    def _is_follow_up(self, question: str) -> bool:
        leans = _OPENER.match(question) or PERSONAL.search(question) or PLURAL.search(question)
        return bool(leans or _VAGUE.search(question)) or len(self.lexicon.topic_terms(question)) <= 1

    def _party_terms(self) -> set[str]:
        return {t for party in self.parties.names for t in self.lexicon.terms(party)}

    def _swap_party(self, previous: str, old: str, new: str, asked: str) -> str:
        """`previous` about `new` instead of `old`, said as `_said_for` has it; where either names its party
        before nouns ("the Pellmoor commissioner", "Aldermoorish orchard growers"), the noun phrase is what is
        asked about: the follow-up's takes the place of the one before ("What does Quaide say…?" "what about the
        Pellmoor commissioner?"), and a person the follow-up names takes the whole place of the one before ("How
        did Aldermoorish orchard growers react…?" "and what about Renfeld?": how Renfeld reacted)."""
        own = self._own_span(asked, new)
        for pattern in self.parties.patterns_for(old):
            found = pattern.search(previous)
            if not found:
                continue
            end = _nouns_after(previous, found.end())
            phrase = own is not None and _nouns_after(asked, own[1]) > own[1]
            person = own is not None and asked[own[0] : own[1]].split()[-1].lower() in self.people
            if own is not None and (phrase or (person and end > found.end())):
                theirs = _THE_BEFORE.search(asked, 0, own[0]) if phrase else None
                article = _THE_BEFORE.search(previous, 0, found.start())
                said = asked[theirs.start() if theirs else own[0] : _nouns_after(asked, own[1])]
                return previous[: article.start() if article else found.start()] + said + previous[end:]
            start, said = self._said_for(new, asked, found)
            return previous[:start] + said + previous[found.end() :]
        return f"{previous} ({new})"

    def _own_span(self, asked: str, party: str) -> tuple[int, int] | None:
        """Where the follow-up `asked` names `party`, if it does."""
        return next(((b, e) for b, e, who in self.parties.spans(asked) if who == party), None)

    def _said_for(self, new: str, asked: str, found: re.Match[str]) -> tuple[int, str]:
        """Where the new party's words start in the question before (`found` names the old one there), and what
        they are: the follow-up's own words where the old name stood before one of its people ("US officials"
        -> "Chinese officials", a plural as its adjective) or after "the" (a name's "the" is the user's to say:
        "the Kremlin" -> "Kyiv"), else `new`'s name, as for a person (the question is about the party)."""
        previous, start = found.string, found.start()
        own = self._own_span(asked, new)
        if own is None:
            return start, new
        people_after = bool(_PEOPLE_AFTER.match(previous, found.end()))
        words = asked[own[0] : own[1]]
        if people_after and words.endswith("s") and self.parties.mentioned(words[:-1]) == [new]:
            words = words[:-1]  # "the Ukrainians" before "officials": "Ukrainian officials"
        if (people_after and words.endswith("s")) or words.split()[-1].lower() in self.people:
            return start, new
        article = _THE_BEFORE.search(previous, 0, start)
        if article:
            theirs = _THE_BEFORE.search(asked, 0, own[0])
            return article.start(), (theirs.group() if theirs else "") + words
        return start, words if people_after else new
