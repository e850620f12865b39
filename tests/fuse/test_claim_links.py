"""Tests of the linker's notion of sides: a person's employer from their roles, a country and its people."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from types import SimpleNamespace

import numpy as np
import pytest

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, claim_links
from storyline.fuse.claim_links import (
    _act_pairs,
    affiliation,
    demonym_of,
    noun_phrase_length,
    same_speaker,
    state_groups,
)
from storyline.model import Claim, Entity, Role, Story, StoryCluster
from tests.fuse.conftest import Build


def _role(of: str | None) -> Role:
    return Role(title="spokesman", article="a0", start=0, end=1, of=of)


def test_affiliation_is_the_organization_most_roles_name() -> None:
    assert affiliation([_role("ent:norvik"), _role("ent:norvik"), _role("ent:valdor"), _role(None)]) == {"ent:norvik"}
    assert affiliation([_role(None)]) == set()


def test_affiliation_leaves_out_what_a_title_opposes() -> None:
    # "a Valdoran opposition leader" three times and "leader of the Free Valdora movement" once: the movement is
    # his side, not the state he opposes
    opposing = [Role(title=t, article="a0", start=0, end=1, of="ent:valdora")
                for t in ("opposition leader", "Opposition leader", "exiled dissident")]
    assert affiliation([*opposing, Role(title="leader", article="a0", start=0, end=1, of="ent:movement")]) \
        == {"ent:movement"}
    assert affiliation(opposing) == set()
    assert affiliation([Role(title="a critic", article="a0", start=0, end=1, of="ent:regime")]) == set()


def test_affiliation_tie_names_each() -> None:
    assert affiliation([_role("ent:norvik"), _role("ent:valdor")]) == {"ent:norvik", "ent:valdor"}


def test_demonym_of_regular_endings() -> None:
    assert demonym_of("Valdoran", "Valdora") and demonym_of("Norviki", "Norvik") and demonym_of("Ostrian", "Ostria")
    assert demonym_of("Tarskese", "Tarsk") and not demonym_of("Valdoran", "Norvik")
    assert not demonym_of("Ostrian", "Ost")  # too short a stem to tell


def test_state_groups_join_a_country_and_its_people_only() -> None:
    ents = [Entity("g1", "Valdora", "GPE"), Entity("n1", "Valdoran", "NORP"), Entity("n2", "Norviki", "NORP"),
            Entity("o1", "Valdoran Bank", "ORG")]
    groups = state_groups(ents)
    assert groups == {"g1": frozenset({"n1"}), "n1": frozenset({"g1"})}


def test_state_groups_join_a_known_countrys_capital_people_and_state_bodies() -> None:
    ents = [Entity("g1", "Peru", "GPE"), Entity("g2", "Lima", "GPE"), Entity("n1", "Peruvians", "NORP"),
            Entity("o1", "Foreign Ministry of Peru", "ORG"), Entity("o2", "Peruvian Tile", "ORG"),
            Entity("g3", "Arequipa", "GPE")]
    assert state_groups(ents)["g1"] == frozenset({"g2", "n1", "o1"})
    assert "o2" not in state_groups(ents) and "g3" not in state_groups(ents)


def test_state_groups_join_a_country_and_the_seat_of_its_government() -> None:
    ents = [Entity("g1", "France", "GPE"), Entity("o1", "Elysee", "ORG"), Entity("o2", "Downing Street", "ORG"),
            Entity("g2", "United Kingdom", "GPE"), Entity("o3", "Elysee Bakery", "ORG")]
    groups = state_groups(ents)
    assert groups["g1"] == frozenset({"o1"}) and groups["g2"] == frozenset({"o2"}) and "o3" not in groups


def test_state_groups_join_a_state_body_named_after_an_unknown_country() -> None:
    ents = [Entity("g1", "Valdora", "GPE"), Entity("o1", "Valdoran Interior Ministry", "ORG"),
            Entity("o2", "Valdora Football Club", "ORG")]
    assert state_groups(ents) == {"g1": frozenset({"o1"}), "o1": frozenset({"g1"})}


def _claim(k: int, event: str | None, involvement: bool) -> Claim:
    return Claim(f"a{k}:cl0", f"a{k}", 0, 1, None, None, "said", "x", event=event, involvement=involvement)


def test_act_pairs_are_claims_about_who_did_one_act() -> None:
    claims = [_claim(0, "ev1", True), _claim(1, "ev2", True), _claim(2, "ev1", True), _claim(3, "ev1", False)]
    n = len(claims)
    assert [divmod(int(code), n) for code in _act_pairs(claims, n)] == [(0, 2)]


def testnoun_phrase_length_runs_through_a_quoted_name() -> None:
    def opening(text: str) -> str:
        return text[:noun_phrase_length(text)]

    assert opening('the "corrupt Norland regime" of backing the attack') == \
        'the "corrupt Norland regime" of'
    assert opening("that the Norland army fired on the town") == "that the Norland army"
    assert opening("Velmora shelled Tarsk") == "Velmora"  # a verb ends it, whatever follows
    assert opening("six armed Norland soldiers opened fire") == "six armed Norland"  # a count opens the phrase
    assert opening("that 12 Velmoran drones struck the depot") == "that 12 Velmoran"
    assert opening("two days after Norland attacked") == ""  # a count of days is no doer's phrase


def test_neighbours_ranked_in_small_blocks_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ranking a block of similarities a few rows at a time (to bound argpartition's int64 indices) finds
    each row's neighbours as ranking the whole block at once, ties between duplicate vectors included."""
    rng = np.random.default_rng(7)
    vecs = rng.standard_normal((300, 16)).astype(np.float32)
    vecs[150:170] = vecs[:20]  # copies of one content: equal similarities
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    monkeypatch.setattr(claim_links, "_RANK_CELLS", 1 << 40)
    whole = claim_links._neighbours(vecs)
    monkeypatch.setattr(claim_links, "_RANK_CELLS", 700)  # two rows at a time
    assert np.array_equal(claim_links._neighbours(vecs), whole)
    assert len(whole) > 300 * 5


