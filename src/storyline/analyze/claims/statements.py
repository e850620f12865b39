"""The "claims" component: who says what, with stance, hedges, channel, targets and event.

Runs after names/coref/time/events and uses what they left in the state:
mentions with coreference chains resolve speakers (pronouns included), event
mentions overlapping a claim's content give the event it is about, and the
time component (when present) dates the claim. Finding the attributions is
:mod:`storyline.analyze.claims.attribution`; the lexicon is :mod:`storyline.analyze.claims.cues`.

One sentence can yield two claims with opposite polarity: "X alleges P, a
claim denied by Y" gives X asserting P and Y denying P, both with P's span as
content; fusion links the denial to the allegation.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from storyline.analyze.claims.attribution import Found, find_attributions, trim
from storyline.analyze.claims.cues import HEDGES, VEHICLE_NOUNS, channel_of, words
from storyline.analyze.claims.quotes import find_quotes, quotes_within
from storyline.analyze.claims.responsibility import ACT_TYPES, PARTY_LABELS, Reading, read_content
from storyline.analyze.claims.speakers import (
    MentionIndex,
    Speaker,
    body_told_before,
    document_issuer,
    named_next,
    outside_content,
    participant_named_before,
    recent_body,
    recent_speaker,
    resolve_speaker,
    said_in,
    same_unnamed,
    titled_before,
    titled_person,
    unnamed_goes_on,
    unnamed_voice,
)
from storyline.analyze.doctext import doc_text
from storyline.analyze.pipeline import AnalysisState, Component, component
from storyline.analyze.time.timexes import best_time
from storyline.lexicons.speech import FILING_NOUNS
from storyline.model import Claim, EventMention, Mention, Polarity, Span, TimeValue

log = logging.getLogger(__name__)

#: cues that answer something said before ("insisted that the country is not ...")
REBUTTAL_CUES = words("insist maintain counter retort respond reply rebut")


def _hedged(f: Found, text: str) -> bool:
    if f.cue.weak:
        return True
    start = min(f.cue_start, f.content[0]) if f.content else f.cue_start
    end = max(f.cue_end, f.content[1]) if f.content else f.cue_end
    words = {w.strip(".,;:!?\"“”'’").lower() for w in text[start:end].split()}
    return bool(words & HEDGES)


def _channel(f: Found, text: str) -> str | None:
    """A channel named in the sentence outside the content ("he said on Twitter"), else the vehicle's."""
    s, e = f.sentence.start_char, f.sentence.end_char
    outside = text[s:e]
    if f.content is not None:
        outside = text[s:min(e, f.content[0])] + " " + text[max(s, f.content[1]):e]
    return channel_of(outside) or f.channel


def _targets(mentions: MentionIndex, start: int, end: int) -> tuple[str, ...]:
    """Chains (or texts) of the entity mentions inside the content span."""
    out: list[str] = []
    for m in mentions.inside(start, end):
        if m.kind != "pronoun":
            key = m.chain or m.text
            if key not in out:
                out.append(key)
    return tuple(out)


#: modalities of an event that is no act anyone did ("would not attack", "plans to attack")
_NOT_AN_ACT = frozenset({"negated", "hypothetical", "expected", "planned"})


