"""Loading and validating the YAML that declares stacks."""
