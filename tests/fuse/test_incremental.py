"""Incremental fusion against a full re-fusion of the same store: one corpus added in several batch splits.

Each split adds the corpus batch by batch to a real SQLite store (the analyses are made once and stored
with their articles, as ``storyline analyze`` does), fusing after each batch; a copy of the final store is
then fused again from scratch (``resolve --full``). Ids of entities and events can differ where a full
resolution names things afresh, so stories are compared by content: an entity or event by its mention
spans, a cluster or family by its articles, a claim by id, polarity, stance and whether its speaker is
resolved, a link by its ends and type. Where the result depends on arrival order
(:mod:`storyline.fuse.incremental` says where), the differing rows per table are bounded.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Collection, Hashable, Iterable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from storyline.analyze.names.keys import folded_key
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, incremental
from storyline.fuse.entities import Corpus as NameCorpus
from storyline.fuse.entities import (
    Unit,
    entity_keys,
    link_pairs,
    longer_names,
    meeting,
    stored_unit,
    touched_by,
)
from storyline.fuse.incremental import (
    _drop_outside_claims,
    _incident_part,
    _join_fixed_links,
    bounded,
    edge,
    reach,
    touched_clusters,
)
from storyline.model import (
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    EventMention,
    Span,
    StoredEntity,
    Story,
    StoryCluster,
)
from storyline.run import RunSummary, add_in_batches, analyze_stored, fuse_store, ingest
from storyline.store import SqlStore, Store, open_store
from tests.conftest import EXAMPLES, shared_data

Corpus = tuple[list[Article], dict[str, ArticleAnalysis]]


def _analyzed(paths: list[Path], db: Path, resources: Resources) -> Corpus:
    store = open_store(db)
    config = Config()
    ingest(paths, store, config, RunSummary(db=str(db)))
    analyze_stored(store, Analyzer(config, resources), RunSummary(db=str(db)))
    out = store.articles(), store.analyses()
    store.close()
    return out


def _add_in_batches(corpus: Corpus, sizes: list[int], db: Path, resources: Resources,
                    plans: list[incremental.Plan] | None = None) -> Store:
    """A store the corpus came into in batches of ``sizes`` (the rest in one last batch), fused after each;
    ``plans``: filled with what each incremental run re-fused."""
    articles, analyses = corpus
    store = open_store(db)
    inner = incremental.fuse_incremental

    def spy(*args: Any, **kw: Any) -> tuple[Story, incremental.Plan]:
        story, plan = inner(*args, **kw)
        if plans is not None:
            plans.append(plan)
        return story, plan

    incremental.fuse_incremental = spy
    try:
        add_in_batches(store, articles, analyses, sizes, Config(), resources)
    finally:
        incremental.fuse_incremental = inner
    assert store.unfused() == []
    return store


def _refused(store: Store, db: Path, resources: Resources) -> Story:
    """The story of a copy of ``store`` fused again from scratch."""
    shutil.copyfile(store.url.removeprefix("sqlite:///"), db)
    full = open_store(db)
    fuse_store(full, Config(), resources, full=True)
    story = full.load_story()
    full.close()
    return story


def rows(story: Story) -> dict[str, set[Hashable]]:
    """Each fused table as a set of id-free rows."""
    spans = {e.id: frozenset((m.article, m.start, m.end) for m in e.mentions) for e in story.entities}
    return {
        "entities": set(spans.values()),
        "events": {(e.type, frozenset((m.article, m.start, m.end) for m in e.mentions)) for e in story.events},
        "claims": {(c.id, c.polarity, c.stance, c.speaker is None) for c in story.claims},
        "claim_links": {(x.from_, x.to, x.type) for x in story.claim_links},
        "claim_support": {(k, v.credibility, v.independent_sources) for k, v in story.claim_support.items()},
        "stories": {frozenset(s.articles) for s in story.stories},
        "source_families": {frozenset(f.articles) for f in story.source_families},
    }


def differences(a: Story, b: Story) -> dict[str, int]:
    """Rows only in one of the two stories, per table (0 everywhere: the same story)."""
    ra, rb = rows(a), rows(b)
    return {k: len(ra[k] ^ rb[k]) for k in ra}


def _sizes(rows_: dict[str, set[Hashable]]) -> dict[str, int]:
    return {k: len(v) for k, v in rows_.items()}


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory, resources: Resources) -> Corpus:
    paths = sorted(p for p in EXAMPLES.iterdir() if p.name not in ("README.md", "gold.json"))
    return _analyzed(paths, tmp_path_factory.mktemp("ex") / "analyzed.db", resources)


#: differing rows allowed per table: arrival order decides a few entity merges and claim links (see
#: storyline.fuse.incremental); clusters, families and what is not linked across stories do not move
#: measured: examples in three batches 7 entities, one at a time 10 (claims and links 0-3); the Reuters
#: sample 3 event rows. Since descriptions left open in an article go to the entity other articles gave
#: that noun (fuse.entities.attach_nominals), an older article's "the host" waits for a re-fusion: 11 and 14
#: entities; one at a time also 8 event rows of 105 (4 CONSULT incidents split otherwise, all inside the
#: re-fused scope, so no cut at its edge; likely the entity differences). With main's latest claim rules,
#: 12 and 8 claim rows: a "police" speaker a full resolution makes an entity of stays unresolved (entities).
#: Acts of saying ("said": fuse.actions joins one speaker's) ride on those entity merges: one at a time 13
#: event rows of 200 (the 9 CONSULT rows and 4 statement rows), three batches 5, the Reuters sample 3.
#: Round 15: "Police blamed the HTK" is a claim now (a357c3ee), and its "police" speaker is one of
#: those arrival-order entities: three batches 18 claim rows of 330.
#: Round 25: 7 claim links in both runs, all one denial's (a border chief's "seen no one and stopped no one", whose
#: side is an arrival-order entity): the 6 accusations it answers in a full fusion (6 on main too) and, now that one
#: speaker's accusation retold without a shared event supports it, the retelling rule 9 reaches through that link
BOUNDS = {"entities": 16, "events": 14, "claims": 20, "claim_links": 7, "claim_support": 8, "stories": 0,
          "source_families": 0}


@pytest.mark.parametrize("sizes", [[], [15, 15], [1] * 8], ids=["one batch", "three batches", "one at a time"])
def test_incremental_batches_match_full_refusion(examples: Corpus, sizes: list[int], tmp_path: Path,
                                                 resources: Resources) -> None:
    plans: list[incremental.Plan] = []
    store = _add_in_batches(examples, sizes, tmp_path / "inc.db", resources, plans)
    mine = store.load_story()
    full = _refused(store, tmp_path / "full.db", resources)
    store.close()
    diff = differences(mine, full)
    print(sizes, diff, _sizes(rows(full)))
    if not sizes:
        assert diff == dict.fromkeys(diff, 0)  # one batch is a full fusion
    for table, bound in BOUNDS.items():
        assert diff[table] <= bound, (table, diff, _sizes(rows(full)))
    # the scope's bound (incremental.bounded) takes nothing away here: every reached article is re-fused
    assert len(plans) == (len(sizes) if sizes else 0) and all(p.reached == len(p.scope) for p in plans)


#: stored articles each new article may re-fuse in the test of a bound that bites
TIGHT = 4
#: differing rows allowed then: the bound on the scope moves the incidents and claim links a new article shares
#: with more stored articles than that (measured on the examples in three batches: 14 entities, 27 event rows,
#: 14 claims, 26 links, 32 supports, against 11, 9, 12, 6 and 0 with the default bound, which takes nothing away;
#: round 15's blame claims: 20 claims, against 18; round 24's denials carried to an accusation's retellings in other
#: articles reach more stored articles than the bound lets in: 33 links, against 26; round 28's supports between
#: one speaker's statements retold in other words in two articles (fuse/claims.support_aligned_statements):
#: 39 links, 40 supports; round 33's "the company" / "they" going on with the organization that spoke last
#: (analyze/claims/speakers, bc91bb3f) gives more claims one organization's voice across articles: 41 links, 46
#: supports; round 37's acts refused, put off or made a condition read as not done (analyze/events/modality), which
#: moves where such mentions fuse: 32 event rows on that change alone, against 29 without it; round 42's speakers the
#: parser hung on the clause before their cue and quotes apart from their cue across a long speaker phrase
#: (analyze/claims, ff8bb417) give more statements a speaker, so more supports across articles: 42 links, 50 supports,
#: against 41 and 46)
TIGHT_BOUNDS = {"entities": 16, "events": 34, "claims": 22, "claim_links": 44, "claim_support": 53, "stories": 0,
                "source_families": 0}


def test_incremental_scope_bound_holds_and_moves_few_rows(examples: Corpus, tmp_path: Path, resources: Resources,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incremental, "SCOPE_PER_NEW", TIGHT)
    plans: list[incremental.Plan] = []
    store = _add_in_batches(examples, [15, 15], tmp_path / "inc.db", resources, plans)
    mine = store.load_story()
    full = _refused(store, tmp_path / "full.db", resources)
    store.close()
    diff = differences(mine, full)
    print(f"{TIGHT} per new article", diff, [(len(p.new), len(p.scope), p.edge, p.reached) for p in plans])
    assert any(p.reached > len(p.scope) for p in plans)  # the bound bit
    for p in plans:  # what a run re-fuses: at most TIGHT stored articles per new one
        assert len(p.scope) <= (1 + TIGHT) * len(p.new)
    for table, bound in TIGHT_BOUNDS.items():
        assert diff[table] <= bound, (table, diff, _sizes(rows(full)))


def _fused_rows(store: Store) -> dict[tuple[str, str], str]:
    """(kind, id) -> digest of every fused row the store keeps."""
    assert isinstance(store, SqlStore)
    with store.engine.connect() as conn:
        return {(kind, key): digest for kind, key, digest in
                conn.execute(text("SELECT kind, id, digest FROM fused_rows")).all()}


@pytest.mark.parametrize("sizes", [[15, 15], [1] * 8], ids=["three batches", "one at a time"])
def test_incremental_reads_the_mention_lists_of_the_entities_it_touches_and_saves_what_reading_all_does(
        examples: Corpus, sizes: list[int], tmp_path: Path, resources: Resources,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11: an incremental run reads the stored entities without their mention lists
    (:meth:`SqlStore.stored_entities`), reads the lists of those it changes only, and asks the store where the
    others are mentioned in the articles it works on (:func:`storyline.fuse.entities.spans_in`). The same
    batches fused with every stored entity read whole leave every fused row the same."""
    runs: list[list[Entity]] = []
    read = SqlStore.stored_entities

    def spy(self: SqlStore) -> list[Entity]:
        runs.append(read(self))
        return runs[-1]

    monkeypatch.setattr(SqlStore, "stored_entities", spy)
    lazy = _add_in_batches(examples, sizes, tmp_path / "lazy.db", resources)
    monkeypatch.setattr(SqlStore, "stored_entities", None)  # what a store without it does: read them whole
    whole = _add_in_batches(examples, sizes, tmp_path / "whole.db", resources)
    assert _fused_rows(lazy) == _fused_rows(whole)
    lazy.close()
    whole.close()
    runs = [run for run in runs if run]  # (the first batch's fusion finds none stored)
    assert len(runs) == len(sizes)
    unread = [sum(isinstance(e, StoredEntity) and not e.read for e in run) / len(run) for run in runs]
    print(sizes, [len(run) for run in runs], [round(x, 2) for x in unread])
    assert min(unread) > 0  # in these small stores a batch meets many of them (the add-100 at 19k: see docs/store.md)


