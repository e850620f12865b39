from spacy.language import Language

from storyline.analyze.doctext import doc_text


def test_doc_text_is_the_docs_text_built_once(nlp: Language) -> None:
    doc = nlp("The minister of Valdora said on Monday  that talks would resume.\nNo date was set.")
    first = doc_text(doc)
    assert first == doc.text  # whitespace and line breaks kept
    assert doc_text(doc) is first  # kept, not joined again from the tokens


def test_doc_text_keeps_each_docs_own_text(nlp: Language) -> None:
    a, b = nlp("Floods hit the north."), nlp("Talks ended in Estmark.")
    assert (doc_text(a), doc_text(b)) == (a.text, b.text)
