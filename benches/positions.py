"""The positions matrix on every corpus: cells stated, gold cells right, statements recycled, and the
parties `--suggest` finds against each corpus's own positions.yaml.

    python -m benches.positions [--failures] [--only NAME ...] [--corpus DIR ...]

`--corpus` measures other corpus folders instead (each with its positions.yaml and positions_gold.yaml), as
for a text nobody has tuned on.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.corpus_config import CorpusConfig
from assistant.positions_eval import GOLD_FILE, load_cells, parties_found, recycled, wrong_cells
from assistant.service import Assistant
from benches.corpora import ROOT, corpora

ARTICLE_CELLS = ROOT / "tests" / "gold" / "positions.yaml"


def gold_cells(name: str, corpus: Path) -> Path:
    return ARTICLE_CELLS if name == "article" else corpus / GOLD_FILE


def measure(name: str, corpus: Path, index: Path) -> dict[str, Any]:
    bot = Assistant.load(
        Settings(corpus_dir=corpus, index_dir=index, models_dir=index.parent / "models"), progress=False
    )
    matrix = bot.positions().model_dump()
    gold = load_cells(gold_cells(name, corpus))
    wrong = wrong_cells(matrix, gold)
    config = CorpusConfig.read(corpus)
    missed, extra = parties_found(bot.suggest().parties, config.parties if config else {})
    return {
        "cells": len(matrix["cells"]),
        "stated": sum(c["stated"] for c in matrix["cells"]),
        "gold": len(gold),
        "right": len(gold) - len(wrong),
        "recycled": recycled(matrix),
        "wrong": wrong,
        "missed": missed,
        "extra": extra,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--corpus", nargs="*", type=Path, help="other corpus folders to measure instead")
    args = parser.parse_args()
    folders = {f.name: f for f in args.corpus} if args.corpus else {n: c for n, (c, _) in corpora().items()}
    print(f"{'corpus':<28}{'stated':>10}{'gold right':>14}{'recycled':>10}  parties suggested (missed; extra)")
    with tempfile.TemporaryDirectory() as tmp:
        for name, corpus in folders.items():
            if args.only and name not in args.only:
                continue
            r = measure(name, corpus, Path(tmp) / name)
            share = f"{r['right']}/{r['gold']} {r['right'] / r['gold']:.0%}"
            found = f"{'; '.join(r['missed']) or 'all found'}; {len(r['extra'])} extra {r['extra']}"
            print(f"{name:<28}{r['stated']:>5}/{r['cells']:<4}{share:>14}{len(r['recycled']):>10}  {found}", flush=True)
            if args.failures:
                for line in r["wrong"] + r["recycled"]:
                    print(f"    {line[:300]}")


if __name__ == "__main__":
    main()
