"""Whether the issue a party's stance is asked on is one the text speaks of, and the party on it: "What is
Kestrava's position on an amnesty…?" is unanswered by a text that never speaks of an amnesty, and "What is the
CBEU's position on public procurement?" by one that speaks of procurement and of the CBEU, never together.
`answerability` refuses by these; they rank nothing and write nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.antecedents import referred_back
from assistant.english import (
    SHELL_NOUNS,
    STANCE_VERBS,
    STOPWORDS,
    UNTOPICAL,
    is_noun,
    lemmas,
    plain_verbs,
    verb_pattern,
)
from assistant.holds import QUESTION_NAME, Synonyms, share
from assistant.lexicon import Lexicon, unpossessed, words
from assistant.models import ScoredPassage
from assistant.ranking import Candidate


# The issue a stance is asked on ("What is Kestrava's position on an amnesty for…?", "What did the treaty say about
# prisoners of war?"): the noun phrase after a noun or verb of stance and "on" or "about", up to a preposition.
def _issue_after(stance: str, most: int, opening: str = "") -> re.Pattern[str]:
    return re.compile(
        rf"(?i)\b(?:{stance})\s+(?:on|about|regarding|concerning|towards?)\s+(?:the\s+|an?\s+|its\s+|their\s+|any\s+)?"
        rf"{opening}(?P<issue>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){{0,{most}}}?)"
        r"(?=\s+(?:of|for|in|on|at|to|with|between|during|by|from|if|when)\b|\s*[?,.]|$)"
    )


_STANCE_WORDS = "position|stance|views?|policy|say|says|said|think|thinks|thought|stand|stands|feel|feels"
_OWNER = r"(?:[\w.-]+(?:['’]s|s['’])\s+)?"  # "…on the TCU's observer proposal", "…about refugees' pensions"
_ISSUE = _issue_after(_STANCE_WORDS, 3, _OWNER)
# ...and after any verb of stance (`english.STANCE_VERBS`), for an issue the text never speaks of ("What did
# Tarnesse promise about cutting its own carbon emissions?"), not a clause ("…about how it would treat Taiwan")
_ANY_ISSUE = _issue_after(
    f"{_STANCE_WORDS}|{verb_pattern(STANCE_VERBS, [])}", 4, rf"(?!(?:how|what|whether|why)\b){_OWNER}"
)
_GERUND = re.compile(r"[a-z]{3,}ing")  # "cutting its own emissions": the issue is the emissions


def _verbs_ing(word: str) -> bool:
    """Whether `word` is a verb's -ing ("cutting"), not a noun only ("whaling", "shipping" as a trade is both)."""
    return bool(_GERUND.fullmatch(word)) and "VERB" in lemmas(word)


def unknown_issue(question: str, texts: list[str], lexicon: Lexicon, synonyms_in: Synonyms) -> list[str]:
    """The nouns of the issue a stance is asked on, when the corpus uses none of them and `texts` (the passages
    retrieved) no near-synonym: a text that never speaks of an amnesty states no position on one."""
    for m in _ANY_ISSUE.finditer(question):
        nouns = [w for w in words(m["issue"]) if w not in UNTOPICAL and is_noun(w) and not _verbs_ing(w)]
        if unspoken(nouns, texts, lexicon, synonyms_in):
            return nouns
    return []


def unspoken(nouns: list[str], texts: list[str], lexicon: Lexicon, synonyms_in: Synonyms) -> bool:
    """Whether the corpus uses none of `nouns` and `texts` (the passages retrieved) no near-synonym of them."""
    if not nouns or not all(lexicon.unknown_terms(w) for w in nouns):
        return False
    # read only when needed, each phrasal verb with the word it means ("set their seals to (sign)")
    said = sorted({w for t in texts for w in words(plain_verbs(t)) if w not in STOPWORDS})
    return not synonyms_in(nouns, said)


def unheard_stance(
    question: str,
    ranked: Sequence[Candidate],
    hits: list[ScoredPassage],
    lexicon: Lexicon,
    synonyms_in: Synonyms,
    window: int,
) -> str:
    """Why a party's stance asked on an issue ("What is the CBEU's position on public procurement?") is not given,
    when none of the best `window` sentences is both the party's (it, its people or its section) and on the issue: the
    text speaks of the issue and of the party, never of the party on the issue; "" when one is."""
    for m in _ISSUE.finditer(question):
        # "thalweg" is known to no dictionary; "the TCU's observer proposal" is on observers, a proposal being a shell
        nouns = [w for w in words(m["issue"]) if w not in UNTOPICAL | SHELL_NOUNS and (is_noun(w) or not lemmas(w))]
        owners = {
            n
            for n in QUESTION_NAME.findall(question[: m.start()])
            if lexicon.is_party_name(name := unpossessed(n).lower()) and name not in lexicon.people
        }
        if not nouns or len(owners) != 1:
            continue
        owner = unpossessed(owners.pop())
        for c in ranked[:window]:
            passage = hits[c.n - 1].passage
            own = lexicon.mentions(c.context, owner, voice=True) or lexicon.same_name(passage.party or "", owner)
            said = f"{referred_back(c.context, passage.text)} {c.context}"  # "Quessary has welcomed the idea."
            if own and share(tuple(nouns), said, lexicon, synonyms_in) >= 0.5:
                return ""
        return f"no passage gives {owner}'s position on {m['issue']}"
    return ""
