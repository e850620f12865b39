"""The per-article analysis: spaCy once, then our named components in order.

Like spaCy's own pipeline, each component is registered by name with what it
``requires`` and ``assigns``; :class:`Analyzer` checks the list before running
it. ``analyze(article, config)`` is a pure function of both, so any engine can
map it over partitions (see ``storyline.scale``).

Adding a component: write a module with a class decorated by
``@component("name", requires=..., assigns=...)``, add the module to
``COMPONENT_MODULES`` and the name to ``config.DEFAULT_COMPONENTS``.

Declared data flow: a component reads only what it ``requires`` (fields of
:class:`AnalysisState`, or ``extras.<key>`` for a key of ``state.extras``)
and writes only what it ``assigns``; ``article`` and ``config`` are always
readable. ``tests/analyze/test_pipeline.py`` runs every default component on
a state holding just its declared inputs, with every other field raising on
access, so an undeclared read fails there and not as a silent wrong order.
"""

from __future__ import annotations

import collections
import copy
import dataclasses
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from spacy.tokens import Doc

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.model import Article, ArticleAnalysis, Claim, EventMention, Mention, Role, Timex

log = logging.getLogger(__name__)

#: component name -> module that registers it (imported on first use)
COMPONENT_MODULES: dict[str, str] = {
    "baseline": "storyline.analyze.baseline",
    "names": "storyline.analyze.names.repair",
    "coref": "storyline.analyze.names.coref",
    "time": "storyline.analyze.time.timexes",
    "events": "storyline.analyze.events.mentions",
    "claims": "storyline.analyze.claims.statements",
    "tables": "storyline.analyze.tables",
}

#: what exists before any component runs (``dct`` is the article's date, ``dct_inferred`` False)
GIVEN = ("doc", "article", "dct", "dct_inferred")
#: what every component may read without declaring it: its input article and its settings
ALWAYS_READABLE = ("article", "config")


@dataclass
class AnalysisState:
    """Mutable working state for one article while components run; frozen at the end."""

    article: Article
    doc: Doc
    config: Config
    dct: str | None = None
    dct_inferred: bool = False
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    roles: list[tuple[str, Role]] = field(default_factory=list)
    acronyms: list[tuple[str, str]] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)

    def freeze(self) -> ArticleAnalysis:
        return ArticleAnalysis(
            article=self.article.id,
            config_hash=self.config.analysis_hash(),
            sentences=tuple(self.sentences),
            mentions=tuple(sorted(self.mentions, key=lambda m: (m.start, m.end))),
            timexes=tuple(sorted(self.timexes, key=lambda t: (t.start, t.end))),
            events=tuple(self.events),
            claims=tuple(self.claims),
            roles=tuple(self.roles),
            acronyms=tuple(self.acronyms),
            dct=self.dct,
            dct_inferred=self.dct_inferred,
            extras=self.extras,
        )


class Component:
    """Base class of per-article components. ``__init__`` is light; ``warm_up`` loads resources."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, config: Config) -> None:
        self.config = config

    def warm_up(self, resources: Resources) -> None:
        """Load what the component needs (called once per process)."""

    def __call__(self, state: AnalysisState) -> None:
        raise NotImplementedError


REGISTRY: dict[str, type[Component]] = {}


def state_fields() -> tuple[str, ...]:
    """The fields of :class:`AnalysisState` a component may declare (``extras.<key>`` besides)."""
    return tuple(f.name for f in dataclasses.fields(AnalysisState))


def _check_names(component_name: str, names: tuple[str, ...]) -> None:
    known = set(state_fields())
    bad = [n for n in names if n not in known and not (n.startswith("extras.") and len(n) > len("extras."))]
    if bad:
        raise ValueError(f"component {component_name!r} declares {bad}: not fields of AnalysisState "
                         f"({', '.join(sorted(known))}) or extras.<key>")


def component(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
              ) -> Callable[[type[Component]], type[Component]]:
    """Register a component class under ``name`` with its declared inputs and outputs."""
    _check_names(name, requires + assigns)

    def wrap(cls: type[Component]) -> type[Component]:
        cls.name, cls.requires, cls.assigns = name, requires, assigns
        REGISTRY[name] = cls
        return cls

    return wrap


def get_component(name: str) -> type[Component]:
    if name not in REGISTRY:
        module = COMPONENT_MODULES.get(name)
        if module is None:
            raise ValueError(f"unknown analysis component {name!r}; known: {', '.join(COMPONENT_MODULES)}")
        importlib.import_module(module)
    return REGISTRY[name]


def check_pipeline(names: Iterable[str]) -> list[type[Component]]:
    """Resolve component classes and check each one's requirements are assigned earlier."""
    available = set(GIVEN)
    classes = []
    for name in names:
        cls = get_component(name)
        missing = [r for r in cls.requires if r not in available]
        if missing:
            raise ValueError(f"component {name!r} requires {missing}, which no earlier component assigns")
        available.update(cls.assigns)
        classes.append(cls)
    return classes