def test_incremental_reads_profiled_analyses_without_claims_or_timexes_and_saves_what_reading_them_whole_does(
        examples: Corpus, tmp_path: Path, resources: Resources, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11: the stored analyses story clustering profiles are read without their claims and time expressions
    (the resolving steps read neither; the scope's and the edge's among them get theirs back). The same batches
    fused with every analysis read whole leave every fused row the same."""
    read = SqlStore.analyses
    bare: list[int] = []

    def spy(self: SqlStore, ids: Any = None, claims: bool = True, timexes: bool = True,
            mentions: bool = True) -> dict[str, Any]:
        out = read(self, ids, claims, timexes, mentions)
        if not timexes:
            bare.append(len(out))
        return out

    monkeypatch.setattr(SqlStore, "analyses", spy)
    lazy = _add_in_batches(examples, [15, 15], tmp_path / "lazy.db", resources)
    monkeypatch.setattr(SqlStore, "analyses",
                        lambda self, ids=None, claims=True, timexes=True, mentions=True: read(self, ids))
    whole = _add_in_batches(examples, [15, 15], tmp_path / "whole.db", resources)
    assert _fused_rows(lazy) == _fused_rows(whole)
    lazy.close()
    whole.close()
    assert len(bare) == 2 and min(bare) > 0  # each incremental run read profiled analyses without them


@pytest.fixture(scope="module")
def reuters(tmp_path_factory: pytest.TempPathFactory, resources: Resources) -> Corpus:
    root = shared_data("eval", "reuters21578")
    from benchmarks.reuters import write_jsonl

    tmp = tmp_path_factory.mktemp("reuters")
    write_jsonl(tmp / "sample.jsonl", 40, root)
    return _analyzed([tmp / "sample.jsonl"], tmp / "analyzed.db", resources)


def test_incremental_reuters_sample_in_batches_matches_full_refusion(reuters: Corpus, tmp_path: Path,
                                                                     resources: Resources) -> None:
    store = _add_in_batches(reuters, [10, 15], tmp_path / "inc.db", resources)
    diff = differences(store.load_story(), _refused(store, tmp_path / "full.db", resources))
    store.close()
    print("reuters", diff)
    for table, bound in BOUNDS.items():
        assert diff[table] <= bound, (table, diff)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory, resources: Resources) -> Corpus:
    return _analyzed([shared_data("seeds", "articles.jsonl")], tmp_path_factory.mktemp("seeds") / "analyzed.db",
                     resources)


@pytest.mark.parametrize("sizes", [[2, 2], [1] * 4], ids=["three batches", "one at a time"])
def test_incremental_seeds_in_batches_match_full_refusion(seeds: Corpus, sizes: list[int], tmp_path: Path,
                                                          resources: Resources) -> None:
    """The seeds span months: the scope's date window leaves out stored articles the new ones reach (measured,
    one at a time: 2 of 4, then 4 of 5 reached articles re-fused), and only entity resolution's arrival order
    (2 entities) differs from a full fusion."""
    plans: list[incremental.Plan] = []
    store = _add_in_batches(seeds, sizes, tmp_path / "inc.db", resources, plans)
    diff = differences(store.load_story(), _refused(store, tmp_path / "full.db", resources))
    store.close()
    print("seeds", sizes, diff, [(len(p.new), len(p.scope), p.reached) for p in plans])
    assert plans and all(len(p.scope) <= (1 + incremental.SCOPE_PER_NEW) * len(p.new) for p in plans)
    assert diff["entities"] <= BOUNDS["entities"], diff
    assert {k: v for k, v in diff.items() if k != "entities"} == dict.fromkeys(set(diff) - {"entities"}, 0), diff


def test_incremental_touched_clusters_are_those_holding_a_new_article() -> None:
    clusters = [StoryCluster("s1", "", ("a", "n1")), StoryCluster("s2", "", ("c", "d")), StoryCluster("s3", "", ("e",))]
    assert touched_clusters(clusters, {"n1"}) == {"a", "n1"}
    assert touched_clusters(clusters, {"n2"}) == {"n2"}


def test_incremental_edge_reads_only_the_outside_mentions_of_incidents_the_scope_shares() -> None:
    class Incidents:
        """e1 is told by a and b, e2 by b and c, e3 by d alone."""

        events = (Event("e1", "ASSAULT", mentions=(Span("a", 0, 4, "raid"), Span("b", 9, 13, "raid")),
                        mention_ids=("a:ev1", "b:ev2")),
                  Event("e2", "CONSULT", mentions=(Span("b", 20, 25, "talks"), Span("c", 0, 5, "talks")),
                        mention_ids=("b:ev3", "c:ev1")),
                  Event("e3", "ARREST", mentions=(Span("d", 0, 8, "arrested"),), mention_ids=("d:ev1",)))

        def article_events(self, ids: Iterable[str]) -> list[Event]:
            return [e for e in self.events if {m.article for m in e.mentions} & set(ids)]

    # the scope {a} shares e1 with b: b's mention of it is read, not b's talks (nor c, which e2 would chain to)
    assert edge(Incidents(), {"a"}) == {"b": {"b:ev2"}}  # type: ignore[arg-type]
    assert edge(Incidents(), {"a", "b"}) == {"c": {"c:ev1"}}  # type: ignore[arg-type]
    assert edge(Incidents(), {"d"}) == {}  # type: ignore[arg-type]
    events: dict[str, str] = {}  # and each mention read, with its stored event (the events step's pieces)
    edge(Incidents(), {"a"}, events)  # type: ignore[arg-type]
    assert events == {"b:ev2": "e1"}


def _claim(cid: str, article: str, content: str, **kw: object) -> Claim:
    return Claim(cid, article, 0, 1, None, "officials", "said", content, **kw)  # type: ignore[arg-type]


class Facts:
    """A store whose touched articles tell events and hold claims (what ``reach`` reads of it)."""

    def __init__(self, events: list[Event], claims: list[Claim]) -> None:
        self.events, self.claims = events, claims

    def article_events(self, ids: Iterable[str]) -> list[Event]:
        return [e for e in self.events if {m.article for m in e.mentions} & set(ids)]

    def article_event_types(self, ids: Iterable[str], types: Collection[str]) -> set[tuple[str, str]]:
        return {(m.article, e.type) for e in self.article_events(ids) if e.type in types
                for m in e.mentions if m.article in set(ids)}

    def article_claims(self, ids: Iterable[str]) -> list[Claim]:
        return [c for c in self.claims if c.article in set(ids)]


def test_incremental_reachable_keeps_the_touched_articles_a_new_event_or_claim_can_change() -> None:
    store = Facts([Event("e1", "ASSAULT", mentions=(Span("s1", 0, 3, "raid"),)),
                   Event("e2", "CONSULT", mentions=(Span("s2", 0, 5, "talks"),))],
                  [_claim("c3", "s3", "the harbour levy doubled overnight"),
                   _claim("c4", "s4", "profits rose in the first quarter"),
                   _claim("c5", "s5", "the company never paid the fine", negated=True)])
    new = ArticleAnalysis("n1", "h", events=(EventMention("n1:ev1", "n1", 0, 6, "attack", "ASSAULT"),),
                          claims=(_claim("n1:c1", "n1", "a harbour levy was announced"),))
    touched = {"n1", "s1", "s2", "s3", "s4", "s5", "s6"}
    # s1: an assault like the new one; s3: a claim sharing "harbour"/"levy"; s5: a negated statement may
    # answer the new claim; s2 (talks), s4 (no word in common) and s6 (nothing stored) cannot change
    assert set(reach(store, touched, {"n1": new})) == {"s1", "s3", "s5"}  # type: ignore[arg-type]
    denial = ArticleAnalysis("n1", "h", claims=(_claim("n1:c1", "n1", "no levy", polarity="deny"),))
    assert set(reach(store, touched, {"n1": denial})) == {"s3", "s4", "s5"}  # type: ignore[arg-type]


def test_incremental_reach_names_the_new_articles_that_reach_each_stored_one() -> None:
    store = Facts([Event("e1", "ASSAULT", mentions=(Span("s1", 0, 3, "raid"), Span("s2", 0, 4, "raid")))],
                  [_claim("c3", "s3", "the harbour levy doubled overnight")])
    n1 = ArticleAnalysis("n1", "h", events=(EventMention("n1:ev1", "n1", 0, 6, "attack", "ASSAULT"),))
    n2 = ArticleAnalysis("n2", "h", claims=(_claim("n2:c1", "n2", "a harbour levy was announced"),))
    got = reach(store, {"n1", "n2", "s1", "s2", "s3"}, {"n1": n1, "n2": n2})  # type: ignore[arg-type]
    assert got == {"s1": {"n1"}, "s2": {"n1"}, "s3": {"n2"}}


def _dated(aid: str, day: str | None) -> Article:
    return Article(aid, "text", published=day)


def test_incremental_bounded_scope_takes_the_nearest_stored_articles_each_new_one_reaches() -> None:
    # corpus order: stored a1..a4 of n1's cluster, b1 of another; then the new n1
    articles = {a.id: a for a in [_dated("a1", "2031-05-10"), _dated("a2", "2031-05-09"), _dated("a3", "2031-03-01"),
                                  _dated("a4", None), _dated("b1", "2031-05-10"), _dated("n1", "2031-05-10")]}
    clusters = [StoryCluster("s1", "", ("a1", "a2", "a3", "a4", "n1")), StoryCluster("s2", "", ("b1",))]
    reached = {aid: {"n1"} for aid in ("a1", "a2", "a3", "a4", "b1")}
    # its own cluster first, the nearest in date, then the latest stored (a4: unknown date, as near as can be);
    # a3 is 70 days away
    assert bounded(reached, clusters, articles, {"n1"}, per_new=1) == {"n1", "a4"}
    assert bounded(reached, clusters, articles, {"n1"}, per_new=3) == {"n1", "a4", "a1", "a2"}
    assert bounded(reached, clusters, articles, {"n1"}, per_new=99) == {"n1", "a1", "a2", "a4", "b1"}
    assert bounded(reached, clusters, articles, {"n1"}, per_new=99, days=999) == {"n1", *reached}
    assert "a3" in bounded(reached, clusters, articles, {"n1"}, per_new=99, days=70)  # 70 days: not more
    assert "a3" not in bounded(reached, clusters, articles, {"n1"}, per_new=99, days=69)
    assert bounded(reached, clusters, articles, {"n1"}, per_new=0) == {"n1"}
    # each new article takes its own nearest: the scope is at most (1 + per_new) articles per new one
    articles["n2"] = _dated("n2", "2031-05-09")
    both = {**reached, "a2": {"n1", "n2"}, "b1": {"n1", "n2"}}
    assert bounded(both, clusters, articles, {"n1", "n2"}, per_new=1) == {"n1", "n2", "a4", "a2"}
    assert len(bounded(both, clusters, articles, {"n1", "n2"}, per_new=2)) <= 2 * (1 + 2)


def test_incremental_incident_part_keeps_only_the_stored_incidents_mentions() -> None:
    full = ArticleAnalysis("b", "h", sentences=((0, 40),),
                           events=(EventMention("b:ev1", "b", 0, 4, "raid", "ASSAULT"),
                                   EventMention("b:ev2", "b", 9, 14, "talks", "CONSULT")),
                           claims=(_claim("b:c1", "b", "the raid was planned"),))
    part = _incident_part(full, {"b:ev1"})
    assert [m.id for m in part.events] == ["b:ev1"] and part.claims == () and part.sentences == full.sentences


def test_incremental_stored_link_at_the_edge_is_kept_and_its_other_end_not_saved(resources: Resources) -> None:
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={})
    mine, theirs = _claim("s:c1", "s", "the levy doubled"), _claim("x:c1", "x", "the levy doubled overnight")
    ctx.story.claims = [mine, _claim("s:c2", "s", "the levy rose")]
    edge_link = ClaimLink("supports", "x:c1", "s:c1")
    inner = ClaimLink("supports", "s:c2", "s:c1")  # both ends in the scope: the claims step made it again, or not
    _join_fixed_links(ctx, {"s"}, [edge_link, inner], [theirs])
    assert ctx.story.claim_links == [edge_link] and [c.id for c in ctx.story.claims] == ["s:c1", "s:c2", "x:c1"]
    ctx.story.claim_support = {"s:c1": Corroboration(2, 2), "x:c1": Corroboration(2, 2)}
    _drop_outside_claims(ctx, {"s"})  # x:c1 is graded on part of its links: its stored row and support stay
    assert [c.id for c in ctx.story.claims] == ["s:c1", "s:c2"] and list(ctx.story.claim_support) == ["s:c1"]


# --------------------------------------------------------------------------- stored entities read by their keys


class _KeptKeys:
    """A store's entity keys (what :meth:`storyline.store.sql.SqlStore.entity_key_rows` answers), in memory."""

    def __init__(self, entities: list[Entity]) -> None:
        self.rows = [(k, e.id) for e in entities for k in sorted(entity_keys(e))]
        self.asked = 0

    def entity_key_rows(self, version: str, keys: Iterable[str]) -> list[tuple[str, str]]:
        wanted = set(keys)
        self.asked += 1
        return [(k, e) for k, e in self.rows if k in wanted]

    def entity_key_blocks(self, version: str, keys: Iterable[str]) -> dict[str, tuple[int, str, str]]:
        held: dict[str, list[str]] = {}
        for k, e in self.entity_key_rows(version, keys):
            held.setdefault(k, []).append(e)
        return {k: (len(ids), min(ids), max(ids)) for k, ids in held.items()}