def _blocks_of(monkeypatch: pytest.MonkeyPatch, bound: int, clusters: list[tuple[str, ...]],
               articles: list[str]) -> list[list[int]]:
    monkeypatch.setattr(claim_links, "BLOCK_CLAIMS", bound)
    ctx = SimpleNamespace(story=Story(stories=[StoryCluster(f"s{k}", "", c) for k, c in enumerate(clusters)]))
    claims = [Claim(f"{a}:cl{k}", a, 0, 1, None, None, "said", "x") for k, a in enumerate(articles)]
    return [b.tolist() for b in claim_links.claim_blocks(ctx, claims)]  # type: ignore[arg-type]


def test_claim_blocks_pack_story_clusters_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    clusters = [("a0", "a1"), ("a2",), ("a3",)]
    articles = ["a0", "a2", "a1", "a3", "a0", "a9"]  # a9 is in no cluster
    assert _blocks_of(monkeypatch, 6, clusters, articles) == [[0, 1, 2, 3, 4, 5]]  # few claims: one block
    # a9 first, then a0/a1's three claims; a2's would make 5 > 4: a new block, which a3's fills
    assert _blocks_of(monkeypatch, 4, clusters, articles) == [[0, 2, 4, 5], [1, 3]]
    # a cluster larger than the bound is a block of its own
    assert _blocks_of(monkeypatch, 2, clusters, articles) == [[5], [0, 2, 4], [1, 3]]