class Analyzer:
    """Runs the configured components over articles. Cheap to build; ``warm_up`` loads models."""

    def __init__(self, config: Config | None = None, resources: Resources | None = None) -> None:
        self.config = config or Config()
        self.resources = resources or Resources(self.config)
        self.components = [cls(self.config) for cls in check_pipeline(self.config.components)]
        self._warm = False

    def warm_up(self) -> Analyzer:
        if not self._warm:
            self.resources.nlp  # noqa: B018 - loads the spaCy model once
            for comp in self.components:
                comp.warm_up(self.resources)
            self._warm = True
        return self

    def analyze(self, article: Article) -> ArticleAnalysis:
        return next(iter(self.analyze_many([article])))

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[ArticleAnalysis]:
        """Batched ``nlp.pipe`` over the texts (a text over ``Config.max_chars`` in sentence-aligned windows,
        joined back into one ``Doc``: never cut), then the components per document."""
        from storyline.analyze.doctext import parse_text
        from storyline.analyze.title import headline, parse_case
        from storyline.analyze.windows import parse

        self.warm_up()
        arts = list(articles)
        docs = parse(self.resources.nlp, (parse_text(a.text) for a in arts), self.config.max_chars,
                     self.config.batch_size)
        # the headline as a small text of its own (analyze/title.py), parsed in the body's case
        heads = [(a, parse_case(h, a.text)) for a in arts if (h := headline(a)) is not None]
        titles = collections.deque(zip(heads, parse(self.resources.nlp, [parse_text(t) for _, t in heads],
                                                    self.config.max_chars, self.config.batch_size), strict=True))
        for article, doc in zip(arts, docs, strict=True):
            analysis = self._run(article, doc)
            if titles and titles[0][0][0] is article:
                (_, text), tdoc = titles.popleft()
                analysis = self._with_title(article, analysis, text, tdoc)
            yield analysis

    def _run(self, article: Article, doc: Doc, skip: tuple[str, ...] = ()) -> ArticleAnalysis:
        state = AnalysisState(article=article, doc=doc, config=self.config,
                              dct=article.published if not article.published_inferred else None)
        for comp in self.components:
            if comp.name not in skip:
                run_isolated(comp, state)
        return state.freeze()

    def _with_title(self, article: Article, analysis: ArticleAnalysis, text: str, doc: Doc) -> ArticleAnalysis:
        """The article's analysis with its headline's event mentions (analyze/title.py): the components read
        the title as an article of its own, of the article's date, the claims left out."""
        from storyline.analyze.title import title_events

        small = dataclasses.replace(article, text=text, title=None, removed=(), notes=())
        found = title_events(article, analysis, self._run(small, doc, skip=("claims",)))
        return dataclasses.replace(analysis, events=analysis.events + tuple(found)) if found else analysis


def run_isolated(comp: Component, state: AnalysisState) -> None:
    """Run one component; when it fails, put back what it assigns and note it in ``extras["failed_components"]``.

    One component failing on an article costs that component's results for that article: the article
    keeps the others' (a later component sees the state as if the failed one had found nothing new).
    """
    saved = _snapshot(state, comp.assigns)
    try:
        comp(state)
    except Exception as exc:
        log.exception("component %r failed on article %s", comp.name, state.article.id)
        _restore(state, saved)
        state.extras.setdefault("failed_components", []).append(
            f"component {comp.name!r} failed ({type(exc).__name__}: {str(exc)[:200]})")


def _snapshot(state: AnalysisState, assigns: tuple[str, ...]) -> dict[str, Any]:
    saved: dict[str, Any] = {}
    for name in assigns:
        if name.startswith("extras."):
            key = name[len("extras."):]
            saved[name] = copy.copy(state.extras[key]) if key in state.extras else _ABSENT
        else:
            saved[name] = copy.copy(getattr(state, name))
    return saved


def _restore(state: AnalysisState, saved: dict[str, Any]) -> None:
    for name, value in saved.items():
        if name.startswith("extras."):
            key = name[len("extras."):]
            if value is _ABSENT:
                state.extras.pop(key, None)
            else:
                state.extras[key] = value
        else:
            setattr(state, name, value)


_ABSENT = object()


def analyze(article: Article, config: Config | None = None) -> ArticleAnalysis:
    """Analyze one article (loads the models; for many articles build one :class:`Analyzer`)."""
    return Analyzer(config).analyze(article)
