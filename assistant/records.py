"""What users leave behind: saved conversations and feedback, in one SQLite file under `ASSISTANT_DATA_DIR`.

SQLite in WAL mode (readers never wait for the writer; writers from every worker process queue on its lock
with a busy timeout), one short connection per operation, so threads and processes share nothing but the
file. Every write is one transaction: a crash loses at most the write in flight, and a restart finds
everything committed. Conversations belong to an owner (a key's name, or a browser's id in the UI) and are
only ever read through it, unless the caller may see all of them (admin). This module knows no HTTP.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError

FILE = "assistant.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_owner ON conversations (owner, updated);
CREATE TABLE IF NOT EXISTS turns (
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE, n INTEGER NOT NULL,
  question TEXT NOT NULL, answer TEXT NOT NULL, refused INTEGER NOT NULL, citations TEXT NOT NULL,
  standalone_question TEXT NOT NULL, created REAL NOT NULL, PRIMARY KEY (conversation_id, n));
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, owner TEXT NOT NULL, rating TEXT NOT NULL,
  comment TEXT NOT NULL, question TEXT NOT NULL, history TEXT NOT NULL, answer TEXT NOT NULL,
  citations TEXT NOT NULL, conversation_id TEXT, turn INTEGER);
"""


_INHERITED: list[sqlite3.Connection] = []  # connections a forked process got from its parent: kept, never used


class Records:
    def __init__(self, data_dir: Path) -> None:
        self.path = (data_dir / FILE).resolve()  # the folder it was given, whatever the working directory becomes
        self._local = threading.local()  # each thread's connection
        self._writing = threading.Lock()
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=30, isolation_level=None)) as db:
                db.execute("PRAGMA journal_mode=WAL")  # kept by the file: every later connection uses it
                db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise AssistantError(
                f"the data folder {str(data_dir)!r} cannot hold the database ({exc}) — set ASSISTANT_DATA_DIR"
                " to a folder you can write",
                code="data_dir_unusable",
                status=503,
            ) from exc

    @contextmanager
    def _connection(self, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction, committed when the block ends, rolled back if it raises. A write takes the lock at
        its start (BEGIN IMMEDIATE), so concurrent writers wait their turn instead of failing on a stale read;
        the threads of this process wait on `_writing` first, since SQLite makes a writer that finds the file
        locked sleep and retry, up to 100 ms at a time."""
        with self._writing if write else nullcontext():
            db = self._thread_connection()
            db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def _thread_connection(self) -> sqlite3.Connection:
        """This thread's connection to the file, kept between operations (opening one costs more than most
        writes); a new one when the file was replaced or removed since, or in a process forked since."""
        try:
            identity: tuple[int, int] | None = (os.getpid(), os.stat(self.path).st_ino)
        except OSError:
            identity = None
        db, opened_on = getattr(self._local, "db", None), getattr(self._local, "identity", None)
        if db is None or identity is None or identity != opened_on:
            if db is not None and opened_on is not None and opened_on[0] != os.getpid():
                _INHERITED.append(db)  # the parent's, over a fork: closing it here would drop the parent's locks
            elif db is not None:
                db.close()
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable across a crash of the process
            self._local.db, self._local.identity = db, identity
        return db

    # Conversations -------------------------------------------------------------------------------------

    def new_conversation(self, owner: str, title: str) -> str:
        cid = uuid.uuid4().hex
        now = time.time()
        with self._connection() as db:
            db.execute("INSERT INTO conversations VALUES (?, ?, ?, ?, ?)", (cid, owner, title[:120], now, now))
        return cid

    def owns(self, cid: str, owner: str | None) -> bool:
        """Whether conversation `cid` exists and belongs to `owner` (None: anyone's, for an admin)."""
        with self._connection(write=False) as db:
            row = db.execute("SELECT owner FROM conversations WHERE id = ?", (cid,)).fetchone()
        return row is not None and (owner is None or row["owner"] == owner)

    def add_turn(self, cid: str, question: str, answer: dict[str, Any]) -> int:
        """Append a turn (the question and the Answer body); its number, counting from 0."""
        now = time.time()
        with self._connection() as db:
            n = db.execute("SELECT COUNT(*) FROM turns WHERE conversation_id = ?", (cid,)).fetchone()[0]
            db.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    cid,
                    n,
                    question,
                    answer["answer"],
                    int(answer["refused"]),
                    json.dumps(answer["citations"]),
                    answer["standalone_question"],
                    now,
                ),
            )
            db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, cid))
        return int(n)

    def conversations(self, owner: str | None) -> list[dict[str, Any]]:
        """Conversations of `owner` (None: everyone's), most recent first, without their turns."""
        query = (
            "SELECT c.*, (SELECT COUNT(*) FROM turns t WHERE t.conversation_id = c.id) AS turns FROM conversations c"
        )
        rows = self._rows(
            query + (" WHERE owner = ?" if owner else "") + " ORDER BY updated DESC", (owner,) if owner else ()
        )
        return [dict(r) for r in rows]

    def conversation(self, cid: str, owner: str | None) -> dict[str, Any] | None:
        if not self.owns(cid, owner):
            return None
        row = self._rows("SELECT * FROM conversations WHERE id = ?", (cid,))[0]
        turns = self._rows("SELECT * FROM turns WHERE conversation_id = ? ORDER BY n", (cid,))
        return {
            **dict(row),
            "turns": [
                {**dict(t), "refused": bool(t["refused"]), "citations": json.loads(t["citations"])} for t in turns
            ],
        }

    def delete_conversation(self, cid: str, owner: str | None) -> bool:
        with self._connection() as db:
            done = db.execute(
                "DELETE FROM conversations WHERE id = ?" + (" AND owner = ?" if owner else ""),
                (cid, owner) if owner else (cid,),
            )
        return done.rowcount > 0

    # Feedback ------------------------------------------------------------------------------------------

    def add_feedback(self, owner: str, entry: dict[str, Any]) -> int:
        with self._connection() as db:
            done = db.execute(
                "INSERT INTO feedback (created, owner, rating, comment, question, history, answer, citations,"
                " conversation_id, turn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    time.time(),
                    owner,
                    entry["rating"],
                    entry.get("comment") or "",
                    entry["question"],
                    json.dumps(entry.get("history") or []),
                    entry["answer"],
                    json.dumps(entry.get("citations") or []),
                    entry.get("conversation_id"),
                    entry.get("turn"),
                ),
            )
        return int(done.lastrowid or 0)

    def set_comment(self, feedback_id: int, owner: str, comment: str) -> bool:
        """Add the comment a user wrote after rating (only to their own entry)."""
        with self._connection() as db:
            done = db.execute(
                "UPDATE feedback SET comment = ? WHERE id = ? AND owner = ?", (comment, feedback_id, owner)
            )
        return done.rowcount > 0

    def feedback(self, rating: str | None = None) -> list[dict[str, Any]]:
        """Every feedback entry, oldest first (`rating`: only "up" or "down")."""
        query = "SELECT * FROM feedback" + (" WHERE rating = ?" if rating else "") + " ORDER BY id"
        return [
            {**dict(r), "history": json.loads(r["history"]), "citations": json.loads(r["citations"])}
            for r in self._rows(query, (rating,) if rating else ())
        ]

    def _rows(self, query: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
        with self._connection(write=False) as db:
            return list(db.execute(query, params).fetchall())
