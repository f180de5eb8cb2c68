"""Bad input on every POST route: each case gets the documented 4xx (or a 200 when it is a fair question).

Empty and blank questions, 1 MB questions, 1.5 MB history turns and 3 MB bodies, control characters, invalid UTF-8, malformed
JSON, wrong types, 1,000- and 1,001-turn histories, unknown roles, and top_k out of range.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.api import make_app
from assistant.service import Assistant

ROUTES = ("/v1/ask", "/v1/ask/stream", "/v1/chat/completions")
TURN = {"role": "user", "content": "What does Kyiv want?"}


@pytest.fixture(scope="module")
def client(bot: Assistant) -> Iterator[TestClient]:
    with TestClient(make_app(bot.settings, bot), raise_server_exceptions=False) as c:
        yield c


def _body(route: str, question: Any, history: Any = None, **extra: Any) -> dict[str, Any]:
    """The same request, shaped for `route`: {question, history} or OpenAI's {messages}."""
    if route == "/v1/chat/completions":
        turns = history if isinstance(history, list) else []
        return {"messages": [*turns, {"role": "user", "content": question}], **extra}
    return {"question": question, **({"history": history} if history is not None else {}), **extra}


CASES: list[tuple[str, dict[str, Any], set[int]]] = [
    ("empty", {"question": ""}, {400}),
    ("whitespace", {"question": " \n\t\u00a0 "}, {400}),
    ("one megabyte", {"question": "Kyiv " * 200_000}, {413}),
    ("control characters", {"question": "What\x00 does\x07 Russia\x1b[31m want?\x7f"}, {200}),
    ("only control characters", {"question": "\x00\x01\x02"}, {400}),
    ("wrong type", {"question": ["a", "list"]}, {422}),
    ("thousand turns", {"question": "And Russia?", "history": [TURN] * 1000}, {200}),
    (
        "megabyte turn",
        {"question": "What did he say?", "history": [{"role": "user", "content": "Kyiv says " * 150_000}]},
        {200},
    ),
    ("thousand and one turns", {"question": "And Russia?", "history": [TURN] * 1001}, {422}),
    ("unknown role", {"question": "And Russia?", "history": [{"role": "wizard", "content": "x"}]}, {422}),
]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize(("name", "case", "statuses"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(client: TestClient, route: str, name: str, case: dict[str, Any], statuses: set[int]) -> None:
    response = client.post(route, json=_body(route, case["question"], case.get("history")))
    assert response.status_code in statuses, (name, response.status_code, response.text[:300])
    if response.status_code >= 400:
        assert response.json()["error"]["message"]


@pytest.mark.parametrize("route", ROUTES)
def test_malformed_bodies(client: TestClient, route: str) -> None:
    raw = {"content-type": "application/json"}
    for content in (b'{"question": "unterminated', b"\xff\xfe\x00 not utf-8", b"", b"null", b"[1, 2]"):
        response = client.post(route, content=content, headers=raw)
        assert response.status_code == 422, (content, response.text)
        assert response.json()["error"]["code"] == "invalid_request"
    huge = json.dumps(_body(route, "x" * 3_000_000)).encode()  # over max_request_bytes: refused unread
    response = client.post(route, content=huge, headers=raw)
    assert response.status_code == 413 and response.json()["error"]["code"] == "request_too_large"


def test_chunked_body_over_the_limit_is_refused(client: TestClient) -> None:
    chunks = (b" " * 100_000 for _ in range(30))  # no Content-Length: counted as it arrives
    response = client.post("/v1/ask", content=chunks, headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "request_too_large"


@pytest.mark.parametrize("top_k", [0, -1, -(10**9), 51, 10**12, "five", 2.5])
def test_top_k_out_of_range(client: TestClient, top_k: Any) -> None:
    for route in ("/v1/ask", "/v1/ask/stream"):
        response = client.post(route, json={"question": "What does Russia want?", "top_k": top_k})
        assert response.status_code == 422, (top_k, response.text)
