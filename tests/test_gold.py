"""The gold gate: one test per gold item (a failure names its id) plus the aggregate thresholds.

Runs the real chain over tests/gold/questions.yaml; multi-turn items use the assistant's own earlier
answers as history. Part of `make test`; `make gold` runs it alone (see README for the current numbers).

An item whose metric must be perfect (refusing what the corpus does not answer; valid citations) fails its
test. An item that misses a fact or its evidence is reported as an expected failure with the reason: those
metrics have a threshold (answer accuracy and citation support >= 0.95), which `test_gold_gate` enforces.
"""

from __future__ import annotations

import pytest

from assistant.eval import (
    GoldItem,
    ItemResult,
    citations_valid,
    compute_metrics,
    failure_reason,
    load_gold,
    run_gold,
)
from assistant.report import below_thresholds
from assistant.service import Assistant
from tests.conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "questions.yaml"
ITEMS = load_gold(GOLD)
pytestmark = pytest.mark.gold


@pytest.fixture(scope="module")
def results(bot: Assistant) -> dict[str, ItemResult]:
    texts = {d.doc_id: d.text for d in bot.documents()}
    return {r.item.id: r for r in run_gold(ITEMS, lambda q, h: bot.ask(q, h), texts)}


@pytest.mark.parametrize("item", ITEMS, ids=[i.id for i in ITEMS])
def test_gold_item(item: GoldItem, results: dict[str, ItemResult]) -> None:
    r = results[item.id]
    reason = failure_reason(r)
    if reason is None:
        return
    message = f"{reason} | Q: {item.turns[-1]} | A: {r.answer.answer}"
    if item.refuse or not citations_valid(r):
        pytest.fail(message)
    pytest.xfail(message)  # within the thresholds that test_gold_gate enforces


def test_gold_gate(results: dict[str, ItemResult]) -> None:
    metrics = compute_metrics(list(results.values()))
    assert below_thresholds({"metrics": metrics}) == [], metrics
