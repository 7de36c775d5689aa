# The two commands of the README: `make run` (the dashboard on the shipped articles) and
# `make test` (the whole suite, browser tests included). Both set everything up themselves
# on a fresh Debian machine with only Python 3.11+ and make.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/protestmap.db
PORT   ?= 8501

.PHONY: run test install ingest browser-deps postgres-deps lint bench clean

# The virtual environment is rebuilt when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,browser]'
	touch $@

install: $(VENV)/.installed

# Idempotent: stores new articles, re-extracts those an older geoparser processed, else nothing.
ingest: install
	$(BIN)/protestmap ingest data/articles --db $(DB)

run: ingest
	$(BIN)/protestmap serve --db $(DB) --port $(PORT)

# Debian's chromium for the browser tests (Playwright cannot download its own browser here).
browser-deps:
	@if command -v chromium >/dev/null 2>&1; then \
		echo "chromium: $$(command -v chromium)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	else \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
		echo "!!! chromium is missing and cannot be installed here (needs root and apt-get):   !!!"; \
		echo "!!! the browser tests will be SKIPPED. Install it with: apt-get install chromium !!!"; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
	fi

# Debian's PostgreSQL server for the store tests on the second backend: the tests start their
# own throwaway cluster (initdb/pg_ctl in a temporary folder, on a free loopback port).
postgres-deps:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then \
		echo "postgresql: $$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's postgresql for the store tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
		echo "!!! postgresql is missing and cannot be installed here (needs root and apt-get): !!!"; \
		echo "!!! the PostgreSQL tests will be SKIPPED. Install: apt-get install postgresql    !!!"; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
	fi

test: install browser-deps postgres-deps
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check dashboard tests
	$(BIN)/mypy dashboard

bench: install
	$(BIN)/protestmap bench --out bench.json

clean:
	rm -rf $(VENV) .pytest_cache