class _Article:
    """What claims look up in an article, indexed once: mentions, event triggers, timexes by sentence."""

    def __init__(self, state: AnalysisState) -> None:
        self.state = state
        self.text = doc_text(state.doc)
        self.mentions = MentionIndex(state.mentions)
        # the title the names step found right before a person's name, by the name's start
        self.titles = {t["start"]: tuple(t["title"].lower().split()) for t in state.extras.get("titles", [])}
        self.events: list[EventMention] = sorted(state.events, key=lambda e: (e.start, e.end))
        self.event_starts = [e.start for e in self.events]
        self.timexes = sorted(state.timexes, key=lambda t: t.start)
        self.timex_starts = [t.start for t in self.timexes]
        self.acts = frozenset(self._act_tokens())
        self.named_acts = frozenset(self._named_act_tokens())
        self.quotes = find_quotes(self.text)

    def _act_tokens(self) -> list[int]:
        """Token indices of the triggers of acts (attacks, bombings, kidnappings ...)."""
        out = []
        for e in self.events:
            if e.type in ACT_TYPES:
                span = self.state.doc.char_span(e.start, e.end, alignment_mode="expand")
                out += [t.i for t in span] if span is not None else []
        return out

    def _named_act_tokens(self) -> list[int]:
        """Token indices of act nouns whose mention has a named party as its actor ("a Norvik airstrike",
        "Velmora's shelling of the town"): who did the act, as the events component read it. Not verbs: their
        actor is their subject, which a headline's "Leader X assassinated" makes the victim."""
        out = []
        for e in self.events:
            named = any(p.role == "actor" and self._names_party(p.start, p.end) for p in e.participants)
            if e.type not in ACT_TYPES or e.determiner is None or not named:
                continue
            span = self.state.doc.char_span(e.start, e.end, alignment_mode="expand")
            out += [t.i for t in span] if span is not None else []
        return out

    def _names_party(self, start: int, end: int) -> bool:
        return any(m.label in PARTY_LABELS and m.kind != "pronoun" for m in self.mentions.overlapping(start, end))

    def act_event(self, start: int, end: int) -> str | None:
        """The first act (an event of a type someone can carry out) with its trigger in ``start:end``; an act
        told as not done or to come ("denied involvement and said it would not attack civilians") is none."""
        i = bisect_left(self.event_starts, start)
        while i < len(self.events) and self.events[i].start < end:
            if self.events[i].type in ACT_TYPES and self.events[i].modality not in _NOT_AN_ACT:
                return self.events[i].id
            i += 1
        return None

    def act_before(self, pos: int, reach: int) -> str | None:
        """The last act told before ``pos`` (within ``reach`` characters): what "it", "that incident" or "the
        bombers" of a denial that names no act of its own point back to."""
        i = bisect_left(self.event_starts, pos) - 1
        while i >= 0 and self.events[i].start >= pos - reach:
            if self.events[i].type in ACT_TYPES and self.events[i].modality not in _NOT_AN_ACT:
                return self.events[i].id
            i -= 1
        return None

    def event(self, start: int, end: int) -> str | None:
        """The event mention whose trigger lies inside the content, the first one when several."""
        i = bisect_left(self.event_starts, start)
        while i < len(self.events) and self.events[i].start < end:
            if self.events[i].end <= end:
                return self.events[i].id
            i += 1
        return None

    def sentence_state(self, start: int, end: int) -> AnalysisState:
        """The state with only the timexes of the sentence ``start:end``.

        A claim's time is found in its clause or sentence (else the DCT), never further away:
        handing the time function one sentence's timexes gives the same answer in constant
        time instead of a scan of the whole article per claim.
        """
        lo, hi = bisect_left(self.timex_starts, start), bisect_left(self.timex_starts, end)
        st = self.state  # a new state of the fields the time function reads (all declared by this component)
        return AnalysisState(article=st.article, doc=st.doc, config=st.config, dct=st.dct,
                             dct_inferred=st.dct_inferred, timexes=self.timexes[lo:hi])


#: how far back (characters) the act lies that a claim about who did it naming none ("nothing to do with it") points to
ANAPHORA_REACH = 1000


def _claim_time(page: _Article, f: Found, index: int, best_time: Callable[..., Any] | None) -> TimeValue | None:
    """The time of the speech act: the cue verb's clause (verbs only, so the time component never
    has to climb a non-verbal parse)."""
    cue_tok = page.state.doc.char_span(f.cue_start, f.cue_end, alignment_mode="expand")
    if best_time is None or cue_tok is None or cue_tok.root.pos_ not in ("VERB", "AUX"):
        return None
    sent = cue_tok.sent
    try:
        return best_time(page.sentence_state(sent.start_char, sent.end_char), f.cue_start, f.cue_end)
    except Exception:  # another component's function must not break claim extraction
        log.debug("best_time failed for claim %s", index, exc_info=True)
        return None


