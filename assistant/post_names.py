"""Whom a question names by a post ("How did Orvanda's foreign minister justify…?"), when the passages found for
it name one holder of that post beside it ("Orvanda's Foreign Minister Teodor Kallenbrook", "Sefa Orlinde, the
OVPM's chief negotiator"): a text goes on to speak of the person by name ("Kallenbrook defended the offer as
fair."), so the chain asks with the name in the post's place; so too for a post of no owner asked of as the
subject ("Did the mediator suggest…?"), held by whom the texts name beside it or as the agent of a verb of its set.
Reads passages; ranks and writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.condense import own_words
from assistant.english import TITLES
from assistant.lexicon import Lexicon
from assistant.post_holders import agents

# The head nouns of posts: the titles of office (`english.TITLES`; its honorifics, "Mr", own no post) and the posts
# of negotiation news writes of ("chief negotiator", "spokeswoman", "secretary-general").
_HEADS = (
    rf"(?:{TITLES.lower()}|negotiator|spokesman|spokeswoman|spokesperson|mediator|delegate|commissioner|"
    r"secretary-general|director|executive|leader|head)"
)
# "Orvanda's foreign minister", "the OVPM's chief negotiator": an owner's post of up to three words
POST_ASKED = re.compile(
    rf"\b(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s?\s+(?P<post>(?:[a-z-]+\s+){{0,2}}{_HEADS})\b"
)
# ...or a people's adjective's ("the Doravian chancellor"), whose owner the table names by it
POST_OF_PEOPLE = re.compile(rf"\b[Tt]he\s+(?P<owner>[A-Z][\w-]*)\s+(?P<post>(?:[a-z-]+\s+){{0,2}}{_HEADS})\b")
# ...or "the mediator", the post of no owner, as the subject a question asks about ("Did the mediator suggest…?",
# "What is the transport minister planning?"), whose one holder the text may name with a verb of its set too
POST_ASKED_ALONE = re.compile(
    rf"(?i:\b(?:did|does|do|has|have|had|is|was|are|were|will|would|could|can|should|might)\s+)"
    rf"(?P<subject>[Tt]he\s+(?P<post>(?:[a-z-]+\s+){{0,2}}?{_HEADS}))\b"
)
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"


def _holders(post: str, owner: str, texts: Iterable[str], lexicon: Lexicon) -> set[str]:
    """The surnames the texts write beside `post` held by `owner`, named before it: after it ("Orvanda's Foreign
    Minister Teodor Kallenbrook", "the OVPM's chief negotiator, Sefa Orlinde") or before it in apposition ("Nadira
    Solvane, Valmora's foreign minister"), or as its subject's ("Varessa sent its foreign minister, Fenmore"); not a
    post another owns ("…President Ronald Reagan… Taiwan")."""
    role = rf"(?P<whose>[A-Z][\w.’'-]*)['’]s\s+(?i:{re.escape(post)})"
    after = re.compile(rf"{role}\s*,?\s+(?P<name>{_NAME})")
    before = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+)?{role}\b")
    # ...or the post of "its", the subject's ("Varessa was represented by its foreign minister, Count Aldric Fenmore")
    its = re.compile(
        rf"(?P<whose>[A-Z][\w.’'-]*)(?:\s+[a-z]+){{1,5}}\s+its\s+(?i:{re.escape(post)}),?\s+(?P<name>{_NAME})"
    )
    found = (m for text in texts for pattern in (after, before, its) for m in pattern.finditer(text))
    return {m["name"].split()[-1] for m in found if lexicon.mentions(m["whose"], owner)}


def _holders_alone(post: str, texts: Iterable[str]) -> set[str]:
    """The surnames the texts write beside `post`, whoever's it is ("the mediator, Ines Varga", "Ines Varga, the
    chief mediator"), or as the agent of a verb of its set in the thesaurus ("mediated by Hadrena's former prime
    minister, Anselm Rovik")."""
    after = re.compile(rf"\b(?i:{re.escape(post)})\s*,?\s+(?P<name>{_NAME})")
    before = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){{0,2}}?(?i:{re.escape(post)})\b")
    beside = [m["name"] for text in texts for pattern in (after, before) for m in pattern.finditer(text)]
    return {name.split()[-1] for name in [*beside, *(n for text in texts for n in agents(post.split()[-1], text))]}


def by_name(question: str, texts: Iterable[str], lexicon: Lexicon) -> str | None:
    """`question` with the post it names put as the name of its one holder in `texts`, if they name one."""
    texts = list(texts)
    asked = POST_ASKED.search(question) or POST_OF_PEOPLE.search(question)
    asked = asked or POST_ASKED_ALONE.search(question, 0, len(own_words(question)))
    if asked is None:
        return None
    owned = "owner" in asked.groupdict()
    holders = _holders(asked["post"], asked["owner"], texts, lexicon) if owned else _holders_alone(asked["post"], texts)
    start, end = asked.span() if owned else asked.span("subject")
    return question[:start] + holders.pop() + question[end:] if len(holders) == 1 else None
