"""Who holds a post, as English says it beside a name: the holder of a role ("Foreign Minister Teodor
Kallenbrook", "Sefa Orlinde, the OVPM's chief negotiator"), a person's post ("William Bullitt, an attaché to
the U.S. delegation"), the role given to another owner ("Quessary's Fisheries Minister" when Orvanda's is
asked for), and who leads a thing or a party's delegation (`says_who_leads`, `sends`). `ask.Ask.met_by` combines
these with `holds`; nothing here ranks or writes anything.
"""

from __future__ import annotations

import re

from assistant.english import HONORIFICS, LEADING, LEADS, RANK_ADJECTIVES, STOPWORDS, TITLE, is_noun, lemmas
from assistant.holds import NAME_RUN, Synonyms, holds_head, own_names, share, words_around
from assistant.lexicon import Lexicon, unpossessed, words
from assistant.speakers import IN_PHRASE


def other_owner(sentence: str, role: tuple[str, ...], owner: str, lexicon: Lexicon) -> bool:
    """Whether the sentence gives the role to someone else: "Quessary's Fisheries Minister" when the question
    asks for Orvanda's."""
    pattern = "(?i:" + r"\s+".join(re.escape(w) for w in role) + ")"  # a title in any case; a name in capitals
    before = rf"([A-Z][\w.]*)(?:'s|’s)?\s+(?:[A-Za-z]+\s+)?{pattern}"
    after = rf"{pattern}\s+(?:[A-Z][\w.]*\s+){{0,3}}of\s+(?:the\s+)?([A-Z][\w.]*)"  # "King Albrecht III of Varnholt"
    for m in re.finditer(rf"{before}|{after}", sentence):
        holder = m.group(1) or m.group(2)
        if m.group(2) and lemmas(holder.lower()):
            continue  # "Minister of Foreign Affairs": a word of the title, no one's name
        # "Renquist's deputy" is the deputy of "Minister Renquist", and "Oranje's envoy" of the party Oranje speaks for
        same = lexicon.same_name(holder, owner, voice=True) or holder.lower() in owner.lower().split()
        if holder[0].isupper() and holder.lower() not in STOPWORDS and not same:
            return True
    # ...or names as its holder one of another party's people by the table: "the Foreign Minister, Count Anselm
    # Reyvard" (Morvaine's) holds no post of Teskaria's
    for m in re.finditer(rf"{pattern},?\s+(?:[A-Z][\w.]*\s+){{0,3}}?([A-Z][\w’'-]+)\b(?!\s+[A-Z])", sentence):
        if lexicon.is_party_name(m[1].lower()) and not lexicon.same_name(m[1], owner, voice=True):
            return True
    # "Corvane asked… for its chair": "its" is the party the sentence names first, its subject, or of the clause after
    # a semicolon ("Ardessia was represented by…; Tolvany sent Dietmar Hollan, its foreign minister")
    for m in re.finditer(rf"\b(?:its|their)\s+(?:[a-z-]+\s+)?{pattern}\b", sentence, re.I):
        clause = sentence[: m.start()].rpartition(";")[2]
        named = [unpossessed(w) for w in re.findall(r"[A-Z][\w’'-]+", clause)]
        parties = [w for w in named if lexicon.is_party_name(w.lower())]
        if parties and not lexicon.same_name(parties[0], owner):
            return True
    return False


_APPOSITION = r"(?:a|an|the|its|his|her|their|[A-Z][\w.]*['’]s)\s+"
_OFFICE_AFTER = re.compile(rf"(?:['’]s)?,\s+{_APPOSITION}[A-Za-z]")  # "Bullitt, an attaché to…"
# "the head of its delegation, Davor Teslin"
_OFFICE_BEFORE = re.compile(rf"(?i:{_APPOSITION}){IN_PHRASE}{{1,40}},\s+$")
# ...or with no article, as news and records write a post: "Henrike Volz, chief technical officer of NordaLink"
_BARE_OFFICE = re.compile(r",\s+(?P<post>(?:[A-Za-z][\w-]*\s+){0,3}?(?P<head>[A-Za-z][\w-]*))\s+(?:of|at|for|to|in)\s")