def _stance(f: Found, reading: Reading, rebuttal: bool) -> tuple[Polarity, str]:
    """Polarity and stance from the cue, corrected by what the content says.

    "X said it had nothing to do with the attack" is a denial whatever the cue; so is a negated
    content that answers something (``rebuttal``: "X insisted the country is not a safe haven").
    "X said it carried out the attack" is a claim of responsibility when the cue states or confirms, or
    claims ("X claimed that it was behind the attack").
    """
    polarity, stance = f.cue.polarity, ("denial" if f.cue.polarity == "deny" else f.cue.stance)
    if polarity == "assert" and (reading.denial or reading.rejection):
        return "deny", "denial"
    if polarity == "assert" and reading.negated and rebuttal and stance in ("statement", "confirmation"):
        return "deny", "denial"
    if polarity == "assert" and reading.negated and rebuttal and f.cue_lemma == "claim":
        return "deny", "denial"  # "rejected the charge, claiming that the country is not a threat"
    if polarity == "assert" and reading.responsibility and (stance in ("statement", "confirmation")
                                                          or f.cue_lemma == "claim"):
        return "assert", "responsibility"  # "X claimed that it was behind the bombings": its own act
    if polarity == "assert" and reading.accusation and stance in ("statement", "belief"):
        return "assert", "allegation"  # "X said the Tavro Front was responsible for the attack": X accuses it
    return polarity, stance


def rebuttal_context(f: Found, denied_sentences: set[int]) -> bool:
    """Does the claim answer something? A rebuttal cue, or another denial in its sentence ("Rejecting the
    allegations, the minister said ..."). A word like "charge" or "claim" alone is not enough: news uses
    them for other things ("a misdemeanour charge")."""
    return f.cue_lemma in REBUTTAL_CUES or f.sentence.start_char in denied_sentences


#: how far (characters) a claim's sentence may start after its speaker's denial to go on with it
DENIAL_GOES_ON = 300


def goes_on_denying(before: list[Claim], speaker: Speaker, f: Found) -> bool:
    """Does the claim argue the denial its speaker made right before? "X denied any involvement. 'We have never
    resorted to such methods,' he posted": a negated content there answers the allegation the denial answers.
    The claim before must be the speaker's (one coreference chain) and a denial of a part in an act (another
    matter's denial, "denied that she had met the lawyer", leaves "the trial will not resume" a statement), ending
    at most ``DENIAL_GOES_ON`` characters before the claim's sentence."""
    if not before or speaker.chain is None:
        return False
    prev = before[-1]
    return prev.polarity == "deny" and prev.involvement and prev.speaker_chain == speaker.chain \
        and f.sentence.start_char - prev.end <= DENIAL_GOES_ON


