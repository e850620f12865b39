"""TIMEX3 detection and normalization rules (work in progress; filled in by the next commits)."""

from __future__ import annotations

from storyline.analyze.pipeline import AnalysisState


def annotate(state: AnalysisState) -> None:
    """Find and normalize the time expressions of ``state.doc`` into ``state.timexes``."""
    state.timexes = []
