"""The role a "Who is/was … ROLE …?" question asks about, and whose it is, from the parts
`question_forms.WHO_ROLE` finds: "Who is Orvanda's foreign minister?" asks for a foreign minister of Orvanda,
"Who is the president of Mirrowan?" for Mirrowan's president, "Who was the U.S. Secretary of Defense?" for a
secretary of the U.S. (an abbreviated name inside the role says whose it is); and "Who mediated…?" asks for the
mediator, the person noun of the verb's set in the thesaurus (`doer_asked`); "Which country is acting as the
go-between?" asks as "Who…?" does (`who_role`); and whose words "What did X say…?" asks for (`SPEAKER`). English
grammar only; `question.read` calls them.
"""

from __future__ import annotations

import re

from assistant import holds
from assistant.ask import Ask
from assistant.english import POSITION_VERBS, UNTOPICAL, lemmas, verb_pattern
from assistant.persons import may_name_people
from assistant.question_forms import ABBREVIATION, GENERIC_KINDS, WHO, WHO_ROLE
from assistant.thesaurus import doer_of, kin_of

# "What did X say/think…", "How did X react…", "X's position", "What did X's plan propose?": whose words are asked.
SPEAKER = re.compile(
    r"^\W*(?i:(?:and|so|but)\s+)?(?i:what|how)\s+(?:did|does|do|has|have|had|was|is|were)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:(?:'s|’s)\s+[a-z]+(?:\s+[a-z]+)?)?)\s+"
    r"(?:(?:government|officials|leaders?|leadership|delegation|negotiators|side|administration)\s+)?"  # "the Chinese government"
    r"(?:[a-z]+ly\s+)?(?:say|said|think|thought|react|respond|reply|feel|make\s+of|view|see|tell|describe|characteri[sz]e|call|justify|explain)\b"
    r"|^\W*(?i:what)\s+(?:was|is|were|are)\s+(?P<who2>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)(?:'s|’s)\s+"
    r"(?:position|view|stance|reaction|response|attitude|take)\b"
    r"|^\W*(?i:(?:and|so|but)\s+)?(?i:what)\s+(?:did|does|do|would|will)\s+(?:the\s+)?(?P<who3>[A-Z][\w.’'-]*"
    r"(?:\s+[a-z]+)?(?:'s|’s)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:[a-z]+ly\s+)?(?:propose|offer|include|call\s+for|provide|say)\b"
    # "Who (else) does X think should pay?": X's view, which may name a class of people ("licensed taxis")
    r"|^\W*(?i:(?:and|so|but)\s+)?(?i:who(?:\s+else)?)\s+(?:did|does|do)\s+(?:the\s+)?"
    r"(?P<who5>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+(?:think|believe|feel)\b"
    # "Has Teshwa offered to build…?": whether a party took a position, which a sentence has it take or not
    r"|^\W*(?i:(?:and|so|but)\s+)?(?i:has|have|had|did|does|do)\s+(?:the\s+)?(?P<who4>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)"
    rf"\s+(?:(?:ever|also|still|really|actually|[a-z]+ly)\s+)?(?:{verb_pattern(POSITION_VERBS, [])})\b"
)
_POSSESSOR = re.compile(r"^[A-Z][\w.-]*['’]s\s+(?=[A-Z])")  # "Kalmoria's" of "Kalmoria's Constitutional Court"
# "Who mediated…?", "Who has brokered…?", "Who is mediating…?": the doer of a verb in a past, present or progressive
_WHO_DID = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?who\s+(?:(?:has|had|will|would)\s+|(?:is|are|was|were|has\s+been)\s+(?=\w+ing\b))?"
    r"(?P<verb>[a-z]+(?:ed|es|s|ing))\b"
)
# "Which country is acting as the go-between…?", "Which side brokered…?": a kind too general to be said beside the
# name (`question_forms.GENERIC_KINDS`) asks what "Who…?" asks
_WHICH_GENERIC = re.compile(rf"(?i)^\W*(?:(?:and|so|but)\s+)?which\s+(?:{'|'.join(sorted(GENERIC_KINDS))})\s+(?=\w)")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")  # English's suffixes of a people's adjective ("-ian" too)
# Adjectives English puts after the noun they modify (Quirk et al. §7.21: "the people involved", "the members present")
_POSTPOSITIVE = frozenset("responsible concerned involved present".split())
_SEQUENCE = frozenset("first original initial new current present former last latest".split())
# "Who led the Ondravian side as transport and trade minister?": the capacity a person led in, a role after "as"
_CAPACITY = re.compile(r"(?i:\s+as\s+(?:the|an?|its|their)?\s*)(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})\s*\?\s*$")


