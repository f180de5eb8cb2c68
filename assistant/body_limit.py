"""An ASGI middleware that refuses request bodies over a size limit with a 413, before anything parses them.

A declared `Content-Length` over the limit is refused at once; a chunked body is counted as it arrives and
refused as soon as it passes the limit, so a client cannot make the server buffer an unbounded body.
It does not look at what the body says; the routes validate that.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(HTTPException):
    """Raised while a route reads an over-long chunked body; the app's HTTP error handler answers the 413."""

    def __init__(self, max_bytes: int, upload: bool = False) -> None:
        fix = "send a smaller file (ASSISTANT_MAX_FILE_BYTES)" if upload else "send a shorter question or history"
        super().__init__(413, f"request body over {max_bytes} bytes — {fix}")


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int, larger: dict[str, int] | None = None) -> None:
        """`larger`: paths whose bodies may be longer (an upload route), with their limits."""
        self.app = app
        self.default = max_bytes
        self.larger = larger or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope["path"], self.default)
        upload = scope["path"] in self.larger
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit, upload)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit, upload)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except BodyTooLarge:  # an app without a handler for it
            if not started:
                await self._refuse(send, limit, upload)

    async def _refuse(self, send: Send, limit: int, upload: bool) -> None:
        message = BodyTooLarge(limit, upload).detail
        body = json.dumps({"error": {"code": "request_too_large", "message": message}}).encode()
        headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})
