"""The shapes of English questions that `question.read` recognises: the wh-words and what follows them ("When…",
"How many X…", "Who is X's ROLE…", "Which KIND did…", "What did X say…"), and the words a question is about.
Patterns of question grammar only; no word of any document is listed here, nor is it decided here whether
a sentence answers."""

from __future__ import annotations

import itertools
import re

from assistant.comparison_words import EVERY_SIDE
from assistant.english import PAST_TENSE, POSITION_VERBS, UNTOPICAL, is_noun, lemmas, plain_words, verb_pattern
from assistant.holds import NAME_RUN, content
from assistant.lexicon import words
from assistant.party_forms import LONG_FORM
from assistant.tense import BEGINNING

ASKS_DATE = re.compile(  # ...after a preposition of time too: "From what date…?", "Since when…?"
    r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:(?:(?:by|from|since)\s+)?when\b|(?:(?:in|on|by|from|since)\s+)?"
    r"(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?(?:date|day|year|month)s?\b|"
    r"what(?:'s|’s|\s+is|\s+was)\s+the\s+(?:[\w’']+\s+){0,2}?(?:deadline|date)\b)"  # a deadline is a date
)
# "Where…?" asks for a place, unless it asks where someone stands ("Where does Congress stand on…?") or what a
# party wants ("Where does Ondrisk want the boundary drawn?": a verb of position).
ASKS_PLACE = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:where\b(?![^?]*\bstands?\b)"
    rf"(?!\s+(?:does|do|did|would|will)\s+(?:[\w’'.-]+\s+){{1,4}}?(?:{verb_pattern(POSITION_VERBS, [])})\b)"
    r"|(?:(?:in|at|to|from)\s+)?(?:which|what)\s+"
    r"(?:city|town|capital|venue|place)\b)"
)
ASKS_YEAR = re.compile(r"(?i)\b(?:what|which)\s+year\b")
ASKS_MONTH = re.compile(r"(?i)\b(?:what|which)\s+month\b")
# "Who are the parties?", "Who is negotiating?", "Which countries are involved?": the sides of the talks, named
ASKS_SIDES = re.compile(
    r"(?i)^\W*(?:who|which\s+(?:countries|governments|parties|sides))\s+(?:are|were|is|was)\s+(?:the\s+)?(?:"
    r"(?:(?:main|two|three|four|negotiating|opposing|warring)\s+)*(?:parties|sides)(?![’'\w])|negotiating|involved|taking\s+part)\b"
    r"(?!\s+(?:for|on\s+behalf\s+of)\b)"  # "Who is negotiating on behalf of X?" asks who acts for X
)
# "in May" answers none of them: "what day…", "the exact date…", "when exactly…" ask for a day
ASKS_DAY = re.compile(
    r"(?i)\b(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?(?:day|date)\b|\b(?:exact|precise)\s+(?:day|date)\b"
    r"|\bwhen\s+(?:exactly|precisely)\b|\b(?:exactly|precisely)\s+when\b"
)
# English light verbs ("put up", "get back", "take part"), whose meaning lies in their particle or object and
# which a text says otherwise ("pledged", "returned"): no topic word a date or number must come with.
LIGHT_VERBS = frozenset(
    "do does did doing done get gets got getting gotten give gives gave giving given go goes went going gone have has "
    "had having make makes made making put puts putting take takes took taking taken".split()
    # ...and the catenative verbs of trying and intending, whose meaning is the verb they lead to ("is Mirrowan
    # trying to lock in", "is Sendara hoping to have signed")
    + "try tries tried trying attempt attempts attempted attempting hope hopes hoped hoping".split()
    + "plan plans planned planning intend intends intended intending aim aims aimed aiming".split()
    # ...and the linking verbs, whose meaning is their complement ("will become duty-free")
    + "become becomes became becoming remain remains remained remaining seem seems seemed".split()
    # ...and "come", whose meaning lies in its particle ("come in", "come down", "come about")
    + "come comes came coming".split()
)
# The contractions of English's function words, which carry no topic of a question either ("once they're finished")
CONTRACTIONS = frozenset(
    """i'm you're we're they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll
    we'll they'll it'll isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't couldn't shouldn't
    hasn't haven't hadn't let's who'd what'd why'd how'd where'd when'd""".split()
)
# A condition the question sets ("If Kestova shipped by tanker…", "…if a swap happens?"): the scene, not the topic.
_CONDITION = re.compile(
    r"(?i)^\W*(?:if|unless|suppose|supposing|assuming)\b[^,?]*,|,?\s+(?:if|unless|provided)\s+[^,?]*(?=\?|$)"
)
# Phrases whose words are no topic: English idioms of occurring ("take place", "come about", "happen", "take
# effect": the sentence says "begin"), and a predicate hedged by a passive verb of saying or thinking with the
# verb it raises ("is thought to lie", "are believed to be": the sentence says "estimate to be" or nothing of it;
# "expected to gain" keeps "gain"), nor the adverbials of the beginning ("at the start"; `ASKS_ORIGINAL`).
FRAME_PHRASES = re.compile(
    r"(?i)\b(?:take|takes|took|taken|taking)\s+place\b|\b(?:come|comes|came|coming)\s+about\b"
    r"|\b(?:happen|happens|happened|happening|occur|occurs|occurred|occurring)\b"
    r"|\b(?:take|takes|took|taken|taking)\s+effect\b|\b(?:enter|enters|entered|come|comes|came)\s+into\s+force\b"
    rf"|\b(?:{BEGINNING}|in\s+(?:total|all))\b|\b(?:each|every|per|a)\s+(?:year|month|week|day)\b"  # a rate's time
    # ...and the modal idioms and semi-auxiliaries of English ("is supposed to", "be able to", "need to", "be
    # willing to": Quirk et al. §3.47), whose verb is the topic
    r"|\b(?:supposed|able|going|meant|need|needs|needed|have|has|had|willing|unwilling|prepared|likely|unlikely)\s+to\b"
    # ...and the adverbials of English that mean "now", as "now" itself frames ("right now", "at present")
    r"|\bright\s+now\b|\bat\s+(?:present|the\s+moment)\b|\bthese\s+days\b"
    # ...and English's complex prepositions (Quirk et al. §9.10-9.13: "as part of the deal", "on behalf of"),
    # whose nouns are no topic: their object is
    r"|\b(?:as\s+(?:a\s+)?part|in\s+terms|by\s+means|on\s+behalf|in\s+the\s+course|by\s+way)\s+of\b"
    # ...and the passive of the complex-transitive "leave" (Quirk et al. §16.44), whose complement is the topic:
    # "were left without electricity" is said "lost electricity"
    r"|\b(?:was|were|is|are|be|been|being)\s+left(?=\s+(?:without|with)\b)"
    r"|\b(?:thought|believed|said|estimated|expected|reported|known|understood|reckoned)\s+to"
    r"(?:\s+(?:be|lie|have|exist|remain|stand|sit)\b)?"
)
COUNTED = re.compile(r"(?i)\bhow\s+many\s+([\w\s'’-]+)")  # "how many fishing boats": what is counted follows
_PLACES = frozenset("places sites locations spots".split())
_PLURAL = re.compile(r"(?<!s)s$")
# "How many of X are Y?" counts the Ys among the Xs, which a count of all the Xs does not give
_PARTITIVE = re.compile(r"(?i)\bhow\s+many\s+of\s+[^?]*?\s+(?:are|were)\s+(?:now\s+|still\s+)?(?P<kind>[a-z-]+s)\s*\?")
# "What was the vote tally…?": a number of what is named before English's nouns of a number arrived at by counting
TALLIED = re.compile(r"(?i)\bthe\s+(?P<what>(?:[a-z-]+\s+){1,2})(?:tally|tallies|count)\b")
# ...and what befell them, by a passive participle ("How many people were killed…"): a sentence must say the same
COUNTED_EVENT = re.compile(
    r"(?i)\bhow\s+many\s+[\w\s'’-]+?\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|will\s+be)\s+"
    r"(?P<event>[a-z]+(?:ed|en))\b"
)
# "Which treaty did…", "What war ended…": the kind of thing whose name is asked for.
# "Which three mining groups own Halcrest?", "Which are the two rival ports…?": as many names, listed
WHICH_SEVERAL = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?which\s+(?:(?:are|were)\s+the\s+)?(?P<count>two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<kind>[a-z][\w-]*s)\b"
)
WHICH = re.compile(
    r"^\W*(?i:(?:and|so|but)\s+)?(?i:(?:in|at|on|from|to|for|by|under|with)\s+)?"  # "In which building…"
    # "Which type of vessel…" asks as "Which vessel…" does: English's nouns of a kind before "of" (Quirk et al. §5.6)
    r"(?i:which)\s+(?!(?i:of)\b)(?P<sort>(?i:kinds?|sorts?|types?|class(?:es)?|forms?|categor(?:y|ies))\s+of\s+)?"
    r"(?P<kind>(?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    rf"(?i:did|does|do|is|was|are|were|has|have|had|will|would|can|could|said|{PAST_TENSE}|in|of|on|at|from|for|to)\b"
    r"|^\W*(?i:(?:and|so|but)\s+)?(?i:which)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?P<one>[a-z][\w-]*[^s\W])\s+[a-z]{3,}s\b"  # "Which company makes…"
)
# "What was the name of the hotel…", "…of Valmora's foreign minister?": a name, beside the kind it names (whose).
NAME_OF = re.compile(
    r"(?i)^\W*what(?:'s|’s|\s+is|\s+was|\s+were|\s+are)\s+the\s+names?\s+of\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(?:'s|’s)\s+)?(?P<kind>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b"
    # ...up to a clause about it, its relative pronoun left out too ("the charity the aid workers belong to", "the
    # foreign minister Orlay was reporting to")
    r"(?=\s*(?:[?.]|$|\s(?:of|in|at|on|for|to|from|who|that|which|during|when|where|the|its|their|[a-z]+ed|[a-z]+ing)\b"
    r"|\s(?-i:[A-Z])))"
)
# "What were the mackerel quotas…", "What is the average annual salary of…?": the thing asked about (a noun, up
# to two words before it), which the answer's sentence must hold when the corpus uses its head noun at all.
FOCUS = re.compile(
    r"^\W*(?i:(?:and|so|but)\s+)?(?i:what)(?:'s|’s|\s+(?:is|was|are|were))\s+(?:the\s+|(?:the\s+)?[\w.]+(?:'s|’s)\s+)"
    r"(?P<np>[a-z]+(?:\s+[a-z]+){0,2})\s*(?:\b(?:of|for|in|on|under|at|to|toward|towards|between|with|from|during|"
    r"going|that|after|before)\b|\?|$)"
)
# Kinds too general to be named in the answer's sentence ("Which country…" is answered by "Valmoran-brokered"; a
# "power" is a state, by its influence: "Which great power…").
GENERIC_KINDS = frozenset(
    "side sides country countries city cities town towns place places state states nation nations party parties "
    "one ones people person group groups team teams thing things part parts area areas region regions official "
    "officials body bodies organisation organisations organization organizations asset assets power powers "
    "institution institutions".split()
)
# Nouns for kinds of thing that English calls by a proper name: the organisations, facilities, places and products
# of the OntoNotes 5.0 named-entity types (ORG, FAC, LOC, PRODUCT). "Which company…?" is answered by naming one.
NAMED_KINDS = frozenset(
    "company firm corporation airline bank agency organisation organization manufacturer operator contractor "
    "newspaper university ministry airport airfield port harbour harbor river island lake mountain ship vessel "
    "rocket satellite".split()
)
# An abbreviated name inside a role ("the chief U.S. negotiator"), which says whose role it is.
ABBREVIATION = re.compile(r"[A-Z][A-Z.]+")
# "What post does X hold?", "What was Bullitt's job…?", "what ministry does he run?": the office someone holds
# ("position" and "role" only with a verb of holding: "Russia's position on NATO" is a stance).
_OFFICES = r"(?:jobs?|posts?|titles?|offices?|occupations?|professions?|portfolios?|ministry|rank|background)"
_PERSON = r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*?|his|her|he|she)"
ASKS_OFFICE = re.compile(
    rf"^\W*(?i:(?:and|so|but)\s+)?(?i:what)(?:'s|’s|\s+is|\s+was)\s+(?P<who>{_PERSON})(?:'s|’s)?\s+(?:[a-z]+\s+)?"
    rf"(?:{_OFFICES}|roles?)\b|^\W*(?i:(?:and|so|but)\s+)?(?i:what)\s+(?:[a-z]+\s+)?(?:{_OFFICES}|positions?|roles?)\s+"
    # ...of someone named, or described by a party's role ("What post did Varnholt's lead negotiator occupy?")
    rf"(?:does|did|do)\s+(?P<who2>[A-Z][\w.-]*['’]s(?:\s+[a-z]+){{1,3}}|{_PERSON})\s+"
    r"(?:hold|have|occupy|run|head|fill|lead)\b"
    r"(?!\s+(?:on|over|about|toward|towards|regarding|concerning)\b)"
)
WHO = re.compile(r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:who|whom)\b")
# "Whose idea was it…?", "Who (or which side) first proposed it?": who proposed it, by a suasive verb (Quirk §16.32)
WHOSE_IDEA = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:whose\s+(?:idea|plan|proposal|suggestion|initiative|request)\b"
    r"|(?:who|which\s+(?:side|party|country|government|delegation))\s+(?:first\s+|originally\s+)?(?:proposed|suggested)\b)"
)
# "Whose peace initiatives did X back?", "Whose troops landed…?": a possessor, named anew beside the thing owned.
WHOSE = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?whose\s+(?:(?P<np>[a-z]+\s+[a-z]+)\s+"
    r"(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b|(?P<head>[a-z]+)\b)"
)
# ...and the nouns English derives from them ("At the committee's proposal, bondholders will…")
_PROPOSALS = ["proposal", "proposals", "suggestion", "suggestions", "recommendation", "recommendations", "idea"]
_PROPOSALS += ["put forward", "puts forward", "putting forward", "tabled", "floated"]  # verbs of proposing, said so
PROPOSING = re.compile(
    rf"\b(?:{verb_pattern(['ask', 'propose', 'recommend', 'request', 'suggest', 'urge'], _PROPOSALS)})\b", re.I
)
# "Who represents X?", "Who spoke for X?": someone who acts for a party (the verbs of acting for another in WordNet's
# synonym set of "represent": "act for, speak for, negotiate for, on behalf of")
ACTS_FOR = re.compile(
    r"(?i)\b(?:represent(?:s|ed|ing)?|(?:speak|speaks|spoke|speaking|act|acts|acted|acting|negotiate|negotiates|"
    r"negotiated|negotiating)\s+(?:for|on\s+behalf\s+of)|on\s+behalf\s+of)\b"
)
# "Who commanded…", "who's heading…", "Who would chair it?": the doer of a verb of leading is asked for.
WHO_LEADS = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?who(?:'s|’s|\s+(?:is|was|are|were|will|would|could|can|might|may|has|had)"
    # "…picked to chair"; "(the) head of (state of) X" leads X ("the leader of X" is a role, which texts name so);
    # one presides or rules "over" X (a prepositional verb, Quirk et al. §16.5)
    r"(?:\s+been)?)?\s+(?:(?:picked|chosen|named|appointed|elected|selected|nominated|tapped|slated|set|due|expected|"
    r"designated|tipped)\s+to\s+)?"  # ...and "slated to lead", "expected to chair": to come
    r"(?:the\s+(?=head\s+of\s))?(?P<verb>in\s+(?:charge|command)(?=\s+of\b)|in\s+the\s+chair|[a-z]+)\b(?:(?:(?<=charge)|(?<=command))\s+of|(?<=head)\s+of(?:\s+(?:state|government)\s+of)?|\s+over(?=\s))?(?:\s+(?:the\s+|an?\s+)?(?!(?:during|of|in|at|for|on|from|to|with)\b)(?P<led>[^?,;]+?))?"
    # what is led ("the Brevonian navy"), up to a preposition, a clause ("during the blockade", "that…") or the
    # capacity it is led in ("…the negotiations as mediator")
    r"(?=\s+(?:during|of|in|at|for|on|from|to|with|that|which|who|when|while|before|after|back|now|then|under|"
    # ...or a participle ("…the regulator looking at…"), not one after "X's" nor before a team ("…negotiating team")
    r"over|between|today|these|this|and|or|as)\b|(?<!['’]s)\s+[a-z]+ing\b(?!\s+(?:team|delegation|side)s?\b)|\s*[?,;]|\s*$)"
)
# "who is/was/acted as [appointed] [the] [X's] ROLE [of Y]": the role and its owner ("king of Keldaria" needs no
# article; "part of the mission" is no role, but who belonged to it).
WHO_ROLE = re.compile(
    r"(?i)^\W*who\s+(?:is|was|are|were|'s|’s|(?:(?:is|was)\s+)?(?:serve[sd]?|serving|act(?:s|ed|ing)?)\s+as|"
    r"(?:succeeded|replaced|followed)\s+[\w.'’ -]+?\s+as)\s+"
    r"(?:(?:appointed|named|elected|made|chosen|picked)\s+(?:as\s+)?)?"
    r"(?:the\s+|a\s+|an\s+|(?<=\bas\s)|(?=(?!part\s)[a-z][\w-]*\s+of\s)|(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(?:'s|’s|')\s+)"
    r"(?P<role>(?:[a-z][\w-]*|(?:[A-Z]\.){2,})(?:\s+(?!(?:that|who|whom|which)\b)(?:[a-z][\w-]*|[A-Z][\w.]*)){0,3}?)(?:\s+(?P<prep>of|for|in|on|at|to|during|while|when|under)\s+"
    # ...up to a participle's or relative clause about them ("…first appointed…", "…that X handed back?", "…trying to…")
    r"(?:the\s+)?(?P<of>[\w' ’.-]+?))?(?:\s+(?:first\s+|later\s+|originally\s+)?[a-z]+(?:ed|en)\b[^?]*|\s+[a-z]+ing\s+(?:to|the|an?|on|for|with|in|at|over)\b[^?]*|\s+(?:that|who|whom|which)\b[^?]*)?\s*(?:\(|\?|$)"
)


