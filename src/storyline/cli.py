"""The ``storyline`` command: thin commands over the library (``--help`` is the reference)."""


import gc
import importlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from storyline.config import Config

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported by the commands that open one, not by `--help`
    from storyline.model import Story
    from storyline.present.lookup import EntityMatch
    from storyline.store.base import Store

app = typer.Typer(
    name="storyline",
    help="News intelligence: who is who, what happened when, who claims what, and how many independent "
         "sources back it. Start with `storyline analyze DIR_OR_FILES --json story.json`.\n\n"
         "Exit codes: 0 done; 1 failed (nothing read or stored, a stage failed, --strict refusals); "
         "2 usage error; 3 the store is being written by another process.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
eval_app = typer.Typer(help="Score Storyline on public annotated datasets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

DbOpt = Annotated[str, typer.Option("--db", envvar="STORYLINE_DB",
                                    help="SQLite file (created if missing) or a postgresql:// URL.")]
DEFAULT_DB = "storyline.db"


# Exit codes (documented in `storyline analyze --help` and the README).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3


def _fail(msg: str, code: int = EXIT_USAGE) -> NoReturn:
    console.print(f"[red]error:[/red] {escape(msg)}", highlight=False)
    raise typer.Exit(code)


def _entities(store: "Store", text: str) -> "list[EntityMatch]":
    """The entities an --entity option names (a name, part of one, or an id), best first; exits with the lookup's
    message when none matches."""
    from storyline.present.lookup import NoMatch, find_entities

    try:
        return find_entities(store, text)
    except NoMatch as exc:
        _fail(str(exc))


def _open(db: str, readonly: bool = True) -> "Store":
    from storyline.store import StoreError, open_store

    try:
        return open_store(db, readonly=readonly)
    except StoreError as exc:  # no such store, not a store: a bad --db argument
        _fail(str(exc))


def _existing(db: str) -> None:
    """Fail clearly unless ``db`` is a store; one with an older schema is fine (the write command upgrades it)."""
    from storyline.store import StoreError, open_store
    from storyline.store.sql import OlderSchema

    try:
        open_store(db, readonly=True).close()
    except OlderSchema:
        pass
    except StoreError as exc:  # no such store, not a store: a bad --db argument
        _fail(str(exc))


WaitOpt = Annotated[float | None, typer.Option(
    "--wait", metavar="SECONDS",
    help="When another process is writing the store: wait at most this long for it (default: wait until it "
         "is done, with a message; 0 refuses at once, exit code 3).")]


def _waiting(holder: Any) -> None:
    console.print(f"[cyan]waiting:[/cyan] the store is being written by {escape(str(holder or 'another process'))}"
                  "; this run starts when it is done (Ctrl-C to stop; nothing is lost)", highlight=False)


def _check_range(start: str | None, end: str | None) -> None:
    """Exit 2 with the reason when ``--start``/``--end`` are not dates or the start is after the end."""
    from storyline.timevalues import DateRangeError, parse_range

    try:
        parse_range(start, end)
    except DateRangeError as exc:
        _fail(f"{exc} (--start/--end)")


DATE_HELP = "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, YYYY-Hn or YYYY-SP/SU/FA/WI"


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or globs: .txt .md .html .jsonl .csv, "
                                                     "RSS/Atom feeds (.xml .rss .atom).")],
    db: DbOpt = DEFAULT_DB,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also export the story as story@1 JSON.")] = None,
    batch_size: Annotated[int, typer.Option(help="Texts per spaCy batch.")] = 32,
    workers: Annotated[int, typer.Option(min=1, help="Analysis workers: local processes, or Ray actors with "
                                                    "--engine ray (each loads the models once per run).")]
    = 1,
    engine: Annotated[str, typer.Option(help="Where analysis runs: 'local' (this machine) or 'ray' (a Ray "
                                             "cluster; pip install 'storyline\\[ray]').")] = "local",
    ray_address: Annotated[str | None, typer.Option(help="Ray cluster to join ('auto', 'ray://HOST:10001'); "
                                                         "default: start a local one.")] = None,
    no_embeddings: Annotated[bool, typer.Option("--no-embeddings",
                                                help="Fuse without sentence vectors (TF-IDF only).")]
    = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars and no summary table; "
                                                              "problems, warnings and errors are still "
                                                              "printed.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with code 1 when any input or record was "
                                                          "refused or failed analysis (the good ones are still "
                                                          "stored; a re-run adds nothing twice).")] = False,
    wait: WaitOpt = None,
    max_text_chars: Annotated[int, typer.Option(min=1, help="Refuse (with a message) article texts longer than "
                                                            "this; longer texts are analyzed whole, in windows.")]
    = Config.max_text_chars,
) -> None:
    """Ingest, analyze, fuse and store articles (incremental: re-running adds nothing twice; a run that was
    killed is finished by the next one).

    Exit codes: 0 done; 1 nothing could be read or stored, a stage failed, or (with --strict) an input was
    refused; 2 usage error; 3 the store is being written by another process (it is named).
    """
    from storyline.analyze.resources import ModelMissingError
    from storyline.run import analyze_inputs
    from storyline.store import StoreBusy, StoreError

    if engine not in ("local", "ray"):
        _fail(f"--engine must be 'local' or 'ray', not {engine!r}")
    config = Config(batch_size=batch_size, n_process=workers, use_embeddings=not no_embeddings,
                    max_text_chars=max_text_chars, engine=engine, ray_address=ray_address)
    # bars only for a person watching: not with -q, not when the output goes to a pipe or a file
    stages = StageProgress(enabled=not quiet and sys.stdout.isatty())
    try:
        with stages:
            summary = analyze_inputs(inputs, db, config=config, json_out=json_out, progress=stages.update,
                                     wait=True if wait is None else wait, on_wait=_waiting)
    except StoreBusy as exc:
        _fail(str(exc), EXIT_BUSY)
    except (ModelMissingError, StoreError) as exc:
        _fail(str(exc), EXIT_FAILED)
    _print_summary(summary, quiet=quiet)
    code = analyze_exit_code(summary, strict)
    if code:
        raise typer.Exit(code)


