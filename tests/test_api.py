"""The HTTP API: every route, every error case, SSE, and the official OpenAI client against a real server."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from assistant.api import make_app
from assistant.models import Answer
from assistant.service import Assistant
from tests.conftest import DOC_ID, ServerThread, assert_valid_citations, document_text


@pytest.fixture(scope="module")
def client(bot: Assistant) -> Iterator[TestClient]:
    with TestClient(make_app(bot.settings, bot)) as c:
        yield c


def sse_events(text: str) -> list[tuple[str, dict]]:
    events = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_ask_returns_the_answer_body(client: TestClient) -> None:
    r = client.post("/v1/ask", json={"question": "What does Russia say about Ukraine joining NATO?", "top_k": 4})
    assert r.status_code == 200
    body = r.json()
    keys = {"answer", "refused", "citations", "standalone_question", "generator", "timings_ms", "warnings"}
    assert set(body) == keys | {"conversation_id"} and len(body["conversation_id"]) == 32  # saved as a new one
    assert body["warnings"] == []  # only a fallback or a skipped part says something here
    assert "out of the question" in body["answer"] and not body["refused"]
    answer = Answer.model_validate(body)
    assert_valid_citations(answer)
    assert set(body["citations"][0]) >= {"n", "doc_id", "title", "section", "party", "text", "start", "end", "score"}


def test_ask_with_history(client: TestClient) -> None:
    history = [
        {"role": "user", "content": "What does Ukraine want on territory?"},
        {"role": "assistant", "content": "..."},
    ]
    r = client.post("/v1/ask", json={"question": "And what about Russia?", "history": history})
    assert r.status_code == 200
    assert "Russia" in r.json()["standalone_question"]


def test_refusal_over_http(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": "What is China's stance on the talks?"}).json()
    assert body["refused"] and body["citations"] == []


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"question": ""}, 400, "empty_question"),
        ({"question": "   \n\t "}, 400, "empty_question"),
        ({"question": "x" * 2001}, 413, "question_too_long"),
        ({"question": 123}, 422, "invalid_request"),
        ({}, 422, "invalid_request"),
        ({"question": "ok?", "history": [{"role": "system", "content": "x"}]}, 422, "invalid_request"),
        ({"question": "ok?", "history": [{"role": "user"}]}, 422, "invalid_request"),
        ({"question": "ok?", "history": "not a list"}, 422, "invalid_request"),
        ({"question": "ok?", "top_k": 0}, 422, "invalid_request"),
        ({"question": "ok?", "top_k": -3}, 422, "invalid_request"),
        ({"question": "ok?", "top_k": 10_000}, 422, "invalid_request"),
        ({"question": "ok?", "surprise": 1}, 422, "invalid_request"),
    ],
)
def test_bad_requests_are_4xx_json(client: TestClient, payload: dict, status: int, code: str) -> None:
    for route in ("/v1/ask", "/v1/ask/stream"):
        r = client.post(route, json=payload)
        assert r.status_code == status, (route, r.text)
        assert r.json()["error"]["code"] == code
        assert r.json()["error"]["message"]


def test_malformed_json_and_wrong_methods(client: TestClient) -> None:
    r = client.post("/v1/ask", content=b'{"question": "unterminated', headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
    r = client.post("/v1/ask", content=b"\xff\xfe\x00garbage", headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert client.get("/v1/ask").status_code == 405
    missing = client.get("/v1/nothing-here")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_documents(client: TestClient) -> None:
    docs = client.get("/v1/documents").json()
    size = len(document_text().encode())
    assert docs == [
        {
            "doc_id": DOC_ID,
            "title": docs[0]["title"],
            "chars": len(document_text()),
            "chunks": docs[0]["chunks"],
            "pages": None,  # not a paged format
            "bytes": size,
        }
    ]
    assert docs[0]["chunks"] >= 25
    doc = client.get(f"/v1/documents/{DOC_ID}").json()
    assert doc["text"] == document_text() and doc["title"].startswith("WP:")
    for path in ("/v1/documents/nope", "/v1/documents/..%2F..%2Fetc%2Fpasswd", "/v1/documents/%2Fetc%2Fpasswd"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found", path


def test_citation_offsets_index_the_served_document(client: TestClient) -> None:
    text = client.get(f"/v1/documents/{DOC_ID}").json()["text"]
    body = client.post("/v1/ask", json={"question": "Which minerals does Trump want?"}).json()
    for c in body["citations"]:
        assert text[c["start"] : c["end"]] == c["text"]


def test_sse_stream(client: TestClient) -> None:
    with client.stream(
        "POST", "/v1/ask/stream", json={"question": "What did Peskov say about exchanging territory?"}
    ) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = sse_events(r.read().decode())
    kinds = [k for k, _ in events]
    assert kinds[-2:] == ["answer", "done"] and set(kinds[:-2]) == {"delta"} and len(kinds) >= 3
    answer = events[-2][1]
    assert "".join(d["text"] for k, d in events if k == "delta") == answer["answer"]
    assert_valid_citations(Answer.model_validate(answer))


def test_chat_completions(client: TestClient) -> None:
    messages = [
        {"role": "system", "content": "You are a pirate."},
        {"role": "user", "content": "What does Ukraine want on territory?"},
        {"role": "assistant", "content": "..."},
        {"role": "user", "content": "And Russia?"},
    ]
    body = client.post("/v1/chat/completions", json={"model": "x", "messages": messages}).json()
    assert body["object"] == "chat.completion"
    content = body["choices"][0]["message"]["content"]
    assert "[1]" in content and body["citations"] and "Russia" in body["standalone_question"]
    bad = client.post("/v1/chat/completions", json={"messages": [{"role": "assistant", "content": "hi"}]})
    assert bad.status_code == 400
    assert client.post("/v1/chat/completions", json={"messages": [{"role": "tool", "content": "x"}]}).status_code == 422
    assert client.post("/v1/chat/completions", json={"messages": []}).status_code == 422


def test_api_key(bot: Assistant) -> None:
    settings = bot.settings.model_copy(update={"api_key": "s3cret"})
    with TestClient(make_app(settings, bot)) as c:
        q = {"question": "What does Russia want?"}
        assert c.post("/v1/ask", json=q).status_code == 401
        assert c.post("/v1/ask", json=q, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/v1/ask/stream", json=q).status_code == 401
        assert c.get("/v1/documents").status_code == 401
        assert c.get("/v1/positions").status_code == 401
        assert (
            c.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "Hi?"}]}).status_code == 401
        )
        assert c.get("/v1/positions", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.post("/v1/ask", json=q, headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.get("/healthz").json() == {"status": "ok"}


def test_openai_client_against_a_real_server(bot: Assistant) -> None:
    from openai import OpenAI

    with ServerThread(make_app(bot.settings, bot)) as server:
        client = OpenAI(base_url=f"{server.url}/v1", api_key="unused")
        messages = [{"role": "user", "content": "Which minerals is Trump interested in?"}]
        reply = client.chat.completions.create(model="assistant", messages=messages)  # type: ignore[arg-type]
        content = reply.choices[0].message.content or ""
        citations = (reply.model_extra or {})["citations"]
        assert "lithium" in content and citations and all(f"[{c['n']}]" in content for c in citations)
        chunks = list(client.chat.completions.create(model="assistant", messages=messages, stream=True))  # type: ignore[arg-type]
        streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert streamed == content
        assert (chunks[-1].model_extra or {})["citations"] == citations


def test_random_junk_never_yields_a_5xx(bot: Assistant) -> None:
    """Seeded random questions, histories and top_k values through every POST route: 4xx or 200, never 5xx."""
    import random
    import string

    rnd = random.Random(7)
    alphabet = string.printable + "ÄöüßКиевЛуганск\u200b\x00\x07😀–—“”«»[]{}"

    def junk(n: int) -> str:
        return "".join(rnd.choice(alphabet) for _ in range(n))

    with TestClient(make_app(bot.settings, bot), raise_server_exceptions=False) as c:
        for i in range(40):
            question = junk(rnd.randint(0, 150)) if i % 4 else rnd.choice(["[1]", "?" * 80, "Kyiv " * 300, "\x00"])
            history = [
                {"role": rnd.choice(["user", "assistant"]), "content": junk(rnd.randint(0, 40))}
                for _ in range(rnd.randint(0, 3))
            ]
            body = {"question": question, "history": history, "top_k": rnd.randint(-2, 60)}
            for route in ("/v1/ask", "/v1/ask/stream"):
                assert c.post(route, json=body).status_code < 500, (route, body)
            chat = {"messages": [*history, {"role": "user", "content": question}], "stream": bool(i % 2)}
            assert c.post("/v1/chat/completions", json=chat).status_code < 500, chat
