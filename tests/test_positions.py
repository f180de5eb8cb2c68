"""The positions matrix: gold cells through the API and the CLI, validity of every cell, the cache, and config.

Gold cells (`tests/gold/positions.yaml`) are keyed to quotes of the source: a stated cell must carry the
expected facts and cite a passage holding the evidence; an empty one must say so with no citation.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from langchain_core.embeddings import Embeddings

from assistant import positions
from assistant.api import make_app
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.indexing import refresh
from assistant.names import Parties
from assistant.positions_eval import recycled, wrong_cells
from assistant.service import Assistant
from tests.conftest import CORPUS, ROOT, document_text

GOLD = yaml.safe_load((ROOT / "tests/gold/positions.yaml").read_text())["cells"]
ISSUE_IDS = {i["id"]: i["name"] for i in yaml.safe_load((CORPUS / "positions.yaml").read_text())["issues"]}


def check_gold(matrix: dict[str, Any]) -> list[str]:
    return wrong_cells(matrix, GOLD) + recycled(matrix)


def assert_cells_valid(matrix: dict[str, Any]) -> None:
    assert matrix["parties"] == ["Ukraine", "Russia", "United States"]
    assert matrix["issues"] == list(ISSUE_IDS.values())
    assert len(matrix["cells"]) == len(matrix["parties"]) * len(matrix["issues"])
    for cell in matrix["cells"]:
        markers = sorted({int(n) for n in __import__("re").findall(r"\[(\d+)\]", cell["summary"])})
        assert markers == [c["n"] for c in cell["citations"]] == list(range(1, len(markers) + 1)), cell
        assert cell["stated"] == bool(cell["citations"])
        for c in cell["citations"]:
            assert document_text(c["doc_id"])[c["start"] : c["end"]] == c["text"]


def test_gold_cells_through_the_api(bot: Assistant) -> None:
    with TestClient(make_app(bot.settings, bot)) as client:
        response = client.get("/v1/positions")
    assert response.status_code == 200
    matrix = response.json()
    assert_cells_valid(matrix)
    assert check_gold(matrix) == []
    print(f"\nstated cells: {sum(c['stated'] for c in matrix['cells'])} of {len(matrix['cells'])}")


def test_gold_cells_through_the_cli(tmp_path: Path, embeddings: Embeddings) -> None:
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=CORPUS)
    refresh(settings, lambda: embeddings, progress=False)
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir), "COLUMNS": "160"}
    command = [str(Path(sys.executable).parent / "assistant"), "positions"]
    as_json = subprocess.run([*command, "--json"], env=env, capture_output=True, text=True, timeout=300)
    assert as_json.returncode == 0, as_json.stderr[-2000:]
    matrix = json.loads(as_json.stdout)
    assert_cells_valid(matrix)
    assert check_gold(matrix) == []
    table = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert table.returncode == 0, table.stderr[-2000:]
    for word in ("Territory", "Ukraine", "Russia", "Kremlin", "lithium", "Not"):  # cells wrap, words do not
        assert word in table.stdout, word
    assert f"{sum(c['stated'] for c in matrix['cells'])} of 18 cells are stated" in table.stdout


def test_computed_once_per_index_build(tmp_path: Path, embeddings: Embeddings, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    first = bot.positions()
    cache = settings.index_dir / "positions"
    assert [p.name.split("-")[0] for p in cache.glob("*.json")] == [first.build.split("-")[0]]

    def no_recompute(*_: Any) -> None:
        raise AssertionError("computed again for the same build")

    monkeypatch.setattr(positions, "compute", no_recompute)
    assert bot.positions() == first
    assert Assistant(settings, embeddings, bot.manifest).positions() == first  # another process: from disk
    monkeypatch.undo()
    (corpus / "memo.txt").write_text("Memo\nRussia insists that any minerals deal needs its approval.\n")
    refresh(settings, lambda: embeddings, progress=False)
    second = bot.positions()  # the server follows the new build, and the matrix with it
    assert second.build != first.build and len(list(cache.glob("*.json"))) == 1
    cell = second.cell("Russia", "minerals")
    assert cell.stated and cell.citations[0].doc_id == "memo"


def test_a_corpus_brings_its_own_parties_and_issues(tmp_path: Path, embeddings: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    config = {
        "parties": {"Kremlin": ["Moscow", "Peskov", "Putin"]},
        "issues": [{"id": "nato", "name": "The alliance", "description": "Ukraine joining NATO"}],
    }
    (corpus / "positions.yaml").write_text(yaml.safe_dump(config))
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    matrix = bot.positions()
    assert matrix.parties == ["Kremlin"] and matrix.issues == ["The alliance"]
    assert "out of the question" in matrix.cell("Kremlin", "nato").summary


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (None, 404, "positions_not_configured"),  # and nothing to suggest: the text names no one
        ("parties: [unclosed", 503, "positions_config_invalid"),
        ("parties: {}\nissues: []\n", 503, "positions_config_invalid"),
        ("parties: {A: [a]}\nissues: [{id: x}]\n", 503, "positions_config_invalid"),
    ],
)
def test_a_missing_or_broken_config_is_a_clear_error(
    tmp_path: Path, embeddings: Embeddings, content: str | None, status: int, code: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if content is not None:
        shutil.copy(CORPUS / "wp-moscow-kiev-settlement-positions.txt", corpus)
        (corpus / "positions.yaml").write_text(content)
    else:
        (corpus / "notes.txt").write_text("Notes\n\nthe talks went on all week and ended without a deal.\n")
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    with pytest.raises(AssistantError) as info:
        bot.positions()
    assert info.value.code == code and "docs/corpora.md" in info.value.message
    with TestClient(make_app(settings, bot)) as client:
        response = client.get("/v1/positions")
    assert response.status_code == status and response.json()["error"]["code"] == code


def test_with_several_documents_each_statement_names_its_document(tmp_path: Path, embeddings: Embeddings) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "kremlin-briefing.txt").write_text(
        "Kremlin briefing on the talks\n\nMoscow insists that Crimea and the annexed regions stay Russian territory"
        " in any settlement, and it rejects any return to the borders of 2014.\n",
        encoding="utf-8",
    )
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    matrix = bot.positions()
    titles = {d.doc_id: d.title for d in bot.documents()}
    stated = [c for c in matrix.cells if c.stated]
    assert stated
    for cell in stated:
        for cited in cell.citations:  # "Title: statement [n]" for every statement of every cell
            assert f"{titles[cited.doc_id]}: " in cell.summary and f"[{cited.n}]" in cell.summary
    cited_docs = {c.doc_id for cell in stated for c in cell.citations}
    assert cited_docs == set(titles), cited_docs  # statements come from both documents


def test_a_statement_by_he_is_about_its_own_words_not_the_sentence_before(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "conference.txt").write_text(
        "The Conference of Ambrecht\n\nAldmere opened with sweeping demands. Count Valstad called for the annexation"
        " of all of Kessland, some 2,300 square miles, and for the fortress of Halvard Rock. He asked for a war"
        " indemnity of 40 million florens. Brevonia rejected any indemnity and demanded the return of Kessland.\n",
        encoding="utf-8",
    )
    config = {
        "parties": {"Aldmere": ["Aldmere", "Valstad"], "Brevonia": ["Brevonia"]},
        "issues": [
            {"id": "land", "name": "Kessland territory", "description": "annexation of Kessland; return of Kessland"},
            {"id": "indemnity", "name": "War indemnity", "description": "a war indemnity; rejected any indemnity"},
        ],
    }
    (corpus / "positions.yaml").write_text(yaml.safe_dump(config))
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: embeddings, progress=False).manifest)
    matrix = bot.positions()
    assert "40 million florens" in matrix.cell("Aldmere", "indemnity").summary
    assert "40 million florens" not in matrix.cell("Aldmere", "land").summary


def test_it_is_named_when_it_states_the_partys_position() -> None:
    parties = Parties({"SSC": ["SSC"]})
    before = "On Friday the SSC circulated a compromise text."
    assert positions._named("It proposed a shared zone.", before, parties, "SSC") == "[SSC] proposed a shared zone."
    assert positions._named("It is unclear who pays.", before, parties, "SSC") == "It is unclear who pays."
    # what "it" is, is said of a thing, though a verb of saying follows ("It is, she said, the first fund…")
    quoted = 'It is, she said, "the first fund that won\'t leave us in debt."'
    assert positions._named(quoted, before, parties, "SSC") == quoted


def test_a_statement_is_about_what_its_main_clause_says() -> None:
    parties = Parties({"Argentina": ["Argentina"], "SSC": ["SSC", "Duvessen"]})
    led = "Following a British operation to retake South Georgia, Argentina officially rejected the proposal."
    assert led[positions._after_lead(parties, led) :] == "Argentina officially rejected the proposal."
    said = "Secretary-General Amara Duvessen said the bloc was ready to contribute $18 million to monitoring."
    assert said[positions._after_lead(parties, said) :] == "the bloc was ready to contribute $18 million to monitoring."
    # a name that opens its sentence, or a lead with no verb of the party's after it, keeps the whole sentence
    assert positions._after_lead(parties, "The SSC rejected his plan.") == 0
    assert positions._after_lead(parties, "After the talks, the fleets of Argentina sailed home.") == 0


def test_a_party_states_a_position_in_any_verb_of_a_list() -> None:
    parties = Parties({"Argentina": ["Argentine", "Argentina"]})
    listed = "The Argentine Junta held its suspicions, refused to make concessions, and viewed the dispute as honor."
    assert parties.states_in_list("Argentina", listed)
    assert not parties.states_in_list("Argentina", "The Argentine Junta held talks, dinners and parades.")


def test_this_carries_the_position_before_only_as_a_pronoun() -> None:
    assert positions._DEMONSTRATIVE.match("This included a 1,320 limit on MIRV systems.")
    assert not positions._DEMONSTRATIVE.match("These same lines are often referred to as the borders of Ukraine.")
