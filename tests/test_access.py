"""The gate, keys and roles on a real server: every route of the app × no key / wrong key / each role.

The routes come from the app itself (the API, FastAPI's docs, the login page and every route Gradio mounts),
so a route added later is in the matrix without anyone adding it here; a new /v1 route must also be given
its role below, or the test fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.routing import Mount

from assistant import server
from assistant.access import Role, add_key
from assistant.config import Settings
from assistant.service import Assistant
from tests.conftest import ServerThread

READER, EDITOR, ADMIN = Role.READER, Role.EDITOR, Role.ADMIN
V1_ROLES = {
    ("POST", "/v1/ask"): READER,
    ("POST", "/v1/ask/stream"): READER,
    ("POST", "/v1/chat/completions"): READER,
    ("GET", "/v1/documents"): READER,
    ("GET", "/v1/documents/{doc_id:path}"): READER,
    ("POST", "/v1/documents"): EDITOR,
    ("DELETE", "/v1/documents/{doc_id:path}"): EDITOR,
    ("GET", "/v1/positions"): READER,
    ("POST", "/v1/index"): EDITOR,
    ("POST", "/v1/feedback"): READER,
    ("GET", "/v1/feedback"): ADMIN,
    ("GET", "/v1/conversations"): READER,
    ("GET", "/v1/conversations/{cid}"): READER,
    ("DELETE", "/v1/conversations/{cid}"): READER,
    ("GET", "/v1/keys"): ADMIN,
}
OPEN = {("GET", "/healthz"), ("GET", "/login"), ("POST", "/login"), ("GET", "/logout")}
ADMIN_KEY = "the-admin-key"


def app_routes(routes: list[Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(method, path) for every HTTP route reachable in `routes`, through mounts and included routers."""
    for route in routes:
        if isinstance(route, Mount):
            yield from app_routes(getattr(route.app, "routes", []), prefix + route.path)
        elif hasattr(route, "original_router"):  # FastAPI's included router keeps its routes there
            yield from app_routes(route.original_router.routes, prefix + route.include_context.prefix)
        elif hasattr(route, "methods"):
            for method in sorted((route.methods or set()) - {"HEAD"}):
                yield method, prefix + route.path


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "x", path)


@pytest.fixture(scope="module")
def keyed(bot: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerThread, dict[str, str]]]:
    """A real server over the article with an admin key and a keys file holding one key per role."""
    keys_file = tmp_path_factory.mktemp("keys") / "keys.json"
    keys = {role.label: add_key(keys_file, f"{role.label}-1", role) for role in Role}
    settings = bot.settings.model_copy(update={"api_key": ADMIN_KEY, "keys_file": keys_file})
    with ServerThread(server.create(bot, settings)) as running:
        yield running, keys


def _outcome(client: httpx.Client, method: str, path: str, key: str | None) -> str:
    """ "401"/"403" when the gate or a route's role check refused (by our error codes; Gradio has its own
    401s and 403s for things such as file paths it does not serve), else the status."""
    headers = {"Authorization": f"Bearer {key}"} if key is not None else {}
    with client.stream(method, path, headers=headers) as response:  # SSE routes: the status, not the stream
        if response.status_code in {401, 403}:
            body = response.read()
            ours = body.startswith(b'{"error"') and httpx.Response(200, content=body).json()["error"]["code"]
            if ours in {"unauthorized", "forbidden"}:
                return str(response.status_code)
            return f"gradio {response.status_code}"
        return str(response.status_code)


