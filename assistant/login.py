"""The login page: `GET /login` asks for a key, `POST /login` checks it and sets the session cookie,
`GET /logout` clears it.

The cookie is HTTP-only (no script can read it), SameSite=Lax (other sites cannot post with it) and Secure
when the request came over HTTPS (run uvicorn with `--proxy-headers` behind a TLS proxy). The page is plain
HTML with system fonts: nothing loads from elsewhere. Whose key is valid is the `KeyRing`'s business.
"""

from __future__ import annotations

import html

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from assistant.access import KeyRing
from assistant.sessions import COOKIE, Sessions

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · News QA assistant</title>
<style>
body {{ font-family: system-ui, sans-serif; background: #f6f7f9; display: grid; place-items: center;
       min-height: 90vh; margin: 0; }}
form {{ background: #fff; padding: 2em; border-radius: 8px; box-shadow: 0 1px 4px #0002; width: min(24em, 90vw); }}
input {{ width: 100%; box-sizing: border-box; padding: 0.6em; margin: 0.3em 0 1em; font: inherit; }}
button {{ padding: 0.6em 1.2em; font: inherit; background: #f97316; color: #fff; border: 0; border-radius: 4px; }}
.error {{ color: #b91c1c; }}
</style></head>
<body><form method="post" action="/login">
<h2>News QA assistant</h2>
<p>This server needs a key. Ask its admin for one.</p>
{error}
<label for="key">Key</label>
<input id="key" name="key" type="password" autocomplete="current-password" autofocus required>
<input type="hidden" name="next" value="{next}">
<button type="submit" id="sign-in">Sign in</button>
</form></body></html>
"""


def _local(target: str) -> str:
    """`target` if it is a path on this server, else `/`: the login page never sends anyone elsewhere."""
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) else "/"


def _page(next_path: str, error: str = "", status: int = 200) -> HTMLResponse:
    shown = f'<p class="error" role="alert">{html.escape(error)}</p>' if error else ""
    return HTMLResponse(PAGE.format(error=shown, next=html.escape(_local(next_path))), status_code=status)


def login_routes(keys: KeyRing, sessions: Sessions) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/login")
    def login_page(next: str = "/") -> Response:
        if not keys.enabled:
            return RedirectResponse(_local(next), status_code=303)
        return _page(next)

    @router.post("/login")
    def sign_in(request: Request, key: str = Form(""), next: str = Form("/")) -> Response:
        principal = keys.who(key.strip())
        if principal is None:
            return _page(next, "That key is not valid. Check it and try again.", status=401)
        response = RedirectResponse(_local(next), status_code=303)
        response.set_cookie(
            COOKIE,
            sessions.issue(principal),
            max_age=sessions.max_age_s,
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
        )
        return response

    @router.get("/logout")
    def sign_out() -> Response:
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE, httponly=True, samesite="lax")
        return response

    return router
