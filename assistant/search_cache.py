"""What a reader derives from a build's passages, saved beside its snapshot for the next process to load.

Opening a build derives the lexicon's vocabulary, the BM25 index, which passages name each party and where a
party states a position (`LexicalIndex`), and the people the corpus introduces and their parties: pure Python
over every passage, ~20 s at 100k passages. All of it follows from the passages (a build never changes), the corpus's
parties and spelling variants (`positions.yaml`), and the code that derives it. So the first process to open a
build saves it in `snapshot/derived-<fingerprint of those>/`, and later ones load it. A snapshot folder that
cannot be written, or a saved copy that cannot be read, only makes opening slower. Builds on a Chroma server
have no local folder; their readers derive everything each time.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import json
import os
import shutil
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from assistant import english, party_nouns, sides
from assistant.corpus_config import CorpusConfig
from assistant.english import lemmas
from assistant.errors import warn
from assistant.lexicon import Lexicon
from assistant.models import Passage
from assistant.names import Parties
from assistant.people import people_in
from assistant.retrieval import LexicalIndex

LEXICON = "lexicon.json"


@dataclass(frozen=True)
class Derived:
    lexicon: Lexicon
    lexical: LexicalIndex
    people: frozenset[str]
    sides: dict[str, str]  # each person's party (`sides.people_sides`)
    speaking: dict[str, str]  # the party whose speech a passage goes on with (`sides.speeches`)


def fingerprint(config: CorpusConfig) -> str:
    """What the derived data depends on besides the passages: the parties and variants, and its code, which is
    this module and every module of the package it imports, directly or not (a list kept by hand goes stale:
    `sides` reads `holds`, which reads `thesaurus`)."""
    digest = hashlib.sha256(config.signature().encode())
    # ...and `party_nouns`, whose common nouns ("the union") are part of the parties `derive` is given
    for name in sorted({*_imported(__name__), *_imported(party_nouns.__name__)}):
        digest.update(Path(str(importlib.import_module(name).__file__)).read_bytes())
    digest.update(english.INFLECTIONS_FILE.read_bytes())  # the stance verbs' forms
    return digest.hexdigest()[:16]


@cache
def _imported(name: str) -> tuple[str, ...]:
    """`name` and the modules of this package it imports, directly or not, by their import statements."""
    package = name.split(".")[0]
    found: set[str] = set()
    todo = [name]
    while todo:
        module = todo.pop()
        if module in found:
            continue
        found.add(module)
        tree = ast.parse(Path(str(importlib.import_module(module).__file__)).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == package:
                parent = importlib.import_module(node.module)
                if node.module != package:  # the package's own __init__ imports everything, lazily
                    todo.append(node.module)
                todo += [
                    f"{node.module}.{a.name}"
                    for a in node.names
                    if isinstance(getattr(parent, a.name, None), ModuleType)
                ]
    return tuple(sorted(found))


def derive(passages: Sequence[Passage], config: CorpusConfig, parties: Parties, snapshot: Path | None) -> Derived:
    """The derived data of `passages` (under `config`, whose `parties` the caller has built): loaded from
    `snapshot` if saved there, else computed (and saved)."""
    folder = snapshot / f"derived-{fingerprint(config)}" if snapshot is not None else None
    if folder is not None and folder.is_dir():
        try:
            return _load(folder, passages, config, parties)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:  # damaged or cut short: derive it again
            warn(f"the saved search data in {folder} cannot be used ({exc}); deriving it again")
            shutil.rmtree(folder, ignore_errors=True)
    texts = [p.text for p in passages]
    people = frozenset(people_in(texts)) - _bodies(parties.names)
    words = Lexicon(texts, config.variants, names=parties.aliases.values(), people=people)
    body = [p.text for p in passages if p.section != "Title"]  # a headline introduces no one by their role
    headlines = [p.text for p in passages if p.section == "Title"]  # ...though it may say whose a title is
    placed = sides.people_sides(body, people, parties, headlines)
    speaking = sides.speeches(passages, placed, parties)

    def heard(p: Passage) -> str:  # "Our position is…" in Korvin's answer names Velmora
        return sides.as_said_by(p.text, p.text, 0, placed, speaking.get(p.id))

    lexical = LexicalIndex.build(passages, words, parties, heard)
    derived = Derived(words, lexical, people, placed, speaking)
    if folder is not None:
        _save(derived, folder)
    return derived


def _load(folder: Path, passages: Sequence[Passage], config: CorpusConfig, parties: Parties) -> Derived:
    saved = json.loads((folder / LEXICON).read_text(encoding="utf-8"))
    people = frozenset(saved["people"])
    words = Lexicon((), config.variants, state=saved["lexicon"], names=parties.aliases.values(), people=people)
    return Derived(words, LexicalIndex.load(folder, len(passages)), people, saved["sides"], saved["speaking"])


def _save(derived: Derived, folder: Path) -> None:
    """Whole or not at all: written aside, then renamed. Another process may win the race; both wrote the same."""
    tmp = folder.with_name(f".{folder.name}.{os.getpid()}.tmp")
    try:
        tmp.mkdir(parents=True)
        derived.lexical.save(tmp)
        state = {"lexicon": derived.lexicon.state(), "people": sorted(derived.people)}
        state |= {"sides": derived.sides, "speaking": derived.speaking}
        (tmp / LEXICON).write_text(json.dumps(state), encoding="utf-8")
        os.replace(tmp, folder)
    except OSError:  # a read-only index, a full disk, or the other process was first: the next open derives it
        pass
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _bodies(names: Iterable[str]) -> set[str]:
    """The words of the parties' names that are a country's or an organisation's, which are no one's surname
    ("…to be called Hestmark Corvane" names no Mr Corvane): a name of one word, or one whose last word English
    knows ("Corvane Rail Freight"), unlike a person's ("Tobias Wendlake")."""
    return {w.lower() for n in names for w in n.split() if len(n.split()) == 1 or lemmas(n.split()[-1])}
