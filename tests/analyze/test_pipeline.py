"""Declared data flow: each component reads only what it ``requires`` (real spaCy model, real components).

Each default component runs twice on the same article: on the full working state, and on a state that
holds only its declared inputs, where every other field (and every undeclared ``extras`` key) raises on
access. It must not touch anything undeclared, and must give the same outputs from its inputs alone.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from storyline.analyze.pipeline import (
    ALWAYS_READABLE,
    AnalysisState,
    Analyzer,
    Component,
    check_pipeline,
    component,
    state_fields,
)
from storyline.analyze.resources import Resources
from storyline.config import DEFAULT_COMPONENTS, Config
from storyline.model import Article

TEXTS = {
    "dated": ("Interior Minister Talia Varn said on Tuesday that the Orsk Liberation Front (OLF) carried out "
              "the bombing in Kessel last month. \"We will find them,\" she told reporters. The OLF denied any "
              "role, a claim rejected by the ministry. Varn is expected to visit Kessel on Friday."),
    "undated": ("KESSEL, March 4, 2024 - Officials in Kessel said on Monday that 12 people were killed when a "
                "bomb went off at the market. The Orsk Liberation Front, which the government blames for the "
                "attack, said in a statement that it had no part in it."),
}


class UndeclaredRead(AssertionError):
    pass


class _Extras(dict[str, Any]):
    """``state.extras`` that lets a component see only the keys it declared."""

    def __init__(self, data: dict[str, Any], readable: set[str], writable: set[str], who: str) -> None:
        super().__init__(data)
        self.readable, self.writable, self.who = readable, writable, who

    def _check(self, key: str, keys: set[str], what: str) -> None:
        if key not in keys:
            raise UndeclaredRead(f"component {self.who!r} {what} extras[{key!r}] without declaring extras.{key}")

    def __getitem__(self, key: str) -> Any:
        self._check(key, self.readable, "read")
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._check(key, self.readable, "read")
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self._check(str(key), self.readable, "looked for")
        return super().__contains__(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._check(key, self.writable, "wrote")
        super().__setitem__(key, value)

    def __iter__(self) -> Any:
        raise UndeclaredRead(f"component {self.who!r} iterated over every extras key")


class _Guarded(AnalysisState):
    """An :class:`AnalysisState` whose undeclared fields raise on access."""

    def __getattribute__(self, name: str) -> Any:
        if name in _FIELDS and name not in object.__getattribute__(self, "_readable"):
            who = object.__getattribute__(self, "_who")
            raise UndeclaredRead(f"component {who!r} read state.{name} without declaring it in requires")
        return object.__getattribute__(self, name)


_FIELDS = frozenset(state_fields())


def guarded(full: AnalysisState, comp: type[Component]) -> AnalysisState:
    """A copy of ``full`` holding only what ``comp`` requires; assigned fields start empty unless required."""
    fields = {n for n in comp.requires if n in _FIELDS}
    empty = AnalysisState(article=full.article, doc=full.doc, config=full.config)
    values = {n: copy.deepcopy(getattr(full if n in fields else empty, n)) for n in _FIELDS
              if n not in ("article", "doc", "config")}
    state = _Guarded(article=full.article, doc=full.doc, config=full.config, **values)
    keys = {n.split(".", 1)[1] for n in comp.requires if n.startswith("extras.")}
    writes = {n.split(".", 1)[1] for n in comp.assigns if n.startswith("extras.")}
    state.extras = _Extras({k: v for k, v in full.extras.items() if k in keys}, keys | writes, writes, comp.name)
    object.__setattr__(state, "_readable", fields | set(comp.assigns) | set(ALWAYS_READABLE) | {"extras"})
    object.__setattr__(state, "_who", comp.name)
    return state


def outputs(state: AnalysisState, comp: type[Component]) -> dict[str, Any]:
    out = {}
    for name in comp.assigns:
        if name.startswith("extras."):
            out[name] = dict.get(state.extras, name.split(".", 1)[1])
        else:
            out[name] = object.__getattribute__(state, name)
    return out


@pytest.fixture(scope="module")
def analyzer(resources: Resources) -> Analyzer:
    return Analyzer(Config(), resources).warm_up()


@pytest.mark.parametrize("text_id", list(TEXTS))
def test_pipeline_each_component_reads_only_what_it_declares(analyzer: Analyzer, text_id: str) -> None:
    published = "2024-03-06" if text_id == "dated" else None
    article = Article(id=text_id, text=TEXTS[text_id], published=published,
                      published_granularity="day" if published else None)
    doc = analyzer.resources.nlp(article.text)
    full = AnalysisState(article=article, doc=doc, config=analyzer.config, dct=article.published)
    assert [c.name for c in analyzer.components] == list(DEFAULT_COMPONENTS)
    for comp in analyzer.components:
        alone = guarded(full, type(comp))
        comp(alone)  # raises UndeclaredRead on any undeclared read
        comp(full)
        assert outputs(alone, type(comp)) == outputs(full, type(comp)), comp.name
    assert full.mentions and full.timexes and full.events and full.claims  # every component had work to do


def test_pipeline_guard_catches_an_undeclared_read(analyzer: Analyzer) -> None:
    article = Article(id="x", text=TEXTS["dated"], published="2024-03-06", published_granularity="day")
    full = AnalysisState(article=article, doc=analyzer.resources.nlp(article.text), config=analyzer.config)

    @component("peeks", requires=("doc",), assigns=("claims",))
    class Peeks(Component):
        def __call__(self, state: AnalysisState) -> None:
            state.claims = list(state.claims) if state.events else []  # events was never declared

    @component("peeks_extras", requires=("doc",), assigns=("roles",))
    class PeeksExtras(Component):
        def __call__(self, state: AnalysisState) -> None:
            state.roles = list(state.extras.get("titles", []))

    runs: list[Callable[[], None]] = [lambda: Peeks(analyzer.config)(guarded(full, Peeks)),
                                      lambda: PeeksExtras(analyzer.config)(guarded(full, PeeksExtras))]
    for run in runs:
        with pytest.raises(UndeclaredRead, match="without declaring"):
            run()


def test_pipeline_declarations_are_checked() -> None:
    with pytest.raises(ValueError, match="not fields of AnalysisState"):
        component("typo", requires=("mention",))
    with pytest.raises(ValueError, match="requires \\['events'\\], which no earlier component assigns"):
        check_pipeline(["baseline", "names", "coref", "time", "claims"])  # claims reads events
    with pytest.raises(ValueError, match=r"extras\.titles"):
        check_pipeline(["baseline", "coref"])  # coref reads the titles the names component keeps
