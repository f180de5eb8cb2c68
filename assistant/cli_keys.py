"""`assistant keys add|list|revoke`: the named keys of `ASSISTANT_KEYS_FILE`, each with a role.

`add` prints the new key once, on its own last line; only its hash is kept. A running server sees the change
on its next request (it re-reads the file when it changes).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from assistant.access import Role, add_key, read_keys, revoke_key
from assistant.config import Settings
from assistant.errors import AssistantError, friendly_errors

keys_app = typer.Typer(no_args_is_help=True, help="Named keys with roles (reader, editor, admin).")


class RoleName(StrEnum):
    reader = "reader"
    editor = "editor"
    admin = "admin"


def _keys_file() -> Path:
    path = Settings().keys_file
    if path is None:
        raise AssistantError(
            "no keys file configured — set ASSISTANT_KEYS_FILE (e.g. ASSISTANT_KEYS_FILE=keys.json), in the"
            " environment or as keys_file in assistant.toml, for this command and the server",
            code="no_keys_file",
        )
    return path


@keys_app.command()
@friendly_errors
def add(
    name: Annotated[str, typer.Argument(help="Who the key is for (letters, digits, . _ @ -).")],
    role: Annotated[RoleName, typer.Option(help="What the key may do.")] = RoleName.reader,
) -> None:
    """Create a key for NAME and print it once (its last line is the key)."""
    path = _keys_file()
    key = add_key(path, name, Role.named(role.value))
    print(f"added {role.value} key {name!r} to {path}; it is shown only now:", file=typer.get_text_stream("stderr"))
    print(key)


@keys_app.command("list")
@friendly_errors
def list_() -> None:
    """The named keys and their roles (never the keys)."""
    path = _keys_file()
    entries = read_keys(path).keys
    for entry in entries:
        print(f"{entry.name}\t{entry.role}\t{entry.created:%Y-%m-%d %H:%M} UTC")
    if not entries:
        print(
            f"no keys in {path} — `assistant keys add NAME --role reader` adds one",
            file=typer.get_text_stream("stderr"),
        )


@keys_app.command()
@friendly_errors
def revoke(name: Annotated[str, typer.Argument(help="The key's name, as `keys list` shows it.")]) -> None:
    """Remove NAME's key; servers refuse it from their next request on."""
    revoke_key(_keys_file(), name)
    print(f"revoked {name!r}")
