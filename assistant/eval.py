"""Gold-set evaluation: run every gold question through the real chain and score the answers.

A gold item has `turns` (the last is scored; earlier ones are asked first and the assistant's own answers
become the history), `expect` (groups of acceptable phrasings; every group must appear in the answer),
`evidence` (exact quotes of the source; a passage containing one is a correct hit or citation), `refuse`
and `tags`. Metrics are pure functions of the recorded results, so they are unit-tested on hand-made
cases. Reports (text, JSON, HTML) live in `report.py`; the naive peer in `peer.py`.
"""

from __future__ import annotations

import math
import re
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from assistant.chunking import sentences_of
from assistant.errors import AssistantError
from assistant.models import Answer

_MARKER = re.compile(r"\s*\[\d+\]")


class GoldItem(BaseModel):
    id: str
    turns: list[str] = Field(min_length=1)
    expect: list[list[str]] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    refuse: bool = False
    tags: list[str] = Field(default_factory=list)
    review: bool = False  # from a thumbs-down: a maintainer must say what the answer should be; not scored yet
    comment: str = ""  # the user's comment, for the maintainer
    answer_given: str = ""  # the answer the user disliked


class ItemResult(BaseModel):
    """What the system did on one gold item."""

    item: GoldItem
    answer: Answer
    retrieved: list[str]  # passage texts, best first
    document_texts: dict[str, str]
    latency_ms: float


def load_gold(path: Path) -> list[GoldItem]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise AssistantError(f"cannot read the gold set {str(path)!r}: {exc}", code="gold_unreadable") from exc
    items = [GoldItem.model_validate(x) for x in (raw or {}).get("items", [])]
    if not items:
        raise AssistantError(f"the gold set {str(path)!r} has no items", code="gold_empty")
    return items


def contains_evidence(text: str, evidence: Sequence[str]) -> bool:
    """Whether `text` holds one of the quotes, however either is broken into lines ("re-\nestablishment")."""
    plain = _one_line(text)
    return any(_one_line(quote) in plain for quote in evidence)


def _one_line(text: str) -> str:
    return re.sub(r"(?<=\w-)\s+(?=\w)", "", " ".join(text.split()))


def first_hit_rank(result: ItemResult) -> int | None:
    """1-based rank of the first retrieved passage that contains an evidence quote."""
    for rank, text in enumerate(result.retrieved, start=1):
        if contains_evidence(text, result.item.evidence):
            return rank
    return None


def missing_facts(result: ItemResult) -> list[str]:
    answer = result.answer.answer.lower()
    return [group[0] for group in result.item.expect if not any(alt.lower() in answer for alt in group)]


def citations_valid(result: ItemResult) -> bool:
    """Markers and citations agree one to one, and every citation's offsets slice back to its text."""
    a = result.answer

    markers = {int(n) for n in re.findall(r"\[(\d+)\]", a.answer)}
    numbers = [c.n for c in a.citations]
    if a.refused:
        return not a.citations and not markers
    if sorted(numbers) != list(range(1, len(numbers) + 1)) or markers != set(numbers):
        return False
    for c in a.citations:
        doc = result.document_texts.get(c.doc_id)
        if doc is None or doc[c.start : c.end] != c.text:
            return False
    return True


def answer_sentences(answer: str) -> list[str]:
    """The sentences of an answer as a reader meets them, its `[n]` markers dropped."""
    plain = " ".join(_MARKER.sub(" ", answer).split())
    return [plain[s:e] for s, e in sentences_of(plain)]


def facts_first(result: ItemResult) -> bool:
    """Every expected fact is stated in the answer's first two sentences."""
    lead = " ".join(answer_sentences(result.answer.answer)[:2]).lower()
    return all(any(alt.lower() in lead for alt in group) for group in result.item.expect)


def citation_supported(result: ItemResult) -> bool:
    return any(contains_evidence(c.text, result.item.evidence) for c in result.answer.citations)


