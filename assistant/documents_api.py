"""The document routes: list and read (reader), add and delete (editor).

`GET /v1/documents` lists the indexed documents with their size, pages and passages; `GET
/v1/documents/{doc_id}` returns one's text, the text every citation's offsets index. `POST /v1/documents`
(multipart `file`, `?replace=true`) adds one through `uploads.add`, answering 201 with its id, title, pages
and passages; `DELETE /v1/documents/{doc_id}` removes one (204). Errors as the API's: 413, 415, 422, 409, 404.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Response, UploadFile
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from assistant.access import Role
from assistant.errors import AssistantError
from assistant.gate import requires
from assistant.service import Assistant
from assistant.uploads import Added

READ_CHUNK = 1 << 20


class DocumentInfo(BaseModel):
    doc_id: str
    title: str
    chars: int
    chunks: int
    pages: int | None = None
    bytes: int = 0


class DocumentText(BaseModel):
    doc_id: str
    title: str
    text: str
    pages: list[int] | None = None  # where each page starts in `text`, for a PDF


def document_routes(bot: Assistant, max_file_bytes: int) -> APIRouter:
    router = APIRouter(prefix="/v1")
    editor = [Depends(requires(Role.EDITOR))]

    @router.get("/documents", response_model=list[DocumentInfo])
    def documents() -> list[DocumentInfo]:
        bot.follow_index()
        return [
            DocumentInfo(
                doc_id=doc_id,
                title=entry.title,
                chars=entry.chars,
                chunks=entry.passages,
                pages=entry.pages or None,
                bytes=entry.bytes,
            )
            for doc_id, entry in bot.manifest.documents.items()
        ]

    @router.get("/documents/{doc_id:path}", response_model=DocumentText)
    def document(doc_id: str) -> DocumentText:
        doc = bot.document(doc_id)  # looked up among indexed ids: a client's string never becomes a path
        if doc is None:
            raise AssistantError(f"no document {doc_id!r} — GET /v1/documents lists them", code="not_found", status=404)
        return DocumentText(doc_id=doc.doc_id, title=doc.title, text=doc.text, pages=doc.pages or None)

    @router.post("/documents", status_code=201, response_model=Added, dependencies=editor)
    async def add(file: Annotated[UploadFile, File()], replace: bool = False) -> Added:
        raw = b""
        while chunk := await file.read(READ_CHUNK):  # read no further than one byte over the limit
            raw += chunk
            if len(raw) > max_file_bytes:
                break
        return await run_in_threadpool(bot.add_document, file.filename or "", raw, replace)

    @router.delete("/documents/{doc_id:path}", status_code=204, dependencies=editor)
    async def delete(doc_id: str) -> Response:
        await run_in_threadpool(bot.remove_document, doc_id)
        return Response(status_code=204)

    return router