class RateColumn(ProgressColumn):
    """Items per second, from rich's running speed estimate."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if speed is None:
            return Text("")
        return Text(f"{speed:,.1f} {task.fields.get('unit', '')}/s", style="progress.data.speed")


class StageProgress:
    """One bar per stage of ``analyze_inputs`` (read, analyze, fuse, save) with counts and rates."""

    UNITS: ClassVar[dict[str, str]] = {"read": "articles", "analyze": "articles", "fuse": "steps", "save": "stores"}

    def __init__(self, enabled: bool, on: Console | None = None) -> None:
        self.progress = Progress(TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(),
                                 RateColumn(), TimeElapsedColumn(), console=on or console, disable=not enabled)
        self.tasks: dict[str, TaskID] = {}

    def update(self, stage: str, done: int, total: int | None) -> None:
        """The ``analyze_inputs`` progress callback; ``fuse:STEP`` names the fusion step that runs."""
        stage, _, step = stage.partition(":")
        description = f"fuse · {step}" if stage == "fuse" and step else stage
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(description, total=total, unit=self.UNITS.get(stage, ""))
            if stage != "read" and "read" in self.tasks:  # the count of articles read is now known
                read = next(t for t in self.progress.tasks if t.id == self.tasks["read"])
                self.progress.update(read.id, total=read.completed)
        self.progress.update(self.tasks[stage], completed=done, total=total, description=description)

    def __enter__(self) -> "StageProgress":
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(None, None, None)


def analyze_exit_code(summary: Any, strict: bool = False) -> int:
    """0, or 1 when nothing could be read or stored, a stage failed, or (``strict``) something was refused."""
    if summary.errors:
        return EXIT_FAILED
    if summary.read == 0 or (summary.added == 0 and summary.already_stored == 0):
        console.print("[red]error:[/red] nothing could be read or stored (see the messages above)", highlight=False)
        return EXIT_FAILED
    failed = [n for n in summary.not_analyzed if ": language " not in n]
    if strict and (summary.problems or failed or summary.partly_analyzed):
        n = len(summary.problems) + len(failed) + len(summary.partly_analyzed)
        console.print(f"[red]error:[/red] --strict: {n} input(s) refused or not fully analyzed", highlight=False)
        return EXIT_FAILED
    return EXIT_OK


def _print_summary(summary: Any, quiet: bool = False) -> None:
    if not quiet:
        table = Table(title="storyline analyze", show_header=False)
        rows = [("articles read", summary.read), ("added to the store", summary.added),
                ("already stored (skipped)", summary.already_stored), ("copies of other articles", summary.copies),
                ("analyzed", summary.analyzed), ("not analyzed", len(summary.not_analyzed)),
                ("partly analyzed (a component failed)", len(summary.partly_analyzed)),
                ("fused", summary.fused),
                ("problems (files/records skipped)", len(summary.problems)),
                ("warnings (read anyway)", len(summary.warnings))]
        rows += [(f"{k.replace('_', ' ')} in store", v) for k, v in summary.counts.items()]
        rows.append(("seconds", summary.seconds))
        for k, v in rows:
            table.add_row(k, str(v))
        out.print(table)
    for p in summary.problems:
        console.print(f"[yellow]skipped:[/yellow] {escape(p)}", highlight=False)
    for p in summary.warnings:
        console.print(f"[cyan]warning:[/cyan] {escape(p)}", highlight=False)
    for p in summary.not_analyzed:
        console.print(f"[yellow]not analyzed:[/yellow] {escape(p)}", highlight=False)
    for p in summary.partly_analyzed:
        console.print(f"[yellow]partly analyzed:[/yellow] {escape(p)}", highlight=False)
    for p in summary.errors:
        console.print(f"[red]error:[/red] {escape(p)}", highlight=False)
    if not quiet:
        out.print(f"store: {summary.db}")
        if summary.json_out:
            out.print(f"story@1 JSON: {summary.json_out}")


@app.command()
def export(
    db: DbOpt = DEFAULT_DB,
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="story@1 JSON file (an entity's aliases: the forms written, then its short names).")] = None,
    graphml: Annotated[Path | None, typer.Option(help="GraphML file (opens in Gephi).")] = None,
    csv_dir: Annotated[Path | None, typer.Option("--csv", help="Directory for nodes.csv and edges.csv.")] = None,
) -> None:
    """Export the stored story: story@1 JSON, GraphML, CSV nodes/edges."""
    if not (json_out or graphml or csv_dir):
        _fail("nothing to export: give --json, --graphml and/or --csv")
    from storyline.run import export_json

    store = _open(db)
    story = export_json(store, json_out) if json_out else store.load_story()
    if json_out:
        out.print(f"story@1 JSON: {json_out}")
    if graphml:
        from storyline.present.graph import write_graphml

        write_graphml(story, graphml)
        out.print(f"GraphML: {graphml}")
    if csv_dir:
        from storyline.present.graph import write_csv

        nodes, edges = write_csv(story, csv_dir)
        out.print(f"CSV: {nodes} {edges}")


@app.command()
def info(db: DbOpt = DEFAULT_DB,
         as_json: Annotated[bool, typer.Option("--json", help="Print as JSON (the values as the store gives "
                                                               "them; the table says them in words).")] = False
         ) -> None:
    """What is in the store, in words: counts, outlets, languages, date range, last run."""
    from storyline.present.sources import store_outlets

    store = _open(db)
    data = {**store.info(), "outlets": len(store_outlets(store))}  # counted as every page counts them
    if as_json:
        out.print_json(json.dumps(data, default=str))
        return
    table = Table(title=f"store {data['store']}", show_header=False)
    for k, v in data.items():
        if k not in ("store", "last_run"):
            table.add_row(k.replace("_", " "), escape(_info_words(k, v)))
    out.print(table)
    last = data.get("last_run")
    if last:
        out.print(f"last run: read {last.get('read')}, added {last.get('added')}, "
                  f"problems {len(last.get('problems', []))}, {last.get('seconds')} s")


def _info_words(key: str, value: Any) -> str:
    """A value of `storyline info` as a person reads it: counts by key ("en 44, fr 2"), a date range in words
    ("March 2031 – 26 March 2031"), never a Python dict or list nor a None (`--json` keeps the values)."""
    from storyline.present.words import date_words, number_words

    def num(v: Any) -> str:  # a count as every page writes it: "1,000"
        return number_words(v) if isinstance(v, int) and not isinstance(v, bool) else str(v)

    if isinstance(value, dict):
        return ", ".join(f"{'not known' if k is None else k} {num(v)}" for k, v in value.items()) or "none"
    if isinstance(value, (list, tuple)):
        if key.endswith("range") and len(value) == 2:
            return " – ".join(date_words(str(v)) if v else "not known" for v in value)
        return ", ".join(str(v) for v in value) or "none"
    return str(value) if key == "schema_version" else num(value)


@app.command()
def resolve(db: DbOpt = DEFAULT_DB,
            full: Annotated[bool, typer.Option("--full/--incremental",
                                               help="Re-resolve every entity from scratch (default) or only "
                                                    "resolve articles not yet fused.")] = True,
            no_embeddings: Annotated[bool, typer.Option("--no-embeddings")] = False,
            wait: WaitOpt = None) -> None:
    """Re-run cross-document fusion (entities, events, claims, corroboration, stories) over the store.

    Exit codes: 0 done; 1 failed; 2 usage error; 3 the store is being written by another process.
    """
    from storyline.run import resolve_store
    from storyline.store import StoreBusy, StoreError

    config = Config(use_embeddings=not no_embeddings)
    _existing(db)  # a clear message when the store does not exist (rather than creating an empty one)
    try:
        story = resolve_store(db, config, full=full, wait=True if wait is None else wait, on_wait=_waiting)
    except StoreBusy as exc:
        _fail(str(exc), EXIT_BUSY)
    except StoreError as exc:
        _fail(str(exc), EXIT_FAILED)
    out.print(f"fused {len(story.entities)} entities, {len(story.events)} events, {len(story.claims)} claims, "
              f"{len(story.claim_links)} claim links")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all must occur; the last one as a prefix).")],
    db: DbOpt = DEFAULT_DB,
    kind: Annotated[list[str] | None, typer.Option(help="article, entity, event, claim (repeatable).")] = None,
    start: Annotated[str | None, typer.Option(help=f"From this date ({DATE_HELP}).")] = None,
    end: Annotated[str | None, typer.Option(help="To this date (its last day included).")] = None,
    entity: Annotated[str | None, typer.Option(help="Only what this entity (a name or an id) is involved in.")]
    = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name.")] = None,
    event_type: Annotated[str | None, typer.Option(help="Event type, e.g. ASSAULT.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
) -> None:
    """Full-text search over articles, entities, events and claims, with filters (dates: interval overlap).

    Hits are titled as the pages write them: an event by its title, a claim as the timeline tells it."""
    from storyline.present.timeline import search_hit_words
    from storyline.store.base import SNIPPET_CLOSE, SNIPPET_OPEN

    _check_range(start, end)
    store = _open(db)
    if entity:
        entity = _entities(store, entity)[0].id
    try:
        hits = search_hit_words(store, store.search(query, kinds=kind, start=start, end=end, entity=entity,
                                                    outlet=outlet, event_type=event_type, limit=limit))
    except ValueError as exc:
        _fail(str(exc))
    table = Table("kind", "id", "title", "snippet")
    for h in hits:
        snippet = escape(h.snippet).replace(SNIPPET_OPEN, "[bold]").replace(SNIPPET_CLOSE, "[/bold]")
        table.add_row(h.kind, escape(h.id), escape(h.title), snippet)
    out.print(table)


@app.command()
def timeline(db: DbOpt = DEFAULT_DB,
             start: Annotated[str | None, typer.Option(help=f"From this date ({DATE_HELP}).")] = None,
             end: Annotated[str | None, typer.Option(help="To this date (its last day included).")] = None,
             entity: Annotated[str | None, typer.Option(help="Only what this entity (a name or an id) takes part "
                                                             "in, says or is the target of.")] = None,
             event_type: Annotated[str | None, typer.Option("--type", help="Only this event type, by code or "
                                                                            "in words: ASSAULT, bombing, arrests "
                                                                            "(claims: those about such events).")]
             = None,
             detail: Annotated[bool, typer.Option("--detail", help="Every fused event and every claim, not "
                                                                   "incidents and the statements that make the "
                                                                   "story; each event names its actions (its "
                                                                   "chains).")] = False,
             offset: Annotated[int, typer.Option(min=0, help="Start at this item (paging).")] = 0,
             limit: Annotated[int, typer.Option(min=1, help="Items per page.")] = 50) -> None:
    """Incidents and statements in date order; a month or a season stays a month or a season.

    By default a reader's timeline: incidents (fragments and duplicates folded into one line each) and the
    statements that make the story (claims of responsibility, accusations and denials that answer each other
    or concern an incident, disputes, what several independent sources report); --detail lists all.
    With --start/--end, what is dated in the range (its date interval overlaps it); items whose date the
    text never states are left out of a dated range."""
    from storyline.present.timeline import TimelineFilter, timeline_from_store, timeline_text

    _check_range(start, end)
    store = _open(db)
    ids: frozenset[str] = frozenset()
    if entity:
        matches = _entities(store, entity)
        ids = frozenset(m.id for m in matches)
        console.print(f"entity: {escape(', '.join(m.name for m in matches))}", highlight=False)
    items = timeline_from_store(store, TimelineFilter(start, end, ids, event_type), detail=detail)
    if not items:
        console.print("nothing on the timeline matches these filters", highlight=False)
        return
    page = items[offset:offset + limit]
    out.print(timeline_text(page, total=len(items), offset=offset), highlight=False, markup=False)
    if offset + limit < len(items):
        console.print(f"next page: --offset {offset + limit}", highlight=False)
    if not detail:
        console.print("incidents and the statements that make the story; --detail lists every event and "
                      "statement", highlight=False)


@app.command()
def overview(db: DbOpt = DEFAULT_DB) -> None:
    """What the store holds, its most mentioned names, its best-attested incidents and its stories (the web
    overview, as text; `storyline brief` for the briefing)."""
    from storyline.present.overview import overview_text

    out.print(overview_text(_open(db)), highlight=False, markup=False)


@app.command()
def brief(db: DbOpt = DEFAULT_DB,
          max_sections: Annotated[int, typer.Option("--max", min=1, help="Most sections (incidents and "
                                                                         "developments); incidents reported by two "
                                                                         "or more independent sources always "
                                                                         "appear.")] = 12,
          entity: Annotated[str | None, typer.Option(help="Brief on one entity (a name or an id).")] = None,
          query: Annotated[str | None, typer.Option(help="Brief on a query text.")] = None,
          story_id: Annotated[str | None, typer.Option("--story", help="Brief on one story cluster id.")] = None,
          start: Annotated[str | None, typer.Option(help=f"Only what happened from this date ({DATE_HELP}).")]
          = None,
          end: Annotated[str | None, typer.Option(help="Only what happened up to this date.")] = None,
          fmt: Annotated[str, typer.Option("--format", help="md (Markdown), text (plain, for a terminal or a "
                                                            "mail) or html (a standalone, printable page).")]
          = "md",
          output: Annotated[Path | None, typer.Option("--out", help="Write to a file instead of stdout.")] = None,
          no_embeddings: Annotated[bool, typer.Option("--no-embeddings")] = False) -> None:
    """A cited briefing: one section per incident or development in time order, every sentence with its
    numbered sources (outlet, date, title, link).

    With --start/--end it briefs the events and claims whose date overlaps the range and the articles dated
    in it or telling them. With no filter and the default --max, it prints the briefing the last run stored
    (made the same way, at the end of `analyze`/`resolve`) while the store is unchanged since."""
    if fmt not in ("md", "text", "html"):
        _fail("--format must be md, text or html")
    _check_range(start, end)
    from storyline.analyze.resources import Resources
    from storyline.present.briefing import brief as make_brief

    store = _open(db)
    if fmt == "md" and _print_stored_brief(store, output, max_sections, no_embeddings,
                                            any((entity, query, story_id, start, end))):
        return
    entity_id = None
    if entity:
        entity_id = _entities(store, entity)[0].id
    if story_id and store.story_cluster(story_id) is None:
        _fail(f"no story cluster {story_id!r}; `storyline info` lists the store, /api/stories the clusters")
    story = _brief_story(store, story_id, whole=bool(start or end), entity=entity_id, query=query)
    if story is None:
        story = store.load_story(start=start, end=end)
    analyses = store.analyses([a.id for a in story.articles])
    embedder = None if no_embeddings else Resources().embedder
    result = make_brief(story, analyses=analyses, max_sections=max_sections, entity=entity_id,
                        query=query, story_id=story_id, embedder=embedder)
    if not result.sections:
        console.print(f"nothing to brief on{' about ' + escape(entity) if entity else ''}"
                      f"{' for ' + escape(repr(query)) if query else ''}: no incident or statement matches",
                      highlight=False)
        return
    rendered = {"md": result.to_markdown, "text": result.to_text,
                "html": lambda: result.to_html(standalone=True)}[fmt]()
    if output:
        output.write_text(rendered, encoding="utf-8")
        out.print(f"briefing: {output}")
    else:
        sys.stdout.write(rendered + "\n")


def _print_stored_brief(store: "Store", output: Path | None, max_sections: int, no_embeddings: bool,
                        narrowed: bool) -> bool:
    """The default briefing as the last run stored it (the web overview's), when the store is still in that state
    and it was made the way this call would make it; False: make it here."""
    from storyline.web.briefing import OVERVIEW_SECTIONS, WHOLE_STORE_LIMIT, stored_overview_brief

    if narrowed or max_sections != OVERVIEW_SECTIONS or store.count("articles") > WHOLE_STORE_LIMIT:
        return False  # a large store's briefing says which slice it reads: made here, with that message
    made = stored_overview_brief(store)
    if made is None or not made.sections or made.method != ("lexical" if no_embeddings else "minilm"):
        return False
    if output:
        output.write_text(made.markdown, encoding="utf-8")
        out.print(f"briefing: {output}")
    else:
        sys.stdout.write(made.markdown + "\n")
    return True


def _brief_story(store: "Store", story_id: str | None, whole: bool, entity: str | None = None,
                 query: str | None = None) -> "Story | None":
    """A large store is briefed as the web briefs it (the newest articles of one story cluster, or the articles
    the search index finds for an entity or a query), and says so; None: brief the whole store (a small one, or
    a date range that chooses the articles)."""
    from storyline.web.briefing import FOCUS_ARTICLES, SLICE_ARTICLES, WHOLE_STORE_LIMIT, focus_slice, story_slice

    if whole or store.count("articles") <= WHOLE_STORE_LIMIT:
        return None
    if (entity or query) and not story_id:
        found = focus_slice(store, entity, query, FOCUS_ARTICLES)
        console.print(f"{store.count('articles'):,} articles: briefing the {len(found.articles)} that match best "
                      f"(at most {FOCUS_ARTICLES})", highlight=False)
        return found
    story = story_slice(store, story_id, WHOLE_STORE_LIMIT, SLICE_ARTICLES)
    n = len(story.articles)  # a cluster smaller than the slice is briefed whole: say how many, not the slice's size
    if story.stories:
        c = story.stories[0]
        which = (f"the {n} newest of story cluster “{c.label}” ({n} of its {len(c.articles)}; --story {c.id} "
                 f"names it)" if n < len(c.articles) else f"the {n} articles of story cluster “{c.label}” "
                 f"(--story {c.id} names it)")
    else:
        which = f"the {n} newest"
    console.print(f"{store.count('articles'):,} articles: briefing {escape(which)}; choose with --story, or "
                  f"--start/--end, --entity, --query", highlight=False)
    return story


@app.command()
def serve(db: DbOpt = DEFAULT_DB,
          host: Annotated[str, typer.Option(help="Interface to bind (default: this machine only).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
          writable: Annotated[bool, typer.Option("--writable", help="Allow adding articles through the API, with "
                                                                "the write token printed at start (or "
                                                                "$STORYLINE_TOKEN).")] = False,
          allow_host: Annotated[list[str] | None, typer.Option(
              "--allow-host", help="With a --host other than 127.0.0.1: a Host name clients may use (repeatable; "
                                   "this machine's names are allowed already; '*' allows any).")] = None) -> None:
    """The web UI and JSON API (OpenAPI docs at /docs). Read-only unless --writable."""
    from storyline.web.server import serve as run_server

    if not writable:
        _open(db)  # fail early with a clear message when the store does not exist
    run_server(db, host=host, port=port, writable=writable, allow_hosts=allow_host or (),
               say=lambda msg: console.print(escape(msg), highlight=False))


@app.command()
def schema() -> None:
    """Print the path of the story@1 JSON Schema shipped with the package."""
    from storyline.schema import schema_path

    out.print(str(schema_path()))


@app.command()
def validate(story_json: Annotated[Path, typer.Argument(help="A story@1 JSON file.")]) -> None:
    """Validate a story@1 JSON file against the shipped schema."""
    from storyline.schema import validate_file

    errors = validate_file(story_json)
    for e in errors[:50]:
        console.print(f"[red]invalid:[/red] {escape(e)}", highlight=False)
    if errors:
        raise typer.Exit(1)
    out.print(f"{story_json}: valid story@1")


# ---------------------------------------------------------------------------- evaluations

EVALS = {
    "ner": ("storyline.eval.ner", "CoNLL-2003 file", "NER F1: raw spaCy sm vs. with our repair components."),
    "entity-coref": ("storyline.eval.entity_coref", "ECB+ directory",
                     "Entity coreference on ECB+, gold mentions and end to end (MUC, B3, CEAF-e, CoNLL F1) "
                     "vs. same-head and same-string baselines."),
    "timex": ("storyline.eval.timex", "TimeML directory", "TempEval-3 task A: span, type and value scores."),
    "event-coref": ("storyline.eval.event_coref", "ECB+ directory",
                    "Event coreference on ECB+, gold mentions and end to end (MUC, B3, CEAF-e, CoNLL F1) "
                    "vs. a same-lemma baseline."),
    "meantime": ("storyline.eval.meantime", "MEANTIME directory",
                 "MEANTIME: time expressions (TempEval-3) and entity/event coreference within and across "
                 "documents, gold mentions and end to end, with baselines."),
    "plover": ("storyline.eval.plover", "PLOVER records.json", "Event type accuracy and actor/target match."),
    "case": ("storyline.eval.case", "CASE 2021 snippets.tsv", "Mapping of our event types to CASE sub-types."),
    "attribution": ("storyline.eval.attribution", "PolNeAR directory",
                    "Whole attributions (source+cue+content) matched one-to-one, and each role, "
                    "vs. a quote-marks + 'said' baseline."),
    "stories": ("storyline.eval.stories", "ECB+ directory", "Story clustering: B3 F1 and ARI vs. topics."),
}


def _eval_command(name: str, module: str, what: str, doc: str) -> None:
    def run(path: Annotated[Path, typer.Argument(help=what, exists=True)],
            limit: Annotated[int | None, typer.Option(
                help="Only the first N units: documents, records, or topics for ECB+.")] = None,
            json_out: Annotated[Path | None, typer.Option("--json", help="Write the figures as JSON.")] = None,
            split: Annotated[str | None, typer.Option(
                help="Which part of the dataset: a folder or file of that name under PATH (test, dev, ...), or "
                     "the dataset's usual split (ECB+ topics: train, dev, test, all; MEANTIME: a corpus name).")]
            = None) -> None:
        extra = {"split": split} if split is not None else {}
        try:
            importlib.import_module(module).main(path, limit=limit, json_out=json_out, **extra)
        except FileNotFoundError as exc:  # a split that is not there: the message names the path and the choices
            _fail(f"storyline eval {name}: {exc}")

    run.__doc__ = doc
    eval_app.command(name)(run)


for _name, (_module, _what, _doc) in EVALS.items():
    _eval_command(_name, _module, _what, _doc)


@eval_app.command("examples")
def eval_examples(
    gold: Annotated[Path | None, typer.Argument(help="A story gold (default: examples/gold.json).")] = None,
    story: Annotated[Path | None, typer.Argument(
        help="A story@1 export to score (default: analyze the gold's folder into a temporary store).")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the figures as JSON.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Scores only, not the list of misses.")] = False,
) -> None:
    """Score a story against a story gold (the examples corpus, or the seeds' gold.json), category by category."""
    for given in (gold, story):
        if given is not None and not given.is_file():
            _fail(f"{given}: no such file")
    # by name, like the other evals: nothing in the product imports eval
    importlib.import_module("storyline.eval.storygold").main(gold, story=story, json_out=json_out,
                                                             verbose=not quiet)


def main() -> None:
    # STORYLINE_LOG_LEVEL=INFO shows each stage of a run (ingest, analyze, fuse, save) as it starts and ends
    level = os.environ.get("STORYLINE_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(level=level if level in logging.getLevelNamesMapping() else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    finally:
        # the process ends here: the collections the interpreter runs while it tears down would walk every
        # object a run left (0.45 -> 0.07 s of CPU at exit after 100 articles); the store is closed by then
        gc.freeze()


if __name__ == "__main__":
    main()
