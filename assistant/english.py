"""General English the lexical rules rely on: stance and reporting verbs with every inflection, and the
words that ask to compare every side. Nothing here comes from any one document.

Sources: the reporting verbs are the common "verbs of speaking and reporting" and "verbs of desire and
intention" of English reference grammars (Quirk et al., A Comprehensive Grammar of the English Language,
1985, §16.31-16.33; Biber et al., Longman Grammar of Spoken and Written English, 1999, §9.2.2), the verbs by
which a text reports what someone wants, proposes or rejects. Their inflections come from lemminflect's
English inflection tables, not from rules typed here: `python -m assistant.english` writes them to
`inflections.json`, which answering reads (loading lemminflect's tables took 0.2 s of every start).
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path

from assistant.phrasal_verbs import MOVABLE_PARTICLES, PHRASAL_VERBS

# Function words (English's closed classes) and a request's words ("tell", "explain", "describe"): they carry no topic.
STOPWORDS = frozenset(
    """
    a about above according after again against all also am an and any are article as at be because been before
    being below between both but by can could describe did do does doing down during each explain few for from
    further give had has have having he her here hers herself him himself his how i if in into is it its itself just
    kind let many me more most much my myself no nor not now of off on once only or other our ours out over own
    please said same say says she should show so some sort such tell text than that the their theirs them themselves
    then there these they think thinks this those through to too under until up us very was we were what when where
    which while who whom why will with would you your yours across along among amongst around behind beneath beside
    besides beyond inside onto outside toward towards upon via within
    """.split()
)
# Words that frame a question ("the new dam" says which; "is going to be…" is a future): they never make it unanswerable.
QUESTION_FRAME = frozenset(
    """aim aims approach believe between compare comparison concerning current currently demand demands differ
    difference differences different exactly goal goals going happen happened happening key main mention mentioned
    mentions new now opinion opinions plan plans position positions purpose purposes regard regarding report
    reported reports respect role side sides situation stance stand stands think view views want wanted wants""".split()
    # ...and the other private verbs of opinion (Quirk et al. §3.40: "How much does the airline reckon a strike
    # would cost?" asks what it reckons, in whatever verb the text gives it: "estimates")
    + "reckon reckons reckoned suppose supposes supposed".split()
    # ...and the modal auxiliaries the stopword list lacks (Quirk et al. §3.39; not "may", a month's name too)
    + "might must shall ought".split()
)
UNTOPICAL = STOPWORDS | QUESTION_FRAME  # what carries no topic: a question's function words and its frame
# What a party wants, offers or refuses: "X insisted on…", "X preferred…", "X rejected…"; with most suasive verbs of
# Quirk et al. §16.32 ("X ordered…", "X recommended…", "X decided…"), the verbs of persuading ("Reagan failed to
# persuade Thatcher to refrain…", "X encouraged Y to…"), "fear" (what a party fears is what it wants to avoid:
# "Weinberger feared the failure would condone…"), the verbs by which a text says what a party puts weight on ("U.S.
# officials focused on…", "X highlighted…", "X underscored…") or tries to get (the catenative verbs of effort, Quirk
# et al. §16.38: "the Soviets attempted to limit…"), and "sign", by which a party accepts an agreement; and the verbs
# of objecting ("X balked at…", "X vetoed…") and committing ("X reaffirmed…", "X guaranteed…", "X signalled that it
# could accept…"), and of acknowledging and justifying ("X defended the offer as fair", "X justified the rise").
STANCE_VERBS = """
accept acknowledge advocate affirm agree aim announce approve argue ask aspire assert attempt back balk beg
believe call claim command commit concede condemn consent consider contend convince decide declare decline
defend demand deny desire determine direct dismiss emphasize encourage endeavor endeavour endorse envision
expect express favor favour fear focus guarantee highlight hope insist instruct intend justify maintain object
offer oppose order persuade plan plead pledge prefer press prioritise prioritize proclaim promise propose
protest pursue push reaffirm recognise recognize recommend refuse reject request require resist resolve say seek
sign signal state stipulate stress strive suggest support threaten try underline underscore urge veto vow want warn
welcome wish""".split()
# The subset that asks for a position ("What did Japan propose?"); "say", "agree" or "accept" ask what happened,
# so two parties joined by them ("What did Japan and Russia agree to?") are no comparison.
POSITION_VERBS = """
advocate aim ask call demand desire envision expect favor favour fear hope insist intend offer oppose plan prefer
press propose push recommend refuse reject request require resist seek suggest support urge want wish
""".split()
# Nouns for what a party wants, after its name ("Japan's top priority was…", "Durnavel's core demand is…"), and
# for its word in reply to what was asked of it ("Our answer was that…").
POSITION_NOUNS = """aim aims answer bid bids commitment commitments condition conditions concern concerns decision
decisions demand demands goal goals insistence objective objectives offer pledge pledges position preference priority
priorities proposal proposals red-line reply request requests response stance terms view""".split()
# Shell nouns, whose content a clause states, not the noun itself ("the point was to…", "the problem is that…"):
# the common ones of Schmid, English Abstract Nouns as Conceptual Shells (2000), its eventive "measure", "step" and
# "effort" among them, and the position nouns. A question about one ("What was the point…") need not find the noun.
SHELL_NOUNS = frozenset(
    """answer approach argument attitude belief case cause chance claim complaint consequence criticism difficulty
    effect fact fear hope idea issue matter meaning motive news object objection plan point possibility
    precondition preconditions problem purpose question reason result risk situation solution suggestion thing
    trouble truth worry measure measures move moves step steps effort efforts attempt attempts""".split()
) | frozenset(POSITION_NOUNS)
# Nouns that ask what someone is or does ("What was Bullitt's job…"), which a text says by the role itself
# ("an attaché to the U.S. delegation").
ROLE_NOUNS = frozenset("career duty duties function job occupation office post profession role task title".split())
# Verbs by which news and history introduce what a person said or did ("X said", "X proposed"): the verbs of speaking,
# reporting and judging of Quirk et al. §16.31 and Biber et al. §9.2.2, and the private "reckon" (§3.40).
SPEAKING_VERBS = """accuse add admit answer blame characterise characterize comment conclude confirm criticise criticize denounce describe
estimate explain label note observe outline praise predict recall reckon remark reply report respond reveal tell write"""
REPORTING_VERBS = sorted(set(STANCE_VERBS) | set(SPEAKING_VERBS.split()))
PHRASAL_HEADS = sorted({phrase.split()[0] for phrase in PHRASAL_VERBS})
# Verbs whose object is told, asked or made to do something (Quirk et al. §16.32's object + to-infinitive
# verbs of telling and causing): "Kallenbrook told the SSC that…", "We are not asking Tavrosia to…".
TELLING_VERBS = "tell inform assure ask urge warn remind persuade force compel oblige pressure".split()
# Verbs of deciding and voting that no list above holds (WordNet's "adopt", "ratify", "settle", "vote, ballot"),
# of reaching a verdict ("conclude", "rule") and of putting a matter off ("postpone, defer, shelve", "refer").
DECIDING_VERBS = "adopt ratify settle vote ballot pass conclude rule postpone defer shelve refer".split()
# A verb of responding that ends a question ("How did the spokesperson push back?"): a response is to what was said
# before (WordNet's "respond, react", "reply, answer", "retort", and the phrasal "push back", "hit back").
RESPONDING_AT_END = (
    r"\b(?:respond|responded|react|reacted|reply|replied|retort|retorted|push(?:ed)?\s+back|hit\s+back)\s*\?"
)
BEGINNING_VERBS = "begin start commence open launch".split()  # Quirk et al.'s aspectual verbs of starting
# Every verb above, whose inflections `inflections.json` holds.
_VERB_LISTS = (STANCE_VERBS, REPORTING_VERBS, POSITION_VERBS, PHRASAL_HEADS, TELLING_VERBS, DECIDING_VERBS)
ALL_VERBS = sorted({verb for verbs in (*_VERB_LISTS, BEGINNING_VERBS) for verb in verbs})
INFLECTIONS_FILE = Path(__file__).with_name("inflections.json")
# Titles of office and honorifics that precede a person's name in English ("President X", "Foreign Minister X").
TITLES = (
    r"President|Vice President|Prime Minister|Premier|Chancellor|Minister|Secretary|Ambassador|Envoy|Senator|"
    r"Governor|Mayor|Justice|Judge|General|Admiral|Colonel|Commander|Chairman|Chairwoman|Chair|King|Queen|Emperor|"
    r"Empress|Tsar|Czar|Kaiser|Pope|Sultan|Shah|Prince|Princess|Lord|Sir|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|"  # "Mr Okonde"
    r"Duke|Duchess|Marquess|Marquis|Earl|Count|Countess|Viscount|Baron|Baroness"  # the ranks of nobility
)
# "Which White general…", "Which American president…": a person asked for by a title of office, which the
# answer's sentence must hold ("U.S. President Roosevelt"); a title before a name gives its holder's post.
TITLE = re.compile(rf"(?i)(?:{TITLES})")
# The abbreviations of titles of office that English writes for the words (Oxford Dictionary of Abbreviations):
# "How did Corvane's CEO…?" asks of its "chief executive", in a text that never writes "CEO".
TITLE_ABBREVIATIONS = {
    "CEO": "chief executive",
    "CFO": "chief financial officer",
    "COO": "chief operating officer",
    "PM": "prime minister",
    "VP": "vice president",
    "MP": "member of parliament",
}
# courtesy titles and ranks of nobility, which name no office
HONORIFICS = frozenset(
    "mr mrs ms miss dr sir lord lady duke duchess marquess marquis earl count countess viscount baron baroness".split()
)
# Adjectives of rank that English uses interchangeably before a role ("top", "chief" or "lead" negotiator;
# WordNet's synonym set of "chief, main, principal, primary, head").
RANK_ADJECTIVES = frozenset("chief head lead leading main primary principal senior top".split())
# "Who heads/leads/commands X?" asks who is in charge, which English says with one of these verbs or the noun
# for the one who does it (WordNet's verb group of "lead, head, direct, command, chair, run" and their agent
# nouns, with the titles of the one at the top: "chief", "secretary-general").
LEADS = (
    r"(?:lead|leads|led|leading|leader|leaders|leadership|head|heads|headed|heading|chair|chairs|chaired|"
    r"chairing|chairman|chairwoman|chairperson|command|commands|commanded|commanding|commander|run|runs|ran|"
    r"running|direct|directs|directed|director|govern|governs|governed|governor|preside|presides|presided|presiding|"
    r"president|presidency|chief|boss|secretary-general|general\s+secretary|chairmanship|in\s+charge|in\s+command|in\s+the\s+chair)\b"
    # ...not in their sense of moving ("The press team is heading to Ostrevo", "led into the hall"), nor where
    # from ("a state governed from Valdesk")
    r"(?!\s+(?:to|for|into|toward|towards|home|back|off|out|north|south|east|west|from)\b)"
)
LEADING = re.compile(rf"(?i)\b{LEADS}")
# The names of the months and the days of the week, which name a time, not a party or a thing.
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
TIME_NAMES = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))  # "March", "Friday": the names of no one and nowhere
# A quotation, in straight or curly double quotes: the words of someone the text quotes, not its own.
QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
# The past tense: any -ed form, and the common irregular past forms of English verbs.
PAST_TENSE = "[a-z]+ed|" + "|".join(
    """sought made took gave held kept won lost sent met set put left thought brought told felt paid cut withdrew drew
    chose broke sold bought built fought spent struck began became led saw stood wrote went came got fell rose ran grew
    knew found heard meant fled spoke stole froze shook swore tore wore bore flew drove rode threw hid blew dealt forgot
    forgave taught understood swam sang sank slept woke""".split()
)
# Words that frame a question about a date ("On what day…", "When is the next round planned?"), not what the date
# is of: the nouns of time, deictic "next"/"last", the verbs that set a date ahead, and the adjectives that ask for
# it precisely ("On what exact day…") or for completion ("…be ready?"); a "deadline" is what the date is of.
DATE_FRAME = frozenset(
    "date dates day days month months time year years next last previous upcoming planned scheduled expected due "
    "exact precise specific ready bear bears bore carry carries carried".split()  # "What date does it bear?"
)
# Multi-word forms a reference grammar lists with them, the phrasal verbs and idioms English uses for proposing and
# pressing ("put forward", "put on the table", "push for": the phrasal synonyms of "propose" and "demand" in the
# Oxford Thesaurus of English), in every form, and the verbs of putting a proposal forward ("table", "float", "moot"
# in Oxford's senses) in the forms that can only be verbs (not "the table"): "the bank tabled a compromise".
PROPOSING_FORMS = ("tabled", "tabling", "floated", "mooted")
STANCE_PHRASES = [
    *(f"{verb} for" for verb in ("call", "calls", "called", "calling", "push", "pushes", "pushed", "pushing")),
    *PROPOSING_FORMS,
    *(f"{verb} {what}" for verb in ("put", "puts", "putting") for what in ("forward", "on the table")),
    *"would like|would prefer|is interested|was interested".split("|"),
    # "…found it difficult to justify…": a verdict, by the adjectives of difficulty and necessity after "it"
    *(f"{find} it {verdict}" for find in ("find", "finds", "found") for verdict in ("difficult", "hard", "impossible")),
    *(f"{find} it {verdict}" for find in ("find", "finds", "found") for verdict in ("necessary", "unacceptable")),
]
# Adjectives by which English reports a stance after "be" ("the Russians were adamant that…", "it was
# unwilling to commit…"): the stance adjectives that control that- and to-clauses in Biber et al. 1999,
# §7.13 (adjectives of certainty and of willingness).
STANCE_ADJECTIVES = """adamant determined eager insistent intent keen opposed prepared ready reluctant unwilling
willing""".split()
_INSIDE = r"\s+(?:\w+ly\s+|also\s+|still\s+|not\s+)?"  # an adverb inside a phrase ("would also like")


def derive_inflections(verbs: list[str]) -> dict[str, list[str]]:
    """Each verb's forms by lemminflect's tables ("prefer" -> prefer, prefers, preferred, preferring)."""
    from lemminflect import getAllInflections  # ~0.2 s to load its tables: only when the file is written

    return {v: sorted({v, *(f for found in getAllInflections(v, upos="VERB").values() for f in found)}) for v in verbs}


@lru_cache(maxsize=65_536)  # bounded: the words come from users' questions
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """`word`'s lemmas by part of speech in lemminflect's English dictionary ({} for a word it does not
    know: a name, a misspelling): "rating" -> {"NOUN": ("rating",), "VERB": ("rate",)}."""
    from lemminflect import getAllLemmas  # its tables take 0.2 s to load: only when a word needs looking up

    return dict(getAllLemmas(word.lower()))


def is_noun(word: str) -> bool:
    """Whether English uses `word` as a noun and never as an adjective ("rating", not "biggest")."""
    found = lemmas(word)
    return "NOUN" in found and "ADJ" not in found


@cache
def _saved_inflections() -> dict[str, list[str]]:
    return dict(json.loads(INFLECTIONS_FILE.read_text(encoding="utf-8")))


def inflections(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """Every form of `verbs`, longest first, from `inflections.json` (written by `python -m assistant.english`
    from lemminflect, so that answering does not load its tables; a test checks the two agree)."""
    saved = _saved_inflections()
    forms = {f for v in verbs for f in saved.get(v, [v])}
    return tuple(sorted(forms, key=lambda w: (-len(w), w)))


def verb_pattern(verbs: list[str], phrases: list[str] = STANCE_PHRASES) -> str:
    """A regex alternation of every form of `verbs` plus `phrases` (no group, no word boundaries)."""
    words = [*sorted(phrases, key=len, reverse=True), *inflections(tuple(verbs))]
    return "|".join(re.escape(w).replace(r"\ ", _INSIDE) for w in words)


def _phrasal_pattern(phrase: str) -> str:
    head, *rest = phrase.split()
    rest = ["{them}", *rest] if len(rest) == 1 and rest[0] in MOVABLE_PARTICLES else rest
    own = r"(?:my|your|his|her|its|our|their)\s+"
    them = r"(?:(?P<them>them|him|her|it|us|everyone|(?:the|both)\s+(?:\w+\s+)?\w+)\s+)?"  # an object
    tail = "".join(own if w == "{own}" else them if w == "{them}" else re.escape(w) + r"\s+" for w in rest)
    return rf"\b(?:{'|'.join(inflections((head,)))})\s+{tail[:-3]}\b"  # less the last r"\s+" (3 characters)


@cache
def _phrasal() -> list[tuple[re.Pattern[str], str]]:
    longest_first = sorted(PHRASAL_VERBS.items(), key=lambda item: -len(item[0]))  # "take over as" before "take over"
    return [(re.compile(_phrasal_pattern(p), re.I), word) for p, word in longest_first]


@lru_cache(maxsize=4096)  # the ranker and the matrix look up the same question many times
def plain_verbs(question: str) -> str:
    """`question` with the one word each of its phrasal verbs means added after it: "Why did Japan turn down
    (reject) the offer?". Only for looking things up: nothing shown to a user is rewritten."""
    for pattern, word in _phrasal():
        question = pattern.sub(rf"\g<0> ({word})", question)
    return _BE_AFTER.sub(r"\g<0> (want)", question)