def test_claim_rules_vectors_are_encoded_in_batches_with_the_links_of_judging_pair_by_pair(
        build: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pairs are judged with the MiniLM vectors their rules ask for encoded together (Linker.run_pairs): the
    same links in the same order as judging the pairs one by one, the same texts encoded, in fewer calls. (The
    speaker's claims share words pairwise: a pair sharing too few is answered without MiniLM, Linker.exact_reaches.)"""
    from storyline.analyze.embed import Embedder

    texts = ("Interior Minister Anna Berg said the two drones were shot down over the presidential palace by air "
             "defence units. Anna Berg said the border crossings near Tarsk would stay closed until Friday.",
             "Anna Berg said that air defences destroyed both drones above the palace near Tarsk on Friday and that "
             "nobody was hurt. Berg also said the crossings near Tarsk would reopen once air defence units had "
             "inspected the roads.",
             "The news agency reported: \"The two drones were shot down over the presidential palace by air defence "
             "units. Engineers will inspect the roof of the old library, and schools will stay closed.\" The Tarsk "
             "mayor said the border crossings were not closed on Friday.")
    calls: list[int] = []
    encode = Embedder.encode

    def counted(self: Embedder, batch: Sequence[str], batch_size: int = 8) -> np.ndarray:
        calls.append(len(set(batch)))
        return encode(self, batch, batch_size)

    monkeypatch.setattr(Embedder, "encode", counted)
    batched = build(*texts)
    batched_calls = list(calls)
    calls.clear()

    def one_by_one(self: claim_links.Linker, pairs: Iterable[tuple[int, int]],
                   judge: Callable[[claim_links.Linker, int, int], None]) -> None:
        for i, j in pairs:
            judge(self, i, j)

    monkeypatch.setattr(claim_links.Linker, "run_pairs", one_by_one)
    single = build(*texts)
    assert [(x.from_, x.to, x.type, x.score) for x in batched.claim_links] == \
        [(x.from_, x.to, x.type, x.score) for x in single.claim_links] != []
    assert sum(batched_calls) == sum(calls) and len(calls) >= 3 and len(batched_calls) < len(calls)


def test_a_claim_rule_that_links_before_it_has_its_vectors_is_a_bug(build: Build, resources: Resources,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Judging a pair again once its vectors are encoded is right only if it changed nothing before it stopped."""
    story = build("Police said the fire destroyed the old town hall in Tarsk on Sunday night.",
                  "Firefighters said the blaze destroyed the old town hall of Tarsk late on Sunday.")
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={}, new=set())
    lk = claim_links.Linker(ctx, list(story.claims))

    def hasty(lk: claim_links.Linker, i: int, j: int) -> None:
        lk.add("supports", i, j, 1.0, "first")
        lk.exact_sim(i, j)

    with pytest.raises(RuntimeError, match="before it read"):
        lk.run_pairs([(0, 1)], hasty)


def test_run_pairs_draws_each_pair_as_it_judges_it(build: Build, resources: Resources) -> None:
    """A slice of candidate pairs is not held as a list while it is judged (65,536 pairs held about 16 MiB at the
    height of a large store's claims step): each pair is drawn when its turn comes; only stopped ones are kept."""
    story = build("Police said the fire destroyed the old town hall in Tarsk on Sunday night.",
                  "Firefighters said the blaze destroyed the old town hall of Tarsk late on Sunday.")
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={}, new=set())
    lk = claim_links.Linker(ctx, list(story.claims))
    drawn: list[int] = []

    def pairs() -> Iterable[tuple[int, int]]:
        for k in range(5):
            drawn.append(k)
            yield 0, 1

    seen: list[int] = []

    def judge(lk: claim_links.Linker, i: int, j: int) -> None:
        seen.append(len(drawn))
        if len(seen) == 3:
            lk.exact_sim(i, j)  # stops the third pair once: judged again after the slice, its vectors encoded

    lk.run_pairs(pairs(), judge)
    assert seen == [1, 2, 3, 4, 5, 5]


def test_close_calls_are_with_claims_the_rules_tell_apart_by_cosine(resources: Resources) -> None:
    """Two claims of one article, neither a denial, are judged by their figures, never by the cosine of their
    contents: a paraphrase there leaves both static. Across articles, or a claim and a denial of it in one
    article, the pair may turn on the cosine: MiniLM's vectors."""
    from storyline.analyze.embed import Embedder, StaticEmbedder

    bomb = "A car bomb killed nine people in the port of Velmont on Monday."
    died = "Nine people died on Monday when a car bomb exploded in Velmont's port."
    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={}, new=set())

    def vectors(second_article: str, second_polarity: str = "assert") -> np.ndarray:
        claims = [Claim("a1:cl0", "a1", 0, 1, None, "police", "said", bomb),
                  Claim(f"{second_article}:cl1", second_article, 2, 3, None, "officials", "said", died,
                        polarity=second_polarity)]  # type: ignore[arg-type]
        vecs = claim_links.Linker(ctx, claims).vecs
        assert vecs is not None
        return vecs

    static, minilm = StaticEmbedder.load().encode([bomb, died]), Embedder.load().encode([bomb, died])
    assert np.array_equal(vectors("a1"), static)
    assert np.array_equal(vectors("a2"), minilm)
    assert np.array_equal(vectors("a1", "deny"), minilm)


def test_exact_reaches_encodes_no_pair_whose_shared_words_reach_no_bar(resources: Resources,
                                                                       encoded: list[str]) -> None:
    """A (cosine, word overlap) bar needs both: a pair sharing too few words is under every bar whatever MiniLM's
    cosine, so it is answered without encoding its contents; a pair that shares enough is weighed on exact vectors."""
    from storyline.fuse.claim_text import SAME_SPEAKER, reaches

    ctx = FuseContext(config=Config(), resources=resources, articles={}, analyses={}, new=set())
    contents = ("The ferry to Velmont will sail again on Friday.",
                "Boats can cross over to the island before the weekend.",
                "The ferry to Velmont sails again from Friday.")
    claims = [Claim(f"a{k}:cl{k}", f"a{k}", 2 * k, 2 * k + 1, None, "the mayor", "said", text)
              for k, text in enumerate(contents)]
    lk = claim_links.Linker(ctx, claims)
    assert lk.exact_sim(0, 1)[1] < min(least for _, least in SAME_SPEAKER)
    encoded.clear()
    lk._exact.clear()
    assert lk.exact_reaches(0, 1, SAME_SPEAKER) is False and encoded == []
    assert lk.exact_reaches(0, 2, SAME_SPEAKER) == reaches(lk.exact_sim(0, 2), SAME_SPEAKER)
    assert set(encoded) == {claims[0].content, claims[2].content}


def test_same_speaker_by_name_whatever_apostrophe_and_spacing() -> None:
    def said(article: str, speaker: str) -> Claim:
        return Claim(f"{article}:cl0", article, 0, 1, None, speaker, "said", "x", speaker_type="named")
    assert same_speaker(said("a1", "Norland’s police chief"), said("a2", "Norland's  police chief"))
    assert same_speaker(said("a1", "The Northern Front"), said("a2", "Northern Front"))
    assert not same_speaker(said("a1", "Norland's police chief"), said("a2", "Norland's fire chief"))


def test_the_one_held_accountable_is_the_doer_not_the_holder(build: Build) -> None:
    story = build("A gunman attacked a military parade in Lesk on Saturday, killing 25 people. Velmoran Foreign "
                  "Minister Ivo Darsk wrote on Twitter: \"Velmora holds regional terror sponsors and their Ostrian "
                  "masters accountable for the attack on the parade.\"",
                  "Velmoran Foreign Minister Ivo Darsk said Ostria and its regional allies were responsible for the "
                  "attack on the military parade in Lesk, which killed 25 people.")
    held = next(c for c in story.claims if "accountable" in c.content)
    blamed = next(c for c in story.claims if "were responsible" in c.content)
    assert held.stance == blamed.stance == "allegation"
    assert any(lk.type == "supports" and {lk.from_, lk.to} == {held.id, blamed.id} for lk in story.claim_links)
