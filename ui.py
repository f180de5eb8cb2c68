"""The Gradio app (placeholder until the chat UI lands): module-level `demo`; `python ui.py` serves it."""

from __future__ import annotations

import gradio as gr

with gr.Blocks(title="News QA assistant") as demo:
    gr.Markdown("# News QA assistant\nThe chat UI is coming.")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
