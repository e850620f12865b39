"""One reading of search text for every backend, so SQLite FTS5 and PostgreSQL find the same rows.

Text is cut into tokens the way FTS5's ``unicode61 remove_diacritics 2``
tokenizer cuts it: runs of letters and digits, case and diacritics dropped
("Café-owner's" -> ``cafe owner s``). A query is a list of words (``\\w[\\w'-]*``);
each word is a phrase of its tokens, every word must occur, and the last one
is a prefix ("bomb" finds "bombing"). FTS5 applies its own tokenizer to the
quoted phrases; for PostgreSQL the document is indexed as these tokens
(``to_tsvector('simple', ...)`` of the space-joined tokens) and the query
built from the same tokens, so both sides agree token for token.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w[\w'-]*")
_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Lowercased, diacritic-free letter/digit runs of ``text``."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _TOKEN.findall(plain.lower())


def query_words(q: str) -> list[list[str]]:
    """The words of a user query, each as its tokens; words without a letter or digit are dropped."""
    return [toks for w in _WORD.findall(q) if (toks := tokens(w))]


def fts5_query(q: str) -> str:
    """User text -> a safe FTS5 query: every word a quoted phrase (implicit AND), the last one a prefix."""
    words = query_words(q)
    if not words:
        return ""
    phrases = ['"' + " ".join(w) + '"' for w in words]  # tokens hold no quote, so nothing to escape
    phrases[-1] += "*"
    return " ".join(phrases)


def pg_document(text: str | None) -> str:
    """What PostgreSQL indexes for ``text``: its tokens, space-joined."""
    return " ".join(tokens(text or ""))


def pg_tsquery(q: str) -> str:
    """User text -> a ``to_tsquery('simple', ...)`` string with the semantics of :func:`fts5_query`."""
    words = query_words(q)
    if not words:
        return ""
    parts = []
    for i, toks in enumerate(words):
        quoted = ["'" + t + "'" for t in toks]  # tokens are letters and digits only: no operator can sneak in
        if i == len(words) - 1:
            quoted[-1] += ":*"
        parts.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(parts)
