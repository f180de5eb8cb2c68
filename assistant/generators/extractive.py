"""The default generator: an answer composed of the passages' own sentences, the answer first.

No model writes anything, so every sentence is grounded by construction. The ranker (`ranking.py`) orders the
sentences; the answer leads with the best one that holds what the question asks for (a date for "when", a name for
"who"; for what a party wants, one near the top in which it states a position), with the quote after it when it only
reports a speaker ('"…," he said'); for "why" a sentence that says why in the text's own words ("…due to French
resistance"), alone, from further down than other kinds of answer, or the sentence before a lead that states a
consequence of it ("Dravonia therefore asked…": the reason is said there); then at most two more that score close to
it (the closer, the surer the ranker is of the lead: `runner_ups`), say something else and keep the answer short (and
name one of what was asked for too, when the lead names it; none when the lead holds the date, number or name asked
for and every word it was asked in: `whole_answer`); a sentence of three words says too little, a headline or byline
nothing new (a byline leads when the question asks who wrote the text). A long sentence is quoted only as far as it
answers (`clipping`), one that opens with a pronoun with the name it stands for in brackets ("[Thatcher] ordered…":
`brackets.Brackets`), and sentences a text numbers as a list ("First, …") together, in its order. A comparison ("How
do Kyiv and Moscow differ on NATO?", "What does each side want?") is `comparison.Comparison`'s. Deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.comparison_words import EVERY_SIDE
from assistant.condense import in_context, names_anew, own_words
from assistant.effects import ASKS_EFFECT, states_effect
from assistant.english import plain_verbs
from assistant.figures import NUMBER, counts_span, states_length
from assistant.generators.accompany import (
    change_after,
    dangling,
    gives_cause,
    in_listed_order,
    justified_after,
    named_after,
    quote_after,
    quote_whole,
    reason_before,
    sentence_before,
    tells_act,
    whole_answer,
)
from assistant.generators.base import Generator
from assistant.generators.brackets import Brackets
from assistant.generators.clipping import ELLIPSIS, clipped
from assistant.generators.close_leads import close_lead
from assistant.generators.comparison import Comparison
from assistant.generators.runner_ups import floor
from assistant.holds import Synonyms, enough, share
from assistant.lexicon import words
from assistant.membership import ASKS_MEMBERS
from assistant.models import ScoredPassage
from assistant.names import Parties
from assistant.ordinals import of_series, ordinal_value
from assistant.question import read
from assistant.question_forms import WHO, topic_words
from assistant.question_parts import question_parts
from assistant.question_roles import named_anywhere
from assistant.ranking import ASKS_WHY, Candidate, SentenceRanker
from assistant.sourcing import ASKS_AUTHOR
from assistant.speakers import ASKS_REACTION, not_speaker, reacts
from assistant.statements import WHAT_NAME, answering, defines, not_premises
from assistant.tense import ASKS_PAST, FUTURE, topic_verbs
from assistant.thesaurus import own_words_only
from assistant.venues import ASKS_VENUE, LOCATES

MAX_SENTENCES = 3
CLOSE = 0.5  # a sentence that holds the kind of answer asked for leads when it scores this share of the best
CAUSE_CLOSE = 0.25  # ...one that says why (or where), from further down: it may tell the event in other words
BUDGET = 400  # characters of answer beyond which a further sentence is left out
MARKER = 5  # " [n]" and the space before the next sentence
WINDOW = 6  # how far down the ranking the lead may come from, when the best does not hold what was asked
REDUNDANT = 0.6  # share of a sentence's terms already said, beyond which it adds nothing
DISPLACED = 1.3  # a sentence scoring this many times the lead's is heard even past the budget
OWN_SHARE = 0.3  # a party's own statement leads an answer about its position when it scores this share of the best
# ...however long, within the budget ("…Bullitt's actual objective was far more ambitious: to broker…")
# "the most recent round", "the latest session", "the last round": English's superlatives of time, asking for the
# last of a series that a text numbers with its ordinals ("The fourth round took place…").
_RECENT = re.compile(r"(?i)\b(?:most\s+recent|latest|last)\s+(?P<noun>[a-z]+)")
_HOW_LONG = re.compile(r"(?i)\bhow\s+long\b")  # not "how far back" or "how soon", which a date answers


class ExtractiveGenerator(Generator):
    name = "extractive"

    def __init__(self, ranker: SentenceRanker, people: frozenset[str] = frozenset()) -> None:
        self.ranker = ranker
        self.parties: Parties = ranker.parties
        self.people = people  # surnames the corpus introduces, lower case (`people.people_in`)
        self.quoted = Brackets(self.parties, people).quoted
        self.comparison = Comparison(ranker, people, self.quoted)

    def stream(self, question: str, hits: list[ScoredPassage]) -> Iterator[str]:
        compared = self.parties.compared(question)
        if len(compared) >= 2:
            yield from self.comparison.answer(question, hits, compared)
            return
        parts = question_parts(question) if own_words(question) == question else [question]
        if len(parts) == 2:  # "Who is X's president and when is he up for election?": each is answered
            yield from self._each_part(parts, hits)
            return
        ranked = answering(question, self.ranker.rank(question, hits))  # as the judge ranked them: computed once
        ranked = not_premises(ranked, hits, WINDOW)
        if not ranked:
            return
        lead = self._lead(question, ranked, hits) or ranked[0]
        by = ASKS_AUTHOR.search(question)  # "Who wrote this article?": its byline, which answers nothing else
        lead = next((c for c in ranked if hits[c.n - 1].passage.section == "Byline"), lead) if by else lead
        speaker = read(question).speaker if ASKS_REACTION.search(question) else None
        reacting = self.parties.mentioned(speaker) if speaker else []
        if reacting and not self._reacts(reacting[0], lead.text):
            # "How did the Chinese respond?": a sentence where they react ("PRC officials, however, refused…")
            lead = next((c for c in ranked[:WINDOW] if c.meets and self._reacts(reacting[0], c.text)), lead)
        own = self._own_statement(question, ranked, lead)
        most = MAX_SENTENCES if own is None else 2  # the party's own words, and what it displaced at most
        most = 1 if read(question).sides else most  # the sentence that names the parties names them all
        lead = own or lead
        caused = bool(ASKS_WHY.search(question)) and self._gives_cause(question, lead, hits)
        justified = justified_after(lead, ranked, hits) if ASKS_WHY.search(question) and not caused else []
        whole = whole_answer(question, lead, self.ranker.lexicon, self.ranker.synonyms)
        if caused or justified or whole or (ASKS_EFFECT.search(question) and states_effect(lead.text)):
            most = 1  # the reason (or the effect, or all that was asked), said: more would only tell the story again
        chosen = [*reason_before(question, lead, hits), lead, *quote_after(question, lead, ranked)]
        named = [] if caused or justified else named_after(lead, ranked, hits)  # a reason said is the whole answer
        chosen += [c for c in [*justified, *change_after(lead, ranked, hits), *named] if c not in chosen]
        most += len(chosen) - 1  # the quote is the lead's own substance
        said = {t for c in chosen for t in self.ranker.lexicon.terms(c.text)}
        shown = sum(self._shown(question, c, hits) for c in chosen)  # characters, each sentence as far as clipped
        naming = read(question).wants == "name" and lead.meets  # a name found: more only of one that names one too
        least = floor(question, lead) * lead.score  # what a further sentence must score
        for c in ranked:
            if len(chosen) >= most or c.score < least:
                break
            terms = set(self.ranker.lexicon.terms(c.text))
            # the lead was chosen for what it holds, or as the party's own words: one ranked far above may be the answer
            heard = c.score > DISPLACED * lead.score  # however long, or however it opens
            length = self._shown(question, c, hits)
            over = shown + length > BUDGET and not heard
            headline = hits[c.n - 1].passage.section in ("Title", "Byline") or (naming and not c.meets)
            dangles = not heard and dangling(c, self.quoted, chosen, hits)  # "They employ…", said apart
            if c in chosen or over or not terms or headline or dangles or len(terms & said) / len(terms) > REDUNDANT:
                continue
            chosen.append(c)
            said |= terms
            shown += length
        for i, c in enumerate(in_listed_order([quote_whole(c, hits) for c in chosen], hits)):
            short = clipped(question, c, hits, self.ranker.lexicon, self.ranker.synonyms)  # as far as it answers
            yield ("" if i == 0 else " ") + f"{self.quoted(hits, short)}{ELLIPSIS if short is not c else ''} [{c.n}]"

    def _shown(self, question: str, c: Candidate, hits: list[ScoredPassage]) -> int:
        """The characters `c` takes in an answer, as far as it is clipped, with its marker."""
        return len(clipped(question, c, hits, self.ranker.lexicon, self.ranker.synonyms).text) + MARKER

    def _each_part(self, parts: list[str], hits: list[ScoredPassage]) -> Iterator[str]:
        """The best sentence for each part that holds what it asks for (the second read with the first as its
        context: "he" is the president asked about), each said once."""
        chosen: list[Candidate] = []
        for i, part in enumerate(parts):
            asked = part if i == 0 else in_context(part, parts[0])
            ranked = answering(asked, self.ranker.rank(asked, hits))
            fresh = [c for c in ranked if all((c.n, c.start) != (x.n, x.start) for x in chosen)]
            lead = self._lead(asked, fresh, hits)
            if lead is not None:
                chosen.append(lead)
        for i, c in enumerate(chosen):
            yield ("" if i == 0 else " ") + f"{self.quoted(hits, c)} [{c.n}]"

    def _lead(self, question: str, ranked: list[Candidate], hits: list[ScoredPassage]) -> Candidate | None:
        """The best sentence near the top that holds what was asked, else the best. Of what is to come when "When will…?"
        or "Where will…?" asks ("A fourth round is due to begin on 22 April", not "The third round opened on 4 March"),
        of what has been when "Which city hosted…?" asks, a length before a span when "How long is the X?" may ask for
        either ("The 1,140-km Northway line…", not "Three days of talks over the Northway pipeline…"), a counted span
        when "How long did X last?" asks ("a three-week campaign", not "within hours"), the last of a numbered series
        that has taken place for "the most recent round" ("The fourth round took place…", not the fifth's schedule), and
        a condition for "Under what condition…?" ("…unless a security guarantee replaces them"), what stands now for
        "…now…?" and a verb of beginning for "When did X get underway?" when one ranks close."""
        ask = read(question)
        holding = [c for c in (ranked if named_anywhere(ask) else ranked[:WINDOW]) if c.meets]
        if ask.place and holding:  # a place said of what was asked (half its topic words), when one ranks close
            # ...besides the parties, whom most sentences name ("…the Kestrava-Dalmarre meetings…": meetings)
            topic = tuple(t for t in topic_words(question) if not self.parties.mentioned(t))
            best = holding[0].score
            lexicon, synonyms = self.ranker.lexicon, self.ranker.synonyms
            holding.sort(key=lambda c: not (c.score >= CLOSE * best and enough(topic, c.context, lexicon, synonyms)))
        if holding and ASKS_VENUE.search(question):  # "Where were the talks held?": "…met in Portsmouth", not
            best = holding[0].score  # "…pressure on the leadership in Moscow and Tokyo…"; the time asked sorts after
            holding.sort(key=lambda c: not (c.score >= CAUSE_CLOSE * best and LOCATES.search(c.text)))
        verbs = tuple(topic_verbs(ask.topic)) if ask.wants == "date" else ()
        if verbs and holding:  # "When did Valdria raise the toll?": a date of a raising, when one ranks close
            best, lexicon, synonyms = holding[0].score, self.ranker.lexicon, self.ranker.synonyms

            def tells(c: Candidate, near: Synonyms) -> bool:
                return c.score >= CLOSE * best and share(verbs, plain_verbs(c.text), lexicon, near) > 0

            # ...by the question's own verb before a near-synonym ("issued", not "problems", for "issue")
            holding.sort(key=lambda c: (not tells(c, synonyms), not tells(c, own_words_only)))
        timed = ask.place or ask.wants == "date"
        if timed and FUTURE.search(question):
            holding.sort(key=lambda c: not FUTURE.search(c.text))
        elif timed and ASKS_PAST.search(question):
            holding.sort(key=lambda c: bool(FUTURE.search(c.text)))  # "Which city hosted…": not the next round's
        elif ask.length:
            holding.sort(key=lambda c: not states_length(c.text))
        elif _HOW_LONG.search(question):
            holding.sort(key=lambda c: not counts_span(c.text))  # "a three-week campaign", not "within hours"
        recent = _RECENT.search(question)
        if recent:  # "the most recent round": the last of the series the text numbers that has taken place
            held = [c for c in holding if of_series(recent["noun"], c.text) and not FUTURE.search(c.text)]
            last = max(held, key=lambda c: max(map(ordinal_value, of_series(recent["noun"], c.text))), default=None)
            holding.sort(key=lambda c: c is not last)
        if holding:  # a close one that says what the question's words ask for, first
            said = close_lead(question)
            best = holding[0].score
            if said is not None:
                holding.sort(key=lambda c: not (said(c.text) and c.score >= CLOSE * best))
        if holding and ask.wants == "number" and EVERY_SIDE.search(question):  # "How many did each country free?"
            best = holding[0].score  # ...a close one that gives two parties a number each ("X freed 31 and Y 27")
            holding.sort(key=lambda c: not (c.score >= CLOSE * best and self._numbered_each(c.text)))
        if ask.sides:  # "Who are the parties?": the sentence that names most of them ("…what Halvardia, Quessary…")
            holding.sort(key=lambda c: -self.ranker.lexicon.parties_named(c.text))
        if holding and ASKS_WHY.search(question):  # "Why did X never happen?": "…failed due to French resistance"
            best = holding[0].score
            holding.sort(key=lambda c: not (c.score >= CAUSE_CLOSE * best and self._gives_cause(question, c, hits)))
            if not self._gives_cause(question, holding[0], hits):  # "Why did Quessary turn down…?": "…rejected…"
                lexicon, synonyms = self.ranker.lexicon, self.ranker.synonyms
                acts = [c for c in holding if c.score >= CLOSE * best and tells_act(question, c, lexicon, synonyms)]
                holding.sort(key=lambda c: not (c in acts and justified_after(c, ranked, hits)))
        if holding and ASKS_EFFECT.search(question):  # "What was the fallout of…?": "…delayed recognition…"
            best = holding[0].score
            holding.sort(key=lambda c: not (c.score >= CAUSE_CLOSE * best and states_effect(c.text)))
        new = names_anew(question, self.ranker.lexicon, self.parties)
        if holding and new:  # "Which of them went on to Moscow?" after "Who was part of…": a close one that names it
            best, terms = holding[0].score, self.ranker.lexicon.terms
            owned = {id(c): len(new & set(terms(c.context))) for c in holding if c.score >= CLOSE * best}
            holding.sort(key=lambda c: -owned.get(id(c), -1))
        named = WHAT_NAME.match(question)
        if named:  # "What is the PMSC?": the sentence near the top that says what it is, which others only name
            holding.sort(key=lambda c: not defines(named["name"], c.text))
        if (
            holding
            and ask.wants == "name"
            and not ask.role
            and WHO.search(question)
            and not ASKS_MEMBERS.search(question)
        ):
            # "Who…?" with no role asks for a person: one the corpus introduces, named anew, leads when close
            best = holding[0].score
            holding.sort(key=lambda c: not (c.score >= CLOSE * best and self._names_person(c.text, ask.asked)))
        return holding[0] if holding else next(iter(ranked), None)

    def _gives_cause(self, question: str, c: Candidate, hits: list[ScoredPassage]) -> bool:
        span = sentence_before(c, hits)
        before = hits[c.n - 1].passage.text[span[0] : span[1]] if span else ""
        return gives_cause(question, c, self.ranker.lexicon, self.ranker.synonyms, before)

    def _numbered_each(self, text: str) -> bool:
        """Whether `text` gives a number after one party's name and another after a second party's."""
        first = next(iter(self.parties.spans(text)), None)
        second = next((s for s in self.parties.spans(text) if first and s[2] != first[2]), None)
        return bool(first and second and NUMBER.search(text, first[1], second[0]) and NUMBER.search(text, second[1]))

    def _names_person(self, text: str, asked: frozenset[str]) -> bool:
        """Whether `text` names someone the corpus introduces (`people`) whom the question does not name."""
        return any(w in self.people and w not in asked for w in words(text))

    def _own_statement(self, question: str, ranked: list[Candidate], lead: Candidate) -> Candidate | None:
        """For "What does X want…?", when X states no position in the lead: the best sentence near the top in
        which it does ("Sallowmere says such a line ignores…" before "Quessary and Orvanda ended a round…"), or
        for "What is X's main condition?", of twice as many, one that names a position as X's own."""
        question = own_words(question)  # a follow-up asks a party's position in its own words, not the one's before
        named = [who for b, e, who in self.parties.spans(question) if not not_speaker(question, b, e)]
        if not named or not self.parties.asks_position(question):
            return None
        if self.parties.owns_position(named[0], question):
            # a position named as the party's own is the answer though its words are further from the question's
            owns = [c for c in ranked[: 2 * WINDOW] if c.meets and self._owned(named[0], c)]
            if self.parties.owns_position(named[0], question, wanted=True):  # an aim asked for: an aim first
                owns.sort(key=lambda c: not self._owned(named[0], c, wanted=True))
            found = next(iter(owns), None)
            if found is not None:
                return None if found is lead else found
        if self.ranker.states(named[0], lead.context, lead.text):
            return None
        stating = [
            c
            for c in ranked[:WINDOW]
            if c.meets
            and c.score >= OWN_SHARE * lead.score
            and len(c.text) <= BUDGET
            and self.ranker.states(named[0], c.context, c.text)
        ]
        said = close_lead(question)  # "What has Arvenland always wanted…?": "Our position has always been…"
        return min(stating, key=lambda c: not said(c.text), default=None) if said else next(iter(stating), None)

    def _owned(self, party: str, c: Candidate, wanted: bool = False) -> bool:
        return self.parties.owns_position(party, c.context, c.own_start, wanted)

    def _reacts(self, party: str, sentence: str) -> bool:
        spans = [(begin, end) for begin, end, who in self.parties.spans(sentence) if who == party]
        return reacts(spans, sentence)
