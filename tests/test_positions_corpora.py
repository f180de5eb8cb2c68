"""The positions matrix on every corpus, through the API and the CLI: at least 90 % of gold cells right
(`positions_gold.yaml` beside each development corpus, the article's in tests/gold/positions.yaml), no
statement recycled across issues, every citation exact; and `--suggest` finding each corpus's parties without
its `positions.yaml`.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from langchain_core.embeddings import Embeddings
from typer.testing import CliRunner

from assistant import suggest as suggest_module
from assistant.api import make_app
from assistant.cli import app
from assistant.config import Settings
from assistant.corpus_config import CorpusConfig
from assistant.indexing import refresh
from assistant.positions_eval import GOLD_FILE, load_cells, parties_found, recycled, wrong_cells
from assistant.service import Assistant
from tests.conftest import CORPORA, CORPUS, ROOT

TARGET = 0.9
MAX_EXTRA_PARTIES = 2
CELLS = {
    name: ROOT / "tests" / "gold" / "positions.yaml" if corpus == CORPUS else corpus / GOLD_FILE
    for name, corpus in CORPORA.items()
}
pytestmark = pytest.mark.gold


@pytest.fixture(scope="module")
def measured(corpus_bots: dict[str, Assistant]) -> dict[str, dict[str, Any]]:
    """Each corpus's matrix (GET /v1/positions, and `assistant positions --json`) and suggested parties."""
    out = {}
    for name, gold in CELLS.items():
        bot = corpus_bots[name]
        with TestClient(make_app(bot.settings, bot)) as client:
            response = client.get("/v1/positions")
        assert response.status_code == 200, response.text
        matrix = response.json()
        with pytest.MonkeyPatch.context() as env:
            env.setenv("ASSISTANT_CORPUS_DIR", str(bot.settings.corpus_dir))
            env.setenv("ASSISTANT_INDEX_DIR", str(bot.settings.index_dir))
            printed = CliRunner().invoke(app, ["positions", "--json"])
        assert printed.exit_code == 0, printed.output
        assert json.loads(printed.stdout)["cells"] == matrix["cells"]  # the CLI prints what the API serves
        texts = {d.doc_id: d.text for d in bot.documents()}
        out[name] = {"matrix": matrix, "gold": load_cells(gold), "texts": texts, "suggested": bot.suggest().parties}
    return out


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_positions_gate(corpus: str, measured: dict[str, dict[str, Any]]) -> None:
    m = measured[corpus]
    matrix, gold = m["matrix"], m["gold"]
    assert matrix["source"] == "positions.yaml"
    for cell in matrix["cells"]:
        assert cell["stated"] == bool(cell["citations"])
        for c in cell["citations"]:
            assert m["texts"][c["doc_id"]][c["start"] : c["end"]] == c["text"]
        for claim in re.split(r"\s*\[\d+\]\s*", cell["summary"]):  # a sentence quoted alone: its marks in pairs
            assert claim.count('"') % 2 == 0 and claim.count("“") == claim.count("”"), claim
    assert recycled(matrix) == []
    wrong = wrong_cells(matrix, gold)
    right = 1 - len(wrong) / len(gold)
    assert right >= TARGET, f"{right:.2f} of gold cells right, target {TARGET}: " + "\n".join(wrong)


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_suggest_finds_every_party(corpus: str, measured: dict[str, dict[str, Any]]) -> None:
    configured = CorpusConfig.read(CORPORA[corpus])
    assert configured is not None
    missed, extra = parties_found(measured[corpus]["suggested"], configured.parties)
    assert missed == [] and len(extra) <= MAX_EXTRA_PARTIES, (missed, extra)


def test_without_positions_yaml_the_matrix_is_suggested_and_says_so(
    tmp_path: Path, embeddings: Embeddings, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "tests" / "corpora" / "news-fisheries-talks", corpus)
    for extra in ("positions.yaml", "gold.yaml", GOLD_FILE):
        (corpus / extra).unlink()
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    with TestClient(make_app(settings, bot)) as client:
        matrix = client.get("/v1/positions").json()
        calls: list[int] = []
        real = suggest_module.suggest
        monkeypatch.setattr(suggest_module, "suggest", lambda *a: calls.append(1) or real(*a))
        assert client.get("/v1/positions").json() == matrix and calls == []  # found once per index build
    assert matrix["source"] == "suggested"
    assert {"Quessary", "Orvanda", "Selvane Sea Community"} <= set(matrix["parties"])
    assert matrix["issues"] and any(c["stated"] for c in matrix["cells"])
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(settings.index_dir))
    printed = CliRunner().invoke(app, ["positions", "--suggest"])
    assert printed.exit_code == 0 and "Quessary" in printed.stdout and not (corpus / "positions.yaml").exists()
    written = CliRunner().invoke(app, ["positions", "--suggest", "--write"])
    assert written.exit_code == 0, written.output
    saved = CorpusConfig.read(corpus)  # a valid positions.yaml, which the next matrix is drawn from
    assert saved is not None and "Orvanda" in saved.parties
    again = CliRunner().invoke(app, ["positions", "--suggest", "--write"])
    assert again.exit_code == 2 and "exists" in again.output