def compute_metrics(results: Sequence[ItemResult]) -> dict[str, float]:
    answerable = [r for r in results if not r.item.refuse]
    with_evidence = [r for r in answerable if r.item.evidence]
    ranks = [first_hit_rank(r) for r in with_evidence]
    answered = [r for r in answerable if not r.answer.refused]
    latencies = sorted(r.latency_ms for r in results)
    lengths = [len(r.answer.answer) for r in answered]

    def share(flags: Sequence[bool]) -> float:
        return round(sum(flags) / len(flags), 4) if flags else 1.0

    return {
        "hit_at_1": share([r == 1 for r in ranks]),
        "hit_at_k": share([r is not None for r in ranks]),
        "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 4) if ranks else 1.0,
        "answer_accuracy": share([not r.answer.refused and not missing_facts(r) for r in answerable]),
        "citation_support": share([citation_supported(r) for r in answered if r.item.evidence]),
        "citation_validity": share([citations_valid(r) for r in results]),
        "refusal_accuracy": share([r.answer.refused for r in results if r.item.refuse]),
        "false_refusal_rate": share([r.answer.refused for r in answerable]) if answerable else 0.0,
        "false_refusals": float(sum(r.answer.refused for r in answerable)),
        "facts_first": share([not r.answer.refused and facts_first(r) for r in answerable if r.item.expect]),
        "answer_chars_p50": float(statistics.median(lengths)) if lengths else 0.0,
        "latency_ms_p50": round(statistics.median(latencies), 2) if latencies else 0.0,
        "latency_ms_p95": round(latencies[math.ceil(0.95 * (len(latencies) - 1))], 2) if latencies else 0.0,
    }


def failure_reason(result: ItemResult) -> str | None:
    item, a = result.item, result.answer
    if item.refuse:
        return None if a.refused else "answered a question the corpus does not answer"
    if a.refused:
        return "refused an answerable question"
    if not citations_valid(result):
        return "invalid citations"
    missing = missing_facts(result)
    if missing:
        return "missing fact: " + ", ".join(missing)
    if item.evidence and not citation_supported(result):
        return "no citation contains the evidence"
    return None


# The pipeline stages an item can be lost at, in the order an answer passes them.
STAGES = ("retrieve", "judge", "generate", "cite")


def failure_stage(result: ItemResult) -> str | None:
    """The stage that lost a failed item: `retrieve` when no retrieved passage holds its evidence, `judge` when
    the answerability judge refused what the passages hold or let through what the corpus does not say,
    `generate` when the evidence was retrieved but the answer does not say it, `cite` when markers and citations
    disagree. None for an item that passed. Where a maintainer should look first; it blames no component by
    itself (a passage retrieved at rank 8 may still be too far down for the generator)."""
    reason = failure_reason(result)
    if reason is None:
        return None
    if result.item.refuse:
        return "judge"
    if reason == "invalid citations":
        return "cite"
    if result.item.evidence and first_hit_rank(result) is None:
        return "retrieve"
    return "judge" if result.answer.refused else "generate"


Asker = Callable[[str, list[dict[str, str]]], Answer]


def run_gold(items: Sequence[GoldItem], ask: Asker, document_texts: dict[str, str]) -> list[ItemResult]:
    """Each item through `ask`; earlier turns are asked first and their answers become the history."""
    results = []
    for item in items:
        history: list[dict[str, str]] = []
        for turn in item.turns[:-1]:
            earlier = ask(turn, history)
            history += [{"role": "user", "content": turn}, {"role": "assistant", "content": earlier.answer}]
        start = time.perf_counter()
        answer = ask(item.turns[-1], history)
        latency = (time.perf_counter() - start) * 1000
        results.append(
            ItemResult(
                item=item,
                answer=answer,
                retrieved=[h.passage.text for h in answer.retrieved],
                document_texts=document_texts,
                latency_ms=latency,
            )
        )
    return results


def by_tag(results: Sequence[ItemResult]) -> dict[str, dict[str, Any]]:
    tags = sorted({t for r in results for t in r.item.tags})
    return {t: compute_metrics([r for r in results if t in r.item.tags]) for t in tags}
