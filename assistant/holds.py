"""Whether a sentence holds what a question asks for, piece by piece: new names, enough of some words, a
noun phrase's head, a place, a speaker saying something (who holds a post is `posts`). `ask.Ask.met_by`
combines them; each works on any English text, with the corpus's `Lexicon` for spellings and stems.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from assistant.english import (
    RANK_ADJECTIVES,
    REPORTING_VERBS,
    STOPWORDS,
    TIME_NAMES,
    UNTOPICAL,
    is_noun,
    lemmas,
    verb_pattern,
)
from assistant.lexicon import Lexicon, stems, unpossessed, words
from assistant.speakers import IN_CLAUSE, OWN_POSITION, QUOTE_BEFORE

Synonyms = Callable[[list[str], list[str]], set[str]]
# A name in a question: capitalised words or acronyms after a lower-case word or a comma (not its opening word).
QUESTION_NAME = re.compile(r"(?<=[a-z,] )((?:[A-Z][A-Za-z]+|[A-Z]{2,})(?:\s+(?:[A-Z][A-Za-z]+|[A-Z]{2,}))*)\b")
# A name: a capitalised word ("Kallenbrook", "SSC"), not counting an opening word that is a common word.
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*[\w]")
# No name of anyone: a letter alone ("I"), a plural acronym ("ICBMs"), and a run of capitalised words that the
# acronym after it defines ("Multiple Independently Targeted Re-Entry Vehicles (MIRVs)").
_THINGS = re.compile(r"[A-Z]|[A-Z]{2,}s")
_DEFINED = re.compile(r"(?P<run>(?:[A-Z][\w’'-]*\s+){2,})\([A-Z]{2,}s?\)")
_NUMBERED = re.compile(r"\s+(\d+[A-Za-z]?|[IVX]+)\b")  # "Article 4", "SALT II"
MIN_TOPIC_SHARE, ENOUGH_WORDS = 0.5, 3  # a sentence is about the question when it holds this share of its words
_OBJECT_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)  # not "of": "Secretary of Defense Pete Hegseth"
# the indefinite determiners and quantifiers of English, with one adjective between ("one senior diplomat")
_INDEFINITE = re.compile(
    r"(?i)(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)\b(?:a|an|one|two|three|four|five|several|some|many|few|another)"
    r"\s+(?:[\w-]+\s+)?$"  # "the three villages" are particular ones
)
# a bare plural, with no determiner or name before it ("…and outside donors paying the rest"; not "from the villages")
_BARE = re.compile(
    r"(?:^|\b(?:and|or|with|by|from|of|for|to|as|while)\s+)(?:(?!(?:the|these|those|its|their)\s)[a-z][\w-]*\s+)?$"
)
# "…donors such as Carrow", "the three villages affected: Grennick, Tolle and Harrowby"
_NAMED = re.compile(r",?\s+(?:such\s+as|including|like|led\s+by)\s+(?:the\s+)?[A-Z]|(?:\s+[a-z]+)?:\s+(?:the\s+)?[A-Z]")
# The prefixes of a title that make it a post below it ("Deputy Prime Minister" is no prime minister).
LOWER_RANKS = frozenset("deputy vice assistant acting junior under".split())
_NEAR = 3  # words on either side of a noun among which its modifiers stand
NAME_RUN = re.compile(r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
# A name, then within a few words of its clause a verb reporting what someone said, wanted or did ("…refused…").
_SAYS = re.compile(rf"{IN_CLAUSE}{{0,60}}?\b(?:{verb_pattern(REPORTING_VERBS)})\b")  # lower case: "State" is a college


def bare(name: str) -> str:
    """A name in lower case without its possessive ending ("Orvanda's" is "orvanda")."""
    return unpossessed(name.lower())


def content(phrase: str) -> tuple[str, ...]:
    """The content words of `phrase` (function words and question-frame words left out)."""
    return tuple(w for w in words(phrase) if w not in UNTOPICAL)


def new_names(sentence: str, asked: frozenset[str], lexicon: Lexicon, person: bool) -> list[str]:
    """Capitalised words of `sentence` that the question does not already hold (an opening common word such
    as "The" or "In" is no name, nor a month or a day of the week, nor the rest of a name ending in a name it
    gives: "Elaine Brightwater" for "…before Brightwater?", though not a title's "Legal Adviser"). Who holds a
    role (`person`) is named by no party's name ("Sallowmere", a capital, does not name Quessary's ambassador)."""
    defined = {w for m in _DEFINED.finditer(sentence) for w in m["run"].split()}
    asked = asked | set(stems(asked))  # "Who chaired…?": "The Chair" is the question's own word
    runs = [r.group().split() for r in NAME_RUN.finditer(sentence.replace("\n", ". "))]
    given = {w for r in runs if bare(r[-1]) in asked and not lemmas(bare(r[-1])) for w in r}
    out = []
    for m in _CAPITALISED.finditer("" if sentence.isupper() else sentence):  # a headline in capitals: none
        word = bare(m.group())
        numbered = _NUMBERED.match(sentence, m.end())  # "Which article…?": "Article 4" names one anew
        if word in asked and numbered and numbered[1].lower() not in asked:
            out.append(f"{m.group()} {numbered[1]}")
            continue
        if word in STOPWORDS | TIME_NAMES or {word, *stems([word])} & asked or (person and lexicon.is_party_name(word)):
            continue
        if (m.start() == 0 and lemmas(word)) or _THINGS.fullmatch(m.group()) or m.group() in defined | given:
            continue  # "Since…" opens the sentence; "ICBMs" are things; "Multiple… Vehicles (MIRVs)" a term
        out.append(m.group())
    return out


def names_decider(decider: tuple[str, ...], text: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `text` names who took a decision: any of the names of the parties among `decider`'s words, and
    the head of the rest ("the select committee" is not "a joint ministerial committee")."""
    parties = [w for w in decider if lexicon.is_party_name(w)]
    rest = tuple(w for w in decider if w not in parties)
    return all(lexicon.mentions(text, p) for p in parties) and (not rest or holds_head(rest, text, lexicon, synonyms))


