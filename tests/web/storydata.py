"""A small made-up story (fictional names) stored in a real SQLite file, plus an XSS test article.

Built by hand so the API and page tests know exactly what the store holds;
the browser test uses the seeds through the real pipeline instead.
"""

from __future__ import annotations

from pathlib import Path

from storyline.model import (
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    EventMention,
    Mention,
    Participant,
    Quantity,
    Role,
    SourceFamily,
    Span,
    Story,
    StoryCluster,
    TimeValue,
    Timex,
    ValueReport,
)
from storyline.store import open_store

XSS_SCRIPT = "<script>alert('xss')</script>"
XSS_QUOTE = '" onmouseover="alert(1)'
XSS_NAME = f"<b>Mara</b> Lind{XSS_QUOTE}"

A1 = ("Minister Talia Varn said on Tuesday that the Orsk Liberation Front carried out the bombing in Kessel. "
      "The group denied any role, its spokesman Doran Pell told reporters.\n"
      "At least 12 people were killed in the blast at the Kessel market on 3 March 2024.")
A2 = ("A bomb at a market in Kessel killed 14 people, officials said on Wednesday. "
      "Talia Varn, the interior minister of Veltria, blamed the Orsk Liberation Front.")
AX = (f"Reporter {XSS_SCRIPT} wrote that {XSS_NAME} visited Kessel on 4 March 2024. "
      "<img src=x onerror=alert(2)> The envoy said the talks were useful.")


