# diaodu — every target sets itself up first (scripts/setup.sh is idempotent).
VENV   := .venv
PY     := $(VENV)/bin/python
DIAODU := $(VENV)/bin/diaodu
SHARED := ../shared
STAMP  := $(VENV)/.diaodu-setup
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: setup native demo serve test lint bench eval docs clean

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh
	touch $@

setup: $(STAMP)

# The reader's hot modules compiled with mypyc into build/native (never src/); diaodu.reading uses them
# only while build/native/manifest.json matches the sources (DIAODU_PURE=1: never). Does nothing when
# up to date; a failed compilation is reported and leaves the pure-Python reader.
native: setup
	$(PY) scripts/build_native.py

# The main job on the embedded default (SQLite): create the ledger, load the example city, read its
# documents (and ../shared/seeds when present), print what the ledger holds, then serve the web app.
demo: setup
	bash scripts/demo.sh

test: setup
	$(PY) -m pytest
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

bench: native
	$(PY) -m benchmarks

eval: setup
	mkdir -p build
	$(DIAODU) extract $(SHARED)/seeds/*.txt --format jsonl > build/pred.jsonl
	$(PY) $(SHARED)/eval/score_figures.py --gold $(SHARED)/gold/dev.jsonl --pred build/pred.jsonl
	@echo "== our own corpus (tests/reading/corpus: an invented city, other styles and formats)"
	$(PY) tests/reading/corpus/score_corpus.py | tail -n 9
	@echo "== the sets written apart from the reader (tests/reading/unseen*: other cities and writers)"
	@held="$$($(PY) -c 'from tests.reading.test_unseen import HELD_OUT; print(*HELD_OUT)')"; \
	for s in tests/reading/unseen*/; do \
	  n=$$(basename $$s); tag=""; case " $$held " in *" $$n "*) tag="   (held out: never read)";; esac; \
	  printf '%-10s %s%s\n' "$$n" "$$($(PY) tests/reading/score_set.py $$s | tail -n 1)" "$$tag"; \
	done

clean:
	rm -rf $(VENV) build instance
