"""Fusion step "corroboration": independent sources and an Admiralty-style grade for events and claims.

Articles that are not independent form a *source family* and count once. What an article's text
owes to a wire agency is read from where the agency is named, not from its being named:

- near-duplicates (``Article.copy_of``, set by ingest: a whole copy, or a copy cut short);
- a wire copy: the credit ingest recorded from the dateline, a last line or a byline ("LESK, March 1
  (Reuters) -", "(dpa/NAN)", "–IANS", "By XNA |": ``Article.credit``, an agency of the lexicon or not),
  or an outlet that is a wire agency. A national agency relaying a worldwide one ("BSS/AFP") marks
  the worldwide agency's copy;
- a retelling of a wire story: the agency named as the reporting channel in the lead ("the Example
  News Agency (ENA) reported", "according to an AFP report"), or often enough through the article:
  a request for comment the agency made ("AFP's request for comment": only its own story says so)
  is enough, a quote it gathered ("told AFP") counts 1, a report ("AFP reported") 3/4, a citation
  ("according to AFP") 1/2, and 2 in two namings or more make a retelling. One "AP reported" or "according
  to Reuters" in an outlet's own report cites the agency, even in the lead; it does not make the report a copy;
- an agency's copies: two articles credited to one agency or naming it as their channel ("told AFP",
  "AFP journalists saw") that each hold 20 words of passages they share, names aside (a copy may spell a name
  in another romanisation): one wire story in two outlets whose credit shows only in the text. Such copies join
  the agency's credited copies, if any (one wire is one source, whichever of its stories an outlet runs);
- an agency's uncredited story: a text that names one agency, and only as the gatherer of its material ("...,
  a farmer told AFP", "AFP journalists saw"), never as a source it cites ("AFP reported", "according to
  AFP"), joins the agency's credited copies (not an article of an outlet's own family). Over the fifteen
  stories of the round-34 pool, every such text with a credited copy of its agency in the story was one of
  the agency's (4 of 4, in 3 stories); with no credited copy it stays on its own;
- shared passages: two texts that each hold 30 words of narrative word for word in passages they share
  (quotations left out: independent reports repeat what a speaker said), or 20 words that are a third of the
  shorter text's narrative (a brief, a copy cut short and edited), are one story's copies: an early
  and an updated version of a wire story, a copy cut short, a local lead above wire paragraphs. Such an
  article is a copy, so it does not join its outlet's own reporting; a pair credited to two different
  agencies is not joined (a compilation of two agencies' stories does not make them one);
- a rewrite: one text told again sentence by sentence (a translation, a copy edited line by line):
  at least 5 sentences, and 70% of the shorter article's, each sharing half its content words with a
  sentence of the other, in the same order. Independent reports of one event share facts, names and
  quotes, but not the order of most of their sentences; pairs are compared when they share half
  the smaller one's content words (those in at most 200 articles);
- an outlet's own articles (one newsroom is one source); its wire copies count with the wire.
  A photo credit ("… (AP)", "[File: …/AP Photo]", "Name/SOPA Images via ZUMA Press Wire/dpa")
  is about the picture, so it never joins two outlets; but an outlet whose articles come with
  different agencies' pictures (an aggregator reprinting several agencies) is not one newsroom:
  its articles group by the agency of their pictures.

Grades (Admiralty information credibility, 1-6):

1. confirmed: reported by two or more independent sources, nothing against it;
2. probably true: one identified source, asserted plainly (or several sources for an alleged event);
3. possibly true: one source that is anonymous, hedged, alleging, or of unknown origin;
4. doubtful: denied or contradicted by one independent source;
5. improbable: denied by two or more independent sources, more than support it;
6. cannot be judged: the future (expected/planned events, promises, warnings) or no source at all.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import inspect
import itertools
import marshal
import re
import sys
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt
from scipy import sparse

from storyline.fuse import FuseContext, fuse_step
from storyline.lexicons import agencies
from storyline.lexicons.stopwords import STOPWORDS
from storyline.model import Article, ArticleAnalysis, Claim, ClaimLink, Corroboration, Event, SourceFamily

_AG = agencies.PATTERN
_Q = "['‘’\"“”]?"
# "the Example News Agency (ENA) reported": a named agency and its acronym, lexicon or not
_NAMED_AGENCY = re.compile(
    r"\b(?:[A-Z][\w'’-]+ ){1,4}(?:News|Press) Agency(?: of [A-Z][\w'’-]+)?\s*\((?P<acr>[A-Z][A-Za-z]{1,7})\)"
    r"(?= (?:reported|reports|said|says|quoted|news agency))")

#: how much a naming of an agency says the text is the agency's story: the agency asked for comment
#: (only its own story says so), gathered a quote ("told AFP"), reported ("AFP reported", "according to an
#: AFP report"), or is cited for one fact ("according to AFP")
_WEIGHT = {"asked": 2.0, "gathered": 1.0, "report": 0.75, "cite": 0.5}
#: a retelling: this much weight, or one report/gathered naming in the lead ...
RETELLING_WEIGHT = 2.0
#: ... in this many namings (a request for comment counts 2): one naming alone is a citation (see :func:`origin_of`)
RETELLING_NAMINGS = 2


def _channel_patterns(alternation: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    a = rf"{_Q}(?P<a>{alternation})\b{_Q}"
    the = r"(?:the )?(?:state(?:-run)? |official )?(?:media |news )?(?:news agency |agency |wire service )?"
    return (
        ("report", re.compile(rf"according to (?:an?|the) {a} (?:news agency |wire )?report")),
        ("report", re.compile(rf"(?<![\w-]){a} (?:news agency |wire service )?(?:reported|reports|quoted|said|says|"
                              r"cited)\b")),
        ("report", re.compile(rf"\b(?:reported|quoted(?: as saying)?|cited) by {the}{a}")),
        ("gathered", re.compile(rf"\btold {the}{a}")),
        ("asked", re.compile(rf"(?<![\w-]){a}[’']s? (?:request|inquiry|query|questions?)\b")),
        ("asked", re.compile(rf"\b(?:contacted|reached|asked) by {the}{a}")),
        ("gathered", re.compile(rf"(?<![\w-]){a}(?:[’']s?)? (?:reporters?|correspondents?|journalists?|"
                                r"photographers?|cameraman|crews?|team)\b")),
        ("gathered", re.compile(rf"\b(?:interview|interviews|speaking|spoke) (?:to|with) {the}{a}")),
        ("cite", re.compile(rf"according to {the}{a}(?! (?:news agency |wire )?report)")),
    )


CHANNELS = _channel_patterns(_AG)

# Photo credits: bracketed ("[File: Name/AP Photo]"), "(AP Photo/Name)", labelled ("Photo: AP", "Credit:
# Reuters", "(Source: Associated Press)"), a photographer's slash chain ending a line ("Name/Reuters",
# "© NAME / AFP", "Name/SOPA Images via ZUMA Press Wire/dpa"), or an agency closing a line that is not the
# article's last ("… the suspect.(AP)", "… Lesk, (AP)", "… Orvani, Valdora. Reuters").
_AGC = rf"(?P<a>{_AG})(?![a-z])"
_CAPTIONS = (
    re.compile(rf"\[(?:(?:File|Photo|Image|Picture)\s*:\s*)?[^\]\n]{{0,80}}?/\s*{_AGC}(?:\s+(?:Photo|Images?|"
               r"Pictures?|Video))?\s*\]"),
    re.compile(rf"\({_AGC}\s+(?:Photo|Images?)\b[^)\n]{{0,60}}\)"),
    re.compile(rf"\b(?:Photo(?:graph)?|Picture|Image|Credit|Source|Courtesy)s?(?:\s+credit)?\s*:\s*"
               rf"(?:[^|\n:]{{0,60}}?/\s*)?(?:the\s+)?{_AGC}"),
    re.compile(rf"(?:©\s*)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){{0,5}}\s*/\s*(?:[^/\n]{{1,60}}/\s*)*{_AGC}"
               r"(?:\s+(?:Photo|Images?|Pictures?))?\s*\)?\s*$", re.M),
)
_CAPTION_END = re.compile(rf"(?:[.,;]\s*\(?|\s\()(?P<a>{_AG})\)?\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
GRADE_WORDS = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}
FUTURE_MODALITIES = frozenset({"expected", "planned", "hypothetical"})
DENIED_MODALITIES = frozenset({"denied", "negated"})
ALLEGED_MODALITIES = frozenset({"alleged", "claimed"})


def agency(name: str | None) -> str | None:
    """The canonical agency named by a credit or outlet ("IANS (syndicated)" -> "IANS")."""
    if not name:
        return None
    m = re.search(rf"\b({_AG})\b", name)
    return agencies.canonical(m.group(1)) if m else None


def credited_agency(credit: str | None) -> str | None:
    """The agency of a credit recorded at ingest: a worldwide agency first ("BSS, AFP" -> "AFP"), else a
    lexicon agency, else the first credited name.

    Ingest records a credit only where the text signs with one ("–XNA", "(XNA)", "By XNA |"), so an
    agency missing from the lexicon still marks a wire copy. "Agencies" names no single agency.
    """
    if not credit:
        return None
    names = [n.strip() for n in credit.split(",") if n.strip()]
    known = [a for a in (agency(n) for n in names) if a]
    worldwide = [a for a in known if a in agencies.WORLDWIDE]
    if worldwide or known:
        return (worldwide or known)[0]
    first = names[0] if names else ""
    return None if not first or first in agencies.GENERIC_CREDITS else first


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def caption_credits(text: str) -> list[tuple[str, int, int]]:
    """(agency, start, end) of each photo credit; the span covers the caption's credit."""
    found = [(agencies.canonical(m.group("a")), m.start(), m.end()) for p in _CAPTIONS for m in p.finditer(text)]
    lines = _lines(text)
    for start, end in lines[:-1]:
        m = _CAPTION_END.search(text, start, end)
        if m and m.end() >= end - 1 and not any(s <= m.start("a") < e for _, s, e in found):
            found.append((agencies.canonical(m.group("a")), m.start("a"), end))
    return sorted(found, key=lambda x: x[1])


