"""Actions told with the same word in one story: the pass after incident clustering (fictional texts)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import numpy as np
import pytest

from storyline.analyze.events.mentions import extract_events
from storyline.analyze.pipeline import AnalysisState
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.eval.shipped import shipped_analyzer
from storyline.fuse import FuseContext, fuse
from storyline.fuse.actions import (
    _counted_apart,
    _joinable,
    base_forms,
    lemma_of,
    link,
    one_incident,
    told_as_done,
    twins,
    typed_homes,
)
from storyline.fuse.events import Cluster, Info, summarize
from storyline.fuse.places import PlaceGraph
from storyline.model import Article, ArticleAnalysis, EventMention, Story, StoryCluster

Fuser = Callable[..., Story]


Spans = dict[str, list[tuple[int, int]]]


def _fuse(resources: Resources, articles: tuple[tuple[str, str, str | None], ...], at: Spans | None) -> Story:
    arts = [Article(id=aid, text=text, published=pub, published_granularity="day" if pub else None)
            for aid, text, pub in articles]

    def given(state: AnalysisState) -> None:  # trigger spans given, as an evaluation with gold mentions gives them
        state.events = extract_events(state, at=(at or {}).get(state.article.id, []))

    an = shipped_analyzer({"events": given} if at is not None else {}, resources)
    analyses = {a.article: a for a in an.analyze_many(arts)}
    ctx = FuseContext(config=an.config, resources=resources, articles={a.id: a for a in arts}, analyses=analyses)
    return fuse(ctx)


@pytest.fixture(scope="module")
def fuse_texts(resources: Resources) -> Fuser:
    def run(*articles: tuple[str, str, str | None], at: Spans | None = None) -> Story:
        return _fuse(resources, articles, at)

    return run


def _of(story: Story, type_: str) -> list[list[str]]:
    return [sorted(m.article for m in e.mentions) for e in story.events if e.type == type_]


def test_actions_one_acquittal_told_months_apart_is_one_event(fuse_texts: Fuser) -> None:
    # nothing but the word and the story ties them: the events step alone keeps two acquittals (reported 75
    # days apart, no participant or place in common)
    story = fuse_texts(
        ("s1", "The Harwick appeals court acquitted the banker Corin Adley of fraud on Monday, ending a "
               "four-year case over the Tessel Fund.", "2023-03-06"),
        ("s2", "Investors who lost money in the Tessel Fund are still angry that the banker was acquitted. "
               "Corin Adley has not commented since.", "2023-05-20"))
    assert _of(story, "JUSTICE") == [["s1", "s2"]]


def test_actions_two_attacks_in_two_towns_stay_apart(fuse_texts: Fuser) -> None:
    story = fuse_texts(
        ("a1", "Gunmen attacked a police post in Varno on Monday, killing four officers, the Kessian army said.",
         "2023-03-07"),
        ("a2", "Gunmen attacked a bus station in Oldrim on Tuesday, killing two guards, the Kessian army said.",
         "2023-03-08"))
    assert sorted(_of(story, "ASSAULT")) == [["a1"], ["a2"]]


def _at(text: str, *words: str) -> list[tuple[int, int]]:
    """The spans of the given trigger words (each word's first occurrence from the previous one on)."""
    out, pos = [], 0
    for w in words:
        pos = text.index(w, pos)
        out.append((pos, pos + len(w)))
        pos += len(w)
    return out


def test_actions_join_an_untyped_action_told_again_in_one_article(fuse_texts: Fuser) -> None:
    # "collapsed" names no event of the ontology: told twice of one man in one article, it is one action
    a = "Corin Adley collapsed on stage in Harwick on Monday. Doctors said he lost weight and collapsed from fatigue."
    story = fuse_texts(("u1", a, None), at={"u1": _at(a, "collapsed", "lost", "collapsed")})
    assert sorted(len(e.mentions) for e in story.events if e.type == "OTHER") == [1, 2]


def test_actions_keep_untyped_actions_of_other_parties_apart(fuse_texts: Fuser) -> None:
    a = "Corin Adley collapsed on stage in Harwick on Monday. Hours later Mara Tull collapsed in the same hall."
    story = fuse_texts(("u1", a, None), at={"u1": _at(a, "collapsed", "collapsed")})
    assert sorted(len(e.mentions) for e in story.events if e.type == "OTHER") == [1, 1]


def test_actions_join_an_untyped_action_across_articles_on_a_shared_participant(fuse_texts: Fuser) -> None:
    a = "Corin Adley collapsed on stage on Monday. He had sung for the Tessel Fund since 2009."
    b = "Fans of the Tessel Fund choir gasped when Corin Adley collapsed, his agent said."
    story = fuse_texts(("u1", a, None), ("u2", b, None), at={"u1": _at(a, "collapsed"),
                                                             "u2": _at(b, "gasped", "collapsed")})
    assert sorted(_of(story, "OTHER")) == [["u1", "u2"], ["u2"]]


def test_actions_keep_an_untyped_word_of_two_articles_apart_without_evidence(fuse_texts: Fuser) -> None:
    # one story (the same fund and banker), the same word, but nothing ties the two falls together
    a = "Corin Adley left the Tessel Fund in Harwick on Monday. Its shares fell sharply."
    b = "Corin Adley, who ran the Tessel Fund, spoke in Harwick. Heavy snow fell across the northern valleys."
    story = fuse_texts(("u1", a, None), ("u2", b, None), at={"u1": _at(a, "fell"), "u2": _at(b, "fell")})
    assert sorted(_of(story, "OTHER")) == [["u1"], ["u2"]]


def test_actions_an_arrest_told_days_after_another_in_its_sentence_is_another(fuse_texts: Fuser) -> None:
    # one sentence tells the gunman's arrest and his partner's "three days later"; a later report tells the
    # partner's arrest by its day: the word they share does not join the gunman's arrest to hers
    a = ("After his pistol jammed outside the Varn courthouse, the gunman was overpowered and arrested, while his "
         "partner Mira Vell was arrested three days later.")
    b = "Police in Varn arrested Mira Vell, the partner of the man who tried to shoot the judge, on Sunday."
    story = fuse_texts(("r1", a, "2031-05-20"), ("r2", b, "2031-05-05"))
    arrests = [sorted((m.article, m.start) for m in e.mentions) for e in story.events if e.type == "COERCE"]
    gunman = a.index("arrested")
    assert not any(("r1", gunman) in e and ("r1", a.index("arrested", gunman + 1)) in e for e in arrests)
    assert not any(("r1", gunman) in e and any(x == "r2" for x, _ in e) for e in arrests)


def test_actions_lemma_of_falls_back_to_the_text() -> None:
    m = EventMention(id="x:ev0", article="x", start=0, end=4, text="Died", type="LIFE")
    assert lemma_of(m) == "died"
    assert lemma_of(EventMention(id="x:ev1", article="x", start=0, end=4, text="Died", type="LIFE", lemma="die")) \
        == "die"


def test_base_forms_read_a_word_the_parser_left_inflected_as_its_story_lemma() -> None:
    # a title-case headline's "Coach Fired", "Gunman Kills Two", "the Galas" keep their form as lemma
    words = ["kills", "kill", "fired", "fire", "galas", "gala", "press", "wanted", "news", "riots"]
    events = tuple(EventMention(id=f"h:ev{n}", article="h", start=n, end=n + 1, text=w, type="OTHER", lemma=w)
                   for n, w in enumerate(words))
    ctx = FuseContext(config=Config(), resources=None, articles={},  # type: ignore[arg-type]
                      analyses={"h": ArticleAnalysis(article="h", config_hash="x", events=events)})
    base = base_forms(ctx)
    assert base == {"kills": "kill", "fired": "fire", "galas": "gala"}  # nothing the story does not tell
    assert lemma_of(events[0], base) == "kill" and lemma_of(events[0]) == "kills"
    assert lemma_of(events[7], base) == "wanted"


def test_actions_join_what_one_speaker_said_not_every_statement_of_the_story(fuse_texts: Fuser) -> None:
    # "said" is said many times in a story: the word joins two statements only with their speaker (or their place,
    # or close sentences), so the army's statement told by two outlets is one, the hospital's another
    story = fuse_texts(
        ("m1", "Gunmen attacked a police post in Varno on Monday, the Kessian army said.", "2023-03-07"),
        ("m2", "The Kessian army said gunmen had attacked a police post in Varno. A hospital in Oldrim said it had "
               "treated four officers.", "2023-03-07"))
    assert sorted(_of(story, "STATEMENT")) == [["m1", "m2"], ["m2"]]


def test_actions_join_untyped_actions_told_in_sentences_of_one_incident(fuse_texts: Fuser) -> None:
    # the two parties share no participant, place or date, and their sentences differ: what ties them is the
    # shooting both sentences tell, which the events step made one incident
    a = "A former clerk opened fire at the office party on Friday, killing the manager Corin Adley in Harwick."
    b = ("Colleagues who had gathered for the holiday party hid under desks as a gunman shot Corin Adley dead in "
         "Harwick, police said.")
    story = fuse_texts(("p1", a, "2023-03-04"), ("p2", b, "2023-03-05"),
                       at={"p1": _at(a, "opened fire", "party", "killing"), "p2": _at(b, "party", "shot")})
    assert _of(story, "OTHER") == [["p1", "p2"]]
    assert _of(story, "ASSAULT") == [["p1", "p1", "p2"]]


def test_actions_join_an_untyped_action_whose_sentences_name_one_person(fuse_texts: Fuser) -> None:
    # no argument, place or date of the gala in either: the singer both sentences name ties the two galas
    a = "Tickets for the gala sold out within an hour of Mara Tull being named its host. The Orvan Trust runs it."
    b = "The gala, which Mara Tull hosts this year, raises money for a children's hospital run by the Orvan Trust."
    story = fuse_texts(("g1", a, "2023-03-04"), ("g2", b, "2023-03-09"),
                       at={"g1": _at(a, "gala"), "g2": _at(b, "gala")})
    assert _of(story, "OTHER") == [["g1", "g2"]]


def test_actions_an_older_blast_recalled_by_its_word_is_not_the_news_one(fuse_texts: Fuser) -> None:
    later = ("A blast at the railway station in Tolm killed at least 24 people on Saturday. Train services had been "
             "suspended in August after a bridge near Marn was destroyed in a blast carried out by the Kestrel Front.")
    story = fuse_texts(
        ("r1", "A suicide bomber blew himself up at the railway station in Tolm on Saturday, killing at least 20 "
               "people. The Kestrel Front claimed the blast.", "2031-11-09"), ("r2", later, "2031-11-09"))
    news = next(e for e in story.events if any(m.article == "r1" for m in e.mentions) and e.type == "ASSAULT")
    assert any(m.article == "r2" and m.start < 10 for m in news.mentions)
    bridge = later.index("in a blast") + 5
    assert not any(m.article == "r2" and m.start == bridge for m in news.mentions)


def test_actions_vague_expected_talks_are_not_one_meeting(fuse_texts: Fuser) -> None:
    # an expected meeting is known by its date, its place or its people: hopes of talks with none of them in
    # common, told by two articles of one story, are not one planned event
    story = fuse_texts(
        ("h1", "The rebels would talk to the government's new negotiator anywhere, their spokesman Idan Rusk said on "
               "Monday after the Karvel bombing.", "2031-03-10"),
        ("h2", "Talks with the rebels could resume soon, the government's new negotiator said on Tuesday after the "
               "Karvel bombing.", "2031-03-11"))
    talks = [sorted(m.text for m in e.mentions) for e in story.events if e.type == "CONSULT"]
    assert len(talks) == 2, talks


def _info(aid: str, n: int, word: str, type_: str = "OTHER", held: int | None = None) -> Info:
    m = EventMention(id=f"{aid}:ev{n}", article=aid, start=n * 10, end=n * 10 + len(word), text=word, type=type_,
                     lemma=word, sentence_start=n * 10, sentence_end=n * 10 + 9)
    return Info(m=m, place=None, parts=frozenset(), participants=[], stated=None, soft=None, before=None,
                mclass="realis", fragment=False, indefinite=False, story=None, lead=False, held=held)


def test_counted_apart_by_people_held() -> None:
    two, one, again = (summarize(Cluster([_info(a, 1, "arrested", "COERCE", held=h)]), with_vector=False)
                       for a, h in (("a1", 2), ("a2", 1), ("a3", 2)))
    assert _counted_apart(two, one)  # two men held at a checkpoint, one organiser held later: two arrests
    assert not _counted_apart(two, again)
    assert not _counted_apart(two, summarize(Cluster([_info("a4", 1, "arrested", "COERCE")]), with_vector=False))


def test_one_incident_from_document_clusters() -> None:
    docs = {"a1": "a1", "a2": "a1", "b1": "b1"}
    a, b, c = Cluster([_info("a1", 1, "fall")]), Cluster([_info("a2", 1, "fall")]), Cluster([_info("b1", 1, "fall")])
    assert one_incident(a, b, docs) is True
    assert one_incident(a, c, docs) is False
    assert one_incident(a, Cluster([_info("x9", 1, "fall")]), docs) is None  # an article no cluster holds: unknown


def test_typed_homes_untyped_word_joins_the_typed_event_of_its_incident() -> None:
    places = PlaceGraph()
    typed = [Cluster([_info("a1", 1, "fall", "DISASTER"), _info("a1", 2, "slide", "DISASTER")]),
             Cluster([_info("b1", 1, "fall", "DISASTER")])]
    loose = [Cluster([_info("a2", 1, "fall")]), Cluster([_info("b2", 3, "fall")]), Cluster([_info("a2", 5, "sing")])]
    docs = {"a1": "a1", "a2": "a1", "b1": "b1", "b2": "b1"}
    grown, left = typed_homes(typed, loose, docs, places)
    assert [sorted(i.m.article for i in c.infos) for c in grown] == [["a1", "a1", "a2"], ["b1", "b2"]]
    assert [c.infos[0].m.text for c in left] == ["sing"]  # no typed event of its word: it stays on its own


def test_typed_homes_read_an_inflected_headline_word_as_its_lemma() -> None:
    # "Orvani Fired As Coach" (lemma "fired", outside the ontology) and "the club fired Orvani" (a dismissal)
    typed = [Cluster([_info("a1", 1, "fire", "APPOINT")])]
    docs = {"a1": "a1", "a2": "a1"}
    grown, left = typed_homes(typed, [Cluster([_info("a2", 1, "fired")])], docs, PlaceGraph(), base={"fired": "fire"})
    assert [sorted(i.m.article for i in c.infos) for c in grown] == [["a1", "a2"]] and not left
    grown, left = typed_homes(typed, [Cluster([_info("a2", 1, "fired")])], docs, PlaceGraph())
    assert len(left) == 1  # read as it was parsed, the word is another


# two incidents of one kind in one pile: a singer and a footballer who collapsed ("collapsed" is outside the
# ontology: given as a trigger span, as an evaluation with gold mentions gives it)
SINGER = ("Mira Solen collapsed on stage in Harwick on Monday during the last concert of her tour. Fans of Mira "
          "Solen waited outside the Harwick Arena all night for news of the singer.")
SINGER_LATER = ("Doctors at the Harwick Arena clinic said Mira Solen was dehydrated and would rest for a month. The "
                "singer collapsed after two hours on stage, her tour manager said, and the tour is over.")
PLAYER = ("Dane Okoro collapsed on the pitch in Oldrim on Saturday in the second half of the cup final. Oldrim "
          "United fans sang his name as medics treated the striker.")
PLAYER_LATER = ("Oldrim United said Dane Okoro was stable in hospital after the cup final. The striker collapsed "
                "without contact, the club doctor said, and tests will follow.")


def test_actions_untyped_word_joins_inside_one_incidents_articles_only(fuse_texts: Fuser) -> None:
    # the singer's second article names nothing of the first in its sentence (no participant, place, date):
    # the articles telling one incident are what ties the two "collapsed"; the footballer's stay apart
    texts = {"h1": SINGER, "h2": SINGER_LATER, "o1": PLAYER, "o2": PLAYER_LATER}
    story = fuse_texts(*((aid, t, "2023-03-06") for aid, t in texts.items()),
                       at={aid: _at(t, "collapsed") for aid, t in texts.items()})
    assert sorted(_of(story, "OTHER")) == [["h1", "h2"], ["o1", "o2"]]


def test_typed_homes_untyped_word_close_in_meaning_joins_the_typed_event() -> None:
    # "dead" is outside the ontology, "killed" is typed: close words in one incident's articles make one event
    places = PlaceGraph()
    typed = [Cluster([_info("a1", 1, "kill", "ASSAULT")])]
    docs = {"a1": "a1", "a2": "a1"}

    def similar(x: str, y: str) -> float:
        return 1.0 if x == y else (0.8 if {x, y} == {"kill", "dead"} else 0.1)

    def loose() -> list[Cluster]:
        return [Cluster([_info("a2", 1, "dead")]), Cluster([_info("a2", 3, "sing")])]

    grown, left = typed_homes(typed, loose(), docs, places, similar)
    assert [sorted(i.m.text for i in c.infos) for c in grown] == [["dead", "kill"]]
    assert [c.infos[0].m.text for c in left] == ["sing"]
    grown, left = typed_homes(typed, loose(), docs, places)  # without word vectors: the same word only
    assert len(left) == 2


def _killing(aid: str, vec: tuple[float, float], held: int | None = None, n: int = 1) -> Cluster:
    i = _info(aid, n, "killing", "ASSAULT", held=held)
    i.m = dataclasses.replace(i.m, subtype="killing")
    i.vec = np.asarray(vec, dtype=np.float32)
    return Cluster([i])


def test_joinable_recurring_word_needs_less_alike_sentences_inside_one_incident() -> None:
    # sentences at cosine 0.6 (below SAME_SENTENCE, above INCIDENT_SENTENCE), no participant or place in common
    a, b = _killing("k1", (1.0, 0.0)), _killing("k2", (0.6, 0.8))
    assert _joinable(a, b, PlaceGraph(), True, one_doc=True)
    assert not _joinable(a, b, PlaceGraph(), True, one_doc=None)  # one story, nothing known of the incidents
    assert not _joinable(a, b, PlaceGraph(), True, one_doc=False)
    # the same inside one incident, but two men held against one: two arrests, not one told twice
    assert not _joinable(_killing("k1", (1.0, 0.0), held=2), _killing("k2", (0.6, 0.8), held=1), PlaceGraph(), True,
                         one_doc=True)


def _named(aid: str, mclass: str, type_: str = "APPOINT") -> Cluster:
    # one named person in both ("Velt"): the word alone does not tie actions of a kind a story holds many of
    return Cluster([dataclasses.replace(_info(aid, 1, "name", type_), mclass=mclass, parts=frozenset({"velt"}))])


def test_told_as_done_one_announcement_told_as_done_and_as_to_come() -> None:
    # "Velt named to host the gala" read as done, "Velt will be named host" as to come, reported the same day
    done, plan = (summarize(_named(aid, mc), with_vector=False) for aid, mc in (("n1", "realis"), ("n2", "irrealis")))
    same_day = {"n1": dt.date(2031, 3, 24), "n2": dt.date(2031, 3, 24)}
    for days in ({}, same_day, {"n1": dt.date(2031, 3, 23), "n2": dt.date(2031, 3, 24)}):
        x, y = told_as_done(done, plan, days)
        assert x.mclasses == y.mclasses == {"realis"}
    # the deed reported a day after the plan's report is the happening, not the plan told again; a deed reported
    # weeks before a plan is an earlier deed
    for days in ({"n1": dt.date(2031, 3, 25), "n2": dt.date(2031, 3, 24)},
                 {"n1": dt.date(2031, 2, 10), "n2": dt.date(2031, 3, 24)}):
        assert told_as_done(done, plan, days) == (done, plan)
    # a denial is no plan; violence planned is not the violence done (the events step's stops hold)
    denied = summarize(_named("n3", "negated"), with_vector=False)
    assert told_as_done(done, denied, {}) == (done, denied)
    # one article telling both tells two: "his first visit was in November; he is expected again"
    again = summarize(_named("n1", "irrealis"), with_vector=False)
    assert told_as_done(done, again, {}) == (done, again)
    attack, threat = (summarize(_named(a, mc, "ASSAULT"), with_vector=False) for a, mc in (("t1", "realis"),
                                                                                          ("t2", "irrealis")))
    assert told_as_done(attack, threat, {}) == (attack, threat)


def test_joinable_an_action_told_as_done_and_as_to_come_inside_one_incident() -> None:
    done, plan = _named("n1", "realis"), _named("n2", "irrealis")
    days = {"n1": dt.date(2031, 3, 24), "n2": dt.date(2031, 3, 24)}
    assert _joinable(done, plan, PlaceGraph(), True, one_doc=True, days=days)
    assert not _joinable(done, plan, PlaceGraph(), True, one_doc=None, days=days)  # not known to be one incident
    later = {"n1": dt.date(2031, 3, 26), "n2": dt.date(2031, 3, 24)}
    assert not _joinable(done, plan, PlaceGraph(), True, one_doc=True, days=later)


def test_fuse_actions_events_carry_chains_of_all_their_mentions(fuse_texts: Fuser) -> None:
    story = fuse_texts(
        ("c1", "Gunmen shot dead three guards at the Marrow dam on Sunday. Police arrested two men near the dam "
               "hours after the shooting.", "2031-04-06"),
        ("c2", "Three guards were shot dead at the Marrow dam on Sunday, and two suspects were arrested later.",
         "2031-04-07"))
    assert story.events
    for ev in story.events:
        assert sorted(m for chain in ev.chains for m in chain) == sorted(ev.mention_ids)
    words = {ev.id: [sorted({m.text.lower() for m, mid in zip(ev.mentions, ev.mention_ids, strict=True)
                             if mid in chain}) for chain in ev.chains] for ev in story.events}
    arrests = [chain for ws in words.values() for chain in ws if "arrested" in chain]
    assert arrests and all("shot" not in chain for chain in arrests), words


def test_link_reads_a_grown_clusters_articles_anew() -> None:
    # one incident told by two articles of one story; link caches each root's articles, and the cluster that took
    # in the second article's "fall" must then count that article as its own
    from storyline.config import Config
    from storyline.fuse.doc_clusters import STATE_KEY

    ctx = FuseContext(config=Config(), resources=Resources(Config()), articles={}, analyses={},
                      story=Story(stories=[StoryCluster(id="s1", label="Sarn", articles=("a1", "a2"))]),
                      state={STATE_KEY: {"a1": "d1", "a2": "d1"}})
    first, second, again = (_killing(a, v, n=n) for a, v, n in (("a1", (1.0, 0.0), 1), ("a2", (0.6, 0.8), 1),
                                                               ("a2", (0.6, 0.8), 5)))
    joined = link(ctx, [first, second, again], PlaceGraph(), same_article=True)
    assert [sorted(i.m.id for i in c.infos) for c in joined] == [["a1:ev1", "a2:ev1", "a2:ev5"]]
    apart = link(ctx, [first, second, again], PlaceGraph(), same_article=False)
    assert [sorted(i.m.id for i in c.infos) for c in apart] == [["a1:ev1", "a2:ev1"], ["a2:ev5"]]


def test_link_drops_a_roots_summary_once_no_bucket_left_holds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # four words told by two articles of one story, each word its own bucket: a root's summary is asked for
    # within its bucket only, so no more than one bucket's summaries live at once (held to the end, they were
    # the actions step's memory peak on a large store); a cluster told with two words lives on to its last bucket
    import weakref

    from storyline.fuse import actions

    ctx = FuseContext(config=Config(), resources=Resources(Config()), articles={}, analyses={},
                      story=Story(stories=[StoryCluster(id="s1", label="Sarn", articles=("a1", "a2", "a3"))]))
    live: list[int] = [0]
    most: list[int] = [0]

    def counted(c: Cluster, with_vector: bool = True) -> object:
        made = summarize(c, with_vector)
        live[0] += 1
        most[0] = max(most[0], live[0])
        weakref.finalize(made, lambda: live.__setitem__(0, live[0] - 1))
        return made

    monkeypatch.setattr(actions, "summarize", counted)

    def told(aid: str, n: int, word: str) -> Info:  # in alike sentences: one action when nothing parts them
        i = _info(aid, n, word, "ASSAULT")
        i.vec = np.asarray((1.0, 0.0), dtype=np.float32)
        return i

    words = ("ambush", "blockade", "raid", "siege")
    clusters = [Cluster([told(aid, n, word)]) for n, word in enumerate(words) for aid in ("a1", "a3")]
    both = Cluster([told("a2", 8, "ambush"), told("a2", 9, "siege")])
    joined = link(ctx, [*clusters, both], PlaceGraph())
    # the ambush, the siege and the article told with both words are one action; so are the two blockades, the raids
    assert sorted(sorted(i.m.id for i in c.infos) for c in joined) == [
        ["a1:ev0", "a1:ev3", "a2:ev8", "a2:ev9", "a3:ev0", "a3:ev3"], ["a1:ev1", "a3:ev1"], ["a1:ev2", "a3:ev2"]]
    assert most[0] <= 3  # a bucket's roots at most (the first: two ambushes and the cluster of two words)


# one charging told by two outlets in near-copies of one sentence, and a third sentence that uses the word otherwise
WIRE = "Police in Sarn charged the driver of the van with manslaughter on Sunday, a spokesman said."
REWRITE = "On Sunday police in Sarn charged the van's driver with manslaughter, the spokesman said."
ASIDE = "Nobody has been charged over last year's fire at the Valdora depot, the mayor told reporters."


def _told(aid: str, text: str, word: str, type_: str = "OTHER", day: dt.date | None = None) -> Info:
    lead = text.index(". ") + 2 if text.startswith("LEAD") else 0  # the sentence after a lead sentence
    start = text.index(word, lead)
    m = EventMention(id=f"{aid}:{word}", article=aid, start=start, end=start + len(word), text=word, type=type_,
                     lemma=word, sentence_start=lead, sentence_end=len(text))
    return Info(m=m, place=None, parts=frozenset(), participants=[], stated=None, soft=None, before=day,
                mclass="realis", fragment=False, indefinite=False, story=None, lead=False)


def _twins(told: list[tuple[str, str, str, str]], docs: dict[str, str],
           days: dict[str, dt.date] | None = None) -> list[list[str]]:
    articles = {aid: Article(id=aid, text=text) for aid, text, _, _ in told}
    clusters = [Cluster([_told(aid, text, word, type_, (days or {}).get(aid))]) for aid, text, word, type_ in told]
    return sorted(sorted(i.m.article for i in c.infos) for c in twins(clusters, docs, articles, PlaceGraph()))


def test_twins_the_same_word_at_the_same_place_of_alike_sentences_is_one_action() -> None:
    # typed in one copy, left outside the ontology in the other: the copies still tell one charging
    told = [("w1", WIRE, "charged", "ACCUSE"), ("w2", REWRITE, "charged", "OTHER"), ("w3", ASIDE, "charged", "OTHER")]
    assert _twins(told, {"w1": "d1", "w2": "d1", "w3": "d1"}) == [["w1", "w2"], ["w3"]]  # the aside is no copy
    # the copies told after another sentence of each article
    later = [(aid, "LEAD Sarn is quiet. " + text, word, type_) for aid, text, word, type_ in told]
    assert _twins(later, {"w1": "d1", "w2": "d1", "w3": "d1"}) == [["w1", "w2"], ["w3"]]
    # articles of two incidents (document clusters) never join, however alike their sentences
    assert _twins(told, {"w1": "d1", "w2": "d2", "w3": "d1"}) == [["w1"], ["w2"], ["w3"]]


def test_twins_need_the_same_word_at_the_same_place() -> None:
    # an alike sentence whose "charged" stands elsewhere (another word where the wire has it): not a copy of it
    moved = WIRE.replace("charged", "questioned").replace("said.", "said, and charged him later.")
    told = [("w1", WIRE, "charged", "ACCUSE"), ("w2", moved, "charged", "OTHER"), ("w3", REWRITE, "said", "OTHER"),
            ("w4", WIRE, "said", "OTHER")]
    # "said" at one place of both copies joins
    assert _twins(told, dict.fromkeys(["w1", "w2", "w3", "w4"], "d1")) == [["w1"], ["w2"], ["w3", "w4"]]


def test_twins_reported_a_year_apart_are_two_actions() -> None:
    # a yearly launch told as news in last year's words: the reports' days tell the two apart
    told = [("y1", WIRE, "charged", "ACCUSE"), ("y2", REWRITE, "charged", "OTHER")]
    docs = {"y1": "d1", "y2": "d1"}
    assert _twins(told, docs, {"y1": dt.date(2021, 6, 9), "y2": dt.date(2022, 6, 9)}) == [["y1"], ["y2"]]
    assert _twins(told, docs, {"y1": dt.date(2021, 6, 9), "y2": dt.date(2021, 6, 10)}) == [["y1", "y2"]]


def test_twins_join_only_what_the_hard_stops_let_join() -> None:
    # the copy tells the charging as denied ("did not charge"): copies are evidence, never past a stop
    told = [("w1", WIRE, "charged", "ACCUSE"), ("w2", REWRITE, "charged", "ACCUSE")]
    articles = {aid: Article(id=aid, text=text) for aid, text, _, _ in told}
    one, two = (_told(aid, text, word, type_) for aid, text, word, type_ in told)
    two = dataclasses.replace(two, mclass="negated")
    joined = twins([Cluster([one]), Cluster([two])], {"w1": "d1", "w2": "d1"}, articles, PlaceGraph())
    assert len(joined) == 2
    assert len(twins([Cluster([one]), Cluster([dataclasses.replace(two, mclass="realis")])], {"w1": "d1", "w2": "d1"},
                     articles, PlaceGraph())) == 1


def test_twins_read_one_copy_with_the_others_type() -> None:
    # one copy's "charged" read as a court's act, the other's as an accusation: the parse's reading, one charging
    told = [("w1", WIRE, "charged", "ACCUSE"), ("w2", REWRITE, "charged", "JUSTICE")]
    assert _twins(told, {"w1": "d1", "w2": "d1"}) == [["w1", "w2"]]


def test_actions_a_separate_incident_the_article_marks_stays_apart(fuse_texts: Fuser) -> None:
    # the shared word "collapse" and one story would join them; the article says they are two incidents
    story = fuse_texts(
        ("c1", "Nine miners were killed when the Dorvan coal mine collapsed on Thursday. The collapse buried "
               "dozens of trucks. In a separate incident on Thursday, four miners were injured in a roof collapse "
               "at the Pellam coal mine.", "2023-03-03"),
        ("c2", "Rescuers searched the Dorvan coal mine on Friday after its collapse killed nine miners.",
         "2023-03-04"))
    groups = _of(story, "DISASTER")
    assert ["c1"] in groups or any(g.count("c1") == 1 for g in groups if len(g) > 1), groups
    assert len([g for g in groups if "c1" in g]) == 2, groups
