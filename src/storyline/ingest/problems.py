"""Problems: what went wrong with one input, said so a user can act on it (STYLE: errors and input)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One input (file, or a line of it) that could not be read as given.

    ``skipped`` is True when the input (or that line) was left out; False for a
    warning about something that was still read (a guessed encoding, a language
    that will not be analyzed). ``article`` names the article a warning is about.
    """

    source: str
    problem: str
    hint: str
    line: int | None = None
    skipped: bool = True
    article: str | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.problem} — {self.hint}"
