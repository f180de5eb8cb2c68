"""An LLM backend that fails, and one that half-lies, against a small real OpenAI-compatible HTTP server.

The server (stdlib `http.server`, on loopback) behaves by the first part of its path: `error` answers HTTP 500,
`slow` answers after the client's timeout, `malformed` streams events that are not JSON, and `quoting` acts as
a model that cites: it quotes the first sentence of passage [1] of its prompt with `[1]` and adds an invented
claim cited `[2]`. An unreachable backend is a loopback port nothing listens on. Every failure must be a 503
`generator_unavailable` (a stream says it in an `error` event, then ends), never a 500 or a traceback, and
`ASSISTANT_GENERATOR_FALLBACK=extractive` serves the extractive answer with a warning instead.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api import make_app
from assistant.errors import AssistantError
from assistant.service import Assistant
from assistant.webui import mount_ui
from tests.conftest import CORPUS, ServerThread, assert_valid_citations, free_port

QUESTION = "What does Russia want regarding NATO?"
INVENTED = "Russia has agreed to return Crimea to Ukraine by 2026."
SLOW_S = 3.0


class Misbehaving(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # quiet test output
        pass

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        mode = self.path.strip("/").split("/")[0]
        if mode == "error":
            self._send(500, "application/json", b'{"error": {"message": "model crashed"}}')
        elif mode == "slow":
            time.sleep(SLOW_S)
            self._send(200, "application/json", b"{}")
        elif mode == "malformed":
            self._send(200, "text/event-stream", b"data: {this is not json\n\n")
        else:  # quoting
            prompt = request["messages"][-1]["content"]
            first = re.search(r"\[1\][^\n]*\n<passage>\n(.+?[.!?])(?:\s|\n)", prompt, re.S)
            text = f"{first[1] if first else ''} [1] {INVENTED} [2]"
            self._send(200, "text/event-stream", _events(text))

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _events(text: str) -> bytes:
    """`text` as an OpenAI chat-completion stream, a few words per chunk."""
    head = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m"}
    pieces = re.findall(r"\S+\s*", text)
    chunks = [{**head, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]} for p in pieces]
    chunks.append({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return b"".join(f"data: {json.dumps(c)}\n\n".encode() for c in chunks) + b"data: [DONE]\n\n"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _with(bot: Assistant, base_url: str, fallback: str = "none") -> Assistant:
    """The session's indexed assistant, answering through the OpenAI generator at `base_url`."""
    settings = bot.settings.model_copy(
        update={
            "generator": "openai",
            "openai_base_url": base_url,
            "openai_model": "m",
            "generator_timeout_s": 1.0,
            "generator_fallback": fallback,
        }
    )
    return Assistant(settings, bot.embeddings, bot.manifest)


def _backends(server: str) -> dict[str, str]:
    down = f"http://127.0.0.1:{free_port()}/v1"
    return {"unreachable": down} | {m: f"{server}/{m}/v1" for m in ("error", "slow", "malformed")}


@pytest.mark.parametrize("failure", ["unreachable", "error", "slow", "malformed"])
def test_a_failing_backend_is_a_503_on_every_surface(bot: Assistant, server: str, failure: str) -> None:
    llm = _with(bot, _backends(server)[failure])
    with pytest.raises(AssistantError) as caught:
        llm.ask(QUESTION)
    assert (caught.value.code, caught.value.status) == ("generator_unavailable", 503)
    assert "ASSISTANT_OPENAI_BASE_URL" in caught.value.message
    with TestClient(make_app(llm.settings, llm)) as client:
        response = client.post("/v1/ask", json={"question": QUESTION})
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "generator_unavailable"
        stream = client.post("/v1/ask/stream", json={"question": QUESTION})
        assert stream.status_code == 503
        events = re.findall(r"^event: (\w+)", stream.text, re.M)
        assert events == ["error", "done"] and "generator_unavailable" in stream.text
        chat = {"model": "assistant", "stream": True, "messages": [{"role": "user", "content": QUESTION}]}
        completion = client.post("/v1/chat/completions", json=chat)
        assert completion.status_code == 503
        assert "generator_unavailable" in completion.text and completion.text.endswith("data: [DONE]\n\n")
        plain = client.post("/v1/chat/completions", json={**chat, "stream": False})
        assert plain.status_code == 503


def test_a_refusal_needs_no_backend(bot: Assistant, server: str) -> None:
    answer = _with(bot, _backends(server)["unreachable"]).ask("What is China's position on the war?")
    assert answer.refused and "does not answer" in answer.answer


def test_the_fallback_answers_extractively_and_says_why(bot: Assistant, server: str) -> None:
    answer = _with(bot, _backends(server)["error"], fallback="extractive").ask(QUESTION)
    assert answer.generator == "openai+extractive-fallback"
    assert not answer.refused and answer.citations
    assert len(answer.warnings) == 1 and "generator_unavailable" not in answer.warnings[0]
    assert "ASSISTANT_OPENAI_BASE_URL" in answer.warnings[0]
    assert_valid_citations(answer)


def test_the_validator_keeps_exactly_the_supported_claims_of_the_llm(bot: Assistant, server: str) -> None:
    llm = _with(bot, f"{server}/quoting/v1")
    answer = llm.ask(QUESTION)
    assert answer.generator == "openai"  # the LLM's own answer, not the fallback
    first = llm.pipeline.retriever.retrieve(QUESTION, bot.settings.top_k)[0].passage.text
    quoted = re.match(r".+?[.!?](?=\s|$)", first, re.S)
    assert quoted and quoted.group() in answer.answer  # the supported claim is kept...
    assert INVENTED not in answer.answer and "Crimea" not in answer.answer  # ...the invented one dropped
    assert [c.n for c in answer.citations] == [1]
    assert_valid_citations(answer)


def test_the_cli_says_it_in_one_line_and_exits_2(bot: Assistant) -> None:
    env = {
        "ASSISTANT_INDEX_DIR": str(bot.settings.index_dir),
        "ASSISTANT_CORPUS_DIR": str(CORPUS),
        "ASSISTANT_GENERATOR": "openai",
        "ASSISTANT_OPENAI_BASE_URL": f"http://127.0.0.1:{free_port()}/v1",
        "HF_HUB_OFFLINE": "1",
        "PATH": str(Path(sys.executable).parent),
    }
    command = [str(Path(sys.executable).parent / "assistant"), "ask", QUESTION, "--json"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "ASSISTANT_OPENAI_BASE_URL" in errors[0]
    assert "Traceback" not in done.stderr and not done.stdout


@pytest.mark.parametrize("fallback", ["none", "extractive"])
def test_the_ui_shows_the_failure_or_the_fallbacks_warning(bot: Assistant, server: str, fallback: str) -> None:
    from gradio_client import Client

    llm = _with(bot, _backends(server)["error"], fallback=fallback)
    app = make_app(llm.settings, llm)
    mount_ui(app, lambda: llm)
    with ServerThread(app) as running:
        chat = str(Client(running.url + "/", verbose=False).predict(QUESTION, [], api_name="/ask")[0])
    assert "⚠️ the openai generator failed" in chat and "ASSISTANT_OPENAI_BASE_URL" in chat
    assert ("out of the question" in chat) == (fallback == "extractive")  # the extractive answer, with the warning
