"""Who may call the server: roles, the admin key, and named keys kept hashed in a keys file.

A named key is 256 random bits shown once; the keys file (`ASSISTANT_KEYS_FILE`, JSON) keeps only its
SHA-256. A fast hash is enough for random tokens of that size (no dictionary to try), and it lets every
request be checked with one hash and one dictionary lookup. The server re-reads the file when it changes,
so `assistant keys add` and `revoke` reach running servers without a restart. This module knows nothing of
HTTP: the gate (`gate.py`) asks it whose a token is; sessions and routes go through the gate.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from pathlib import Path

from filelock import FileLock
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import AssistantError

KEY_PREFIX = "ak_"


class Role(IntEnum):
    """What a key may do; each role may do everything the roles below it may."""

    READER = 1  # ask, stream, chat completions, read documents and positions, post feedback
    EDITOR = 2  # + add, delete and re-index documents
    ADMIN = 3  # + read feedback, every conversation, the list of keys

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def named(cls, label: str) -> Role:
        try:
            return cls[label.upper()]
        except KeyError:
            raise AssistantError(f"no role {label!r} — use reader, editor or admin", code="invalid_role") from None


@dataclass(frozen=True)
class Principal:
    """Whoever a request comes from: a key's name and role, and a fingerprint that changes with the key."""

    name: str
    role: Role
    fingerprint: str


ADMIN_KEY_NAME = "admin"
ANONYMOUS = Principal("anonymous", Role.ADMIN, "")  # no keys configured: the local user may do everything


class KeyEntry(BaseModel):
    name: str = Field(pattern=r"^[A-Za-z0-9_.@-]{1,64}$")
    role: str = Field(pattern=r"^(reader|editor|admin)$")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    created: datetime


class KeysFile(BaseModel):
    keys: list[KeyEntry] = Field(default_factory=list)


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def read_keys(path: Path) -> KeysFile:
    """The keys file's entries; none when it does not exist yet."""
    try:
        return KeysFile.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        return KeysFile()
    except (OSError, ValidationError, ValueError) as exc:
        raise AssistantError(
            f"keys file {path} is unreadable ({type(exc).__name__}) — fix it, or move it aside and add keys again"
            " with `assistant keys add NAME --role reader`",
            code="keys_file_invalid",
            status=503,
        ) from None


class KeyRing:
    """The keys a server accepts: the admin key from the settings and the keys file's, re-read on change."""

    def __init__(self, admin_key: str | None, keys_file: Path | None) -> None:
        self.keys_file = keys_file
        self._admin = (
            {digest(admin_key): Principal(ADMIN_KEY_NAME, Role.ADMIN, digest(admin_key)[:16])} if admin_key else {}
        )
        self._seen: tuple[int, int, int] | None = None
        self._named: dict[str, Principal] = {}
        self._refresh()  # a broken keys file stops the server at start, not at its first request

    @property
    def enabled(self) -> bool:
        """Whether any key is configured; if not, everyone is the anonymous local user."""
        return bool(self._admin) or self.keys_file is not None

    def who(self, key: str) -> Principal | None:
        """The principal that `key` belongs to, or None for a wrong or revoked key."""
        if not key:
            return None
        hashed = digest(key)
        return self._admin.get(hashed) or self._current().get(hashed)

    def session(self, name: str, fingerprint: str) -> Principal | None:
        """The principal a signed session names, if its key is still the same and not revoked."""
        for principal in (*self._admin.values(), *self._current().values()):
            if principal.name == name and secrets.compare_digest(principal.fingerprint, fingerprint):
                return principal
        return None

    def names(self) -> list[KeyEntry]:
        return read_keys(self.keys_file).keys if self.keys_file else []

    def _current(self) -> dict[str, Principal]:
        self._refresh()
        return self._named

    def _refresh(self) -> None:
        if self.keys_file is None:
            return
        try:
            stat = self.keys_file.stat()
            seen = (stat.st_ino, stat.st_mtime_ns, stat.st_size)  # a replaced file is a new inode
        except FileNotFoundError:
            seen = (0, 0, 0)
        if seen == self._seen:
            return
        entries = read_keys(self.keys_file).keys
        self._named = {e.sha256: Principal(e.name, Role.named(e.role), e.sha256[:16]) for e in entries}
        self._seen = seen


def _write(path: Path, keys: KeysFile) -> None:
    """Replace the keys file in one step, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(keys.model_dump(mode="json"), indent=2) + "\n")
    tmp.chmod(0o600)
    os.replace(tmp, path)


def add_key(path: Path, name: str, role: Role) -> str:
    """A new key for `name`, stored hashed; the key itself is returned once and kept nowhere."""
    if name == ADMIN_KEY_NAME:
        raise AssistantError(f"{name!r} is the name of ASSISTANT_API_KEY — choose another name", code="invalid_name")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    with FileLock(str(path) + ".lock"):
        keys = read_keys(path)
        if any(e.name == name for e in keys.keys):
            raise AssistantError(f"a key named {name!r} exists — `assistant keys revoke {name}` first", code="exists")
        try:
            entry = KeyEntry(name=name, role=role.label, sha256=digest(key), created=datetime.now(UTC))
        except ValidationError:
            raise AssistantError(
                f"bad key name {name!r} — use up to 64 letters, digits and . _ @ -", code="invalid_name"
            ) from None
        _write(path, KeysFile(keys=[*keys.keys, entry]))
    return key


def revoke_key(path: Path, name: str) -> None:
    with FileLock(str(path) + ".lock"):
        keys = read_keys(path)
        kept = [e for e in keys.keys if e.name != name]
        if len(kept) == len(keys.keys):
            raise AssistantError(f"no key named {name!r} — `assistant keys list` shows them", code="not_found")
        _write(path, KeysFile(keys=kept))
