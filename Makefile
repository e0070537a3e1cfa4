# Two commands on a fresh clone: `make generate` and `make test`. Both bootstrap what they need
# (the venv with pinned Python deps, and npm deps for Prism) and do so only once.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC ?= spec/openai.pin.yaml
CONFIG ?= spec/openai.yaml
OUT ?= output/openai
GENERATE_FLAGS ?=

.PHONY: setup generate test test-fast lint mock build clean snapshots parity bench

$(VENV)/.stamp: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.stamp: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

setup: $(VENV)/.stamp node_modules/.stamp

generate: $(VENV)/.stamp
	$(PY) -m generator generate --spec $(SPEC) --config $(CONFIG) --out $(OUT) $(GENERATE_FLAGS)

test: setup
	$(PY) -m pytest tests -q -n 2 --dist loadgroup

lint: $(VENV)/.stamp
	$(VENV)/bin/ruff check generator tests scripts
	$(VENV)/bin/ruff check $(OUT)/src

mock: setup
	$(PY) scripts/mock

build: $(VENV)/.stamp
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir dist $(OUT)

snapshots: $(VENV)/.stamp
	$(PY) -m tests.snapshot_tool update

parity: $(VENV)/.stamp
	$(PY) scripts/parity.py --src $(OUT)/src

clean:
	rm -rf $(VENV) node_modules dist .pytest_cache .ruff_cache .mypy_cache .cache