def counted(question: str) -> tuple[str, ...]:
    """What "how many …" counts: the words up to its head noun, the last plural among the first few before a
    function word ("fishing boats were…", "senators signed…", "refugees ended up…"), else the first word past a
    compound ("full-time staff"); and the nouns before a tally ("the vote tally": votes; "the final count": any)."""
    if tally := TALLIED.search(question):
        return tuple(w for w in words(tally["what"]) if is_noun(w))
    if part := _PARTITIVE.search(question):  # "How many of the union's members are mechanics?": mechanics
        return (part["kind"].lower(),)
    found = COUNTED.search(question)
    head: list[str] = []
    for word in words(found[1])[:4] if found else []:
        if word in UNTOPICAL or (head and _PLURAL.search(head[-1]) and not is_noun(word)):  # "prisoners changed hands"
            break
        head.append(word)
    plurals = [i for i, w in enumerate(head) if _PLURAL.search(w)]
    # "full-time staff", "Meridian staff": a compound or a name says which, the noun after it what is counted
    modifier = {w for m in _COMPOUND.finditer(found[1].lower()) for w in words(m.group())} if found else set()
    modifier |= {w.lower() for w in re.findall(r"\b[A-Z][\w’'-]*", found[1])} if found else set()
    first = next((i for i, w in enumerate(head) if w not in modifier), 0)
    found_head = tuple(head[: plurals[-1] + 1] if plurals else head[first : first + 1])
    # "polling places": a word of place says no kind, its modifier does ("1,870 disputed polling stations")
    return found_head[:-1] if len(found_head) > 1 and found_head[-1] in _PLACES else found_head


