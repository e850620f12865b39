"""The story@1 JSON Schema shipped with the package, and validation against it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


def schema_path() -> Path:
    return Path(str(resources.files("storyline") / "data" / "story-1.schema.json"))


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    return json.loads(schema_path().read_text(encoding="utf-8"))


def validate(data: dict[str, Any]) -> list[str]:
    """Schema errors as readable strings ("path: message"), plus offset checks the schema cannot express."""
    from jsonschema import Draft202012Validator

    errors = [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
              for e in Draft202012Validator(load_schema()).iter_errors(data)]
    if not errors:
        errors += _check_offsets(data)
    return errors


def _check_offsets(data: dict[str, Any]) -> list[str]:
    """Every span's text must be the article text at its offsets (the title's, for a span of ``field`` "title")."""
    texts = {a["id"]: a["text"] for a in data.get("articles", [])}
    titles = {a["id"]: a.get("title") or "" for a in data.get("articles", [])}
    spans: list[tuple[str, dict[str, Any]]] = [(f"timexes/{i}", t) for i, t in enumerate(data.get("timexes", []))]
    for key in ("entities", "events"):
        for i, obj in enumerate(data.get(key, [])):
            spans += [(f"{key}/{i}/mentions/{j}", m) for j, m in enumerate(obj.get("mentions", []))]
    errors = []
    for where, sp in spans:
        # a span of the headline (``field`` "title", an extra) quotes the article's title
        text = titles.get(sp["article"]) if sp.get("field") == "title" else texts.get(sp["article"])
        if text is None:
            errors.append(f"{where}: unknown article {sp['article']!r}")
        elif text[sp["start"]:sp["end"]] != sp["text"]:
            errors.append(f"{where}: text {sp['text']!r} is not at [{sp['start']}:{sp['end']}] of {sp['article']}")
    for i, c in enumerate(data.get("claims", [])):
        if c["article"] not in texts:
            errors.append(f"claims/{i}: unknown article {c['article']!r}")
        elif not 0 <= c["start"] <= c["end"] <= len(texts[c["article"]]):
            errors.append(f"claims/{i}: offsets out of range")
    return errors


def validate_file(path: str | Path) -> list[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path}: cannot read JSON ({exc})"]
    return validate(data)
