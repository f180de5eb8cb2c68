"""The `assistant` command line: index, ask, chat, serve, eval, positions, check, keys.

Each command is a thin shell over the Python API: it parses options, calls one function and prints the
result. Errors the user can fix (`AssistantError`) print their message and exit 2, never a traceback.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from assistant.cli_feedback import feedback_app
from assistant.cli_keys import keys_app
from assistant.config import Settings
from assistant.errors import AssistantError, friendly_errors
from assistant.models import Answer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Grounded answers from a news corpus.")
app.add_typer(keys_app, name="keys")
app.add_typer(feedback_app, name="feedback")


@app.command()
@friendly_errors
def index(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Re-embed everything, even unchanged documents.")] = False,
) -> None:
    """Build or refresh the index from the corpus."""
    from assistant.embeddings import passage_embeddings_for
    from assistant.indexing import refresh

    settings = Settings()
    report = refresh(
        settings,
        lambda: passage_embeddings_for(settings),
        rebuild=rebuild,
        thorough=True,
    )
    print(report.summary())


def _print_sources(answer: Answer) -> None:
    for warning in answer.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for c in answer.citations:
        where = f"{c.doc_id} · {c.section}" + (f" · {c.party}" if c.party else "")
        print(f"  [{c.n}] {c.quote}\n      ({where}, chars {c.start}–{c.end})")


@app.command()
@friendly_errors
def ask(
    question: Annotated[str, typer.Argument(help="What to ask about the corpus.")],
    json_output: Annotated[bool, typer.Option("--json", help="Print the Answer object as JSON.")] = False,
    doc: Annotated[
        list[str] | None, typer.Option("--doc", help="Answer only from this document (its doc_id); repeatable.")
    ] = None,
) -> None:
    """Answer one question, with numbered sources."""
    from assistant.service import Assistant

    answer = Assistant.load(Settings(), progress=not json_output).ask(question, doc_ids=doc or None)
    if json_output:
        print(answer.model_dump_json(indent=2))
        return
    print(answer.answer)
    _print_sources(answer)


@app.command()
@friendly_errors
def chat() -> None:
    """An interactive conversation that remembers earlier turns (empty line, "exit" or Ctrl-D to quit)."""
    from assistant.service import Assistant

    bot = Assistant.load(Settings())
    history: list[dict[str, str]] = []
    print("Ask about the corpus. Follow-up questions remember the conversation. Ctrl-D to quit.")
    while True:
        try:
            question = input("\nyou> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if question.lower() in {"", "exit", "quit"}:
            return
        try:
            print("assistant> ", end="", flush=True)
            for event in bot.stream(question, history):
                if isinstance(event, Answer):
                    print()
                    _print_sources(event)
                    history += [{"role": "user", "content": question}, {"role": "assistant", "content": event.answer}]
                else:
                    print(event, end="", flush=True)
        except AssistantError as exc:  # a bad question ends the turn, not the conversation
            print(f"\nerror: {exc.message}")


@app.command("eval")
@friendly_errors
def evaluate(
    corpus: Annotated[
        Path | None, typer.Option(help="A corpus folder to evaluate (default: the configured corpus).")
    ] = None,
    gold: Annotated[
        Path | None, typer.Option(help="The gold set (default: the corpus's gold.yaml, else tests/gold).")
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    report: Annotated[Path | None, typer.Option(help="Also write a self-contained HTML report here.")] = None,
) -> None:
    """Score a corpus's gold set against the naive LangChain peer; exit 1 when a metric is below its threshold."""
    import json

    from assistant.report import below_thresholds, corpus_settings, evaluate, gold_of, html_report, text_table
    from assistant.service import Assistant

    settings = Settings() if corpus is None else corpus_settings(Settings(), corpus)
    if not settings.corpus_dir.is_dir():
        raise AssistantError(f"no corpus folder {str(settings.corpus_dir)!r} — pass an existing folder to --corpus")
    body = evaluate(Assistant.load(settings, progress=not json_output), gold or gold_of(settings.corpus_dir))
    print(json.dumps(body, indent=2, ensure_ascii=False) if json_output else text_table(body))
    if report is not None:
        report.write_text(html_report(body), encoding="utf-8")
        print(f"report written to {report}", file=sys.stderr)
    failing = below_thresholds(body)
    if failing:
        print("below threshold: " + "; ".join(failing), file=sys.stderr)
        raise typer.Exit(1)


