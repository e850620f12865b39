"""The baseline component: sentences and entity mentions straight from the spaCy parse."""

from __future__ import annotations

from storyline.analyze.pipeline import AnalysisState, Component, component
from storyline.model import Mention

#: spaCy labels kept as entity mentions (numbers, dates and money are other components' business)
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})


@component("baseline", requires=("doc",), assigns=("sentences", "mentions"))
class Baseline(Component):
    def __call__(self, state: AnalysisState) -> None:
        doc, art = state.doc, state.article
        state.sentences = [(s.start_char, s.end_char) for s in doc.sents]
        state.mentions = [
            Mention(article=art.id, start=e.start_char, end=e.end_char, text=e.text, label=e.label_)
            for e in doc.ents if e.label_ in ENTITY_LABELS
        ]
