"""The HTTP API: `make_app(settings)` builds the FastAPI app; there are no module globals.

Routes (contract in shared/SPEC.md): `POST /v1/ask`, `POST /v1/ask/stream` (SSE: `delta`, one `answer`,
`done`), `POST /v1/chat/completions` (OpenAI-compatible, with `citations`), `GET /v1/positions` (the party ×
issue matrix), `GET /healthz`, the document routes of `documents_api.py`, the management routes of
`manage_api.py`, and the login page. Every route but `/healthz` and the login page is behind the gate (`gate.py`). Every error is
`{"error": {"code", "message"}}` with a 4xx status for anything a client sends; a 5xx only if the server itself
is broken (and then still as JSON), or a backend it needs is down (503).
"""

from __future__ import annotations

import itertools
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.access import Principal
from assistant.body_limit import BodySizeLimit
from assistant.config import Settings
from assistant.conversations import history_of, owner_of, recorded, scope_of
from assistant.documents_api import document_routes
from assistant.errors import AssistantError
from assistant.gate import Caller, protect, reader
from assistant.generators.base import GENERATOR_UNAVAILABLE
from assistant.manage_api import manage_routes
from assistant.models import Answer, Turn
from assistant.positions import PositionsMatrix
from assistant.records import Records
from assistant.records_api import record_routes
from assistant.service import Assistant

UPLOAD_OVERHEAD = 64 * 1024  # multipart framing around an uploaded file


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str
    history: list[Turn] = Field(default_factory=list, max_length=1000)
    top_k: int | None = Field(default=None, ge=1, le=50)
    doc_ids: list[str] | None = Field(default=None, max_length=1000, description="Answer only from these documents.")
    conversation_id: str | None = Field(default=None, max_length=64, description="Continue this saved conversation.")

    @model_validator(mode="after")
    def _one_history(self) -> AskRequest:
        if self.conversation_id and self.history:
            raise ValueError("send either history or conversation_id, not both")
        return self


class ChatMessage(BaseModel):
    role: Literal["system", "developer", "user", "assistant"]
    content: str


class ChatRequest(BaseModel):
    model: str = "assistant"
    messages: list[ChatMessage] = Field(min_length=1, max_length=1001)  # 1,000 turns of history + the question
    stream: bool = False
    doc_ids: list[str] | None = Field(default=None, max_length=1000, description="Answer only from these documents.")


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AssistantError)
    async def assistant_error(_: Request, exc: AssistantError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = (
            "malformed JSON body" if first.get("type") == "json_invalid" else f"{where}: {first.get('msg', 'invalid')}"
        )
        return _error(422, "invalid_request", message.strip(": "))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and isinstance(exc.__cause__, UnicodeDecodeError | ValueError):
            return _error(422, "invalid_request", "malformed JSON body")  # FastAPI's "error parsing the body"
        codes = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 413: "request_too_large"}
        code = codes.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(_: Request, exc: Exception) -> JSONResponse:  # a bug: still JSON, never a traceback
        return _error(500, "internal_error", f"internal error ({type(exc).__name__})")


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _started(events: Iterator[str | Answer]) -> Iterator[str | Answer]:
    """`events` with the first one already computed, so that a failure before any output (a store that is
    down) is an ordinary error response rather than a broken stream."""
    first = next(events)
    return itertools.chain([first], events)


def _opened(events: Iterator[str | Answer]) -> tuple[Iterator[str | Answer], int]:
    """`events` started, and the status to stream them with. A bad question raises (a JSON 4xx); a generator
    that is down is a 503 whose stream says so (an `error` event, then `done`), as it would mid-answer."""
    try:
        return _started(events), 200
    except AssistantError as exc:
        if exc.code != GENERATOR_UNAVAILABLE:
            raise
        return _failing(exc), exc.status


def _failing(exc: AssistantError) -> Iterator[str | Answer]:
    """A stream of events that fails with `exc` before its first event."""
    raise exc
    yield ""  # a generator: it raises when iterated, inside the stream's own error handling


def _ask_events(events: Iterator[str | Answer]) -> Iterator[str]:
    try:
        for event in events:
            if isinstance(event, Answer):
                yield _sse("answer", event.model_dump())
            else:
                yield _sse("delta", {"text": event})
    except AssistantError as exc:  # after the first byte a status can no longer change: say it in the stream
        yield _sse("error", {"error": {"code": exc.code, "message": exc.message}})
    yield _sse("done", {})


def _split_messages(messages: list[ChatMessage]) -> tuple[str, list[Turn]]:
    """The last user message is the question; earlier user/assistant messages are the history."""
    talk = [m for m in messages if m.role in {"user", "assistant"}]  # system prompts change nothing
    if not talk or talk[-1].role != "user":
        raise AssistantError("the last message must come from the user", code="no_question")
    return talk[-1].content, [Turn(role=m.role, content=m.content) for m in talk[:-1]]  # type: ignore[arg-type]


