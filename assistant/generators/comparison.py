"""A comparison's answer ("How do Kyiv and Moscow differ on NATO?", "What does each side want?"): a sentence that
sets the parties side by side or has each state its position first, then each party's best statement, labelled
with the party, then each one's second. It ranks with the generator's ranker and quotes as the generator does;
it does not decide whether a question is a comparison (`names.Parties.compared` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from assistant import holds
from assistant.antecedents import OPENS_WITH_SUBJECT
from assistant.comparison_words import CONTRAST_WORDS, EVERY_SIDE
from assistant.english import POSITION_VERBS, STOPWORDS, UNTOPICAL, verb_pattern
from assistant.generators.accompany import follows
from assistant.layout import in_questioners_turn
from assistant.lexicon import words
from assistant.models import SECTION_TERMS, ScoredPassage
from assistant.names import Parties
from assistant.ranking import FIGURE, Candidate, SentenceRanker
from assistant.statements import states_something
from assistant.tense import NOW

# A party's statements are sentences of its own section or that name it; those where it states a position itself
# count more, those in another party's section or with another party as the subject count less.
W_STANCE, OTHER_SECTION, OTHER_SUBJECT = 0.1, 0.75, 0.8
PER_PARTY, PARTY_RUNNER_UP = 2, 0.3  # statements per party, the second only when it scores this share of the first
# A verb of asking for a position (`english.POSITION_VERBS`) after its subject or auxiliary, in a question ("What
# does each side want?", "…each propose…"; not the noun of "Ukraine's NATO hopes") and in a sentence
POSITION_ASKED = re.compile(
    rf"(?i)\b(?:do|does|did|will|would|each|both|they|sides?|parties|party)\s+(?:\w+ly\s+)?(?:{verb_pattern(POSITION_VERBS)})\b"
)
WANTS_AFTER = re.compile(rf"(?i)(?:['’]s)?\s+(?:\w+ly\s+)?(?:{verb_pattern(POSITION_VERBS)})\b")
# What the parties did together, or what is asked of both: "both", "the two", "jointly".
JOINT = re.compile(r"(?i)\b(?:both|the\s+two|together|jointly|mutual(?:ly)?)\b")
# Coordinated clauses, in which two parties may each state a position: "X asked for 180; Y had offered 120."
CLAUSES = re.compile(r";|,\s+(?:while|whereas|but)\s+")
# English's contrastive connectives (Quirk et al. §8.137), by which a sentence sets its subject against the one before
COUNTERPART = re.compile(
    r"(?i)\b(?:instead|by\s+contrast|in\s+contrast|for\s+(?:its|their)\s+part|on\s+the\s+other\s+hand)\b"
)
_COUNTED = re.compile(r"\b\d[\d,.]*(?:-|\s+)([A-Za-z]+)")  # a figure and the word after it: "10 hours", "20-year"
Quote = Callable[[list[ScoredPassage], Candidate], str]


class Comparison:
    """Composes comparisons from ranked sentences; `quote` puts a sentence as the answer says it."""

    def __init__(self, ranker: SentenceRanker, people: frozenset[str], quote: Quote) -> None:
        self.ranker = ranker
        self.parties: Parties = ranker.parties
        self.people = people  # surnames the corpus introduces, lower case (`people.people_in`)
        self.quoted = quote

    def answer(self, question: str, hits: list[ScoredPassage], parties: list[str]) -> Iterator[str]:
        """The comparison of `parties` that `question` asks for, from the sentences of `hits`."""
        used: set[tuple[int, int]] = set()
        first = True
        # The sentence that best answers the whole question, when it sets the parties side by side itself
        # ("…22 percent of Quessary's export earnings and about 9 percent of Orvanda's"), or has each of them
        # state its own, says it first; one in which a single party states its position ("Moscow insists that
        # Ukraine's…") is that party's statement.
        ranked = self.ranker.rank(question, hits)
        best = (
            ranked[:1]
            if ranked and (self._side_by_side(ranked[0], parties) or self._each_states(ranked[0], parties))
            else []
        )
        if not best and JOINT.search(question):  # "What did both fear…?": "…both recognized that…" says it of both
            best = [c for c in ranked[:3] if JOINT.search(c.text) and len(self._named(c, parties)) >= 2][:1]
        if best and best[0].meets:
            used.add((best[0].n, best[0].start))
            yield f"{self.quoted(hits, best[0])} [{best[0].n}]"
            first = False
        statements: list[tuple[str, list[Candidate]]] = []
        lexicon, synonyms = self.ranker.lexicon, self.ranker.synonyms
        compared = self.parties.topic_of_comparison(question)
        topic = tuple(w for w in words(compared) if w not in UNTOPICAL)
        every = bool(EVERY_SIDE.search(question))
        wants = bool(POSITION_ASKED.search(question))
        now = bool(NOW.search(question))
        for party in parties:
            # Ask about this party alone: "How do Kyiv and Moscow differ on NATO?" -> "... on NATO? Ukraine", and
            # "What does each side want?" -> "What does Ukraine want?"
            own_question = EVERY_SIDE.sub(party, question, count=1) if every else f"{compared} {party}"
            scored, foremost = [], []  # ...and those it is heard by first
            before = statements[0][1][0] if statements else None  # the first party's statement
            for c in self.ranker.rank(own_question, hits):
                named = self.parties.mentioned(c.context)
                # "He said…" is about whom "he" is; "Trump suggested that it…" is about Trump.
                subject = self.parties.subject_of(c.context if OPENS_WITH_SUBJECT.match(c.text) else c.text) or party
                # "U.S. officials… focused on the correlation…" then "PRC officials chose instead to focus on…": the
                # sentence after the first party's that sets this party against it
                counterpart = (
                    before is not None
                    and COUNTERPART.search(c.text) is not None
                    and self.parties.subject_of(c.text) == party
                    and follows(c, before, hits)
                )
                home = hits[c.n - 1].passage.party == party
                if (c.n, c.start) in used or not (home or party in named) or not states_something(c.text):
                    continue
                if in_questioners_turn(hits[c.n - 1].passage.text, c.start):  # "Q: Mr Ellery, Varrick has opposed…"
                    continue  # ...is what the interviewer puts to the party, not its word
                stance = self.ranker.states(party, c.context, c.text)
                score = c.score * (1 + W_STANCE * stance)
                if not home and not stance:  # a party's own statement is its position in any section
                    score *= OTHER_SECTION
                if subject != party and not stance:  # another party is the subject: "Trump suggested that Moscow…"
                    score *= OTHER_SUBJECT
                scored.append((score, c))
                if (now and subject == party and NOW.search(c.text)) or counterpart:  # "It has now raised that to…"
                    foremost.append((score, c))
            # "How do Zelensky and Peskov differ…?": each side is heard through the person the question names.
            speakers = self._people_named_for(question, party)
            if speakers:
                scored = [(s, c) for s, c in scored if speakers.search(c.context)] or scored
            scored = [(s, c) for s, c in scored if c.meets] or scored  # "…differ on how long…?": a span first
            # The party's own statement, or one it is the subject of, before one that only names it; of its own,
            # those on what is compared ("…on the buffer zone?": not its demand on the fund)
            own = [(s, c) for s, c in scored if self.ranker.states(party, c.context, c.text)]
            on_topic = [(s, c) for s, c in own if holds.share(topic, _so_far(hits, c), lexicon, synonyms)]
            # ...and when none of its own is, what is said of it on what is compared ("But its counter-proposal…
            # would give Velmarra 65 per cent of the gas revenue") before its own on another thing
            if not on_topic and topic:
                on_topic = [(s, c) for s, c in scored if holds.enough(topic, _so_far(hits, c), lexicon, synonyms)]
            own = on_topic or own
            # "What does each side want?": where the party wants something ("The union wants…"), before its words
            if wants:
                own = [(s, c) for s, c in own if self._wants(party, c.context)] or own
            its_subject = [(s, c) for s, c in scored if self.parties.subject_of(c.text) == party]
            scored = own or its_subject or scored
            if not scored:
                continue
            # ...where it stands now first, when asked ("…how far apart are they right now?"), though by no stance
            # verb ("It has now raised that to 9 percent"), or where the text sets it against the first party, on
            # what is compared
            foremost = [(s, c) for s, c in foremost if holds.share(topic, _so_far(hits, c), lexicon, synonyms)]
            scored = foremost + [pair for pair in scored if pair not in foremost]
            scored.sort(key=lambda pair: (pair not in foremost, -pair[0]))
            chosen = [c for score, c in scored[:PER_PARTY] if score >= PARTY_RUNNER_UP * scored[0][0]]
            used.update((c.n, c.start) for c in chosen)
            statements.append((party, chosen))
        # Each party's best statement first, then each one's second: the answer's first sentences compare, in the
        # unit the first party's is in when another's second has it ("capped at 10 hours" / "a cap of 12 hours", not
        # "6 percent over the same period")
        units = _units(statements[0][1][0].text) if statements else set()
        statements = [
            (party, sorted(chosen, key=lambda c: not units & _units(c.text)) if units else chosen)
            for party, chosen in statements
        ]
        for rank in range(PER_PARTY):
            for party, chosen in statements:
                if rank < len(chosen):
                    yield ("" if first else " ") + f"{party}: {self.quoted(hits, chosen[rank])} [{chosen[rank].n}]"
                    first = False

    def _wants(self, party: str, text: str) -> bool:
        """Whether `party` is the subject of a verb of wanting in `text` ("The union wants…", "Tarsene insists…")."""
        return any(who == party and WANTS_AFTER.match(text, end) for _, end, who in self.parties.spans(text))

    def _side_by_side(self, c: Candidate, parties: list[str]) -> bool:
        """Whether the sentence sets two or more of `parties` against each other (by a word of contrast, or a
        figure on each side: "22 percent of Quessary's … and about 9 percent of Orvanda's") and none of them states
        a position in it. "Ukrainian forces launched an offensive on Russia" names two and compares nothing."""
        named = self._named(c, parties)
        compares = CONTRAST_WORDS.search(c.text) or len(set(FIGURE.findall(c.text))) >= 2
        return (
            len(named) >= 2
            and bool(compares)
            and not any(self.ranker.states(party, c.context, c.text) for party in named)
        )

    def _each_states(self, c: Candidate, parties: list[str]) -> bool:
        """Whether two or more of `parties` state their positions in the one sentence: "Kesteria had asked for
        180 cubic metres per second; Thalvony had offered 120." answers how far apart they were, each in a clause
        of its own."""
        stating = [
            {
                party
                for party in set(parties) & set(self.parties.mentioned(clause))
                if self.ranker.states(party, clause, clause)
            }
            for clause in CLAUSES.split(c.text)
        ]
        return len(set().union(*stating)) >= 2 and sum(bool(s) for s in stating) >= 2

    def _named(self, c: Candidate, parties: list[str]) -> set[str]:
        return set(parties) & set(self.parties.mentioned(c.text))

    def _people_named_for(self, question: str, party: str) -> re.Pattern[str] | None:
        """A pattern of the people the question names for `party` ("Peskov" for Russia), or None."""
        names = {question[b:e] for b, e, who in self.parties.spans(question) if who == party}
        people = sorted(n for n in names if n.lower() in self.people)
        return re.compile(rf"\b(?:{'|'.join(map(re.escape, people))})\b", re.I) if people else None


def _so_far(hits: list[ScoredPassage], c: Candidate) -> str:
    """The sentence with those before it in its passage (a paragraph's, never another's) and its heading, which
    say what it is about: "The length of any new transit agreement is also unresolved. Aldoria wants 15 years.
    Vessenland has proposed 10 years."; "Shifts. The authority has offered a cap of 12 hours." A record's line
    stands alone: its lines above are other entries."""
    passage = hits[c.n - 1].passage
    text = passage.text[: c.start + len(c.text)]
    paragraph = text[text.rfind("\n") + 1 :]
    return f"{SECTION_TERMS.get(passage.section, passage.section)}. {paragraph}"


def _units(text: str) -> set[str]:
    """The units `text` counts in, the word after each figure: "10 hours", "6 percent" -> {"hours", "percent"}."""
    return {m.group(1).lower() for m in _COUNTED.finditer(text)} - STOPWORDS  # not "…in 1982 the…"