def build_claim(page: _Article, f: Found, speaker: Speaker, index: int,
                best_time: Callable[..., Any] | None, rebuttal: bool = False) -> Claim:
    state = page.state
    text, art = page.text, state.article.id
    assert f.content is not None
    cs, ce = f.content
    start = min(speaker.start, f.cue_start, cs)
    end = max(speaker.end, f.cue_end, ce)
    ref = speaker.ref
    reading = read_content(state.doc, cs, ce, page.acts, f.cue.stance, (f.cue_start, f.cue_end), page.named_acts,
                           speaker.text or "")
    polarity, stance = _stance(f, reading, rebuttal)
    involvement = reading.involvement or stance == "responsibility"
    event = page.event(cs, ce)
    if involvement:  # the act itself ("responsibility for the attack": the attack), else the act of its
        # sentence ("X, which claimed responsibility, ..."), never the claiming
        event = page.act_event(cs, ce) or page.act_event(f.sentence.start_char, f.sentence.end_char)
        if event is None:  # "we had nothing to do with it", "they are linked to X": the act told last
            event = page.act_before(f.sentence.start_char, ANAPHORA_REACH)
    return Claim(
        id=f"{art}:cl{index}", article=art, start=start, end=end,
        speaker=None, speaker_text=speaker.text, cue=text[f.cue_start:f.cue_end], content=text[cs:ce],
        # a reported clause that quotes the speaker's words in part quotes them too ('said the ferry "struck the pier
        # at full speed" before dawn'): the claim gives the speaker's own words
        direct_quote=f.direct or quotes_within(text, page.quotes, cs, ce), polarity=polarity,
        speaker_start=speaker.start, speaker_end=speaker.end, speaker_type=speaker.type,
        cue_start=f.cue_start, cue_end=f.cue_end, content_start=cs, content_end=ce,
        stance=stance, hedged=_hedged(f, text), channel=_channel(f, text),
        targets=_targets(page.mentions, cs, ce), event=event,
        speaker_chain=speaker.chain, time=_claim_time(page, f, index, best_time),
        speaker_ref=Span(art, ref.start, ref.end, ref.text) if ref is not None else None,
        negated=reading.negated, involvement=involvement,
    )


def extract_claims(state: AnalysisState, best_time: Callable[..., Any] | None = None) -> list[Claim]:
    """All claims of the article in text order."""
    doc = state.doc
    page = _Article(state)
    claims: list[Claim] = []
    seen: set[tuple[int, int, int]] = set()
    founds = find_attributions(doc, page.quotes, page.acts)
    denied = {f.sentence.start_char for f in founds if f.cue.polarity == "deny"}
    previous: tuple[Speaker, int] | None = None  # the last person who spoke, and where their claim ends
    last: tuple[Speaker, int] | None = None  # the last claim's speaker, whoever it is, and where that claim ends
    spoken: list[tuple[Speaker, int, int]] = []  # resolved speakers with their cue's sentence, in text order
    heard: list[Heard] = []  # reported (unquoted) claims, in text order
    told = ""  # what the last claim said
    for f in founds:
        assert f.speaker is not None and f.content is not None
        key = (f.cue_start, *f.content)
        if key in seen:
            continue
        seen.add(key)
        speaker = resolve_speaker(doc, f.speaker, page.mentions, f.speaker_tokens)
        speaker = outside_content(speaker, f.speaker, page.mentions, f.content)
        speaker = same_unnamed(speaker, last, f.content)
        speaker = recent_speaker(speaker, previous, page.mentions, page.text, f.content)
        speaker = recent_body(speaker, last, page.mentions, f.content)
        speaker = titled_before(speaker, page.mentions, page.titles)
        speaker = participant_named_before(speaker, page.mentions, page.text)
        speaker = named_next(speaker, f.sentence, page.mentions)
        speaker = unnamed_voice(speaker, f.speaker, last, page.mentions, f.content)
        speaker = document_author(speaker, spoken, page.text, (doc, page.mentions))
        speaker = unnamed_goes_on(speaker, last, page.mentions, f.content, told)
        speaker = body_told_before(speaker, f.speaker, page.mentions)
        speaker = said_in(speaker, f.speaker, _outer(f, heard), page.mentions)
        if speaker.ref is not None and (speaker.ref.label == "PERSON" or titled_person(speaker)):
            previous = (speaker, max(f.content[1], f.cue_end, speaker.end))
        if speaker.ref is not None:
            spoken.append((speaker, f.sentence.start_char, f.sentence.end_char))
        last = (speaker, max(f.content[1], f.cue_end, speaker.end))
        told = page.text[f.content[0]:f.content[1]]
        if not f.direct:
            heard.append((speaker, f.speaker, f.content))
        rebuttal = f.cue.polarity == "assert" and rebuttal_context(f, denied)
        # going on with its speaker's denial makes a negated content a denial, not a quotation one to split
        argues = rebuttal or (f.cue.polarity == "assert" and goes_on_denying(claims, speaker, f))
        for part in split_by_polarity(page, f, rebuttal):
            claims.append(build_claim(page, part, speaker, len(claims), best_time, argues))
    return claims