def _met(store: object, stored: list[Entity], fresh: list[Unit], corpus: NameCorpus
         ) -> tuple[list[str], list[tuple[str, str, float]]]:
    """The units an incremental resolution clusters and their links, by unit key (stored entities read by
    their keys when ``store`` keeps them, else all of them)."""
    met = meeting(store, stored, fresh, corpus)
    chosen, big = met if met is not None else (stored, set())
    units = [stored_unit(e) for e in chosen] + fresh
    pairs = link_pairs(units, corpus, stored=len(chosen), big=big)
    units, _, pairs = touched_by(units, len(chosen), pairs, longer_names(store, stored) if met is not None else None)
    return [u.key for u in units], sorted((units[i].key, units[j].key, link) for i, j, link in pairs)


_SYLLABLES = ["ba", "ce", "di", "fo", "gu", "ha", "ke", "li", "mo"]
#: seventy-two people of one invented family name: its key's block is over BIG_BLOCK
_FAMILY = [Entity(id=f"ent:{i:03d}", name=f"{a.title()}{b}ra Oskven", type="PERSON",
                  aliases={f"{a.title()}{b}ra Oskven": 2}, types={"PERSON": 2})
           for i, (a, b) in enumerate((a, b) for a in _SYLLABLES for b in _SYLLABLES[:8])]
