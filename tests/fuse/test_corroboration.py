"""Tests of corroboration: source families (wire copies, near-duplicates, retellings) and credibility grades."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, corroboration
from storyline.fuse.corroboration import (
    CANDIDATE_OVERLAP,
    Grams,
    _candidates,
    _sentence_count,
    _sentences_of,
    caption_credits,
    corroborate,
    credited_agency,
    gathering_agency,
    lead_opening,
    passage_candidates,
    passage_verdict,
    passages_join,
    picture_agency,
    retold_agency,
    rewrites,
    sampled_grams,
    sentence_text,
    sentence_words,
    shared_passages,
    source_families,
)
from storyline.model import Article, Claim, ClaimLink, Event, Span


def _art(id: str, outlet: str | None, text: str = "Some text.", **kw: object) -> Article:
    return Article(id=id, text=text, outlet=outlet, **kw)  # type: ignore[arg-type]


def _ctx(resources: Resources, articles: list[Article]) -> FuseContext:
    return FuseContext(config=Config(use_embeddings=False), resources=resources,
                       articles={a.id: a for a in articles}, analyses={})


def _event(*articles: str, modality: str = "asserted") -> Event:
    return Event(id="ev1", type="ASSAULT", modality=modality,
                 mentions=tuple(Span(a, 0, 4, "Some") for a in articles))


def _claim(id: str, article: str, **kw: object) -> Claim:
    base: dict[str, object] = {"speaker": None, "speaker_text": "Mayor Ilse Varn", "cue": "said",
                               "content": "the bridge is closed", "speaker_type": "named", "stance": "statement"}
    base.update(kw)
    return Claim(id=id, article=article, start=0, end=4, **base)  # type: ignore[arg-type]


def test_syndicated_copies_count_once(resources: Resources) -> None:
    arts = [_art("a", "Daily Lantern", credit="IANS"), _art("b", "Morning Courier", credit="IANS"),
            _art("c", "The Harbour Post")]
    ctx = _ctx(resources, arts)
    ctx.story.events = [_event("a", "b", "c")]
    corroborate(ctx)
    corr = ctx.story.events[0].corroboration
    assert corr is not None
    assert (corr.articles, corr.independent_sources) == (3, 2)
    assert set(corr.outlets) == {"Daily Lantern", "Morning Courier", "The Harbour Post"}
    assert corr.credibility == 1
    fam = next(f for f in ctx.story.source_families if "a" in f.articles)
    assert fam.articles == ("a", "b") and fam.origin == "IANS"


def test_near_duplicate_counts_once(resources: Resources) -> None:
    arts = [_art("a", "Daily Lantern"), _art("b", "Morning Courier", copy_of="a")]
    ctx = _ctx(resources, arts)
    ctx.story.events = [_event("a", "b")]
    corroborate(ctx)
    corr = ctx.story.events[0].corroboration
    assert corr is not None and (corr.articles, corr.independent_sources) == (2, 1)
    assert corr.credibility == 2  # one identified source


def test_retelling_of_an_agency_report_joins_its_family() -> None:
    text = "According to an ‘AFP’ report, the dam burst on Tuesday. The AFP's request for comment was ignored."
    assert retold_agency(text) == "AFP"
    assert retold_agency("Protesters filled the square, said Sergeant Pell.") is None
    fams = source_families({"a": _art("a", None, text), "b": _art("b", "Eastern Wire", credit="AFP"),
                            "c": _art("c", "The Harbour Post")})
    assert {f.articles for f in fams} == {("a", "b"), ("c",)}
    assert next(f for f in fams if "a" in f.articles).origin == "AFP"


def test_same_outlet_counts_once() -> None:
    fams = source_families({"a": _art("a", "Daily Lantern"), "b": _art("b", "Daily Lantern"),
                            "c": _art("c", None)})
    assert {f.articles for f in fams} == {("a", "b"), ("c",)}


def test_event_grades(resources: Resources) -> None:
    arts = [_art("a", "Daily Lantern"), _art("b", None)]
    ctx = _ctx(resources, arts)
    ctx.story.events = [_event("a", modality="expected"), _event("a", modality="alleged"), _event("b"),
                        _event("a", "b", modality="denied")]
    corroborate(ctx)
    grades = [e.corroboration.credibility for e in ctx.story.events if e.corroboration]
    assert grades == [6, 3, 3, 5]  # future; one alleging source; unknown origin; denied by two


def test_claim_grades(resources: Resources) -> None:
    arts = [_art(x, f"Outlet {x}") for x in "abcde"]
    ctx = _ctx(resources, arts)
    ctx.story.claims = [
        _claim("a1", "a"), _claim("b1", "b"),  # supported by an independent outlet -> 1
        _claim("c1", "c"),  # single named source -> 2
        _claim("c2", "c", speaker_type="anonymous", speaker_text="a source"),  # -> 3
        _claim("c3", "c", stance="promise"),  # -> 6
        _claim("d1", "d", stance="allegation"),  # denied by one -> 4
        _claim("e1", "e", polarity="deny", stance="denial", speaker_text="Governor Oss"),
        _claim("e2", "e", stance="allegation"),  # denied by two independent sources -> 5
        _claim("a2", "a", polarity="deny", stance="denial", speaker_text="Chief Rask"),
        _claim("b2", "b", polarity="deny", stance="denial", speaker_text="Judge Amsel"),
    ]
    ctx.story.claim_links = [ClaimLink("supports", "b1", "a1"), ClaimLink("denies", "e1", "d1"),
                             ClaimLink("denies", "a2", "e2"), ClaimLink("denies", "b2", "e2")]
    corroborate(ctx)
    grade = {k: v.credibility for k, v in ctx.story.claim_support.items()}
    assert [grade[k] for k in ("a1", "b1", "c1", "c2", "c3", "d1", "e2")] == [1, 1, 2, 3, 6, 4, 5]
    support = ctx.story.claim_support["a1"]
    assert (support.articles, support.independent_sources) == (2, 2)
    assert support.note.startswith("confirmed")


def test_source_families_credit_outside_the_lexicon_is_a_wire() -> None:
    # ingest records "–KNX" as a credit; the agency need not be in the lexicon to mark wire copies
    assert credited_agency("KNX") == "KNX"
    assert credited_agency("Agencies") is None
    fams = source_families({"a": _art("a", "Daily Lantern", credit="KNX"), "b": _art("b", "Harbour Post", credit="KNX"),
                            "c": _art("c", "Evening Star")})
    assert {f.articles for f in fams} == {("a", "b"), ("c",)}
    assert next(f for f in fams if "a" in f.articles).origin == "KNX"


def test_source_families_named_agency_retelling_joins_the_wire() -> None:
    text = "The Karnish News Agency (KNX) reported that the ferry sank near the harbour on Friday."
    assert retold_agency(text) == "KNX"
    assert retold_agency("The Karnish News Agency (KNX) building was closed on Friday.") is None
    # one naming is a citation: the article joins the agency's copy by the text it shares with it, not by the name
    story = (" The ferry left the eastern quay shortly after dawn with a full load of timber and forty"
             " passengers, and turned back an hour later when the wind rose over the outer banks of the bay.")
    fams = source_families({"a": _art("a", "Evening Star", text + story),
                            "b": _art("b", "Harbour Post", "Ferry lost." + story, credit="KNX")})
    assert {f.articles for f in fams} == {("a", "b")}
    fams = source_families({"a": _art("a", "Evening Star", text), "b": _art("b", "Harbour Post", credit="KNX")})
    assert {f.articles for f in fams} == {("a",), ("b",)}  # negative: a citation alone


def test_source_families_credited_agency_named_in_another_article_is_a_retelling() -> None:
    told = "KNX said the ferry sank on Friday. The harbour master told KNX that the crew had been warned."
    fams = source_families({"a": _art("a", "Evening Star", told),
                            "b": _art("b", "Harbour Post", credit="KNX"), "c": _art("c", "Daily Lantern")})
    assert {f.articles for f in fams} == {("a", "b"), ("c",)}
    # negative: the agency named once, in an outlet's own report, is cited, not retold
    fams = source_families({"a": _art("a", "Evening Star", "KNX said the ferry sank on Friday."),
                            "b": _art("b", "Harbour Post", credit="KNX"), "c": _art("c", "Daily Lantern")})
    assert {f.articles for f in fams} == {("a",), ("b",), ("c",)}


def test_source_families_copies_whose_wire_shows_only_in_the_text_are_one_family() -> None:
    # one wire story run by two outlets without a credit, each naming the agency once ("told AFP", "AFP journalists
    # saw"), each with its own lines around it, one spelling the minister's name another way
    body = ("{m} arrived at the flooded district on Tuesday and walked along the levee with the mayor, where {m}"
            " said the water had risen by almost a metre overnight.")
    own_a = (" Schools in the lower town stayed shut for a third day. The regional council has asked for army trucks,"
             " blankets and drinking water, and expects the river to crest again before the weekend. Two bridges on the"
             " coast road were closed to lorries after engineers found cracks in their piers. A field hospital opened"
             " in the sports hall on Monday night.")
    own_b = (" Shops along the market street were sandbagged by volunteers. Forecasters warned of more heavy rain in"
             " the hills upstream, where the reservoir has been releasing water since Sunday afternoon. The railway"
             " company ran buses between the two stations that the water had reached overnight. Volunteers from the"
             " parish handed out hot meals at the church.")
    a = body.format(m="Minister Tae-won Kim") + own_a + " A farmer told AFP he had lost his whole harvest."
    b = "AFP journalists saw boats ferrying families out. " + body.format(m="Minister Kim Taewon") + own_b
    c = ("Minister Kim Tae-won visited the flooded district on Tuesday. Officials said two villages were cut off,"
         " AFP reported.")  # an outlet's own short report citing the agency once
    fams = source_families({"a": _art("a", "Evening Star", a), "b": _art("b", "Harbour Post", b),
                            "c": _art("c", "Daily Lantern", c)})
    assert {f.articles for f in fams} == {("a", "b"), ("c",)}
    assert next(f for f in fams if "a" in f.articles).origin == "AFP"
    # negative: the same texts with no agency named are below the bar of shared passages (the names break them)
    plain = source_families({"a": _art("a", "Evening Star", body.format(m="Minister Tae-won Kim") + own_a),
                             "b": _art("b", "Harbour Post", body.format(m="Minister Kim Taewon") + own_b)})
    assert {f.articles for f in plain} == {("a",), ("b",)}
    # the same two copies beside an article credited to the agency (another of its stories): one wire, one family;
    # an outlet's own report that cites the agency once stays apart
    d = _art("d", "Morning Ledger", "The ferry service resumed on the northern crossing after the storm.", credit="AFP")
    fams = source_families({"a": _art("a", "Evening Star", a), "b": _art("b", "Harbour Post", b),
                            "c": _art("c", "Daily Lantern", c), "d": d})
    assert {f.articles for f in fams} == {("a", "b", "d"), ("c",)}
    # negative: two articles of one outlet sharing the agency's passages are that outlet's family, which the wire's
    # credited copies do not join
    e = _art("e", "Evening Star", "The harbour master said the ferry timetable would return to normal on Monday.")
    fams = source_families({"a": _art("a", "Evening Star", a), "b": _art("b", "Evening Star", b), "e": e, "d": d})
    assert {f.articles for f in fams} == {("a", "b", "e"), ("d",)}
    # negative: credited to another agency, it stays apart
    fams = source_families({"a": _art("a", "Evening Star", a), "b": _art("b", "Harbour Post", b),
                            "d": dataclasses.replace(d, credit="KNX")})
    assert {f.articles for f in fams} == {("a", "b"), ("d",)}


def test_source_families_outlet_wire_copy_does_not_join_its_own_reporting() -> None:
    # the Post reprints a wire story and also reports on its own: its own report stays independent of the wire
    fams = source_families({"a": _art("a", "Harbour Post", credit="AFP"), "b": _art("b", "Harbour Post"),
                            "c": _art("c", "Evening Star", credit="AFP"), "d": _art("d", "Harbour Post")})
    assert {f.articles for f in fams} == {("a", "c"), ("b", "d")}


def test_source_families_photo_credit_and_citation_are_not_wire_copies() -> None:
    # two outlets' own reports: one with an agency photo, one citing the agency once in passing
    caption = ("The council voted on Monday to close the pier.\n\nThe old ferry pier in Port Ammerin on Sunday.(AP)\n\n"
               "Islanders said they would protest.")
    cited = ("The council voted on Monday to close the pier.\n\nThe pier carried 400 passengers a day, AP reported. "
             "Islanders said they would protest.")
    assert retold_agency(caption) is None and retold_agency(cited) is None
    fams = source_families({"a": _art("a", "Harbour Post", caption), "b": _art("b", "Evening Star", cited),
                            "c": _art("c", "Morning Courier", credit="AP")})
    assert {f.articles for f in fams} == {("a",), ("b",), ("c",)}
    assert caption_credits(caption)[0][0] == "AP"
    assert picture_agency("Rescuers at the quay [File: Ana Vell/AP Photo]\nThe toll rose.") == "AP"
    assert picture_agency("Crowds at the hall. Ana Vell/SOPA Images via ZUMA Press Wire/dpa\nMore text.") == "dpa"
    assert picture_agency("Crowds at the hall. © ANA VELL / AFP\nMore text.") == "AFP"


def test_source_families_agency_named_only_as_the_gatherer_joins_its_credited_copies() -> None:
    # "told AFP" once, no credit, no other channel: the agency's own story run uncredited joins its credited copy
    told = ("Water reached the second floor of the school in Lesk overnight as the river broke its banks.\n\n"
            "Engineers closed the bridge. \"We lost everything,\" a farmer told AFP.")
    assert gathering_agency(told) == "AFP"
    wire = _art("w", None, "The ferry service resumed on the northern crossing.", credit="AFP")
    fams = source_families({"a": _art("a", None, told), "w": wire})
    assert {f.articles for f in fams} == {("a", "w")}
    # negative: the same quote in a text that also cites the agency ("according to AFP") or names another channel
    # is an outlet's own report quoting the agency's material; no credited copy: nothing to join
    cited = told + " The toll rose to 12, according to AFP."
    other = told + " The mayor told Reuters the town would rebuild."
    assert gathering_agency(cited) is None and gathering_agency(other) is None
    for text in (cited, other):
        assert {f.articles for f in source_families({"a": _art("a", None, text), "w": wire})} == {("a",), ("w",)}
    assert {f.articles for f in source_families({"a": _art("a", None, told), "c": _art("c", None, credit="AP")})} \
        == {("a",), ("c",)}


def test_source_families_retelling_by_weight_of_the_agency_in_the_text() -> None:
    lead = "The ferry sank near the harbour on Friday, AFP reported.\n\nRescuers searched the bay."
    asked = ("The ferry sank near the harbour on Friday.\n\nThe company did not respond to AFP's request for comment.")
    gathered = ("The ferry sank near the harbour on Friday.\n\nA survivor told AFP the boat listed before dawn. "
                "Police later confirmed eleven dead, AFP reported.")
    cites = ("The ferry sank near the harbour on Friday.\n\nEleven died, according to Reuters. The company said "
             "the boat was inspected in May, according to Reuters.")
    assert [retold_agency(t) for t in (lead, asked, gathered, cites)] == ["AFP", "AFP", None, None]
    assert retold_agency(gathered + " The captain told AFP he had warned the owners.") == "AFP"


def test_source_families_aggregator_splits_by_the_agency_of_its_pictures() -> None:
    dpa = "A vigil in the square. Ana Vell/SOPA Images via ZUMA Press Wire/dpa\n\nThe toll rose to 40."
    ap = "Rescuers at the quay. (AP Photo/Ivo Marr)\n\nThe toll rose to 41."
    own = "The toll rose to 42, officials said."
    fams = source_families({"a": _art("a", "Portal News", dpa), "b": _art("b", "Portal News", dpa),
                            "c": _art("c", "Portal News", ap), "d": _art("d", "Portal News", own),
                            "e": _art("e", "Daily Lantern", ap), "f": _art("f", "Daily Lantern", ap)})
    assert {f.articles for f in fams} == {("a", "b"), ("c",), ("d",), ("e", "f")}
    assert "pictures credited to dpa" in next(f for f in fams if "a" in f.articles).reason
    # one outlet whose pictures all come from one agency is one newsroom, and no wire copy of it
    assert next(f for f in fams if "e" in f.articles).origin is None


def test_source_families_pictures_read_from_captions_cleaning_took_out() -> None:
    caption = ("Rescuers at the quay [File: Ivo Marr/AP Photo]",)
    fams = source_families({"a": _art("a", "Portal News", "The toll rose to 40.", removed=caption),
                            "b": _art("b", "Portal News", "The toll rose to 41.", removed=caption),
                            "c": _art("c", "Portal News", "The toll rose to 42.",
                                      removed=("A vigil. Ana Vell/SOPA Images via ZUMA Press Wire/dpa",))})
    assert {f.articles for f in fams} == {("a", "b"), ("c",)}


def test_source_families_relayed_credit_is_the_worldwide_agency() -> None:
    assert credited_agency("BSS, AFP") == "AFP"
    assert credited_agency("dpa, NAN") == "dpa"
    assert credited_agency("DPA") == "dpa"
    fams = source_families({"a": _art("a", "Dhaka Daily", credit="BSS, AFP"), "b": _art("b", "Harbour Post",
                                                                                       credit="AFP")})
    assert {f.articles for f in fams} == {("a", "b")}


# A relief agency's briefing, and a rewrite of it that tells each sentence again in other words, in order.
_BRIEFING = (
    "Floodwater from the broken Ammer dam reached the lower town of Port Varn before dawn on Tuesday. "
    "Rescue teams from the Red Lantern Society recovered forty bodies from collapsed houses near the river. "
    "The society said its volunteers had distributed blankets, water and food parcels to two thousand families. "
    "Hospitals in Port Varn reported shortages of antibiotics and surgical supplies after the flood. "
    "The society appealed for five million crowns to fund shelters and clean water for the coming month. "
    "Its director warned that contaminated wells could spread disease among the displaced families.")
_REWRITE = (
    "Before dawn on Tuesday, floodwater from the Ammer dam, which had broken, reached Port Varn's lower town. "
    "Forty bodies were recovered by Red Lantern Society rescue teams from houses that collapsed near the river. "
    "Volunteers of the society distributed food parcels, water and blankets to two thousand families, it said. "
    "After the flood, Port Varn hospitals reported a shortage of surgical supplies and antibiotics. "
    "An appeal for five million crowns was launched by the society to fund clean water and shelters for a month. "
    "Contaminated wells could spread disease among displaced families, its director warned.")
# An independent report of the same flood: the same facts, names and a shared quote, told in its own order.
_OWN_REPORT = (
    "The director of the Red Lantern Society warned that contaminated wells could spread disease among the "
    "displaced families. "
    "Residents of Port Varn blamed the regional water board, which had postponed repairs to the Ammer dam twice. "
    "Hospitals reported shortages of antibiotics, a doctor at the central clinic said on Wednesday. "
    "The society has asked for five million crowns, and the government promised an inquiry into the dam. "
    "Floodwater reached the lower town before dawn on Tuesday, destroying the market and the old bridge. "
    "Rescue teams recovered forty bodies from collapsed houses, according to the mayor's office.")


def test_rewrites_sentence_by_sentence_retelling_is_one_source() -> None:
    arts = {"a": _art("a", "Red Lantern Society", _BRIEFING), "b": _art("b", "Valley Relief News", _REWRITE),
            "c": _art("c", "Harbour Post", _OWN_REPORT)}
    found = rewrites(arts)
    assert [(a, b) for a, b, _ in found] == [("a", "b")] and "6 of 6 sentences" in found[0][2]
    fams = {f.articles: f.reason for f in source_families(arts)}
    assert set(fams) == {("a", "b"), ("c",)}
    assert fams[("a", "b")] == "rewrite: 6 of 6 sentences told again in order"  # not each one's own outlet


def test_rewrites_not_for_reports_sharing_facts_in_their_own_order() -> None:
    arts = {"a": _art("a", "Red Lantern Society", _BRIEFING), "c": _art("c", "Harbour Post", _OWN_REPORT)}
    assert rewrites(arts) == []
    # a short text cannot be told "again" by chance agreement on a few sentences
    short = " ".join(_BRIEFING.split(". ")[:3]) + "."
    assert rewrites({"a": _art("a", "X", short), "b": _art("b", "Y", _REWRITE)}) == []


def test_rewrites_known_sentence_words_are_read_instead_of_the_text_and_the_rest_are_added() -> None:
    arts = {"a": _art("a", "Red Lantern Society", _BRIEFING), "b": _art("b", "Valley Relief News", _REWRITE),
            "c": _art("c", "Harbour Post", _OWN_REPORT)}
    known: dict[str, str] = {}
    assert [(a, b) for a, b, _ in rewrites(arts, known=known)] == [("a", "b")]
    assert known == {aid: sentence_text(art) for aid, art in arts.items()}  # every article's, for the next run
    # what is known stands for the text: c, known by a's words, now tells a (and so b) again
    assert [(a, b) for a, b, _ in rewrites(arts, known={"c": known["a"]})] == [("a", "b"), ("a", "c"), ("b", "c")]


def test_sentence_text_keeps_each_sentence_s_words() -> None:
    art = _art("a", "X", _BRIEFING + "\n\nShort line.")
    text = sentence_text(art)
    assert [frozenset(line.split()) for line in text.split("\n")] == sentence_words(art)
    assert sentence_text(_art("e", "X", "Hi.")) == ""


def test_rewrites_sentence_counts_read_from_the_kept_text_without_splitting_sentences() -> None:
    text = sentence_text(_art("a", "X", _BRIEFING + "\n\nShort line."))
    assert _sentence_count(text) == len(_sentences_of(text)) == 6 and _sentence_count("") == 0 == len(_sentences_of(""))


def _candidate_pairs_by_definition(texts: dict[str, str]) -> list[tuple[str, str]]:
    words = {aid: frozenset(t.split()) for aid, t in texts.items() if t.split()}
    df = Counter(w for ws in words.values() for w in ws)
    telling = {aid: {w for w in ws if df[w] <= corroboration.CANDIDATE_MAX_DF} for aid, ws in words.items()}
    return [(a, b) for a in sorted(words) for b in sorted(words) if a < b and telling[a] and telling[b]
            and len(telling[a] & telling[b]) >= CANDIDATE_OVERLAP * min(len(telling[a]), len(telling[b]))]


def test_rewrite_candidates_by_word_hashes_are_those_of_the_definition(monkeypatch: pytest.MonkeyPatch) -> None:
    """Candidate pairs found through numpy's ranks of the words' hashes (and, on a hash shared by two words,
    through words numbered by name) are the pairs the definition gives: a word counted once per article, the
    words of more than CANDIDATE_MAX_DF articles left out."""
    texts = {"d": "amber quay ferry\nferry quay amber lantern", "a": "amber quay ferry lantern\nsalt",
             "c": "amber salt\nglass tower", "b": "glass tower lantern\nglass", "e": " ", "f": "ferry"}
    monkeypatch.setattr(corroboration, "CANDIDATE_MAX_DF", 2)  # "amber", "ferry", "lantern" (3 each) tell nothing
    expected = _candidate_pairs_by_definition(texts)
    assert expected == [("a", "c"), ("a", "d"), ("b", "c")]
    assert _candidates(texts) == expected
    # the pairs of some articles only (those long enough for a rewrite); every text still counts for the frequencies
    assert _candidates(texts, among={"a", "c", "d"}) == [("a", "c"), ("a", "d")]
    monkeypatch.setattr(corroboration, "_word_cells", lambda _texts: None)
    assert _candidates(texts) == expected


def test_rewrites_shortest_rewrite_is_still_compared() -> None:
    # the pairs whose shorter text has too few sentences are dropped before comparing: five are enough
    def first(text: str, n: int) -> str:
        return ". ".join(text.split(". ")[:n]) + "."
    five = {"a": _art("a", "X", first(_BRIEFING, 5)), "b": _art("b", "Y", first(_REWRITE, 5))}
    assert [(a, b) for a, b, _ in rewrites(five)] == [("a", "b")]
    four = {"a": _art("a", "X", first(_BRIEFING, 4)), "b": _art("b", "Y", _REWRITE)}
    assert rewrites(four) == []


# --------------------------------------------------------------------------- shared passages

_WIRE_PARAGRAPHS = (
    "The ferry carrying about two hundred passengers capsized near the harbour of Lesk on Sunday evening, "
    "and divers were still searching the hull for survivors late into the night.\n\n"
    "The vessel had left the island of Tolvar in the afternoon and was due in Lesk before dark, according "
    "to a timetable posted at the port office beside the old customs house.\n\n")


def test_two_versions_of_one_story_share_passages_and_are_one_family() -> None:
    # an early and an updated version of one wire text: new leads, the same paragraphs word for word
    early = _art("a1", "Sarn Daily", "Eleven people died when a ferry sank off Lesk.\n\n" + _WIRE_PARAGRAPHS)
    late = _art("a2", "Orvani Post", "The toll from a ferry disaster off Lesk rose to 30 on Monday, the navy said.\n\n"
                + _WIRE_PARAGRAPHS + "Relatives gathered at the port through the night waiting for news.")
    fams = source_families({a.id: a for a in (early, late)})
    assert [f.articles for f in fams] == [("a1", "a2")]
    assert "shared passages" in fams[0].reason


def test_a_short_edited_copy_shares_a_third_of_its_text_and_joins() -> None:
    # a brief cut to two sentences and edited: 22 words of the wire's first paragraph word for word
    wire = _art("w", "Sarn Daily", "LESK — " + _WIRE_PARAGRAPHS + "Relatives gathered at the port through the night.")
    brief = _art("b", "Orvani Post", "A passenger ferry capsized near the harbour of Lesk on Sunday evening, and "
                 "divers were still searching the hull for survivors late into the night, the port office said. "
                 "It was not clear how many people were aboard.")
    fams = source_families({x.id: x for x in (wire, brief)})
    assert [f.articles for f in fams] == [("b", "w")]
    assert "of the shorter text" in fams[0].reason


def test_shared_passages_holding_few_texts_words_keeps_both_texts_of_a_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    # three versions of one wire text: three candidate pairs; the words of one text at a time are held, and each
    # pair is still counted on both texts (the oldest text read went even when it was the pair's first one)
    arts = {x.id: x for x in (_art("a1", "Sarn Daily", "Eleven people died off Lesk.\n\n" + _WIRE_PARAGRAPHS),
                              _art("a2", "Orvani Post", "The toll rose to 30 on Monday.\n\n" + _WIRE_PARAGRAPHS),
                              _art("a3", "Harbour Post", "Divers searched the hull.\n\n" + _WIRE_PARAGRAPHS))}
    found = shared_passages(arts)
    monkeypatch.setattr(corroboration, "_WORDS_HELD", 1)
    assert shared_passages(arts) == found and [(a, b) for a, b, _ in found] == [("a1", "a2"), ("a1", "a3"),
                                                                                 ("a2", "a3")]


def test_shared_passages_kept_grams_and_verdicts_stand_for_the_texts_and_the_rest_are_added() -> None:
    early = _art("a1", "Sarn Daily", "Eleven people died when a ferry sank off Lesk.\n\n" + _WIRE_PARAGRAPHS)
    late = _art("a2", "Orvani Post", "The toll rose to 30 on Monday.\n\n" + _WIRE_PARAGRAPHS)
    other = _art("a3", "Harbour Post", "Rescue boats returned empty at dawn.")  # fewer than 8 words
    arts = {x.id: x for x in (early, late, other)}
    grams: dict[str, Grams] = {}
    verdicts: dict[tuple[str, str], str] = {}
    found = shared_passages(arts, grams, verdicts)
    assert [(a, b) for a, b, _ in found] == [("a1", "a2")]
    # every text's grams and every candidate pair's verdict, for the next run
    assert {k: g.tolist() for k, g in grams.items()} == {aid: list(sampled_grams(x.text)) for aid, x in arts.items()}
    assert all(g.dtype == np.uint32 for g in grams.values()) and grams["a3"].size == 0
    assert verdicts == {("a1", "a2"): found[0][2]} == {("a1", "a2"): passage_verdict(early.text, late.text)}
    # what is kept stands for the texts: a kept "not copies" verdict is not counted again
    assert shared_passages(arts, dict(grams), {("a1", "a2"): ""}) == []
    # kept grams are read: a3's text holds no 8-gram, its kept ones make it a candidate (judged by the texts)
    more = dict(verdicts)
    assert shared_passages(arts, {**grams, "a3": grams["a1"]}, more) == found
    assert more == {**verdicts, ("a1", "a3"): "", ("a2", "a3"): ""}


def test_passage_candidates_share_two_sampled_grams_held_by_few_articles() -> None:
    assert passage_candidates({"b": (5, 7, 9), "a": (1, 5, 7), "c": (7, 9), "d": ()}) == [("a", "b"), ("b", "c")]
    common = {f"x{i:03}": (1, 2) for i in range(201)}  # in more articles than a story's text: page furniture
    assert passage_candidates(common) == [] and passage_candidates({"a": (1, 2)}) == []
    assert len(passage_candidates(dict(list(common.items())[:200]))) == 200 * 199 // 2


def test_passages_join_needs_thirty_words_or_a_third_of_a_short_text() -> None:
    assert passages_join(30, 500) and passages_join(20, 60)
    assert not passages_join(25, 300)  # a paragraph two long reports share
    assert not passages_join(19, 40)  # too little to tell, however short the text


def test_shared_quotations_do_not_join_independent_reports() -> None:
    quote = ("“We saw the ship lean to one side and then it was gone, there was nothing anybody on the pier "
             "could do for the people who were still inside the cabins below the deck,” ")
    a = _art("a1", "Sarn Daily", "A ferry sank off Lesk on Sunday. " + quote + "said a fisherman, Orvo Tamm.")
    b = _art("a2", "Orvani Post", "Rescuers searched the sea near Lesk after a ferry went down. " + quote
             + "Orvo Tamm told reporters at the harbour.")
    assert len(source_families({x.id: x for x in (a, b)})) == 2


def test_a_copy_shares_passages_but_stays_out_of_its_outlet_family() -> None:
    # the outlet's gallery page carries the wire text; its own report tells the story in its own words
    wire = _art("w", "Valdora Today", "A ferry sank off Lesk.\n\n" + _WIRE_PARAGRAPHS)
    gallery = _art("g", "Karvosh Times", "In pictures: the ferry disaster.\n\n" + _WIRE_PARAGRAPHS)
    own = _art("o", "Karvosh Times", "Our correspondent in Lesk watched the rescue boats return empty at dawn.")
    fams = {f.articles for f in source_families({x.id: x for x in (wire, gallery, own)})}
    assert fams == {("g", "w"), ("o",)}


def test_passages_do_not_join_two_agencies_stories() -> None:
    # a compilation credited to one agency shares a paragraph with another agency's copy: still two families
    a = _art("a1", "Sarn Daily", "A ferry sank off Lesk.\n\n" + _WIRE_PARAGRAPHS, credit="VNA")
    b = _art("a2", "Orvani Post", "A ferry went down near Lesk.\n\n" + _WIRE_PARAGRAPHS, credit="EPS")
    assert len(source_families({x.id: x for x in (a, b)})) == 2


def test_source_families_outlet_that_a_credit_shortens_is_the_wire() -> None:
    # the wire's own site ("Harbour Point News") and another outlet's copy credited by its letters ("(HPN)")
    fams = source_families({"a": _art("a", "Harbour Point News/Radio Lesk"),
                            "b": _art("b", "Daily Lantern", credit="HPN/RL"),
                            "c": _art("c", "Evening Star"), "d": _art("d", "Harbour Post")})
    assert {f.articles for f in fams} == {("a", "b"), ("c",), ("d",)}
    assert next(f for f in fams if "a" in f.articles).origin == "HPN/RL"
    # a one-word outlet or letters of two shorten no name
    fams = source_families({"a": _art("a", "Lantern"), "b": _art("b", "Evening Star", credit="ES"),
                            "c": _art("c", "Daily Lantern", credit="L")})
    assert all(len(f.articles) == 1 for f in fams)


def test_source_families_two_versions_of_one_story_that_open_with_the_same_words_are_one_family() -> None:
    # an early and a later version of one wire story in two outlets: the same first dozen words, the rest cut,
    # updated or rewritten (no passage of 20 words in common)
    a = ("RIVERTON, Ost. (XNA) -- Villagers fleeing the flooded valley crowded into school halls across the "
         "province for a third night on Tuesday, as the river kept rising.\nThe army sent boats to Lower Marsk.")
    b = ("Villagers fleeing the flooded valley crowded into school halls across the province in some towns "
         "on Tuesday, even as others went home to mud.\nShops in Tarn reopened after the water fell.")
    c = "Boats reached Lower Marsk on Tuesday, where villagers had fled the flooded valley for school halls."
    assert lead_opening(a) == lead_opening(b) is not None
    day = {"published": "2031-03-04"}
    fams = source_families({"a": _art("a", "Evening Star", a, **day), "b": _art("b", "Harbour Post", b,
                                                                                 published="2031-03-05"),
                            "c": _art("c", "Daily Lantern", c, **day)})
    assert {f.articles for f in fams} == {("a", "b"), ("c",)}
    # days apart, the same opening is a formula that opens another story ("The death toll from ...")
    later = source_families({"a": _art("a", "Evening Star", a, **day),
                             "b": _art("b", "Harbour Post", b, published="2031-03-07")})
    assert {f.articles for f in later} == {("a",), ("b",)}
    # not: a short first line (a caption's words), a quotation, a formula many articles open with
    assert lead_opening("Rescuers at the quay. (XNA Photo/Ivo Marr)\nVillagers fleeing the flooded valley ...") is None
    assert lead_opening('"We have lost everything in the flooded valley this week," said a farmer in Tarn.') is None
    formula = "Traders across the region sold shares in banks and miners on weak factory figures, as of "
    many = {k: _art(k, f"Outlet {k}", formula + f"{k} o'clock.\nStory {k}.", **day) for k in "abcdefgh"}
    assert all(len(f.articles) == 1 for f in source_families(many))
    assert len(source_families(dict(list(many.items())[:2]))) == 1  # in two outlets only: one story's lead