def picture_agency(text: str, removed: Sequence[str] = ()) -> str | None:
    """The agency most of the article's photo credits name (None when none does); ``removed``: the lines
    cleaning took out, where a caption with its credit may have gone."""
    found = Counter(a for a, _, _ in caption_credits(text))
    found.update(agencies.canonical(m.group("a")) for line in removed for p in _CAPTIONS for m in p.finditer(line))
    return found.most_common(1)[0][0] if found else None


def _lead(text: str, captions: list[tuple[str, int, int]]) -> tuple[int, int]:
    """The first line that ends a sentence and is no caption: the lead paragraph."""
    for start, end in _lines(text):
        if _SENTENCE_END.search(text[start:end]) and not any(start <= s < end for _, s, _e in captions):
            return start, end
    return 0, 0


def retold_agency(text: str, channels: tuple[tuple[str, re.Pattern[str]], ...] = CHANNELS) -> str | None:
    """The agency whose story the article retells: named as its channel in the lead, or often enough
    through the article (see the module docstring). Photo credits are not channels."""
    named = channel_namings(text, channels)
    best = sorted(named, key=lambda a: (-named[a][0], named[a][2]))
    return best[0] if best and named[best[0]][0] >= RETELLING_WEIGHT else None


def channel_namings(text: str, channels: tuple[tuple[str, re.Pattern[str]], ...] = CHANNELS
                    ) -> dict[str, tuple[float, int, int]]:
    """Each agency the text names as a channel (not in a photo credit): (weight, how many namings, where the
    first is); the weight as :func:`retold_agency` reads it."""
    lead = _lead(text, caption_credits(text))
    weight: dict[str, float] = defaultdict(float)
    count: Counter[str] = Counter()
    first: dict[str, int] = {}
    for name, kind, pos in _namings(text, channels):
        in_lead = lead[0] <= pos < lead[1] and kind != "cite"
        weight[name] += RETELLING_WEIGHT if in_lead else _WEIGHT[kind]
        count[name] += 2 if kind == "asked" else 1  # a request for comment is only the agency's own story's
        first.setdefault(name, pos)
    return {a: (weight[a], count[a], first[a]) for a in weight}


def _namings(text: str, channels: tuple[tuple[str, re.Pattern[str]], ...] = CHANNELS) -> list[tuple[str, str, int]]:
    """(agency, kind, where) for each naming of an agency as a channel, photo credits aside (one naming per place:
    the first pattern that reads it)."""
    captions = caption_credits(text)
    out: list[tuple[str, str, int]] = []
    seen: set[tuple[str, int]] = set()

    def add(name: str, kind: str, pos: int) -> None:
        if any(s <= pos < e for _, s, e in captions) or (name, pos) in seen:
            return
        seen.add((name, pos))
        out.append((name, kind, pos))

    for kind, pattern in channels:
        for m in pattern.finditer(text):
            add(agencies.canonical(m.group("a")), kind, m.start("a"))
    for m in _NAMED_AGENCY.finditer(text):
        add(m.group("acr"), "report", m.start())
    return out


#: namings only an agency's own story makes: a quote its reporter gathered ("told AFP", "AFP journalists saw"),
#: a comment it asked for
_OWN_KINDS = frozenset(("gathered", "asked"))


