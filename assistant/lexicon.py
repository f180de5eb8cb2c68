"""Words as the lexical parts of the pipeline see them: tokens, stems, and spellings folded onto the corpus.

`Lexicon` is built from the corpus passages. It turns text into stemmed content terms (for BM25, the support
check and the answerability check) and rewrites a user's spelling of a name onto the corpus's own ("Kyiv" ->
"Kiev", "Zelenskyy" -> "Zelensky"), from the configured variant table, then by fuzzy matching. It ranks nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from assistant.acronyms import ACRONYM, spell_acronyms
from assistant.english import (
    MONTHS,
    QUESTION_FRAME,
    SAME_NAME,
    STOPWORDS,
    TITLE_ABBREVIATIONS,
    UNTOPICAL,
    lemmas,
    name_stems,
)
from assistant.tokens import WORD, stems, unpossessed, words

# A name the corpus describes with a noun ("NATO, a defense alliance that…", "Pokrovsk, a major railway hub."),
# which later sentences use for it ("…should not expect to join the alliance").
APPOSITIVE = re.compile(
    r"(?<![\w.])(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}), an? (?:[a-z-]+ ){0,3}?(?P<noun>[a-z]{3,})"
    r"(?=[,.;]| (?:that|which|who|where|in|of|on|with|from|for|near)\b)"
)
DEFINITE = re.compile(r"\b[Tt]he ([a-z]{3,})\b")
# Letters an English word shares with its corpus form ("relationship" ~ "relations", "defence" ~ "defense").
SAME_ROOT = 5


class Lexicon:
    """The corpus vocabulary, and the mapping of user spellings onto it."""

    def __init__(
        self,
        texts: Iterable[str],
        variants: Mapping[str, Iterable[str]],
        state: dict[str, Any] | None = None,
        names: Iterable[Iterable[str]] = (),
        people: Iterable[str] = (),
    ) -> None:
        """From the corpus `texts`, or from the `state()` of a Lexicon of the same texts (then `texts` is unread).
        `names`: groups of names of one thing (a party's aliases), which `same_name` treats as one; `people`:
        the surnames (lower case) of the people the corpus introduces, who speak for themselves."""
        self._groups = [{n.lower() for n in group} for group in [*SAME_NAME, *names]]
        self.party_names = self._groups[len(SAME_NAME) :]  # each party's names, its people's too
        self.people = frozenset(people)
        if state is None:
            state = self._scan(texts)
        self.vocabulary: set[str] = set(state["vocabulary"])
        self._described: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in state["described"].items()}
        self._acronyms: dict[str, str] = state["acronyms"]
        self.stem_vocabulary = set(stems(self.vocabulary))
        self._terms = lru_cache(maxsize=65_536)(self._terms_uncached)  # passages' sentences recur across questions
        # per word, not per sentence: the judge and the ranker test many sentences for one question's words
        self.acronym_terms = lru_cache(maxsize=4096)(self._acronym_terms)
        self._sorted_vocabulary = sorted(self.vocabulary)
        self._long_words = sorted(w for w in self.vocabulary if len(w) >= 5 and not w.isdigit())
        self._variants: dict[str, str] = {}
        self._forms: dict[str, list[str]] = {}  # a name the corpus writes several ways: "lugansk" -> [.., "lpr"]
        for name, others in variants.items():
            group = [w.lower() for w in (name, *others)]
            in_corpus = [w for w in group if w in self.vocabulary]
            if in_corpus:
                for w in group:
                    self._variants[w] = in_corpus[0]
                self._forms[in_corpus[0]] = in_corpus

    @staticmethod
    def _scan(texts: Iterable[str]) -> dict[str, Any]:
        vocabulary: set[str] = set()
        described: dict[str, set[str]] = {}
        acronyms: dict[str, str] = {}  # each acronym's run, or "" when it spells two (one string per acronym)
        for text in texts:
            vocabulary.update(words(text))
            spell_acronyms(text, acronyms)
            for match in APPOSITIVE.finditer(text):
                described.setdefault(match["noun"], set()).add(match["name"])
        return {
            "vocabulary": sorted(vocabulary),
            # "the alliance" -> the terms of "NATO", when the corpus calls one name, and only one, an alliance
            "described": {n: _named(next(iter(ns)), acronyms) for n, ns in described.items() if len(ns) == 1},
            "acronyms": dict(sorted(acronyms.items())),
        }

    def state(self) -> dict[str, Any]:
        """What the corpus texts contributed, as JSON-ready data: `Lexicon(..., state=...)` rebuilds it."""
        return {
            "vocabulary": sorted(self.vocabulary),
            "described": {k: list(v) for k, v in self._described.items()},
            "acronyms": self._acronyms,
        }

    def _acronym_terms(self, word: str) -> frozenset[str]:
        """The terms of the run of words an acronym stands for in the corpus ("prc": "People's Republic of
        China"), by which a sentence holds it too; a word of English ("bus") is no one's initials."""
        return frozenset(self.terms(word if lemmas(word.lower()) else self.spell_out(word.upper(), written=True)))

    def spell_out(self, text: str, written: bool = False) -> str:
        """`text` with an acronym the corpus never writes put as the one run of words it stands for there:
        "the EEZs" -> "the exclusive economic zones", "LBJ" -> "Lyndon Johnson" (a person's initials may hold
        a middle name the text leaves out; with `written`, those it writes too). One that spells two runs stays."""

        def expand(match: re.Match[str]) -> str:
            acronym = match.group().removesuffix("s")
            if not written and (acronym.lower() in self.vocabulary or match.group().lower() in self.vocabulary):
                return match.group()
            phrase = self._acronyms.get(acronym, "")
            if len(acronym) == 2 and not phrase.istitle():  # two letters spell too many runs of common words
                phrase = ""
            if not phrase and len(acronym) == 3 and acronym not in self._acronyms:
                phrase = self._acronyms.get(f"{acronym[0]}*{acronym[-1]}", "")
            return phrase or TITLE_ABBREVIATIONS.get(acronym, match.group())  # "CEO": "chief executive"

        return re.sub(rf"\b{ACRONYM.pattern}\b", expand, text)

    def canonical(self, word: str) -> str:
        """The corpus's spelling of a lower-cased `word` (itself when the corpus has it or nothing is close)."""
        if word in self._variants:  # first: the corpus may use two forms of one name ("Lugansk", "LPR")
            return self._variants[word]
        if word in self.vocabulary:
            return word
        if len(word) < 5 or word.isdigit() or word in STOPWORDS:
            return word
        match = process.extractOne(word, self._long_words, scorer=fuzz.ratio, score_cutoff=84)
        if match and lemmas(word) and _shared_prefix(word, match[0]) < SAME_ROOT:
            return word  # an English word is no misspelling of another: "signed" of "resigned", "rating" of "drafting"
        return match[0] if match else word

    def normalize(self, text: str) -> str:
        """`text` with each word respelled the corpus's way, keeping its capitalisation and punctuation."""

        def respell(match: re.Match[str]) -> str:
            token = match.group()
            lower = token.lower()
            base = unpossessed(lower)
            fixed = self.canonical(base)
            if fixed == base:
                return token
            fixed += lower[len(base) :]
            return fixed.capitalize() if token[:1].isupper() else fixed

        return WORD.sub(respell, text)

    def other_forms(self, text: str) -> list[str]:
        """`text` (already normalized) with a name the corpus also writes another way put that way:
        "the Lugansk region" -> ["the LPR region"]. Embeddings do not know that the two are one place."""
        out = []
        for match in WORD.finditer(text):
            for form in self._forms.get(match.group().lower(), [])[1:]:
                shown = form.upper() if len(form) <= 3 else form.capitalize()
                out.append(text[: match.start()] + shown + text[match.end() :])
        return out

    def terms(self, text: str) -> list[str]:
        """Stemmed content terms of `text` (stopwords dropped), respelled the corpus's way: for BM25 and overlap."""
        return list(self._terms(text))

    def _terms_uncached(self, text: str) -> tuple[str, ...]:
        found = stems(self.canonical(w) for w in words(text) if w not in STOPWORDS)
        for match in DEFINITE.finditer(text) if self._described else ():
            found += self._described.get(match[1].lower(), ())
        return tuple(found)

    def topic_terms(self, text: str) -> list[str]:
        """The terms that carry what a question is about (its frame words, like "want" or "stance", dropped)."""
        return stems(self.canonical(w) for w in words(text) if w not in UNTOPICAL)

    def knows_name(self, name: str) -> bool:
        """Whether the corpus mentions the capitalised `name`: as written or respelled, by its people's
        adjective or its place ("Egyptian" ~ "Egypt", "Japanese" ~ "Japan"), or by another English name of
        the same country ("American" ~ "U.S."), or as the words an acronym stands for ("EEZs": "exclusive
        economic zones")."""
        if not self.unknown_terms(name):
            return True
        if ACRONYM.fullmatch(name) and name.removesuffix("s") in self._acronyms:
            return True
        lower = name.lower()
        if name in MONTHS and len(lower) > 4 and {lower[:3], lower[:4]} & self.vocabulary:  # "December": "by Dec. 1"
            return True
        for group in SAME_NAME:
            if lower in {g.lower() for g in group}:
                return any(all(w in self.vocabulary for w in words(other)) for other in group)
        for stem in name_stems(lower):
            at = bisect.bisect_left(self._sorted_vocabulary, stem)
            if at < len(self._sorted_vocabulary) and self._sorted_vocabulary[at].startswith(stem):
                return True
        return False

    def parties_in(self, text: str) -> set[int]:
        """The corpus's parties `text` names (by their place in `party_names`), by any of their names (their
        people's too)."""
        return {
            i
            for i, names in enumerate(self.party_names)
            if any(re.search(rf"(?i)\b{re.escape(n)}\b", text) for n in names)
        }

    def parties_named(self, text: str) -> int:
        """How many of the corpus's parties `text` names."""
        return len(self.parties_in(text))

    def same_name(self, a: str, b: str, voice: bool = False) -> bool:
        """Whether two names name one thing: the same word, a place and its people ("Egypt", "Egyptian"), two of
        one group (a party's aliases, "U.S." and "American"), or with `voice` one of the party `b`'s people."""
        a, b = a.lower().strip(), b.lower().strip()
        if not a or not b:
            return False
        if a == b:
            return True
        # A party's aliases are one name, but its people are not each other nor it ("Orlando" is not "Allies").
        if (voice or a not in self.people) and b not in self.people and any(a in g and b in g for g in self._groups):
            return True
        return any(
            x.startswith(y) or y.startswith(x) for x in name_stems(a) for y in name_stems(b) if min(len(x), len(y)) >= 4
        )

    def is_party_name(self, word: str) -> bool:
        """Whether `word` (lower case) is one of the names of a party of the corpus (`names` groups)."""
        return any(word in group for group in self.party_names)

    def aliases(self, party: str) -> frozenset[str]:
        """Every name of the party one of whose names (lower case) is `party`, its people's included."""
        return frozenset(n for g in self.party_names if party in g for n in g)

    def mentions(self, text: str, name: str, voice: bool = False) -> bool:
        """Whether `text` names `name` by any of its names (`same_name`), with `voice` its people's too."""
        if name.lower() in text.lower():
            return True
        found = [m.group() for m in re.finditer(r"\b[A-Z][\w.’'-]*\b(?:\s+[A-Z][\w.’'-]*\b)*", text)]
        candidates = {w for f in found for w in (f, *f.split())}
        return any(self.same_name(unpossessed(c), name, voice) for c in candidates)

    def unknown_terms(self, text: str) -> list[str]:
        """Topic words of `text` that the corpus never uses, even after respelling and stemming."""
        out = []
        for w in words(text):
            if w in STOPWORDS or w in QUESTION_FRAME:
                continue
            c = self.canonical(w)
            if c not in self.vocabulary and stems([c])[0] not in self.stem_vocabulary:
                out.append(w)
        return out


def _named(name: str, acronyms: dict[str, str]) -> list[str]:
    """The terms of `name`, and of the words it stands for when it is an acronym ("SSC": "Selvane Sea…")."""
    return stems(words(f"{name} {acronyms.get(re.sub(r'^[Tt]he ', '', name), '')}"))


def _shared_prefix(a: str, b: str) -> int:
    """How many letters `a` and `b` share from the start."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
