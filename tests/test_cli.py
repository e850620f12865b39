"""The CLI end to end on a real SQLite file (Typer's runner, the real model)."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from storyline.cli import EVALS, app
from tests.test_run import ARTICLES, write_jsonl

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cli")
    src = write_jsonl(tmp / "a.jsonl", ARTICLES)
    result = runner.invoke(app, ["analyze", str(src), "--db", str(tmp / "s.db"), "--json", str(tmp / "s.json")])
    assert result.exit_code == 0, result.output
    assert "articles read" in result.output and "store:" in result.output
    assert "━" not in result.output  # output to a pipe: no progress bars
    return tmp / "s.db"


def test_cli_analyze_summary_names_its_rows_in_words(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", ARTICLES[:1])
    result = runner.invoke(app, ["analyze", str(src), "--db", str(tmp_path / "w.db")], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "claim links in store" in result.output and "_" not in result.output.split("store:")[0]


def test_cli_analyze_quiet_prints_only_problems(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", ARTICLES[:1])
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(src), str(tmp_path / "empty.txt"), "--db", str(tmp_path / "q.db"),
                                 "-q"])
    assert result.exit_code == 0, result.output
    assert "articles read" not in result.output and "store:" not in result.output
    assert "skipped:" in result.output and "empty.txt" in result.output


def test_cli_progress_shows_counts_and_rates_per_stage() -> None:
    from rich.console import Console

    from storyline.cli import StageProgress

    screen = Console(record=True, width=120, force_terminal=True)
    stages = StageProgress(enabled=True, on=screen)
    with stages:
        for n in range(1, 4):
            stages.update("read", n, None)
        stages.update("analyze", 0, 3)
        stages.update("analyze", 3, 3)
        stages.update("fuse:entities", 0, 5)
        stages.update("fuse:", 5, 5)
    text = screen.export_text()
    assert "read" in text and "3/3" in text and "articles/s" in text
    assert "fuse" in text and "5/5" in text


def test_cli_info(db: Path) -> None:
    result = runner.invoke(app, ["info", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"] == 3


def test_cli_info_table_reads_as_words(db: Path) -> None:
    """The table a person reads: no Python dict or list, no snake_case key, the date range in words (issue 14)."""
    result = runner.invoke(app, ["info", "--db", str(db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    table = result.output.split("\n", 1)[1]  # the title line names the store's path
    assert "{" not in table and "[" not in table and "_" not in table.split("last run")[0], table
    assert "April 2024" in table and "published range" in table
    from storyline.cli import _info_words

    # articles whose language was not told (152 of 1,000 Reuters articles): "not known", not "None"
    assert _info_words("languages", {"en": 848, None: 152}) == "en 848, not known 152"
    assert _info_words("articles", 19043) == "19,043" and _info_words("languages", {"en": 1000}) == "en 1,000"


def test_cli_export_all_formats(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--json", str(tmp_path / "s.json"),
                                 "--graphml", str(tmp_path / "g.graphml"), "--csv", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["validate", str(tmp_path / "s.json")]).exit_code == 0
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.number_of_nodes() > 0
    with (tmp_path / "csv" / "nodes.csv").open(newline="") as f:
        assert len(list(csv.DictReader(f))) == graph.number_of_nodes()


def test_cli_export_needs_a_format(db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db)])
    assert result.exit_code == 2 and "nothing to export" in result.output


def test_cli_search_takes_a_name_and_titles_hits_in_words(db: Path) -> None:
    """`search --entity` takes a name as every other command does (it used to match ids only and say nothing), and
    an event hit reads as its page titles it, never the index's type code (issue 14)."""
    named = runner.invoke(app, ["search", "resigned", "--db", str(db), "--entity", "Lena Strand", "--kind", "event"],
                          env={"COLUMNS": "200"})
    assert named.exit_code == 0 and "Resignation" in named.output, named.output
    assert not re.search(r"\b[A-Z]{5,}\b", named.output.replace("━", ""))  # no RESIGN, no ASSAULT
    missing = runner.invoke(app, ["search", "resigned", "--db", str(db), "--entity", "Lena Strant"])
    assert missing.exit_code == 2 and "no entity named 'Lena Strant'" in missing.output
    assert "Did you mean 'Lena Strand'?" in missing.output


