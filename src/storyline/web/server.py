"""``storyline serve``: the web UI and JSON API on a local port (127.0.0.1 unless told otherwise)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import uvicorn

from storyline.web.app import create_app
from storyline.web.security import LOCAL_BINDS, write_token
from storyline.web.security import allowed_hosts as host_allow_list

LOCAL = LOCAL_BINDS


def allowed_hosts(host: str, extra: Sequence[str] = ()) -> list[str] | None:
    """Host headers to accept when bound to ``host`` (see :func:`storyline.web.security.allowed_hosts`)."""
    return host_allow_list(host, extra)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, writable: bool = False,
          allow_hosts: Sequence[str] = (), token: str | None = None,
          say: Callable[[str], None] = print) -> None:
    """Serve the store at ``db`` until interrupted. Read-only unless ``writable``.

    Binding to another address than 127.0.0.1 exposes the store to the network: the Host header is then
    checked against an allow-list (this machine's names and ``allow_hosts``; "*" accepts any). Writes need
    the write token, said at start (or taken from ``$STORYLINE_TOKEN``).
    """
    hosts = allowed_hosts(host, allow_hosts)
    secret, origin = write_token(token) if writable else (None, "")
    app = create_app(db, writable=writable, allowed_hosts=hosts, token=secret)
    if hosts is not None and host not in LOCAL:
        say(f"accepting Host headers: {', '.join(hosts)} (add names with --allow-host NAME)")
    if writable:
        say(f"write token ({origin}): {secret}" if origin == "generated" else f"write token: from {origin}")
        say("POST /api/articles needs the header 'Authorization: Bearer <write token>'")
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, proxy_headers=False)
