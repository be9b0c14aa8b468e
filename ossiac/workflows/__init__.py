"""How users live with the tool: reviewing plans, guarding destruction, catching drift."""
