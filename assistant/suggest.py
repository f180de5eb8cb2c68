"""Parties and issues found in the text itself: the draft `positions.yaml` of `assistant positions --suggest`.

No list of countries or leaders: everything comes from the corpus, read with general English rules.
- Names are the capitalised runs of its sentences (an opening common word and titles of office dropped:
  "Egyptian President Anwar Sadat" gives "Egyptian" and the person "Anwar Sadat"). A name and its people's
  adjective are one ("Japanese" ~ "Japan", by `Lexicon.same_name`), as are an acronym and the words it
  stands for ("OVPM" ~ "Ostrel Valley People's Movement").
- A party is a name that states positions: the subject of stance verbs ("X insisted", "X rejected", "X's
  demand") at least twice, or once when the text names it often; not mostly a place ("in Brisenne"), and not
  a person (a title holder, or a full name whose surname the text also uses alone).
- A person (`people.people_in`) joins the party the text gives them: the name before their title
  ("Orvanda's Foreign Minister Teodor Kallenbrook", "British Prime Minister Margaret Thatcher"), in their
  apposition ("Sefa Orlinde, the OVPM's chief negotiator"), or else the one named with them most often.
  Their statements count for it.
- Issues are groups of the sentences that name a party, close in meaning (MiniLM, agglomerative
  clustering), each named by the nouns that most set it apart, with the sentences' own phrases as its
  description.
It suggests; it decides nothing for a corpus that has a `positions.yaml`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from assistant.chunking import sentences_of
from assistant.corpus_config import CorpusConfig, Issue
from assistant.english import (
    DEMONYM_SUFFIXES,
    SAME_NAME,
    STANCE_VERBS,
    STOPWORDS,
    TIME_NAMES,
    TITLES,
    inflections,
)
from assistant.lexicon import Lexicon, unpossessed, words
from assistant.people import people_in
from assistant.speakers import ACTIVE_STANCE, IN_PHRASE, past_apposition

Embed = Callable[[list[str]], np.ndarray]
_RUN = re.compile(r"[A-Z][\w’'.&-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'.&-]*)*")
_TITLE = re.compile(rf"\b(?:{TITLES})(?:-[A-Z][a-z]+)?(?:\s+(?:of|for)\s+[A-Z][a-z]+)?\b")
_STANCE_AFTER = re.compile(rf"(?:['’]s?\s+\w+)?{IN_PHRASE}{{0,25}}?\b{ACTIVE_STANCE}\b", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|to|from|at|near|into|across|via|of)\s+(?:the\s+)?$")
_APPOSITION = re.compile(rf",\s+(?:(?:the|a|an)\s+|(?=[A-Z][\w.]*['’]s\s))({IN_PHRASE}{{0,60}})")
MIN_STANCES = 2  # a party states positions at least this often, or at least once...
MIN_MENTIONS = 5  # ...and is named this often
MAX_PARTIES = 6
ISSUES, DESCRIPTION_PHRASES = 5, 4  # at most this many issues, each described by this many of its phrases


def suggest(texts: Sequence[str], embed: Embed) -> CorpusConfig:
    """A draft configuration of the corpus `texts`: its parties with their names and people, and its issues."""
    sentences = [t[s:e] for t in texts for s, e in sentences_of(t)]
    lexicon = Lexicon(texts, {})
    lower_case = {w for t in texts for w in re.findall(r"\b[a-z][\w’'-]*", t)}
    inside = {_bare(m.group()) for s in sentences for m in _RUN.finditer(s) if m.start() > 0}  # not opening one
    groups = _Groups(lexicon, people_in(texts))
    for sentence in sentences:
        named = set()
        for start, name, owner, holder in _names(sentence, lower_case, inside):
            stance = bool(_STANCE_AFTER.match(sentence, past_apposition(sentence, start + len(name))))
            placed = bool(_PREPOSITION_BEFORE.search(sentence[max(0, start - 12) : start]))
            named.add(groups.add(name, stance, placed, owner, holder))
        groups.together(named)
    parties = groups.parties()
    # what the parties say, and what is said of them: the sentences that name a party
    stance_sentences = [s for s in sentences if any(groups.names_any(s, aliases) for aliases in parties.values())]
    return CorpusConfig(parties=parties, issues=_issues(stance_sentences, _nouns(texts), parties, embed))


def _names(sentence: str, lower_case: set[str], inside: set[str]) -> list[tuple[int, str, str | None, bool]]:
    """The names of `sentence` as (start, name, owner): titles of office split off, the name before a title
    being its holder's owner when it is a possessive or a name the text also uses by itself ("Quessary's
    Fisheries Minister Ilse Marrowan", "British Prime Minister Margaret Thatcher"; not "Foreign"), and
    whether it holds a title. An opening word goes when the rest is a name used `inside` ("Although Lloyd…")."""
    out: list[tuple[int, str, str | None, bool]] = []
    for run in _RUN.finditer(sentence):
        text, start = run.group(), run.start()
        while text and (
            text.split()[0].lower() in STOPWORDS
            or (start == 0 and _common(text.split()[0], lower_case))
            or (start == 0 and " " in text and text.split(" ", 1)[1] in inside and text not in inside)
        ):
            first = text.split()[0]
            start += len(first) + (len(text) - len(text[len(first) :].lstrip()) - len(first))
            text = text[len(first) :].lstrip()
        if not text:
            continue
        title = _TITLE.search(text)
        if title:
            holder = text[title.end() :].strip()
            before = text[: title.start()].split()
            owned = next((i for i, w in enumerate(before) if w.endswith(("'s", "’s"))), None)
            owner = before[: owned + 1] if owned is not None else before[:1] if before and before[0] in inside else []
            owner_name = _bare(" ".join(owner)) or None
            if owner_name:
                out.append((start, owner_name, None, False))
            if holder:
                out.append((start + text.index(holder, title.end()), _bare(holder), owner_name, True))
            continue
        out.append((start, _bare(text), _appositive_owner(sentence[run.end() :]), False))
    return [x for x in out if x[1] and x[1].lower() not in TIME_NAMES and not x[1].isdigit()]


def _bare(name: str) -> str:
    """A name without its possessive, or a sentence's full stop ("Russia." but "U.S.")."""
    name = unpossessed(name.strip()).removesuffix("'")
    return name[:-1] if name.endswith(".") and "." not in name[:-1] else name