def gathering_agency(text: str, channels: tuple[tuple[str, re.Pattern[str]], ...] = CHANNELS) -> str | None:
    """The one agency a text names, when it names it only as the gatherer of its material ("..., he told AFP",
    "AFP's request for comment"), never as a source it cites ("AFP reported", "according to AFP"); else None.
    An outlet's own report that takes a quote from an agency says whose it is ("..., he told AFP, the agency
    reported", "according to AFP"), and names other channels too; a text naming one agency only as the one
    that gathered its quotes is that agency's story, run without its credit (see :func:`source_families`)."""
    found = _namings(text, channels)
    names = {name for name, _, _ in found}
    if len(names) != 1 or any(kind not in _OWN_KINDS for _, kind, _ in found):
        return None
    return names.pop()


def corpus_channels(articles: dict[str, Article]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The channel patterns for the lexicon's agencies and every agency credited in the corpus."""
    credited = {c for a in articles.values() if (c := credited_agency(a.credit)) and not agency(c)}
    if not credited:
        return CHANNELS
    extra = "|".join(re.escape(c) for c in sorted(credited, key=len, reverse=True))
    return _channel_patterns(f"{_AG}|{extra}")


# --------------------------------------------------------------------------- rewrites

#: a rewrite tells again at least this many sentences of the other text, in order ...
REWRITE_SENTENCES = 5
#: ... and at least this share of the shorter text's sentences
REWRITE_SHARE = 0.7
#: two sentences say the same when they share this much of their content words (Dice)
SENTENCE_DICE = 0.5
#: two articles are compared when this share of the smaller one's content words is in the other ...
CANDIDATE_OVERLAP = 0.5
#: ... counting only words in at most this many articles: common words cannot tell a rewrite from another
#: report on the same subject, and leaving them out keeps the candidate search near linear in a large corpus
CANDIDATE_MAX_DF = 200
#: articles whose candidate pairs are computed in one sparse product (bounds its memory)
_PRODUCT_ROWS = 512
#: sentences this short (in content words) are left out: datelines, "He said so."
_MIN_SENTENCE_WORDS = 4
_WORDS = re.compile(r"[\w'’-]+")
_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘A-Z0-9])|\n+")


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of three letters or more that are not stop words or news filler.

    Interned: a store's every article is read, and one string per word instead of one per occurrence
    is a large part of what source families hold in memory."""
    return frozenset(sys.intern(w) for w in (x.lower().strip("'’-") for x in _WORDS.findall(text))
                     if len(w) > 2 and w not in STOPWORDS)


def sentence_words(article: Article, analysis: ArticleAnalysis | None = None) -> list[frozenset[str]]:
    """The content words of each sentence (the analysis' sentences, else split on sentence ends)."""
    spans = [article.text[s:e] for s, e in analysis.sentences] if analysis and analysis.sentences else \
        _SPLIT.split(article.text)
    return [w for w in map(content_words, spans) if len(w) >= _MIN_SENTENCE_WORDS]


#: what :func:`sentence_text` depends on besides the text and its sentences: a stored copy made otherwise is stale
WORDS_VERSION = hashlib.sha1("\n".join([
    "1", _WORDS.pattern, _SPLIT.pattern, str(_MIN_SENTENCE_WORDS), *sorted(STOPWORDS)]).encode()).hexdigest()
#: state key: article id -> :func:`sentence_text`, read from the store; the step adds the articles it had to read
WORDS_KEY = "corroboration.words"


def sentence_text(article: Article, analysis: ArticleAnalysis | None = None) -> str:
    """:func:`sentence_words` as text to keep: a line per sentence, its words sorted (words hold no space)."""
    return "\n".join(" ".join(sorted(ws)) for ws in sentence_words(article, analysis))


def _sentences_of(text: str) -> list[frozenset[str]]:
    """:func:`sentence_words` back from :func:`sentence_text`."""
    return [frozenset(map(sys.intern, line.split())) for line in text.split("\n")] if text else []


def _sentence_count(text: str) -> int:
    """``len(_sentences_of(text))`` without building them (a line per sentence, none empty)."""
    return text.count("\n") + 1 if text else 0


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


def told_again(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> int:
    """How many sentences of the shorter text the other tells again in the same order.

    Each sentence of the shorter text is matched to its most similar sentence of the other (at
    :data:`SENTENCE_DICE`); the longest run of matches in increasing order counts.
    """
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    tails: list[int] = []
    for sent in short:
        best = max(((_dice(sent, other), j) for j, other in enumerate(long)), default=(0.0, -1))
        if best[0] < SENTENCE_DICE:
            continue
        k = bisect.bisect_left(tails, best[1])
        tails[k:k + 1] = [best[1]]
    return len(tails)


def is_rewrite(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> tuple[bool, int, int]:
    """(rewrite?, sentences told again, sentences of the shorter text)."""
    shorter = min(len(a), len(b))
    n = told_again(a, b) if shorter >= REWRITE_SENTENCES else 0
    return n >= REWRITE_SENTENCES and n >= REWRITE_SHARE * shorter, n, shorter


def _candidates(texts: Mapping[str, str], among: Collection[str] | None = None) -> list[tuple[str, str]]:
    """Pairs sharing :data:`CANDIDATE_OVERLAP` of the smaller one's telling words (one sparse product, not a
    loop over pairs; words in more than :data:`CANDIDATE_MAX_DF` articles are left out). ``texts``: article ->
    its words separated by white space (:func:`sentence_text`), each counted once per article. ``among``: the
    articles whose pairs are wanted (every one when None); all of ``texts`` count for the words' frequencies."""
    ids = sorted(a for a, text in texts.items() if text.strip())
    cells = _word_cells([texts[aid] for aid in ids])
    if cells is None:  # two words of one hash: numbered one by one
        cells = _word_cells_by_name([texts[aid] for aid in ids])
    rows, every, n_words = cells
    # document frequencies counted by numpy; columns of common words stay empty
    telling = np.bincount(every, minlength=n_words)[every] <= CANDIDATE_MAX_DF
    rows, cols = rows[telling], every[telling]
    x = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(ids), n_words))
    if among is not None:  # the product over the wanted rows only (a pair's test reads its two rows alone)
        wanted = [k for k, aid in enumerate(ids) if aid in among]
        ids, x = [ids[k] for k in wanted], x[wanted]
    if len(ids) < 2 or not x.nnz:
        return []
    sizes = np.asarray(x.sum(axis=1)).ravel()
    xt = x.T.tocsr()
    out: list[tuple[str, str]] = []
    # a block of rows at a time: the whole product has tens of millions of cells on a large store (6.3
    # million for 5k Reuters articles, growing faster than the store), and was held at once with two copies
    for lo in range(0, len(ids), _PRODUCT_ROWS):
        shared = (x[lo:lo + _PRODUCT_ROWS] @ xt).tocoo()
        row, col = shared.row + lo, shared.col
        keep = (col > row) & (shared.data >= CANDIDATE_OVERLAP * np.minimum(sizes[row], sizes[col]))
        row, col = row[keep], col[keep]
        order = np.lexsort((col, row))
        out += [(ids[i], ids[j]) for i, j in zip(row[order].tolist(), col[order].tolist(), strict=True)]
    return out


Cells = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], int]