def _completion_events(events: Iterator[str | Answer], model: str) -> Iterator[str]:
    head = {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion.chunk", "created": int(time.time())}
    head["model"] = model
    yield f"data: {json.dumps({**head, 'choices': [{'index': 0, 'delta': {'role': 'assistant'}}]})}\n\n"
    try:
        for event in events:
            if isinstance(event, Answer):
                body = event.model_dump()
                last = {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                last |= {k: body[k] for k in ("citations", "refused", "standalone_question", "generator")}
                yield f"data: {json.dumps(last, ensure_ascii=False)}\n\n"
            else:
                chunk = {**head, "choices": [{"index": 0, "delta": {"content": event}, "finish_reason": None}]}
                yield f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"
    except AssistantError as exc:
        yield f"data: {json.dumps({'error': {'code': exc.code, 'message': exc.message}})}\n\n"
    yield "data: [DONE]\n\n"


def _completion(answer: Answer, model: str) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": answer.answer}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "citations": [c.model_dump() for c in answer.citations],
        "refused": answer.refused,
        "standalone_question": answer.standalone_question,
        "generator": answer.generator,
    }


def make_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    """The app over `assistant` (loaded from `settings` when not given; then the index is refreshed first)."""
    bot = assistant or Assistant.load(settings)
    app = FastAPI(title="News QA assistant", version="0.1.0", description="Grounded answers with exact citations.")
    app.state.assistant = bot
    # Routes whose body is a file in a multipart body: the API's, and the UI's (Gradio's upload route).
    uploads = dict.fromkeys(["/v1/documents", "/gradio_api/upload"], settings.max_file_bytes + UPLOAD_OVERHEAD)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes, larger=uploads)
    _install_error_handlers(app)

    keys = protect(app, settings)
    v1 = APIRouter(prefix="/v1", dependencies=[Depends(reader)])

    # The default pipeline is a few milliseconds of CPU and no I/O: it runs on the event loop, which spares
    # each request a thread hop and the GIL hand-offs between pool threads. An LLM generator or a Chroma
    # server waits on the network, and reopening a re-indexed build takes seconds on a large index: those
    # run in the thread pool, so that the loop keeps serving (/healthz too).
    inline = settings.generator == "extractive" and settings.chroma_host is None

    records = Records(settings.data_dir)
    app.state.records = records

    def _history(body: AskRequest, caller: Principal) -> list[Turn]:
        if body.conversation_id:
            return history_of(records, body.conversation_id, scope_of(caller))
        return body.history

    async def answer(
        question: str, history: list[Turn], top_k: int | None = None, doc_ids: list[str] | None = None
    ) -> Answer:
        if inline and not bot.index_changed():
            return bot.ask(question, history, top_k, doc_ids)
        return await run_in_threadpool(bot.ask, question, history, top_k, doc_ids)

    @v1.post("/ask", response_model=Answer)
    async def ask(body: AskRequest, caller: Caller) -> Response:
        history = await run_in_threadpool(_history, body, caller) if body.conversation_id else body.history
        found = await answer(body.question, history, body.top_k, body.doc_ids)
        saved = await run_in_threadpool(recorded, records, owner_of(caller), body.conversation_id, body.question, found)
        return Response(saved.model_dump_json(), media_type="application/json")  # an Answer is valid as built

    @v1.post("/ask/stream")
    def ask_stream(body: AskRequest, caller: Caller) -> StreamingResponse:
        events, status = _opened(bot.stream(body.question, _history(body, caller), body.top_k, body.doc_ids))
        owner, cid = owner_of(caller), body.conversation_id
        saved = (recorded(records, owner, cid, body.question, e) if isinstance(e, Answer) else e for e in events)
        return StreamingResponse(_ask_events(saved), status_code=status, media_type="text/event-stream")

    @v1.post("/chat/completions", response_model=None)
    async def chat_completions(body: ChatRequest) -> dict[str, Any] | StreamingResponse:
        question, history = _split_messages(body.messages)
        if body.stream:
            events, status = await run_in_threadpool(_opened, bot.stream(question, history, None, body.doc_ids))
            body_events = _completion_events(events, body.model)
            return StreamingResponse(body_events, status_code=status, media_type="text/event-stream")
        return _completion(await answer(question, history, None, body.doc_ids), body.model)

    @v1.get("/positions", response_model=PositionsMatrix)
    def positions() -> PositionsMatrix:
        return bot.positions()

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(v1)
    app.include_router(document_routes(bot, settings.max_file_bytes))
    app.include_router(record_routes(records))
    app.include_router(manage_routes(settings, keys))
    return app
