"""`ossiac report`: the estate as synthesized, as one self-contained HTML page."""
