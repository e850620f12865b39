"""The actions inside one incident: groups of its mentions that tell the same action (``Event.chains``).

An incident (a story@1 event) holds everything one real-world happening is told with: a raid's shooting,
the deaths and the arrest; a crash's collision and the driver's charge. Event coreference corpora (ECB+,
MEANTIME) annotate at the finer grain of the action, and an analyst reading an incident wants its distinct
actions too. A chain is read inside an incident only, so it never joins what the incident step kept apart.

Inside an incident each mention, in article order, joins the first chain that tells it with the same
trigger lemma, or else the chain with the word closest in meaning to its own, if close enough (``SYNONYM``:
cosine of the trigger lemmas' sentence-encoder vectors: "kill"/"murder", "announce"/"announcement",
"shoot"/"shooting"; the earlier chain on a tie).

A word close in meaning never joins violence to what it did to people (:func:`effect`): the shooting, the
killing and the wounding are three actions of one incident, as ACE and ERE (Conflict.Attack, Life.Die,
Life.Injure), ECB+ and MEANTIME annotate them, however close "shot", "killed" and "wounded" lie in the
vectors. The same word still joins ("killed" told twice is one killing).

The incident step has already kept apart what its arguments tell apart (other places, dates, actors or
targets, counts). Checked again inside an incident, on ECB+ dev with gold mentions, they cost more than
they gave (other named actors or targets: -1.4 CoNLL F1; counts of people held or killed and stated dates:
-0.6): inside one incident, a participant's entity or a count is more often a parse's slip than a second
action.

The chains of an event are tuples of its mention ids, each mention in exactly one chain, largest chain first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from storyline.fuse import FuseContext
from storyline.fuse.events import Cluster, Info

#: cosine of two trigger lemmas' vectors at which they may tell one action ("kill" and "murder")
SYNONYM = 0.4
#: the encoder that reads the trigger lemmas (Config.step_encoders)
STEP = "chains"

Similar = Callable[[str, str], float]


def lemma(i: Info) -> str:
    """The trigger's lemma (lower case), else its lower-cased text (analyses stored before ``lemma``)."""
    return (i.m.lemma or i.m.text).lower()


#: what violence did to people, by (type, sub-type): a death or an injury is an action of its own (module docstring)
EFFECTS: dict[tuple[str, str | None], str] = {("ASSAULT", "killing"): "death", ("LIFE", "death"): "death",
                                              ("LIFE", "injury"): "injury"}


def effect(i: Info) -> str | None:
    """What a mention tells of violence: "death" or "injury" done to people, "violence" for the act itself (a
    shooting, a bombing, an attack), None for anything else (and for actions outside the ontology)."""
    kind = (i.m.type, i.m.subtype)
    return EFFECTS.get(kind) or ("violence" if i.m.type == "ASSAULT" else None)


def chains(c: Cluster, similar: Similar) -> tuple[tuple[str, ...], ...]:
    """The incident's actions as tuples of mention ids (module docstring)."""
    found: list[tuple[set[str], list[str], set[str]]] = []  # (lemmas, mention ids, effects) of each chain
    for i in sorted(c.infos, key=lambda i: (i.m.article, i.m.start, i.m.id)):
        word, what = lemma(i), effect(i)
        home = next((ch for ch in found if word in ch[0]), None)
        if home is None:
            close = [(max(similar(word, w) for w in ch[0]), -n) for n, ch in enumerate(found)
                     if what is None or not ch[2] or what in ch[2]]
            best = max(close, default=None)
            home = found[-best[1]] if best is not None and best[0] >= SYNONYM else None
        if home is None:
            home = (set(), [], set())
            found.append(home)
        home[0].add(word)
        home[1].append(i.m.id)
        if what is not None:
            home[2].add(what)
    return tuple(sorted((tuple(ids) for _, ids, _ in found), key=lambda ids: (-len(ids), ids[0])))


def word_similarity(ctx: FuseContext, clusters: Iterable[Cluster]) -> Similar:
    """Cosine of two trigger lemmas' vectors, for the lemmas of incidents told with more than one word."""
    return lemma_similarity(ctx, {w for c in clusters for w in {lemma(i) for i in c.infos}
                                  if len({lemma(i) for i in c.infos}) > 1})


def lemma_similarity(ctx: FuseContext, lemmas: Iterable[str]) -> Similar:
    """Cosine of two of these lemmas' vectors (1 for the same word, 0 for a word not given)."""
    words = sorted(set(lemmas))
    if not words or not ctx.config.use_embeddings:
        return lambda a, b: 1.0 if a == b else 0.0
    vecs = np.asarray(ctx.encoder(STEP).encode(words), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    vecs = (vecs / np.where(norms == 0, 1, norms)).astype(np.float32)
    at = {w: n for n, w in enumerate(words)}

    def similar(a: str, b: str) -> float:
        if a == b:
            return 1.0
        if a not in at or b not in at:
            return 0.0
        return float(vecs[at[a]] @ vecs[at[b]])

    return similar
