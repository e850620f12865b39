"""The actions inside one incident (fictional mentions)."""

from __future__ import annotations

from storyline.fuse.chains import chains
from storyline.fuse.events import Cluster, Info
from storyline.model import EventMention

CLOSE = {frozenset({"kill", "murder"}): 0.7, frozenset({"kill", "arrest"}): 0.1, frozenset({"murder", "arrest"}): 0.1}


def similar(a: str, b: str) -> float:
    return 1.0 if a == b else CLOSE.get(frozenset({a, b}), 0.0)


def _info(aid: str, n: int, lemma: str) -> Info:
    m = EventMention(id=f"{aid}:ev{n}", article=aid, start=n * 10, end=n * 10 + len(lemma), text=lemma,
                     type="ASSAULT", lemma=lemma, sentence_start=n * 10, sentence_end=n * 10 + 9)
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