def _common(word: str, lower_case: set[str]) -> bool:
    """An opening word capitalised only because it opens the sentence: a function word, or one the corpus
    writes in lower case elsewhere ("Although", "Talks")."""
    return word.lower() in STOPWORDS or word.lower() in lower_case


def _appositive_owner(after: str) -> str | None:
    """The name inside an apposition right after a name ("Sefa Orlinde, the OVPM's chief negotiator", "Anselm
    Vorodny, Belgara's Prime Minister")."""
    m = _APPOSITION.match(after)
    if not m:
        return None
    inside = _RUN.search(m.group(1))
    return _bare(re.split(r"['’]s\b", inside.group())[0]) if inside else None  # "Belgara's Prime Minister"


class _Groups:
    """Names that name one thing, with what the text does with them."""

    def __init__(self, lexicon: Lexicon, people: set[str]) -> None:
        self.lexicon = lexicon
        self.people = people
        self.names: list[Counter[str]] = []  # each group's names, by mentions
        self.stances: list[int] = []
        self.placed: list[int] = []
        self.owners: list[Counter[int]] = []  # for a person: the groups the text gives them to
        self.beside: list[Counter[int]] = []  # the groups named in the same sentences
        self.holders: set[int] = set()  # groups named after a title of office

    def person(self, name: str) -> bool:
        """Whether `name` may be a person's: its last word is a surname the corpus introduces."""
        last = name.split()[-1]
        surname = unpossessed(last.lower())
        return not last.isupper() and not _known_form(name) and surname in self.people

    def is_person(self, i: int) -> bool:
        """Whether group `i` is a person: it holds a title, or the text gives a full name and uses the surname
        alone too ("Margaret Thatcher" and "Thatcher"; not "Port Arthur")."""
        names = self.names[i]
        return i in self.holders or any(" " in n and self.person(n) and n.split()[-1] in names for n in names)

    def find(self, name: str) -> int | None:
        for i, names in enumerate(self.names):
            if any(self._same(name, other) for other in names):
                return i
        return None

    def _same(self, a: str, b: str) -> bool:
        if self.person(a) and self.person(b):  # a person is named by their surname: "Anwar Sadat" ~ "Sadat"
            return a.split()[-1] == b.split()[-1]
        if _acronym(a) == b or _acronym(b) == a or a.rstrip(".") == b.rstrip("."):
            return True
        # a people's adjective names its place ("Japanese" ~ "Japan"), but a longer name is another thing
        # ("Russo-Japanese War", "Ukrainian Armed Forces"), unless English writes it so ("United States")
        return self.lexicon.same_name(a, b) and (" " not in a + b or _known_form(a) or _known_form(b))

    def together(self, named: set[int]) -> None:
        """The groups one sentence names: a person without a title's owner belongs where they are named."""
        for i in named:
            self.beside[i].update(named - {i})

    def add(self, name: str, stance: bool, placed: bool, owner: str | None, holder: bool = False) -> int:
        i = self.find(name)
        if i is None:
            i = len(self.names)
            self.names.append(Counter())
            self.stances.append(0)
            self.placed.append(0)
            self.owners.append(Counter())
            self.beside.append(Counter())
        self.names[i][name] += 1
        if holder:
            self.holders.add(i)
        self.stances[i] += stance
        self.placed[i] += placed
        if owner and (holder or self.person(name)):
            self.add(owner, False, False, None)
            home = self.find(owner)
            if home is not None:
                self.owners[i][home] += 1
        return i

    def parties(self) -> dict[str, list[str]]:
        """The groups that state positions, each with its names and the people the text gives it, most
        mentioned first; a person's statements count for the group they belong to."""
        stances = list(self.stances)
        home = {i: owners.most_common(1)[0][0] for i, owners in enumerate(self.owners) if owners}
        for i in range(len(self.names)):  # no title or apposition says: the group named beside them
            near = [(g, n) for g, n in self.beside[i].most_common() if not self.is_person(g)]
            alone = len(near) == 1 or (len(near) > 1 and near[0][1] > near[1][1])
            if i not in home and self.is_person(i) and near and near[0][1] >= 2 and alone:
                home[i] = near[0][0]
        for person, group in home.items():
            stances[group] += self.stances[person]
        chosen = [
            i
            for i in range(len(self.names))
            if i not in home
            and not self.is_person(i)
            and (stances[i] >= MIN_STANCES or (stances[i] and sum(self.names[i].values()) >= MIN_MENTIONS))
            and self.placed[i] < sum(self.names[i].values()) / 2
        ]
        chosen = sorted(chosen, key=lambda i: -stances[i])[:MAX_PARTIES]
        out = {}
        for i in chosen:
            names = [n for n, _ in self.names[i].most_common()]
            members = [n for p, g in home.items() if g == i for n, _ in self.names[p].most_common()]
            out[_display(names)] = list(dict.fromkeys([*names, *members]))
        return out

    @staticmethod
    def names_any(sentence: str, aliases: list[str]) -> bool:
        return any(re.search(rf"\b{re.escape(alias)}\b", sentence) for alias in aliases)


