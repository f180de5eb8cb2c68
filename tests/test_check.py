"""`assistant check`: each part of an installation, said line by line, exit 1 with the fix on a problem."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli import app
from assistant.service import Assistant
from tests.conftest import CORPUS, free_port
from tests.test_generator_failures import server  # noqa: F401  (the misbehaving model server fixture)


def _check(**env: str) -> tuple[int, list[str]]:
    out = CliRunner().invoke(app, ["check"], env=env)
    return out.exit_code, out.stdout.splitlines()


def _line(lines: list[str], part: str) -> str:
    return next(line for line in lines if line[4:].startswith(f"{part}:"))


def test_no_index_is_a_problem_with_its_fix(tmp_path: Path) -> None:
    code, lines = _check(ASSISTANT_INDEX_DIR=str(tmp_path / "none"))
    assert code == 1
    assert _line(lines, "index").startswith("BAD") and "fix: assistant index" in _line(lines, "index")
    assert _line(lines, "corpus").startswith("ok ") and "1 document in" in _line(lines, "corpus")
    assert "Ukraine, Russia, United States" in _line(lines, "parties")
    assert _line(lines, "embedding model").startswith("ok ")


def test_a_working_installation_passes(bot: Assistant) -> None:
    code, lines = _check(ASSISTANT_INDEX_DIR=str(bot.settings.index_dir))
    assert code == 0, lines
    assert "up to date" in _line(lines, "index") and lines[-1] == "everything configured works"
    assert "open: no key set" in _line(lines, "access")
    keyed = _check(ASSISTANT_INDEX_DIR=str(bot.settings.index_dir), ASSISTANT_API_KEY="k")[1]
    assert "admin key set" in _line(keyed, "access") and _line(keyed, "access").startswith("ok ")


def test_a_keys_file_with_no_key_or_a_broken_one_is_a_problem(bot: Assistant, tmp_path: Path) -> None:
    index = str(bot.settings.index_dir)
    code, lines = _check(ASSISTANT_INDEX_DIR=index, ASSISTANT_KEYS_FILE=str(tmp_path / "keys.json"))
    assert (
        code == 1 and "no key can sign in" in _line(lines, "access") and "assistant keys add" in _line(lines, "access")
    )
    (tmp_path / "keys.json").write_text("[")
    code, lines = _check(ASSISTANT_INDEX_DIR=index, ASSISTANT_KEYS_FILE=str(tmp_path / "keys.json"))
    assert code == 1 and "unreadable" in _line(lines, "access")


def test_a_changed_corpus_and_skipped_files_are_reported(bot: Assistant, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "notes.pdf").write_bytes(b"%PDF-1.4")  # a PDF cut off after its header
    (corpus / "new.txt").write_text("A new report\n\nTalks resumed on Monday.", encoding="utf-8")
    code, lines = _check(ASSISTANT_INDEX_DIR=str(bot.settings.index_dir), ASSISTANT_CORPUS_DIR=str(corpus))
    assert code == 1
    assert "out of date (1 document changes" in _line(lines, "index")
    assert "notes.pdf: the PDF is damaged" in _line(lines, "skipped")


def test_the_generator_is_tried(bot: Assistant, server: str) -> None:  # noqa: F811
    index = str(bot.settings.index_dir)
    down = f"http://127.0.0.1:{free_port()}/v1"
    code, lines = _check(ASSISTANT_INDEX_DIR=index, ASSISTANT_GENERATOR="openai", ASSISTANT_OPENAI_BASE_URL=down)
    assert code == 1 and f"fix: start the server at ASSISTANT_OPENAI_BASE_URL={down}" in _line(lines, "generator")
    up = f"{server}/quoting/v1"
    code, lines = _check(ASSISTANT_INDEX_DIR=index, ASSISTANT_GENERATOR="openai", ASSISTANT_OPENAI_BASE_URL=up)
    assert code == 0 and _line(lines, "generator").startswith("ok  generator: openai answering")


def test_a_broken_positions_file_is_a_problem_with_its_fix(bot: Assistant, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "positions.yaml").write_text("parties: [unclosed", encoding="utf-8")
    code, lines = _check(ASSISTANT_INDEX_DIR=str(tmp_path / "index"), ASSISTANT_CORPUS_DIR=str(corpus))
    assert code == 1
    line = _line(lines, "positions.yaml")
    assert line.startswith("BAD") and "not a valid positions file" in line and f"fix: correct {corpus}" in line


def test_saved_conversations_and_feedback_are_counted(bot: Assistant, tmp_path: Path) -> None:
    from assistant.records import Records

    env = {"ASSISTANT_INDEX_DIR": str(bot.settings.index_dir), "ASSISTANT_DATA_DIR": str(tmp_path / "data")}
    assert "nothing saved yet" in _line(_check(**env)[1], "data")
    records = Records(tmp_path / "data")
    records.add_turn(records.new_conversation("key:a", "Q?"), "Q?", bot.ask("What does Russia want?").model_dump())
    assert _line(_check(**env)[1], "data").startswith("ok  data: 1 conversation, 0 ratings in")
    (tmp_path / "data" / "assistant.sqlite3").write_bytes(b"not a database" * 100)
    code, lines = _check(**env)
    assert code == 1 and _line(lines, "data").startswith("BAD")
