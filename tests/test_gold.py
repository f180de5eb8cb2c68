"""The gold gate on every corpus: the article (tests/gold) and each development corpus (tests/corpora/*), each
with its own gold set and `positions.yaml`; one test per gold item (a failure names its id) plus the
thresholds per corpus.

Runs the real chain; multi-turn items use the assistant's own earlier answers as history. Part of
`make test`; `make gold` runs it alone.

An item with invalid citations fails its test; any other miss is reported as an expected failure with the
reason. The metrics have targets (`report.DEFAULT_THRESHOLDS`), which every corpus meets and `test_gold_targets`
holds it to; `test_gold_gate` also holds each to its floors (`tests/gold/floors.yaml`: the figures at the last
landing, less one item's slack).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assistant.corpus_config import GOLD_FILE
from assistant.eval import GoldItem, ItemResult, citations_valid, compute_metrics, failure_reason, load_gold, run_gold
from assistant.report import DEFAULT_THRESHOLDS, below_thresholds
from assistant.service import Assistant
from tests.conftest import CORPORA, CORPUS, ROOT

GOLD = {
    name: ROOT / "tests" / "gold" / "questions.yaml" if corpus == CORPUS else corpus / GOLD_FILE
    for name, corpus in CORPORA.items()
}
FLOORS = yaml.safe_load((ROOT / "tests" / "gold" / "floors.yaml").read_text(encoding="utf-8"))
ITEMS = [(name, item) for name, gold in GOLD.items() for item in load_gold(gold)]
pytestmark = pytest.mark.gold


@pytest.fixture(scope="module")
def results(corpus_bots: dict[str, Assistant]) -> dict[str, dict[str, ItemResult]]:
    """Every corpus's gold set through its own assistant."""
    out = {}
    for name, gold in GOLD.items():
        bot = corpus_bots[name]
        texts = {d.doc_id: d.text for d in bot.documents()}
        out[name] = {r.item.id: r for r in run_gold(load_gold(gold), lambda q, h, b=bot: b.ask(q, h), texts)}
    return out


@pytest.mark.parametrize(("corpus", "item"), ITEMS, ids=[f"{name}:{item.id}" for name, item in ITEMS])
def test_gold_item(corpus: str, item: GoldItem, results: dict[str, dict[str, ItemResult]]) -> None:
    r = results[corpus][item.id]
    for claim in re.split(r"\s*\[\d+\]\s*", r.answer.answer):  # a sentence quoted alone keeps its marks in pairs
        assert claim.count('"') % 2 == 0 and claim.count("“") == claim.count("”"), claim
    reason = failure_reason(r)
    if reason is None:
        return
    message = f"{reason} | Q: {' / '.join(item.turns)} | A: {r.answer.answer}"
    if not citations_valid(r):
        pytest.fail(message)
    pytest.xfail(message)  # counted in the metrics that test_gold_gate holds to their floors


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_gold_gate(corpus: str, results: dict[str, dict[str, ItemResult]]) -> None:
    metrics = compute_metrics(list(results[corpus].values()))
    floors = {m: (FLOORS[corpus][m], up) for m, (_, up) in DEFAULT_THRESHOLDS.items()}
    assert below_thresholds({"metrics": metrics}, floors) == [], metrics


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_gold_targets(corpus: str, results: dict[str, dict[str, ItemResult]]) -> None:
    missing = below_thresholds({"metrics": compute_metrics(list(results[corpus].values()))})
    assert not missing, "targets not met: " + "; ".join(missing)


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_gold_sets_are_keyed_to_quotes_of_their_corpus(corpus: str) -> None:
    """Every evidence quote is verbatim in the corpus and every expected phrasing is in one of its quotes, so
    an item can be met by quoting the source; each set has the kinds of items a user asks."""
    folder, gold = CORPORA[corpus], GOLD[corpus]
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt")))
    items = load_gold(gold)
    for item in items:
        assert all(q in text for q in item.evidence), item.id
        for group in item.expect:
            assert any(alt.lower() in q.lower() for alt in group for q in item.evidence), (item.id, group)
        assert item.refuse != bool(item.expect and item.evidence), item.id
    answerable = [i for i in items if not i.refuse]
    assert len([i for i in answerable if len(i.turns) == 1]) >= 20
    assert len([i for i in answerable if len(i.turns) > 1]) >= 4
    assert len([i for i in items if i.refuse]) >= 6
