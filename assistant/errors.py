"""The one exception type of the project, and `warn` for a problem the project works around.

Every failure a user can cause or fix is an `AssistantError` with a machine-readable `code`, a message that
names the fix, and the HTTP status the API answers with. The CLI prints the message; the API turns it into
`{"error": {"code", "message"}}`. Anything else that escapes is a bug.
"""

from __future__ import annotations

import sys


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