def test_cli_search_timeline_brief(db: Path) -> None:
    result = runner.invoke(app, ["search", "resigned", "--db", str(db)])
    assert result.exit_code == 0 and "n1" in result.output
    assert runner.invoke(app, ["search", "x", "--db", str(db), "--kind", "nope"]).exit_code == 2
    result = runner.invoke(app, ["timeline", "--db", str(db)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["brief", "--db", str(db), "--max", "3"])
    assert result.exit_code == 0, result.output
    assert "Harbor Times" in result.output or "Velmont Post" in result.output or "Coast Herald" in result.output
    assert runner.invoke(app, ["brief", "--db", str(db), "--format", "pdf"]).exit_code == 2
    text = runner.invoke(app, ["brief", "--db", str(db), "--max", "3", "--format", "text", "--no-embeddings"])
    assert text.exit_code == 0, text.output
    assert re.search(r"^Sources\n-------$", text.output, re.M) and not re.search(r"^#", text.output, re.M)


def test_cli_overview_tells_the_store_in_words(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["overview", "--db", str(db)])
    assert result.exit_code == 0, result.output
    text = result.output
    assert re.search(r"^3 articles by 3 outlets, published \d", text, re.MULTILINE), text
    assert "## Key names" in text and "## Best-attested incidents (of " in text
    assert re.search(r"^- .+ \((?:person|organization|place|facility|group of people)[^)]*\d+ mentions?", text,
                     re.MULTILINE), text
    assert not re.search(r"\b(?:GPE|NORP|ORG|PERSON)\b|ev_[0-9a-f]{6}", text)  # words, not codes or ids
    missing = runner.invoke(app, ["overview", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such store" in missing.output


@pytest.mark.parametrize("command", [["timeline"], ["search", "Strand"], ["brief", "--no-embeddings"]])
@pytest.mark.parametrize("bad", [["--start", "March"], ["--end", "2024-13"],
                                 ["--start", "2024-05", "--end", "2024-Q1"]])
def test_cli_bad_date_range_exits_2_saying_why(db: Path, command: list[str], bad: list[str]) -> None:
    result = runner.invoke(app, [*command, "--db", str(db), *bad])
    assert result.exit_code == 2, result.output
    assert "not a calendar date" in result.output or "is after end" in result.output


def test_cli_date_ranges_keep_what_overlaps(db: Path) -> None:
    def dated(output: str) -> list[str]:
        """The dated items of `storyline timeline` text: a date line, then what happened."""
        lines = output.splitlines()
        return [f"{a.strip()} {b.strip()}" for a, b in pairwise(lines)
                if re.match(r"^[ ≈] \S", a) and "date not stated" not in a and b.startswith("    ")]

    whole = dated(runner.invoke(app, ["timeline", "--db", str(db), "--limit", "500"]).output)
    assert whole  # the three articles (3-6 April 2024) tell dated events
    for start, end in (("2024", "2024"), (None, "2024-04"), ("2024-W14", "2024-W14"), ("2024-Q2", None)):
        args = [x for opt, v in (("--start", start), ("--end", end)) if v for x in (opt, v)]
        out = runner.invoke(app, ["timeline", "--db", str(db), "--limit", "500", *args]).output
        assert dated(out) == whole, (start, end)
    later = runner.invoke(app, ["timeline", "--db", str(db), "--start", "2024-05"])
    assert later.exit_code == 0 and not dated(later.output) and "nothing on the timeline matches" in later.output
    assert "n1" in runner.invoke(app, ["search", "Strand", "--db", str(db), "--end", "2024"]).output
    assert "n1" not in runner.invoke(app, ["search", "Strand", "--db", str(db), "--start", "2024-SU"]).output
    brief = runner.invoke(app, ["brief", "--db", str(db), "--no-embeddings", "--start", "2024-04-06"])
    assert brief.exit_code == 0 and "Coast Herald" in brief.output and "Harbor Times" not in brief.output


def test_cli_brief_of_a_large_store_is_a_slice_and_says_so(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.web.briefing as web_brief

    monkeypatch.setattr(web_brief, "WHOLE_STORE_LIMIT", 1)  # three articles are "large" here
    monkeypatch.setattr(web_brief, "SLICE_ARTICLES", 2)
    result = runner.invoke(app, ["brief", "--db", str(db), "--no-embeddings"])
    assert result.exit_code == 0, result.output
    assert "articles: briefing the 2 newest of story cluster “" in result.output
    assert "From 2 articles" in result.output or "From 1 article" in result.output
    monkeypatch.setattr(web_brief, "SLICE_ARTICLES", 50)  # more than the cluster holds: it is briefed whole
    every = runner.invoke(app, ["brief", "--db", str(db), "--no-embeddings"])
    told = re.search(r"articles: briefing the (\d+) articles of story cluster", every.output)
    assert told and f"From {told[1]} article" in every.output, every.output  # the count it briefs, not 50
    whole = runner.invoke(app, ["brief", "--db", str(db), "--no-embeddings", "--start", "2024"])
    assert "briefing the" not in whole.output  # a date range chooses the articles itself


def test_cli_brief_on_an_entity_in_a_large_store_reads_what_the_index_finds(db: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.web.briefing as web_brief
    from storyline.store.sql import SqlStore

    def whole(*args: object, **kwargs: object) -> None:
        raise AssertionError("a large store is never loaded whole for an entity or a query")

    monkeypatch.setattr(web_brief, "WHOLE_STORE_LIMIT", 1)  # three articles are "large" here
    monkeypatch.setattr(SqlStore, "load_story", whole)
    result = runner.invoke(app, ["brief", "--db", str(db), "--no-embeddings", "--entity", "Omar Feld"])
    assert result.exit_code == 0, result.output
    assert "articles: briefing the 2 that match best" in result.output  # the two that name him
    assert "Briefing: Omar Feld" in result.output and "From 2 articles" in result.output
    found = runner.invoke(app, ["brief", "--db", str(db), "--no-embeddings", "--query", "sworn in"])
    assert found.exit_code == 0 and "briefing the 1 that match best" in found.output, found.output


def test_cli_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["info", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such store" in result.output


def test_cli_brief_prints_the_briefing_the_run_stored(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.present.briefing as made

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the briefing was made anew")

    monkeypatch.setattr(made, "brief", refuse)
    result = runner.invoke(app, ["brief", "--db", str(db)])  # the default: as `storyline analyze` stored it
    assert result.exit_code == 0, result.output
    assert "## " in result.output and "## Sources" in result.output
    assert runner.invoke(app, ["brief", "--db", str(db), "--max", "5"]).exit_code != 0  # other options: made here


def test_cli_resolve_upgrades_a_store_with_an_older_schema(db: Path, tmp_path: Path) -> None:
    import sqlite3

    from storyline.store.tables import MIGRATIONS

    old = tmp_path / "old.db"
    old.write_bytes(db.read_bytes())
    with sqlite3.connect(old) as conn:  # as a store made before the last migration
        conn.execute("DELETE FROM schema_migrations WHERE version = ?", (MIGRATIONS[-1][0],))
    refused = runner.invoke(app, ["info", "--db", str(old)])
    assert refused.exit_code == 2 and "older schema" in refused.output and "resolve" in refused.output
    result = runner.invoke(app, ["resolve", "--db", str(old), "--incremental", "--no-embeddings"])
    assert result.exit_code == 0, result.output  # what the message above advises works
    assert runner.invoke(app, ["info", "--db", str(old)]).exit_code == 0


def test_cli_help_for_every_command() -> None:
    for cmd in ("analyze", "export", "info", "resolve", "search", "timeline", "brief", "serve", "validate"):
        assert runner.invoke(app, [cmd, "--help"]).exit_code == 0
    for name in EVALS:
        assert runner.invoke(app, ["eval", name, "--help"]).exit_code == 0


def test_the_command_spares_the_collector_at_exit() -> None:
    # the program's main (not the app CliRunner calls): objects are frozen when the command is done
    code = ("import atexit, gc, sys; import storyline.cli as cli; "
            "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0)); "
            "sys.argv = ['storyline', '--help']; cli.main()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.strip().splitlines()[-1] == "frozen True"
