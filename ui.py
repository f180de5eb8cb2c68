"""The Gradio app: module-level `demo`; `python ui.py` serves it on http://127.0.0.1:7860.

`assistant serve` mounts the same UI at `/` beside the API, sharing one Assistant, behind the access gate;
with keys configured, `python ui.py` refuses to start, as Gradio's own server would not check them. Here the Assistant is
loaded (and the index refreshed) on the first question, so importing this module stays cheap.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.webui import CSS, THEME, build_demo

if TYPE_CHECKING:
    from assistant.records import Records
    from assistant.service import Assistant


@cache
def get_assistant() -> Assistant:
    from assistant.service import Assistant

    return Assistant.load(Settings())


@cache
def get_records() -> Records:
    from assistant.records import Records

    return Records(Settings().data_dir)


demo = build_demo(get_assistant, get_records)

if __name__ == "__main__":
    configured = Settings()
    if configured.api_key or configured.keys_file:  # Gradio's own server has no gate: never serve keyless by mistake
        raise SystemExit(
            "error: keys are configured, and `python ui.py` would serve the UI to anyone — run `assistant serve`,"
            " which puts the UI behind the login page"
        )
    demo.launch(server_name="127.0.0.1", theme=THEME, css=CSS, share=False)