def test_every_route_needs_a_key_and_the_role_it_is_for(keyed: tuple[ServerThread, dict[str, str]]) -> None:
    running, keys = keyed
    routes = sorted(set(app_routes(running.server.config.app.routes)))
    assert {r for r in routes if r[1].startswith("/v1/")} == set(V1_ROLES), "give each /v1 route its role above"
    assert len(routes) > 60 and ("POST", "/gradio_api/queue/join") in routes and ("GET", "/gradio_api/info") in routes
    callers: dict[str, tuple[str | None, Role | None]] = {
        "no key": (None, None),
        "wrong key": ("ak_wrong", None),
        **{role.label: (keys[role.label], role) for role in Role},
        "ASSISTANT_API_KEY": (ADMIN_KEY, ADMIN),
    }
    counts: dict[str, int] = {}
    wrong: list[str] = []
    with httpx.Client(base_url=running.url, timeout=30) as client:
        for method, path in routes:
            needed = None if (method, path) in OPEN else V1_ROLES.get((method, path), READER)
            for caller, (key, role) in callers.items():
                outcome = _outcome(client, method, concrete(path), key)
                if needed is None:
                    expected_ok = outcome not in {"401", "403"}
                elif role is None:
                    expected_ok = outcome == "401"
                elif role < needed:
                    expected_ok = outcome == "403"
                else:
                    expected_ok = outcome not in {"401", "403"} and not (outcome >= "5" and path.startswith("/v1/"))
                counts[f"{caller} {outcome}"] = counts.get(f"{caller} {outcome}", 0) + 1
                if not expected_ok:
                    wrong.append(f"{caller} {method} {path} -> {outcome}")
    print(f"\n{len(routes)} routes x {len(callers)} callers:", dict(sorted(counts.items())))
    assert not wrong, wrong
    # the reader: adding, deleting, re-indexing, keys, the feedback list; the editor: keys, the feedback list
    assert counts.get("reader 403") == 5 and counts.get("editor 403") == 2, counts


def test_a_browser_asking_for_a_page_is_sent_to_the_login_page(keyed: tuple[ServerThread, dict[str, str]]) -> None:
    running, keys = keyed
    with httpx.Client(base_url=running.url, timeout=30) as client:
        page = client.get("/", headers={"Accept": "text/html"})
        assert page.status_code == 303 and page.headers["location"] == "/login?next=%2F"
        assert client.get("/healthz").json() == {"status": "ok"}
        bad = client.post("/login", data={"key": "nope", "next": "/"})
        assert bad.status_code == 401 and "not valid" in bad.text and "set-cookie" not in bad.headers
        good = client.post("/login", data={"key": keys["reader"], "next": "//evil.example/"})
        assert good.status_code == 303 and good.headers["location"] == "/"  # never sent off-site
        cookie = good.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=lax" in cookie and keys["reader"] not in cookie
        assert client.get("/v1/documents").status_code == 200  # the session cookie is a key too
        assert client.post("/v1/index").status_code == 403  # with a reader's rights
        head, _, signature = client.cookies["assistant_session"].rpartition(".")
        forged = f"{head}.{'B' if signature.startswith('A') else 'A'}{signature[1:]}"  # always another signature
        assert httpx.get(f"{running.url}/v1/documents", cookies={"assistant_session": forged}).status_code == 401
        client.get("/logout")
        assert "assistant_session" not in client.cookies
        assert client.get("/v1/documents").status_code == 401


def test_gradio_client_needs_a_key(keyed: tuple[ServerThread, dict[str, str]]) -> None:
    from gradio_client import Client

    running, keys = keyed
    with pytest.raises(Exception, match="credentials were not provided"):
        Client(running.url + "/", verbose=False)
    client = Client(running.url + "/", verbose=False, headers={"Authorization": f"Bearer {keys['reader']}"})
    result = client.predict("Which minerals is Trump interested in?", [], api_name="/ask")
    assert "lithium" in str(result) and "[1]" in str(result)


