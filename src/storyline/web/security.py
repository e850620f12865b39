"""Who may reach the server and who may write through it; ids as URL path segments.

- **Host**: a server bound to this machine accepts only local Host headers; one bound to a network
  address accepts the names in an allow-list (its own address and host names by default, more with
  ``--allow-host``), so a web page on another site cannot reach it through DNS rebinding.
- **Writes** (``--writable``): every mutating request needs the server's write token
  (``Authorization: Bearer TOKEN`` or ``X-Storyline-Token``), printed at start or taken from
  ``STORYLINE_TOKEN``, and a request a browser sends from another origin is refused: a page elsewhere
  can neither guess the token nor post with the user's browser.
- **Ids**: any id (slashes, dots, "?", "%", any script) is one encoded path segment; id routes take
  the rest of the path (``{id:path}``), so an id with a "/" is still found.
"""

from __future__ import annotations

import hmac
import os
import secrets
import socket
from collections.abc import Sequence
from contextlib import suppress
from urllib.parse import quote, urlsplit

from fastapi import Request
from fastapi.responses import JSONResponse

LOCAL_BINDS = ("127.0.0.1", "localhost", "::1")
LOCAL_NAMES = ("127.0.0.1", "localhost", "[::1]", "::1")
ANY_BINDS = ("0.0.0.0", "::", "")
TOKEN_ENV = "STORYLINE_TOKEN"
TOKEN_HEADER = "x-storyline-token"


def id_segment(id_: str) -> str:
    """An id as one URL path segment: every reserved character encoded ("/" too), and an id of dots only
    encoded too, or a browser would resolve "/articles/.." to "/"."""
    seg = quote(id_, safe="")
    return seg.replace(".", "%2E") if seg.strip(".") == "" else seg


def allowed_hosts(bind: str, extra: Sequence[str] = ()) -> list[str] | None:
    """Host header names to accept (None: any, only when ``extra`` holds "*").

    Bound to this machine: local names only. Bound to a network address: the address itself (for
    0.0.0.0 / ::, every address of this machine's name), this machine's names, local names, and
    ``extra``.
    """
    if "*" in extra:
        return None
    names = list(LOCAL_NAMES)
    if bind not in LOCAL_BINDS:
        host = socket.gethostname()
        names += [host, socket.getfqdn()]
        if bind in ANY_BINDS:
            with suppress(OSError):
                names += [str(info[4][0]) for info in socket.getaddrinfo(host, None)]
        else:
            names.append(bind)
    names += [h.strip().lower() for h in extra if h.strip()]
    bracketed = (f"[{n}]" if ":" in n and not n.startswith("[") else n for n in names)  # IPv6, as in Host
    return list(dict.fromkeys(bracketed))


def write_token(given: str | None = None) -> tuple[str, str]:
    """The write token and where it came from: ``given``, else ``$STORYLINE_TOKEN``, else a new random one."""
    if given:
        return given, "given"
    env = os.environ.get(TOKEN_ENV, "").strip()
    if env:
        return env, f"${TOKEN_ENV}"
    return secrets.token_urlsafe(24), "generated"


def _presented_token(request: Request) -> str:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return request.headers.get(TOKEN_HEADER, "").strip()


def _cross_origin(request: Request) -> str | None:
    """Why a browser request comes from another site, or None (no Origin header: not a browser form/fetch)."""
    if request.headers.get("sec-fetch-site", "") == "cross-site":
        return "Sec-Fetch-Site says cross-site"
    origin = request.headers.get("origin")
    if not origin:
        return None
    if origin == "null":
        return "Origin is null (a sandboxed page or a file)"
    parts = urlsplit(origin)
    host = request.headers.get("host", "")
    if parts.netloc.lower() != host.lower():
        return f"Origin {origin} is not this server ({host})"
    return None


def refuse_write(request: Request, token: str) -> JSONResponse | None:
    """A 401/403 answer for a mutating request that must not write, else None."""
    why = _cross_origin(request)
    if why:
        return JSONResponse({"detail": f"cross-origin write refused: {why}"}, status_code=403)
    presented = _presented_token(request)
    if not presented or not hmac.compare_digest(presented.encode(), token.encode()):
        what = "a wrong write token" if presented else "no write token"
        return JSONResponse({"detail": f"{what}: send the token printed when the server started (or "
                                       f"${TOKEN_ENV}) as 'Authorization: Bearer TOKEN'"},
                            status_code=401, headers={"WWW-Authenticate": "Bearer"})
    return None
