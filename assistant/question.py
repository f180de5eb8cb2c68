"""What a question asks for, read from English question grammar alone: the kind of answer it wants (a date,
a number, a name), the role or thing it asks about (its focus), and whose it is.

"Who was Argentina's foreign minister?" wants a name, in a sentence that speaks of a foreign minister of
Argentina; "How many ships were sunk?" wants a number, in a sentence about ships; "When did the talks
resume?" wants a date. The rules are the wh-words of English and the shapes that follow them; no word of any
document is listed here. `Ask.met_by` says whether one sentence holds what the question asks for, so that the
judge refuses when no retrieved sentence does and the generator leads with one that does (`ask.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant import counting, figures, ordinals, posts, tense
from assistant.ask import Ask
from assistant.comparison_words import EVERY_SIDE
from assistant.condense import AUXILIARY, context_of, own_words
from assistant.english import (
    DATE_FRAME,
    LEADING,
    ROLE_NOUNS,
    SHELL_NOUNS,
    STOPWORDS,
    TITLE,
    UNTOPICAL,
    is_noun,
    lemmas,
)
from assistant.holds import content
from assistant.lexicon import stems, words
from assistant.money import sums
from assistant.question_actors import actors, why_subject
from assistant.question_figures import (
    ASKED_KINDS,
    ASKS_AGE,
    ASKS_DEADLINE,
    ASKS_DURATION,
    ASKS_LASTING,
    ASKS_LENGTH,
    ASKS_PERIOD,
    ASKS_PROPORTION,
    ASKS_QUANTITY,
    ASKS_RATE,
    ASKS_SHARE,
    ASKS_SHARE_OF,
    ASKS_SIZE,
    HOW_MUCH_STUFF,
    PERSONS,
    QUANTITY_FRAME,
    SPENDING,
    STAFF,
    asks_money,
    length_frame,
    measured,
)
from assistant.question_forms import (
    ACTS_FOR,
    ASKS_DATE,
    ASKS_DAY,
    ASKS_MONTH,
    ASKS_OFFICE,
    ASKS_PLACE,
    ASKS_SIDES,
    ASKS_YEAR,
    COUNTED_EVENT,
    FOCUS,
    GENERIC_KINDS,
    NAME_OF,
    NAMED_KINDS,
    WHICH,
    WHICH_SEVERAL,
    WHO,
    WHO_LEADS,
    WHOSE,
    WHOSE_IDEA,
    counted,
    generic_kind,
    names_given,
    owner_of,
    topic_words,
)
from assistant.question_roles import SPEAKER, capacity_asked, who_role
from assistant.speakers import SAID_ABOUT
from assistant.tense import OUTCOME_FRAME, OUTCOME_TIME

_NAMED_STEMS = frozenset(stems(sorted(NAMED_KINDS)))
_SHELL_STEMS = frozenset(stems(sorted(SHELL_NOUNS)))
_SIDES = frozenset("side sides camp camps".split())  # "the government side" is the government
_ANY_SIDE = frozenset("each every both all either neither any".split())  # English's quantifiers of a whole


@lru_cache(maxsize=4096)  # the judge, the ranker, the generator and retrieval read the same question
def read(question: str) -> Ask:
    """What `question` asks for. A year or a day of the week it names ("What happened … back in 2014?", "What did
    the board decide at its Saturday meeting?") is one its answer's passage should name, and "Where were the talks
    held?" wants a sentence that names a place: the answer leads with such a sentence when one ranks close, and
    nothing is refused for it ("where" may be figurative: "Where did they make headway?")."""
    text = own_words(question)
    if ASKS_SIDES.search(text):
        return Ask(wants="name", sides=True, asked=frozenset(words(question)))
    if tense.ASKS_NEXT.search(text):
        return Ask(what_next=True, asked=frozenset(words(question)))
    if condition := tense.ASKS_CONSEQUENCE.search(text):  # "What happens if the pension issue isn't resolved…?"
        return Ask(condition=True, topic=topic_words(text[condition.end() :]), asked=frozenset(words(question)))
    ask = replace(_read(text, question), one_side=not EVERY_SIDE.search(text))
    ask = ask if ask.names else replace(ask, names=why_subject(text))  # "Why won't Teshmar pay…?": Teshmar's reason
    times = figures.YEAR.findall(text) + figures.WEEKDAY.findall(text) + figures.DAY_OF_MONTH.findall(text)
    # ...as is the year of a month or a day asked for ("In which month of 2027 is the terminal due to open?")
    named = times and not ask.dated and (ask.wants != "date" or ask.month or ask.day)
    ask = replace(ask, dated=tuple(times)) if named else ask
    ask = replace(ask, series=ordinals.series_asked(text))
    before = context_of(question)
    anew = {m["noun"].lower() for m in _DEMONSTRATED.finditer(text)} - set(words(before)) if before else set()
    ask = replace(ask, topic=tuple(t for t in ask.topic if t not in anew)) if anew else ask
    if ask.wants == "number" and not ask.counted and _ELLIPTICAL.search(text) and before:
        ask = _counted_before(ask, before)
    decision = tense.decision_asked(text)
    if decision is not None:  # "What was agreed at…": the decision asked about, said to be taken
        topic = ask.topic or tuple(t for t in topic_words(OUTCOME_TIME.sub("", text)) if t not in OUTCOME_FRAME)
        ask = replace(ask, outcome=True, decision=decision, topic=topic, decider=_decider(text))
    return replace(ask, place=True) if ASKS_PLACE.search(text) and not ask.demanding else ask


def _decider(text: str) -> tuple[str, ...]:
    """Who the question says took the decision ("How did the select committee vote…?"): a noun, not any side
    ("Did either delegation endorse it?"; "How did the parliamentary vote… go?" has a noun "vote")."""
    said = words(tense.decider(text))
    found = tuple(w for w in said if w not in UNTOPICAL)
    return found if found and is_noun(found[-1]) and not _ANY_SIDE & set(said) else ()


# The words of asking who proposed something ("Whose idea was it…?"), which say nothing of what was proposed.
_PROPOSAL_FRAME = frozenset("was is it first originally idea plan proposal suggestion initiative request".split())
# A follow-up's demonstrative with a noun the question before never used ("How much is in that pot?") names what
# the answer before told, in the asker's word for it (Halliday & Hasan, Cohesion in English, §2.4): no topic word
_DEMONSTRATED = re.compile(
    r"(?i)\b(?:(?:in|on|of|for|to|at|by|from|with|about|is|was)\s+that|this|these|those)\s+(?P<noun>[a-z]+)"
)
# "And how many does the government want?": "how many" with no noun counts what the question before counted
_ELLIPTICAL = re.compile(rf"(?i)\bhow\s+many\s+{AUXILIARY}\b")


def _counted_before(ask: Ask, before: str) -> Ask:
    """`ask` counting what the question `before` counts ("How many prisoners does the OVPM want freed…?"),
    about its topic too, but not its names: "the government… instead" asks of another party."""
    earlier = read(before)
    if earlier.wants != "number":
        return ask
    named = {w.lower() for w in re.findall(r"\b[A-Z][\w’'-]*", before[1:])}
    topic = ask.topic + tuple(t for t in earlier.topic if t not in ask.topic and not named & set(t.split()))
    return replace(ask, counted=earlier.counted, persons=earlier.persons, money=ask.money or earlier.money, topic=topic)


def _read(text: str, question: str) -> Ask:
    asked = frozenset(words(question))
    topic = topic_words(text)
    speaker = SPEAKER.search(text)
    if speaker:
        said_of = SAID_ABOUT.search(text, speaker.end())  # "What did Duvessen say about whaling?": of whaling
        rest = said_of[1] if said_of else text[speaker.end() :] if speaker["who5"] else ""  # "…should pay?"
        return Ask(speaker=next(filter(None, speaker.groups())), topic=tuple(topic_words(rest)), asked=asked)
    for asks, wants, frame in ASKED_KINDS:  # "Where was X born?": his birth; "What time…?": "at 17:30"
        if asks.search(text):
            return Ask(wants=wants, topic=tuple(t for t in topic if t not in frame), asked=asked)
    if ASKS_DATE.search(text):
        topic = tuple(t for t in topic if t not in DATE_FRAME)
        year, month, day = (bool(p.search(text)) for p in (ASKS_YEAR, ASKS_MONTH, ASKS_DAY))
        to_come = tense.asks_to_come(text)
        return Ask(
            wants="date",
            topic=topic,
            year=year,
            month=month,
            day=day,
            to_come=to_come,
            deadline=bool(ASKS_DEADLINE.search(text)),
            asked=asked,
            names=names_given(text),
        )
    topic = tuple(t for t in topic if t not in QUANTITY_FRAME | PERSONS)  # "How large…", "How long…": no topic
    period = ASKS_PERIOD.search(text)
    if period:
        return Ask(wants="duration", topic=tuple(topic_words(text[period.end() :])), asked=asked)
    if ASKS_QUANTITY.search(text) or asks_money(text):  # "What is Martin Corrigall's annual salary?"
        counts = counted(text)  # "how many X" counts X; "how much money" names no unit the text must use
        persons = bool(counts[-1:]) and counts[-1] in PERSONS | STAFF  # "how many people": "300,000 residents"
        counts = () if persons or (counts[-1:] and counts[-1] in QUANTITY_FRAME) else counts  # "how many dollars"
        dated = tuple(m.group() for m in figures.DATE.finditer(text))
        part = ASKS_PROPORTION.search(text)
        proportion = bool(part)
        money = asks_money(text) or (proportion and bool(sums(text)))  # "…of the $45 million"
        topic = tuple(t for t in topic if t not in SPENDING) if money and not proportion else topic
        measure = Ask(wants="number", topic=topic, counted=counts, persons=persons, money=money, proportion=proportion)
        part = part or ASKS_SHARE_OF.search(text)  # "What share of union members…": the whole
        measure = replace(measure, whole=tuple(t for t in topic if part and t in words(part["whole"])))
        rate, shared = bool(ASKS_RATE.search(text)), ASKS_SHARE.search(text)
        measure = replace(measure, share=rate or bool(shared), rate=rate, age=bool(ASKS_AGE.search(text)))
        # "What share of the new jobs…": the word that asks for a share is no topic
        measure = replace(measure, topic=tuple(t for t in measure.topic if not shared or t not in words(shared[0])))
        having, wanted = bool(counting.ASKS_HAVING.search(text)), bool(counting.ASKS_WANTED.search(text))
        measure = replace(measure, having=having, wanted=wanted)
        event = COUNTED_EVENT.search(text)
        names = actors(text) + counting.owners(text)  # ...and whose count "How many N does X have?" asks
        measure = replace(measure, dated=dated, event=event["event"] if event else None, names=names)
        stuff = HOW_MUCH_STUFF.search(text)  # "How much cobalt…": not "210,000 tonnes of copper"
        measure = replace(measure, stuff=stuff["stuff"].lower() if stuff and not money else None)
        size = measured(text)
        measure = replace(measure, role=tuple(words(size["np"])), focus=True) if size else measure
    elif ASKS_DURATION.search(text):
        measure = Ask(wants="duration", topic=topic, lasting=bool(ASKS_LASTING.search(text)))
    else:
        return _read_names(text, asked)
    length = None
    if ASKS_LENGTH.search(text) and not (measure.wants == "number" and ASKS_DURATION.search(text)):  # "…how long…?"
        length = "size" if ASKS_SIZE.search(text) else "distance" if re.search(r"(?i)\bfrom\b", text) else "length"
        measure = replace(measure, topic=tuple(t for t in measure.topic if t not in length_frame(text)))
    size = measured(text) if length == "size" and not measure.role else None
    if size and re.match(r"\s+[a-z]+ing\b", text[size.end() :]):  # "…the front line separating the two sides?"
        clause = set(words(text[size.end() :]))  # says which line is measured: no topic the sentence must hold
        measure = replace(measure, topic=tuple(t for t in measure.topic if t not in clause))
    return replace(measure, length=length, asked=asked)


def _read_names(text: str, asked: frozenset[str]) -> Ask:
    """What a question that asks for no figure wants: a name, a role's holder, the thing or kind it names."""
    if WHOSE_IDEA.search(text):  # ...of what was proposed: "Which side first proposed the phytosanitary chapter?"
        proposed = tuple(t for t in topic_words(WHOSE_IDEA.sub("", text)) if t not in _PROPOSAL_FRAME)
        return Ask(wants="name", proposes=True, topic=proposed, asked=asked)
    whose = WHOSE.search(text)
    if whose:
        owned = content(whose["np"] or whose["head"])
        return Ask(wants="name", role=owned, focus=bool(owned), asked=asked)
    office = ASKS_OFFICE.search(text)
    if office:  # "What post does Nadia Oruzel hold?", "what's her job?": a title or apposition beside the name
        who = re.sub(r"['’]s$", "", office["who"] or office["who2"])
        one = who[0].isupper() and not re.search(r"['’]s\s", who)  # "her", "Varnholt's lead negotiator": anyone
        return Ask(wants="office", owner=who if one else None, asked=asked)
    generic = None if WHO.search(text) else who_role(text, asked)  # "Which country is acting as the go-between…?"
    if generic:
        return generic
    if WHO.search(text):
        leads = WHO_LEADS.search(text)
        if leads and LEADING.fullmatch(leads["verb"]):
            led = leads["led"] or ""  # "Carvossa's team" is any team, but Carvossa's
            capacity = capacity_asked(text, owner_of(led), asked)  # "…X's side as minister?": X's minister
            # ...but a party's delegation is whom it sent (`posts.sends`)
            delegation = bool(led.split()[-1:] and led.split()[-1] in posts.DELEGATIONS and owner_of(led))
            led_words = () if generic_kind(led) and not delegation else tuple(led.split())
            # "the government side" is led as the government is, "the mediation effort" as the mediation
            if led_words[-1:] and led_words[-1] in SHELL_NOUNS | _SIDES:
                led_words = led_words[:-1]
            return capacity or Ask(wants="name", leads=True, led=led_words, owner=owner_of(led), asked=asked)
        found = who_role(text, asked)  # "Who mediated between…?": the mediator; "Who is the mediator?"
        if found:
            return found
        given = names_given(text)  # "Who represented Tavrein…?": Tavrein's
        return Ask(wants="name", asked=asked, given=given, acts_for=bool(ACTS_FOR.search(text)))
    named = NAME_OF.search(text)
    if named:
        return Ask(wants="name", role=content(named["kind"]), owner=named["owner"], asked=asked)
    focus = FOCUS.search(text)
    phrase = words(focus["np"]) if focus else []
    # not "talks about", nor "original demand" (a frame word)
    thing = content(focus["np"]) if focus and phrase[-1] not in UNTOPICAL else ()
    # "What were the rebels fighting for": a plural subject and its verb in -ing ("approval rating" is a noun);
    # a shell noun's content is a clause
    progressive = len(thing) == 2 and thing[0].endswith("s") and thing[1].endswith("ing")
    if thing and thing[-1] not in SHELL_NOUNS | ROLE_NOUNS and not progressive:
        return Ask(role=thing, focus=True, asked=asked)
    several = WHICH_SEVERAL.search(text)
    if several and stems([several["kind"]])[0] not in _SHELL_STEMS:  # "Which two issues…" are said in any words
        topic = tuple(t for t in topic_words(text) if t not in (several["kind"].lower(), several["count"].lower()))
        return Ask(wants="name", several=True, topic=topic, asked=asked)
    which = WHICH.search(text)
    if which:
        # an adverb is no word of the kind: "Which mediator actually ran…?" asks for a mediator
        kind = tuple(w for w in content(which["kind"] or which["one"]) if set(lemmas(w)) != {"ADV"})
        # ...nor an ordinal after the noun, before the verb: "Which newspaper first reported…?" asks for a newspaper
        kind = kind[:-1] if len(kind) > 1 and re.fullmatch(ordinals.ORDINALS + "|last", kind[-1]) else kind
        # "Which outside countries…": any country; "Which delegations…": any party's; but a noun before it says which
        # kind ("Which news organisation…": a news organisation, not any name)
        typed = any(is_noun(w) and "ADJ" not in lemmas(w) and w not in STOPWORDS for w in kind[:-1])
        kind = () if kind[-1:] and kind[-1] in GENERIC_KINDS | {"delegation", "delegations"} and not typed else kind
        if kind and TITLE.fullmatch(kind[-1]):  # whose title it is ("American", "White") may be said otherwise
            # ...and who holds it is named: "Which king of Valdria signed…?" is not answered by "a royal decree"
            return Ask(wants="name", role=kind[-1:], asked=asked)
        if kind and stems(kind[-1:])[0] in _SHELL_STEMS:  # "Which issues…": things said in any words ("on audits")
            return Ask(asked=asked)
        if which["sort"]:  # "Which type of vessel…?": a kind of it, which a text names by its own word ("cruisers")
            return Ask(asked=asked)
        general = not kind and not ASKS_PLACE.search(text)  # "Which country…" wants a name ("Which city…": a place)
        proper = bool(kind) and stems(kind[-1:])[0] in _NAMED_STEMS  # "Which company…?": one named beside the word
        # ...and one of which the sentence says what the question says of it ("…supplying the cranes")
        topic = tuple(t for t in topic_words(text) if t not in kind) if proper else ()
        return Ask(wants="name" if general or proper else None, role=kind, kind=True, topic=topic, asked=asked)
    return Ask(asked=asked)