_COMPOUND = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")


def topic_words(question: str) -> tuple[str, ...]:
    """The question's content words, a name of several words ("ABM Treaty", "United States") as one unit
    (words joined by a space): a sentence holds a name only whole."""
    units: list[str] = []
    named: set[str] = set()
    # ...and so is a hyphenated compound, one word of English ("self-government", "cease-fire")
    for m in itertools.chain(NAME_RUN.finditer(question), _COMPOUND.finditer(question)):
        name = content(m.group().replace("-", " "))
        if len(name) > 1:
            units.append(" ".join(name))
            named.update(name)
    # "take place" (before a phrasal verb is read: "takes effect" is no "apply"), "If …,", and "the two countries"
    question = EVERY_SIDE.sub(" ", plain_words(FRAME_PHRASES.sub(" ", _CONDITION.sub(" ", question))))
    # an adverb only ("finally", "officially") says how or when, not what: a sentence need not repeat it
    kept = [w for w in content(question) if w not in named | LIGHT_VERBS | CONTRACTIONS and set(lemmas(w)) != {"ADV"}]
    return tuple(units) + tuple(kept)


def names_given(question: str) -> tuple[str, ...]:
    """The names a question gives (runs of capitalised words after its first word), a state's by its short name:
    "the Grand Duchy of Lisk" gives Lisk, which a text may name alone."""
    runs = [m.group() for m in NAME_RUN.finditer(LONG_FORM.sub(lambda m: m["short"], question)) if m.start() > 0]
    return tuple(n for n in runs if re.fullmatch(r"[A-Z]{2,}", n) or n.lower() not in UNTOPICAL)  # "US" is no "us"


