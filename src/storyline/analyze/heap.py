"""The C heap: hand freed pages back to the system (used by the model loaders)."""

from __future__ import annotations

import contextlib


def trim_heap() -> None:
    """Hand the C heap's free pages back to the system. glibc keeps them otherwise, and fusion's big
    allocations (MiniLM's weights, unfolded to float32 when its session loads) take fresh pages: the freed
    spaCy model would still count in the peak. A no-op where the C library is not glibc."""
    import ctypes
    import ctypes.util

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)
