"""Requests per minute per caller, with the `limits` library's moving window kept in memory.

One `Throttle` per server process: with `--workers N` each worker counts its own requests, so a caller
may get up to N times the limit in all. It says how long to wait; the gate turns that into a 429.
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


class Throttle:
    def __init__(self, per_minute: int) -> None:
        self._item = RateLimitItemPerMinute(per_minute)
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def wait_s(self, caller: str) -> int:
        """0 when `caller` may go on (the request is counted), else whole seconds until it may."""
        if self._limiter.hit(self._item, caller):
            return 0
        reset = self._limiter.get_window_stats(self._item, caller).reset_time
        return max(1, math.ceil(reset - time.time()))