def _word_cells(texts: Sequence[str]) -> Cells | None:
    """(row, column) of each distinct word of each text, and the number of columns: a word's column is its
    rank among the words' hashes, found by numpy (naming every word of every stored article through a Python
    dict was most of the candidate search on a large store: issue 11). None when two distinct words share a
    hash (they would share a column)."""
    seen: set[str] = set()
    hashes: list[npt.NDArray[np.int64]] = []
    for text in texts:  # a text's words at a time: all of them at once would be millions of strings
        words = set(text.split())  # a word of several sentences: once
        seen |= words
        hashes.append(np.fromiter(map(hash, words), dtype=np.int64, count=len(words)))
    flat = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.int64)
    columns, cols = np.unique(flat, return_inverse=True)
    if len(columns) != len(seen):
        return None
    return np.repeat(np.arange(len(texts), dtype=np.int64), [len(h) for h in hashes]), cols.reshape(-1), len(columns)


def _word_cells_by_name(texts: Sequence[str]) -> Cells:
    """:func:`_word_cells` with every word numbered by name (what a hash collision falls back to)."""
    vocab: dict[str, int] = {}
    per_text = [{vocab.setdefault(w, len(vocab)) for w in text.split()} for text in texts]
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), [len(c) for c in per_text])
    cols = np.fromiter((c for cs in per_text for c in cs), dtype=np.int64, count=len(rows))
    return rows, cols, len(vocab)


