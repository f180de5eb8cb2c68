"""Evaluation reports: the run (project and naive peer on one gold set), as text, JSON or self-contained HTML.

`evaluate()` runs both systems and returns the `--json` body of shared/SPEC.md; `below_thresholds()` names
the metrics that fail the gate; `text_table()` and `html_report()` render the same body for people.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.corpus_config import GOLD_FILE
from assistant.errors import AssistantError
from assistant.eval import STAGES, by_tag, compute_metrics, failure_reason, failure_stage, load_gold, run_gold
from assistant.peer import PEER_NAME, NaivePeer
from assistant.service import Assistant

# metric -> (threshold, True when higher is better); the same gate for every corpus.
DEFAULT_THRESHOLDS: dict[str, tuple[float, bool]] = {
    "answer_accuracy": (0.90, True),
    "citation_support": (0.90, True),
    "citation_validity": (1.0, True),
    "refusal_accuracy": (1.0, True),
    "false_refusals": (1, False),
    "facts_first": (0.85, True),
    "answer_chars_p50": (350, False),
}
ARTICLE_GOLD = Path("tests/gold/questions.yaml")  # the article's gold set, where it has always been


def corpus_settings(settings: Settings, corpus: Path) -> Settings:
    """`settings` for evaluating the corpus folder `corpus`: its own index, under the configured index folder."""
    folder = corpus.resolve()
    slug = f"{folder.name}-{hashlib.sha256(str(folder).encode()).hexdigest()[:8]}"
    return settings.model_copy(update={"corpus_dir": folder, "index_dir": settings.index_dir / "corpora" / slug})


def gold_of(corpus: Path) -> Path:
    """A corpus folder's own gold set (`gold.yaml` beside its documents), else the article's."""
    own = corpus / GOLD_FILE
    return own if own.is_file() else ARTICLE_GOLD


def evaluate(bot: Assistant, gold: Path) -> dict[str, Any]:
    everything = load_gold(gold)
    items = [i for i in everything if not i.review]
    if not items:
        raise AssistantError(
            f"all {len(everything)} items of {str(gold)!r} are marked review: true — write what each answer"
            " should say (expect and evidence, or refuse: true) and remove the mark",
            code="gold_under_review",
        )
    documents = bot.documents()
    texts = {d.doc_id: d.text for d in documents}
    results = run_gold(items, lambda q, h: bot.ask(q, h), texts)
    peer = NaivePeer(documents, bot.embeddings)
    peer_results = run_gold(items, peer.ask, texts)
    failures = []
    for r in results:
        why = failure_reason(r)
        if why:
            failures.append(
                {
                    "id": r.item.id,
                    "why": why,
                    "stage": failure_stage(r),
                    "question": r.item.turns[-1],
                    "turns": r.item.turns,
                    "standalone": r.answer.standalone_question,
                    "answer": r.answer.answer,
                    "cited": [c.text for c in r.answer.citations],
                }
            )
    return {
        "gold": str(gold),
        "items": len(items),
        "under_review": len(everything) - len(items),
        "unanswerable": sum(i.refuse for i in items),
        "metrics": compute_metrics(results),
        "baseline": {"name": PEER_NAME, **compute_metrics(peer_results)},
        "by_tag": by_tag(results),
        "failures": failures,
    }


def below_thresholds(
    report: dict[str, Any], thresholds: dict[str, tuple[float, bool]] = DEFAULT_THRESHOLDS
) -> list[str]:
    out = []
    for metric, (limit, higher_is_better) in thresholds.items():
        value = report["metrics"][metric]
        if (value < limit) if higher_is_better else (value > limit):
            out.append(f"{metric} = {value} ({'≥' if higher_is_better else '≤'} {limit} required)")
    return out


def text_table(report: dict[str, Any]) -> str:
    rows = [f"{'metric':<22}{'project':>10}{report['baseline']['name']:>18}"]
    for name, value in report["metrics"].items():
        rows.append(f"{name:<22}{value:>10}{report['baseline'].get(name, ''):>18}")
    rows.append(f"\n{report['items']} gold items from {report['gold']}; {len(report['failures'])} failures")
    if report.get("under_review"):
        rows.append(f"{report['under_review']} more marked review: true, not scored until a maintainer completes them")
    staged = [f.get("stage") for f in report["failures"]]
    if any(staged):  # where the failures were lost, so a maintainer knows which stage to look at first
        rows.append("lost at: " + ", ".join(f"{stage} {staged.count(stage)}" for stage in STAGES if stage in staged))
    rows += [f"  {f['id']}: {f['why']}" + (f" ({f['stage']})" if f.get("stage") else "") for f in report["failures"]]
    return "\n".join(rows)


def _bars(report: dict[str, Any]) -> str:
    """An inline SVG bar chart of the 0..1 metrics, project beside peer."""
    names = [n for n, v in report["metrics"].items() if not n.startswith("latency")]
    width, row = 640, 34
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{row * len(names) + 30}">']
    for i, name in enumerate(names):
        y = 10 + i * row
        mine, peer = report["metrics"][name], report["baseline"].get(name, 0.0)
        parts.append(f'<text x="0" y="{y + 14}" font-size="12">{name}</text>')
        parts.append(f'<rect x="170" y="{y}" width="{mine * 400:.1f}" height="12" fill="#2f7ed8"/>')
        parts.append(f'<rect x="170" y="{y + 14}" width="{peer * 400:.1f}" height="12" fill="#bbb"/>')
        parts.append(f'<text x="{175 + max(mine, peer) * 400:.1f}" y="{y + 14}" font-size="11">{mine} / {peer}</text>')
    parts.append("</svg>")
    return "".join(parts)


def html_report(report: dict[str, Any]) -> str:
    failures = "".join(
        f"<details><summary><b>{html.escape(f['id'])}</b> — {html.escape(f['why'])}"
        + (f" <i>(lost at {html.escape(f['stage'])})</i>" if f.get("stage") else "")
        + "</summary>"
        f"<p><b>Q:</b> {html.escape(f['question'])}</p><p><b>A:</b> {html.escape(f['answer'])}</p>"
        + "".join(f"<blockquote>{html.escape(t)}</blockquote>" for t in f["cited"])
        + "</details>"
        for f in report["failures"]
    )
    rows = "".join(
        f"<tr><td>{n}</td><td>{v}</td><td>{report['baseline'].get(n, '')}</td></tr>"
        for n, v in report["metrics"].items()
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Gold-set evaluation</title>
<style>body{{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto}}td,th{{padding:2px 12px}}
blockquote{{color:#555;border-left:3px solid #ccc;margin:4px 0;padding-left:8px}}</style></head><body>
<h1>Gold-set evaluation</h1><p>{report["items"]} items from <code>{html.escape(report["gold"])}</code>.
Blue: this project; grey: {html.escape(report["baseline"]["name"])}.</p>{_bars(report)}
<table><tr><th>metric</th><th>project</th><th>peer</th></tr>{rows}</table>
<h2>Failures ({len(report["failures"])})</h2>{failures or "<p>None.</p>"}</body></html>"""
