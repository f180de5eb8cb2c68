"""The search data a build saves for its readers: loaded, it equals what a reader would derive itself."""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.corpus_config import CorpusConfig
from assistant.indexing import refresh
from assistant.names import Parties
from assistant.search_cache import derive, fingerprint
from assistant.service import Assistant
from assistant.store import open_store

QUESTIONS = ["What does Russia demand?", "Which town is Russia targeting?", "How do the sides differ on NATO?"]


def _saved(settings: Settings) -> tuple[list[Path], Path]:
    manifest = Assistant.load(settings, progress=False).manifest
    snapshot = open_store(settings).build_dir(manifest.build) / "snapshot"
    return sorted(snapshot.glob("derived-*")), snapshot


def test_a_build_saves_what_readers_derive_and_they_load_the_same(settings: Settings, embeddings: Embeddings) -> None:
    refresh(settings, lambda: embeddings, progress=False)
    saved, snapshot = _saved(settings)
    config = CorpusConfig.load(settings.corpus_dir)
    assert [p.name for p in saved] == [f"derived-{fingerprint(config)}"]  # written by the build, not a reader
    passages = open_store(settings).open_local(snapshot.parent.name).passages
    parties = Parties(config.parties)
    loaded, fresh = derive(passages, config, parties, snapshot), derive(passages, config, parties, None)
    assert loaded.lexicon.state() == fresh.lexicon.state() and loaded.people == fresh.people
    assert "peskov" in loaded.people and "nato" in loaded.lexicon.vocabulary
    for mine, theirs in [(loaded.lexical.names, fresh.lexical.names), (loaded.lexical.stances, fresh.lexical.stances)]:
        assert mine.keys() == theirs.keys() and all(np.array_equal(mine[k], theirs[k]) for k in mine)
    assert loaded.lexical.stances["Russia"].any()
    for terms in (["russia", "demand"], ["pokrovsk"], ["nato", "allianc"]):
        assert np.allclose(loaded.lexical.bm25.get_scores(terms), fresh.lexical.bm25.get_scores(terms))
    # And an assistant on the saved data answers as one that derived it.
    bot = Assistant.load(settings, progress=False)
    for question in QUESTIONS:
        assert bot.ask(question).answer


def test_damaged_or_foreign_search_data_is_derived_again(
    settings: Settings, corpus_copy: Path, embeddings: Embeddings, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings.model_copy(update={"corpus_dir": corpus_copy})
    refresh(settings, lambda: embeddings, progress=False)
    (saved,), snapshot = _saved(settings)
    expected = Assistant.load(settings, progress=False).ask(QUESTIONS[0]).answer
    (saved / "masks.npz").write_bytes(b"not a zip")
    assert Assistant.load(settings, progress=False).ask(QUESTIONS[0]).answer == expected
    assert "cannot be used" in capsys.readouterr().err
    assert np.load(saved / "masks.npz").files  # saved again, whole
    # Other name variants mean another lexicon: a second folder, the first left for readers that use it.
    with (corpus_copy / "positions.yaml").open("a", encoding="utf-8") as config:
        config.write("  Pokrovske: [Pokrovsk]\n")
    assert Assistant.load(settings, progress=False).manifest.build == snapshot.parent.name  # the same build
    assert len(list(snapshot.glob("derived-*"))) == 2


def test_an_incremental_build_derives_its_own(settings: Settings, corpus_copy: Path, embeddings: Embeddings) -> None:
    settings = settings.model_copy(update={"corpus_dir": corpus_copy})
    first = refresh(settings, lambda: embeddings, progress=False).manifest
    (corpus_copy / "more.txt").write_text("Pokrovsk, a mining town.\n\nRussia demands the town of Pokrovsk.\n")
    second = refresh(settings, lambda: embeddings, progress=False).manifest
    assert second.build != first.build and second.passage_count > first.passage_count
    (saved,), _ = _saved(settings)
    names = np.load(saved / "masks.npz")["names/Russia"]
    assert len(names) == second.passage_count  # not the copy of the first build's


# ...by any module it imports, directly or not (`sides` reads `holds`, which reads `thesaurus`), and `party_nouns`
@pytest.mark.parametrize("module", ["names", "speakers", "lexicon", "english", "holds", "thesaurus", "party_nouns"])
def test_the_code_that_derives_the_data_is_part_of_its_fingerprint(
    module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # who states a position (names, speakers) is saved in the party masks: new code must not load old masks
    source = importlib.import_module(f"assistant.{module}")
    before = fingerprint(CorpusConfig())
    changed = tmp_path / f"{module}.py"
    changed.write_text(Path(str(source.__file__)).read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    monkeypatch.setattr(source, "__file__", str(changed))
    assert fingerprint(CorpusConfig()) != before