def rewrites(articles: Mapping[str, Article], analyses: Mapping[str, ArticleAnalysis] | None = None,
             known: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(article, article, why) for each pair where one text tells the other again (see the module docstring).

    ``known``: article -> :func:`sentence_text` already made (kept in the store: reading every article's
    words again was most of this step on a large store); the articles it lacks are read and added to it.
    """
    analyses = analyses or {}
    known = {} if known is None else known

    def text_of(aid: str) -> str:
        text = known.get(aid)
        if text is None:
            text = known[aid] = sentence_text(articles[aid], analyses.get(aid))
        return text

    # a pair whose shorter text has fewer sentences than a rewrite needs is none (:func:`is_rewrite`): such a
    # text counts for the words' frequencies only, and no pair of it is formed or read (most candidate pairs of
    # a large store held a short text)
    texts = {aid: text_of(aid) for aid in articles}
    pairs = _candidates(texts, {aid for aid, text in texts.items() if _sentence_count(text) >= REWRITE_SENTENCES})
    del texts
    # the sentences of candidate articles only, read again: holding every article's at once grows with the
    # store (a fresh 19k-article store's first fusion holds them all)
    sentences: dict[str, list[frozenset[str]]] = {}
    for aid in sorted({x for pair in pairs for x in pair}):
        sentences[aid] = _sentences_of(text_of(aid))
    out = []
    for a, b in pairs:
        yes, n, of = is_rewrite(sentences[a], sentences[b])
        if yes:
            out.append((a, b, f"rewrite: {n} of {of} sentences told again in order"))
    return out


# --------------------------------------------------------------------------- shared passages

#: a passage: a run of words two texts share word for word, found as shared word 8-grams
PASSAGE_GRAM = 8
#: two texts are one story's copies when each has this many words in passages it shares with the other (two
#: versions of one wire story, a copy cut short and updated, a local lead above wire paragraphs): independent
#: reports of one event share names, figures and quotes, but seldom 30 words of narrative in a row
PASSAGE_WORDS = 30
#: ... or, for a short text (a brief, a copy cut to its first paragraphs and edited), this many words that are
#: at least :data:`SHORT_SHARE` of its narrative (its words outside quotations): a text of 60 words cannot hold
#: 30 words of another's, and independent reports share names and figures, not a third of their narrative
SHORT_PASSAGE_WORDS = 20
SHORT_SHARE = 1 / 3
#: candidates: texts sharing this many sampled 8-grams (a 30-word passage holds 23 8-grams, a quarter sampled)
_PASSAGE_SAMPLED = 2
_PASSAGE_SAMPLE = (1 << 32) // 4
#: 8-grams in more articles than this are page furniture cleaning missed, not a story's text
_PASSAGE_MAX_DF = 200
# quotations: words a speaker said, which independent reports repeat word for word
_QUOTED = re.compile(r"[\"“][^\"“”\n]{0,600}[\"”]|[‘][^‘’\n]{0,600}[’]")
_PASSAGE_WORD = re.compile(r"\w+")
_BREAK = "\x00"


def passage_words(text: str) -> list[str]:
    """The lower-cased words of a text, a quotation replaced by a break (no passage runs through one)."""
    out: list[str] = []
    for part in _QUOTED.split(text):
        out += _PASSAGE_WORD.findall(part.lower())
        out.append(_BREAK)
    return out


def _grams(words: Sequence[str]) -> list[str]:
    n = PASSAGE_GRAM
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1) if _BREAK not in words[i:i + n]]


def _covered(words: Sequence[str], shared: set[str]) -> int:
    """How many of ``words`` lie in an 8-gram of ``shared``."""
    n, cov, upto = PASSAGE_GRAM, 0, 0
    for i in range(len(words) - n + 1):
        if " ".join(words[i:i + n]) in shared:
            cov += i + n - max(i, upto)
            upto = i + n
    return cov


def _narrative(words: Sequence[str]) -> int:
    """How many of :func:`passage_words` are words (not breaks): the text's words outside quotations."""
    return len(words) - words.count(_BREAK)


def passages_join(covered: int, shorter: int) -> bool:
    """Whether ``covered`` words shared in passages make two texts copies, the shorter holding ``shorter``
    narrative words (:data:`PASSAGE_WORDS`, or :data:`SHORT_PASSAGE_WORDS` that are :data:`SHORT_SHARE` of it)."""
    return covered >= PASSAGE_WORDS or (covered >= SHORT_PASSAGE_WORDS and covered >= SHORT_SHARE * shorter)


def sampled_grams(text: str) -> tuple[int, ...]:
    """The text's sampled 8-grams outside quotations (crc32 below :data:`_PASSAGE_SAMPLE`), ascending: what
    shared-passage candidates are found by, a pure function of the text (kept in the store: hashing every
    stored article's words again was most of source families' cost on a large store)."""
    return tuple(sorted({h for g in _grams(passage_words(text)) if (h := zlib.crc32(g.encode())) < _PASSAGE_SAMPLE}))


def passage_verdict(a: str, b: str) -> str:
    """Why two texts are one story's copies by the passages they share (:func:`passages_join`), "" if not:
    a pure function of the two texts (kept in the store per candidate pair, as their grams are)."""
    return _verdict(passage_words(a), passage_words(b))


def _verdict(wa: list[str], wb: list[str]) -> str:
    """:func:`passage_verdict` of two texts' :func:`passage_words`."""
    shared = set(_grams(wa)) & set(_grams(wb))
    cov = min(_covered(wa, shared), _covered(wb, shared))
    shorter = min(_narrative(wa), _narrative(wb))
    if not passages_join(cov, shorter):
        return ""
    share = "" if cov >= PASSAGE_WORDS else f", {cov / shorter:.0%} of the shorter text"
    return f"shared passages: {cov} words word for word{share}"


def _code_of(f: Callable[..., object]) -> str:
    try:
        return inspect.getsource(f)
    except OSError:  # no source shipped: its code object, marshalled (no memory address in it, unlike a repr)
        return marshal.dumps(f.__code__).hex()


#: what :func:`sampled_grams` and :func:`passage_verdict` depend on: grams and verdicts kept by another version
#: are stale
PASSAGE_VERSION = hashlib.sha1("\n".join([
    "1", *(_code_of(f) for f in (passage_words, _grams, _covered, _narrative, passages_join, sampled_grams,
                                 passage_verdict, _verdict)),
    _QUOTED.pattern, _PASSAGE_WORD.pattern, str(PASSAGE_GRAM), str(_PASSAGE_SAMPLE), str(PASSAGE_WORDS),
    str(SHORT_PASSAGE_WORDS), str(SHORT_SHARE)]).encode()).hexdigest()
#: state keys: article -> :func:`sampled_grams`, and (article, article) -> :func:`passage_verdict`, as kept in
#: the store (:meth:`storyline.store.base.Store.passage_grams`); filled in place with what a run makes
GRAMS_KEY = "corroboration.grams"
VERDICTS_KEY = "corroboration.passage_verdicts"
#: an article's sampled 8-grams as held through a fusion: an array of uint32 (as a tuple of Python integers they
#: took about 4.5 times the memory: 1.16 against 0.26 KB an article on 1k Reuters articles)
Grams = npt.NDArray[np.uint32]


def passage_candidates(grams: Mapping[str, Sequence[int] | Grams]) -> list[tuple[str, str]]:
    """Pairs (in id order) sharing :data:`_PASSAGE_SAMPLED` sampled 8-grams held by at most
    :data:`_PASSAGE_MAX_DF` articles: an inverted index in numpy (hash, article) sorted, not a loop over pairs."""
    ids = sorted(grams)
    n = len(ids)
    lens = [len(grams[a]) for a in ids]
    if n < 2 or not sum(lens):
        return []
    h = np.concatenate([np.asarray(grams[a], dtype=np.int64) for a in ids])
    art = np.repeat(np.arange(n, dtype=np.int64), lens)
    order = np.lexsort((art, h))
    h, art = h[order], art[order]
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
    sizes = np.diff(np.r_[starts, len(h)])
    keep = (sizes > 1) & (sizes <= _PASSAGE_MAX_DF)
    codes = []
    for size in np.unique(sizes[keep]).tolist():  # the groups of one size at once: all their pairs
        first = starts[keep & (sizes == size)]
        i, j = np.triu_indices(size, 1)
        codes.append((art[first[:, None] + i] * n + art[first[:, None] + j]).ravel())
    if not codes:
        return []
    pairs, counts = np.unique(np.concatenate(codes), return_counts=True)
    return [(ids[a], ids[b]) for a, b in (divmod(c, n) for c in pairs[counts >= _PASSAGE_SAMPLED].tolist())]


#: how many texts' words :func:`shared_passages` holds at once (the oldest read goes first)
_WORDS_HELD = 1024


def shared_passages(articles: Mapping[str, Article], grams: dict[str, Grams] | None = None,
                    verdicts: dict[tuple[str, str], str] | None = None) -> list[tuple[str, str, str]]:
    """(article, article, why) for each pair sharing :data:`PASSAGE_WORDS` words of passages outside quotations
    (fewer in a short text: :func:`passages_join`).

    Candidates share sampled 8-grams (:func:`passage_candidates`); each is then counted exactly
    (:func:`passage_verdict`). ``grams`` and ``verdicts``: those already made (kept in the store); what they
    lack is made from the texts and added to them, so a run with new articles hashes and counts only theirs.
    """
    grams = {} if grams is None else grams
    verdicts = {} if verdicts is None else verdicts
    for aid in sorted(articles):
        if aid not in grams:
            grams[aid] = np.asarray(sampled_grams(articles[aid].text), dtype=np.uint32)
    out = []
    words: dict[str, list[str]] = {}  # the texts' words, read once for the pairs near each other (in id order)
    for a, b in passage_candidates({aid: grams[aid] for aid in articles}):
        why = verdicts.get((a, b))
        if why is None:
            for aid in (a, b):
                if aid not in words:
                    # the oldest read goes, never the pair's other text (read just before: a pair whose first
                    # text was the oldest lost it, a KeyError once a corpus read more than _WORDS_HELD texts)
                    old = next((k for k in words if k != a and k != b), None) if len(words) >= _WORDS_HELD else None
                    if old is not None:
                        del words[old]
                    words[aid] = passage_words(articles[aid].text)
            why = verdicts[a, b] = _verdict(words[a], words[b])
        if why:
            out.append((a, b, why))
    return out


# --------------------------------------------------------------------------- one lead in two outlets

#: two texts that open with the same this many words word for word (a dateline aside, no quotation in them) tell one
#: story's lead: a wire story's versions keep their first words while the rest is cut, updated or rewritten
LEAD_RUN = 12
#: ... holding this many content words (:func:`content_words`): "It was one of the ..." is no lead
LEAD_CONTENT = 6
#: openings held by more articles than this are an outlet's or a feed's formula, not one story's lead
_LEAD_MAX_DF = 6
#: a dateline before the lead ("TARVIN, Vd. (AP) --", "LESK, March 1 -"): capitals, a bracketed credit, a dash
_DATELINE = re.compile(r"\A\s*[A-Z][A-Z .,'’-]*(?:,[\w .,]{0,30}?)?\s*(?:\([^)\n]{0,40}\)\s*)?[-–—:]+\s*")


def lead_opening(text: str) -> tuple[str, ...] | None:
    """The first :data:`LEAD_RUN` words of the text's first line (a dateline aside), or None when the line is
    shorter, a picture's caption (one photo in two outlets is no copy of a story), a quotation breaks the words
    or they hold fewer than :data:`LEAD_CONTENT` content words."""
    first = next((line for line in text[:LEAD_RUN * 80].split("\n") if line.strip()), "")
    if caption_credits(first):
        return None
    words = passage_words(_DATELINE.sub("", first, count=1))[:LEAD_RUN]
    if len(words) < LEAD_RUN or _BREAK in words or len(content_words(" ".join(words))) < LEAD_CONTENT:
        return None
    return tuple(words)


def shared_leads(articles: Mapping[str, Article]) -> list[tuple[str, str, str]]:
    """(article, article, why) for each pair of articles that open with the same :data:`LEAD_RUN` words: an
    early and a later version of one wire story that keep their first words and little else ("People
    protesting the decision took to the streets in cities across the country for a second day" / "... in some
    cities for a second day"). Independent reports of one event tell the same facts in other words; they do
    not open with the same dozen words (a run shared further in, names around it, is below the bar of shared
    passages). Only articles dated within a news day of each other (:func:`_one_news_day`)."""
    holders: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for aid in sorted(articles):
        if (opening := lead_opening(articles[aid].text)) is not None:
            holders[opening].append(aid)
    return [(a, b, f"one lead: the same first {LEAD_RUN} words") for held in holders.values()
            if 1 < len(held) <= _LEAD_MAX_DF for i, a in enumerate(held) for b in held[i + 1:]
            if _one_news_day(articles[a], articles[b])]


#: versions of one wire story are published this many days apart at most
LEAD_DAYS = 1


def _one_news_day(a: Article, b: Article) -> bool:
    """Are both articles dated to the day, at most :data:`LEAD_DAYS` apart? A lead formula days later ("The death
    toll from Tuesday's bombing in <town> ...", on Wednesday and again on Saturday) opens another story."""
    try:
        da, db = (date.fromisoformat(x.published or "") for x in (a, b))
    except ValueError:
        return False
    return abs((da - db).days) <= LEAD_DAYS


# --------------------------------------------------------------------------- an agency's copies

#: two texts that are credited to one agency or name it as their channel ("told AFP", "AFP reported") are its
#: copies when each holds this many words in passages it shares with the other, names aside (:func:`agency_copies`)
AGENCY_PASSAGE_WORDS = 20
#: a run of capitalised words: a name, spelt one way in one copy and another way in the next ("Lee Jae-myung",
#: "Yi Jae Myung"), so it stands as one word whatever its spelling
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ -]+[A-Z][\w'’.-]*)*")
_NAME_WORD = "qnameq"
#: masked 8-grams held by more of one agency's articles than this are its house phrases, not one story's text
_AGENCY_MAX_DF = 20


def masked_words(text: str) -> list[str]:
    """:func:`passage_words` with every name (a run of capitalised words) one and the same word."""
    return passage_words(_NAME_RUN.sub(_NAME_WORD, text))


def agency_copies(articles: Mapping[str, Article], origins: Mapping[str, Origin]) -> list[tuple[str, str, str, str]]:
    """(article, article, agency, why) for two articles of one agency (credited to it, or naming it as their
    channel) that share :data:`AGENCY_PASSAGE_WORDS` words of passages outside quotations, names aside: one wire
    story run by two outlets, each with its own cuts, lead or spelling of a name ("..., told AFP" in both). An
    article naming the agency once shares no such passage with its copies unless it is one; two different
    agencies' articles are never compared."""
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(origins):
        o = origins[aid]
        for ag in sorted(({o.wire} if o.wire else set()) | set(o.named)):
            groups[ag].append(aid)
    words: dict[str, list[str]] = {}
    grams: dict[str, set[str]] = {}

    def grams_of(aid: str) -> set[str]:
        if aid not in grams:
            words[aid] = masked_words(articles[aid].text)
            grams[aid] = set(_grams(words[aid]))
        return grams[aid]

    out = []
    for ag, members in sorted(groups.items()):
        # only an article with no wire of its own can join this way (two with a wire are joined by it, or are two
        # agencies'): its grams are indexed, and every member's looked up (none read for a group of wire copies)
        loose = [aid for aid in members if not origins[aid].wire]
        if len(members) < 2 or not loose:
            continue
        index: dict[str, list[str]] = defaultdict(list)
        for aid in loose:
            for g in grams_of(aid):
                index[g].append(aid)
        shared: Counter[tuple[str, str]] = Counter()
        for aid in members:
            for g in grams_of(aid):
                held = index.get(g, ())
                if len(held) <= _AGENCY_MAX_DF:
                    shared.update((min(aid, other), max(aid, other)) for other in held if other != aid)
        for (a, b), n in sorted(shared.items()):
            if n < 4:  # (a pair of loose articles is counted from both sides)
                continue
            common = grams[a] & grams[b]
            cov = min(_covered(words[a], common), _covered(words[b], common))
            if cov >= AGENCY_PASSAGE_WORDS:
                out.append((a, b, ag, f"copies of {ag}: {cov} words of shared passages"))
    return out


# --------------------------------------------------------------------------- families


@dataclass(frozen=True)
class Origin:
    """Where an article's text comes from, as far as the text says.

    ``wire``: the agency whose copy or retelling it is (joins articles across outlets); ``how``: why;
    ``pictures``: the agency of its photo credits, which only groups one outlet's articles.
    """

    wire: str | None = None
    how: str = ""
    pictures: str | None = None
    #: the agencies the text of an article with no credit names as a channel ("told AFP", "AFP reported")
    named: frozenset[str] = frozenset()


def origin_of(article: Article, channels: tuple[tuple[str, re.Pattern[str]], ...] = CHANNELS) -> Origin:
    """The wire origin of an article: its credit, an agency outlet, or the agency it retells.

    A retelling is read from two namings or more (or the agency's request for comment); one naming, even in
    the lead ("..., Reuters reports."), is a citation: the article joins the agency's copies only by the text
    it shares with one (see :func:`agency_copies`)."""
    if credited := credited_agency(article.credit):
        return Origin(credited, f"credited to {credited}")
    if outlet := agency(article.outlet):
        return Origin(outlet, f"published by {outlet}")
    named = channel_namings(article.text, channels)
    names = frozenset(named)
    best = sorted(named, key=lambda a: (-named[a][0], named[a][2]))
    if best and named[best[0]][0] >= RETELLING_WEIGHT and named[best[0]][1] >= RETELLING_NAMINGS:
        return Origin(best[0], f"retells {best[0]}", named=names)
    return Origin(pictures=picture_agency(article.text, article.removed), named=names)


class _Union:
    def __init__(self, items: list[str]) -> None:
        self.parent = {x: x for x in items}
        self.reasons: dict[str, set[str]] = defaultdict(set)

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo
            self.reasons[lo] |= self.reasons.pop(hi, set())
        self.reasons[self.find(a)].add(reason)


def _outlet(art: Article) -> str:
    return (art.outlet or "").strip().lower()


def _family_key(art: Article, origin: Origin) -> tuple[tuple[str, ...], str] | None:
    """What an article shares with the other members of its family, and how to say it."""
    if origin.wire:
        return ("wire", origin.wire), origin.how
    outlet = (art.outlet or "").strip()
    if not outlet:
        return None
    if origin.pictures:
        return ("outlet", outlet.lower(), origin.pictures), f"same outlet: {outlet}, pictures credited to " \
                                                           f"{origin.pictures}"
    return ("outlet", outlet.lower()), f"same outlet: {outlet}"


def _initials(name: str) -> set[str]:
    """The letters a name of two words or more is shortened to, with and without its lower-case words ("Radio
    Free Europe/Radio Liberty" -> RFERL, "Voice of America" -> VOA, VA)."""
    words = re.findall(r"[^\W\d_]+", name)
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper()).upper()}


