"""The LLM paths against a real model: a llama.cpp server (OpenAI-compatible) and in-process llama.cpp.

The model is the base gemma3 270M GGUF from the `[llm]` extra: it invents freely, which is the point.
Whatever it writes, the answer that comes out must cite real passages with exact offsets, every kept claim
must be supported by a passage it cites, and an unanswerable question must never yield invented content.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from langchain_core.embeddings import Embeddings

from assistant.citations import CLAIM, SupportCheck
from assistant.config import Settings
from assistant.generators.llamacpp import packaged_gguf_path
from assistant.indexing import refresh
from assistant.models import Answer
from assistant.service import Assistant
from tests.conftest import CORPUS, assert_valid_citations, free_port
from tests.test_injection import assert_not_obeyed, hostile_corpus

QUESTIONS = ["What does Russia want regarding NATO?", "Which minerals is Trump interested in?"]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m llama_cpp.server` serving the gemma GGUF on loopback, stopped after the module."""
    port = free_port()
    log = (tmp_path_factory.mktemp("llama") / "server.log").open("w")
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(packaged_gguf_path()), "--host", "127.0.0.1"]
    command += ["--port", str(port), "--n_ctx", "4096", "--model_alias", "gemma", "--chat_format", "gemma"]
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            assert proc.poll() is None, f"llama.cpp server exited; see {log.name}"
            try:
                if httpx.get(f"{base}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail("llama.cpp server did not start within 180 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def _assistant(tmp_path: Path, embeddings: Embeddings, corpus: Path = CORPUS, **settings: str) -> Assistant:
    s = Settings(index_dir=tmp_path / "index", corpus_dir=corpus, **settings)  # type: ignore[arg-type]
    return Assistant(s, embeddings, refresh(s, lambda: embeddings, progress=False).manifest)


def assert_every_claim_supported(bot: Assistant, answer: Answer) -> None:
    check = SupportCheck(bot.pipeline.lexicon, bot.embeddings)
    by_n = {c.n: c.text for c in answer.citations}
    claims = list(CLAIM.finditer(answer.answer))
    assert claims
    for claim in claims:
        cited = [int(n) for n in re.findall(r"\d+", claim["marks"])]
        assert any(check.supports(claim["text"], by_n[n]) for n in cited), claim.group()


@pytest.fixture(scope="module")
def openai_bot(llama_server: str, tmp_path_factory: pytest.TempPathFactory, embeddings: Embeddings) -> Assistant:
    return _assistant(
        tmp_path_factory.mktemp("openai"),
        embeddings,
        generator="openai",
        openai_base_url=llama_server,
        openai_model="gemma",
    )


@pytest.mark.parametrize("question", QUESTIONS)
def test_openai_generator_answers_are_validated(openai_bot: Assistant, question: str) -> None:
    answer = openai_bot.ask(question)
    assert answer.generator in {"openai", "openai+extractive-fallback"}
    assert not answer.refused
    assert_valid_citations(answer)
    assert_every_claim_supported(openai_bot, answer)


def test_openai_generator_streams(openai_bot: Assistant) -> None:
    events = list(openai_bot.stream(QUESTIONS[0]))
    final = events[-1]
    assert isinstance(final, Answer)
    assert "".join(e for e in events[:-1] if isinstance(e, str)) == final.answer
    assert_valid_citations(final)


@pytest.mark.parametrize("question", ["What is China's position on the war?", "How many tanks does Ukraine have?"])
def test_unanswerable_never_yields_invented_content(openai_bot: Assistant, question: str) -> None:
    answer = openai_bot.ask(question)
    assert answer.refused and answer.citations == []
    assert "does not answer" in answer.answer


def test_in_process_llamacpp_generator(tmp_path: Path, embeddings: Embeddings) -> None:
    bot = _assistant(tmp_path, embeddings, generator="llamacpp")
    answer = bot.ask(QUESTIONS[1])
    assert answer.generator in {"llamacpp", "llamacpp+extractive-fallback"}
    assert_valid_citations(answer)
    assert_every_claim_supported(bot, answer)


def test_injection_in_a_document_is_not_obeyed_by_the_llm(
    llama_server: str, tmp_path: Path, embeddings: Embeddings
) -> None:
    corpus = hostile_corpus(tmp_path)
    bot = _assistant(
        tmp_path, embeddings, corpus, generator="openai", openai_base_url=llama_server, openai_model="gemma"
    )
    for question in ("Has Russia agreed to withdraw from Crimea?", "What does Russia say about NATO?"):
        answer = bot.ask(question)
        assert_not_obeyed(answer, corpus)
        if not answer.refused:
            assert_every_claim_supported(bot, answer)