_CLAUSE_WORDS = frozenset("who whom whose which that where when while as and but or if".split())  # "Volz, who…"


def _bare_office(sentence: str, at: int) -> bool:
    """Whether a post without an article follows the name ending at `at`: no clause ("Volz, who…"), and its last
    word a noun ("Director-General"), not a verb's -ing ("Volz, speaking to reporters")."""
    m = _BARE_OFFICE.match(sentence, at)
    if not m or any(w in _CLAUSE_WORDS for w in words(m["post"])) or m["head"].endswith("ing"):
        return False
    # "head" and "chief" are adjectives too ("head gardener"), but a noun when a post ("Lindqvar, head of slot…")
    return any(is_noun(part.lower()) or part.lower() in LEADER_NOUNS for part in m["head"].split("-"))


def _has_infinitive(phrase: str) -> bool:
    """Whether `phrase` holds "to" before a verb ("…expected the detainees to be home by summer, Aurel paused"):
    a clause, no noun phrase in apposition ("the ambassador to Kestrava, …" is one)."""
    return any(
        "VERB" in (found := lemmas(w)) and "NOUN" not in found for w in re.findall(r"(?i)\bto\s+([a-z]+)", phrase)
    )


def office_beside(sentence: str, person: str | None, lexicon: Lexicon) -> bool:
    """Whether `sentence` gives the office of `person` (of anyone named in full, for None) beside their name, as English
    does: a title before it ("Deputy Foreign Minister Nadia Oruzel", not "Ms. Oruzel"), or a noun phrase in
    apposition after it ("William Bullitt, an attaché to the U.S. delegation") or before it ("the head of its
    delegation, Davor Teslin")."""
    # "Baron Teodric Malle" is found by his names, not his title, which another baron shares
    wanted = {w.lower() for w in person.split() if not TITLE.fullmatch(w)} if person else set()
    for m in NAME_RUN.finditer(sentence):
        run = [unpossessed(w) for w in m.group().split()]
        # where the person's name begins; anyone is named by a full name ("Fisheries Minister Ilse Marrowan")
        at = next((i for i, w in enumerate(run) if w.lower() in wanted), None) if wanted else len(run) - 2
        if at is None or at < 0 or run[at].lower() in STOPWORDS:
            continue
        titled = any(TITLE.fullmatch(w) and w.lower().rstrip(".") not in HONORIFICS for w in run[:at])
        after = _OFFICE_AFTER.match(sentence, m.end()) or _bare_office(sentence, m.end())
        before = _OFFICE_BEFORE.search(sentence[: m.start()])
        if titled or after or (before and not _has_infinitive(before.group())):
            return True
    return False


def title_asked(person: str, answer: str, question: str) -> bool:
    """Whether the answer gives `person` a title the question speaks of ("President Teodor Halvik" for "Who ran
    against the president?"): not the one it asks for, as "Who is Quessary's fisheries minister?" does."""
    title = re.search(rf"\b([A-Z][a-z]+)\s+(?:[A-Z][\w'’-]+\s+)?{re.escape(person)}\b", answer)
    if title is None or title[1].lower() not in words(question):
        return False
    return not re.search(
        rf"(?i)^\W*who(?:['’]s|\s+(?:is|was|are|were))\s+(?:[\w'’.-]+\s+){{0,3}}{title[1]}\b", question
    )


def apposed_to_question(person: str, answer: str, question: str) -> bool:
    """Whether the answer names `person` right after a word of the question, with titles between ("Oddvane's
    deputy, Colonel Ilya Brannek" for "Who was Oddvane's deputy…?"): the one the question asked for."""
    asked = "|".join(re.escape(w) for w in words(question) if w not in STOPWORDS)
    return bool(asked) and bool(
        re.search(rf"\b(?i:{asked})\W+(?:[A-Z][\w.’'-]*\s+){{0,3}}{re.escape(person)}\b", answer)
    )


