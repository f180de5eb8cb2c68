"""Feedback turned into gold items (the format of `tests/gold/questions.yaml`), so that a reported answer
becomes a regression test: `assistant feedback export --gold FILE`, then `assistant eval --gold FILE`.

A thumbs-up answer becomes an item keyed to the quotes it cited: its `evidence` is the cited passages and
its `expect` the answer's first claim, a quote of the source. A thumbs-up refusal becomes an item that must
be refused. A thumbs-down answer becomes an item marked `review: true`, with the user's comment and the answer
that was given; a maintainer writes what it should say (`expect`, `evidence` or `refuse`) and removes the
mark. Evaluation skips items under review and says how many there are.
"""

from __future__ import annotations

import re
from typing import Any

_MARKER = re.compile(r"\s*\[\d+\]")
_SENTENCE = re.compile(r"(?<=[.!?…”\"])\s+")
EXPECT_CHARS = 80  # the longest fact an item expects: long enough to be specific, short enough to survive trimming


def gold_items(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [_item(e) for e in entries]


def _item(entry: dict[str, Any]) -> dict[str, Any]:
    earlier = [t["content"] for t in entry["history"] if t["role"] == "user"]
    item: dict[str, Any] = {"id": f"feedback-{entry['id']}", "turns": [*earlier, entry["question"]]}
    cited = [c["text"] for c in entry["citations"]]
    if entry["rating"] == "down":
        item |= {"review": True, "comment": entry["comment"], "answer_given": entry["answer"], "refuse": False}
    elif not cited:  # a refusal the user agreed with
        item |= {"refuse": True}
    else:
        item |= {"expect": [[_first_claim(entry["answer"], cited)]], "evidence": cited, "refuse": False}
    return item | {"tags": ["feedback", entry["rating"]]}


def _first_claim(answer: str, cited: list[str]) -> str:
    """The answer's first sentence, cut to a quote of a cited passage that fits `EXPECT_CHARS`."""
    first = _MARKER.sub("", _SENTENCE.split(answer.strip())[0]).strip()
    words = first.split()
    while words and len(" ".join(words)) > EXPECT_CHARS:
        words.pop()
    claim = " ".join(words)
    while words and not any(claim in c for c in cited):  # an opening "[Hegseth]" is not in the source
        words.pop(0)
        claim = " ".join(words)
    return claim or cited[0][:EXPECT_CHARS]
