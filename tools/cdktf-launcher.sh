#!/bin/sh
# The venv's `cdktf` (made from this template by the Makefile): the project's pinned cdktf-cli on
# the venv's Node, with the venv's `terraform` and Python first on PATH.
export CHECKPOINT_DISABLE=1 PATH="@BIN@:$PATH"
# cdktf asks for approval in an interactive prompt that needs a terminal: without one it crashes
# ("Raw mode is not supported"). Say what to add instead, before anything runs.
if [ ! -t 0 ]; then
  command="" approved=""
  for arg in "$@"; do
    case "$arg" in
      --auto-approve | --auto-approve=true | -h | --help) approved=1 ;;
      -*) ;;
      *) [ -z "$command" ] && command="$arg" ;;
    esac
  done
  case "$command" in
    deploy | apply | destroy)
      if [ -z "$approved" ]; then
        echo "cdktf $command: stdin is not a terminal, so cdktf cannot ask for approval: add --auto-approve" >&2
        exit 1
      fi ;;
  esac
fi
exec "@CDKTF@" "$@"
