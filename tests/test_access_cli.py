"""`assistant keys` and `assistant serve`'s exposure rule, run as a user runs them: the console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from assistant.service import Assistant
from tests.conftest import free_port

ASSISTANT = str(Path(sys.executable).parent / "assistant")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    return {**env, "HF_HUB_OFFLINE": "1", **extra}


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ASSISTANT, *args], env=env, capture_output=True, text=True, timeout=120)


def test_keys_add_list_revoke(tmp_path: Path) -> None:
    keys_file = tmp_path / "keys.json"
    env = _env(ASSISTANT_KEYS_FILE=str(keys_file))
    added = _cli("keys", "add", "alice", "--role", "editor", env=env)
    assert added.returncode == 0, added.stderr
    key = added.stdout.strip().splitlines()[-1]
    assert key.startswith("ak_") and len(key) > 40 and "shown only now" in added.stderr
    stored = json.loads(keys_file.read_text())["keys"]
    assert [(k["name"], k["role"]) for k in stored] == [("alice", "editor")] and key not in keys_file.read_text()
    assert _cli("keys", "add", "bob", env=env).returncode == 0  # reader by default
    listed = _cli("keys", "list", env=env)
    assert listed.returncode == 0 and "alice\teditor" in listed.stdout and "bob\treader" in listed.stdout
    assert key not in listed.stdout
    again = _cli("keys", "add", "alice", env=env)
    assert again.returncode == 2 and "revoke" in again.stderr and "Traceback" not in again.stderr
    assert _cli("keys", "add", "admin", env=env).returncode == 2  # the name of ASSISTANT_API_KEY
    assert _cli("keys", "add", "x/../y", env=env).returncode == 2
    assert _cli("keys", "add", "carol", "--role", "owner", env=env).returncode == 2
    assert _cli("keys", "revoke", "alice", env=env).returncode == 0
    gone = _cli("keys", "revoke", "alice", env=env)
    assert gone.returncode == 2 and "keys list" in gone.stderr
    assert "alice" not in _cli("keys", "list", env=env).stdout


def test_keys_without_a_keys_file_says_how_to_set_one() -> None:
    done = _cli("keys", "list", env=_env())
    assert done.returncode == 2 and "ASSISTANT_KEYS_FILE" in done.stderr and "Traceback" not in done.stderr


def test_a_broken_keys_file_stops_the_server_with_its_fix(tmp_path: Path) -> None:
    keys_file = tmp_path / "keys.json"
    keys_file.write_text("{not json")
    done = _cli("keys", "list", env=_env(ASSISTANT_KEYS_FILE=str(keys_file)))
    assert done.returncode == 2 and "unreadable" in done.stderr and "Traceback" not in done.stderr


def test_serve_refuses_an_exposed_host_without_a_key(bot: Assistant) -> None:
    index = {"ASSISTANT_INDEX_DIR": str(bot.settings.index_dir), "ASSISTANT_CORPUS_DIR": str(bot.settings.corpus_dir)}
    refused = _cli("serve", "--host", "0.0.0.0", "--port", str(free_port()), env=_env(**index))
    assert refused.returncode == 2 and "--allow-anonymous" in refused.stderr and "ASSISTANT_API_KEY" in refused.stderr
    for args, extra, status in (
        (["--allow-anonymous"], {}, 200),  # meant: served, open
        ([], {"ASSISTANT_API_KEY": "k"}, 401),  # keyed: served, closed
    ):
        port = free_port()
        command = [ASSISTANT, "serve", "--host", "0.0.0.0", "--port", str(port), *args]
        process = subprocess.Popen(
            command, env=_env(**index, **extra), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            assert _wait_up(f"http://127.0.0.1:{port}", process), args
            assert httpx.get(f"http://127.0.0.1:{port}/v1/documents").status_code == status
        finally:
            process.terminate()
            process.wait(timeout=30)


def _wait_up(url: str, process: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            return httpx.get(f"{url}/healthz").status_code == 200
        except httpx.TransportError:
            time.sleep(0.3)
    return False


def test_the_bare_gradio_ui_refuses_to_start_when_keys_are_configured() -> None:
    ui = Path(__file__).resolve().parents[1] / "ui.py"
    done = subprocess.run([sys.executable, str(ui)], env=_env(ASSISTANT_API_KEY="k"), capture_output=True, text=True)
    assert done.returncode == 1 and "assistant serve" in done.stderr and "Traceback" not in done.stderr