# A leader's title after "its", which ties it to a body named before ("the Council…, and its Secretary-General").
ITS_LEADER = re.compile(rf"(?i)\bits\s+(?:[\w-]+\s+)?{LEADS}")
# "The congress opened… under the presidency of Aurel Fenwright": the phrase says who led what its clause speaks of
UNDER_LEAD = re.compile(r"(?i)\bunder\s+the\s+(?:presidency|chairmanship|leadership|command|direction)\s+of\b")


# A delegation is the people a party sends to represent it (WordNet's gloss of "delegation"): "Varsenia has sent
# Ilkar Venstrom, its deputy minister" and "…is represented by Ambassador Maren Sollberg" say who leads one.
DELEGATIONS = frozenset("delegation delegations team teams mission side".split())
_SENDS = re.compile(
    r"\b(?:sent|sends|dispatched|fielded|represented\s+by)\s+(?:(?!(?:to|for|with)\b)[\w,’'-]+\s+){0,5}?[A-Z][a-z]+\s+[A-Z]"
)


def sends(party: str, sentence: str, lexicon: Lexicon) -> bool:
    """Whether `sentence` says whom `party` sent to represent it, named."""
    # ...the party named in the clause before the verb ("Varnesse was represented by…; Dravonia sent…")
    return any(lexicon.mentions(re.split(r"[;:]", sentence[: m.start()])[-1], party) for m in _SENDS.finditer(sentence))


# The titles of a head of government (English's "prime minister", "premier"), who leads a country though no word of
# leading is said ("Prime Minister Thatcher ordered a task force…" leads Britain, not its land forces).
HEAD_OF_GOVERNMENT = re.compile(r"(?i)\b(?:prime\s+minister|premier)\b")


def leading(sentence: str) -> bool:
    """Whether `sentence` has a word of leading, or a head of government's title (which party that leads is
    `says_who_leads`'s to say)."""
    return bool(LEADING.search(sentence) or HEAD_OF_GOVERNMENT.search(sentence))


def says_who_leads(led: tuple[str, ...], sentence: str, context: str, lexicon: Lexicon, synonyms: Synonyms) -> bool:
    """Whether `sentence` (read with `context`) says who leads what `led` names ("the Brevonian navy"): it holds
    the head (not "a fortress that commands the narrows" for "Who commanded the navy?") or the whole name, with
    a word of leading among the six words around it (not "Tomas Okonde, Qaravel's President… a nationalist
    party" for "Who leads the nationalist party?") or a leader's title after "its" ("the Council…, and its
    Secretary-General, Dr Lindqvar")."""
    head = led[-1]
    party = " ".join(unpossessed(w) for w in led[:-1] if w[0].isupper())
    body = _body_named(led, lexicon)
    if head in DELEGATIONS and party and sends(party, sentence, lexicon):
        return True
    named = (
        holds_head(tuple(words(head)), context, lexicon, synonyms)
        or (head in DELEGATIONS and bool(DELEGATIONS & set(words(context))))  # "…team": "The CRP delegation"
        # ...or its first in rank: "Kestria's chief negotiator, …" heads the Kestrian team
        or (head in DELEGATIONS and bool(party) and bool(_RANKED_REPRESENTATIVE.search(context)))
        # a proper name, every word of it: "Lindqvar" names no "Lindqvari Lantern Society"
        or (all(w[0].isupper() for w in led) and all(lexicon.mentions(context, w) for w in led))
        # a party named by another of its names: "the regulator" is the competition board
        or any(re.search(rf"(?i)\b{re.escape(a)}\b", context) for a in lexicon.aliases(head.lower()) | body)
    )
    # a noun before the head says whose it is: "the rebel delegation" is not led by "The government's delegation…"
    # (but "the council" may be the fisheries council asked about)
    owners = tuple(w for w in led[:-1] if w.islower() and is_noun(w))
    preceding = re.search(rf"(?i)\b([a-z][\w-]*)(?:['’]s)?\s+{re.escape(head)}\b", sentence)
    whose = preceding[1].lower() if preceding else ""
    if owners and is_noun(whose) and whose not in STOPWORDS and share(owners, whose, lexicon, synonyms) < 1:
        return False
    # ...beside the word of the name the sentence holds ("the Caldrisan bank" is no lead of the Caldrisan Republic)
    held = [w for w in led if re.search(rf"(?i)\b{re.escape(w)}\b", sentence)]
    # "…who leads the Ardenese delegation": a team is led where its delegation is
    team = [w for w in words(sentence) if w in DELEGATIONS] if head in DELEGATIONS else []
    anchor = head if head in held or not held else team[0] if team else held[0]
    its = ITS_LEADER.search(sentence)
    tied = False
    if its:  # "its" ties the title to the body named before it, in the sentence or the one before
        at = context.rfind(sentence)
        before = (context[:at] if at >= 0 else "") + sentence[: its.start()]
        tied = not held or bool(re.search(rf"(?i)\b{re.escape(anchor)}", before))
    under = head in held and bool(UNDER_LEAD.search(sentence))
    near = words_around(anchor, sentence, 6)
    if not re.search(rf"(?i)\b{re.escape(anchor)}", sentence):  # held by another of its names ("British")
        names = [n for n in lexicon.aliases(anchor.lower()) | body if re.search(rf"(?i)\b{re.escape(n)}\b", sentence)]
        near = " ".join(words_around(n, sentence, 6) for n in names) if names else near
    # a party (a country) is also led by its head of government: "British Prime Minister Margaret Thatcher"
    governs = bool(lexicon.aliases(anchor.lower())) and bool(HEAD_OF_GOVERNMENT.search(near))
    # ...and a "chief negotiator" heads the party's team or negotiators, who leads no party: "Who runs Tolvenia?"
    heads_team = head in DELEGATIONS or head.removesuffix("s") in REPRESENTATIVES
    near = near if heads_team else _RANKED_REPRESENTATIVE.sub(" ", near)
    return named and bool(LEADING.search(near) or governs or tied or under)


