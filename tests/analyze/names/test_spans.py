"""mention_at: the mention the analysis makes of a given span (fictional texts)."""

from __future__ import annotations

from collections.abc import Callable

from storyline.analyze.names.spans import UNTYPED, mention_at
from storyline.analyze.pipeline import AnalysisState
from storyline.analyze.resources import Resources
from storyline.model import Article
from tests.conftest import analyzer_with


def _state(resources: Resources, text: str, make_article: Callable[..., Article],
           *components: str) -> AnalysisState:
    analyzer = analyzer_with(resources, *(components or ("baseline", "names", "coref")))
    state = AnalysisState(article=make_article(text), doc=resources.nlp(text), config=analyzer.config)
    for comp in analyzer.components:
        comp(state)
    return state


def test_mention_at_takes_the_attributes_of_the_mention_with_its_head(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = "Senator Ilona Varga arrived in Doral on Monday. Varga said she was pleased."
    state = _state(resources, text, make_article)
    full = next(m for m in state.mentions if m.text == "Ilona Varga")
    start = text.index("Senator")
    m = mention_at(state.doc, state.mentions, "t1", start, text.index(" arrived"))
    assert (m.start, m.text) == (start, "Senator Ilona Varga")  # the span is kept as given
    assert (m.label, m.kind, m.chain) == ("PERSON", "name", full.chain)
    she = text.index("she")
    pron = mention_at(state.doc, state.mentions, "t1", she, she + 3)
    assert pron.kind == "pronoun" and pron.chain == full.chain  # coreference's chain for the pronoun


def test_mention_at_builds_what_the_analysis_did_not_find(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = "The envoy left the old harbour before they could reply."
    state = _state(resources, text, make_article)
    envoy = mention_at(state.doc, state.mentions, "t1", 0, len("The envoy"))
    # no name took the unresolved description: it is its own unnamed participant's chain (nounchains)
    assert (envoy.kind, envoy.label, envoy.chain) == ("nominal", "PERSON", "t1:n0")
    start = text.index("the old")
    harbour = mention_at(state.doc, state.mentions, "t1", start, start + len("the old harbour"))
    assert (harbour.kind, harbour.label, harbour.source) == ("nominal", UNTYPED, "span")
    they = text.index("they")
    assert mention_at(state.doc, state.mentions, "t1", they, they + 4).kind == "pronoun"


def test_mention_at_reads_a_prepositional_phrase_by_its_object(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = "Ilona Varga spoke in Velmora on Monday."
    state = _state(resources, text, make_article)
    start = text.index("in Velmora")
    m = mention_at(state.doc, state.mentions, "t1", start, start + len("in Velmora"))
    assert (m.text, m.kind, m.label) == ("in Velmora", "name", "GPE")


def test_mention_at_a_common_noun_under_a_name_is_a_nominal_as_the_analysis_reads_it(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = "Ilona Varga will be the Tessik Gala host. A Dorval man was hurt at the gala on Monday."
    analyzed = _state(resources, text, make_article)
    host = text.index("host")
    # the analysis reads "host" as a nominal of Ilona Varga's chain
    assert next(m for m in analyzed.mentions if m.end == host + 4).kind == "nominal"
    # given the names step's mentions only (where the gold-mention setting puts its spans), the span gets that kind
    named = _state(resources, text, make_article, "baseline", "names")
    assert mention_at(named.doc, named.mentions, "t1", host, host + 4).kind == "nominal"
    man = text.index("man")  # a name outside the span modifies the noun; the analysis makes no name of it
    assert not any(m.start <= man < m.end for m in analyzed.mentions)
    assert (mention_at(named.doc, named.mentions, "t1", man, man + 3).kind,
            mention_at(named.doc, named.mentions, "t1", man - 9, man + 3).kind) == ("nominal", "nominal")


def test_mention_at_a_common_noun_a_headline_capitalized_is_no_name(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = ("Driver Charged in Fatal Crash in Doral\n"
            "A driver was charged on Monday after a crash in Doral. The driver told Ilona Varga he was sorry.")
    state = _state(resources, text, make_article)
    assert mention_at(state.doc, state.mentions, "t1", 0, len("Driver")).kind == "nominal"
    doral = text.index("Doral")
    assert mention_at(state.doc, state.mentions, "t1", doral, doral + 5).kind == "name"  # the body capitalizes it
