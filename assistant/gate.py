"""The one door: with keys configured, every request but `/healthz` and the login page shows a key.

An ASGI middleware in front of the whole app (the API, the UI page and Gradio's own API, queue and file
routes alike), so a route added later is guarded without anyone remembering to. A key comes as
`Authorization: Bearer <key>` (programs, on any route) or as the session cookie the login page sets
(browsers). Without one the answer is a 401 JSON error, or, for a browser asking for a page, a redirect to
the login page. The caller's `Principal` goes into the request state, where `requires` checks a route's role.
Requests that do work (everything under /v1, and every POST: UI calls, the login form) count against the
caller's rate limit, by key name or, anonymous, by client address; pages and static files do not.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from http.cookies import CookieError, SimpleCookie
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.access import ANONYMOUS, KeyRing, Principal, Role
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.login import login_routes
from assistant.sessions import COOKIE, Sessions
from assistant.throttle import Throttle

OPEN_PATHS = frozenset({"/healthz", "/login", "/logout"})
UNAUTHORIZED = "missing or wrong key — send Authorization: Bearer <key>, or sign in at /login"


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


class AccessGate:
    def __init__(self, app: ASGIApp, keys: KeyRing, sessions: Sessions, throttle: Throttle | None) -> None:
        self.app = app
        self.keys = keys
        self.sessions = sessions
        self.throttle = throttle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return
        try:
            principal = self._principal(scope)
        except AssistantError as exc:  # the keys file broke while serving: refuse everyone until it is fixed
            await self._respond(scope, receive, send, _error(exc.status, exc.code, exc.message))
            return
        wait = self._wait_s(scope, principal)  # before the key check: guessing keys counts too
        if wait:
            message = f"rate limit reached — wait {wait} s (ASSISTANT_RATE_LIMIT requests per minute)"
            await self._respond(scope, receive, send, _error(429, "rate_limited", message, {"Retry-After": str(wait)}))
            return
        if principal is None and scope["path"] not in OPEN_PATHS:
            await self._respond(scope, receive, send, self._unauthorized(scope))
            return
        scope.setdefault("state", {})["principal"] = principal
        await self.app(scope, receive, send)

    def _principal(self, scope: Scope) -> Principal | None:
        if not self.keys.enabled:
            return ANONYMOUS
        headers = dict(scope["headers"])
        scheme, _, token = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
        if scheme.lower() == "bearer":
            return self.keys.who(token.strip())
        try:
            morsel = SimpleCookie(headers.get(b"cookie", b"").decode("latin-1")).get(COOKIE)
        except CookieError:
            return None
        return self.sessions.principal(morsel.value, self.keys) if morsel else None

    def _unauthorized(self, scope: Scope) -> Response:
        accept = dict(scope["headers"]).get(b"accept", b"").decode("latin-1")
        if scope["type"] == "http" and scope["method"] == "GET" and "text/html" in accept:
            query = scope.get("query_string", b"").decode("latin-1")
            target = scope["path"] + (f"?{query}" if query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        return _error(401, "unauthorized", UNAUTHORIZED, {"WWW-Authenticate": "Bearer"})

    def _wait_s(self, scope: Scope, principal: Principal | None) -> int:
        path = scope["path"]
        counted = path.startswith("/v1/") or (scope["type"] == "http" and scope["method"] == "POST")
        if self.throttle is None or not counted or path == "/healthz":
            return 0
        if principal is not None and principal is not ANONYMOUS:
            return self.throttle.wait_s(f"key {principal.name}")
        return self.throttle.wait_s(f"address {(scope.get('client') or ('unknown',))[0]}")

    async def _respond(self, scope: Scope, receive: Receive, send: Send, response: Response) -> None:
        if scope["type"] == "websocket":  # a websocket cannot take an HTTP response before it is accepted
            await send({"type": "websocket.close", "code": 1008})
            return
        await response(scope, receive, send)


def protect(app: FastAPI, settings: Settings) -> KeyRing:
    """Put the gate and CORS (allowing only the configured origins) in front of everything `app` serves, mounted
    apps included, and add the login page."""
    keys = KeyRing(settings.api_key, settings.keys_file)
    sessions = Sessions(settings.session_secret or secrets.token_urlsafe(32), settings.session_max_age_s)
    throttle = Throttle(settings.rate_limit) if settings.rate_limit else None
    app.add_middleware(AccessGate, keys=keys, sessions=sessions, throttle=throttle)
    # Outside the gate: a preflight carries no key. Always installed, even allowing no origin, because Gradio
    # otherwise answers cross-origin requests to a non-loopback host for any origin with its own middleware.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )
    app.include_router(login_routes(keys, sessions))
    return keys


def principal_of(request: Any) -> Principal | None:
    """Who a request (as the gate saw it) comes from; None when the gate did not see it."""
    principal = getattr(request, "scope", {}).get("state", {}).get("principal")
    return principal if isinstance(principal, Principal) else None


def requires(role: Role) -> Callable[[Request], Awaitable[Principal]]:
    """A route dependency: the caller, if its role is `role` or above; a 403 naming the role otherwise."""

    async def caller(request: Request) -> Principal:
        principal: Any = request.scope.get("state", {}).get("principal")
        if not isinstance(principal, Principal):  # the gate did not run or let an open path through: fail closed
            raise AssistantError(UNAUTHORIZED, code="unauthorized", status=401)
        if principal.role < role:
            raise AssistantError(
                f"this needs a key with the {role.label} role; {principal.name!r} is a {principal.role.label}"
                " — ask an admin for one (`assistant keys add NAME --role " + role.label + "`)",
                code="forbidden",
                status=403,
            )
        return principal

    return caller


reader = requires(Role.READER)  # one callable, so FastAPI checks it once per request wherever it is declared
Caller = Annotated[Principal, Depends(reader)]  # a route's caller, a reader at least