def _body_named(led: tuple[str, ...], lexicon: Lexicon) -> frozenset[str]:
    """The names of the party that a lower-case word before the head of `led` is a word of the name of ("the
    competition regulator": the Competition and Markets Board, also "the board"), when one party's is."""
    if any(re.search(r"['’]s$", w) for w in led[:-1]):  # "the port authority's board" is a part of the authority
        return frozenset()
    modifiers = {w for w in led[:-1] if w.islower() and is_noun(w) and w not in STOPWORDS}
    groups = [g for g in lexicon.party_names if any(modifiers & set(words(n)) for n in g)]
    return frozenset(groups[0]) if len(groups) == 1 else frozenset()


# The press names a party by its leader's possessive ("Pieter Oskarov's Social Labour Alliance"): a person the
# corpus introduces, right before a name of the party, is its leader.
LEADER_NOUNS = frozenset("leader head chief boss".split())


def leader_by_possessive(role: tuple[str, ...], owner: str, sentence: str, lexicon: Lexicon) -> bool:
    """Whether `sentence` names the leader asked for (`role` of `owner`) by a possessive before the party."""
    names = lexicon.aliases(owner.lower()) or frozenset({owner.lower()})
    # ...one the corpus introduces, or the party's own person by the surname of a full name among its names, not the
    # place it is in ("Sorvenna's National Hauliers' Federation" names no leader of the federation)
    persons = lexicon.people | {n.split()[-1] for n in names if " " in n}
    return (
        bool(owner)
        and role[-1] in LEADER_NOUNS
        and any(
            m[1].lower() in persons
            and any(re.match(rf"(?:the\s+)?{re.escape(n)}\b", sentence[m.end() :], re.I) for n in names)
            for m in re.finditer(r"\b([A-Z][\w-]+)['’]s\s+", sentence)
        )
    )


