"""Every corpus with its gold set, project beside the naive peer: the table the multi-corpus gate checks.

    python -m benches.corpora [--failures] [--json PATH] [--only NAME ...] [--floors PATH]

Corpora: the article (corpus/, gold in tests/gold) and each folder of tests/corpora/ (its own gold.yaml and
positions.yaml). Each is indexed into a temporary folder and evaluated as `assistant eval --corpus` does.
`--floors` writes what the gold gate holds each corpus to until it meets the targets (`tests/test_gold.py`):
today's figures, less one item's worth of slack for a machine that computes in another precision; with `--only`,
the other corpora's floors stay as they were.
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
from pathlib import Path
from typing import Any

import yaml

from assistant.config import Settings
from assistant.report import ARTICLE_GOLD, DEFAULT_THRESHOLDS, below_thresholds, evaluate, gold_of
from assistant.service import Assistant

ROOT = Path(__file__).resolve().parent.parent
SHOWN = ["answer_accuracy", "citation_support", "refusal_accuracy", "false_refusals", "facts_first", "answer_chars_p50"]


def corpora() -> dict[str, tuple[Path, Path]]:
    folders = sorted((ROOT / "tests" / "corpora").iterdir())
    return {"article": (ROOT / "corpus", ROOT / ARTICLE_GOLD)} | {f.name: (f, gold_of(f)) for f in folders}


def run(names: list[str] | None = None) -> dict[str, dict[str, Any]]:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (corpus, gold) in corpora().items():
            if names and name not in names:
                continue
            settings = Settings(corpus_dir=corpus, index_dir=Path(tmp) / name, models_dir=Path(tmp) / "models")
            out[name] = evaluate(Assistant.load(settings, progress=False), gold)
    return out


def table(reports: dict[str, dict[str, Any]]) -> str:
    head = f"{'corpus':<28}" + "".join(f"{m[:16]:>18}" for m in SHOWN) + "  gate"
    rows = [head, " " * 28 + "".join(f"{'project / peer':>18}" for _ in SHOWN)]
    for name, report in reports.items():
        cells = "".join(f"{_cell(report['metrics'][m], report['baseline'][m]):>18}" for m in SHOWN)
        rows.append(f"{name:<28}{cells}  {'pass' if not below_thresholds(report) else 'FAIL'}")
    limits = ", ".join(f"{m} {'≥' if up else '≤'} {v}" for m, (v, up) in DEFAULT_THRESHOLDS.items())
    return "\n".join([*rows, f"gate: {limits}"])


FLOORS_HEADER = """# What the gold gate (tests/test_gold.py) holds each corpus to until it meets report.DEFAULT_THRESHOLDS:
# the figures measured when this file was written (python -m benches.corpora --floors tests/gold/floors.yaml),
# less one item's worth of slack. A change may raise these, never lower them to pass.
"""


def floors_of(report: dict[str, Any]) -> dict[str, float]:
    """The report's gated metrics with one item's slack (a share less one item of those it is a share of, the
    answerable or the unanswerable ones, rounded down; a count plus one; a length plus 5%); a metric that meets
    its target with an item to spare is held to the target, and citations are always held to all valid."""
    out = {}
    for metric, (limit, higher_is_better) in DEFAULT_THRESHOLDS.items():
        value = float(report["metrics"][metric])
        # one item's worth: of the questions it does not answer, or of those it does
        unanswerable = report["unanswerable"]
        share = 1 / max(1, unanswerable if metric == "refusal_accuracy" else report["items"] - unanswerable)
        met = (value >= limit) if higher_is_better else (value <= limit)
        if met and (not higher_is_better or metric == "citation_validity" or value - share >= limit):
            out[metric] = limit  # a target met stays met
        elif metric == "answer_chars_p50":
            out[metric] = round(value * 1.05)
        elif metric == "false_refusals":
            out[metric] = value + 1
        else:
            # rounded towards the slack, so that one item fewer still passes
            out[metric] = (math.floor if higher_is_better else math.ceil)(
                100 * (value - share if higher_is_better else value + share)
            ) / 100
            out[metric] = max(0.0, out[metric])
    return out


def stricter(new: dict[str, float], old: dict[str, float]) -> dict[str, float]:
    """Each metric's floor: the new one, or the old one where that asks more."""
    pick = {True: max, False: min}
    return {m: pick[DEFAULT_THRESHOLDS[m][1]](v, old.get(m, v)) for m, v in new.items()}


def merged(new: dict[str, dict[str, float]], old: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """The floors file after measuring the corpora of `new`: theirs the stricter of today's and the old, every
    other corpus's as it was (`--only` measures some)."""
    return old | {name: stricter(values, old.get(name, {})) for name, values in new.items()}


def _cell(mine: float, peer: float) -> str:
    fmt = (lambda v: f"{v:.0f}") if max(mine, peer) > 1 else (lambda v: f"{v:.2f}")
    return f"{fmt(mine)} / {fmt(peer)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="also list each failing item")
    parser.add_argument("--json", type=Path, help="write the reports as JSON here")
    parser.add_argument("--only", nargs="*", help="only these corpora")
    parser.add_argument("--floors", type=Path, help="write the gate's floors here (tests/gold/floors.yaml)")
    args = parser.parse_args()
    reports = run(args.only)
    print(table(reports))
    if args.failures:
        for name, report in reports.items():
            for f in report["failures"]:
                turns = " / ".join(f["turns"])
                print(
                    f"\n{name}:{f['id']} {f['why']} ({f['stage']})\n  Q: {turns}  => {f['standalone']}\n  A: {f['answer']}"
                )
    if args.json:
        args.json.write_text(json.dumps(reports, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.floors:
        floors = {name: floors_of(report) for name, report in reports.items()}
        if args.floors.exists():  # a floor only ever tightens: today's figure or the old floor, the stricter
            floors = merged(floors, yaml.safe_load(args.floors.read_text(encoding="utf-8")) or {})
        args.floors.write_text(FLOORS_HEADER + yaml.safe_dump(floors, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    main()
