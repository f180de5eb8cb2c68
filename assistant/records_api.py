"""The routes of what users leave behind: feedback on answers, and saved conversations.

`POST /v1/feedback` (reader) rates an answer, given whole (question, history, answer, citations) or as a
saved conversation's turn; `GET /v1/feedback` (admin) lists it. `GET /v1/conversations` lists the caller's
conversations (an admin's: everyone's), `GET /v1/conversations/{id}` returns one with its turns (or, with
`?format=markdown`, its Markdown export with sources), `DELETE` removes it. Storage is `records.py`.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.access import Role
from assistant.conversations import not_found, owner_of, scope_of, to_markdown, turn_of
from assistant.gate import Caller, requires
from assistant.models import Citation, Turn
from assistant.records import Records

MAX_TEXT = 100_000  # characters of a question, an answer or a comment
MAX_TURN = 1_000_000  # a conversation's turns: more than any holds, and within SQLite's integers


class FeedbackRequest(BaseModel):
    """A rating of an answer: the answer itself, or a saved conversation's turn (counted from 0)."""

    model_config = ConfigDict(extra="forbid")

    rating: Literal["up", "down"]
    comment: str = Field(default="", max_length=5000)
    question: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT)
    history: list[Turn] = Field(default_factory=list, max_length=1000)
    answer: str | None = Field(default=None, max_length=MAX_TEXT)
    citations: list[Citation] = Field(default_factory=list, max_length=100)
    conversation_id: str | None = Field(default=None, max_length=64)
    turn: int | None = Field(default=None, ge=0, le=MAX_TURN)

    @model_validator(mode="after")
    def _rates_something(self) -> FeedbackRequest:
        whole = self.question is not None and self.answer is not None
        saved = self.conversation_id is not None and self.turn is not None
        if whole == saved:
            raise ValueError("send question and answer (with history and citations), or conversation_id and turn")
        return self


class Created(BaseModel):
    id: int


def record_routes(records: Records) -> APIRouter:
    router = APIRouter(prefix="/v1")
    admin = [Depends(requires(Role.ADMIN))]

    @router.post("/feedback", status_code=201, response_model=Created)
    async def feedback(body: FeedbackRequest, caller: Caller) -> Created:
        entry = body.model_dump(mode="json")
        if body.conversation_id is not None:
            entry |= await run_in_threadpool(turn_of, records, body.conversation_id, body.turn or 0, scope_of(caller))
        return Created(id=await run_in_threadpool(records.add_feedback, owner_of(caller), entry))

    @router.get("/feedback", dependencies=admin)
    def list_feedback(rating: Literal["up", "down"] | None = None) -> list[dict[str, Any]]:
        return records.feedback(rating)

    @router.get("/conversations")
    def conversations(caller: Caller) -> list[dict[str, Any]]:
        return records.conversations(scope_of(caller))

    @router.get("/conversations/{cid}", response_model=None)
    def conversation(cid: str, caller: Caller, format: Literal["json", "markdown"] = "json") -> Any:
        saved = records.conversation(cid, scope_of(caller))
        if saved is None:
            raise not_found(cid)
        if format == "markdown":
            return Response(to_markdown(saved), media_type="text/markdown; charset=utf-8")
        return saved

    @router.delete("/conversations/{cid}", status_code=204)
    def delete(cid: str, caller: Caller) -> Response:
        if not records.delete_conversation(cid, scope_of(caller)):
            raise not_found(cid)
        return Response(status_code=204)

    return router