def enough(wanted: tuple[str, ...], text: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `text` holds half of the `wanted` words, or three of them when there are more than six."""
    held = share(wanted, text, lexicon, synonyms) * len(wanted)
    return held >= min(MIN_TOPIC_SHARE * len(wanted), ENOUGH_WORDS)


def holds_head(phrase: tuple[str, ...], text: str, lexicon: Lexicon, synonyms: Synonyms, beside: bool = False) -> bool:
    """Whether `text` holds the head of a noun phrase (its last word: "minister" of "foreign minister") and
    at least half of the words before it ("top negotiator" is held by "chief negotiator"); for a title, the
    words `beside` the head ("foreign minister" is not held by "Prime Minister… no foreign panel")."""
    *modifiers, head = phrase
    if share((head,), _without_derivatives(head, text), lexicon, synonyms) < 1:
        return False
    if beside and head in LOWER_RANKS and not re.search(rf"(?i)\b{head}\b(?!\s+[A-Z])", text):
        return False  # "Deputy Minister Ingrid Tolbeck" is a minister, no one's deputy
    around = words_around(head, text) if beside else text
    if any(w in RANK_ADJECTIVES for w in modifiers) and RANK_ADJECTIVES & set(words(around)):  # "top" ~ "chief"
        modifiers = [w for w in modifiers if w not in RANK_ADJECTIVES]
    return not modifiers or share(tuple(modifiers), around, lexicon, synonyms) >= MIN_TOPIC_SHARE


def _without_derivatives(head: str, text: str) -> str:
    """`text` without the words built on `head` by a suffix, which name something else: a kingdom is no king, a
    ministry no minister, though their word vectors are near."""
    base = stems([head])[0]
    built = {w for w in words(text) if (stem := stems([w])[0]) != base and stem.startswith(base)}
    return re.sub(rf"(?i)\b(?:{'|'.join(map(re.escape, built))})\b", " ", text) if built else text


def head_pattern(head: str) -> str:
    """A regex of the noun `head` in any of its forms: as written, or its stem ("party" has the stem "parti")."""
    return f"(?:{re.escape(head)}|{re.escape(stems([head])[0])})"


def words_around(head: str, text: str, span: int = _NEAR) -> str:
    """The words around each place `text` holds `head` (its stem), where a noun's modifiers stand ("minister
    for foreign affairs" puts them after it); all of `text` when it holds the head by another word."""
    stem = head_pattern(head)
    near = [
        m.group()
        for m in re.finditer(rf"(?:[\w'’.-]+\W+){{0,{span}}}\b{stem}\w*(?:\W+[\w'’.-]+){{0,{span}}}", text, re.I)
    ]
    return " ".join(near) or text


def named_again(wanted: tuple[str, ...], context: str, passage: str, lexicon: Lexicon) -> list[str]:
    """Those names of several words among `wanted` that `context` refers to again by "the" and their last word,
    in a `passage` that names them whole ("the valley" in a passage about the Sennet Valley)."""
    return [
        name
        for name in wanted
        if " " in name
        and re.search(rf"(?i)\bthe\s+{re.escape(name.split()[-1])}\b", context)
        and lexicon.mentions(passage, name)
    ]


def under_title(names: tuple[str, ...], title: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The `names` a question gives that a passage's document `title` does not hold: a story's headline names what
    every paragraph of it is about ("…as Brannock Falls bus strike nears third week"), named again or not."""
    return tuple(n for n in names if not lexicon.mentions(title, n))


def called_again(name: str, context: str) -> bool:
    """Whether `context` refers to a thing's name again by "the" and its common noun ("the line" of the Gravlin
    Line), when the rest of the name is the name's own ("Gravlin"), which the question has given."""
    *_, head = name.split()
    return bool(own_name(name)) and bool(re.search(rf"(?i)\bthe\s+{re.escape(head)}\b", context))


def other_party_only(wanted: tuple[str, ...], text: str, lexicon: Lexicon) -> bool:
    """Whether `text` names none of the parties among `wanted` (by any of their names, their people's too) but
    names another party: a figure of Mirrowan's is none of Ketharra's."""
    # a party's name inside a longer name ("Corrin Isles Federal Chamber", "the Velmoran Assembly") is asked too
    spans = {
        " ".join(w.split()[i:j])
        for w in wanted
        for i in range(len(w.split()))
        for j in range(i + 1, len(w.split()) + 1)
    }
    # ...or by its common noun ("Is the bloc asking…?": "the bloc" of the table)
    parties = [n for w in spans for n in (w, f"the {w}") if lexicon.is_party_name(n)]
    asked = {alias for w in parties for alias in lexicon.aliases(w)}
    if not asked or any(re.search(rf"(?i)\b{re.escape(alias)}", text) for alias in asked):
        return False
    named = {bare(w) for m in NAME_RUN.finditer(text) for w in m.group().split()}
    return any(lexicon.is_party_name(w) and w not in asked for w in named)


def others_only(names: list[str], parties: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether every one of `names` (the new names of a sentence) is a name of a party other than those the
    question asks about: "Who represented Tavrein?" is not answered by a Haldrenmark envoy's name."""
    own = {alias for p in parties if lexicon.is_party_name(p.lower()) for alias in lexicon.aliases(p.lower())}
    plain = [bare(n) for n in names]
    return bool(own and plain) and all(lexicon.is_party_name(n) and n not in own for n in plain)


def named_beside(phrase: tuple[str, ...], sentence: str, asked: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether a new name stands beside a word of `phrase`: "American… Air-Launched Cruise Missiles" names an
    American weapon; "the colonial administration that then governed Belgara" names no colonial power."""
    near = " ".join(words_around(w, sentence) for w in phrase if re.search(rf"(?i)\b{head_pattern(w)}", sentence))
    return bool(new_names(near, asked, lexicon, False))


def anonymous(head: str, text: str) -> bool:
    """Whether `text` names a `head` noun only indefinitely ("said one diplomat", "a senior official", "two
    delegates familiar with…", "…and outside donors paying the rest" unless "such as X" follows), which
    identifies no one: no answer to "Which diplomat…?"; a list after it names them ("three overlapping routes:
    Valmont–Dunmere, …")."""
    mentions = [
        (m.group(), text[max(0, m.start() - 30) : m.start()], m.end())
        for m in re.finditer(rf"\b{head_pattern(head)}\w*", text, re.I)
    ]
    return bool(mentions) and all(
        (_INDEFINITE.search(before) or (word.endswith("s") and _BARE.search(before))) and not _NAMED.match(text, end)
        for word, before, end in mentions
    )


def share(wanted: tuple[str, ...], text: str, lexicon: Lexicon, synonyms: Synonyms) -> float:
    """Share of the `wanted` words that `text` holds, as such, respelled, stemmed or by a near-synonym (a name
    of several words only whole, and as written; a compound also as one word: "cease fire" by "ceasefire")."""
    if not wanted:  # "What does each side want?" compares on no topic: all of none is held
        return 1.0
    terms = set(lexicon.terms(text))
    missing = [w for w in wanted if not terms.issuperset(stems(lexicon.canonical(x) for x in w.split()))]
    missing = [w for w in missing if not terms.issuperset(lexicon.acronym_terms(w))]
    missing = [w for w in missing if " " not in w or stems([w.replace(" ", "")])[0] not in terms]  # "ceasefire"
    missing = [
        w for w in missing if not (own := own_name(w)) or not terms.issuperset(stems(map(lexicon.canonical, own)))
    ]
    single = [w for w in missing if " " not in w]
    found = synonyms(single, [w for w in words(text) if w not in STOPWORDS]) if single else set()
    found |= {w for w in missing if by_party_name(w, text, lexicon)}
    return (len(wanted) - len(missing) + len(found)) / len(wanted)


def by_party_name(word: str, text: str, lexicon: Lexicon) -> bool:
    """Whether `text` names, by any of its names (not its people's), a party `word` names by a common noun or an
    adjective ("the rebels": "the VRM"; "the Dalvenian government": "national government"), or by its own name
    where the text calls it by the noun of a body its table gives ("Brannock": "the company", not "the Company")."""
    if not is_noun(word) and lexicon.canonical(word) == word:
        from assistant.party_nouns import BODIES  # which reads `names`, which reads this module

        nouns = [a.split()[-1] for a in own_names(word, lexicon) if a.startswith("the ") and a.split()[-1] in BODIES]
        return lexicon.is_party_name(word) and any(re.search(rf"\b[Tt]he\s+{n}\b", text) for n in nouns)
    party = word if is_noun(word) else lexicon.canonical(word)
    return lexicon.is_party_name(party) and any(_names(text, a) for a in own_names(party, lexicon))


def own_names(party: str, lexicon: Lexicon) -> list[str]:
    """The names of the party one of whose names (lower case) is `party`, its people's left out."""
    return [a for a in lexicon.aliases(party) if a not in lexicon.people] if party not in lexicon.people else []


def _names(text: str, alias: str) -> bool:
    return bool(re.search(rf"(?i)\b{re.escape(alias)}\b", text))


@lru_cache(maxsize=4096)  # `share` asks it of the same names for every sentence ranked
def own_name(name: str) -> tuple[str, ...]:
    """The words that name a thing without the common noun after them ("Veyne River" is "the Veyne" again,
    "Sennet Valley" "the Sennet"), when no English dictionary knows them; () for a name of English words
    ("United States", "Prime Minister") or of one word."""
    *own, head = name.split()
    return tuple(own) if own and is_noun(head) and not any(lemmas(w) for w in own) else ()


def speaks(speaker: str, text: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `text` has `speaker` ("Japan", "Quessary's prime minister") state, say or do something in
    words: their name (and role), then within a few words a stance or reporting verb, or a quote they end."""
    owner, _, role = speaker.partition("'") if "'" in speaker else speaker.partition("’")
    role_words = content(role.removeprefix("s ").removeprefix("s"))
    if role_words and share(role_words, text, lexicon, synonyms) < 1:
        return False
    for m in NAME_RUN.finditer(text):
        if not any(lexicon.same_name(unpossessed(w), owner, voice=True) for w in (m.group(), *m.group().split())):
            continue
        if _OBJECT_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "…take the matter to the Security Council if no deal is signed": the Council signs nothing
        if (
            _SAYS.match(text, m.end())
            or QUOTE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            or (m.group().endswith(("'s", "’s")) and OWN_POSITION.match(text, m.end()))  # "Velmora's position is…"
        ):
            return True
    return False
