"""Saved conversations on top of `records.py`: whose a conversation is, its history as the chain reads it,
adding an answered turn, and the Markdown export with sources.

An owner is a string: `key:<name>` for API callers (the anonymous local user included), `browser:<id>` for
the UI, which keeps one id per browser. An admin may read and delete every conversation (owner None).
"""

from __future__ import annotations

from typing import Any

from assistant.access import ANONYMOUS, Principal, Role
from assistant.errors import AssistantError
from assistant.models import Answer, Turn
from assistant.records import Records


def owner_of(principal: Principal) -> str:
    return f"key:{principal.name}"


def scope_of(principal: Principal) -> str | None:
    """Whose conversations `principal` may see: its own, or (an admin key, not the anonymous user) all."""
    return None if principal.role >= Role.ADMIN and principal is not ANONYMOUS else owner_of(principal)


def not_found(cid: str) -> AssistantError:
    return AssistantError(
        f"no conversation {cid!r} of yours — GET /v1/conversations lists them", code="not_found", status=404
    )


def history_of(records: Records, cid: str, scope: str | None) -> list[Turn]:
    """The conversation's turns as history: each question and the answer given to it."""
    saved = records.conversation(cid, scope)
    if saved is None:
        raise not_found(cid)
    turns: list[Turn] = []
    for t in saved["turns"]:
        turns += [Turn(role="user", content=t["question"]), Turn(role="assistant", content=t["answer"])]
    return turns


def recorded(records: Records, owner: str, cid: str | None, question: str, answer: Answer) -> Answer:
    """`answer` added as the next turn of conversation `cid` (a new one, titled by the question, when None),
    carrying the conversation's id."""
    cid = cid or records.new_conversation(owner, question.strip())
    records.add_turn(cid, question, answer.model_dump())
    return answer.model_copy(update={"conversation_id": cid})


def turn_of(records: Records, cid: str, n: int, scope: str | None) -> dict[str, Any]:
    """What a saved turn said, with the turns before it as history, for a feedback entry."""
    saved = records.conversation(cid, scope)
    if saved is None or n >= len(saved["turns"]):
        raise not_found(f"{cid} turn {n}")
    turn, history = saved["turns"][n], []
    for earlier in saved["turns"][:n]:
        history += [
            {"role": "user", "content": earlier["question"]},
            {"role": "assistant", "content": earlier["answer"]},
        ]
    return {"question": turn["question"], "answer": turn["answer"], "citations": turn["citations"], "history": history}


def to_markdown(conversation: dict[str, Any]) -> str:
    """A conversation as Markdown: each question, its answer, and the sources it cites, quoted."""
    lines = [f"# {conversation['title']}", ""]
    for turn in conversation["turns"]:
        lines += [f"**Q:** {turn['question']}", "", turn["answer"], ""]
        for c in turn["citations"]:
            page = f", page {c['page']}" if c.get("page") else ""
            where = f"{c['title']} ({c['doc_id']}), {c['section']}{page}, characters {c['start']}–{c['end']}"
            lines.append(f"{c['n']}. {where}: “{c['text']}”")
        lines += ["", "---", ""]
    return "\n".join(lines).rstrip("-\n ") + "\n"
