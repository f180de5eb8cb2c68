"""Who states something in a sentence, by English grammar alone: where a name stands as a speaker and the
patterns that follow a speaker (a stance verb, a noun of position, a quote it ends).

These are the patterns `names.Parties` reads positions with; the lists of English words they are built from
live in `english.py`. Nothing here knows a party or a corpus.
"""

from __future__ import annotations

import re

from assistant.english import (
    POSITION_NOUNS,
    SPEAKING_VERBS,
    STANCE_ADJECTIVES,
    STANCE_PHRASES,
    STANCE_VERBS,
    TELLING_VERBS,
    TITLES,
    verb_pattern,
)

# A character of one clause: not its end, though an abbreviation's stops ("U.S.", "H.W.") and a decimal point
# ("$2.4 billion") may stand in it; and of one phrase set off by commas ("Vernon Walters, the U.S. envoy,").
IN_CLAUSE = r"(?:[^.;]|(?<=[A-Z])\.|\.(?=\d))"
IN_PHRASE = r"(?:[^,.;]|(?<=[A-Z])\.|\.(?=\d))"
# The position nouns that name what a party wants to get, not what it decided, offered or thinks ("Japan's top
# priority" is answered by "the chief aims of the Japanese negotiator", not by "the final decision of the Japanese").
WANTED_NOUNS = """aim aims condition conditions demand demands goal goals objective objectives preference priority
priorities red-line request requests terms""".split()


def _of(nouns: list[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(nouns)})\s+(?:of|by|from)\s+(?:the\s+)?$", re.I)


def _possessed(nouns: list[str]) -> re.Pattern[str]:
    return re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(nouns)}|red\s+lines?)\b", re.I)


# "the demands of Ukraine", "a commitment by the Bolshevik government", "an offer from Tokyo": the one the
# position is of, by or from holds it
POSITION_OF = _of(POSITION_NOUNS)
WANTED_OF = _of(WANTED_NOUNS)
# The nouns for those who speak for a party ("Chinese officials", "its negotiators")
SPOKESPEOPLE = (
    r"negotiators?|officials?|delegat\w+|government|administration|envoys?|diplomats?|representatives?|leaders?|"
    r"leadership|team|ministers?"
)
# "What did Japan finally accept?" asks what a party did or said as much as "What did Japan propose?": a
# stance verb whose subject is the party or its people ("Japan's negotiators"), perhaps with an adverb
STANCE_AFTER_SUBJECT = re.compile(
    rf"(?:['’]s)?\s+(?:(?:{SPOKESPEOPLE})\s+)?(?:\w+ly\s+)?(?:{verb_pattern(STANCE_VERBS)})\b", re.I
)
ITS_PEOPLE = re.compile(rf"\b(?:his|her|its|their)\s+(?:\w+\s+)?(?:{SPOKESPEOPLE})\b", re.I)
POSSESSIVE = re.compile(r"['’]s?\b")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|to|for|from|of|with|on|at|by|against|about|into|across"
    # …or the one told, asked or made to: "Kallenbrook told the SSC that…", "…forced Japan to give up…"
    rf"|{verb_pattern(TELLING_VERBS, [])}"  # in every form: "We are not asking Tavrosia to…"
    # …or the one wanted or expected to act (Quirk et al. §16.63, the object of "want X to"): "Tarsene wants
    # Velmora to commit to releasing…" is Tarsene's position
    r"|want(?:s|ed|ing)?|expect(?:s|ed|ing)?|press(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)"
    # …or the one a demand is of (the mandative "that" of Quirk et al. §16.32): "…demanded that the Allies call…"
    r"|(?:demand|insist|urge|ask|request|propose|recommend|require|suggest|stipulate)(?:s|ed|d)?\s+that"
    # ...and of the nouns of those verbs: "Roosevelt stepped in with the proposal that Russia “buy back”…"
    r"|(?:insistence|proposal|recommendation|requirement|suggestion)s?\s+that"  # "demand(s) that": as above
    # ...or the one a condition is of (Quirk et al. §15.33): "…prepared to set aside its claim if Tavrosia agreed…"
    r"|if|unless|provided|providing)"
    r"\s+(?:the\s+)?$",
    re.I,
)


# ...but a party's spokesperson speaks for it: "The representative of Calastria, Mr. Tomas Reyvik, said…", as a
# meeting's summary record reports each delegation.
_SPOKESPERSON_OF = re.compile(rf"\b(?:{SPOKESPEOPLE}|ambassador|spokes\w+)\s+of\s+(?:the\s+)?$", re.I)
# A country's people at large, as English names them after its adjective ("the American people", "Japanese
# public opinion"): not its government, whose positions a matrix reports.
_POPULACE = re.compile(r"\s+(?:public|people|population|citizens|citizenry|voters|electorate|press|media)\b", re.I)