def role_asked(role: re.Match[str], asked: frozenset[str]) -> Ask:
    """The `Ask` of a question whose `WHO_ROLE` match is `role`, with the question's words `asked`."""
    # "the chief U.S. negotiator": an abbreviated name inside the role is whose role it is, as is a people's
    # adjective ("the Marendian minister")
    inside = [w for w in role["role"].split() if ABBREVIATION.fullmatch(w) or _DEMONYM.fullmatch(w)]
    of = holds.NAME_RUN.match(role["of"] or "")  # ...as is a name after "of" ("the president of Mirrowan")
    if of and role["prep"].lower() not in ("of", "for", "to") and role["of"][of.end() :].strip():
        of = None  # ...but not a name's adjective of an event: "the mediator in the Aurevian dispute"
    possessor = re.sub(r"^(?:the|The)\s+", "", role["owner"] or "")  # "the Tamaran Republic's"
    held = " ".join(w for w in role["role"].split(" or ")[0].split() if w not in inside)  # "deputy or…"
    whole = tuple(w for w in re.findall(r"[a-z][\w'’-]*", held.lower()) if w not in UNTOPICAL)  # "go-between"
    # a postpositive adjective says which of them, not what they are ("the minister responsible for…")
    whole = whole[:-1] if len(whole) > 1 and whole[-1] in _POSTPOSITIVE else whole
    owner = possessor if possessor and possessor[0].isupper() else " ".join(inside) or (of and of.group())
    owner = owner and _POSSESSOR.sub("", owner)  # the president of a country's court is the court's
    # "the Concord's first envoy": which of its envoys, by an adjective of sequence ("First Minister" is a title)
    sequence = {w for w in _SEQUENCE if re.search(rf"\b{w}\b", held)}
    whole = tuple(w for w in whole[:-1] if w not in sequence) + whole[-1:]
    return Ask(wants="name", role=whole, owner=owner, asked=asked)


def doer_asked(question: str, asked: frozenset[str]) -> Ask | None:
    """The `Ask` of "Who VERB…?" when the verb is one of a set of persons in the thesaurus: its person noun is the
    role asked about ("Who brokered the deal?": a mediator, whom a text names beside a title or as the verb's agent)."""
    did = _WHO_DID.match(question)
    doer = doer_of(did["verb"]) if did else None
    return Ask(wants="name", role=(doer,), asked=asked) if doer else None


def who_role(question: str, asked: frozenset[str]) -> Ask | None:
    """The `Ask` of "Who VERB…?" (`doer_asked`) or "Who is ROLE…?" (`role_asked`), and of "Which country…?" or
    "Which side…?" asked so; None when the question is of neither form."""
    generic = _WHICH_GENERIC.match(question)
    if not generic and not WHO.match(question):
        return None
    question = f"Who {question[generic.end() :]}" if generic else question
    role = WHO_ROLE.search(question)
    if role and (not role["role"].strip() or re.match(r"(?i)\s*(?:it|they|he|she|that|this)\b", role["role"])):
        role = None  # "Who is it that…?"
    doer = doer_asked(question, asked)
    if doer or not role:
        return doer
    found = role_asked(role, asked)
    if not found.role:  # "Who was the Ardenese?": a name, no role
        return None
    # ...but "Which town are the Russians (or the allies) going after?" asks for no holder of a role: the kind is
    # the object of a verb after it, or its word no common noun of people ("Which party is the largest?")
    verb, head = re.search(r"\b[a-z]+(?:ing|ed)\b", role["role"]), lemmas(found.role[-1])
    person = role["role"].islower() and not verb and ("NOUN" in head or not head) and may_name_people(found.role[-1])
    return found if person or not generic else None


def capacity_asked(question: str, owner: str | None, asked: frozenset[str]) -> Ask | None:
    """The `Ask` of "Who led party X's side as ROLE?": the holder of X's role (as "Who was X's ROLE?" asks), when
    the word after "as" is a noun of people (not "…as expected" or "…as well"); None otherwise, and when what was
    led is no party's ("Who chaired the talks as mediator?" asks who chaired them)."""
    capacity = _CAPACITY.search(question) if owner else None
    role = capacity["role"] if capacity else ""
    last = role.split()[-1] if role else ""
    if not (last and lemmas(last).get("NOUN") and may_name_people(last)):
        return None
    return who_role(f"Who was the {role} of {owner}?", asked)


def named_anywhere(ask: Ask) -> bool:
    """Whether a sentence that holds what `ask` asks for may come from anywhere in the ranking, not only near its
    top: the parties named side by side, or the holder of a role of the thesaurus, which a text may name once by
    any word of its set ("Valmoran-brokered talks" for the go-between), in a passage found by that word alone; so
    too the one who leads a party ("Lenora Tsakwe, the council's chief councillor"), found among its passages."""
    return ask.sides or ask.leads or bool(ask.role and not ask.focus and kin_of(ask.role[-1]))
