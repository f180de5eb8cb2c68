"""The one exception type of the project, `warn` for a problem the project works around, and
`friendly_errors`, which turns the exception into one line and exit status 2 on the command line.

Every failure a user can cause or fix is an `AssistantError` with a machine-readable `code`, a message that
names the fix, and the HTTP status the API answers with. The CLI prints the message; the API turns it into
`{"error": {"code", "message"}}`. Anything else that escapes is a bug.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def warn(message: str) -> None:
    """Tell the user on stderr about something skipped or repaired, and go on."""
    print(f"warning: {message}", file=sys.stderr)


class AssistantError(Exception):
    """A failure with a fix: `message` says what to do, `status` is the HTTP status to answer with."""

    def __init__(self, message: str, *, code: str = "error", status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status

    def to_body(self) -> dict[str, dict[str, str]]:
        return {"error": {"code": self.code, "message": self.message}}


def friendly_errors(func: F) -> F:
    """A CLI command that prints an `AssistantError`'s message and exits 2 instead of showing a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AssistantError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            raise SystemExit(2) from None

    return wrapper  # type: ignore[return-value]
