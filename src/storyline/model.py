"""The data model: articles, per-article analyses, fused story objects, story@1 JSON.

Every fact is a span into an article's clean ``text`` (article id + character
offsets), like spaCy's ``Span``. Objects are small frozen dataclasses; a
component that refines one builds a new one with :func:`dataclasses.replace`.

Serialization is generic (:func:`to_dict` / :func:`from_dict` walk the type
hints), so adding a field to a dataclass is the only change needed to carry it
through storage and the story@1 export. Fields marked ``extra`` in the
docstrings are beyond the story@1 minimum; readers of the contract ignore them.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar, Union

SCHEMA = "story@1"

Granularity = Literal["day", "month", "year", "range"]
Polarity = Literal["assert", "deny"]
LinkType = Literal["supports", "denies", "contradicts"]


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True)
class Article:
    """One input article after ingest. ``text`` is the clean text all offsets point into.

    ``published`` is an ISO value truncated to its granularity ("2023-03-01",
    "2023-03", "2023") or None when unknown; ``published_inferred`` is True when
    it was inferred from content rather than read from metadata/HTML/URL.
    ``copy_of`` names the original when this article is an exact or near
    duplicate (kept, not dropped). ``removed`` lists the boilerplate lines taken
    out of the text; ``notes`` keeps footnotes whose markers were stripped.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_granularity: Granularity | None = None
    published_source: str | None = None  # "metadata" | "html" | "url" | "text" | "inferred"
    published_inferred: bool = False
    credit: str | None = None
    language: str | None = None
    removed: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    copy_of: str | None = None
    source: str | None = None  # file path or feed the article came from
    metadata: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- spans


def span_source(article: Article, field: str | None) -> str:
    """The string a span's offsets point into: the article's ``title`` for ``field`` "title", else its ``text``."""
    return (article.title or "") if field == "title" else article.text


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of an article's clean text (``field`` "title": of its title instead, an extra)."""

    article: str
    start: int
    end: int
    text: str
    # extra: None for the clean ``text``; "title" when the offsets are into the article's ``title`` (a headline's
    # event mention, docs/analysis.md "The title"). Read a span's string with :func:`span_source`
    field: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention inside one article.

    ``label``: PERSON, ORG, GPE, LOC, NORP, FAC, ... (spaCy/OntoNotes labels).
    ``kind``: "name", "acronym", "pronoun", "nominal" (a definite description).
    ``chain``: in-document coreference chain id (mentions of one chain refer to
    the same thing); ``entity``: cross-document entity id once fused.
    ``role``: how the mention is used when it differs from what it names,
    e.g. "government" for a capital used as metonymy ("denied by Lesk").
    ``source``: the component that produced or last changed it.
    """

    article: str
    start: int
    end: int
    text: str
    label: str
    kind: str = "name"
    chain: str | None = None
    entity: str | None = None
    role: str | None = None
    source: str = "spacy"


@dataclass(frozen=True, slots=True)
class Role:
    """A role an entity holds, read from text ("Valdora's special envoy to Estmark")."""

    title: str
    article: str
    start: int
    end: int
    date: str | None = None  # the article's date or a timex value; None when unknown
    of: str | None = None  # entity id or text of the organization/country the role belongs to


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 time expression. ``value`` is TIMEX3 notation or None when it cannot be pinned.

    ``anchor`` says what it was resolved against ("dct:2023-03-01",
    "timex:2023-02-26", or None for absolute expressions); ``rule`` the rule
    that produced it. ``granularity``: "day", "month", "year", ... of ``value``.
    """

    article: str
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    anchor: str | None = None
    rule: str = ""
    granularity: str | None = None
    mod: str | None = None  # TIMEX3 mod: BEFORE, AFTER, APPROX, START, END, ...