def _named_outlets(articles: dict[str, Article], origins: dict[str, Origin]) -> dict[str, Origin]:
    """An outlet whose name a wire of the corpus shortens (its initials are the wire's letters: an outlet
    "Harbour Point News" and another outlet's copy credited "(HPN)") publishes that wire's own stories: its
    articles join the wire's copies (one wire is one source, on its own site or another's)."""
    wires = {re.sub(r"[^A-Za-z]", "", w).upper(): w for o in origins.values() if (w := o.wire)}
    out = dict(origins)
    for aid, o in origins.items():
        if o.wire or not (outlet := (articles[aid].outlet or "").strip()):
            continue
        found = sorted(wires[k] for k in _initials(outlet) if len(k) >= 3 and k in wires)
        if found:
            out[aid] = dataclasses.replace(o, wire=found[0], how=f"published by {found[0]}")
    return out


def _split_by_pictures(articles: dict[str, Article], origins: dict[str, Origin]) -> dict[str, Origin]:
    """Forget picture agencies where an outlet's pictures all come from one agency (or none): that outlet
    reports on its own with agency photos, so its articles stay one family."""
    seen: dict[str, set[str | None]] = defaultdict(set)
    for aid, o in origins.items():
        outlet = (articles[aid].outlet or "").strip().lower()
        if not o.wire and outlet:
            seen[outlet].add(o.pictures)
    return {aid: o if o.wire or len(seen[(articles[aid].outlet or "").strip().lower()]) > 1
            else dataclasses.replace(o, pictures=None) for aid, o in origins.items()}


