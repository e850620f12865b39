"""Storyline: news intelligence with provenance, honest uncertainty and independence-aware corroboration."""

__version__ = "0.1.0"
