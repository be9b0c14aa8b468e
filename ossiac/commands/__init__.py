"""Subcommands of the `ossiac` CLI, one module each (see ossiac.cli)."""