@app.command()
@friendly_errors
def positions(
    json_output: Annotated[bool, typer.Option("--json", help="Print the matrix as JSON (GET /v1/positions).")] = False,
    suggest: Annotated[
        bool, typer.Option("--suggest", help="Print a draft positions.yaml: the parties and issues found in the text.")
    ] = False,
    write: Annotated[bool, typer.Option("--write", help="With --suggest: save the draft to the corpus.")] = False,
) -> None:
    """The party × issue positions matrix, each stated cell with its sources."""
    from rich.console import Console
    from rich.table import Table

    from assistant.service import Assistant

    settings = Settings()
    if write and not suggest:
        raise AssistantError("--write saves a suggestion: pass --suggest --write")
    if suggest:
        _suggest(Assistant.load(settings, progress=False), settings, write)
        return
    matrix = Assistant.load(settings, progress=not json_output).positions()
    if json_output:
        print(matrix.model_dump_json(indent=2))
        return
    title = "Positions" + (" (parties and issues suggested from the text)" if matrix.source == "suggested" else "")
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("Issue", style="bold", ratio=1)
    for party in matrix.parties:
        table.add_column(party, ratio=2)
    for issue in matrix.issues:
        row = [matrix.cell(party, issue) for party in matrix.parties]
        table.add_row(issue, *(c.summary if c.stated else f"[dim]{c.summary}[/dim]" for c in row))
    console = Console()
    console.print(table)
    for c in matrix.cells:
        for cited in c.citations:
            console.print(
                f"  {c.party} × {c.issue} [{cited.n}] {cited.doc_id} · {cited.section}, chars {cited.start}–{cited.end}",
                markup=False,
                highlight=False,
            )
    stated = sum(c.stated for c in matrix.cells)
    console.print(f"{stated} of {len(matrix.cells)} cells are stated in the corpus.", markup=False)


def _suggest(bot: Any, settings: Settings, write: bool) -> None:
    """Print (or with `write`, save) the draft positions.yaml of the corpus."""
    import yaml

    from assistant.corpus_config import CONFIG_FILE

    draft = bot.suggest().model_dump(exclude={"variants"})
    text = SUGGESTION_HEADER + yaml.safe_dump(draft, sort_keys=False, allow_unicode=True, width=120)
    target = settings.corpus_dir / CONFIG_FILE
    if not write:
        print(text, end="")
        return
    if target.exists():
        raise AssistantError(f"{target} exists — edit it, or move it away to write a new suggestion")
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}: {len(draft['parties'])} parties, {len(draft['issues'])} issues — check and edit it")


SUGGESTION_HEADER = """# Parties and issues suggested from the text by `assistant positions --suggest`: a draft to check.
# parties: each party's names as the text writes them (its people, adjectives and titles' holders);
# issues: what the parties' sentences are about, named by their key words. Edit freely (docs/corpora.md).
"""


@app.command()
@friendly_errors
def check() -> None:
    """Say what this installation has and lacks (corpus, index, models, generator, server, key); exit 1 on a
    problem, each with the command that fixes it."""
    from assistant import check as checks

    findings = checks.run(Settings())
    for finding in findings:
        print(finding.line())
    bad = [f for f in findings if not f.ok]
    print(f"{len(bad)} problems" if bad else "everything configured works")
    if bad:
        raise typer.Exit(1)


def _exposed(host: str) -> bool:
    """Whether binding `host` lets other machines in (anything but loopback)."""
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return True


@app.command()
@friendly_errors
def serve(
    host: Annotated[
        str, typer.Option(help="Interface to bind; anything but loopback exposes the server.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes over the same index.")] = 1,
    allow_anonymous: Annotated[
        bool, typer.Option("--allow-anonymous", help="Serve beyond loopback with no key: anyone may use it.")
    ] = False,
) -> None:
    """Serve the API (under /v1) and the UI (at /)."""
    settings = Settings()
    if _exposed(host) and not (settings.api_key or settings.keys_file or allow_anonymous):
        raise AssistantError(
            f"refusing to serve on {host} with no key: anyone who reaches it could use it. Set ASSISTANT_API_KEY"
            " or ASSISTANT_KEYS_FILE (`assistant keys add NAME --role admin`), bind 127.0.0.1, or pass"
            " --allow-anonymous to mean it",
            code="no_key",
        )
    # One signing secret for every worker, so that a login made through one is valid in all.
    os.environ.setdefault("ASSISTANT_SESSION_SECRET", secrets.token_urlsafe(32))
    settings = Settings()

    import uvicorn

    from assistant import server
    from assistant.embeddings import passage_embeddings_for
    from assistant.indexing import refresh
    from assistant.service import Assistant

    url = f"http://{host}:{port}"
    if workers == 1:
        app = server.create(Assistant.load(settings))
        print(f"Serving the UI at {url}/ and the API at {url}/v1 (docs at /docs)")
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    refresh(settings, lambda: passage_embeddings_for(settings))  # once, here, before any worker opens the index
    print(f"Serving the UI at {url}/ and the API at {url}/v1 (docs at /docs) with {workers} workers")
    # Each worker builds its own app from the same settings (environment and assistant.toml).
    uvicorn.run("assistant.server:create", factory=True, host=host, port=port, workers=workers, log_level="warning")


if __name__ == "__main__":
    app()