_OTHERS = [Entity(id="ent:port", name="Velorian Harbour Board", type="ORG", aliases={"Velorian Harbour Board": 1},
                  types={"ORG": 1}),
           Entity(id="ent:mill", name="Tarnet Mills", type="ORG", aliases={"Tarnet Mills": 3}, types={"ORG": 3}),
           Entity(id="ent:osk", name="Oskven", type="PERSON", aliases={"Oskven": 1}, types={"PERSON": 1})]


def _fresh(*names: tuple[str, str]) -> list[Unit]:
    return [Unit(key=f"new:{k}", article="n1", forms=Counter({name: 1}), votes=Counter({label: 1}))
            for k, (name, label) in enumerate(names)]


def test_incremental_stored_entities_read_by_their_keys_meet_the_new_names_as_all_of_them_do() -> None:
    fresh = _fresh(("Kebara Oskven", "PERSON"), ("Lodi Oskven", "PERSON"), ("Harbour Board", "ORG"),
                   ("Tarnet", "ORG"))
    corpus = NameCorpus(demonyms={"velorian"})  # this run reads "Velorian" as a nationality
    for stored in (sorted([*_FAMILY, *_OTHERS[:2]], key=lambda e: e.id), sorted([*_FAMILY, *_OTHERS],
                                                                                 key=lambda e: e.id)):
        keys = _KeptKeys(stored)
        assert _met(keys, stored, fresh, corpus) == _met(None, stored, fresh, corpus) and keys.asked == 4
    stored = sorted([*_FAMILY, *_OTHERS[:2]], key=lambda e: e.id)
    read = meeting(_KeptKeys(stored), stored, fresh, corpus)
    assert read is not None and len(read[0]) < len(_FAMILY)  # of the big family block, its ends only
    assert {"ent:port", "ent:mill"} <= {e.id for e in read[0]}  # the nationality-led name is found
    assert any(k.startswith("w:") for k in read[1])
    # a stored short form the new names meet takes every longer name holding it (touched_by), as all do
    with_short = sorted([*_FAMILY, *_OTHERS], key=lambda e: e.id)
    assert len(_met(_KeptKeys(with_short), with_short, fresh, corpus)[0]) > len(_FAMILY)