@dataclass(frozen=True, slots=True)
class TimeValue:
    """The best time of a span (event, claim): a value with granularity and an interval."""

    value: str | None
    text: str | None = None
    granularity: str | None = None
    earliest: str | None = None  # ISO day, inclusive
    latest: str | None = None  # ISO day, inclusive
    confidence: float = 0.0
    source: str | None = None  # "clause", "sentence", "dct", ...
    # extra: "stated" (the text dates it) or "reported" (dated by its report: the article's publication
    # date, ``mod`` "ON_OR_BEFORE"; ``earliest``/``latest`` are then the report's day, for ordering)
    basis: str | None = None
    mod: str | None = None  # TIMEX3 mod of the value: "ON_OR_BEFORE", "BEFORE", ...


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count with its qualifier, ACLED-style: "more than 100" -> min 100, max None."""

    min: int | None
    max: int | None = None
    text: str | None = None
    qualifier: str | None = None  # "more than", "about", "at least", "dozens", ...
    group: str | None = None  # victim group when stated: policemen, soldiers, civilians


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure as one sentence gives it: a count of a kind, with its span and how it is told.

    ``revision``: the text gives it as a new total ("rose to 14" -> "up",
    "revised down to" -> "down", "now stands at" -> "update"); ``previous``:
    the total it replaces when stated ("from 12 to 14"); ``earlier``: told as
    an older figure ("initially", "had earlier put the number at");
    ``partial``: a part of the toll ("including two police officers"); ``claimed``: the
    perpetrators' own count ("said its fighters killed 11") or a count a source denies (then also
    ``denied``); ``date``: the day the figure's own clause
    gives it ("on Wednesday the minister revised the toll from 118 to 109"), None when it gives none.
    """

    kind: str  # killed | injured | missing | arrested | abducted
    min: int | None
    max: int | None
    text: str
    start: int
    end: int
    qualifier: str | None = None
    group: str | None = None
    revision: str | None = None
    previous: int | None = None
    earlier: bool = False
    partial: bool = False
    claimed: bool = False  # the perpetrators' own count ("said its fighters killed 11"): a claim, not a report
    # a count a source denies ("police denied that 40 were killed"): someone's figure, kept like a claim, not the toll
    denied: bool = False
    # the day its own clause gives the figure ("on Wednesday revised the toll from 118 to 109"), YYYY-MM-DD
    date: str | None = None

    def quantity(self) -> Quantity:
        return Quantity(min=self.min, max=self.max, text=self.text, qualifier=self.qualifier, group=self.group)