def at(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``sub`` (fails loudly when the fixture text changes)."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(sub, pos + 1)
    return pos, pos + len(sub)


def sp(aid: str, text: str, sub: str, nth: int = 0) -> Span:
    s, e = at(text, sub, nth)
    return Span(aid, s, e, sub)


def mention(aid: str, text: str, sub: str, label: str, entity: str | None, nth: int = 0) -> Mention:
    s, e = at(text, sub, nth)
    return Mention(aid, s, e, sub, label, entity=entity)


def articles() -> list[Article]:
    return [
        Article(id="a1", text=A1, title="Bombing in Kessel: minister blames the Front", outlet="Northern Ledger",
                url="https://ledger.example/a1", published="2024-03-05", published_granularity="day"),
        Article(id="a2", text=A2, title="Kessel market bomb kills 14", outlet="Coastal Wire",
                url="http://wire.example/a2", published="2024-03-06", published_granularity="day"),
        Article(id="xss", text=AX, title=f"{XSS_SCRIPT} Envoy {XSS_QUOTE} visits Kessel", outlet=f"Evil{XSS_QUOTE}",
                url="javascript:alert(3)", published="2024-03-04", published_granularity="day"),
    ]


def _claim(cid: str, aid: str, text: str, whole: str, speaker: str | None, speaker_text: str, cue: str,
           content: str, polarity: str = "assert") -> Claim:
    s, e = at(text, whole)
    return Claim(id=cid, article=aid, start=s, end=e, speaker=speaker, speaker_text=speaker_text, cue=cue,
                 content=content, polarity=polarity)  # type: ignore[arg-type]


def claims() -> list[Claim]:
    return [
        _claim("a1:c1", "a1", A1, "Minister Talia Varn said on Tuesday that the Orsk Liberation Front carried out "
               "the bombing in Kessel", "ent_varn", "Minister Talia Varn", "said",
               "the Orsk Liberation Front carried out the bombing in Kessel"),
        _claim("a1:c2", "a1", A1, "The group denied any role, its spokesman Doran Pell told reporters", "ent_olf",
               "The group", "denied", "any role", "deny"),
        _claim("a2:c1", "a2", A2, "Talia Varn, the interior minister of Veltria, blamed the Orsk Liberation Front",
               "ent_varn", "Talia Varn", "blamed", "the Orsk Liberation Front carried out the bombing"),
        _claim("xss:c1", "xss", AX, f"Reporter {XSS_SCRIPT} wrote", "ent_xss", f"Reporter {XSS_SCRIPT}", "wrote",
               f"{XSS_NAME} visited Kessel {XSS_SCRIPT}"),
    ]


def entities() -> list[Entity]:
    return [
        Entity("ent_varn", "Talia Varn", "PERSON", {"Talia Varn": 2, "Minister Talia Varn": 1},
               (sp("a1", A1, "Talia Varn"), sp("a2", A2, "Talia Varn")),
               roles=(Role("interior minister", "a2", *at(A2, "the interior minister of Veltria"), date="2024-03-06",
                           of="Veltria"),)),
        Entity("ent_olf", "Orsk Liberation Front", "ORG", {"Orsk Liberation Front": 2, "The group": 1},
               (sp("a1", A1, "Orsk Liberation Front"), sp("a2", A2, "Orsk Liberation Front"))),
        Entity("ent_kessel", "Kessel", "GPE", {"Kessel": 4},
               (sp("a1", A1, "Kessel"), sp("a1", A1, "Kessel", 1), sp("a2", A2, "Kessel"), sp("xss", AX, "Kessel"))),
        Entity("ent_pell", "Doran Pell", "PERSON", {"Doran Pell": 1}, (sp("a1", A1, "Doran Pell"),),
               roles=(Role("spokesman", "a1", *at(A1, "its spokesman Doran Pell"), of="ent_olf"),)),  # "of": an id
        Entity("ent_xss", XSS_NAME, "PERSON", {XSS_NAME: 1, f"Reporter {XSS_SCRIPT}": 1},
               (sp("xss", AX, XSS_NAME),)),
    ]


def events() -> list[Event]:
    day = TimeValue("2024-03-03", "3 March 2024", "day", "2024-03-03", "2024-03-03", 0.9, "sentence")
    bombing = Event(
        "ev_bomb", "ASSAULT", subtype="bombing", date=day, location="ent_kessel", location_text="Kessel",
        participants=(Participant("actor", "Orsk Liberation Front", *at(A1, "Orsk Liberation Front"),
                                  entity="ent_olf"),),
        fatalities=Quantity(12, 14, "At least 12"), modality="alleged",
        mentions=(sp("a1", A1, "bombing"), sp("a1", A1, "blast"), sp("a2", A2, "bomb")),
        mention_ids=("a1:ev1", "a1:ev2", "a2:ev1"),
        conflicts={"fatalities": (ValueReport(12, ("a1:ev2",)), ValueReport(14, ("a2:ev1",)))},
        corroboration=Corroboration(2, 2, ("Northern Ledger", "Coastal Wire"), ("fam_a1", "fam_a2"), 2))
    visit = Event(
        "ev_visit", "MEET", subtype="visit",
        date=TimeValue("2024-03-04", "4 March 2024", "day", "2024-03-04", "2024-03-04", 0.9),
        location="ent_kessel", location_text="Kessel",
        participants=(Participant("actor", XSS_NAME, *at(AX, XSS_NAME), entity="ent_xss"),),
        mentions=(sp("xss", AX, "visited"),), mention_ids=("xss:ev1",))
    return [bombing, visit]


def analyses() -> list[ArticleAnalysis]:
    out = []
    for art in articles():
        t = art.text
        ms = [mention(art.id, t, m.text, e.type, None) for e in entities() for m in e.mentions
              if m.article == art.id]
        tx = []
        for sub, value in (("Tuesday", "2024-03-05"), ("3 March 2024", "2024-03-03"), ("Wednesday", "2024-03-06"),
                           ("4 March 2024", "2024-03-04")):
            if sub in t:
                tx.append(Timex(art.id, *at(t, sub), sub, "DATE", value))
        evs = [EventMention(f"{art.id}:ev{k}", art.id, m.start, m.end, m.text, ev.type)
               for ev in events() for k, m in enumerate(ev.mentions, 1) if m.article == art.id]
        sents = tuple((s, s + len(x)) for s, x in _sentences(t))
        out.append(ArticleAnalysis(art.id, "test", sentences=sents, mentions=tuple(ms), timexes=tuple(tx),
                                   events=tuple(evs), claims=tuple(c for c in claims() if c.article == art.id),
                                   dct=art.published))
    return out


def _sentences(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for k, ch in enumerate(text):
        if ch in ".\n" and (k + 1 == len(text) or text[k + 1] in " \n"):
            out.append((start, text[start:k + 1]))
            start = k + 2
    return out


def story() -> Story:
    return Story(
        articles=articles(), entities=entities(), events=events(), claims=claims(),
        claim_links=[ClaimLink("denies", "a1:c2", "a1:c1", 0.8, reason="denial of the same act"),
                     ClaimLink("supports", "a2:c1", "a1:c1", 0.7)],
        stories=[StoryCluster("st_kessel", "Kessel market bombing", ("a1", "a2", "xss"))],
        source_families=[SourceFamily("fam_a1", ("a1",)), SourceFamily("fam_a2", ("a2",))],
        claim_support={"a1:c1": Corroboration(2, 2, ("Northern Ledger", "Coastal Wire"))})


def build_store(path: Path) -> Path:
    """Write the made-up story into a SQLite store at ``path``."""
    store = open_store(path)
    try:
        store.add_articles(articles())
        store.put_analyses(analyses())
        store.save_story(story())
    finally:
        store.close()
    return path