def test_a_revoked_key_and_its_sessions_stop_working(bot: Assistant, tmp_path: Path) -> None:
    from assistant.access import revoke_key

    keys_file = tmp_path / "keys.json"
    key = add_key(keys_file, "temp", Role.READER)
    assert key not in keys_file.read_text() and keys_file.stat().st_mode & 0o077 == 0
    settings = bot.settings.model_copy(update={"keys_file": keys_file})
    with ServerThread(server.create(bot, settings)) as running, httpx.Client(base_url=running.url) as client:
        assert client.post("/login", data={"key": key}).status_code == 303
        session = httpx.Client(base_url=running.url, cookies=client.cookies)
        bearer = {"Authorization": f"Bearer {key}"}
        assert (
            client.get("/v1/documents", headers=bearer).status_code == session.get("/v1/documents").status_code == 200
        )
        revoke_key(keys_file, "temp")
        assert (
            client.get("/v1/documents", headers=bearer).status_code == session.get("/v1/documents").status_code == 401
        )
        session.close()


def test_over_the_rate_limit_is_a_429_per_key(bot: Assistant, tmp_path: Path) -> None:
    keys_file = tmp_path / "keys.json"
    flood, calm = add_key(keys_file, "flood", Role.READER), add_key(keys_file, "calm", Role.READER)
    settings = bot.settings.model_copy(update={"keys_file": keys_file, "rate_limit": 3})
    with ServerThread(server.create(bot, settings)) as running, httpx.Client(base_url=running.url) as client:
        statuses = [client.get("/v1/documents", headers={"Authorization": f"Bearer {flood}"}) for _ in range(5)]
        assert [r.status_code for r in statuses] == [200, 200, 200, 429, 429]
        assert 1 <= int(statuses[-1].headers["Retry-After"]) <= 60
        assert statuses[-1].json()["error"]["code"] == "rate_limited"
        assert client.get("/v1/documents", headers={"Authorization": f"Bearer {calm}"}).status_code == 200
        assert client.get("/healthz").status_code == 200  # never counted
        guesses = [client.get("/v1/documents", headers={"Authorization": "Bearer guess"}) for _ in range(4)]
        assert [r.status_code for r in guesses] == [401, 401, 401, 429]  # key guessing is throttled by address


def test_anonymous_callers_are_throttled_by_address(bot: Assistant) -> None:
    settings = bot.settings.model_copy(update={"rate_limit": 2})
    with ServerThread(server.create(bot, settings)) as running, httpx.Client(base_url=running.url) as client:
        assert [client.get("/v1/documents").status_code for _ in range(3)] == [200, 200, 429]


def test_cors_is_off_unless_origins_are_configured(bot: Assistant) -> None:
    from fastapi.testclient import TestClient

    preflight = {"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}
    with TestClient(server.create(bot, bot.settings)) as client:  # Gradio's own CORS must not answer either
        for path in ("/v1/ask", "/", "/gradio_api/info"):
            assert "access-control-allow-origin" not in client.options(path, headers=preflight).headers
            assert (
                "access-control-allow-origin" not in client.get(path, headers={"Origin": "https://x.example"}).headers
            )
    settings = bot.settings.model_copy(update={"cors_origins": ["https://app.example"], "api_key": ADMIN_KEY})
    with TestClient(server.create(bot, settings)) as client:
        allowed = client.options("/v1/ask", headers=preflight)
        assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == "https://app.example"
        other = client.options("/v1/ask", headers={**preflight, "Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        assert (
            client.post("/v1/ask", json={"question": "x"}, headers={"Origin": "https://app.example"}).status_code == 401
        )


def test_settings_read_keys_and_limits_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_KEYS_FILE", "keys.json")
    monkeypatch.setenv("ASSISTANT_RATE_LIMIT", "30")
    monkeypatch.setenv("ASSISTANT_CORS_ORIGINS", '["https://app.example"]')
    settings = Settings()
    assert (settings.keys_file, settings.rate_limit, settings.cors_origins) == (
        Path("keys.json"),
        30,
        ["https://app.example"],
    )
    monkeypatch.setenv("ASSISTANT_KEYS_FILE", "")
    assert Settings().keys_file is None
