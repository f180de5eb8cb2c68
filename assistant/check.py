"""`assistant check`: what this installation has and lacks, one line per part, each problem with its fix.

Parts: the corpus (documents, files skipped and why, its parties), the index (the live build: present,
readable, up to date with the corpus and settings), the embedding model (loads and embeds), the generator
(for an LLM: reachable and answering), the Chroma server when one is configured, and the API key. It builds
no index and changes no setting; loading the embedding model may export its ONNX copy, as any first use does.
"""

from __future__ import annotations

from collections.abc import Callable, Sized
from dataclasses import dataclass

from assistant.access import KeyRing
from assistant.config import Settings
from assistant.corpus_config import CorpusConfig
from assistant.errors import AssistantError
from assistant.ingest import read_corpus
from assistant.manifest import read_manifest
from assistant.readers import supported
from assistant.store import open_store


@dataclass(frozen=True)
class Finding:
    part: str
    ok: bool
    detail: str
    fix: str = ""  # the command or setting that mends it, when not ok

    def line(self) -> str:
        fix = f" — fix: {self.fix}" if self.fix and not self.ok else ""
        return f"{'ok ' if self.ok else 'BAD'} {self.part}: {self.detail}{fix}"


def corpus(settings: Settings) -> list[Finding]:
    folder = settings.corpus_dir
    try:
        documents, skipped = read_corpus(folder, settings.max_file_bytes, settings.own_dirs())
    except AssistantError as exc:
        return [Finding("corpus", False, exc.message, f"mkdir -p {folder} (or set ASSISTANT_CORPUS_DIR)")]
    found = [Finding("corpus", bool(documents), f"{_count(documents, 'document')} in {folder}, {len(skipped)} skipped")]
    if not documents:
        found[0] = Finding("corpus", False, found[0].detail, f"put {supported()} files in {folder}")
    found += [Finding("skipped", True, f"{s.path}: {s.reason}") for s in skipped]
    try:
        config = CorpusConfig.read(folder)
    except AssistantError as exc:
        return [*found, Finding("positions.yaml", False, exc.message, f"correct {folder / 'positions.yaml'}")]
    if config is None:
        return [*found, Finding("parties", True, "none (no positions.yaml: no parties, no positions matrix)")]
    return [*found, Finding("parties", True, f"{', '.join(config.parties)}; {len(config.issues)} issues")]


def index(settings: Settings) -> list[Finding]:
    """The live build: present, readable, and built from today's corpus with today's settings."""
    from assistant.indexing import chunker_signature

    live = read_manifest(settings.index_dir)
    if live is None:
        return [Finding("index", False, f"no index in {settings.index_dir}", "assistant index")]
    try:
        problem = open_store(settings).problem(live)
    except AssistantError as exc:  # a Chroma server that is down
        return [Finding("index", False, exc.message, "start the Chroma server, or unset ASSISTANT_CHROMA_HOST")]
    if problem:
        return [Finding("index", False, f"build {live.build} cannot serve ({problem})", "assistant index --rebuild")]
    stale = []
    if live.embedding_model != settings.embedding_signature():
        stale.append("built with another embedding model")
    if live.chunker != chunker_signature(settings, CorpusConfig.load(settings.corpus_dir)):
        stale.append("built with other passage settings or parties")
    try:
        documents, _ = read_corpus(settings.corpus_dir, settings.max_file_bytes, settings.own_dirs())
    except AssistantError:
        documents = []
    current = {d.doc_id: d.content_hash for d in documents}
    indexed = {doc_id: entry.content_hash for doc_id, entry in live.documents.items()}
    if current != indexed:
        changed = len(set(current.items()) ^ set(indexed.items()))
        stale.append(f"{changed} document changes since it was built")
    detail = f"build {live.build}: {_count(live.documents, 'document')}, {live.passage_count} passages"
    if stale:
        return [Finding("index", False, f"{detail}; out of date ({'; '.join(stale)})", "assistant index")]
    return [Finding("index", True, f"{detail}, up to date")]