def source_families(articles: dict[str, Article], analyses: Mapping[str, ArticleAnalysis] | None = None,
                    known: dict[str, str] | None = None, grams: dict[str, Grams] | None = None,
                    verdicts: dict[tuple[str, str], str] | None = None) -> list[SourceFamily]:
    """Group articles that are not independent; every article is in exactly one family.

    ``analyses`` give the sentence boundaries a rewrite is read from (else the text is split on sentence ends);
    ``known``: the sentence words already read (see :func:`rewrites`); ``grams``/``verdicts``: the sampled
    8-grams and passage verdicts already made (see :func:`shared_passages`).
    """
    uf = _Union(sorted(articles))
    for a, b, why in rewrites(articles, analyses, known):
        uf.union(a, b, why)
    channels = corpus_channels(articles)
    origin = _split_by_pictures(articles, _named_outlets(articles, {aid: origin_of(art, channels)
                                                                    for aid, art in articles.items()}))
    # one story's text in two outlets is a copy of it, not either outlet's own reporting (unless both say whose
    # wire it is, and differ: a text that compiles two agencies' stories does not make them one)
    copied: set[str] = set()
    for a, b, why in itertools.chain(shared_passages(articles, grams, verdicts), shared_leads(articles)):
        wa, wb = origin[a].wire, origin[b].wire
        if wa and wb and wa != wb:
            continue
        uf.union(a, b, why)
        if _outlet(articles[a]) != _outlet(articles[b]):
            copied |= {a, b}
    # one agency's story in two outlets, its wire named in the text only ("told AFP", "AFP journalists saw")
    joined: dict[str, str] = {}  # article -> the agency whose copy it is found to be
    for a, b, ag, why in agency_copies(articles, origin):
        uf.union(a, b, why)
        joined.setdefault(a, ag)
        joined.setdefault(b, ag)
        if _outlet(articles[a]) != _outlet(articles[b]):
            copied |= {a, b}
    firsts: dict[tuple[str, ...], str] = {}
    for aid in sorted(articles):
        art = articles[aid]
        if art.copy_of and art.copy_of in articles:
            uf.union(aid, art.copy_of, "near-duplicate text")
        # a wire copy joins its wire; only an outlet's own reporting joins the outlet's family, so an
        # outlet that reprints a wire story does not make its own reports copies of that wire
        keyed = _family_key(art, origin[aid])
        if keyed is None or (aid in copied and keyed[0][0] == "outlet"):
            continue
        key, why = keyed
        first = firsts.setdefault(key, aid)
        if first != aid or key[0] == "wire":  # a lone outlet article says nothing about a family it joins otherwise
            uf.union(aid, first, why)
    # an article crediting no one whose one agency is named only as the gatherer of its quotes is that agency's
    # story, run uncredited: it joins the agency's credited copies (one wire is one source); not an article of an
    # outlet's own family (two of its articles), which a wire never joins
    own = Counter(_outlet(articles[aid]) for aid in articles if not origin[aid].wire and _outlet(articles[aid]))
    for aid in sorted(articles):
        if not origin[aid].wire and own[_outlet(articles[aid])] <= 1 \
                and (gatherer := gathering_agency(articles[aid].text, channels)) is not None \
                and (wire_copy := firsts.get(("wire", gatherer))) is not None:
            uf.union(aid, wire_copy, f"{gatherer} gathered its quotes, as its credited copies")
            joined.setdefault(aid, gatherer)
    # two outlets' copies of one agency's story, found by their shared passages (neither credits it), are that
    # agency's copy: they join its credited copies (one wire is one source, whichever of its stories is run); only
    # copies across outlets (two articles of one outlet are that outlet's family, which a wire never joins)
    for aid, ag in sorted(joined.items()):
        if aid in copied and not origin[aid].wire and (credited := firsts.get(("wire", ag))) is not None:
            uf.union(aid, credited, f"a copy of {ag}, as its credited copies")
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(articles):
        groups[uf.find(aid)].append(aid)
    fams = []
    for root, members in sorted(groups.items()):
        origins = Counter(o for o in (origin[a].wire or joined.get(a) for a in members) if o)
        wire = origins.most_common(1)[0][0] if origins else None
        reason = "; ".join(sorted(uf.reasons.get(root, set()))) or "single article"
        fams.append(SourceFamily(id=f"family:{wire or root}", articles=tuple(members), reason=reason,
                                 origin=wire))
    return fams


