# Every target installs what it needs through `setup`, so each works as the
# first command on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup generate test check lint sandbox demo contract-test bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: setup
	$(BIN)/python -m generator generate

test: setup
	$(BIN)/python -m pytest -n 4

check: setup lint
	$(BIN)/python -m generator check

lint: setup
	$(BIN)/ruff check generator overrides/client tests bench setup.py
	$(BIN)/ruff format --check generator overrides/client tests bench setup.py
	$(BIN)/python -m generator lint-spec

sandbox: setup
	$(BIN)/trconnect sandbox

demo: setup
	$(BIN)/trconnect demo

contract-test: setup
	$(BIN)/python -m generator contract-test

bench: setup
	$(BIN)/python bench/generate.py
	$(BIN)/python bench/client_overhead.py
	$(BIN)/python bench/mcp_overhead.py
	$(BIN)/python bench/sandbox_throughput.py
	$(BIN)/python bench/sandbox_crash.py
	$(BIN)/python bench/webhook_burst.py
	$(BIN)/python bench/corpus.py
	$(BIN)/python bench/validate_corpus.py

clean:
	rm -rf $(VENV) .sandbox .pytest_cache .mypy_cache .ruff_cache
