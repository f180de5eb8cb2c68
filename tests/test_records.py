"""Feedback and saved conversations on a real server: concurrent writers, a restart, malformed input, scoping
by key, and the loop from a rated answer to a gold item that `assistant eval` runs."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from typer.testing import CliRunner

from assistant import server
from assistant.access import Role, add_key
from assistant.cli import app
from assistant.eval import GoldItem
from assistant.records import Records
from assistant.service import Assistant
from tests.conftest import ServerThread

ADMIN = "admin-key"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def keyed(bot: Assistant, data: Path, tmp_path: Path) -> Iterator[tuple[str, dict[str, dict[str, str]]]]:
    keys_file = tmp_path / "keys.json"
    keys = {name: add_key(keys_file, name, Role.READER) for name in ("ana", "ben")}
    settings = bot.settings.model_copy(update={"data_dir": data, "keys_file": keys_file, "api_key": ADMIN})
    headers = {name: {"Authorization": f"Bearer {key}"} for name, key in {**keys, "admin": ADMIN}.items()}
    with ServerThread(server.create(bot, settings)) as running:
        yield running.url, headers


def test_fifty_concurrent_writers_lose_nothing_and_a_restart_keeps_it(bot: Assistant, data: Path) -> None:
    settings = bot.settings.model_copy(update={"data_dir": data})

    async def write(url: str, i: int) -> tuple[int, int]:
        async with httpx.AsyncClient(base_url=url, timeout=120) as client:
            asked = await client.post("/v1/ask", json={"question": f"What does Russia demand? ({i})"})
            rated = await client.post(
                "/v1/feedback",
                json={"rating": "down" if i % 2 else "up", "comment": f"writer {i}", **_rated(asked.json())},
            )
            return asked.status_code, rated.status_code

    with ServerThread(server.create(bot, settings)) as running:
        statuses = asyncio.run(asyncio.wait_for(_all(write, running.url), 300))
        assert statuses == [(200, 201)] * 50
    with ServerThread(server.create(bot, settings)) as restarted:  # a new server over the same data folder
        feedback = httpx.get(f"{restarted.url}/v1/feedback").json()
        assert sorted(f["comment"] for f in feedback) == sorted(f"writer {i}" for i in range(50))
        assert len(httpx.get(f"{restarted.url}/v1/conversations").json()) == 50
        assert sum(f["rating"] == "down" for f in feedback) == 25


async def _all(write: object, url: str) -> list[tuple[int, int]]:
    return list(await asyncio.gather(*(write(url, i) for i in range(50))))  # type: ignore[operator]


def _rated(answer: dict) -> dict:
    return {"question": answer["standalone_question"], "answer": answer["answer"], "citations": answer["citations"]}


def test_malformed_feedback_is_a_422(keyed: tuple[str, dict]) -> None:
    url, headers = keyed
    good = {"rating": "up", "question": "Q?", "answer": "A."}
    bad = [
        {**good, "rating": "meh"},
        {"rating": "up"},  # neither an answer nor a saved turn
        {**good, "conversation_id": "x", "turn": 0},  # both
        {**good, "comment": "x" * 5001},
        {"rating": "down", "conversation_id": "x", "turn": -1},
        {**good, "turn": 2**63},  # past what the store can hold: a 422, not a 500
        {**good, "citations": [{"n": 1}]},
        {**good, "extra": True},
        {**good, "history": [{"role": "system", "content": "x"}]},
    ]
    for body in bad:
        response = httpx.post(f"{url}/v1/feedback", json=body, headers=headers["ana"])
        assert response.status_code == 422, body
        assert response.json()["error"]["code"] == "invalid_request"
    raw = httpx.post(f"{url}/v1/feedback", content=b"{not json", headers=headers["ana"])
    assert raw.status_code == 422
    gone = httpx.post(
        f"{url}/v1/feedback", json={"rating": "up", "conversation_id": "nope", "turn": 0}, headers=headers["ana"]
    )
    assert gone.status_code == 404
    assert httpx.get(f"{url}/v1/feedback", headers=headers["ana"]).status_code == 403  # admin only
    assert httpx.get(f"{url}/v1/feedback", headers=headers["admin"]).json() == []  # nothing half-stored


def test_conversations_continue_and_belong_to_their_key(keyed: tuple[str, dict]) -> None:
    url, headers = keyed
    ana, ben, admin = headers["ana"], headers["ben"], headers["admin"]
    first = httpx.post(f"{url}/v1/ask", json={"question": "What does Russia demand?"}, headers=ana).json()
    cid = first["conversation_id"]
    body = {"question": "And Ukraine?", "conversation_id": cid}
    second = httpx.post(f"{url}/v1/ask", json=body, headers=ana).json()
    assert second["conversation_id"] == cid and "Ukraine" in second["standalone_question"]
    streamed = httpx.post(f"{url}/v1/ask/stream", json={**body, "question": "And the United States?"}, headers=ana)
    assert f'"conversation_id": "{cid}"' in streamed.text
    saved = httpx.get(f"{url}/v1/conversations/{cid}", headers=ana).json()
    assert [t["question"] for t in saved["turns"]] == [
        "What does Russia demand?",
        "And Ukraine?",
        "And the United States?",
    ]
    assert saved["turns"][0]["citations"] == first["citations"]
    markdown = httpx.get(f"{url}/v1/conversations/{cid}", params={"format": "markdown"}, headers=ana).text
    assert markdown.startswith("# What does Russia demand?") and first["citations"][0]["text"] in markdown

    assert httpx.get(f"{url}/v1/conversations/{cid}", headers=ben).status_code == 404  # not ben's
    assert (
        httpx.post(f"{url}/v1/ask", json={"question": "Why?", "conversation_id": cid}, headers=ben).status_code == 404
    )
    assert httpx.delete(f"{url}/v1/conversations/{cid}", headers=ben).status_code == 404
    assert [c["id"] for c in httpx.get(f"{url}/v1/conversations", headers=ben).json()] == []
    assert cid in [c["id"] for c in httpx.get(f"{url}/v1/conversations", headers=admin).json()]  # an admin sees all
    both = {"question": "Why?", "conversation_id": cid, "history": [{"role": "user", "content": "x"}]}
    assert httpx.post(f"{url}/v1/ask", json=both, headers=ana).status_code == 422
    assert httpx.delete(f"{url}/v1/conversations/{cid}", headers=ana).status_code == 204
    assert httpx.get(f"{url}/v1/conversations/{cid}", headers=ana).status_code == 404


def test_feedback_becomes_gold_that_eval_runs(
    keyed: tuple[str, dict], bot: Assistant, data: Path, tmp_path: Path
) -> None:
    url, headers = keyed
    ana = headers["ana"]
    asked = httpx.post(f"{url}/v1/ask", json={"question": "Which minerals is Trump interested in?"}, headers=ana).json()
    up = {"rating": "up", "conversation_id": asked["conversation_id"], "turn": 0}
    assert httpx.post(f"{url}/v1/feedback", json=up, headers=ana).status_code == 201
    refused = httpx.post(f"{url}/v1/ask", json={"question": "Who is Ukraine's finance minister?"}, headers=ana).json()
    down = {"rating": "down", "comment": "Say it plainly", **_rated(refused)}
    assert httpx.post(f"{url}/v1/feedback", json=down, headers=ana).status_code == 201

    env = {
        "ASSISTANT_DATA_DIR": str(data),
        "ASSISTANT_INDEX_DIR": str(bot.settings.index_dir),
        "ASSISTANT_CORPUS_DIR": str(bot.settings.corpus_dir),
    }
    gold = tmp_path / "feedback.yaml"
    exported = CliRunner().invoke(app, ["feedback", "export", "--gold", str(gold)], env=env)
    assert exported.exit_code == 0, exported.output
    items = [GoldItem.model_validate(i) for i in yaml.safe_load(gold.read_text())["items"]]
    liked, disliked = items
    assert liked.turns == ["Which minerals is Trump interested in?"] and not liked.review
    assert all(e in {c["text"] for c in asked["citations"]} for e in liked.evidence)
    assert disliked.review and disliked.comment == "Say it plainly" and disliked.answer_given == refused["answer"]
    report = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--json"], env=env)
    body = json.loads(report.stdout)
    assert body["items"] == 1 and body["under_review"] == 1
    assert body["metrics"]["answer_accuracy"] == 1.0 and body["metrics"]["citation_support"] == 1.0


def test_a_database_replaced_while_serving_is_written_not_the_old_one(tmp_path: Path) -> None:
    # Connections are kept per thread between operations: one that outlived its file must not write into it.
    records = Records(tmp_path / "data")
    first = records.new_conversation("ana", "First question")
    (tmp_path / "data").rename(tmp_path / "moved-away")
    Records(tmp_path / "data")  # an operator starts an empty database in its place
    second = records.new_conversation("ana", "Second question")
    assert [c["id"] for c in records.conversations("ana")] == [second]
    assert records.conversation(first, "ana") is None
    assert [c["id"] for c in Records(tmp_path / "moved-away").conversations("ana")] == [first]


def test_a_forked_process_writes_through_its_own_connection(tmp_path: Path) -> None:
    records = Records(tmp_path / "data")
    records.new_conversation("ana", "Before the fork")  # this thread now holds a connection
    inherited = records._local.db
    pid = os.fork()
    if pid == 0:  # the child: its own connection, and the parent's left alone (SQLite: none crosses a fork)
        ok = False
        try:
            records.new_conversation("ana", "In the child")
            ok = records._local.db is not inherited
        finally:
            os._exit(0 if ok else 1)
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    records.new_conversation("ana", "After the fork")
    titles = {c["title"] for c in records.conversations("ana")}
    assert titles == {"Before the fork", "In the child", "After the fork"}
