"""``storyline serve``: the web UI and JSON API on a local port (127.0.0.1 unless told otherwise)."""

from __future__ import annotations

from pathlib import Path

import uvicorn

from storyline.web.app import create_app

LOCAL = ("127.0.0.1", "localhost", "::1")


def allowed_hosts(host: str) -> list[str] | None:
    """Host headers to accept: only local names when bound locally (blocks DNS rebinding); any otherwise."""
    return ["127.0.0.1", "localhost", "[::1]"] if host in LOCAL else None


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, writable: bool = False) -> None:
    """Serve the store at ``db`` until interrupted. Read-only unless ``writable``.

    Binding to another address than 127.0.0.1 exposes the store to the network;
    the default keeps it on this machine.
    """
    app = create_app(db, writable=writable, allowed_hosts=allowed_hosts(host))
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, proxy_headers=False)