def test_incremental_longer_names_are_read_for_the_short_forms_kept_only() -> None:
    def person(eid: str, name: str) -> Entity:
        return Entity(id=eid, name=name, type="PERSON", aliases={name: 1}, types={"PERSON": 1})

    stored = [person("ent:brenn", "Lodi Brenn"), person("ent:tasker", "Lodi Tasker"), person("ent:varn", "Varn"),
              person("ent:ilse", "Ilse Varn"), person("ent:zed", "Varn Zedrik")]
    fresh = _fresh(("Brenn Holdings", "ORG"), ("Marek Varn", "PERSON"))
    corpus = NameCorpus()
    keys = _KeptKeys(stored)
    read = meeting(keys, stored, fresh, corpus)
    assert read is not None
    # "Lodi Brenn" shares a word's key with the new company, and stays as it is: the other people named Lodi
    # are not read for it (they were, for every person a block met)
    assert "ent:brenn" in {e.id for e in read[0]} and "ent:tasker" not in {e.id for e in read[0]}
    # the stored short form "Varn" fits the new Marek Varn: its other longer names are read for it
    kept, resolved = _met(keys, stored, fresh, corpus)
    assert {"stored:ent:varn", "stored:ent:ilse", "stored:ent:zed"} <= set(kept)
    assert "stored:ent:tasker" not in kept
    assert (kept, resolved) == _met(None, stored, fresh, corpus)


def test_incremental_stored_entities_all_read_when_the_store_keeps_no_keys_of_this_version() -> None:
    class Stale:
        def entity_key_rows(self, version: str, keys: Iterable[str]) -> None:
            return None

        def entity_key_blocks(self, version: str, keys: Iterable[str]) -> None:
            return None

    fresh = _fresh(("Lodi Oskven", "PERSON"))
    assert meeting(Stale(), _OTHERS, fresh, NameCorpus()) is None
    assert meeting(object(), _OTHERS, fresh, NameCorpus()) is None


def test_incremental_entity_keys_mark_the_keys_a_nationality_word_decides() -> None:
    keys = entity_keys(_OTHERS[0])  # "Velorian Harbour Board" is "Harbour Board" where Velorian is a people
    assert "?f:" + folded_key("Harbour Board") in keys and "f:" + folded_key("Velorian Harbour Board") in keys
    assert not any(k.startswith("?") for k in entity_keys(_OTHERS[2]))  # one word: nothing to read otherwise
