"""Uploads on a real server over a writable copy of the corpus: PDF and Word in, asked within, deleted; and
every bad upload refused with its status, never a 5xx, never a half-indexed document or a stray file."""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from langchain_core.embeddings import Embeddings

from assistant import server
from assistant.access import Role, add_key
from assistant.config import Settings
from assistant.indexing import refresh
from assistant.service import Assistant
from tests.conftest import CORPUS, DOC_ID, ServerThread
from tests.documents import CORRIDOR, encrypted_pdf, make_docx, make_pdf, scanned_pdf

QUESTION = "How wide a corridor does Velmora insist on?"


@pytest.fixture
def served(tmp_path: Path, embeddings: Embeddings, passage_embeddings: Embeddings) -> Iterator[tuple[str, dict]]:
    """A server over a copy of the article, with an editor and a reader key; yields its URL and headers."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(
        index_dir=tmp_path / "index", corpus_dir=corpus, keys_file=tmp_path / "keys.json", max_file_bytes=400_000
    )
    bot = Assistant(settings, embeddings, refresh(settings, lambda: passage_embeddings, progress=False).manifest)
    bot._passage_embeddings = passage_embeddings  # the model the fixture already loaded, not a second one
    keys = {role: add_key(settings.keys_file, role.label, role) for role in (Role.READER, Role.EDITOR)}  # type: ignore[arg-type]
    headers = {role.label: {"Authorization": f"Bearer {key}"} for role, key in keys.items()}
    with ServerThread(server.create(bot, settings)) as running:
        yield running.url, {"corpus": corpus, **headers}


def _upload(url: str, headers: dict, name: str, raw: bytes, **params: str) -> httpx.Response:
    return httpx.post(f"{url}/v1/documents", files={"file": (name, raw)}, headers=headers, params=params, timeout=120)


def test_a_pdf_is_added_asked_within_cited_by_page_and_deleted(served: tuple[str, dict]) -> None:
    url, ctx = served
    editor, reader = ctx["editor"], ctx["reader"]
    pdf = make_pdf(CORRIDOR, title="Grain corridor talks resume in Tallinn")
    assert _upload(url, reader, "corridor.pdf", pdf).status_code == 403  # a reader may not add
    added = _upload(url, editor, "corridor.pdf", pdf)
    assert added.status_code == 201, added.text
    body = added.json()
    assert body["doc_id"] == "corridor" and body["pages"] == 2 and body["chunks"] >= 4 and not body["replaced"]
    assert body["title"] == "Grain corridor talks resume in Tallinn"
    listed = {d["doc_id"]: d for d in httpx.get(f"{url}/v1/documents", headers=reader).json()}
    assert listed["corridor"]["pages"] == 2 and listed["corridor"]["bytes"] == len(pdf)
    text = httpx.get(f"{url}/v1/documents/corridor", headers=reader).json()["text"]

    answer = httpx.post(f"{url}/v1/ask", json={"question": QUESTION, "doc_ids": ["corridor"]}, headers=reader).json()
    assert not answer["refused"] and "40 nautical miles" in answer["answer"], answer
    assert {c["doc_id"] for c in answer["citations"]} == {"corridor"}
    for c in answer["citations"]:
        assert text[c["start"] : c["end"]] == c["text"] and c["page"] in {1, 2}
    ostrand = httpx.post(f"{url}/v1/ask", json={"question": "What did Ostrand propose?"}, headers=reader).json()
    assert "Kessel" in ostrand["answer"] and ostrand["citations"][0]["page"] == 2  # page 2 says it

    within_article = {"question": QUESTION, "doc_ids": [DOC_ID]}
    assert httpx.post(f"{url}/v1/ask", json=within_article, headers=reader).json()["refused"]
    streamed = httpx.post(f"{url}/v1/ask/stream", json=within_article, headers=reader).text
    assert '"refused": true' in streamed and "event: done" in streamed
    chat = {"messages": [{"role": "user", "content": QUESTION}], "doc_ids": ["corridor"]}
    completion = httpx.post(f"{url}/v1/chat/completions", json=chat, headers=reader).json()
    assert "40 nautical miles" in completion["choices"][0]["message"]["content"]
    assert {c["doc_id"] for c in completion["citations"]} == {"corridor"}
    unknown = httpx.post(f"{url}/v1/ask", json={"question": QUESTION, "doc_ids": ["nope"]}, headers=reader)
    assert unknown.status_code == 422 and unknown.json()["error"]["code"] == "unknown_document"

    assert httpx.delete(f"{url}/v1/documents/corridor", headers=reader).status_code == 403
    assert httpx.delete(f"{url}/v1/documents/corridor", headers=editor).status_code == 204
    assert httpx.post(f"{url}/v1/ask", json={"question": QUESTION}, headers=reader).json()["refused"]
    assert httpx.get(f"{url}/v1/documents/corridor", headers=reader).status_code == 404
    assert httpx.delete(f"{url}/v1/documents/corridor", headers=editor).status_code == 404
    assert not (ctx["corpus"] / "corridor.pdf").exists()


def test_a_word_document_keeps_its_headings(served: tuple[str, dict]) -> None:
    url, ctx = served
    raw = make_docx("Fisheries accord draft", {"Quotas": ["Norland demands a 60-40 split of the cod quota."]})
    assert _upload(url, ctx["editor"], "accord.docx", raw).status_code == 201
    answer = httpx.post(f"{url}/v1/ask", json={"question": "What split does Norland demand?"}, headers=ctx["reader"])
    cited = answer.json()["citations"]
    assert "60-40" in answer.json()["answer"] and cited[0]["section"] == "Quotas" and cited[0]["doc_id"] == "accord"


def test_bad_uploads_are_refused_and_leave_nothing_behind(served: tuple[str, dict]) -> None:
    url, ctx = served
    editor, corpus = ctx["editor"], ctx["corpus"]
    before = (sorted(p.name for p in corpus.iterdir()), httpx.get(f"{url}/v1/documents", headers=editor).json())
    pdf = make_pdf(CORRIDOR)
    cases = {
        "empty": ("notes.txt", b"", 422),
        "a PDF named .txt": ("notes.txt", pdf, 415),
        "text named .pdf": ("notes.pdf", b"Just some text, not a PDF.", 415),
        "a damaged PDF": ("broken.pdf", pdf[: len(pdf) // 3], 422),
        "an encrypted PDF": ("locked.pdf", encrypted_pdf(pdf), 422),
        "a scanned PDF": ("scan.pdf", scanned_pdf(), 422),
        "a damaged Word file": ("broken.docx", b"PK\x03\x04" + b"\x00" * 200, 422),
        "a program": ("tool.exe", b"MZ\x90\x00", 415),
        "a settings file": ("positions.yaml", b"parties: {}", 415),
        "over the limit": ("big.txt", b"Title\n" + b"word " * 100_000, 413),
    }
    for case, (name, raw, status) in cases.items():
        response = _upload(url, editor, name, raw)
        assert response.status_code == status, (case, response.text)
        assert response.json()["error"]["message"], case
    assert "encrypted" in _upload(url, editor, "locked.pdf", encrypted_pdf(pdf)).json()["error"]["message"]
    assert "ASSISTANT_MAX_FILE_BYTES" in _upload(url, editor, "big.txt", b"w " * 300_000).json()["error"]["message"]
    just_over = _upload(url, editor, "big.txt", b"Title\n" + b"w" * 400_000)  # within the body's allowance
    assert just_over.status_code == 413 and "ASSISTANT_MAX_FILE_BYTES" in just_over.json()["error"]["message"]
    assert "text layer" in _upload(url, editor, "scan.pdf", scanned_pdf()).json()["error"]["message"]
    after = (sorted(p.name for p in corpus.iterdir()), httpx.get(f"{url}/v1/documents", headers=editor).json())
    assert after == before  # no stray file, no half-indexed document

    sneaky = _upload(url, editor, "../../outside.txt", b"Outside\nThe Lisbon protocol was signed at dawn.\n")
    assert sneaky.status_code == 201 and sneaky.json()["doc_id"] == "outside"
    assert (corpus / "outside.txt").exists() and not (corpus.parent / "outside.txt").exists()
    again = _upload(url, editor, "outside.txt", b"Outside\nA second version.\n")
    assert again.status_code == 409 and again.json()["error"]["code"] == "document_exists"
    replaced = _upload(url, editor, "outside.txt", b"Outside\nA second version.\n", replace="true")
    assert replaced.status_code == 201 and replaced.json()["replaced"]


def test_twenty_concurrent_uploads_all_land(served: tuple[str, dict]) -> None:
    url, ctx = served

    async def upload_all() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=url, headers=ctx["editor"], timeout=300) as client:
            return await asyncio.gather(
                *(
                    client.post(
                        "/v1/documents",
                        files={"file": (f"memo-{i}.txt", f"Memo {i}\nThe envoy number {i} reached Oslo.\n".encode())},
                    )
                    for i in range(20)
                )
            )

    responses = asyncio.run(upload_all())
    assert [r.status_code for r in responses] == [201] * 20, [r.text for r in responses if r.status_code != 201]
    listed = {d["doc_id"] for d in httpx.get(f"{url}/v1/documents", headers=ctx["reader"]).json()}
    assert {f"memo-{i}" for i in range(20)} <= listed
    assert not [p for p in ctx["corpus"].iterdir() if p.name.startswith(".")]  # no temporary file left


def test_a_fifty_page_pdf_is_ingested(served: tuple[str, dict]) -> None:
    url, ctx = served
    pages = [
        [
            f"Paragraph {i} of page {n} lists customs post {6 * n + i} on the eastern border and its hours."
            for i in range(6)
        ]
        for n in range(50)
    ]
    raw = make_pdf(pages, title="Annex on customs posts")
    start = time.perf_counter()
    added = _upload(url, ctx["editor"], "annex.pdf", raw)
    seconds = time.perf_counter() - start
    assert added.status_code == 201 and added.json()["pages"] == 50
    print(f"\n50-page PDF ({len(raw):,} bytes, {added.json()['chunks']} passages) added in {seconds:.1f} s")


def test_cli_ask_within_a_document(bot: Assistant) -> None:
    import json

    from typer.testing import CliRunner

    from assistant.cli import app

    env = {"ASSISTANT_INDEX_DIR": str(bot.settings.index_dir), "ASSISTANT_CORPUS_DIR": str(bot.settings.corpus_dir)}
    done = CliRunner().invoke(app, ["ask", "What does Russia demand?", "--doc", DOC_ID, "--json"], env=env)
    assert done.exit_code == 0, done.output
    assert {c["doc_id"] for c in json.loads(done.stdout)["citations"]} == {DOC_ID}
    unknown = CliRunner().invoke(app, ["ask", "What does Russia demand?", "--doc", "nope"], env=env)
    assert unknown.exit_code == 2 and "no document 'nope'" in unknown.output


class _Failing(Embeddings):
    """An embedding model that dies mid-build, as a crash would."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        raise RuntimeError("killed while embedding")

    def embed_query(self, text: str) -> list[float]:
        raise RuntimeError("killed while embedding")


def test_an_upload_that_fails_while_indexing_loses_nothing(
    tmp_path: Path, embeddings: Embeddings, passage_embeddings: Embeddings
) -> None:
    from assistant.manifest import read_manifest

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "memo.txt").write_text("Memo\nThe first version.\n")
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    bot = Assistant(settings, embeddings, refresh(settings, lambda: passage_embeddings, progress=False).manifest)
    before = read_manifest(settings.index_dir)
    bot._passage_embeddings = _Failing()
    with pytest.raises(RuntimeError):
        bot.add_document("memo.txt", b"Memo\nThe second version.\n", replace=True)
    with pytest.raises(RuntimeError):
        bot.add_document("other.txt", b"Other\nA new memo.\n")
    assert (corpus / "memo.txt").read_text() == "Memo\nThe first version.\n"  # put back as it was
    assert not (corpus / "other.txt").exists() and not [p for p in corpus.iterdir() if p.name.startswith(".")]
    assert read_manifest(settings.index_dir) == before  # the live index is still the last complete one
    bot._passage_embeddings = passage_embeddings
    assert bot.add_document("other.txt", b"Other\nThe Oslo memo was signed.\n").doc_id == "other"
    assert "Oslo" in bot.ask("Which memo was signed?").answer