def embeddings(settings: Settings) -> list[Finding]:
    from assistant.embeddings import embeddings_for

    model = settings.resolved_embedding_model()
    try:
        size = len(embeddings_for(settings).embed_query("check"))
    except Exception as exc:  # any failure to load or run the model is what this line reports
        return [Finding("embedding model", False, f"{model}: {type(exc).__name__}: {exc}", "pip install -e .")]
    return [Finding("embedding model", True, f"{model} ({settings.embedding_backend}, {size} dimensions)")]


def generator(settings: Settings) -> list[Finding]:
    if settings.generator == "extractive":
        return [Finding("generator", True, "extractive (quotes the passages; no model needed)")]
    from assistant.generators import make_generator
    from assistant.generators.base import ChatModelGenerator

    try:
        llm = make_generator(settings)
        assert isinstance(llm, ChatModelGenerator)  # every generator but the extractive one is a chat model
        # streamed, as answers are
        said = "".join(str(c.content) for c in llm.model.stream([("user", "Reply with the word OK.")]))
    except AssistantError as exc:
        return [Finding("generator", False, f"{settings.generator}: {exc.message}", _generator_fix(settings))]
    except Exception as exc:  # unreachable, timed out, an HTTP error: the backend is not answering
        detail = f"{settings.generator}: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        return [Finding("generator", False, detail, _generator_fix(settings))]
    fallback = "; falls back to extractive" if settings.generator_fallback == "extractive" else ""
    said = " ".join(said.split())[:40]
    return [Finding("generator", True, f"{settings.generator} answering ({said!r}){fallback}")]


def _generator_fix(settings: Settings) -> str:
    if settings.generator == "openai":
        return f"start the server at ASSISTANT_OPENAI_BASE_URL={settings.openai_base_url} or correct it"
    return "make llm (or set ASSISTANT_LLAMACPP_MODEL_PATH)"


def chroma(settings: Settings) -> list[Finding]:
    if settings.chroma_host is None:
        return []
    where = f"{settings.chroma_host}:{settings.chroma_port}"
    try:
        open_store(settings).heartbeat()
    except Exception as exc:  # the server's client raises its own types; any of them means not reachable
        fix = f"chroma run --port {settings.chroma_port}"
        return [Finding("chroma server", False, f"{where}: {type(exc).__name__}", fix)]
    return [Finding("chroma server", True, f"{where} reachable")]


def access(settings: Settings) -> list[Finding]:
    try:
        keys = KeyRing(settings.api_key, settings.keys_file)
    except AssistantError as exc:
        return [Finding("access", False, exc.message, f"repair or move aside {settings.keys_file}")]
    if not keys.enabled:
        return [
            Finding("access", True, "open: no key set, so anyone who reaches the server may use it (fine on loopback)")
        ]
    named = keys.names()
    said = ["admin key set"] if settings.api_key else []
    if settings.keys_file:
        said.append(f"{_count(named, 'named key')} in {settings.keys_file}")
    if not named and not settings.api_key:
        return [
            Finding("access", False, "; ".join(said) + ": no key can sign in", "assistant keys add NAME --role admin")
        ]
    return [Finding("access", True, "; ".join(said) + ": every route but /healthz needs a key")]


def data(settings: Settings) -> list[Finding]:
    """Where conversations and feedback are kept; the database is opened only if it exists already."""
    from assistant.records import FILE, Records

    if not (settings.data_dir / FILE).is_file():
        return [Finding("data", True, f"nothing saved yet; conversations and feedback will go to {settings.data_dir}")]
    try:
        records = Records(settings.data_dir)
        saved = f"{_count(records.conversations(None), 'conversation')}, {_count(records.feedback(), 'rating')}"
    except AssistantError as exc:
        return [Finding("data", False, exc.message, "set ASSISTANT_DATA_DIR to a folder you can write")]
    except Exception as exc:  # sqlite3: a file that is not a database
        return [Finding("data", False, f"{settings.data_dir / FILE}: {exc}", "move the file aside")]
    return [Finding("data", True, f"{saved} in {settings.data_dir}")]


def _count(things: Sized, noun: str) -> str:
    return f"{len(things)} {noun}{'' if len(things) == 1 else 's'}"


CHECKS: list[Callable[[Settings], list[Finding]]] = [corpus, index, embeddings, generator, chroma, access, data]


def run(settings: Settings) -> list[Finding]:
    return [finding for check in CHECKS for finding in check(settings)]