@dataclass(frozen=True, slots=True)
class Participant:
    """A participant of an event. ``entity`` is a cross-doc entity id (after fusion) or None."""

    role: str  # actor | target | recipient | participant | place
    text: str
    start: int
    end: int
    entity: str | None = None
    chain: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """One textual mention of an event in one article (trigger span + arguments)."""

    id: str  # unique within the article, e.g. "000_abc:ev3"
    article: str
    start: int
    end: int
    text: str  # trigger text
    type: str  # ontology type, e.g. ASSAULT
    subtype: str | None = None  # e.g. suicide_bombing, visit, meeting, resignation
    plover: str | None = None
    participants: tuple[Participant, ...] = ()
    location: Participant | None = None
    time: TimeValue | None = None
    fatalities: Quantity | None = None
    injured: Quantity | None = None
    abducted: Quantity | None = None
    modality: str = "asserted"  # asserted | alleged | claimed | denied | expected | planned | hypothetical | negated
    reported_by: str | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    # extra: every casualty figure of the mention's sentence that belongs to it, with kind and span
    figures: tuple[Figure, ...] = ()
    # extra: told as background (past perfect, "since ...", "after the takeover", an anniversary): an
    # older incident, never dated by the article's publication date
    background: bool = False
    distinct: bool = False  # extra: "another attack", "a second blast", "in a separate attack": not the one before
    # extra: how a noun trigger is determined: "a", "the", "this", ..., "poss" ("Sunday's blast", "its attack"),
    # "bare" (no determiner), "pred" (what a copula says its subject is: "it was a blast"); None for a verb trigger
    determiner: str | None = None
    # extra: dependency arcs from the trigger up to its sentence's root (0: the main verb). The shallowest
    # mention of a sentence is what the sentence tells; a deeper one is mentioned on the way ("resigned three
    # days after a bombing"). None: not measured (analyses stored before it was)
    depth: int | None = None
    # extra: the trigger's lemma, lower case ("died" -> "die"): the word fusion compares across articles
    # (fuse/actions.py). None: analyses stored before it was
    lemma: str | None = None
    # extra: "title" for a mention the article's headline tells: its trigger, sentence and figures' offsets are
    # into ``Article.title`` (its participants' are the body's mentions of the same names); None: the text's
    field: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """Who says what. ``start``/``end`` cover the whole attribution; the parts have their own spans."""

    id: str
    article: str
    start: int
    end: int
    speaker: str | None  # entity id when resolved
    speaker_text: str | None
    cue: str | None
    content: str
    direct_quote: bool = False
    polarity: Polarity = "assert"
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_type: str | None = None  # named | pronoun | nominal | anonymous | organization
    cue_start: int | None = None
    cue_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None
    stance: str | None = None  # allegation | confirmation | denial | promise | warning | statement | belief
    # | responsibility (the speaker claims to have carried out an act)
    hedged: bool = False
    channel: str | None = None  # twitter | statement | press conference | interview | report
    targets: tuple[str, ...] = ()
    event: str | None = None
    speaker_chain: str | None = None
    time: TimeValue | None = None
    speaker_ref: Span | None = None  # the name mention the speaker resolves to (a pronoun's antecedent)
    negated: bool = False  # the content's main predicate is negated ("X is not a safe haven")
    involvement: bool = False  # the content says who carried out an act: a responsibility claim, an
    # allegation of involvement, or a denial of involvement ("had nothing to do with the attack")


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """A relation between two claims, with its evidence (the two spans)."""

    type: str  # supports | denies | contradicts
    from_: str
    to: str
    score: float = 0.0
    evidence: tuple[Span, ...] = ()
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """The output of ``analyze(article, config)``: a pure function of both."""

    article: str
    config_hash: str
    sentences: tuple[tuple[int, int], ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[EventMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    roles: tuple[tuple[str, Role], ...] = ()  # (chain id, role)
    acronyms: tuple[tuple[str, str], ...] = ()  # (short, long) defined in the text
    dct: str | None = None  # the document creation time used for anchoring (may be inferred)
    dct_inferred: bool = False
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AnalysisFailure:
    """An article whose analysis raised (or crashed its worker): reported, never stored, never fatal."""

    article: str
    error: str


# --------------------------------------------------------------------------- fused story objects


@dataclass(frozen=True, slots=True)
class Entity:
    """A cross-document entity. ``aliases`` maps each surface form to its count."""

    id: str
    name: str
    type: str
    aliases: dict[str, int] = field(default_factory=dict)
    mentions: tuple[Span, ...] = ()
    types: dict[str, int] = field(default_factory=dict)
    roles: tuple[Role, ...] = ()
    metonymy: tuple[Span, ...] = ()  # mentions used for another thing (a capital for its government)


class MentionSource(Protocol):
    """Where a :class:`StoredEntity` reads what it was stored with (a store, for one run)."""

    def load(self, entity: StoredEntity) -> None:
        """Fill the mention lists of ``entity`` (and of any others it reads at the same time)."""

    def load_many(self, entities: Collection[StoredEntity]) -> None:
        """Fill the mention lists of these entities, at once."""

    def spans(self, articles: Collection[str]) -> dict[str, list[tuple[str, int, int]]]:
        """Stored entity id -> its stored (article, start, end) mentions in ``articles``."""


_MENTIONS = Entity.__dict__["mentions"]  # the slots of the lists a stored entity reads on first use
_METONYMY = Entity.__dict__["metonymy"]
_UNREAD: Any = object()  # what the mentions slot of a stored entity holds until they are read


class StoredEntity(Entity):
    """An entity read from a store without its mention lists (issue 11: an incremental run reads only what
    its new articles can touch): ``mentions`` and ``metonymy`` are read from ``source`` on first use, and the
    object is otherwise an :class:`Entity` like any other (a changed copy, :func:`dataclasses.replace`, holds
    them). While it is not read (:attr:`read`), it is the entity as stored, so where it is mentioned in some
    articles can be asked of the store instead (``source.spans``, :func:`storyline.fuse.entities.spans_in`)."""

    __slots__ = ("source",)
    source: MentionSource

    @classmethod
    def unread(cls, source: MentionSource, **fields: Any) -> StoredEntity:
        """The stored entity of these fields (all but its mention lists), read from ``source`` when used."""
        e = object.__new__(cls)
        for name, value in fields.items():
            object.__setattr__(e, name, value)
        object.__setattr__(e, "source", source)
        _MENTIONS.__set__(e, _UNREAD)
        return e

    def __eq__(self, other: object) -> bool:
        """Equal to any :class:`Entity` of the same fields (reads both mention lists)."""
        if not isinstance(other, Entity):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in dataclasses.fields(Entity))

    __hash__ = Entity.__hash__

    @property
    def read(self) -> bool:
        """Have its mention lists been read (or set)?"""
        return _MENTIONS.__get__(self, Entity) is not _UNREAD

    @staticmethod
    def read_all(entities: Iterable[Entity]) -> None:
        """Read the mention lists of the stored entities among ``entities`` that are not read yet, at once
        (before a use of each of them, which would read them one by one)."""
        by_source: dict[int, tuple[MentionSource, list[StoredEntity]]] = {}
        for e in entities:
            if isinstance(e, StoredEntity) and not e.read:
                by_source.setdefault(id(e.source), (e.source, []))[1].append(e)
        for source, todo in by_source.values():
            source.load_many(todo)

    def fill(self, mentions: tuple[Span, ...], metonymy: tuple[Span, ...]) -> None:
        """Set the mention lists read from the store (what ``source.load`` calls)."""
        _MENTIONS.__set__(self, mentions)
        _METONYMY.__set__(self, metonymy)

    def _slot(self, slot: Any) -> Any:
        if _MENTIONS.__get__(self, Entity) is _UNREAD:
            self.source.load(self)
        return slot.__get__(self, Entity)

    def _set(self, slot: Any, value: Any) -> None:
        slot.__set__(self, value)

    mentions = property(lambda self: self._slot(_MENTIONS), lambda self, v: self._set(_MENTIONS, v))
    metonymy = property(lambda self: self._slot(_METONYMY), lambda self, v: self._set(_METONYMY, v))


@dataclass(frozen=True, slots=True)
class Corroboration:
    """Support of a fact in articles and in independent sources (syndicated copies count once)."""

    articles: int
    independent_sources: int
    outlets: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    credibility: int = 6  # Admiralty-style 1 (confirmed) .. 6 (cannot be judged)
    note: str = ""


@dataclass(frozen=True, slots=True)
class ValueReport:
    """One reported value of an attribute with the mentions that report it (conflicts keep all)."""

    value: Any
    sources: tuple[str, ...]  # event mention ids or article ids
    articles: tuple[str, ...] = ()  # extra: the articles that report it


@dataclass(frozen=True, slots=True)
class CasualtyReport:
    """One casualty figure as an article reports it (ACLED keeps every report; the headline is chosen).

    ``revision`` is "up"/"down" when this report revises the figure current
    before it (by publication date), ``status`` says how the headline rule
    read it: "current" (the article's latest figure), "earlier" (an older
    figure the article also gives), "partial" (a part of the toll).
    """

    kind: str  # killed | injured | missing | arrested | abducted
    min: int | None
    max: int | None
    qualifier: str | None
    text: str
    article: str
    start: int
    end: int
    published: str | None = None
    mention: str | None = None  # the event mention it was read with
    revision: str | None = None
    status: str = "current"
    date: str | None = None  # the day its own clause gives it, when before publication ("on Wednesday ... 109")
    field: str | None = None  # extra: "title" when told in the headline (offsets into ``Article.title``)


@dataclass(frozen=True, slots=True)
class Event:
    """A real-world event fused from mentions across articles."""

    id: str
    type: str
    subtype: str | None = None
    plover: str | None = None
    date: TimeValue | None = None
    location: str | None = None  # entity id
    location_text: str | None = None
    participants: tuple[Participant, ...] = ()
    fatalities: Quantity | None = None
    injured: Quantity | None = None
    modality: str = "asserted"
    mentions: tuple[Span, ...] = ()
    mention_ids: tuple[str, ...] = ()
    conflicts: dict[str, tuple[ValueReport, ...]] = field(default_factory=dict)
    corroboration: Corroboration | None = None
    reports: tuple[CasualtyReport, ...] = ()  # extra: every casualty figure reported, headline chosen by rule
    # extra: per headline field ("fatalities", "injured", ...), the lowest and highest figure the articles give as
    # their current one, where they differ: "reports range from 149 to 292" (fuse/tolls.py: ranges)
    ranges: dict[str, Quantity] = field(default_factory=dict)
    missing: Quantity | None = None  # extra: headline figures of the other kinds
    arrested: Quantity | None = None
    abducted: Quantity | None = None
    story: str | None = None  # extra: the story cluster of most of its mentions (a blocking key for fusion)
    # extra: the incident's distinct actions (fuse/chains.py), each the ids of the mentions that tell one
    # ("the shooting", "the arrest" of one raid); every mention id in one chain, largest chain first
    chains: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class StoryCluster:
    """A group of articles about one story (stable id across runs)."""

    id: str
    label: str
    articles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceFamily:
    """Articles that are not independent of each other (a wire story and its copies)."""

    id: str
    articles: tuple[str, ...]
    reason: str = ""
    origin: str | None = None  # the wire/agency when known (IANS, AFP, ...)


@dataclass
class Story:
    """The fused picture of a corpus; what story@1 serializes."""

    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    claim_links: list[ClaimLink] = field(default_factory=list)
    stories: list[StoryCluster] = field(default_factory=list)
    source_families: list[SourceFamily] = field(default_factory=list)
    claim_support: dict[str, Corroboration] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Serialize to the story@1 contract (plus extra fields)."""
        return story_to_json(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Story:
        return story_from_json(data)


# --------------------------------------------------------------------------- generic (de)serialization

T = TypeVar("T")
_RENAME = {"from_": "from"}
_UNRENAME = {v: k for k, v in _RENAME.items()}


def to_dict(obj: Any) -> Any:
    """Dataclasses -> plain JSON-able structures (tuples become lists)."""
    names = _dump_fields(type(obj))
    if names is not None:
        return {key: to_dict(getattr(obj, name)) for key, name in names}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    return obj


def _fields_of(obj: Any) -> dict[str, Any]:
    """A dataclass instance as the dict of its fields, one level (the JSON encoder goes on from there)."""
    names = _dump_fields(type(obj))
    if names is None:
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
    return {key: getattr(obj, name) for key, name in names}


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_fields_of)


def dumps(obj: Any) -> str:
    """Compact JSON text of ``json.dumps(to_dict(obj))``, without building ``to_dict``'s copy first: the C encoder
    writes lists, tuples, dicts and scalars itself and asks :func:`_fields_of` only for dataclasses (a store's
    analyses and fused rows in a third less CPU). The same text wherever a dict's keys are strings (or numbers);
    a dict with other keys goes the slow way, where ``to_dict`` makes them strings with ``str``."""
    try:
        return _COMPACT.encode(obj)
    except TypeError:  # a key json refuses (a tuple): to_dict's str() of it, as before
        return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


#: class -> its fields as (JSON key, attribute), or None for a class that is no dataclass: asked once per class,
#: not per object (a store's save dumps millions of nested objects)
_DUMP_FIELDS: dict[type, tuple[tuple[str, str], ...] | None] = {}


def _dump_fields(cls: type) -> tuple[tuple[str, str], ...] | None:
    if cls not in _DUMP_FIELDS:
        # (an instance's class; a dataclass *type* passed as a value is of class ``type``, no dataclass)
        _DUMP_FIELDS[cls] = tuple((_RENAME.get(f.name, f.name), f.name) for f in dataclasses.fields(cls)) \
            if dataclasses.is_dataclass(cls) else None
    return _DUMP_FIELDS[cls]


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


Converter = Callable[[Any], Any]
#: type hint -> the function converting a JSON value to it, built once per hint: reading a store converts
#: millions of values, and asking ``typing`` about the hint for each one was most of the read's time
_CONVERTERS: dict[Any, Converter] = {}
#: dataclass -> JSON key -> (field name, converter)
_LOADERS: dict[type, dict[str, tuple[str, Converter]]] = {}


def _convert(tp: Any, value: Any) -> Any:
    return _converter(tp)(value)


def _converter(tp: Any) -> Converter:
    try:
        found = _CONVERTERS.get(tp)
    except TypeError:  # an unhashable hint: built each time
        return _make_converter(tp)
    if found is None:
        found = _CONVERTERS[tp] = _make_converter(tp)
    return found


def _same(value: Any) -> Any:
    return value


#: text fields up to this long are interned when read (see :func:`_short_text`)
_INTERN_CHARS = 40


def _short_text(value: Any) -> Any:
    """A short text field read from a store, as the one shared copy of that text: article ids, labels, kinds,
    chain ids, pronouns and short names repeat in every mention, timex and event of an analysis, and a decoded
    JSON string is a new object each time (~55 bytes apiece; on 19k Reuters analyses some millions of them)."""
    return sys.intern(value) if type(value) is str and len(value) <= _INTERN_CHARS else value


#: offsets and counts read from a store below this are one shared object each (see :func:`_shared_int`)
_SHARED_INTS = tuple(range(1 << 16))


def _shared_int(value: Any) -> Any:
    """An offset read from a store, as the one shared object of that number: a decoded JSON number above 256 is
    a new 28-byte object each time, and every mention, event, claim and time expression holds two or more."""
    return _SHARED_INTS[value] if type(value) is int and 0 <= value < 1 << 16 else value


def _span(value: Any) -> Any:
    """A stored :class:`Span` read by its four fields at once: every stored entity and event holds one per mention
    (242k in the entities of a 19k Reuters store, all read by each incremental fusion: issue 11), and
    :func:`from_dict`'s walk over the keys took a quarter of that read. Any other shape goes through it."""
    if type(value) is dict and len(value) == 4:
        try:
            return Span(_short_text(value["article"]), _shared_int(value["start"]), _shared_int(value["end"]),
                        _short_text(value["text"]))
        except KeyError:
            pass
    return None if value is None else from_dict(Span, value)


def _make_converter(tp: Any) -> Converter:
    """What :func:`_convert` does for ``tp``; ``None`` stays ``None`` at every level."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (Union, types.UnionType):
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) == 1:
            return _converter(non_none[0])
        # first matching alternative: a dataclass for a dict
        klass = next((a for a in non_none if isinstance(a, type) and dataclasses.is_dataclass(a)), None)
        if klass is None:
            return _same
        return lambda v: from_dict(klass, v) if isinstance(v, dict) else v
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            return lambda v: None if v is None else tuple(item(x) for x in v)
        items = [_converter(a) for a in args]
        return lambda v: None if v is None else tuple(f(x) for f, x in zip(items, v, strict=False))
    if origin is list:
        item = _converter(args[0])
        return lambda v: None if v is None else [item(x) for x in v]
    if origin is dict:
        item = _converter(args[1])
        return lambda v: None if v is None else {k: item(x) for k, x in v.items()}
    if tp is Span:
        return _span
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        klass_ = tp
        return lambda v: None if v is None else from_dict(klass_, v)
    if tp is str:
        return _short_text
    if tp is int:
        return _shared_int
    return _same


def _loader(cls: type) -> dict[str, tuple[str, Converter]]:
    if cls not in _LOADERS:
        hints = _hints(cls)
        fields = {name: (name, _converter(tp)) for name, tp in hints.items()}
        fields.update({key: fields[name] for key, name in _UNRENAME.items() if name in fields})
        _LOADERS[cls] = fields
    return _LOADERS[cls]


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Plain structures -> dataclass ``cls``; unknown keys are ignored, missing ones take defaults."""
    fields = _loader(cls)
    kwargs = {}
    for key, value in data.items():
        found = fields.get(key)
        if found is not None:
            kwargs[found[0]] = found[1](value)
    return cls(**kwargs)


# --------------------------------------------------------------------------- story@1


def story_to_json(story: Story, short_names: Mapping[str, Sequence[str]] | None = None) -> dict[str, Any]:
    """story@1: the required fields of DESIGN.md plus extras (alias counts, conflicts, support). An entity's
    aliases are its surface forms, most written first, then ``short_names[entity id]``, the short names it goes by
    that the texts need not write alone (the export gives :func:`storyline.present.short_names.short_names`;
    ``alias_counts`` holds the surface forms only)."""
    short = short_names or {}
    entities = []
    for e in story.entities:
        d = to_dict(e)
        d["alias_counts"] = d.pop("aliases")
        d["aliases"] = sorted(e.aliases, key=lambda a: (-e.aliases[a], a)) + list(short.get(e.id, ()))
        entities.append(d)
    events = []
    for ev in story.events:
        d = to_dict(ev)
        d["date"] = to_dict(ev.date) if ev.date else {"value": None, "text": None}
        d["conflicts"] = _conflicts_json(ev.conflicts)
        events.append(d)
    return {
        "schema": SCHEMA,
        "meta": story.meta,
        "articles": [to_dict(a) for a in story.articles],
        "entities": entities,
        "timexes": [to_dict(t) for t in story.timexes],
        "events": events,
        "claims": [to_dict(c) for c in story.claims],
        "claim_links": [to_dict(link) for link in story.claim_links],
        "stories": [to_dict(s) for s in story.stories],
        "source_families": [to_dict(f) for f in story.source_families],
        "claim_support": {k: to_dict(v) for k, v in story.claim_support.items()},
    }


def _conflicts_json(conflicts: dict[str, tuple[ValueReport, ...]]) -> list[dict[str, Any]]:
    """story@1's ``events[].conflicts``: ``[{field, values: [{value, articles, mentions}]}]``."""
    return [{"field": name, "values": [{"value": to_dict(v.value), "articles": list(v.articles),
                                        "mentions": list(v.sources)} for v in values]}
            for name, values in conflicts.items()]


def _conflicts_from_json(raw: Any) -> dict[str, Any]:
    """The list form back to ``Event.conflicts`` (a mapping, as stores and older exports hold it)."""
    if not isinstance(raw, list):
        return raw or {}
    return {c["field"]: [{"value": v.get("value"), "sources": v.get("mentions") or v.get("articles") or [],
                          "articles": v.get("articles") or []} for v in c.get("values", [])] for c in raw}


def story_from_json(data: dict[str, Any]) -> Story:
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} document (schema={data.get('schema')!r})")
    entities = []
    for d in data.get("entities", []):
        d = dict(d)
        counts = d.pop("alias_counts", None)
        d["aliases"] = counts if counts is not None else dict.fromkeys(d.get("aliases", []), 1)
        entities.append(from_dict(Entity, d))
    events = []
    for d in data.get("events", []):
        d = dict(d)
        if d.get("date") is not None and not any(v for k, v in d["date"].items() if k != "confidence"):
            d["date"] = None  # the export's {"value": null, "text": null} for "no date"
        d["conflicts"] = _conflicts_from_json(d.get("conflicts"))
        events.append(from_dict(Event, d))
    return Story(
        articles=[from_dict(Article, d) for d in data.get("articles", [])],
        entities=entities,
        timexes=[from_dict(Timex, d) for d in data.get("timexes", [])],
        events=events,
        claims=[from_dict(Claim, d) for d in data.get("claims", [])],
        claim_links=[from_dict(ClaimLink, d) for d in data.get("claim_links", [])],
        stories=[from_dict(StoryCluster, d) for d in data.get("stories", [])],
        source_families=[from_dict(SourceFamily, d) for d in data.get("source_families", [])],
        claim_support={k: from_dict(Corroboration, v) for k, v in data.get("claim_support", {}).items()},
        meta=data.get("meta", {}),
    )


def write_story(story: Story, path: str | Path, short_names: Mapping[str, Sequence[str]] | None = None) -> None:
    """Write ``story`` as story@1 JSON (``short_names``: see :func:`story_to_json`)."""
    Path(path).write_text(json.dumps(story_to_json(story, short_names), ensure_ascii=False, indent=1),
                          encoding="utf-8")


def read_story(path: str | Path) -> Story:
    return Story.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
