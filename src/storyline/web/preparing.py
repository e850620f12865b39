"""Parts of a page built off the request threads: a page shows "being prepared" instead of waiting for them.

A store an older version made (or one past :data:`storyline.web.ahead.AHEAD_MAX_EVENTS` events) has no overview
incidents made ahead, and a server just started on it holds no timeline yet: building one reads every event and
the analyses of the articles telling it (seconds to tens of seconds). A page that needs one starts its build here
(:func:`start`, once per key: a second request for it finds the build running) and waits a moment
(:data:`PAGE_WAIT`); what is still not ready is rendered as a "being prepared" notice whose script
(static/preparing.js) asks :func:`wait` through ``/fragments/ready/{token}`` and reloads the page when the build is
done (without script, the page refreshes itself every few seconds). The built value lives in the cache the build
writes (the timeline cache of :mod:`storyline.web.lookups`); this module only runs and tracks the builds.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Hashable

log = logging.getLogger(__name__)

PAGE_WAIT = 1.5  # seconds a page waits for a build before it shows "being prepared" (a small store is done by then)
POLL_WAIT = 10.0  # seconds /fragments/ready waits before answering "not yet" (the script asks again)

_jobs: dict[str, threading.Thread] = {}
_owners: dict[str, Hashable] = {}  # token -> the store it reads (joined at shutdown)
_lock = threading.Lock()


def token_of(key: Hashable) -> str:
    """The opaque name a page polls for the build of ``key`` (no store path or filter values in a URL)."""
    return hashlib.sha1(repr(key).encode()).hexdigest()[:16]


def start(owner: Hashable, key: Hashable, build: Callable[[], object]) -> str:
    """Run ``build`` on a thread of its own unless a build of ``key`` is running already; its token."""
    token = token_of(key)
    with _lock:
        for done in [t for t, job in _jobs.items() if not job.is_alive()]:  # finished and never asked about
            del _jobs[done]  # (asked about later, an unknown token is done: the page reloads)
            _owners.pop(done, None)
        running = _jobs.get(token)
        if running is None:
            running = threading.Thread(target=_run, args=(build,), name="storyline-prepare", daemon=True)
            _jobs[token] = running
            _owners[token] = owner
            running.start()
    return token


def _run(build: Callable[[], object]) -> None:
    try:
        build()
    except Exception:  # the page asks again after reloading, and then shows the error where it happens
        log.exception("preparing a page part failed")


def wait(token: str, timeout: float) -> bool:
    """Whether the build of ``token`` is done (waiting up to ``timeout`` seconds for it); an unknown token is
    done (a server restarted meanwhile: the reloaded page starts what it needs again)."""
    with _lock:
        running = _jobs.get(token)
    if running is None:
        return True
    running.join(timeout)
    if running.is_alive():
        return False
    with _lock:
        if _jobs.get(token) is running:
            del _jobs[token]
            _owners.pop(token, None)
    return True


def stop(owner: Hashable, timeout: float = 60.0) -> None:
    """Wait for the builds reading ``owner`` (at shutdown: a thread still using the store while the interpreter
    exits can abort the process)."""
    with _lock:
        threads = [t for tok, t in _jobs.items() if _owners.get(tok) == owner]
    for t in threads:
        t.join(timeout)
