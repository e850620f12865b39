"""The actions inside one incident (fictional mentions)."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.config import Config
from storyline.fuse import FuseContext
from storyline.fuse.chains import chains, word_similarity
from storyline.fuse.events import Cluster, Info
from storyline.model import EventMention

CLOSE = {frozenset({"kill", "murder"}): 0.7, frozenset({"kill", "arrest"}): 0.1, frozenset({"murder", "arrest"}): 0.1}


def similar(a: str, b: str) -> float:
    return 1.0 if a == b else CLOSE.get(frozenset({a, b}), 0.0)


def _info(aid: str, n: int, lemma: str, type_: str = "ASSAULT", subtype: str | None = None) -> Info:
    m = EventMention(id=f"{aid}:ev{n}", article=aid, start=n * 10, end=n * 10 + len(lemma), text=lemma,
                     type=type_, subtype=subtype, lemma=lemma, sentence_start=n * 10, sentence_end=n * 10 + 9)
    return Info(m=m, place=None, parts=frozenset(), participants=[], stated=None, soft=None, before=None,
                mclass="realis", fragment=False, indefinite=False, story=None, lead=False)


def test_chains_same_lemma_across_articles_is_one_action() -> None:
    got = chains(Cluster([_info("b", 1, "kill"), _info("a", 2, "arrest"), _info("a", 1, "kill")]), similar)
    assert got == (("a:ev1", "b:ev1"), ("a:ev2",))


def test_chains_close_words_join_and_far_words_stay_apart() -> None:
    got = chains(Cluster([_info("a", 1, "kill"), _info("b", 1, "murder"), _info("c", 1, "arrest")]), similar)
    assert got == (("a:ev1", "b:ev1"), ("c:ev1",))


def test_chains_every_mention_in_exactly_one_chain() -> None:
    infos = [_info(a, n, w) for a in "abc" for n, w in enumerate(("kill", "arrest", "murder", "flee"))]
    got = chains(Cluster(infos), similar)
    ids = [m for chain in got for m in chain]
    assert sorted(ids) == sorted(i.m.id for i in infos)
    assert [len(c) for c in got] == sorted((len(c) for c in got), reverse=True)  # largest first


RAID = {frozenset({"shoot", "kill"}): 0.6, frozenset({"kill", "die"}): 0.6, frozenset({"shoot", "wound"}): 0.5,
        frozenset({"shoot", "gunfire"}): 0.6, frozenset({"kill", "wound"}): 0.5, frozenset({"die", "wound"}): 0.5,
        frozenset({"raze", "shoot"}): 0.5}


def raid_similar(a: str, b: str) -> float:
    return 1.0 if a == b else RAID.get(frozenset({a, b}), 0.0)


def test_chains_keep_the_violence_apart_from_the_deaths_and_injuries_it_caused() -> None:
    # Gunmen in Tolvar "shot" at a bus, "gunfire" went on, two passengers were "killed", one "died" later and
    # three were "wounded": close words all, but the shooting, the deaths and the injuries are three actions
    infos = [_info("a", 1, "shoot", subtype="shooting"), _info("a", 2, "kill", subtype="killing"),
             _info("b", 1, "gunfire", subtype="shooting"), _info("b", 2, "die", "LIFE", "death"),
             _info("b", 3, "wound", "LIFE", "injury"), _info("c", 1, "kill", subtype="killing"),
             _info("c", 2, "raze", "OTHER")]  # an action outside the ontology joins by its word alone
    got = chains(Cluster(infos), raid_similar)
    assert got == (("a:ev1", "b:ev1", "c:ev2"), ("a:ev2", "b:ev2", "c:ev1"), ("b:ev3",))


def test_chains_a_new_word_joins_the_chain_of_the_closest_word() -> None:
    # "show" is close to the chain of "ceremony" and closer to the chain of "gala": it joins the gala
    near = {frozenset({"ceremony", "show"}): 0.45, frozenset({"gala", "show"}): 0.8}
    infos = [_info("a", 1, "ceremony", "OTHER"), _info("a", 2, "gala", "OTHER"), _info("b", 1, "show", "OTHER")]
    got = chains(Cluster(infos), lambda x, y: 1.0 if x == y else near.get(frozenset({x, y}), 0.0))
    assert got == (("a:ev2", "b:ev1"), ("a:ev1",))


VECS = {"kill": [1.0, 0.0], "murder": [0.8, 0.6], "arrest": [0.0, 1.0]}  # two close words and a far one
ASKED: list[list[str]] = []


class _Words:
    def encode(self, texts: list[str], batch_size: int = 8) -> np.ndarray:
        ASKED.append(list(texts))
        return np.array([VECS[t] for t in texts])


class _Resources:
    def encoder(self, step: str, config: Config) -> _Words:
        return _Words()


def test_word_similarity_reads_the_words_of_incidents_told_with_several() -> None:
    ctx = FuseContext(config=Config(), resources=_Resources(), articles={}, analyses={})  # type: ignore[arg-type]
    several = Cluster([_info("a", 1, "kill"), _info("b", 1, "murder"), _info("c", 1, "arrest")])
    one = Cluster([_info("d", 1, "flee"), _info("e", 1, "flee")])
    similar = word_similarity(ctx, [several, one])
    assert ASKED == [["arrest", "kill", "murder"]]  # "flee" alone in its incident: never compared
    assert similar("kill", "murder") == pytest.approx(0.8)
    assert similar("kill", "arrest") == pytest.approx(0.0)
    assert similar("flee", "flee") == 1.0 and similar("flee", "kill") == 0.0