# A noun phrase or a non-restrictive relative clause set off by commas after a name, which says what the name
# is: "The SSC, an eight-member regional bloc that has hosted all three rounds, has put forward…", "Veldmark,
# whose merchant houses depended on the trade, offered…": the name's verb comes after it.
# ...or a titled name, and perhaps a post: "The representative of Calastria, Mr. Tomas Reyvik, Deputy Minister for
# Foreign Affairs, said…"
_APPOSITION = re.compile(
    rf",\s+(?:(?:an?|the|who|whose|which)\s+{IN_PHRASE}{{3,100}}"
    rf"|(?:{TITLES})\s+(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+(?:,\s+[A-Z]{IN_PHRASE}{{3,80}})?),"
)


def past_apposition(text: str, end: int) -> int:
    """Where what a name at `text[:end]` does is said: after its apposition, if one follows."""
    apposition = _APPOSITION.match(text, end)
    return apposition.end() if apposition else end


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|A|An)\s+$")  # "a Japanese attempt", "a Hallendori naval base"
# The subject of a question the sentence reports, which states nothing: "…at odds over how much gas Kestova
# should commit", "…whether Japan would accept"; a question's own opening asks of its subject ("How much is
# Dalmarre prepared to unfreeze?").
_QUESTION_BEFORE = re.compile(r"(?<=\w)\W+(?:whether|how\s+(?:much|many|far)(?:\s+\w+)?)\s+$", re.I)


def not_speaker(text: str, begin: int, end: int) -> bool:
    """Whether the name at `begin:end` is no speaker: a place after a preposition, an addressee, a demand's
    object, a country's people at large, an adjective after "a" ("a Japanese attempt to…" is a noun's), or
    the subject of a reported question ("…over how much gas Kestova should commit")."""
    before = text[max(0, begin - 24) : begin]
    return bool(
        (_PREPOSITION_BEFORE.search(before) and not _SPOKESPERSON_OF.search(before))
        or _ARTICLE_BEFORE.search(before)
        or _QUESTION_BEFORE.search(text, max(0, begin - 24), begin)
        or _POPULACE.match(text, end)
    )


# The end of a quote, then who said it: '…things," Trump said', '"…impossible," said Dmitry Peskov'.
QUOTE_BEFORE = re.compile(r"[,.!?][\"”]\s+(?:said\s+|says\s+)?(?:[A-Z][\w.]*\s+){0,3}$")
# A quote said by a pronoun: '"…a basis for work," he said.'
SAID_BY_PRONOUN = re.compile(r"[”\"],?\s+(he|she|they)\s+(?:said|says|added|adds|told|tells)\b")
# A question about what someone said: "What did she tell the magazine…?", "How did he sum up…?", "What did he say…?"
ASKS_WORDS = re.compile(
    rf"(?i)\b(?:{verb_pattern(SPEAKING_VERBS.split(), ['said', 'says', 'say', 'summed up', 'sum up', 'put it'])})\b"
)
# Both sides at once, as English names them, then perhaps "they" ("the two nations…, but eventually they agreed").
JOINT = re.compile(
    r"\b(?:both|the\s+two)\s+(?:sides|nations|countries|governments|delegations|parties|leaders|powers|states)\b"
    rf"(?:{IN_CLAUSE}{{0,60}}?\bthey\b)?",
    re.I,
)
PRONOUN = re.compile(r"(?:^|(?<=[.!?]\s))(?:He|She|They|It)\b")
# A sentence's opening "they", after at most a few words ("Now they…", "In the DPR, they…"). Not "he" or
# "she": they stand for a person, whom the sentence before names better than a party's name would.
OPENING_PRONOUN = re.compile(r"\W*(?:[\w]+,?\s+){0,3}?(they|They)\b")
# A party's name, then a noun for its position with what it asks for: "British requests for materiel", "a
# Soviet proposal that…", "the U.S. pledges to respect…", "The Tamaran position is that…" (not a mere mention:
# "Lenin's offer passed").
OWN_POSITION = re.compile(
    rf"\s+(?:\w+\s+)?(?:{'|'.join(POSITION_NOUNS)})\s+(?:(?:is|was|remains)\s+)?(?:for|that|to|on)\b", re.I
)
# A party's position named as its own: "Durnavel's core demand", "Japan's top priority", "its red lines".
POSSESSED_POSITION = _possessed(POSITION_NOUNS)
POSSESSED_WANT = _possessed(WANTED_NOUNS)
# A verb after a form of "be" is passive: "The Vessa was declared open" has the Vessa declare nothing (not its
# -ing form, "has been demanding", nor an adjective of stance: "Russia was determined to…").
_NOT_PASSIVE = "".join(rf"(?<!\b{be}\s)" for be in ("is", "are", "was", "were", "be", "been", "being"))
# A party, then within a few words a verb of stance: "Kiev firmly declares", "Japan … preferred that",
# "the British insisted on", "Moscow does not want".
# ...or an idiom of proposing with what is proposed inside it: "has put 19 billion on the table".
_PUT_ON_TABLE = r"put(?:s|ting)?\s+(?:[^\s.;]+\s+){1,4}?on\s+the\s+table"
ACTIVE_STANCE = (
    rf"(?:(?:{_NOT_PASSIVE}|(?=\w+ing\b))(?:{verb_pattern(STANCE_VERBS, [])})|"
    rf"{verb_pattern([], [*STANCE_PHRASES, *STANCE_ADJECTIVES])}|{_PUT_ON_TABLE})"
)
STANCE = re.compile(
    rf"(?:'s?\s+\w+)?{IN_CLAUSE}{{0,30}}?\b{ACTIVE_STANCE}\b"
    # "The Argentine Junta held its own suspicions of U.S. impartiality, refused to make concessions…": one of the
    # subject's verbs in a series, after a comma, the first of them right after the subject (not "X, along with Y,")
    rf"|\s+(?!(?:and|or|but|nor|who|whom|which|whose|that)\b)[a-z]\w*{IN_CLAUSE}{{0,90}}?,\s+(?:and\s+)?{ACTIVE_STANCE}\b"
    rf"|['’]s\s+(?:\w+\s+){{0,2}}?(?:{'|'.join(POSITION_NOUNS)})\b"  # "Japan's terms"
    # "The union opened negotiations in May by asking for…": the subject's own verb of stance, after "by"
    rf"|{IN_PHRASE}{{0,60}}?\bby\s+(?=\w+ing\b){ACTIVE_STANCE}\b"
    rf"|{OWN_POSITION.pattern}"
    # "Roosevelt stepped in with the proposal that…", "Japan made an offer": a position the party brings
    rf"|{IN_PHRASE}{{0,25}}?\b(?:with|made|makes|make|presented|submitted|tabled)\s+(?:the|a|an|its|his|her|their)\s+"
    rf"(?:\w+\s+)?(?:{'|'.join(POSITION_NOUNS)})\b",
    re.IGNORECASE,
)


