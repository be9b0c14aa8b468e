"""One module per fact file: `OUTPUT` (its path in the repository) and `build()` (its text)."""