# --------------------------------------------------------------------------- support


class _Support:
    """Article -> family and outlet lookups for counting."""

    def __init__(self, articles: dict[str, Article], families: list[SourceFamily]) -> None:
        self.articles = articles
        self.family = {a: f for f in families for a in f.articles}

    def outlet(self, aid: str) -> str:
        art = self.articles.get(aid)
        fam = self.family.get(aid)
        if art is not None and art.outlet:
            return art.outlet
        if fam is not None and fam.origin:
            return fam.origin
        return f"unknown outlet ({aid})"

    def count(self, aids: set[str], grade: int, note: str) -> Corroboration:
        fams = sorted({self.family[a].id for a in aids if a in self.family})
        outlets = tuple(sorted({self.outlet(a) for a in aids}))
        return Corroboration(articles=len(aids), independent_sources=len(fams), outlets=outlets,
                             families=tuple(fams), credibility=grade, note=f"{GRADE_WORDS[grade]}: {note}")

    def independent(self, aids: set[str]) -> int:
        return len({self.family[a].id for a in aids if a in self.family})

    def known(self, aids: set[str]) -> bool:
        return any(not self.outlet(a).startswith("unknown") for a in aids)


def event_grade(ev: Event, sup: _Support) -> Corroboration:
    aids = {m.article for m in ev.mentions}
    n = sup.independent(aids)
    sources = f"{len(aids)} article(s), {n} independent source(s)"
    if not aids:
        grade, why = 6, "no reporting article"
    elif ev.modality in FUTURE_MODALITIES:
        grade, why = 6, f"{ev.modality}, not (yet) happened; {sources}"
    elif ev.modality in DENIED_MODALITIES:
        grade, why = (5 if n >= 2 else 4), f"reported as {ev.modality}; {sources}"
    elif ev.modality in ALLEGED_MODALITIES:
        grade, why = (2 if n >= 2 else 3), f"{ev.modality}; {sources}"
    elif n >= 2:
        grade, why = 1, f"reported by {sources}"
    else:
        grade, why = (2 if sup.known(aids) else 3), f"single source; {sources}"
    if ev.conflicts and grade == 1:
        grade, why = 2, why + f"; reports disagree on {', '.join(sorted(ev.conflicts))}"
    return sup.count(aids, grade, why)


def _support_groups(claims: list[Claim], links: list[ClaimLink]) -> dict[str, set[str]]:
    """Claim id -> itself and the claims directly linked to it by ``supports``.

    Direct links only: support is not transitive (A ~ B and B ~ C need not mean A ~ C).
    """
    groups: dict[str, set[str]] = {c.id: {c.id} for c in claims}
    for link in links:
        if link.type == "supports" and link.from_ in groups and link.to in groups:
            groups[link.from_].add(link.to)
            groups[link.to].add(link.from_)
    return groups


def links_by_claim(links: list[ClaimLink]) -> dict[str, list[ClaimLink]]:
    """Claim id -> the links from or to it (so grading a claim reads its own links, not all of them)."""
    out: dict[str, list[ClaimLink]] = defaultdict(list)
    for lk in links:
        out[lk.from_].append(lk)
        if lk.to != lk.from_:
            out[lk.to].append(lk)
    return out


def claim_grade(claim: Claim, group: set[str], by_id: dict[str, Claim], links: list[ClaimLink],
                sup: _Support) -> Corroboration:
    """Grade a claim from its support group and the ``links`` touching that group (others are ignored)."""
    aids = {by_id[c].article for c in group}
    n = sup.independent(aids)
    deniers = {lk.from_ for lk in links if lk.type == "denies" and lk.to in group}
    against = deniers | {lk.from_ if lk.to in group else lk.to for lk in links
                         if lk.type == "contradicts" and (lk.to in group or lk.from_ in group)}
    n_deny = sup.independent({by_id[c].article for c in deniers if c in by_id})
    sources = f"{len(aids)} article(s), {n} independent source(s)"
    if deniers and n_deny >= 2 and n_deny > n:
        grade, why = 5, f"denied by {n_deny} independent sources; {sources}"
    elif against:
        grade, why = 4, f"denied or contradicted by {len(against)} claim(s); {sources}"
    elif n >= 2:
        grade, why = 1, f"reported by {sources}"
    elif claim.stance in ("promise", "warning"):
        grade, why = 6, f"a {claim.stance} about the future; {sources}"
    elif claim.speaker_type in ("anonymous", None) or claim.hedged or claim.stance in ("allegation", "belief"):
        grade, why = 3, f"single source, {_weakness(claim)}; {sources}"
    else:
        grade, why = 2, f"single identified source; {sources}"
    return sup.count(aids, grade, why)


def _weakness(claim: Claim) -> str:
    if claim.speaker_type in ("anonymous", None):
        return "anonymous speaker"
    if claim.hedged:
        return "hedged"
    return f"{claim.stance}"


@fuse_step("corroboration")
def corroborate(ctx: FuseContext) -> None:
    """Fill source families, Event.corroboration and story.claim_support."""
    # an incremental run holds the analyses of part of the corpus: the rest's sentence spans come with it
    fams = source_families(ctx.articles, ctx.state.get("corroboration.sentences", ctx.analyses),
                           ctx.state.get(WORDS_KEY), ctx.state.get(GRAMS_KEY), ctx.state.get(VERDICTS_KEY))
    ctx.story.source_families = fams
    sup = _Support(ctx.articles, fams)
    ctx.story.events = [dataclasses.replace(ev, corroboration=event_grade(ev, sup)) for ev in ctx.story.events]
    claims, links = ctx.story.claims, ctx.story.claim_links
    by_id = {c.id: c for c in claims}
    groups = _support_groups(claims, links)
    touching = links_by_claim(links)
    ctx.story.claim_support = {c.id: claim_grade(c, groups[c.id], by_id, _group_links(groups[c.id], touching), sup)
                               for c in claims}


def _group_links(group: set[str], touching: dict[str, list[ClaimLink]]) -> list[ClaimLink]:
    """The links from or to any claim of the group, each once."""
    seen: dict[int, ClaimLink] = {}
    for cid in group:
        for lk in touching.get(cid, ()):
            seen.setdefault(id(lk), lk)
    return list(seen.values())
