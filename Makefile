# Setup is part of every target: a fresh clone needs only `make run` or `make test`.
VENV    ?= .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: install index run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch is pinned in pyproject to the CPU build that installs from local disk
	$(PY) -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

index: install
	$(VENV)/bin/assistant index

run: install
	$(VENV)/bin/assistant index
	$(VENV)/bin/assistant serve --host 127.0.0.1 --port 8000

lint: install
	$(VENV)/bin/ruff check assistant tests ui.py
	$(VENV)/bin/ruff format --check assistant tests ui.py
	$(VENV)/bin/mypy

test: install lint
	$(VENV)/bin/pytest -q -p no:cacheprovider

bench: install
	$(PY) -m benches.run

clean:
	rm -rf $(VENV) index/builds index/manifest.json
