"""The positions matrix against gold cells, and suggested parties against a corpus's own `positions.yaml`.

Gold cells (`positions_gold.yaml` beside a corpus; the article's in tests/gold/positions.yaml) are keyed to
quotes of the source: a stated cell is right when every `expect` group has an alternative in its summary and
one of its citations holds an `evidence` quote; an empty cell is right when the matrix says "not stated",
with no citation. A statement is recycled when one party's same sentence stands in more than two issue
cells. These are pure functions of a matrix's JSON body, so the API and the CLI are checked alike.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import AssistantError
from assistant.positions import MAX_ISSUES

GOLD_FILE = "positions_gold.yaml"
_CLAIM = re.compile(r"(?:^|(?<=\]) )(.+?)\s*\[\d+\]")


def load_cells(path: Path) -> list[dict[str, Any]]:
    try:
        return list(yaml.safe_load(path.read_text(encoding="utf-8"))["cells"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise AssistantError(f"cannot read the gold cells {str(path)!r}: {exc}", code="gold_unreadable") from exc


def wrong_cells(matrix: dict[str, Any], gold: list[dict[str, Any]]) -> list[str]:
    """What is wrong with `matrix` (the JSON body) against the gold cells, one line per wrong cell."""
    problems = []
    for cell_gold in gold:
        where = f"{cell_gold['party']} × {cell_gold['issue']}"
        cell = next(
            (c for c in matrix["cells"] if c["party"] == cell_gold["party"] and c["issue_id"] == cell_gold["issue"]),
            None,
        )
        if cell is None:
            problems.append(f"{where}: no such cell")
        elif not cell_gold["stated"]:
            if cell["stated"] or cell["citations"] or "not stated" not in cell["summary"].lower():
                problems.append(f"{where} should be empty: {cell['summary']}")
        else:
            summary = cell["summary"].lower()
            missing = [g for g in cell_gold.get("expect", []) if not any(alt.lower() in summary for alt in g)]
            cited = [c["text"] for c in cell["citations"]]
            if missing or not any(q in text for q in cell_gold["evidence"] for text in cited):
                problems.append(f"{where}: missing {missing}, cited {cited}: {cell['summary']}")
    return problems


def recycled(matrix: dict[str, Any]) -> list[str]:
    """Statements (the sentences of cells' summaries) that stand in more than two issue cells of one party."""
    uses = Counter(
        (cell["party"], " ".join(claim.split()))
        for cell in matrix["cells"]
        if cell["stated"]
        for claim in set(_CLAIM.findall(cell["summary"]))
    )
    return [f"{party}: {claim[:120]}" for (party, claim), n in uses.items() if n > MAX_ISSUES]


def parties_found(suggested: dict[str, list[str]], configured: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    """The configured parties that no suggested party names (by any of their names), and the suggested
    parties that name no configured one (the extras)."""

    def names(aliases: list[str], key: str) -> set[str]:
        return {n.lower() for n in [key, *aliases]}

    missed = [p for p, a in configured.items() if not any(names(a, p) & names(s, k) for k, s in suggested.items())]
    extra = [k for k, s in suggested.items() if not any(names(a, p) & names(s, k) for p, a in configured.items())]
    return missed, extra