@lru_cache(maxsize=4096)
def plain_words(question: str) -> str:
    """`question` with each phrasal verb replaced by the one word it means ("How much did Isbarre ask for
    (demand)?" reads "How much did Isbarre demand?"): its topic is that word, not "ask"."""
    for pattern, word in _phrasal():  # ...keeping its object: "turn the treaty down" reads "reject the treaty"
        question = pattern.sub(rf"{word} \g<them>" if "them" in pattern.groupindex else word, question)
    return re.sub(r"(?<=\w) +(?=[ ?.,])", "", question)  # no space left where no object was


# "What were the Russians after?": "be after", to be trying to get (Oxford Dictionary of English), asked with
# "what", its subject between the verb and a stranded "after" at the end or before a place or time.
_BE_AFTER = re.compile(
    r"^\W*what\s+(?:is|are|was|were)\s+(?:[\w’'-]+\s+){1,4}?after(?=\s*(?:[?.]|$|(?:at|in|on|from|with|during)\b))",
    re.I,
)


# Short and adjective forms English uses for a few compound country and union names, which no spelling rule
# relates to the full name ("U.S." and "American" for the United States). From English usage guides (e.g.
# the AP Stylebook's abbreviations), and the capital by which news English names the government ("Washington
# said…"); every other country's adjective follows from its name by a suffix.
SAME_NAME = [
    ["United States", "U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans", "Washington"],
    ["United Kingdom", "U.K.", "UK", "Britain", "Great Britain", "British", "Briton", "Britons", "London"],
    ["Soviet Union", "USSR", "U.S.S.R.", "Soviet", "Soviets"],
    ["European Union", "EU", "E.U."],
    ["United Nations", "UN", "U.N."],
]
# Endings that turn a place's name into its people's adjective or plural: Egypt-ian, Japan-ese, Brit-ish,
# Russia-n, Israel-i, Argentin-e, -s for plurals.
DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "ns", "n", "es", "e", "s")


def name_stems(word: str) -> set[str]:
    """`word` (lower case) and what is left of it without a demonym ending, when four letters or more remain:
    "egyptian" -> {"egyptian", "egypt"}; a corpus word that starts with one of them names the same place."""
    return {word} | {word[: -len(s)] for s in DEMONYM_SUFFIXES if word.endswith(s) and len(word) - len(s) >= 4}


if __name__ == "__main__":
    table = derive_inflections(ALL_VERBS)
    lines = ",\n".join(f"{json.dumps(verb)}: {json.dumps(forms)}" for verb, forms in table.items())
    INFLECTIONS_FILE.write_text("{\n" + lines + "\n}\n", encoding="utf-8")
    print(f"wrote {INFLECTIONS_FILE}")
