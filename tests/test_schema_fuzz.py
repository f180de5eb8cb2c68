"""Schemathesis against the app's own OpenAPI schema: generated requests for every operation, never a 5xx.

Both valid requests and requests that break the schema (negative mode). Bounded (30 examples per operation
and mode) so it finishes in CI in well under a minute; the real chain answers
every generated question.
"""

from __future__ import annotations

import itertools

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

from assistant.api import make_app
from assistant.service import Assistant


def test_no_generated_request_gets_a_5xx(bot: Assistant) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", make_app(bot.settings, bot))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 5  # ask, stream, chat completions, documents, one document, healthz
    statuses: list[int] = []

    for operation, mode in itertools.product(operations, GenerationMode):

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def no_server_error(case: schemathesis.Case) -> None:
            response = case.call()
            statuses.append(response.status_code)
            assert response.status_code < 500, (case.method, case.path, case.body, response.text[:300])
            if response.status_code >= 400:
                assert response.json()["error"]["message"]

        try:
            no_server_error()
        except Unsatisfiable:  # an operation with no body or parameters has nothing to break
            assert mode is GenerationMode.NEGATIVE
    assert {200, 422} <= set(statuses)  # it did send valid and invalid requests
