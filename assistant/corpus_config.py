"""What a corpus folder says about itself: `positions.yaml` (parties, their aliases, issues, spelling variants).

One table drives everything that knows about parties: passage labels, retrieval boosts, follow-up
condensing, comparisons and the positions matrix. A corpus without `positions.yaml` has no parties; nothing
of any one document's cast is built in. `load` is lenient (answering works without parties, so a broken file
is a warning); `PositionsConfig.load` is strict, because the matrix cannot be drawn without the file.
This module reads configuration; it does not look at the documents.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Self

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from assistant.errors import AssistantError, warn

CONFIG_FILE = "positions.yaml"
GOLD_FILE = "gold.yaml"  # a corpus folder's own gold set, beside its documents


class Issue(BaseModel):
    """An issue of the matrix; written with only a name (or as a bare string), its id is the name in lower case
    with underscores and its description the name itself."""

    id: str = Field(min_length=1, pattern=r"^[\w-]+$")
    name: str = Field(min_length=1)
    description: str = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _named_only(cls, data: object) -> object:
        data = {"name": data} if isinstance(data, str) else data
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            return data
        return {"id": re.sub(r"\W+", "_", data["name"].lower()).strip("_"), "description": data["name"]} | data


class CorpusConfig(BaseModel):
    """Parties (name -> the names the text uses for it), issues, and spellings a user may type for a name the
    corpus writes another way (`variants`: "Kyiv": ["Kiev"])."""

    parties: dict[str, list[str]] = Field(default_factory=dict)
    issues: list[Issue] = Field(default_factory=list)
    variants: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("parties", mode="before")
    @classmethod
    def _listed(cls, parties: object) -> object:
        """Parties written as a list ("- name: Orvanda" with its `aliases`, or bare names) as the name -> aliases
        table; the name itself is always one of the names the text uses."""
        if not isinstance(parties, list):
            return parties
        table: dict[str, object] = {}
        for party in parties:
            if isinstance(party, str):
                table[party] = [party]
            elif isinstance(party, dict) and isinstance(party.get("name"), str) and set(party) <= {"name", "aliases"}:
                aliases = party.get("aliases") or []
                table[party["name"]] = [party["name"], *aliases] if isinstance(aliases, list) else aliases
            else:
                raise ValueError(f"a party in a list is a name or `name:` with `aliases:`, not {party!r}")
        return table

    @field_validator("issues")
    @classmethod
    def _unique_ids(cls, issues: list[Issue]) -> list[Issue]:
        ids = [i.id for i in issues]
        if len(set(ids)) != len(ids):
            raise ValueError(f"issue ids must be unique: {ids}")
        return issues

    @classmethod
    def read(cls, corpus_dir: Path) -> Self | None:
        """The corpus's configuration; None when it has no `positions.yaml`; an error naming the fix when the
        file is broken."""
        path = corpus_dir / CONFIG_FILE
        if not path.is_file():
            return None
        try:
            return cls.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
        except (yaml.YAMLError, ValidationError, UnicodeDecodeError, OSError) as exc:
            raise AssistantError(
                f"{path} is not a valid positions file ({_what_is_wrong(exc)}) — fix it (see docs/corpora.md)",
                code="positions_config_invalid",
                status=503,
            ) from exc

    @classmethod
    def load(cls, corpus_dir: Path) -> Self:
        """The configuration for answering: an empty one (no parties) when the file is missing or broken."""
        try:
            return cls.read(corpus_dir) or cls()
        except AssistantError as exc:
            warn(f"{exc.message}; answering without parties until it is fixed")
            return cls()

    def signature(self) -> str:
        """Changes when the parties or variants change: what passage labels and search data depend on."""
        data = json.dumps([self.parties, self.variants], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(data.encode()).hexdigest()[:12]


def _what_is_wrong(exc: Exception) -> str:
    """Where and what, for a file that does not validate ("parties.Orvanda: Input should be a valid list"); the
    first line of the error for a file that does not parse."""
    if isinstance(exc, ValidationError):
        errors = exc.errors()
        said = [f"{'.'.join(map(str, e['loc'])) or 'file'}: {e['msg']}" for e in errors[:3]]
        return "; ".join(said) + (f"; and {len(errors) - 3} more" if len(errors) > 3 else "")
    return str(exc).splitlines()[0]


class PositionsConfig(CorpusConfig):
    """A configuration the positions matrix can be drawn from: at least one party and one issue."""

    parties: dict[str, list[str]] = Field(min_length=1)
    issues: list[Issue] = Field(min_length=1)

    @classmethod
    def require(cls, corpus_dir: Path) -> PositionsConfig:
        path = corpus_dir / CONFIG_FILE
        if not path.is_file():
            raise AssistantError(
                f"no {CONFIG_FILE} in {str(corpus_dir)!r} — add one listing parties and issues, or start from"
                " `assistant positions --suggest` (see docs/corpora.md)",
                code="positions_not_configured",
                status=404,
            )
        found = cls.read(corpus_dir)
        assert found is not None
        return found

    @classmethod
    def of(cls, suggested: CorpusConfig) -> PositionsConfig:
        """A suggested configuration as one the matrix can be drawn from; an error when it found too little."""
        try:
            return cls.model_validate(suggested.model_dump())
        except ValidationError as exc:
            raise AssistantError(
                f"no {CONFIG_FILE}, and no parties and issues could be found in the text — write one (see"
                " docs/corpora.md)",
                code="positions_not_configured",
                status=404,
            ) from exc

    def fingerprint(self, version: str) -> str:
        """Changes with the configuration and with the way cells are computed (`version`)."""
        return hashlib.sha256(f"{version}\n{self.model_dump_json()}".encode()).hexdigest()[:16]
