"""The one error the simulator raises: the input cannot be simulated as given."""

from __future__ import annotations


class SimulationInputError(Exception):
    """Bad input (missing file, unknown bucket, unresolvable setting, bad value).

    The message names the file, the key that is wrong and what is allowed, so the command line
    can print it as is.
    """
