# Setup is part of every target: a fresh clone needs only `make run` or `make test`.
# `make run` installs what answering needs (no compiler builds, no test tools); `make test` installs everything.
VENV    ?= .venv
PY      := $(VENV)/bin/python
HOST    ?= 127.0.0.1
PORT    ?= 8000
BENCH_SCALE_DOCS ?= 1000
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
HASH    := $(shell cat pyproject.toml constraints.txt | sha1sum | cut -c1-12)
# Every pip install (build environments too) takes the versions CI last passed with: a new upstream release
# changes nothing until `make lock` records it.
export PIP_CONSTRAINT := $(CURDIR)/constraints.txt
RUNTIME := $(VENV)/.runtime-$(HASH)
LLM     := $(VENV)/.llm-$(HASH)
STAMP   := $(VENV)/.installed-$(HASH)

.PHONY: install llm browser index run test lint gold bench clean lock

# torch is pinned in pyproject to the CPU build that installs from local disk
$(RUNTIME): pyproject.toml constraints.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	rm -f $(VENV)/.runtime-* && touch $(RUNTIME)

# The [llm] extra builds llama-cpp-python from source (~10 min); only the llamacpp generator and its tests need it.
# Portable CPU flags (no -march=native): a native build can emit AMX/AVX-512 code that VMs refuse.
$(LLM): $(RUNTIME)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PY) -m pip install -q --no-cache-dir 'llama-cpp-python[server]==0.3.36'
	$(PY) -m pip install -q -e '.[llm]'
	rm -f $(VENV)/.llm-* && touch $(LLM)

$(STAMP): $(LLM)
	$(PY) -m pip install -q -e '.[test,llm]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

# Record the versions now installed as the ones every later install takes (after upgrading on purpose).
lock: install
	(sed -n '1,2p' constraints.txt; $(PY) -m pip freeze --exclude-editable | sed 's/^torch==\([0-9.]*\)+cpu$$/torch==\1/') > constraints.tmp
	mv constraints.tmp constraints.txt

llm: $(LLM)

index: $(RUNTIME)
	$(VENV)/bin/assistant index

run: $(RUNTIME)
	$(VENV)/bin/assistant index
	$(VENV)/bin/assistant serve --host $(HOST) --port $(PORT)

lint: install
	$(VENV)/bin/ruff check assistant tests benches ui.py
	$(VENV)/bin/ruff format --check assistant tests benches ui.py
	$(VENV)/bin/mypy

# Headless Chromium for the UI tests (Debian's package; Playwright drives it, it downloads no browser).
browser:
	test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

test: install browser lint
	$(VENV)/bin/pytest -q -p no:cacheprovider -rx

# The gold-set gate: one test per gold question plus the aggregate thresholds.
gold: install
	$(VENV)/bin/pytest -q -p no:cacheprovider -m gold tests/test_gold.py

bench: install
	$(PY) -m benches.run --scale $(BENCH_SCALE_DOCS)

clean:
	rm -rf $(VENV) index/builds index/manifest.json
