# Two commands on a fresh clone: `make generate` and `make test`. Both bootstrap what they need
# (the venv with pinned Python deps, and npm deps for Prism) and do so only once.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC ?= spec/openai.pin.yaml
CONFIG ?= spec/openai.yaml
OUT ?= output/openai
GENERATE_FLAGS ?=
# this repository keeps the generator's caches in its own .cache/ (removed by `make clean`); run
# elsewhere, the generator uses the user cache dir (README, "Caches")
export SDKGEN_CACHE_DIR ?= $(CURDIR)/.cache

.PHONY: setup generate test fuzz lint mock build clean snapshots parity bench diff check release corpus corpus-fetch

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

# the real-world corpus (spec/corpus.pin.yaml) into $(SDKGEN_CACHE_DIR)/corpus: a no-op once verified
corpus-fetch: $(VENV)/.stamp
	$(PY) scripts/corpus.py fetch

test: setup corpus-fetch
	$(PY) -m pytest tests -q -n 2 --dist loadgroup

# the generator fuzzer (tests/test_fuzz_generator.py); FUZZ_EXAMPLES=N, FUZZ_SHRINK=0 for a fast first finding
FUZZ_EXAMPLES ?= 5000
fuzz: $(VENV)/.stamp
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/test_fuzz_generator.py -q -m fuzz

lint: $(VENV)/.stamp
	$(VENV)/bin/ruff check generator tests scripts
	$(VENV)/bin/ruff check $(OUT)/src

mock: setup
	$(PY) scripts/mock

# sdist + wheel (built from the sdist, with the package's pinned backend) into dist/, then twine check
build: $(VENV)/.stamp
	$(PY) scripts/build_dist.py --package $(OUT) --dist $(DIST)

# Maintainer workflow (README, "Maintainer workflow"). OLD is a spec or a git revision.
OLD ?= HEAD
NEW ?= $(SPEC)
VERSION ?= auto
DIST ?= dist
DIFF_FLAGS ?=

# semantic API diff: markdown on stdout (DIFF_FLAGS="--format json", "--fail-on-breaking")
diff: $(VENV)/.stamp
	$(PY) -m generator diff --old $(OLD) --new $(NEW) --config $(CONFIG) $(DIFF_FLAGS)

# output/ is exactly what the generator makes now (fails on drift), plus the API diff against OLD
check: $(VENV)/.stamp
	$(PY) scripts/check.py --spec $(SPEC) --config $(CONFIG) --out $(OUT) --old $(OLD)

# bump package.version (VERSION=auto|major|minor|patch|X.Y.Z) and prepend a CHANGELOG entry; the
# base is OLD when given on the command line, else the tag v<current version>, else HEAD
release: $(VENV)/.stamp
	$(PY) -m generator release --spec $(SPEC) --config $(CONFIG) --out $(OUT) --version $(VERSION) \
		$(if $(filter command line,$(origin OLD)),--old $(OLD))

snapshots: $(VENV)/.stamp
	$(PY) -m tests.snapshot_tool update

BENCH_VENV ?= .venv-bench
BENCH_FLAGS ?=

# Bench-only environments, kept out of .venv so the official `openai` never shadows ours:
# runtime/ = the official SDK and nothing but its dependencies; peers/ = openapi-python-client.
# Versions: bench/requirements.txt and requirements.txt, both used as constraints.
$(BENCH_VENV)/.stamp: requirements.txt bench/requirements.txt
	rm -rf $(BENCH_VENV)
	$(PYTHON) -m venv $(BENCH_VENV)/runtime
	$(PYTHON) -m venv $(BENCH_VENV)/peers
	$(BENCH_VENV)/runtime/bin/pip install --quiet --disable-pip-version-check -c requirements.txt -c bench/requirements.txt openai
	$(BENCH_VENV)/peers/bin/pip install --quiet --disable-pip-version-check -c requirements.txt -c bench/requirements.txt openapi-python-client
	touch $@

# Generator and SDK runtime beside their peers; prints tables, asserts nothing (see README, Performance).
bench: $(VENV)/.stamp $(BENCH_VENV)/.stamp
	$(PY) scripts/bench.py --runtime-python $(BENCH_VENV)/runtime/bin/python --peers-bin $(BENCH_VENV)/peers/bin $(BENCH_FLAGS)

# every corpus spec (the named four and the 40-spec sample) through every check, beside
# openapi-python-client; prints a table, asserts nothing (README, "Real-world corpus").
# CORPUS_FLAGS: --only KEY (repeatable), --no-pyright, --no-prism, --workers N, --json FILE
CORPUS_FLAGS ?=
corpus: setup $(BENCH_VENV)/.stamp
	$(PY) scripts/corpus.py report --peers-bin $(BENCH_VENV)/peers/bin $(CORPUS_FLAGS)

parity: $(VENV)/.stamp
	$(PY) scripts/parity.py --src $(OUT)/src

# How zero-config SDKs read (issue 17): names, method-name shares, type-name lengths, resource depth.
# NAMING_SPECS="a.yaml b.json" for others (a corpus); asserts nothing.
NAMING_SPECS ?= tests/fixtures/zero_config/*.yaml
.PHONY: naming
naming: $(VENV)/.stamp
	$(PY) scripts/naming_report.py $(NAMING_SPECS)

clean:
	rm -rf $(VENV) $(BENCH_VENV) node_modules dist .pytest_cache .ruff_cache .mypy_cache .cache
