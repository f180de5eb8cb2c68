"""Metric functions of the gold-set evaluation, on hand-made results; and the peer and report plumbing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.errors import AssistantError
from assistant.eval import (
    GoldItem,
    ItemResult,
    citations_valid,
    compute_metrics,
    facts_first,
    failure_reason,
    failure_stage,
    first_hit_rank,
    load_gold,
)
from assistant.models import Answer, Citation
from assistant.report import below_thresholds, html_report, text_table

DOC = "Russia wants land. Ukraine wants its 1991 borders. The US wants minerals."


def cite(n: int, start: int, end: int, text: str | None = None) -> Citation:
    return Citation(
        n=n, doc_id="d", title="t", section="s", party=None, text=text or DOC[start:end], start=start, end=end,
        score=1.0, passage_id=f"p{n}",
    )  # fmt: skip


def result(
    item: GoldItem, text: str, citations: list[Citation], refused: bool = False, retrieved: list[str] | None = None
) -> ItemResult:
    answer = Answer(answer=text, refused=refused, citations=citations, standalone_question="q", generator="x")
    return ItemResult(item=item, answer=answer, retrieved=retrieved or [], document_texts={"d": DOC}, latency_ms=5.0)


UKRAINE = GoldItem(
    id="u", turns=["What does Kyiv want?"], expect=[["1991"]], evidence=["its 1991 borders"], tags=["ukraine"]
)
CHINA = GoldItem(id="c", turns=["China?"], refuse=True, tags=["none"])


def test_a_correct_answer_scores_everywhere() -> None:
    good = result(
        UKRAINE, "Ukraine wants its 1991 borders. [1]", [cite(1, 19, 50)], retrieved=["Russia wants land.", DOC[19:50]]
    )
    assert failure_reason(good) is None
    assert first_hit_rank(good) == 2
    m = compute_metrics([good])
    assert (m["answer_accuracy"], m["citation_support"], m["citation_validity"], m["hit_at_1"], m["mrr"]) == (
        1,
        1,
        1,
        0,
        0.5,
    )


def test_citation_at_wrong_offsets_is_invalid() -> None:
    shifted = cite(1, 18, 49, text=DOC[19:50])  # the right text, offsets one character off
    bad = result(UKRAINE, "Ukraine wants its 1991 borders. [1]", [shifted])
    assert not citations_valid(bad)
    assert failure_reason(bad) == "invalid citations"
    assert compute_metrics([bad])["citation_validity"] == 0.0


def test_markers_and_citations_must_agree() -> None:
    assert not citations_valid(result(UKRAINE, "Borders [2].", [cite(1, 19, 50)]))  # marker without citation
    assert not citations_valid(result(UKRAINE, "Borders.", [cite(1, 19, 50)]))  # citation never cited
    assert not citations_valid(result(UKRAINE, "Borders [2].", [cite(2, 19, 50)]))  # not numbered from 1


def test_a_refusal_that_cites_something_is_invalid() -> None:
    sneaky = result(CHINA, "Not covered.", [cite(1, 0, 18)], refused=True)
    assert not citations_valid(sneaky)
    honest = result(CHINA, "Not covered.", [], refused=True)
    assert citations_valid(honest) and failure_reason(honest) is None
    m = compute_metrics([honest, result(CHINA, "China backs Russia [1].", [cite(1, 0, 18)])])
    assert m["refusal_accuracy"] == 0.5


def test_missing_facts_and_false_refusals() -> None:
    vague = result(UKRAINE, "Ukraine wants things. [1]", [cite(1, 19, 50)])
    assert failure_reason(vague) == "missing fact: 1991"
    refused = result(UKRAINE, "Not covered.", [], refused=True)
    assert failure_reason(refused) == "refused an answerable question"
    assert compute_metrics([refused, vague])["false_refusal_rate"] == 0.5
    wrong_passage = result(UKRAINE, "1991 [1]", [cite(1, 0, 18)])
    assert failure_reason(wrong_passage) == "no citation contains the evidence"


def test_each_failure_names_the_stage_that_lost_it() -> None:
    found = ["Russia wants land.", DOC[19:50]]  # the evidence was retrieved, second
    assert (
        failure_stage(result(UKRAINE, "Ukraine wants its 1991 borders. [1]", [cite(1, 19, 50)], retrieved=found))
        is None
    )
    assert failure_stage(result(UKRAINE, "Not covered.", [], refused=True, retrieved=found)) == "judge"
    assert failure_stage(result(UKRAINE, "Not covered.", [], refused=True, retrieved=found[:1])) == "retrieve"
    assert failure_stage(result(UKRAINE, "Ukraine wants things. [1]", [cite(1, 19, 50)], retrieved=found)) == "generate"
    assert failure_stage(result(UKRAINE, "Russia wants land. [1]", [cite(1, 0, 18)], retrieved=found[:1])) == "retrieve"
    assert failure_stage(result(UKRAINE, "Borders [2].", [cite(1, 19, 50)], retrieved=found)) == "cite"
    assert failure_stage(result(CHINA, "China backs Russia [1].", [cite(1, 0, 18)])) == "judge"


def test_the_text_table_counts_failures_by_stage() -> None:
    report = {
        "gold": "g.yaml", "items": 3, "metrics": {}, "baseline": {"name": "naive-langchain"},
        "failures": [{"id": "a", "why": "w", "stage": "judge"}, {"id": "b", "why": "w", "stage": "generate"},
                     {"id": "c", "why": "w", "stage": "judge"}],
    }  # fmt: skip
    table = text_table(report)
    assert "lost at: judge 2, generate 1" in table and "  a: w (judge)" in table


def test_thresholds_and_renderings() -> None:
    report = {
        "gold": "g.yaml", "items": 2,
        "metrics": compute_metrics([result(UKRAINE, "Borders 1991 [1].", [cite(1, 19, 50)]), result(CHINA, "No.", [], refused=True)]),
        "baseline": {"name": "naive-langchain", "answer_accuracy": 0.5},
        "by_tag": {}, "failures": [{"id": "x", "why": "missing fact: <b>", "question": "q", "answer": "a", "cited": ["c"]}],
    }  # fmt: skip
    assert below_thresholds(report) == []
    report["metrics"]["false_refusals"] = 2.0
    assert below_thresholds(report) == ["false_refusals = 2.0 (≤ 1 required)"]
    assert "naive-langchain" in text_table(report)
    page = html_report(report)
    assert "<svg" in page and "&lt;b&gt;" in page and "<script" not in page


def test_gold_file_loading(tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="no items"):
        (tmp_path / "empty.yaml").write_text("items: []\n")
        load_gold(tmp_path / "empty.yaml")
    with pytest.raises(AssistantError, match="cannot read"):
        load_gold(tmp_path / "missing.yaml")


def test_gold_set_is_keyed_to_exact_quotes() -> None:
    from tests.conftest import ROOT, document_text

    items = load_gold(ROOT / "tests" / "gold" / "questions.yaml")
    text = document_text()
    assert len(items) >= 60 and len({i.id for i in items}) == len(items)
    assert sum(len(i.turns) > 1 for i in items) >= 10 and sum(i.refuse for i in items) >= 10
    for item in items:
        assert all(quote in text for quote in item.evidence), item.id
        assert item.refuse or item.expect, item.id


def test_eval_cli_writes_json_and_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import CORPUS

    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(CORPUS))
    gold = tmp_path / "mini.yaml"
    gold.write_text(
        "items:\n"
        "  - {id: a, turns: ['Which minerals is Trump interested in?'], expect: [[lithium]], evidence: [lithium], refuse: false, tags: [us]}\n"
        "  - {id: b, turns: ['What is the capital of Peru?'], refuse: true, tags: [none]}\n"
    )
    out = CliRunner().invoke(
        __import__("assistant.cli").cli.app,
        ["eval", "--gold", str(gold), "--json", "--report", str(tmp_path / "r.html")],
    )
    import json

    body = json.loads(out.stdout)
    assert (
        body["items"] == 2 and body["metrics"]["answer_accuracy"] == 1.0 and body["metrics"]["refusal_accuracy"] == 1.0
    )
    assert body["baseline"]["name"] == "naive-langchain" and body["baseline"]["refusal_accuracy"] == 0.0
    assert set(body["by_tag"]) == {"us", "none"}
    assert (tmp_path / "r.html").read_text().startswith("<!doctype html>")
    assert out.exit_code == (1 if below_thresholds(body) else 0)  # 1: a metric below its target, named on stderr


def test_facts_first_and_answer_length() -> None:
    first = result(UKRAINE, "Ukraine wants its 1991 borders. [1]", [cite(1, 19, 50)])
    third = result(UKRAINE, "Russia wants land. [1] The US wants minerals. [2] Its 1991 borders. [3]", [])
    refused = result(UKRAINE, "No.", [], refused=True)
    assert facts_first(first) and not facts_first(third)
    m = compute_metrics([first, third, refused, result(CHINA, "No.", [], refused=True)])
    assert m["facts_first"] == round(1 / 3, 4)  # a refusal states no fact
    assert m["false_refusals"] == 1.0
    assert m["answer_chars_p50"] == (len(first.answer.answer) + len(third.answer.answer)) / 2  # answered only


def test_eval_of_another_corpus_folder_uses_its_own_gold_and_parties(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    corpus = ROOT / "tests" / "corpora" / "news-fisheries-talks"
    out = CliRunner().invoke(__import__("assistant.cli").cli.app, ["eval", "--corpus", str(corpus), "--json"])
    import json

    body = json.loads(out.stdout)
    assert body["gold"].endswith("news-fisheries-talks/gold.yaml") and body["items"] >= 30
    assert body["metrics"]["answer_accuracy"] > body["baseline"]["answer_accuracy"]
    assert body["metrics"]["refusal_accuracy"] > body["baseline"]["refusal_accuracy"] == 0.0
    assert out.exit_code == (1 if below_thresholds(body) else 0)
    assert not (corpus / "index").exists()  # its index lives under the configured index folder


def test_eval_of_a_missing_corpus_folder_names_the_fix(tmp_path: Path) -> None:
    out = CliRunner().invoke(__import__("assistant.cli").cli.app, ["eval", "--corpus", str(tmp_path / "nope")])
    assert out.exit_code == 2 and "--corpus" in out.output


def test_a_floor_leaves_one_answerable_item_of_slack() -> None:
    from benches.corpora import floors_of

    # 32 of 40 answerable right (9 more refused rightly): one item less, 31 of 40, must still pass the floor
    metrics = {"answer_accuracy": 0.8, "citation_support": 0.875, "citation_validity": 1.0, "refusal_accuracy": 1.0}
    metrics |= {"false_refusals": 1, "facts_first": 0.8, "answer_chars_p50": 326}
    floors = floors_of({"metrics": metrics, "items": 49, "unanswerable": 9})
    assert 31 / 40 >= floors["answer_accuracy"] > 30 / 40
    assert 34 / 40 >= floors["citation_support"] > 33 / 40
    assert 8 / 9 >= floors["refusal_accuracy"] > 7 / 9 and floors["false_refusals"] == 1  # a target met stays met


def test_floors_written_for_some_corpora_keep_the_others_and_only_tighten() -> None:
    from benches.corpora import merged

    old = {"article": {"answer_accuracy": 0.9}, "salt": {"answer_accuracy": 0.9, "answer_chars_p50": 340}}
    new = {"salt": {"answer_accuracy": 0.85, "answer_chars_p50": 330}}
    assert merged(new, old) == {
        "article": {"answer_accuracy": 0.9},
        "salt": {"answer_accuracy": 0.9, "answer_chars_p50": 330},
    }
