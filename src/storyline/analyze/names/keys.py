"""Name keys: normalization and transliteration folding shared by names, coref and entity fusion.

Transliterated names vary in vowels, doubled letters and a few consonant
spellings (Yusuf / Yousuf / Yousaf, Mustafa / Moustafa, Jamaat / Jamat,
Noorin / Nureen). Two levels of folding are used:

- :func:`fold_token` keeps vowels but folds spellings (dzh/dj->j, tch->ch, ph->f, kh->k,
  q->k, ck->k, ee->i, oo->u, ou->u, "ye" first or after a vowel -> e, "ia"/"io"/"iu" first -> "ya"/"yo"/"yu",
  doubled letters)
  and diacritics;
- :func:`skeleton` keeps the first letter and the consonants only (an initial
  vowel is one class: Ijaz / Aijaz / Ejaz, Omar / Umar; an "h" after a consonant
  is dropped: Prigozhin / Prigozin / Prighozin); it is a blocking key
  and, with a similarity floor, a match test (:func:`tokens_match`).

Whole names are compared token by token in order (:func:`align_names`): a token
may match two adjacent tokens of the other name written as one word
("Sanaullah" ~ "Sana Ullah", "Abdulrahman" ~ "Abdul Rahman"), and a shorter
name may leave out tokens of the longer one (a leading given name, a
patronymic, a trailing family name): :func:`token_subset`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from storyline.lexicons.given_names import short_form_of
from storyline.lexicons.numbers import NUMBER_WORDS
from storyline.lexicons.titles import (
    DETERMINERS,
    NAME_PARTICLES,
    STRONG_ORG_SUFFIXES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WORD_ABBREVIATIONS,
    words,
)

#: apostrophes, and the primes romanisations write for the Cyrillic soft and hard signs ("Natal\u02b9ia")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'", "\u00b4": "'", "\u02b9": "'",
                              "\u02ba": "'", "\u2032": "'"})
_FOOTNOTE = re.compile(r"(?:[*\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\d{1,3}\])+$")
_POSSESSIVE = re.compile(r"(?:'s|')$")  # "Williams'" is Williams: the s before an apostrophe stays
_INNER_POSSESSIVE = re.compile(r"(?<=[a-z])'s\b")
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_SPELLINGS = (("dzh", "j"), ("dj", "j"), ("tch", "ch"), ("ph", "f"), ("kh", "k"), ("ck", "k"), ("q", "k"), ("ee", "i"),
              ("oo", "u"), ("ou", "u"))
#: "ye" after a vowel or first is the vowel "e" written for Cyrillic "е" (Rakhmoyev / Rakhmoev, Yevgeny / Evgeny)
_VOWEL_YE = re.compile(r"(?:(?<=[aeiou])|^)ye")
#: an initial "i" before a, o or u is the "y" of Cyrillic "я", "ё", "ю" written another way (Iarova / Yarova,
#: Iurii / Yurii, Ioffe / Yoffe)
_INITIAL_IA = re.compile(r"^i(?=[aou])")
_VOWELS = re.compile(r"[aeiouy]")
_HARD_C = re.compile(r"c(?![eiyh])")
_CONSONANT_H = re.compile(r"([b-df-gj-np-tv-z])h")
_DOUBLES = re.compile(r"(.)\1+")
#: a capitalized Arabic article joined by a hyphen ("Al-X", "El-X", "Ad-X") is the particle, as "al-X" is;
#: "US-" or "AL-" in capitals are names
_ARTICLE_PREFIX = re.compile(r"\b(?:A[ldrsz]|Ash|E[lr]|U[ldr])-(?=[A-Za-z])")
#: a final "y" after a consonant (Aly / Ali) or closing a diphthong (Sergey / Sergei, Roy / Roi) is an "i"
_FINAL_Y = re.compile(r"(?<=[b-df-hj-np-tv-z]|[aeo])y$")
#: British spellings of words in bodies' names, written the American way: "Defence" / "Defense", "Offence",
#: "Licence"; "Organisation" / "Organization", "Specialised" / "Specialized"; "Centre" / "Center", "Theatre";
#: "Programme" / "Program"
_BRITISH_SPELLINGS = ((re.compile(r"(?<=[fc])ence$"), "ense"), (re.compile(r"isation"), "ization"),
                      (re.compile(r"(?<=[a-z]{4})ised$"), "ized"),
                      (re.compile(r"(?<=[a-z]{2})tre$"), "ter"), (re.compile(r"(?<=[a-z]{3})mme$"), "m"))
#: "Abd" alone (its article a particle, "Abd al-X") or with the article's vowel and "l" joined ("Abdel",
#: "Abdul", "Abdol", "Abdal"): one word of Arabic names, romanized so many ways
_ABD = re.compile(r"^abd(?:[aeiou]l)?$")
#: an "x" inside a word is the "ks" transliterations also write (Aleksandr / Alexander)
_INNER_X = re.compile(r"(?<=[a-z])x")
#: an "h" after v, r, l, m, n or b, where it makes no digraph, is the Ukrainian "г" (Yevhen / Yevgen, Serhiy /
#: Sergiy): read as the "g" in the loose layer (before :data:`_CONSONANT_H` drops an h after a consonant)
_UKRAINIAN_H = re.compile(r"(?<=[vrlmnb])h")
#: a final "ff" after o or e: the "v" of a Russian "-ов" / "-ев" ending (Vorontsoff / Vorontsov)
_FINAL_FF = re.compile(r"(?<=[oe])ff$")
#: sounds one language's romanization writes with other letters than another's, read as one in the loose
#: layer: French "ch" and German "sch" for "sh" (Chamilov / Shamilov, Schorin / Shorin), French "j" for "zh"
#: (Jokarov / Zhokarov, Prigojev / Prigozhev); not "z" for "j" ("Tianjin" is no "Tanzania")
_LOOSE_SOUNDS = (("sch", "sh"), ("ch", "sh"), ("zh", "j"))
#: consonants transliterations swap: Russian "г" as g or h (Velogorsk / Velohorsk), Arabic "ق" as q or g
#: (Qasimi / Gasimi), an initial k or g (Kasimov / Gasimov); Arabic "د", "ذ", "ث", "ت" as d, dh, th or t
#: (Orvahid / Orvaheeth, Kamad / Kamat: the h after a consonant is dropped first)
_LOOSE_CONSONANTS = str.maketrans("ghqd", "kkkt")
#: tokens this long keep a loose match: short names differ by one letter for real (Hani / Ghani, Omar / Amir)
LOOSE_MIN = 6
#: long tokens with the same consonants and this much similarity are vowel variants (Abdulmenam / Abdelmoneim)
LONG_VOWEL_MIN, LONG_VOWEL_RATIO = 8, 60


#: letters that NFKD leaves as they are, written as their Latin base letters (Turkish dotless "ı", Polish "ł")
_UNDECOMPOSED = str.maketrans({"\u0131": "i", "\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O",
                               "\u0111": "d", "\u0110": "D", "\u00df": "ss", "\u00e6": "ae", "\u00c6": "Ae"})


@lru_cache(maxsize=65536)
def ascii_fold(text: str) -> str:
    """Drop diacritics and unify apostrophes (Müller -> Muller, ’ -> ', Kılıç -> Kilic, Wałęsa -> Walesa)."""
    text = text.translate(_APOSTROPHES).translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


#: a lower-case preposition or determiner opening a span and the lower-case words after it, up to the name
#: ("in the Gulf of X", "off X", "the notorious X": given spans hold them; the name does not)
_LEADING_WORDS = re.compile(r"^(?:(?:in|on|at|off|near|from|to|into|onto|by|with|for|across|around|over|under|"
                            r"inside|outside|within|throughout|along|toward|towards|a|an|the|this|that|these|those)"
                            r"\s+)(?:[a-z]+\s+)*(?=[A-Z])")
#: lower-case words opening a span before the name ("defensive tackle X", "actress X": a description given
#: spans hold; no name opens with a common word), not a name particle ("bin X", "de X", "van X")
_LEADING_COMMON = re.compile(r"^(?:(?!(?:" + "|".join(sorted(NAME_PARTICLES | {"de", "da", "di", "du", "van", "von",
                                                                               "der", "den", "la", "le", "del"}))
                             + r")\s)[a-z][a-z-]*\s+)+(?=[A-Z])")


@lru_cache(maxsize=65536)
def clean_surface(text: str) -> str:
    """A mention's surface form without determiner, footnote markers and possessive ending."""
    text = _LEADING_COMMON.sub("", _LEADING_WORDS.sub("", ascii_fold(text).strip()))
    for det in DETERMINERS:
        if text.startswith(det):
            text = text[len(det):]
    text = _FOOTNOTE.sub("", text).strip()
    return _POSSESSIVE.sub("", text).strip(" .,;:")


#: an Arabic article joined to a name's last word, in either case ("al-X", "Al-X", "el-X")
_JOINED_ARTICLE = re.compile(r"^(?:[Aa][ldrsz]|[Aa]sh|[Ee][lr]|[Uu][ldr])-(?=[A-Z])")


def bare_last_name(name: str) -> str:
    """The word a person is called by alone: the name's last word without a joined Arabic article
    ("Omar al-Nasri" -> "Nasri"), as a later sentence writes it ("Nasri said")."""
    words = name.split()
    return _JOINED_ARTICLE.sub("", words[-1]) if words else ""


def name_tokens(text: str) -> list[str]:
    """Lowercase content tokens of a name: hyphens and apostrophes split, particles and titles dropped."""
    return list(_name_tokens(text))


@lru_cache(maxsize=65536)
def _name_tokens(text: str) -> tuple[str, ...]:
    surface = _ARTICLE_PREFIX.sub("", clean_surface(text))
    # a possessive inside a name is no word of it ("St Orvan's Church" / "St Orvan Church"), and an
    # apostrophe between letters writes a sound of the transliterated word ("Kama'at" / "Kamaat"), no word break
    surface = _INNER_APOSTROPHE.sub("", _INNER_POSSESSIVE.sub("", surface))
    # quotes around a nickname are no part of its word ('X "Vesko" Y', 'X “Vesko” Y', "X 'Vesko' Y")
    words = re.split(r"[\s\-'\"\u201c\u201d\u201e\u00ab\u00bb]+", surface)
    if not _office_name(surface):
        words = words[_title_prefix(words):]  # a leading title or rank is not part of the name
    # particles are written in lower case ("bin", "e", "al"); "US" or "EL" are names, not particles
    kept = [w for k, w in enumerate(words) if w and not (w in NAME_PARTICLES and len(words) > 1)
            and not _separate_article(words, k)]
    stripped = (w.lower().rstrip(".") for w in kept)
    return tuple(w for w in stripped if w)  # "." alone (e.g. "U.S. ." splits) is no token


def _separate_article(words: list[str], k: int) -> bool:
    """The Arabic article written apart with a capital before a capitalized word ("Al Qasra Harbour Clinic", "Saad
    Al Hariri"), as "al-Qasra" is written joined: the particle. Not the first of two words, which may be the given
    name "Al" ("Al Dresk")."""
    return words[k] == "Al" and k + 1 < len(words) and words[k + 1][:1].isupper() and (k > 0 or len(words) > 2)


#: :func:`name_tokens` as the tuple it is cached as, for callers that only read it (no list copied per call: pair
#: rules ask it of both names of every pair they compare, a million times on 1k articles)
name_token_tuple = _name_tokens


#: last words of a body's name: a title before them is part of that name ("General Prosecutor's Office")
_OFFICE_WORDS = STRONG_ORG_SUFFIXES | frozenset(("Office", "Service", "Services", "Court", "Staff", "Forces", "Corps"))
#: a title owning what follows ("Prosecutor's Office", "President's Guard"): an office's name, not a titled person
_OWNING_TITLE = re.compile(r"^(?:[A-Z][\w.\-]*\s+)*?[A-Z][\w.\-]*'s?\s")


def _office_name(surface: str) -> bool:
    """A name whose leading title words belong to it: it ends with a body's word or a title owns what follows."""
    last = surface.rsplit(None, 1)[-1] if surface.strip() else ""
    return last in _OFFICE_WORDS or bool(_OWNING_TITLE.match(surface))


def _title_prefix(words: list[str]) -> int:
    """How many leading words form a title ("Defence Minister", "Lt Gen"): a run of title words that ends with
    a head. Modifiers alone are part of a name ("National Security Council", "Supreme Court")."""
    cut = 0
    for k, w in enumerate(words[:-1]):
        bare = w.rstrip(".")
        if bare in TITLE_HEADS:
            cut = k + 1
        elif bare not in TITLE_MODIFIERS:
            break
    return cut


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """Spelling-folded token (vowels kept): nooreen -> nurin, jamaat -> jamat, philipp -> filip."""
    t = _VOWEL_YE.sub("e", _INITIAL_IA.sub("y", ascii_fold(token).lower()))
    if _ABD.match(t):  # "Abd al-X", "Abdel X", "Abdul X": the one word "servant of" before a name
        return "abd"
    t = _INNER_X.sub("ks", t)  # Aleksandr / Alexander, Maksim / Maxim
    for pattern, spelled in _BRITISH_SPELLINGS:  # Ministry of Defence / Defense, Centre / Center
        t = pattern.sub(spelled, t)
    for a, b in _SPELLINGS:
        t = t.replace(a, b)
    # "w" is the "v" of Slavic and German names written another way (Pawel / Pavel, Wolkov / Volkov), and a hard
    # "c" is a "k" (Catrin / Katrin, Kovac / Kovak); not the "c" of "ce", "ci", "cy" or "ch"
    t = _HARD_C.sub("k", t.replace("w", "v"))
    # a final "-off" / "-eff" is the Russian ending "-ov" / "-ev" written the older French and German way
    # (Vorontsoff / Vorontsov, Sergeeff / Sergeev)
    t = _FINAL_FF.sub("v", t)
    # a final "y" after a consonant is the vowel "i" (Aly / Ali, Andriy / Andrii), and so after a, e, o
    return _DOUBLES.sub(r"\1", _FINAL_Y.sub("i", t))


#: letters with a caron or cedilla that other romanisations write with an "h" (Turkish "ş", Czech and scholarly
#: Cyrillic "š", "č", "ž"): "Şahin" / "Shahin", "Šojgu" / "Shoygu"
_HACEK = str.maketrans({"\u0161": "sh", "\u015f": "sh", "\u0219": "sh", "\u010d": "ch", "\u00e7": "ch",
                        "\u017e": "zh", "\u0160": "Sh", "\u015e": "Sh", "\u010c": "Ch", "\u017d": "Zh"})
#: one sound written as each romanisation system writes it (Russian BGN/PCGN, passports, French, German, scholarly;
#: Turkic and Arabic names spelt the English or French way), in order, the key's classes in capitals:
#: "щ" (shch, sch, chtch, shtch, "sc" before e/i or last: Shcherbakov / Scherbakov / Chtcherbakov / Scerbakov),
#: "ц" (ts, tz, tc, c: Tsvetkova / Cvetkova / Tzvetkova / Tcvetkova), a final "j" after a vowel ("й": Sergej),
#: "ж" and "дж" (zh, j, dzh, dj: Nadezhda / Nadejda, Dzhumabaev / Djumabaev / Jumabaev), "ш" and "ч" as one (sh,
#: ch, tch: Shishkin / Chichkine), "х" (kh, h: Mikhail / Mihail), the French "gu" before e/i (Guennadi) and "ou"
_ROMAN_SOUNDS = ((re.compile(r"(?:sh|ch|s)?tch|shch|sch|sc(?=[ei]|$)"), "S"),
                 (re.compile(r"t[szc](?!h)"), "C"), (re.compile(r"c(?!h)"), "C"),
                 (re.compile(r"(?<=[aeiou])j$"), "i"), (re.compile(r"dzh|dj|zh|j"), "J"), (re.compile(r"sh|ch"), "S"),
                 (re.compile(r"kh"), "h"), (re.compile(r"gu(?=[ei])"), "g"), (re.compile(r"ou"), "u"))
#: the vowels and semivowels romanisations write otherwise: "ье"/"ие" as ye, ie or e (Grigoryev / Grigoriev /
#: Grigorev), an i or y before a vowel as one "y" (Tatyana / Tatiana, Zulfiya / Zulfiia, Iashin / Yashin), "ё"
#: after a consonant and before another as yo, io or e (Pyotr / Piotr / Petr, Khrustalyov / Khrustalev), "ьи" as
#: yi or i (Ilyin / Ilin), a "й" before a consonant as y or i (Gaynullin / Gainullin, Shoygu / Shoigu), a final iy,
#: ii, y as i (Dmitriy / Dmitrii / Dmitry, Sergey / Sergei)
_ROMAN_VOWELS = ((re.compile(r"(?<=[^aeiouy])[iy]+e"), "e"), (re.compile(r"[iy]+(?=[aou])"), "y"),
                 (re.compile(r"(?<=[^aeiouy])yo(?=[^aeiouy])"), "e"),
                 (re.compile(r"yi"), "i"), (re.compile(r"(?<=[aeou])y(?![aeiouy])"), "i"),
                 (re.compile(r"[iy]+$"), "i"))
#: a final "-ine" the French romanisation writes for a Russian "-ин" (Chtchoukine, Gainoulline, Moukhametchine):
#: read as "-in" only in a word that shows the French system elsewhere ("ou", a "ch" before a vowel, an inner "j",
#: "gu" before e/i, "ii"); a French given name ("Martine", "Christine", "Jacqueline") is no "-in" name
_FRENCH_INE = re.compile(r"(?<=[^aeiouy])ine$")
_FRENCH_SPELLING = re.compile(r"ou|ch(?=[aeiouy])|(?<=.)j|gu(?=[ei])|ii")
#: "t" before the sound of "ш" / "ч": the French "tch" and the English "tsh" of "т" + "ш" (Mukhametshina /
#: Moukhametchina) read as that sound alone
_T_BEFORE_S = re.compile(r"t(?=S)")
#: the fewest letters of a token matched by its romanisation key alone (shorter names differ by a letter for real)
ROMAN_MIN = 4


@lru_cache(maxsize=65536)
def romanised(token: str) -> str:
    """A name token written one way whatever the romanisation system (the Cyrillic romanisations of BGN/PCGN,
    ICAO passports, GOST, ALA-LC, the French and German press; Turkish and Czech letters with a cedilla or caron
    as their English spelling): "Dmitriy" / "Dmitrii" / "Dmitry", "Tsvetkova" / "Cvetkova", "Chtchoukine" /
    "Shchukin" / "Schukin", "Yevgeniya" / "Evgueniia", "Şahin" / "Shahin" each give one key.

    Coarser than :func:`fold_token` (sh and ch are one sound here, an i or y before a vowel one letter): a key
    for blocking and for :func:`tokens_match` on tokens of :data:`ROMAN_MIN` letters or more, never an id."""
    t = ascii_fold(token.translate(_HACEK)).lower().replace("'", "")  # the key's
    # classes are written in capitals (S: sh/ch/shch, C: ts/c, J: zh/j/dzh), the letters it keeps in lower case
    t = t.replace("w", "v").replace("x", "ks").replace("q", "k")
    if _FRENCH_SPELLING.search(t):
        t = _FRENCH_INE.sub("in", t)
    t = _VOWEL_YE.sub("e", t)
    for pattern, one in _ROMAN_SOUNDS:
        t = pattern.sub(one, t)
    t = _T_BEFORE_S.sub("", t)
    for pattern, one in _ROMAN_VOWELS:
        t = pattern.sub(one, t)
    t = t.replace("ee", "i").replace("oo", "u")
    return _DOUBLES.sub(r"\1", _FINAL_FF.sub("v", t))


@lru_cache(maxsize=65536)
def romanised_key(text: str) -> str:
    """:func:`romanised` of each token of a name."""
    return " ".join(romanised(t) for t in name_tokens(text))


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """First letter plus consonants of the folded token: muhammad/mohammad -> mhmd."""
    return _skeleton_of(fold_token(token))


def _skeleton_of(t: str) -> str:
    """:func:`skeleton` of a token already folded."""
    if not t:
        return t
    # a final vowel is kept: "Valdistani" (a demonym) is not "Valdistan", "Maria" is not "Mario"
    end = t[-1].replace("y", "i") if len(t) > 1 and t[-1] in "aeiouy" else ""
    # an initial vowel is one class: transliterations vary it (Ijaz/Aijaz/Ejaz, Omar/Umar, Ismail/Esmail)
    first = "a" if t[0] in "aeiou" else t[0]
    # an "h" after a consonant comes and goes in transliterations (Prigozhin/Prigozin/Prighozin, Ashraf/Asraf)
    rest = _CONSONANT_H.sub(r"\1", t)[1:]
    return _DOUBLES.sub(r"\1", first + _VOWELS.sub("", rest)) + end


@lru_cache(maxsize=65536)
def folded_key(text: str) -> str:
    """Transliteration-folded key of a whole name (blocking and exact-variant matching); initials before a word
    written as one ("R K Varesh", "R. K. Varesh", "R.K. Varesh" and "RK Varesh" all "rk varesh")."""
    return " ".join(fold_token(t) for t in _initials_joined(name_tokens(text)))


#: a token made of initials: one letter, or letters with full stops between them ("r.k" of "R.K.")
_INITIALS_TOKEN = re.compile(r"[a-z](?:\.[a-z])*")


def _initials_joined(toks: list[str]) -> list[str]:
    """``toks`` with a run of initials (:data:`_INITIALS_TOKEN`, two letters or more in all) that a longer word
    follows written as one token ("r", "k", "varesh" -> "rk", "varesh"); a lone initial ("George W Bush") stays."""
    out: list[str] = []
    run: list[str] = []
    for tok in toks:
        if _INITIALS_TOKEN.fullmatch(tok):
            run.append(tok)
            continue
        joined = "".join(run).replace(".", "")
        out.extend([joined] if len(joined) >= 2 else run)
        out.append(tok)
        run = []
    return out + run


@lru_cache(maxsize=65536)
def skeleton_key(text: str) -> str:
    return " ".join(skeleton(t) for t in name_tokens(text))


@lru_cache(maxsize=65536)
def tokens_match(a: str, b: str) -> bool:
    """Do two name tokens spell the same name? Equal when folded, one a short form of the other ("Bob" /
    "Robert": :mod:`storyline.lexicons.given_names`), or same skeleton and close spelling."""
    fa, fb = fold_token(a), fold_token(b)
    if fa == fb or short_form_of(ascii_fold(a).lower(), ascii_fold(b).lower()):
        return True
    if min(len(fa), len(fb)) >= ROMAN_MIN and romanised(a) == romanised(b) \
            and (min(len(fa), len(fb)) >= LOOSE_MIN or fa[0].replace("x", "k") == fb[0].replace("x", "k")):
        # one name in two romanisation systems ("Dmitriy" / "Dmitrii", "Tsvetkov" / "Cvetkov"); a short one
        # with the same first letter, an "x" a "k" ("Pyotr" / "Petr", "Xenia" / "Ksenia"; "Chen" / "Shen", "Zhang" /
        # "Jang" are other names)
        return True
    if "." in a + b and a.replace(".", "") == b.replace(".", ""):
        return True  # initials with and without their full stops ("k.p" / "kp")
    if len(fa) < 4 or len(fb) < 4:
        return False
    if skeleton(a) != skeleton(b):
        return _loose_consonants(a, b)
    floor = LONG_VOWEL_RATIO if min(len(fa), len(fb)) >= LONG_VOWEL_MIN else 70
    return fuzz.ratio(fa, fb) >= floor


def _loose_consonants(a: str, b: str) -> bool:
    """Long tokens whose skeletons differ only in g / h / k / q or d / t, spelled closely once those are read as
    one letter and an h after a consonant is dropped (Belogorsk / Belohorsk, Orvaheed / Orvaheeth)."""
    fa, fb = fold_token(a), fold_token(b)
    return (min(len(fa), len(fb)) >= LOOSE_MIN and loose_skeleton(a) == loose_skeleton(b)
            and fuzz.ratio(_loose_form(fa), _loose_form(fb)) >= 75)


def _loose_sounds(folded: str) -> str:
    """A folded token with the sounds of :data:`_LOOSE_SOUNDS` written one way, a Ukrainian "h" read as "g"."""
    for a, b in _LOOSE_SOUNDS:
        folded = folded.replace(a, b)
    return _UKRAINIAN_H.sub("g", folded)


def _loose_form(folded: str) -> str:
    """A folded token with the letters :func:`loose_skeleton` unites made one, vowels kept."""
    return _CONSONANT_H.sub(r"\1", _loose_sounds(folded)).translate(_LOOSE_CONSONANTS)


@lru_cache(maxsize=65536)
def loose_skeleton(token: str) -> str:
    """The skeleton with g, h, k, q as one letter and the sounds romanizations write otherwise
    (:data:`_LOOSE_SOUNDS`) one way: a blocking key for transliteration variants."""
    return _skeleton_of(_loose_sounds(fold_token(token))).translate(_LOOSE_CONSONANTS)


@lru_cache(maxsize=65536)
def loose_key(text: str) -> str:
    return " ".join(loose_skeleton(t) for t in name_tokens(text))


@lru_cache(maxsize=65536)
def is_acronym(text: str) -> bool:
    """All-capital short token ("NSC", "U.N.") read as an acronym."""
    t = clean_surface(text).replace(".", "")
    return 2 <= len(t) <= 8 and t.isalpha() and t.isupper()


#: a group named by a letter and a number, and its written-out form ("Q5", "Q-5"; "Quorum of Five", "Quorum of 5")
_LETTER_NUMBER = re.compile(r"([A-Z])[- ]?(\d{1,2})")
_WORD_OF_NUMBER = re.compile(r"(?:[Tt]he )?([A-Z])[a-z]+ of (\w+)")


def numbered_name(text: str) -> str | None:
    """The letter and number of a group named by them, written either way ("Q5", "Q-5", "Quorum of Five",
    "Quorum of 5" -> "q5"), else None."""
    t = clean_surface(text)
    hit = _LETTER_NUMBER.fullmatch(t)
    if hit:
        return hit.group(1).lower() + str(int(hit.group(2)))
    hit = _WORD_OF_NUMBER.fullmatch(t)
    if hit is None:
        return None
    word = hit.group(2).lower()
    number = int(word) if word.isdigit() and len(word) <= 2 else NUMBER_WORDS.get(word)
    return hit.group(1).lower() + str(number) if number else None


#: the fewest letters of an acronym made of its words' opening letters ("Norcom", "Velpol"), and the fewest letters
#: each word gives it
PREFIX_ACRONYM = 5
PREFIX_LETTERS = 2


def prefixes_spell(letters: str, words: list[str]) -> bool:
    """Do opening parts of every word, in order, of :data:`PREFIX_LETTERS` letters or more, spell ``letters``
    (both in capitals: "NORCOM" of "NORTHERN", "COMMAND")?"""
    if not words:
        return not letters
    head, rest = words[0], words[1:]
    return any(letters.startswith(head[:k]) and prefixes_spell(letters[k:], rest)
               for k in range(PREFIX_LETTERS, min(len(head), len(letters)) + 1))


def initials_match(acronym: str, words: list[str]) -> bool:
    """Do the capital initials of ``words`` (hyphen parts included, particles skipped) spell ``acronym``?

    Small words ("of", "for", "and") may be skipped or used; every letter of
    the acronym must start a word or a hyphen part, in order (E/I and O/U
    count as one initial: transliterations swap them).
    """
    acr = acronym.replace(".", "").upper()
    parts = [p for w in words for p in re.split(r"[\-]", w) if p]
    return _spell(acr, parts)


def _spell(acr: str, parts: list[str]) -> bool:
    if not acr:
        return all(p.lower() in _SKIPPABLE or p.lower() in NAME_PARTICLES for p in parts)
    if not parts:
        return False
    head, rest = parts[0], parts[1:]
    skippable = head.lower() in _SKIPPABLE or head.lower() in NAME_PARTICLES
    if _same_initial(head[:1].upper(), acr[0]) and _spell(acr[1:], rest):
        return True
    return skippable and _spell(acr, rest)


#: initial vowels that transliterations swap ("Ittehad"/"Ettehad", "Omar"/"Umar")
_INITIAL_VARIANTS = ({"E", "I"}, {"O", "U"})


def _same_initial(a: str, b: str) -> bool:
    return a == b or any(a in pair and b in pair for pair in _INITIAL_VARIANTS)


_SKIPPABLE = words("of for and the to in on de del la le des du da")
#: the small words a long name writes in lower case between its capitalized words ("Ministry of X and Y")
SMALL_WORDS = _SKIPPABLE


@lru_cache(maxsize=65536)
def align_names(a: tuple[str, ...], b: tuple[str, ...], skip: bool = False) -> bool:
    """Do the tokens of ``a`` spell ``b`` in order (or, with ``skip``, part of ``b``)?

    Tokens match by :func:`tokens_match`; a token may also match two adjacent
    tokens of the other name written as one word ("sanaullah" ~ "sana ullah").
    With ``skip``, tokens of ``b`` may be left out (a given name, a patronymic,
    a trailing family name); every token of ``a`` must be used.
    """
    return _align(a, b, 0, 0, skip)


def _align(a: tuple[str, ...], b: tuple[str, ...], i: int, j: int, skip: bool) -> bool:
    if i == len(a):
        return skip or j == len(b)
    if j == len(b):
        return False
    if tokens_match(a[i], b[j]) and _align(a, b, i + 1, j + 1, skip):
        return True
    if j + 1 < len(b) and tokens_match(a[i], b[j] + b[j + 1]) and _align(a, b, i + 1, j + 2, skip):
        return True
    if i + 1 < len(a) and tokens_match(a[i] + a[i + 1], b[j]) and _align(a, b, i + 2, j + 1, skip):
        return True
    return skip and _align(a, b, i, j + 1, skip)


def same_name(a: str, b: str) -> bool:
    """The same tokens in the same order, up to spelling and one-word/two-word writing; or the same letters
    written in another number of words, a romanized name's syllables apart or joined ("Ko Ta Lam" /
    "Kotalam", "Ho Chi Minh" / "Hochiminh": :func:`joined_key`)."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not (ta and tb):
        return False
    return align_names(ta, tb) or (len(ta) != len(tb) and max(len(ta), len(tb)) > 2
                                   and len(jk := joined_key(a)) >= JOINED_MIN and jk == joined_key(b))


#: the fewest letters of a name matched by its syllables joined (:func:`joined_key`)
JOINED_MIN = 6


def joined_key(text: str) -> str:
    """A name's folded tokens written as one word ("Ko Ta Lam" -> "kotalam")."""
    return "".join(fold_token(t) for t in name_tokens(text))


def token_subset(short: str, long: str) -> bool:
    """Is ``short`` the name ``long`` with some tokens left out ("Dario Kesh" of "Anton Dario Kesh")?

    Strictly shorter: the same name is :func:`same_name`, not a subset.
    """
    ts, tl = tuple(name_tokens(short)), tuple(name_tokens(long))
    if not ts or not tl or align_names(ts, tl):
        return False
    return align_names(ts, tl, skip=True) or initialled_given(ts, tl)


@lru_cache(maxsize=65536)
def person_names_compatible(a: str, b: str) -> bool:
    """Can two person names name one person?

    The same name, or one is the other with tokens left out, in order: "Varo" ~
    "Anton Varo", "Ilan Morvek" ~ "Ilan Petar Morvek", "Dario Kesh" ~
    "Anton Dario Kesh", "Tova Sandorel" ~ "Tova Sando Rel Vask", three or more
    names in another order ("X Y Z" ~ "X Z Y", also inside a longer name: "Y Z X" ~ "X W Y Z"); never
    "Ilan Morvek" ~ "Morvek Dassin"
    (neither is part of the other).
    """
    ta, tb = tuple(name_tokens(a)), tuple(name_tokens(b))
    if not ta or not tb:
        return False
    if len(ta) > len(tb):
        ta, tb = tb, ta
    return align_names(ta, tb, skip=True) or align_names(tb, ta, skip=True) or _reordered(ta, tb) \
        or _abbreviated_surname(ta, tb) or _abbreviated_surname(tb, ta) \
        or initialled_given(ta, tb) or initialled_given(tb, ta) or _middle_name_ending(ta, tb)


#: the fewest letters of the shorter of two spellings of a middle name that :func:`_middle_name_ending` reads as one
MIDDLE_ENDING_MIN = 4


def _middle_name_ending(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """"Tomas Andre Vel Karsten" ~ "Tomas Andres Vel Karsten": a full name of three words or more written twice
    with every word the same but one middle name, once with a last letter more (a middle name's Spanish and
    Portuguese forms, a slip); the given name and the surname must be the same."""
    if len(ta) != len(tb) or len(ta) < 3 or not tokens_match(ta[0], tb[0]) or not tokens_match(ta[-1], tb[-1]):
        return False
    odd = [(x, y) for x, y in zip(ta[1:-1], tb[1:-1], strict=True) if not tokens_match(x, y)]
    if len(odd) != 1:
        return False
    short, long = sorted((fold_token(odd[0][0]), fold_token(odd[0][1])), key=len)
    return len(short) >= MIDDLE_ENDING_MIN and len(long) == len(short) + 1 and long.startswith(short)


def _initials(token: str) -> list[str] | None:
    """The letters of a token made only of initials ("v", "j.k" of "J.K."), else None."""
    parts = token.split(".")
    return parts if all(len(p) == 1 and p.isalpha() for p in parts) else None


@lru_cache(maxsize=65536)
def initialled_given(cut: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"V. Drazic" ~ "Vuk Drazic", "R.C. Menon" ~ "Rama Chandra Menon", "Ilan K. Morvek" ~ "Ilan Karel Morvek":
    given names cut to their initials (at least one), the surname written in full. In order, each given name of
    ``cut`` is a given name of ``full`` or the initial of one; the first stands for ``full``'s first given name
    (a middle name of ``full`` may be left out after it). Initials that open other given names ("A. Drazic" /
    "Vuk Drazic") make two people."""
    if len(cut) < 2 or len(full) < 2 or len(cut[-1]) < 2 or not tokens_match(cut[-1], full[-1]):
        return False
    given: list[tuple[str, bool]] = []
    for tok in cut[:-1]:
        letters = _initials(tok)
        given += [(x, True) for x in letters] if letters else [(tok, False)]
    other = [t for t in full[:-1] if t]
    if not any(initial for _t, initial in given) or len(given) > len(other) or all(_initials(t) for t in other):
        return False
    k = 0
    for n, (tok, initial) in enumerate(given):
        while k < len(other) and not (other[k].startswith(tok) if initial else tokens_match(tok, other[k])):
            if n == 0:
                return False  # the first given name is written first
            k += 1
        if k == len(other):
            return False
        k += 1
    return True


def _abbreviated_surname(cut: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"Orlan V." ~ "Orlan Vesk": the surname cut to its initial, as courts and the press of several countries
    write a suspect's name; the given names must match in full (one may leave a middle name out) and the
    initial open the other name's last word. A surname of two or three words is cut to as many initials
    ("Orlan v D" ~ "Orlan von Dresk"), each opening its word."""
    k = 0
    while k < min(len(cut) - 1, 3) and len(cut[-1 - k]) == 1:
        k += 1
    if k == 0 or len(cut) < 2 or any(len(t) == 1 for t in cut[:-k]) or len(full[-1]) < 2 or len(full) <= k:
        return False
    given, other = cut[:-k], full[:-k]
    return all(w.startswith(x) and len(w) > 1 for x, w in zip(cut[-k:], full[-k:], strict=True)) and bool(other) \
        and (align_names(given, other, skip=True) or align_names(other, given, skip=True))


def abbreviated_surname(a: str, b: str) -> bool:
    """One of two names is the other with its surname cut to its initials (:func:`_abbreviated_surname`, either
    way round)."""
    ta, tb = tuple(name_tokens(a)), tuple(name_tokens(b))
    return _abbreviated_surname(ta, tb) or _abbreviated_surname(tb, ta)


def _reordered(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Three or more names, the same ones in another order ("X Y Z" / "X Z Y": a patronymic moved), or all of
    them in a longer name ("Y Z X" of "X W Y Z": an official register's family names first, a middle name
    left out). ``ta`` is the shorter; each of its names takes one of ``tb``'s."""
    if len(ta) > len(tb) or len(ta) < 3:
        return False
    left = list(tb)
    for tok in ta:
        hit = next((k for k, other in enumerate(left) if tokens_match(tok, other)), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


def final_vowel_variant(a: str, b: str) -> bool:
    """Two long spellings of one surname that differ at the end: an added "i" (Persian-style "Bahrom" /
    "Bahromi") or a final e/a (Nurbekzoda / Nurbekzode). Not an added "a" (Ivanov / Ivanova) nor
    i/a (-ski / -ska): those endings mark another person."""
    fa, fb = sorted((fold_token(a), fold_token(b)), key=len)
    if len(fa) >= LOOSE_MIN and fb == fa + "i":
        return True
    return (len(fa) == len(fb) >= LONG_VOWEL_MIN and fa[:-1] == fb[:-1]
            and {fa[-1], fb[-1]} == {"a", "e"})


def person_variant(a: str, b: str) -> bool:
    """Person names compatible once the last name's ending is read as one spelling (:func:`final_vowel_variant`)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb or not final_vowel_variant(ta[-1], tb[-1]):
        return False
    return person_names_compatible(" ".join([*ta[:-1], tb[-1]]), b)


#: a last name this long or longer may be spelled with another final vowel within one article
ENDING_MIN = 5


def ending_variant(a: str, b: str) -> bool:
    """Person names compatible once the last names' final vowels are read as one ("Abu Nasra" /
    "Yusuf Abu Nasre"): an article that spells one person two ways. Weaker than :func:`person_variant` —
    across articles such endings can mark two people (Maria / Marie) — so only for one article's names."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    x, y = fold_token(ta[-1]), fold_token(tb[-1])
    if x == y or len(x) != len(y) or len(x) < ENDING_MIN or x[:-1] != y[:-1] or not {x[-1], y[-1]} <= set("aeiou"):
        return False
    return person_names_compatible(" ".join([*ta[:-1], tb[-1]]), b)


def may_be_spellings(a: str, b: str) -> bool:
    """Could two names be one spelled differently? The same number of words with the same loose consonant
    skeletons (vowels free: "Soamer Kelvani" / "Suammar Gellvani"). Weaker than :func:`same_name`: it keeps
    a chain of spelling variants from being cut apart, it never links names by itself."""
    ta, tb = name_tokens(a), name_tokens(b)
    return len(ta) == len(tb) > 0 and all(loose_skeleton(x) == loose_skeleton(y) for x, y in zip(ta, tb, strict=True))


#: a mistyped surname: at most this many letters changed, the same length, the same last letters
TYPO_EDITS, TYPO_MIN, TYPO_SAME_END = 2, 5, 3


def surname_typo(a: str, b: str) -> bool:
    """Two full names, the same given names (two or more), last names of one length that differ in at most
    two letters before a common ending ("X Y Nijvar" / "X Y Gujvar"). Only a candidate: whether it is a
    typo or another person is for the story to say (how rare one form is, who is around it)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) != len(tb) or len(ta) < 3 or not all(tokens_match(x, y) for x, y in zip(ta[:-1], tb[:-1], strict=True)):
        return False
    x, y = fold_token(ta[-1]), fold_token(tb[-1])
    return (x != y and len(x) == len(y) >= TYPO_MIN and x[-TYPO_SAME_END:] == y[-TYPO_SAME_END:]
            and sum(c != d for c, d in zip(x, y, strict=True)) <= TYPO_EDITS)


def abbreviated_same(a: str, b: str) -> bool:
    """The same name with words abbreviated in one of them ("NY Times" / "New York Times", "U.S. Geological
    Survey" / "United States Geological Survey", "Mt Cook" / "Mount Cook").

    A token abbreviates the other name's word when a standard abbreviation stands for it
    (:data:`WORD_ABBREVIATIONS`), or several adjacent words when it is written in capitals (dots allowed) and
    spells their initials; at least one other word must match in full (a name that is all initials is an
    acronym, linked by the acronym rules).
    """
    pa, pb = _abbreviation_parts(a), _abbreviation_parts(b)
    if pa is None or pb is None or pa[0] == pb[0] == 1:
        return False
    return (pa[3] and _abbr_align(pa[1], pb[1], pa[2], 0, 0, 0)) or \
        (pb[3] and _abbr_align(pb[1], pa[1], pb[2], 0, 0, 0))


@lru_cache(maxsize=65536)
def _abbreviation_parts(name: str) -> tuple[int, tuple[str, ...], frozenset[str], bool] | None:
    """What :func:`abbreviated_same` reads of one name, asked once per name (entity resolution compares each name
    with many): its number of tokens, its tokens with runs of initials joined (:func:`_joined_initials`), its
    tokens in capitals (:func:`_capital_tokens`), and whether any of those tokens can abbreviate a word (a
    standard abbreviation or a token in capitals; :func:`_abbr_align` aligns no name without one); None for a
    name without tokens."""
    toks = tuple(name_tokens(name))
    if not toks:
        return None
    joined, caps = _joined_initials(name, toks), _capital_tokens(name)
    return len(toks), joined, caps, any(t in caps or t.rstrip(".") in WORD_ABBREVIATIONS for t in joined)


def _capital_tokens(name: str) -> frozenset[str]:
    """The tokens of a name written in capitals ("NY", "U.S."), as :func:`name_tokens` gives them; a run of two or
    more single capitals written apart ("K. P.", "K P") as one token ("kp"), as :func:`_joined_initials` joins it."""
    words = clean_surface(name).split()
    caps = {w.lower().rstrip(".") for w in words
            if w.replace(".", "").isalpha() and w.replace(".", "").isupper() and len(w.replace(".", "")) >= 2}
    caps.update(run for run in _initial_runs(words) if len(run) >= 2)
    return frozenset(caps)


#: one capital letter written as a word, with or without its full stop ("K.", "K")
_INITIAL = re.compile(r"[A-Z]\.?")


def _initial_runs(words: list[str]) -> list[str]:
    """The runs of single capitals written as words ("K. P. Sharma" -> ["kp"]), lower case, joined."""
    runs, run = [], ""
    for w in words:
        if _INITIAL.fullmatch(w):
            run += w[0].lower()
            continue
        if run:
            runs.append(run)
        run = ""
    return [*runs, run] if run else runs


def _joined_initials(name: str, toks: tuple[str, ...]) -> tuple[str, ...]:
    """``toks`` with each run of two or more single capitals written apart joined as one token: "D. T. Varsena
    Kol" writes the initials "DT" of "Dorvan Tesh" letter by letter ("d", "t" -> "dt")."""
    runs = [r for r in _initial_runs(clean_surface(name).split()) if len(r) >= 2]
    if not runs:
        return toks
    out: list[str] = []
    k = 0
    while k < len(toks):
        run = next((r for r in runs if "".join(toks[k:k + len(r)]) == r
                    and all(len(t) == 1 for t in toks[k:k + len(r)])), None)
        out.append(run or toks[k])
        k += len(run) if run else 1
    return tuple(out)


def _abbr_align(a: tuple[str, ...], b: tuple[str, ...], caps: frozenset[str], i: int, j: int, state: int) -> bool:
    """Align ``a`` (abbreviations allowed) on ``b``; ``state`` bit 1: an abbreviation used, bit 2: a full word."""
    if i == len(a) or j == len(b):
        return i == len(a) and j == len(b) and state == 3
    tok = a[i]
    if tokens_match(tok, b[j]) and _abbr_align(a, b, caps, i + 1, j + 1, state | 2):
        return True
    if b[j] in WORD_ABBREVIATIONS.get(tok.rstrip("."), ()) and _abbr_align(a, b, caps, i + 1, j + 1, state | 1):
        return True
    letters = tok.replace(".", "")
    n = len(letters)
    return (tok in caps and 2 <= n <= len(b) - j and "".join(w[0] for w in b[j:j + n]) == letters
            and _abbr_align(a, b, caps, i + 1, j + n, state | 1))


#: the shortest word whose one-letter variant may be a misspelling (shorter words differ as names do)
VARIANT_MIN = 6


def one_letter_variant(a: str, b: str) -> bool:
    """Two spellings of one word one letter apart (one added, dropped or changed; folded), six letters or more,
    the same first letter, and not a final vowel added or changed ("Daniel" / "Daniela", "Andrei" / "Andrea"
    are two names). Only a candidate: whether it is a misspelling is for the story to say (how rare one
    spelling is)."""
    x, y = fold_token(a), fold_token(b)
    if x == y or min(len(a), len(b)) < VARIANT_MIN or x[0] != y[0] or Levenshtein.distance(x, y) != 1:
        return False
    if len(x) != len(y):
        longer = max(x, y, key=len)
        return not (longer[-1] in "aeiou" and longer[:-1] == min(x, y, key=len))
    return not (x[:-1] == y[:-1] and x[-1] in "aeiou" and y[-1] in "aeiou")


#: the longest syllable of a name written in syllables ("Min-soo", "Jeong-hun") whose vowels romanizations vary
SYLLABLE_MAX = 5


def syllable_variant(a: str, b: str) -> bool:
    """Two romanizations of one name written in syllables ("Tae Jeong-min" / "Tae Jung-meen"): three or more
    words, at least one the same, the others short (five letters or less) and the same once the vowels
    romanizations swap are read as one (eo/u/o, ae/e, eu/u, ee/i). Longer words that differ in vowels are
    other names (Hassan / Hussein). Only a candidate: whether it is one person is for the story to say (who is
    around the two spellings)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) != len(tb) or len(ta) < 3:
        return False
    odd = [(x, y) for x, y in zip(ta, tb, strict=True) if fold_token(x) != fold_token(y)]
    return 0 < len(odd) < len(ta) and all(
        max(len(x), len(y)) <= SYLLABLE_MAX and _romanized(x) == _romanized(y) for x, y in odd)


#: vowels that romanizations of one syllable write differently (Jeong / Jung, Neom / Num, Hae / He, Eun / Un,
#: Yeol / Youl / Yol, Choe / Choi), on the lower-case letters before any other folding
_ROMANIZED_VOWELS = (("yeo", "yo"), ("you", "yo"), ("eo", "o"), ("eu", "u"), ("oo", "u"), ("ou", "u"), ("ee", "i"),
                     ("oe", "oi"), ("ae", "e"), ("o", "u"))
#: consonants that romanizations of one syllable write voiced or not, or with another letter (Kang / Gang,
#: Dong / Tong, Bae / Pae, Jeong / Chung, Shin / Sin, Seo / Suh: a final "h" after a vowel is silent)
_ROMANIZED_CONSONANTS = (("ch", "j"), ("sh", "s"), ("kk", "k"), ("g", "k"), ("d", "t"), ("b", "p"))
_SILENT_FINAL_H = re.compile(r"(?<=[aeiou])h$")
#: an "r" after "a" closing a syllable is the English spelling of a long "a" (Park / Pak / Bak)
_SILENT_AR = re.compile(r"(?<=a)r(?![aeiouy])")


def _romanized(token: str) -> str:
    """A short syllable with the letters romanizations of it vary written one way (Seok / Suk, Jeong / Chung)."""
    t = _SILENT_AR.sub("", _SILENT_FINAL_H.sub("", ascii_fold(token).lower()))
    for a, b in (*_ROMANIZED_VOWELS, *_ROMANIZED_CONSONANTS):
        t = t.replace(a, b)
    return _DOUBLES.sub(r"\1", t)



#: a final "-que" is the "q" of an Arabic name in the French and South Asian spelling (Rafique / Rafiq,
#: Farouque / Farouq)
_QUE_END = re.compile(r"que$")
#: a final "h" after a vowel is silent in romanised Arabic, Persian and Malay names (Jumlah / Jumla)
_VOWEL_FINAL_H = re.compile(r"(?<=[aeiou])h$")
#: the fewest letters of a word whose one vowel written otherwise still spells the same word
SPELLING_VOWEL_MIN = 6
#: ... and of a word whose last letter, a vowel, may be written otherwise (shorter: Mario / Maria are two names)
SPELLING_END_MIN = 8


@lru_cache(maxsize=65536)
def spelling_key(token: str) -> str:
    """A word as the romanisations of one name write it alike: :func:`fold_token` (doubled letters, k/q/c,
    ee/oo, ph/f), after "kh" read as "h" (Khalvor / Halvor, Khorvanim / Horvanim), "y" as "i" (Horvanym / Horvanim,
    Daylamir / Dailamir), a final "-que" as "q"; a silent final "h" after a vowel dropped."""
    s = _QUE_END.sub("q", ascii_fold(token).lower()).replace("kh", "h").replace("y", "i")
    return _VOWEL_FINAL_H.sub("", fold_token(s))


def _vowel_edit(x: str, y: str) -> bool:
    """Two spelling keys one vowel apart (a vowel changed, added or dropped), long enough, the same first
    letter; a changed or added last vowel only in a long word ("Nurbekzoda" / "Nurbekzodu")."""
    if min(len(x), len(y)) < SPELLING_VOWEL_MIN or x[0] != y[0] or Levenshtein.distance(x, y) != 1:
        return False
    if len(x) == len(y):
        k = next(i for i, (c, d) in enumerate(zip(x, y, strict=True)) if c != d)
        vowel = x[k] in "aeiou" and y[k] in "aeiou"
        last = k == len(x) - 1
    else:
        long, short = (x, y) if len(x) > len(y) else (y, x)
        k = next((i for i, (c, d) in enumerate(zip(short, long, strict=False)) if c != d), len(short))
        vowel = long[k] in "aeiou"
        last = k == len(long) - 1
    return vowel and (not last or min(len(x), len(y)) >= SPELLING_END_MIN)


def spelling_variant(a: str, b: str, person: bool = False) -> bool:
    """Two names that are one name in two romanisations: as many words, each pair of words the same word
    (:func:`tokens_match`) or with the same :func:`spelling_key`, and at most one pair whose keys are one vowel
    apart (:func:`_vowel_edit`; in a person's name the surname only: "Marina" / "Mariana" are two given names)
    or whose vowels are written otherwise (:func:`vowel_class_variant`, any word), some pair differing.
    Consonants added or changed are left out ("Nepali" / "Nepalis", "Kenya" / "Kenyan": another word), as are
    acronyms. Only a candidate: two names spelled so may still be two places or people; the story says whether
    they are one (:func:`storyline.fuse.entities.join_spelling_variants`)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or len(ta) != len(tb) or is_acronym(a) or is_acronym(b) or folded_key(a) == folded_key(b):
        return False
    vowels = 0
    for k, (x, y) in enumerate(zip(ta, tb, strict=True)):
        if tokens_match(x, y):
            continue
        kx, ky = spelling_key(x), spelling_key(y)
        if kx == ky and min(len(kx), len(ky)) >= ROMAN_MIN:
            continue
        if not vowel_class_variant(x, y) and (not _vowel_edit(kx, ky) or (person and k != len(ta) - 1)):
            return False
        vowels += 1
    return vowels <= 1


#: the fewest consonants of a surname whose vowels alone may be written otherwise, a final "e" dropped or added
SURNAME_VOWELS_CONSONANTS = 5
#: the fewest letters of such a surname (the longer of the two)
SURNAME_VOWELS_MIN = 8


def surname_vowels_variant(a: str, b: str) -> bool:
    """One person's full name with the surname's vowels written otherwise ("Ruvan Dissawardene" / "Ruvan
    Dissawardan", a transliteration or a slip): as many words, two or more, the given names the same
    (:func:`tokens_match`), the surnames long (:data:`SURNAME_VOWELS_MIN` letters), with the same first letter and
    the same consonants in order (:data:`SURNAME_VOWELS_CONSONANTS` or more; a glide and a silent final "h" left
    out, as :func:`glide_consonants` writes them), and a final vowel on both, on neither, or an "e" on one only.
    A final "a" or "i" that one writes and the other does not is a man's and a woman's form ("Kowalski" /
    "Kowalska", "Aleksandrov" / "Aleksandrova"), never one name. Only a candidate, as :func:`spelling_variant` is."""
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) != len(tb) or len(ta) < 2 or is_acronym(a) or is_acronym(b) \
            or not all(tokens_match(x, y) for x, y in zip(ta[:-1], tb[:-1], strict=True)):
        return False
    x, y = fold_token(ta[-1]), fold_token(tb[-1])
    if x == y or tokens_match(ta[-1], tb[-1]) or max(len(x), len(y)) < SURNAME_VOWELS_MIN or x[0] != y[0]:
        return False
    cx, cy = glide_consonants(ta[-1]), glide_consonants(tb[-1])
    if cx != cy or len(cx) < SURNAME_VOWELS_CONSONANTS:
        return False
    ex, ey = x[-1] in "aeiouy", y[-1] in "aeiouy"
    if ex and ey:
        return (x[-1] == y[-1]) or {x[-1], y[-1]} <= set("ey")
    return not (ex or ey) or (x if ex else y)[-1] == "e"


#: a "w" or "y" between two vowels is the glide a romanisation writes or leaves out (Nuwakid / Nuakid, Tayef / Taef)
_GLIDE = re.compile(r"(?<=[aeiou])[wy](?=[aeiou])")
_VOWEL_RUN = re.compile(r"[aeiou]+")
#: vowels romanisations of one Arabic or Persian vowel write otherwise: "a" / "e" (Omar / Omer), "i" / "e" (Hamid /
#: Hamed), "u" / "o" (Umar / Omar); never "a" / "u" or "a" / "i" (Hassan / Hussein, Ala / Ali: other names)
_VOWEL_CLASSES = {"a": frozenset("a"), "e": frozenset("ai"), "i": frozenset("i"), "o": frozenset("u"),
                  "u": frozenset("u")}
#: the fewest consonants of a word whose vowels alone may be written otherwise
VOWEL_CLASS_CONSONANTS = 3


def _class_of(run: str) -> frozenset[str]:
    return frozenset().union(*(_VOWEL_CLASSES[c] for c in run))


@lru_cache(maxsize=65536)
def _vowel_frame(token: str) -> tuple[str, tuple[str, ...]]:
    t = _VOWEL_FINAL_H.sub("", fold_token(_GLIDE.sub("", ascii_fold(token).lower())))
    return _VOWEL_RUN.sub("", t) if t[:1] not in "aeiou" else t[0] + _VOWEL_RUN.sub("", t[1:]), \
        tuple(_VOWEL_RUN.findall(t)) + (("$",) if t[-1:] in "aeiou" else ())


def glide_consonants(token: str) -> str:
    """The consonants :func:`vowel_class_variant` compares (a glide between vowels and a silent final "h" left
    out): a key two such spellings share."""
    return _vowel_frame(token)[0]


def vowel_class_variant(x: str, y: str) -> bool:
    """One word in two romanisations that write its vowels otherwise: the same consonants in order (three or
    more; a glide "w"/"y" between vowels and a silent final "h" left out: Nuwakid / Noked, Tayefulla /
    Taifullah), as many vowel runs, each pair of runs of one class (:data:`_VOWEL_CLASSES`: "a"/"e", "e"/"i",
    "o"/"u"), a final vowel on both or neither. Only a candidate, as :func:`spelling_variant` is."""
    (cx, vx), (cy, vy) = _vowel_frame(x), _vowel_frame(y)
    if cx != cy or len(cx) < VOWEL_CLASS_CONSONANTS or len(vx) != len(vy) \
            or (vx[-1:] == ("$",)) != (vy[-1:] == ("$",)):
        return False
    return all(p == q == "$" or (p != "$" and q != "$" and bool(_class_of(p) & _class_of(q)))
               for p, q in zip(vx, vy, strict=True))


#: a surname written in capitals before or after the given name ("TISAL Orvan", "Orvan TISAL"): the order is marked
_CAPITAL_SURNAME = re.compile(r"^[A-Z][A-Z'\-]+ [A-Z][a-z]|[a-z] [A-Z][A-Z'\-]+$")


def reversed_name(a: str, b: str) -> bool:
    """Two names of two words each, the same two in the other order ("Tisal Orvan" / "Orvan Tisal", "TISAL
    Orvan", "Tisal, Orvan"): one person's name written surname first (East Asian order, an official list, a
    name with the surname in capitals or before a comma). Only a candidate: "Scott James" and "James Scott" may be
    two people; the story says whether they are one (:func:`storyline.fuse.entities.join_spelling_variants`)."""
    ta, tb = name_tokens(a), name_tokens(b)
    return len(ta) == len(tb) == 2 and not tokens_match(ta[0], tb[0]) and tokens_match(ta[0], tb[1]) \
        and tokens_match(ta[1], tb[0]) and min(len(t) for t in ta + tb) >= 2


def order_marked(name: str) -> bool:
    """Is the surname marked in the writing: in capitals beside a given name in small letters, or put first
    before a comma ("Tisal, Orvan")?"""
    return bool(_CAPITAL_SURNAME.search(name)) or "," in name
