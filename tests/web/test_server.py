"""A read-only server never analyzes: serving every kind of page must not load spaCy (0.9 s of CPU at start-up
and its memory) nor the analysis components that need it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

#: in a fresh interpreter, as ``storyline serve`` runs: the command's module, then the app over the store; every
#: kind of page and list, the briefing (made by its worker process), then the modules this process holds
SERVE_AND_LIST_MODULES = """
import json, sys
import storyline.cli  # what the command imports
from fastapi.testclient import TestClient
from storyline.web.app import create_app

pages = ["/", "/brief", "/timeline", "/timeline?detail=true", "/timeline.svg", "/entities", "/entities/ent_varn",
         "/events", "/events/ev_bomb", "/claims", "/claims/a1:c1", "/articles", "/articles/a1", "/search?q=Kessel",
         "/graph", "/stories/st_kessel", "/docs", "/api/timeline", "/api/brief", "/api/events", "/api/entities",
         "/api/search?q=Kessel", "/api/graph"]
with TestClient(create_app(sys.argv[1])) as c:
    status = {p: c.get(p).status_code for p in pages}
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def test_serving_pages_never_loads_spacy(story_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    db.write_bytes(story_db.read_bytes())
    done = subprocess.run([sys.executable, "-c", SERVE_AND_LIST_MODULES, str(db)], capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert all(code == 200 for code in seen["status"].values()), seen["status"]
    loaded = set(seen["modules"])
    assert "storyline.web.app" in loaded and "storyline.present.timeline" in loaded  # it did serve
    assert not {m for m in loaded if m.split(".")[0] in ("spacy", "thinc", "spacy_legacy")}
    assert "storyline.analyze.pipeline" not in loaded