#: a reported claim told: its resolved speaker, the speaker phrase's head and the content's span
Heard = tuple[Speaker, Token, tuple[int, int]]


def _outer(f: Found, heard: list[Heard]) -> Heard | None:
    """The reported claim told before ``f`` whose content holds ``f``'s speaker, its own speaker elsewhere."""
    assert f.speaker is not None
    pos = f.speaker.idx
    return next((h for h in reversed(heard) if h[2][0] <= pos < h[2][1] and h[1].i != f.speaker.i
                 and not h[2][0] <= h[1].idx < h[2][1]), None)


#: "the statement read", "according to the letter", "the brief statement said", "the preliminary report says": a
#: document named by its noun, after at most two words that are no name (lower case: "the Valdora Post" is a paper)
_DOCUMENT = re.compile(r"(?i:the|this|that)\s+(?:[a-z-]+\s+){0,2}([A-Za-z]+)")
#: documents whose noun is also the verb of putting them out ("X reported ... the report said", "X tweeted ... the
#: tweet said")
_DOCUMENT_VERBS = frozenset(("report", "tweet", "post"))
#: how far back (characters) the sentence naming a document's author may lie
DOCUMENT_REACH = 800
#: how far back (characters) the claim just told may lie for a statement named alone with no author in sight
SAID_REACH = 400


def document_author(speaker: Speaker, spoken: list[tuple[Speaker, int, int]], text: str,
                    article: tuple[Doc, MentionIndex] | None = None) -> Speaker:
    """"The governor ... released a statement. According to the statement: “...”", "the Guards' statement added
    ... “...,” the statement read": a document named alone speaks for whoever the nearest sentence before it that
    names such a document gave a voice to, or for whoever the text says put such a document out ("Orvani Telecom
    issued a statement", "In a statement, the Sarn council ..."), whichever is nearer (within
    :data:`DOCUMENT_REACH` characters). With neither, a statement ("the statement added", "the release said")
    is the claim told right before it (within :data:`SAID_REACH` characters). A court filing goes by any of its
    names (:data:`FILING_NOUNS`: "Sarn County filed a lawsuit ... The complaint alleges ...")."""
    if speaker.ref is None and (kind := _KIND_DOCUMENT.fullmatch(speaker.text.strip())) is not None:
        return _kind_document_author(speaker, spoken, kind.group(1).lower(), kind.group(2).lower())
    m = _DOCUMENT.fullmatch(speaker.text.strip())
    if speaker.ref is not None or m is None:
        return speaker
    word = m.group(1).lower()
    if word not in VEHICLE_NOUNS and word not in FILING_NOUNS:
        return speaker
    names = sorted(FILING_NOUNS) if word in FILING_NOUNS else [word]
    # "Der Varnbote reported on Monday ... the report said": a document also named by the verb of putting it out
    noun = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})(?:s|{'ed|ing' if word in _DOCUMENT_VERBS else ''})?\b")
    found: tuple[Mention | None, str | None, int] | None = None
    for before, lo, hi in reversed(spoken):
        if speaker.start - hi > DOCUMENT_REACH:
            break
        if hi <= speaker.start and noun.search(text[lo:hi].lower()):
            found = (before.ref, before.chain, hi)
            break
    issuers = [document_issuer(*article, name, speaker.start, DOCUMENT_REACH) for name in names] \
        if article is not None else []
    issued = max((i for i in issuers if i is not None), key=lambda i: i[1], default=None)
    if issued is not None and (found is None or issued[1] > found[2]):
        found = (issued[0], issued[0].chain, issued[1])
    just_said = bool(spoken) and 0 <= speaker.start - spoken[-1][2] < SAID_REACH
    if found is None and VEHICLE_NOUNS.get(word) == "statement" and just_said:
        # "Norland said the blast was caused by ... . The statement added ...": what was just said is the statement
        found = (spoken[-1][0].ref, spoken[-1][0].chain, spoken[-1][2])
    if found is None or found[0] is None:
        return speaker
    return Speaker(speaker.start, speaker.end, speaker.text, "nominal", found[0], found[1])