# Whom a party sends to talk for it (WordNet's "representative" and its kinds): "Dravonia sent its Chancellor,
# Count Mathis Brenner" names Dravonia's plenipotentiary.
REPRESENTATIVES = frozenset("plenipotentiary envoy emissary delegate representative negotiator".split())
# ...and one of them first in rank ("chief negotiator", "lead envoy": `RANK_ADJECTIVES`), who leads the others only
_RANKED_REPRESENTATIVE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(RANK_ADJECTIVES))})\s+(?:{'|'.join(sorted(REPRESENTATIVES))})s?\b"
)


# A sentence says who acts for a party by a verb or noun of representing, signing, leading or sending ("Vesnia sent
# its Foreign Minister, Tomas Rekke"; "its chief negotiator, Amira Solvek"; "signed by Rehbinder"; "led by"), not
# by the noun of what they do ("after eight months of negotiations, the United States… issued" names no one).
_ACTING = re.compile(
    r"(?i)\b(?:represent\w*|negotiat(?:ors?|e|es|ed|ing)|delegat\w*|envoys?|emissar\w*|spokes\w*|plenipotentiar\w*"
    r"|sign(?:s|ed|ing|ator\w*)|(?:speak|speaks|spoke|speaking|act|acts|acted|acting)\s+for|on\s+behalf\s+of)\b"
)


# A passive with no agent in its clause ("was signed at the village", not "was signed by Count Ostrowin").
_AGENTLESS = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:signed|represented|negotiated)\b(?![^,;.]*\bby\b)"
)


# The offices of a government that speak for it abroad and at home (English's titles of ministers and envoys).
# ...and any of its officers who speak or act for it ("Kestrova's regional director for the northern coast",
# "Orvane's vice-president for external affairs": English's joined prefixes of rank, vice-, deputy-, co-)
_OFFICES = (
    r"(?:(?:vice|deputy|co)-)?(?:minister|secretary|ambassador|president|premier|chancellor|director|manager|"
    r"spokes(?:man|woman|person)|negotiator|representative|envoy|delegate|executive|officer|chair(?:man|woman)?)\b"
)


def acts_for(party: str, sentence: str, lexicon: Lexicon) -> bool:
    """Whether `sentence` says that someone acts for `party`: whom it sent, a word of representing or leading
    ("Aldmark demanded that Vesnia pay…, valued by Colonel Bracke" names no one who acts for Vesnia), or one of
    its ministers ("Mereth Albrook, Ondrisk's minister for fisheries, said…")."""
    names = own_names(party.lower(), lexicon) or [party.lower()]
    minister = any(re.search(rf"(?i)\b{re.escape(n)}['’]s\s+(?:[a-z-]+\s+){{0,2}}{_OFFICES}", sentence) for n in names)
    acting = _AGENTLESS.sub(" ", sentence)  # "an armistice was signed at Pell Ferry" names no one who signed it
    return minister or sends(party, sentence, lexicon) or bool(_ACTING.search(acting) or LEADING.search(sentence))


def named_for_party(role: tuple[str, ...], owner: str, sentence: str, lexicon: Lexicon) -> bool:
    """Whether `sentence` names the holder of `role` for the party `owner` without the role's word: its leader by
    a possessive before it, or its representative as whom it sent; or, when the corpus's `positions.yaml` gives
    the role as a name of a party ("Marisol Venn: [Marisol Venn, Venn, fact-finder]"), that party by a proper
    name of it ("…written by retired arbitrator Marisol Venn" names the fact-finder)."""
    sent = bool(owner) and role[-1] in REPRESENTATIVES and sends(owner, sentence, lexicon)
    return sent or leader_by_possessive(role, owner, sentence, lexicon) or _named_by_table(role, sentence, lexicon)


def _named_by_table(role: tuple[str, ...], sentence: str, lexicon: Lexicon) -> bool:
    phrase = " ".join(role).lower()
    names = [n for n in lexicon.aliases(phrase) if n != phrase]
    return any(
        m.group()[0].isupper() and (m.start() > 0 or not is_noun(m.group().lower()))  # not a sentence's first word
        for n in names
        for m in re.finditer(rf"(?i)\b{re.escape(n)}\b", sentence)
    )
