"""Page furniture by the form of a line in its page: a small scoring model over general features.

The rules of :mod:`storyline.ingest.clean` name the furniture they know ("Advertisement", "Read more", a date
stamp); a new outlet's furniture is often none of them. This model decides by form instead. A line of the
text is prose: long, a sentence with function words and a verb that ends with its stop, in the flow of other
such lines. Furniture is short, verbless, title-cased or in capitals, a label and its colon, link-like,
written in another script than the page, told twice, above or below the text, or a picture's caption (a
photo word, a line out of the text's flow).

Each line gets a logistic score ``1 / (1 + exp(-w·x))`` over the features of :func:`features`; the weights
and the threshold are fitted on hand-labelled pages by ``scripts/fit_line_form.py`` and stored in
``data/line_form.json``. The threshold is set so that no body line of the labelled pages is taken out;
lines that the model must never take (a quote, a sentence with a speech verb, a lead-in such as "AGN reports:",
the headline) are kept by :func:`furniture` whatever their score.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import re
import string
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from storyline.lexicons import pronouns, speech
from storyline.lexicons.numbers import NUMBER_WORDS
from storyline.lexicons.stopwords import FUNCTION_WORDS, JOINING_WORDS

#: the features, in the order of the stored weights
FEATURES = ("bias", "words_1_2", "words_3_6", "words_15_up", "ends_sentence", "ends_colon", "function_words",
            "lower_start", "title_case", "all_caps", "figures", "link", "separator", "first_second_person",
            "quote", "speech", "picture", "other_script", "repeated", "above_text", "below_text",
            "between_prose", "prose", "finite_verb", "label_colon", "dash_start", "ellipsis", "over_text", "words_7_14")

_SAID = re.compile(r"\b(?:said|says|told|tells|added|according|asked|stated|noted)\b", re.I)
_PICTURE = re.compile(r"\b(?:photo(?:graph)?s?|images?|pictures?|pics?|captions?|credits?)\b", re.I)
_LINK = re.compile(r"https?://|www\.|\b[a-z0-9-]{2,}\.[a-z]{2,4}(?:/|\b)|(?:^|\s)@\w")
_QUOTE = re.compile(r"[\"“”«»]|(?:^|\s)[‘'][A-Z]|[.,!?][’']")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
#: a finite verb's auxiliaries; with a word in -ed or a speech verb, a sign that the line is a clause
_AUXILIARIES = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "would", "been", "can", "could"))
_LABEL = re.compile(r"[\w'’ .&-]{1,30}?\s?:\s*\S")
_PERSONS = pronouns.FIRST | pronouns.SECOND
#: the reader and the site in a prompt ("your inbox", "our newsletter"); "I" and "we" are a speaker's ("us" is also
#: a grade's "U.S." in lower case)
_PROMPT_PERSONS = pronouns.SECOND | (pronouns.FIRST - {"i", "me", "my", "we", "us"})


#: the marks around a word: punctuation, quotes, brackets, dashes
_MARKS = string.punctuation + "“”‘’«»…—–·•"


def _word(token: str) -> str:
    return token.strip(_MARKS).lower()


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip("\"'”’)»」").endswith((".", "!", "?", "…", "。", "！", "？")) or \
        line.rstrip().endswith(("\"", "”"))


def _function_share(words: list[str]) -> float:
    return sum(w in FUNCTION_WORDS for w in words) / len(words) if words else 0.0


def _latin_share(text: str) -> float:
    if text.isascii():  # every letter is Latin (and a text without letters counts as Latin too)
        return 1.0
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch < "ɏ" for ch in letters) / len(letters) if letters else 1.0


@lru_cache(maxsize=4096)
def _prose(line: str) -> bool:
    """A sentence of the text: eight words or more, a sixth of them function words, its stop; in a script written
    without spaces, 25 characters or more to a word and its stop."""
    words = [_word(t) for t in line.split()]
    if not words or not _ends_sentence(line):
        return False
    return (len(words) >= 8 and _function_share(words) >= 0.15) or len(line.strip()) >= 25 * len(words)


def _fold(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", line.lower()).split())


def features(lines: list[str]) -> list[list[float]]:
    """The feature vector (in the order of :data:`FEATURES`) of each line of a page, blank lines included (all
    zeros but the bias)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    position = {k: n for n, k in enumerate(filled)}
    prose = {k for k in filled if _prose(lines[k])}
    first, last = (min(prose), max(prose)) if prose else (len(lines), -1)
    folded = {k: _fold(lines[k]) for k in filled}
    counts = Counter(folded.values())
    page_latin = _latin_share(" ".join(lines[k] for k in filled))
    # the nearest line of three words or more over the text (a headline's place; a standfirst's, a caption's)
    over = next((k for k in reversed(filled) if k < first and len(lines[k].split()) >= 3), None)
    out: list[list[float]] = []
    for k, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            out.append([1.0] + [0.0] * (len(FEATURES) - 1))
            continue
        tokens = line.split()
        bare = [_word(t) for t in tokens]  # each token once: a page's lines hold tens of thousands
        words = [w for w in bare if w]
        n = len(tokens)
        content = [t for t, w in zip(tokens, bare, strict=True) if t[:1].isalpha() and len(t) > 1
                   and w not in FUNCTION_WORDS]
        letters = [ch for ch in line if ch.isalpha()]
        # the words outside quotation marks: all of them when the line quotes nothing
        unquoted = [_word(t) for t in _QUOTED.sub(" ", line).split()] if _QUOTED.search(line) else bare
        pos = position[k]
        prev = filled[pos - 1] if pos > 0 else None
        nxt = filled[pos + 1] if pos + 1 < len(filled) else None
        x = {
            "bias": 1.0,
            "words_1_2": float(n <= 2),
            "words_3_6": float(3 <= n <= 6),
            "words_15_up": float(n >= 15),
            "ends_sentence": float(_ends_sentence(line)),
            "ends_colon": float(line.endswith(":")),
            "function_words": _function_share(words),
            "lower_start": float(bool(letters) and letters[0].islower()),
            "title_case": sum(t[0].isupper() for t in content) / len(content) if content else 0.0,
            "all_caps": float(len(letters) >= 4 and all(ch.isupper() for ch in letters)),
            "figures": sum(any(map(str.isdigit, t)) for t in tokens) / n,
            "link": float(bool(_LINK.search(line))),
            "separator": float(any(s in line for s in ("|", " • ", " · ", " / "))),
            "first_second_person": float(any(w in _PERSONS for w in unquoted)),
            "quote": float(bool(_QUOTE.search(line))),
            "speech": float(bool(_SAID.search(line))),
            "picture": float(bool(_PICTURE.search(line))),
            "other_script": float(abs(_latin_share(line) - page_latin) > 0.5),
            "repeated": float(counts[folded[k]] > 1),
            "above_text": float(k < first),
            "below_text": float(k > last),
            "between_prose": float(k not in prose and prev in prose and nxt in prose),
            "prose": float(k in prose),
            "finite_verb": float(_finite(words) or bool(_SAID.search(line))),
            "label_colon": float(bool(_LABEL.match(line)) and not line.endswith(":")),
            "dash_start": float(line[:1] in "-–—•*·"),
            "ellipsis": float(line.endswith(("...", "…"))),
            "over_text": float(k == over),
            "words_7_14": float(7 <= n <= 14),
        }
        out.append([x[name] for name in FEATURES])
    return out


