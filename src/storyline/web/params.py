"""Request parameters shared by the API (``app.py``) and the pages (``pages.py``), and the store dependency.

Dates: ``start``/``end`` take any calendar value the store filters on (year,
month, day, ISO week, quarter, half, season); a value that is not a date, or a
start after the end, is answered 400 with the reason
(:func:`storyline.timevalues.parse_range`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from storyline.store.base import SEARCH_KINDS, Store
from storyline.timevalues import RANGE_FORMS, DateRange, DateRangeError, parse_range

Offset = Annotated[int, Query(ge=0, le=10_000_000, description="index of the first item")]
Limit = Annotated[int, Query(ge=1, le=500, description="most items per page (1-500)")]
DateParam = Annotated[str | None, Query(max_length=40, description=f"a calendar value: {RANGE_FORMS}; facts whose "
                                        "date interval overlaps the range match")]
Text = Annotated[str | None, Query(max_length=300)]
OutletP = Annotated[str | None, Query(max_length=300, description="exact outlet name")]
EntityP = Annotated[str | None, Query(max_length=300, description="entity id (see /api/entities)")]
EventTypeP = Annotated[str | None, Query(max_length=300, description="event type, e.g. ASSAULT (any case)")]


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


def check_range(start: str | None, end: str | None) -> DateRange:
    """The range of ``start``/``end``, or a 400 saying what is wrong with them."""
    try:
        return parse_range(start or None, end or None)
    except DateRangeError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None


def parse_kinds(kinds: str | None) -> list[str] | None:
    """A comma-separated ``kinds`` parameter of search, or a 400 naming the unknown kinds."""
    if not kinds:
        return None
    wanted = [k.strip() for k in kinds.split(",") if k.strip()]
    bad = [k for k in wanted if k not in SEARCH_KINDS]
    if bad:
        raise HTTPException(status_code=400, detail=f"unknown kind(s) {', '.join(bad)}; use {', '.join(SEARCH_KINDS)}")
    return wanted or None