def stands_for_someone(pronoun: re.Match[str]) -> bool:
    """Whether an opening pronoun (group 1 of `pronoun`) stands for someone named before: "he", "she" and
    "they" do; "it" only when it states a position ("It proposed…", not "It is unclear…", nor "It is, she
    said, 'the first fund…'": what "it" is, is said of a thing)."""
    if pronoun[1] != "It":
        return True
    return not _COPULA.match(pronoun.string, pronoun.end(1)) and bool(STANCE.match(pronoun.string, pronoun.end(1)))


# A form of "be" after "it": the sentence says what a thing is ("It is…", "It would be…", "It has been…").
_COPULA = re.compile(r"\s+(?:is|was|(?:would|will|could|might|may)\s+be|(?:has|had)\s+been)\b")


# "What did X say about Y?", "…think of Y?", "…make of Y?": what X's words are to be about (English's
# prepositions of topic, Quirk et al. §9.58: "about", "concerning", "regarding", and "of" after "think" and "make").
SAID_ABOUT = re.compile(r"(?i)\b(?:about|concerning|regarding|(?:think|thought|make|made)\s+of)\s+(?P<topic>[^?]+)")

# "How did X respond / react / receive…": English verbs of reacting to a proposal (accepting, refusing,
# welcoming, condemning…), in every form.
ASKS_REACTION = re.compile(r"(?i)\b(?:respond|react|reply|receive[ds]?|reception|reaction|response)\b")
_REACTIONS = "accept agree condemn criticise criticize denounce dismiss object protest react refuse reject reply resist respond welcome"
REACTION = re.compile(rf"\b(?:{verb_pattern(_REACTIONS.split(), [])})\b", re.I)
REACTING = re.compile(rf"{IN_CLAUSE}{{0,30}}?{REACTION.pattern}", re.I)  # just after the one who reacts


def reacts(spans: list[tuple[int, int]], sentence: str) -> bool:
    """Whether whoever is named at `spans` of `sentence` reacts in it: with a verb of reacting just after the
    name, or saying a quote that holds one ('"…and we welcome it," Marrowan said')."""
    return any(
        REACTING.match(sentence, end)
        or (QUOTE_BEFORE.search(sentence[max(0, begin - 40) : begin]) and REACTION.search(sentence[:begin]))
        for begin, end in spans
    )


# "Who speaks for the islands at the table?", "Who negotiated on behalf of Varnholt?", "Who does the talking for
# the group?": who represents a side...
SPEAKS_FOR = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?who(?:'s|’s|\s+(?:is|was|will|would|does|did))?\s+(?:\w+\s+){0,2}?(?:speaks?|spoke|"
    r"speaking|negotiat\w*|talking|acts?|acted|acting)\s+(?:\w+\s+){0,2}?(?:for|on\s+behalf\s+of)\b"
)
# ...which a text says with the noun of one who negotiates or speaks for others (a negotiator, an envoy, a
# delegate, a spokesperson) or of the body sent to (a delegation, a mission), "represent", "speak for" or "on
# behalf of".
REPRESENTING = re.compile(
    r"(?i)\b(?:negotiators?|spokes(?:man|men|woman|women|person|people)|envoys?|delegates?|emissar(?:y|ies)|"
    r"delegations?|missions?|"
    r"representatives?|represent(?:s|ed|ing)?|(?:speaks?|spoke|speaking)\s+for|on\s+behalf\s+of)\b"
)
