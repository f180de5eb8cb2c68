"""A corpus folder's own configuration: parties, aliases and spelling variants come from its positions.yaml,
and nothing of any one document's cast is built in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.corpus_config import CorpusConfig
from assistant.errors import AssistantError
from assistant.indexing import refresh
from assistant.service import Assistant
from tests.conftest import ARTICLE, ROOT

FISHERIES = ROOT / "tests" / "corpora" / "news-fisheries-talks"


def test_settings_carry_no_cast() -> None:
    assert not {"party_aliases", "name_variants"} & set(Settings.model_fields)


def test_a_corpus_without_positions_has_no_parties(tmp_path: Path) -> None:
    assert CorpusConfig.load(tmp_path) == CorpusConfig()


def test_a_broken_positions_file_is_a_warning_for_answering(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "positions.yaml").write_text("parties: [unclosed")
    assert CorpusConfig.load(tmp_path).parties == {}
    assert "positions.yaml" in capsys.readouterr().err


def test_passages_are_labelled_with_the_corpus_own_parties(
    tmp_path: Path, embeddings: Embeddings, passage_embeddings: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FISHERIES, corpus)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    bot = Assistant(settings, embeddings, refresh(settings, lambda: passage_embeddings, progress=False).manifest)
    assert bot.pipeline.parties.names == ["Quessary", "Orvanda", "Selvane Sea Community"]
    answer = bot.ask("What did Orvanda propose on the quotas?")
    assert not answer.refused and "Orvanda" in answer.answer
    # The article's cast means nothing here: Russia is a name this corpus never mentions.
    assert bot.ask("What does Russia want?").refused


def test_the_article_alone_without_positions_still_answers(
    tmp_path: Path, embeddings: Embeddings, passage_embeddings: Embeddings
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ARTICLE, corpus)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    bot = Assistant(settings, embeddings, refresh(settings, lambda: passage_embeddings, progress=False).manifest)
    assert bot.pipeline.parties.names == []
    answer = bot.ask("What does Russia want?")
    assert not answer.refused and "Russia" in answer.answer


def test_parties_may_be_written_as_a_list_and_issues_by_name(tmp_path: Path) -> None:
    (tmp_path / "positions.yaml").write_text(
        "parties:\n  - name: Orvanda\n    aliases: [Orvandan, Kallenbrook]\n  - Quessary\n"
        "issues:\n  - name: Tuna quota shares\n  - Maritime boundary\n"
    )
    config = CorpusConfig.load(tmp_path)
    assert config.parties == {"Orvanda": ["Orvanda", "Orvandan", "Kallenbrook"], "Quessary": ["Quessary"]}
    assert [(i.id, i.name, i.description) for i in config.issues] == [
        ("tuna_quota_shares", "Tuna quota shares", "Tuna quota shares"),
        ("maritime_boundary", "Maritime boundary", "Maritime boundary"),
    ]


def test_a_party_listed_without_a_name_is_an_error_that_names_the_form(tmp_path: Path) -> None:
    (tmp_path / "positions.yaml").write_text("parties:\n  - party: Orvanda\n")
    with pytest.raises(AssistantError, match="`name:` with `aliases:`"):
        CorpusConfig.read(tmp_path)
