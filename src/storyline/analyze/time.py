"""The "time" component: TIMEX3 detection and normalization, DCT inference, and ``best_time``.

Detection is ours (regular patterns over the clean text, see ``time_rules``)
with spaCy's DATE/TIME entities as a supplement; normalization follows
HeidelTime: deictic expressions are anchored to the document creation time
(``state.dct``), the tense of the governing verb decides past or future for
weekdays and bare month-days, anaphoric ones ("days later", "the previous
year") to the last date mentioned. A relative expression with nothing to
anchor to keeps ``value=None``: we never anchor to the run date.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storyline.analyze.pipeline import AnalysisState, Component, component
from storyline.model import TimeValue, Timex
from storyline.timevalues import granularity_of, interval_strings, value_interval

#: confidence of a best time by where it was found
CONFIDENCE = {"clause": 0.9, "sentence": 0.6, "dct": 0.3}
#: timex types that place something on the calendar (durations and sets do not)
CALENDAR_TYPES = ("DATE", "TIME")


@component("time", requires=("doc", "sentences"), assigns=("timexes", "dct"))
class TimeComponent(Component):
    def __call__(self, state: AnalysisState) -> None:
        from storyline.analyze.time_rules import annotate

        annotate(state)


# --------------------------------------------------------------------------- best time of a span


def best_time(state: AnalysisState, start: int, end: int) -> TimeValue | None:
    """The best time of the span ``start:end`` (an event trigger, a claim).

    A dated timex in the same clause (the dependency subtree of the span's
    governing verb), else in the same sentence, else the DCT for reported
    past/present events (lower confidence). Future or hypothetical verbs get
    no DCT fallback: an expected visit did not happen on the publication day.
    """
    doc = state.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    dated = [t for t in state.timexes if t.type in CALENDAR_TYPES and t.value and value_interval(t.value)]
    verb = governing_verb(span.root)
    clause = _subtree_range(verb)
    in_clause = [t for t in dated if clause[0] <= t.start and t.end <= clause[1]]
    if in_clause:
        return _as_time(_nearest(in_clause, start, end), "clause")
    sent = span.sent
    in_sent = [t for t in dated if sent.start_char <= t.start and t.end <= sent.end_char]
    if in_sent:
        return _as_time(_nearest(in_sent, start, end), "sentence")
    if state.dct and not is_future(verb) and value_interval(state.dct):
        lo, hi = interval_strings(state.dct)
        conf = CONFIDENCE["dct"] * (0.5 if state.dct_inferred else 1.0)
        return TimeValue(value=state.dct, text=None, granularity=granularity_of(state.dct),
                         earliest=lo, latest=hi, confidence=conf, source="dct")
    return None


def governing_verb(token: Token) -> Token:
    """The verb whose clause holds ``token``: the token itself if verbal, else the nearest verbal head."""
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.head is not t:
        t = t.head
    return t


def _subtree_range(token: Token) -> tuple[int, int]:
    sub = list(token.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _nearest(timexes: list[Timex], start: int, end: int) -> Timex:
    def distance(t: Timex) -> int:
        return max(0, t.start - end, start - t.end)

    return min(timexes, key=lambda t: (distance(t), -len(t.value or "")))


def _as_time(t: Timex, source: str) -> TimeValue:
    lo, hi = interval_strings(t.value)
    return TimeValue(value=t.value, text=t.text, granularity=t.granularity or granularity_of(t.value),
                     earliest=lo, latest=hi, confidence=CONFIDENCE[source], source=source)


FUTURE_MARKERS = frozenset({"will", "shall", "would", "expect", "plan", "intend", "schedule", "hope", "aim",
                            "propose", "want", "going"})


def is_future(verb: Token) -> bool:
    """Future or intended reference: "will meet", "is expected to visit", "plans to go", "is to attend"."""
    if verb.tag_ == "MD" or any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return True
    head = verb
    # climb xcomp chains: "is expected to visit" -> expected, "plans to go" -> plans
    while head.dep_ in ("xcomp", "ccomp") and head.head is not head:
        head = head.head
        if head.lemma_.lower() in FUTURE_MARKERS:
            return True
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in head.children):
            return True
    return False


def sentence_of(doc: Doc, char: int) -> Span | None:
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent
    return None
