"""A tiny ECB+-shaped corpus in CAT XML, written in a test's temporary folder (fictional texts)."""

from __future__ import annotations

from pathlib import Path

# file -> (sentences as tokens, markables): a markable is (tag, sentence, first token, last token, instance id)
DOCS = {
    "9_1ecb.xml": (
        [["Gunmen", "attacked", "a", "bank", "in", "Velmora", "on", "Monday", "and", "killed", "two", "guards", "."],
         ["Daniel", "Korvath", ",", "the", "mayor", ",", "said", "the", "attack", "was", "planned", "."]],
        [("HUMAN_PART_PER", 0, 0, 0, "GUN"), ("ACTION_OCCURRENCE", 0, 1, 1, "ATT"), ("LOC_GEO", 0, 5, 5, "VEL"),
         ("ACTION_OCCURRENCE", 0, 9, 9, "KIL"), ("HUMAN_PART_PER", 0, 10, 11, "GRD"),
         ("HUMAN_PART_PER", 1, 0, 1, "KOR"), ("ACTION_OCCURRENCE", 1, 6, 6, "SAY1"),
         ("ACTION_OCCURRENCE", 1, 8, 8, "ATT")]),
    "9_2ecb.xml": (
        [["The", "attack", "on", "the", "Velmora", "bank", "killed", "two", "guards", ",", "police", "said", "."],
         ["Mayor", "Korvath", "condemned", "the", "shooting", "."]],
        [("ACTION_OCCURRENCE", 0, 1, 1, "ATT"), ("LOC_GEO", 0, 4, 4, "VEL"), ("ACTION_OCCURRENCE", 0, 6, 6, "KIL"),
         ("HUMAN_PART_PER", 0, 7, 8, "GRD"), ("ACTION_OCCURRENCE", 0, 11, 11, "SAY2"),
         ("HUMAN_PART_PER", 1, 1, 1, "KOR"), ("ACTION_OCCURRENCE", 1, 2, 2, "CON"),
         ("ACTION_OCCURRENCE", 1, 4, 4, "ATT")]),
}


def cat_xml(name: str, sentences: list[list[str]], markables: list[tuple[str, int, int, int, str]]) -> str:
    """One ECB+ CAT XML document: tokens, mentions, instance descriptors and CROSS_DOC_COREF relations."""
    tokens, ids, t_id = [], {}, 0
    for s, words in enumerate(sentences):
        for n, w in enumerate(words):
            t_id += 1
            ids[(s, n)] = t_id
            tokens.append(f'<token t_id="{t_id}" sentence="{s}" number="{n}">{w}</token>')
    marks, rels, instances = [], [], {}
    for m_id, (tag, s, a, b, inst) in enumerate(markables, start=1):
        anchors = "".join(f'<token_anchor t_id="{ids[(s, n)]}"/>' for n in range(a, b + 1))
        marks.append(f'<{tag} m_id="{m_id}">{anchors}</{tag}>')
        instances.setdefault(inst, (tag, []))[1].append(m_id)
    for k, (inst, (tag, members)) in enumerate(instances.items(), start=100):
        marks.append(f'<{tag} m_id="{k}" RELATED_TO="" TAG_DESCRIPTOR="d{k}" instance_id="{inst}" />')
        sources = "".join(f'<source m_id="{m}" />' for m in members)
        rels.append(f'<CROSS_DOC_COREF r_id="{k}" note="{inst}">{sources}<target m_id="{k}" /></CROSS_DOC_COREF>')
    return (f'<Document doc_name="{name}" doc_id="{name}">' + "".join(tokens) + "<Markables>" + "".join(marks)
            + "</Markables><Relations>" + "".join(rels) + "</Relations></Document>")


def write_corpus(root: Path, topic: str = "9") -> Path:
    """The documents under ``root/xml/<topic>`` with every sentence listed as reliably annotated."""
    folder = root / "xml" / topic
    folder.mkdir(parents=True)
    rows = ["Topic,File,Sentence Number"]
    for name, (sentences, markables) in DOCS.items():
        name = name.replace("9_", f"{topic}_", 1)
        (folder / name).write_text(cat_xml(name, sentences, markables), encoding="utf-8")
        rows += [f"{topic},{name.removesuffix('.xml').split('_')[1]},{i}" for i in range(len(sentences))]
    csv = root / "ECBplus_coreference_sentences.csv"
    old = csv.read_text(encoding="utf-8").splitlines()[1:] if csv.exists() else []
    csv.write_text("\n".join(rows[:1] + old + rows[1:]) + "\n", encoding="utf-8")
    return root