_PRONOUNS = frozenset("it them this that these those him her".split())
# The meetings of a negotiation, which a text names otherwise ("Who chaired the talks?": "the conference…").
_MEETINGS = frozenset(
    "talks negotiations negotiation bargaining discussions meeting meetings conference session sessions summit round".split()
)


def generic_kind(led: str) -> bool:
    """Whether what a question about who leads names ("Who heads the other side?") is a generic kind: none, a
    pronoun, or a generic noun with no adjective before it ("the government's negotiating team", "the Lunmark
    team", whose name says whose team it is), not a particular one ("the nationalist party")."""
    *before, head = led.split() or [""]
    # ...a noun before talks says what they are about ("the peace talks"), an adjective which ("the second round")
    subject = [w for w in before if head.lower() in _MEETINGS and "ADJ" not in lemmas(w) and is_noun(w)]
    described = any(
        not re.search(r"(?:['’]s|ing)$", w) and w.lower() not in UNTOPICAL and w.islower() and w not in subject
        for w in before
    )
    return not led or (head.lower() in GENERIC_KINDS | _PRONOUNS | _MEETINGS and not described)


_PAIR = re.compile(r"[A-Z][\w’']*[-–][A-Z][\w’']*(?<!['’]s)")


def owner_of(phrase: str) -> str | None:
    """Whose a noun phrase says it is, by a name before its common noun ("Carvossa's negotiating team", "the
    Lunmark team": Carvossa, Lunmark), if any; a name ("the Selvane Sea Community") is no one's, nor are two
    joined by a dash ("the Tarvoss-Kell talks": those between them)."""
    *before, head = phrase.split() or [""]
    names = [
        re.sub(r"['’]s$", "", w)
        for w in before
        if w[:1].isupper() and w.lower() not in UNTOPICAL and not _PAIR.fullmatch(w)
    ]
    return " ".join(names) or None if head.islower() else None
