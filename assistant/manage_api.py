"""The routes that change or reveal the installation rather than answer: each needs more than a reader key.

`POST /v1/index` (editor) brings the index in line with the corpus folder, as `assistant index` does, under the
same lock and build-aside path; every worker picks the new build up on its next question. `GET /v1/keys`
(admin) lists the named keys and their roles, never a key or its hash.
"""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from assistant.access import ADMIN_KEY_NAME, KeyRing, Role
from assistant.config import Settings
from assistant.gate import requires


class SkippedFile(BaseModel):
    path: str
    reason: str


class IndexSummary(BaseModel):
    documents: int
    added: list[str]
    changed: list[str]
    removed: list[str]
    skipped: list[SkippedFile]
    rebuilt: bool
    seconds: float


class KeyInfo(BaseModel):
    name: str
    role: str
    created: datetime | None


def manage_routes(settings: Settings, keys: KeyRing) -> APIRouter:
    router = APIRouter(prefix="/v1")

    @router.post("/index", response_model=IndexSummary, dependencies=[Depends(requires(Role.EDITOR))])
    async def reindex() -> IndexSummary:
        from assistant.embeddings import passage_embeddings_for
        from assistant.indexing import refresh

        report = await run_in_threadpool(refresh, settings, lambda: passage_embeddings_for(settings), progress=False)
        return IndexSummary(
            documents=len(report.manifest.documents),
            added=report.added,
            changed=report.changed,
            removed=report.removed,
            skipped=[SkippedFile(path=s.path, reason=s.reason) for s in report.skipped],
            rebuilt=report.rebuilt,
            seconds=round(report.seconds, 3),
        )

    @router.get("/keys", response_model=list[KeyInfo], dependencies=[Depends(requires(Role.ADMIN))])
    def list_keys() -> list[KeyInfo]:
        admin = [KeyInfo(name=ADMIN_KEY_NAME, role="admin", created=None)] if settings.api_key else []
        return admin + [KeyInfo(name=e.name, role=e.role, created=e.created) for e in keys.names()]

    return router
