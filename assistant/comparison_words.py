"""The words by which a question asks about every side at once ("What does each side want?", "How did the two
republics differ…?") or for a comparison ("differ", "far apart"), by which a sentence sets two sides against each
other ("while", "whereas"), by which a question asks why or for yes or no, and by which it sets something aside
("Besides Moscow and Kyiv…"): general English, read by `names.Parties.compared`, the generators and the judge.
Finds words; decides nothing.
"""

from __future__ import annotations

import re

# "Apart from X, …", "Besides X, …": what a question sets aside, by a preposition of exception (Quirk et al.
# §9.58), is neither the answer's topic nor a party it compares.
_SET_ASIDE = re.compile(r"(?i)\b(?:apart\s+from|aside\s+from|besides|other\s+than|except\s+for)\s[^,?]*,?\s*")


def set_aside(question: str) -> str:
    """`question` without what it sets aside: "Besides Moscow and Kyiv disagreeing, what else…" -> "what else…"."""
    return _SET_ASIDE.sub("", question)


def _every(sides: str, determiners: str = "each|every|both|all") -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{determiners})\s+(?:\w+\s+)?(?:{sides})\b"
        rf"|\b(?:the|all)\s+(?:two|three|four)\s+(?:\w+\s+)?(?:{sides})\b"
        r"|\bthe\s+(?:sides|parties)\b",
        re.IGNORECASE,
    )


# Words that ask about every side at once ("What does each side want?", "Compare the parties' positions"), by
# the nouns that say nothing but that they are sides (no topic of the question)...
_PLAIN_SIDES = r"sides?|parties|party|countries|country|governments?|delegations?|states?|nations?"
# ("Did either delegation endorse it?" asks it of any of them, no comparison)
EVERY_SIDE = _every(_PLAIN_SIDES, "each|every|both|all|either|neither")
# ...or by any of English's nouns for a side in talks ("How did the two republics differ…?"), a form of state among
# them (as `party_forms.LONG_FORM` names them: "the two principalities"): the parties compared
SIDES_ASKED = _every(
    rf"{_PLAIN_SIDES}|envoys?|negotiators?|teams?|blocs?|camps?|alliances?|companies|company|firms?|kingdoms?|"
    r"republics?|capitals?|principality|principalities|duchy|duchies|empires?|emirates?|sultanates?|federations?"
)
# A question that asks why ("Why were both sides willing to accept Seravelle?") asks for a reason, which the sides
# may share: no comparison, unless it asks how they differ.
ASKS_WHY = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:why|how\s+come|for\s+what\s+reason|what\s+(?:was|is)\s+the\s+reason)\b"
)
# A question answered by yes or no opens with an auxiliary verb (Quirk et al. §11.5).
YES_NO = re.compile(
    r"(?i)^\W*(?:(?:and|so|but)\s+)?(?:did|does|do|is|was|were|are|has|have|had|can|could|would|will)\b"
)
# Words that ask for a comparison of the parties a question names.
COMPARISON_WORDS = re.compile(
    r"\b(?:differ\w*|difference\w*|compar\w*|contrast\w*|versus|vs\.?|disagree\w*|side by side|far apart)\b",
    re.IGNORECASE,
)
# How a sentence sets two sides against each other: the comparison words above, the connectives of contrast
# and likeness of reference grammars (Quirk et al. §8.137, §15.20: "while", "whereas", "unlike", "conversely",
# "both", "similarly"), and "than".
CONTRAST_WORDS = re.compile(
    rf"{COMPARISON_WORDS.pattern}|\b(?:while|whereas|unlike|conversely|both|similarly|likewise|than|respectively|"
    r"same|alike|whilst)\b",
    re.IGNORECASE,
)
