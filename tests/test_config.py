"""Settings precedence: explicit argument > ASSISTANT_* env var > assistant.toml > default."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.config import Settings


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSISTANT_INDEX_DIR")
    monkeypatch.delenv("ASSISTANT_CORPUS_DIR")
    s = Settings()
    assert s.top_k == 8
    assert s.generator == "extractive"
    assert s.index_dir == Path("index")
    assert s.max_question_chars == 2000
    assert s.chroma_host is None


def test_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "assistant.toml").write_text('top_k = 7\ngenerator = "openai"\nmax_question_chars = 99\n')
    assert Settings().top_k == 7  # toml beats default
    assert Settings().max_question_chars == 99
    monkeypatch.setenv("ASSISTANT_TOP_K", "9")
    assert Settings().top_k == 9  # env beats toml
    assert Settings().generator == "openai"  # toml still applies where env is silent
    assert Settings(top_k=3).top_k == 3  # explicit beats env


def test_invalid_values_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_GENERATOR", "gpt-9")
    with pytest.raises(ValidationError):
        Settings()
    monkeypatch.delenv("ASSISTANT_GENERATOR")
    with pytest.raises(ValidationError):
        Settings(top_k=0)


def test_blank_chroma_host_means_embedded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_CHROMA_HOST", "")
    assert Settings().chroma_host is None