def _acronym(name: str) -> str:
    """The initials of a name of several words ("Ostrel Valley People's Movement": OVPM)."""
    parts = [w for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w.lower() not in ("of", "the", "and", "for")]
    return "".join(w[0] for w in parts).upper() if len(parts) > 1 else ""


def _known_form(name: str) -> bool:
    return any(name.lower() in (n.lower() for n in group) for group in SAME_NAME)


def _display(names: list[str]) -> str:
    """A party's name as the suggestion shows it: the English full name of a country that has one ("United
    States" for "U.S."), else its most mentioned name that is not a people's adjective or plural."""
    for group in SAME_NAME:
        if any(n.lower() in (g.lower() for g in group) for n in names):
            return group[0]
    written_out = [n for n in names if _acronym(n) in names]  # "Ostrel Valley People's Movement" for "OVPM"
    if written_out:
        return written_out[0]
    places = [n for n in names if not n.lower().endswith(DEMONYM_SUFFIXES)]  # "Argentina", not "Argentine"
    return (places or names)[0]


def _issues(sentences: list[str], nouns: set[str], parties: dict[str, list[str]], embed: Embed) -> list[Issue]:
    """The issues the parties' stance sentences speak of: groups of at least two sentences close in meaning,
    each named by the nouns that most set it apart, described by its sentences' own phrases."""
    if len(sentences) < 4:
        return []
    from sklearn.cluster import AgglomerativeClustering

    count = min(ISSUES * 2, len(sentences) // 3)  # more groups than issues: small ones drop out below
    labels = AgglomerativeClustering(n_clusters=count, metric="cosine", linkage="average").fit_predict(embed(sentences))
    names = {w for aliases in parties.values() for a in aliases for w in words(a)}
    terms_of = [{w for w in words(s) if w in nouns and w not in names} for s in sentences]
    spread = Counter(t for terms in terms_of for t in terms)
    issues: list[Issue] = []
    for label in sorted(set(labels), key=lambda x: -int((labels == x).sum())):
        members = [i for i in range(len(sentences)) if labels[i] == label]
        weight = Counter(t for i in members for t in terms_of[i])
        # a word most of the group shares and the rest of the text rarely uses
        key = sorted(
            (t for t, n in weight.items() if n >= 2),
            key=lambda t: (-weight[t] * np.log(1 + len(sentences) / spread[t]), t),
        )[:2]
        if len(members) < 3 or not key or any(key[0] in (i.id.split("_")) for i in issues):
            continue
        phrases = list(dict.fromkeys(_phrase(sentences[i], key) for i in members))[:DESCRIPTION_PHRASES]
        name = " and ".join(key).capitalize()
        issues.append(Issue(id="_".join(key), name=name, description="; ".join(phrases)))
        if len(issues) == ISSUES:
            break
    return issues


def _nouns(texts: Sequence[str]) -> set[str]:
    """Words the texts use as nouns: after an article or possessive ("the boundary", "its fleet"), and never
    a function word, a stance verb or a title."""
    after = re.compile(r"\b(?:the|a|an|its|their|his|her|our|any|no|each)\s+([a-z][a-z-]{3,})\b")
    verbs = set(inflections(tuple(STANCE_VERBS)))
    return {w for t in texts for w in after.findall(t) if w not in STOPWORDS and w not in verbs}


def _phrase(sentence: str, key: list[str]) -> str:
    """The few words of `sentence` around its first key word: the issue in the corpus's words."""
    tokens = sentence.split()
    at = next((i for i, w in enumerate(tokens) if set(words(w)) & set(key)), 0)
    return " ".join(tokens[max(0, at - 4) : at + 6]).strip(' ,;.:"“”')