#: "a ministry statement said", "a police report says": a document named by the kind of body that put it out
_KIND_DOCUMENT = re.compile(r"(?i:a|an)\s+([a-z-]+)\s+([a-z]+)")


def _kind_document_author(speaker: Speaker, spoken: list[tuple[Speaker, int, int]], kind: str, noun: str) -> Speaker:
    """"The Interior Ministry was quoted as saying ... “...,” a ministry statement said": a statement or report named
    by the kind of its issuer is the claim told right before it (within :data:`SAID_REACH` characters) when that
    claim's speaker phrase holds the kind's word; an indefinite document of another kind is someone else's."""
    if VEHICLE_NOUNS.get(noun) not in ("statement", "report") or not spoken:
        return speaker
    before, _, said_end = spoken[-1]
    if before.ref is None or not 0 <= speaker.start - said_end < SAID_REACH \
            or kind not in re.findall(r"[a-z-]+", before.text.lower()):
        return speaker
    return Speaker(speaker.start, speaker.end, speaker.text, "nominal", before.ref, before.chain)


QUOTE_MARKS = ('"', "”")


def _sentences(page: _Article, f: Found) -> list[tuple[int, int]]:
    """The sentences of a quotation's content (clipped to it, the cue of a split quote left out)."""
    assert f.content is not None
    cs, ce = f.content
    span = page.state.doc.char_span(cs, ce, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for sent in (t.sent for t in span if t.i == span.start or t.is_sent_start):
        lo, hi = trim(page.text, max(cs, sent.start_char), min(ce, sent.end_char))
        if lo <= f.cue_start < hi:  # “A,” X said. “B.”: the quoted words before the cue
            lo, hi = trim(page.text, lo, max(page.text.rfind(m, lo, f.cue_start) for m in QUOTE_MARKS))
        if hi > lo:
            out.append((lo, hi))
    return out


def split_by_polarity(page: _Article, f: Found, rebuttal: bool) -> list[Found]:
    """A quotation whose sentences assert and deny is one claim per run of sentences of one polarity:
    "“Our measures are lawful. We reject any attempt to call them a breach,” the ministry said" states one
    thing and denies another (each is answered, supported or denied on its own)."""
    if not f.direct or f.content is None or f.cue.polarity != "assert":
        return [f]
    sentences = _sentences(page, f)
    if len(sentences) < 2:
        return [f]
    cue = (f.cue_start, f.cue_end)
    polarity = [_stance(f, read_content(page.state.doc, lo, hi, page.acts, f.cue.stance, cue, wide=False), rebuttal)[0]
                for lo, hi in sentences]
    if len(set(polarity)) == 1:
        return [f]
    runs: list[Found] = []
    for k, (lo, hi) in enumerate(sentences):
        if k and polarity[k] == polarity[k - 1] and runs[-1].content is not None:
            runs[-1] = replace(runs[-1], content=(runs[-1].content[0], hi))
        else:
            runs.append(replace(f, content=(lo, hi)))
    return runs


@component("claims", requires=("doc", "mentions", "extras.titles", "timexes", "events", "dct", "dct_inferred"),
           assigns=("claims",))
class Claims(Component):
    """Attribution extraction: quotes, reported speech, "according to", claim-denial appositions."""

    def __call__(self, state: AnalysisState) -> None:
        state.claims = extract_claims(state, best_time)
