"""Browser sessions: a signed cookie that names a key's holder, set by the login page, read by the gate.

The cookie holds the key's name and fingerprint (never the key), signed with `itsdangerous` and stamped with
the time it was issued, so it expires and cannot be forged or edited. A session ends when it is older than
`ASSISTANT_SESSION_MAX_AGE_S`, when its key is revoked or replaced (the fingerprint no longer matches), or
when the signing secret changes (a restart, unless `ASSISTANT_SESSION_SECRET` is set).
"""

from __future__ import annotations

from itsdangerous import BadSignature, URLSafeTimedSerializer

from assistant.access import KeyRing, Principal

COOKIE = "assistant_session"


class Sessions:
    def __init__(self, secret: str, max_age_s: int) -> None:
        self._signer = URLSafeTimedSerializer(secret, salt="assistant-session")
        self.max_age_s = max_age_s

    def issue(self, principal: Principal) -> str:
        return self._signer.dumps([principal.name, principal.fingerprint])

    def principal(self, cookie: str, keys: KeyRing) -> Principal | None:
        """Whose session `cookie` is, or None when it is forged, expired or its key is gone."""
        try:
            name, fingerprint = self._signer.loads(cookie, max_age=self.max_age_s)
        except (BadSignature, ValueError, TypeError):
            return None
        return keys.session(str(name), str(fingerprint))