@dataclass(frozen=True)
class Model:
    """The fitted weights: furniture against body lines, a headline against furniture over the text; and the
    furniture score over which a line is taken out."""

    weights: tuple[float, ...]
    threshold: float
    headline_weights: tuple[float, ...] = ()

    def score(self, x: list[float]) -> float:
        return _logistic(self.weights, x)

    def headline_score(self, x: list[float]) -> float:
        return _logistic(self.headline_weights, x) if self.headline_weights else 0.0


def _logistic(weights: tuple[float, ...], x: list[float]) -> float:
    if len(weights) != len(x):
        raise ValueError(f"{len(x)} features for {len(weights)} weights")
    z = sum(map(operator.mul, weights, x))  # the same sum, term by term in order, without a generator
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> Model:
    """The shipped model (``data/line_form.json``)."""
    data = json.loads(resources.files("storyline").joinpath("data/line_form.json").read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("data/line_form.json was fitted on other features: rerun scripts/fit_line_form.py")
    return Model(tuple(float(w) for w in data["weights"]), float(data["threshold"]),
                 tuple(float(w) for w in data["headline_weights"]))


def _protected(line: str) -> bool:
    """A line the model never takes: a quote or a sentence with a speech verb (a source's words); a sentence of the
    text, however short (two words or more, a lower-case word among them, its stop; three and a colon before a
    list), or one that lost its stop; not a prompt that says "you" or "our"."""
    if _QUOTE.search(line) or _SAID.search(line) or _lead_in(line):
        return True
    tokens = line.split()
    if _prose(line) and len(tokens) < 8:
        return True  # a sentence in a script written without spaces
    if any(_word(t) in _PROMPT_PERSONS and not t.isupper() for t in tokens):  # "US" is no "us"
        return False
    closed = (len(tokens) >= 2 and _ends_sentence(line)) or (len(tokens) >= 3 and line.endswith(":"))
    if closed and any(t[:1].islower() for t in tokens[1:]):
        return True
    # a sentence that lost its stop: six words or more, a fifth of them function words, a verb or mostly in lower case
    words = [_word(t) for t in tokens]
    content = [t for t in tokens if t[:1].isalpha() and _word(t) not in FUNCTION_WORDS]
    return (len(tokens) >= 6 and _function_share(words) >= 0.2
            and (_finite(words) or sum(t[0].isupper() for t in content) <= 0.5 * len(content)))


def _slogan(line: str) -> bool:
    """A slogan in title case with its stop ("Never Miss a Beat."), which :func:`_protected` keeps as a short sentence:
    six words at most, two capitalised words or more after the first, every word in lower case a function word (a
    sentence has a verb or a noun in lower case: "He was 54.", "Ana Vell met Teo Brand."). Only over or under the
    text: inside it such a line is a subheading ("Sarn: Hold the Coast.")."""
    tokens = line.split()
    rest = [t for t in tokens[1:] if t[:1].isalpha()]
    return len(tokens) <= 6 and _ends_sentence(line) and sum(t[:1].isupper() for t in rest) >= 2 and \
        all(t[:1].isupper() or _word(t) in FUNCTION_WORDS for t in rest) and not _finite([_word(t) for t in tokens]) \
        and not re.search(r"[,<>&]", line) and not _ABBREVIATED.search(line)


#: an initial or an abbreviation closing a line ("… Ana J.", "… of the U.K.", "… and Co."): a name the next line goes
#: on with, not a sentence's end
_ABBREVIATED = re.compile(r"(?:\b[A-Z]\.|\b[A-Z][a-z]{0,2}\.|\.[A-Z]\.)\s*$")


def _wrapped(lines: list[str], k: int) -> bool:
    """A line of a text wrapped at a fixed width: the line over it ends with an initial or an abbreviation, or the line
    under it goes on in lower case."""
    above = next((lines[j].strip() for j in range(k - 1, -1, -1) if lines[j].strip()), "")
    below = next((lines[j].strip() for j in range(k + 1, len(lines)) if lines[j].strip()), "")
    return bool(_ABBREVIATED.search(above)) or (bool(above) and not _ends_sentence(above)) or below[:1].islower()


def _lead_in(line: str) -> bool:
    """A lead-in to the passage it quotes: a verb of saying closing a short line before its colon ("AGN reports:",
    "The council writes:")."""
    tokens = line.split()
    if not 2 <= len(tokens) <= 10 or not line.rstrip().endswith(":"):
        return False
    verb = _word(tokens[-1].rstrip(":"))
    return any(verb[:len(verb) - n] in speech.REPORTING_VERBS for n in (0, 1, 2) if len(verb) - n >= 3)


def _finite(words: list[str]) -> bool:
    return any(w in _AUXILIARIES or (len(w) > 4 and w.endswith("ed")) for w in words)


def _subheadings(lines: list[str]) -> frozenset[int]:
    """Subheadings inside the text (between its first and last prose lines): three to twelve words, capitalised, no
    stop or colon closing them, a lower-case word among them, no separator, link or "you"/"we"."""
    prose = [k for k, line in enumerate(lines) if _prose(line)]
    if len(prose) < 2:
        return frozenset()
    out = set()
    for k in range(prose[0] + 1, prose[-1]):
        line = lines[k].strip()
        tokens = line.split()
        words = [_word(t) for t in tokens]
        if 3 <= len(tokens) <= 12 and line[:1].isupper() and not _ends_sentence(line) and not line.endswith(":") \
                and any(t[:1].islower() for t in tokens[1:]) and not any(s in line for s in ("|", " / ", " • ")) \
                and not _LINK.search(line) and not any(w in _PERSONS for w in words):
            out.add(k)
    return frozenset(out)


def _continued(lines: list[str]) -> frozenset[int]:
    """Lines of a sentence wrapped over several lines (a text saved at a fixed width, a letter's closing): a line of
    four words or more that ends no sentence with the next line starting in lower case, or that starts in lower
    case under a line that ends no sentence; a line that ends a sentence under a line of six words or more that
    ends none; the line under one that ends with a comma; a line that ends with an article, a preposition or a
    conjunction and the line right under it; in the text, the line right under a line of eight words or more that
    ends no sentence. They continue their neighbours: text, however short."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    text = next((k for k in filled if _prose(lines[k])), len(lines))
    out = set()
    for a, b in itertools.pairwise(filled):
        first, second = lines[a].strip(), lines[b].strip()
        if _ends_sentence(first):
            continue
        if b == a + 1 and _word(first.split()[-1]) in JOINING_WORDS:
            out |= {a, b}  # "The" / "Harbour Guild said on …": a line cannot end with "the", "of", "and"
        if a > text and b == a + 1 and len(first.split()) >= 8:
            out |= {a, b}  # in the text, a long line that ends no sentence and the line right under it
        if second[:1].islower():
            out |= {k for k in (a, b) if len(lines[k].split()) >= 4}
        if (len(first.split()) >= 6 and _ends_sentence(second)) or first.endswith(","):
            out |= {a, b}
    return frozenset(out)


def _counted(line: str) -> bool:
    """A figure in the line, in digits or in words ("40 pct", "five pct")."""
    return any(ch.isdigit() for ch in line) or any(_word(t) in NUMBER_WORDS for t in line.split())


def _figures(line: str) -> bool:
    """A table's row: two figures or more, or a figure in a third of the words or more."""
    tokens = line.split()
    figures = sum(any(map(str.isdigit, t)) for t in tokens)
    return figures >= 2 or (bool(tokens) and 3 * figures >= len(tokens))


def _tables(lines: list[str]) -> frozenset[int]:
    """The lines of a table: a run of lines that are not prose (no blank line between) holding two rows of figures
    or more ("2031    1,450", "Pay April 28"), its header and its unit with it."""
    out: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if line.strip() and not _prose(line):
            run.append(k)
            continue
        if sum(_figures(lines[j]) for j in run) >= 2:
            out |= set(run)
        if line.strip():  # a prose line ends the run; a blank line does not end a table's rows
            run = []
    return frozenset(out)


def _structural(lines: list[str], vectors: list[list[float]]) -> frozenset[int]:
    """Lines that the model leaves to the rules whatever their score: list items (a bullet or a dash: the rules
    tell a list of links from the text's points), lines without letters, the lines of a table or of a wrapped
    sentence, subheadings, an upper-case place of three words at most right over the text (its dateline), and a
    line with no strong mark of furniture (a picture's word, a link, a separator, "you"/"we", a label's colon,
    another script, a line told twice) inside the text (between its first and last prose lines) or with a figure."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    prose = [k for k in filled if _prose(lines[k])]
    if not prose:
        return frozenset(filled)  # no text to tell furniture from: a list, a table, a fragment
    out = set(_continued(lines) | _tables(lines) | _subheadings(lines))
    strong = [FEATURES.index(f) for f in ("picture", "link", "separator", "first_second_person", "ends_colon",
                                           "label_colon", "other_script", "repeated")]
    above = [k for k in filled if k < prose[0]]
    for k in filled:
        line = lines[k].strip()
        listed = line[:1] in "-–—•*·▪" or not any(ch.isalpha() for ch in line)
        inside = prose[0] < k < prose[-1] and not any(vectors[k][i] for i in strong)
        # a figure is the text's (a toll, a result, a table's row: "Sarn: 40 pct", "Nine mths") unless the line bears a
        # mark of furniture other than a label's colon
        counted = _counted(line) and not any(vectors[k][i] for i in strong if FEATURES[i] != "label_colon")
        if listed or inside or counted:
            out.add(k)
    if above and lines[above[-1]].strip().isupper() and len(lines[above[-1]].split()) <= 3:
        out.add(above[-1])
    return frozenset(out)


#: a line over the text that the headline weights score over this may be the headline: it stays (on the labelled
#: pages, headlines score 0.2-0.95 and site names and labels mostly under 0.2: a low cut, to keep headlines)
HEADLINE_SCORE = 0.25


def headlines(lines: list[str], m: Model | None = None, vectors: list[list[float]] | None = None) -> frozenset[int]:
    """The headline and what reads like one: among the lines of two words or more over the text (the first prose
    line), those that the headline weights score over :data:`HEADLINE_SCORE` or that are written as a sentence
    without its stop, and the one they score highest (a site's name, a label or a date over the text score lower; a
    standfirst may score high, and stays too); a question on the page's first line."""
    m = m or model()
    vectors = vectors or features(lines)
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    # a question on the page's first line is its headline ("Are you ready for the storm season?"), a prompt's "you"
    # notwithstanding: a prompt stands under the text or beside it, not over it
    asked = frozenset() if first is None or not _question(lines[first]) else frozenset({first})
    prose = next((k for k, line in enumerate(lines) if _prose(line)), len(lines))
    above = [k for k in range(prose) if len(lines[k].split()) >= 2]
    if not above:
        return asked
    best = max(above, key=lambda k: (m.headline_score(vectors[k]), -k))
    return asked | frozenset({best, *(k for k in above if m.headline_score(vectors[k]) > HEADLINE_SCORE
                                      or _sentence_case(lines[k]))})


def _question(line: str) -> bool:
    """A question of four to fifteen words, and no other sentence on its line."""
    line = line.strip()
    return line.endswith("?") and 4 <= len(line.split()) <= 15 and not re.search(r"[.!?]\s", line)


def _sentence_case(line: str) -> bool:
    """A headline written as a sentence without its stop: four words or more, lower-case words after the first
    ("Storm slams coastal towns"); a site's name or a label is in title case or capitals."""
    tokens = line.split()
    return len(tokens) >= 4 and not _ends_sentence(line) and any(t[:1].islower() for t in tokens[1:])


def candidates(lines: list[str], keep: frozenset[int] = frozenset(), m: Model | None = None,
               vectors: list[list[float]] | None = None) -> list[int]:
    """The lines that the model may take: not blank, not in ``keep`` (the record's headline; when it is empty the
    lines of :func:`headlines`), not protected (quotes, sentences: :func:`_protected`), not left to the rules
    (:func:`_structural`)."""
    m = m or model()
    vectors = vectors or features(lines)
    keep = (keep or headlines(lines, m, vectors)) | _structural(lines, vectors)
    outside = [FEATURES.index("above_text"), FEATURES.index("below_text")]
    return [k for k, line in enumerate(lines) if line.strip() and k not in keep
            and (not _protected(line) or _told_twice(line, vectors[k])
                 or (any(vectors[k][i] for i in outside) and _slogan(line) and not _wrapped(lines, k)))]


def _told_twice(line: str, x: list[float]) -> bool:
    """A line that the page tells twice, not a sentence: a related link listed twice, quote marks and all ("Envoy's
    'New' Plan – Bluff or Offer?"); a quote of the text is a sentence, and a paragraph told twice is kept once by the
    rules."""
    return bool(x[FEATURES.index("repeated")]) and not _prose(line) and not _SAID.search(line) and \
        (not _ends_sentence(line) or line.rstrip().endswith("?")) and 3 <= len(line.split()) <= 14


def furniture(lines: list[str], keep: frozenset[int] = frozenset(), m: Model | None = None) -> list[int]:
    """Indices of the lines of a page that the model scores as furniture, among its :func:`candidates`."""
    m = m or model()
    vectors = features(lines)
    return [k for k in candidates(lines, keep, m, vectors) if m.score(vectors[k]) > m.threshold]
