"""`assistant feedback export --gold FILE`: the feedback users gave, as gold items (`feedback_export.py`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
import yaml

from assistant.config import Settings
from assistant.errors import AssistantError, friendly_errors

feedback_app = typer.Typer(no_args_is_help=True, help="Feedback on answers, turned into gold items.")

HEADER = """# Gold items from users' feedback (assistant feedback export). Run them with: assistant eval --gold {path}
# Items marked review: true come from a thumbs-down: write what the answer should say (expect and evidence, or
# refuse: true), then delete the review, comment and answer_given lines. Until then evaluation skips them.
"""


@feedback_app.command()
@friendly_errors
def export(
    gold: Annotated[Path, typer.Option("--gold", help="The gold file to write (YAML).")],
    rating: Annotated[str | None, typer.Option(help="Only 'up' or only 'down'.")] = None,
) -> None:
    """Write the feedback as gold items: thumbs-up keyed to the quotes it cited, thumbs-down for review."""
    from assistant.feedback_export import gold_items
    from assistant.records import Records

    if rating not in {None, "up", "down"}:
        raise AssistantError(f"--rating is up or down, not {rating!r}", code="invalid_rating")
    entries = Records(Settings().data_dir).feedback(rating)
    items = gold_items(entries)
    body = yaml.safe_dump({"items": items}, sort_keys=False, allow_unicode=True, width=120)
    gold.write_text(HEADER.format(path=gold) + body, encoding="utf-8")
    review = sum(bool(i.get("review")) for i in items)
    print(f"wrote {len(items)} items to {gold} ({review} to review)", file=sys.stderr)
