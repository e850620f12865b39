"""Do the romanisations of one Cyrillic name fall on one entity, and those of two names on two?

    python benchmarks/romanisation.py [--fold a|b|all] [--misses N]

A list of 240 person names written here in Cyrillic (:data:`GIVEN`, :data:`SURNAMES`, paired by a fixed
shuffle; Russian, Ukrainian, Central Asian and Caucasian names in Russian spelling, women's surnames in their
feminine form) is romanised with the schemes of the ``iuliia`` package that news outlets and documents use
(:data:`SCHEMES`: BGN/PCGN, Wikipedia, passports ICAO and MVD, the French MVD, GOST, ALA-LC, BS 2979, Yandex,
Telegram, Moscow metro). Out of fold: the names are split in two halves (fold a: even rows, fold b: odd
rows); rules are tuned looking at fold a's misses only and fold b is read for the figures.

Measured with the shipped code of :mod:`storyline.fuse.entities` (no context, no embeddings: what the names
alone say):

- **key recall**: pairs of different spellings of one name with the same ``folded_key``;
- **link recall**: pairs that share a blocking key (:func:`block_keys`) and whose names link
  (:func:`_heads_link` > 0, both tagged PERSON), as fusion pairs them before clustering;
- **false joins**: pairs of two different names (any spelling of each) that share a blocking key and link,
  counted per pair of names; same-surname pairs (one family, two people) are counted apart;
- **clustered** (:func:`measure_clusters`): every spelling its own unit in one story, clustered by
  :func:`cluster_units` (links, short forms, cannot-links): pairs of spellings of one name on one entity, pairs
  of names sharing one;
- **short forms** (:func:`measure_short`): a surname alone in each scheme beside the full names: on its one
  bearer's entity, or on no one's when two people of the list bear it.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

import iuliia

from storyline.analyze.names import keys as name_keys
from storyline.analyze.names.keys import folded_key
from storyline.fuse.entities import Corpus, Unit, _folded_forms, _heads_link, block_keys, cluster_units

#: schemes the press, passports and maps use (scholarly ISO 9 / GOST 7.79 with diacritics left out)
SCHEMES = ("BGN_PCGN", "WIKIPEDIA", "ICAO_DOC_9303", "MVD_310", "MVD_310_FR", "MVD_782", "GOST_52535", "ALA_LC",
           "BS_2979", "YANDEX_MAPS", "TELEGRAM", "MOSMETRO")

_M_GIVEN = [
    "Александр", "Алексей", "Андрей", "Антон", "Аркадий", "Борис", "Вадим", "Валентин", "Валерий", "Василий",
    "Виктор", "Виталий", "Владимир", "Владислав", "Вячеслав", "Геннадий", "Георгий", "Глеб", "Григорий", "Даниил",
    "Денис", "Дмитрий", "Евгений", "Егор", "Захар", "Иван", "Игорь", "Илья", "Кирилл", "Константин", "Леонид",
    "Максим", "Матвей", "Михаил", "Никита", "Николай", "Олег", "Павел", "Пётр", "Роман", "Руслан", "Семён", "Сергей",
    "Станислав", "Степан", "Тимофей", "Фёдор", "Юрий", "Яков", "Ярослав", "Алишер", "Бахтиёр", "Жамшид", "Нурлан",
    "Ерлан", "Айбек", "Тимур", "Шамиль", "Рамзан", "Магомед", "Ахмед", "Зелимхан", "Фарход", "Давлат", "Жаныбек",
    "Эльдар", "Артём", "Вениамин", "Эдуард", "Всеволод",
]
_F_GIVEN = [
    "Анна", "Анастасия", "Валентина", "Виктория", "Галина", "Дарья", "Екатерина", "Елена", "Елизавета", "Жанна",
    "Ирина", "Ксения", "Людмила", "Марина", "Мария", "Наталья", "Ольга", "Светлана", "Татьяна", "Юлия", "Яна",
    "Гульнара", "Айгуль", "Зарина", "Евгения", "Софья", "Алёна", "Зульфия", "Надежда", "Любовь",
]
GIVEN = _M_GIVEN + _F_GIVEN
SURNAMES = [
    "Кузнецов", "Смирнов", "Соколов", "Лебедев", "Воробьёв", "Журавлёв", "Щукин", "Хабаров", "Чернышёв", "Зайцев",
    "Цветков", "Шевченко", "Ковальчук", "Бондаренко", "Ткаченко", "Кравчук", "Мельник", "Гончаренко", "Жуковский",
    "Яковлев", "Юдин", "Ефремов", "Ермаков", "Елисеев", "Киселёв", "Хрусталёв", "Щербина", "Шапошников",
    "Чайковский", "Белоусов", "Голубев", "Дьяченко", "Подольский", "Разумовский", "Тихонов", "Фомин", "Харитонов",
    "Цыганков", "Чижов", "Шишкин", "Юсупов", "Ягудин", "Абрамович", "Гаврилов", "Дёмин", "Евдокимов", "Жданов",
    "Зуев", "Исаев", "Калинин", "Ларионов", "Мещеряков", "Никифоров", "Овечкин", "Прохоров", "Рыжков", "Савельев",
    "Трофимов", "Усманов", "Филиппов", "Хлебников", "Шаповалов", "Щеглов", "Яшин", "Ахмедов", "Бекмамбетов",
    "Джабаров", "Ибрагимов", "Мамедов", "Назаров", "Рахимов", "Сулейманов", "Турсунов", "Файзуллин", "Хасанов",
    "Шарипов", "Юлдашев", "Каримов", "Абдуллаев", "Алиев", "Гаджиев", "Магомедов", "Умаров", "Хаджиев", "Ямадаев",
    "Джумабаев", "Токтогулов", "Кенжебаев", "Сатпаев", "Мырзахметов", "Ергалиев", "Шайхутдинов", "Зиннатуллин",
    "Гайнуллин", "Мухаметшин", "Хайруллин", "Валиев", "Гарипов", "Лысенко", "Онищенко", "Приходько", "Рыбалко",
    "Сидоренко", "Ющенко", "Литвиненко", "Кущ", "Герасимов", "Добрынин", "Ильин", "Зверев", "Муравьёв", "Соловьёв",
    "Григорьев", "Васильев", "Афанасьев", "Дьяконов", "Чалый", "Крутой", "Горбунов", "Щедрин", "Вяземский",
    "Оболенский", "Юрьев",
]
_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: how many names the list holds
N_NAMES = 240


def _feminine(surname: str) -> str:
    """A woman's form of a Russian-style surname (-ов/-ев/-ёв/-ин/-ын + а, -ий/-ый/-ой -> -ая); others as they are."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if surname.endswith(("ый", "ой", "ий")):
        return surname[:-2] + "ая"
    return surname


def cyrillic_names() -> list[str]:
    """The 240 names: each given name with surnames drawn by a fixed shuffle (no name twice)."""
    rng = random.Random(27)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < N_NAMES:
        given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
        name = f"{given} {_feminine(surname) if given in _F_GIVEN else surname}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def romanised(name: str, schemes: Iterable[str] = SCHEMES) -> list[str]:
    """The distinct spellings of a Cyrillic name in the schemes."""
    out: list[str] = []
    for s in schemes:
        # (a scheme may leave a word's capital out: "Ксения" -> "xeniia")
        latin = " ".join(w[:1].upper() + w[1:] for w in getattr(iuliia, s).translate(name).split())
        if latin not in out and not _CYRILLIC.search(latin):  # a scheme that leaves a letter
            out.append(latin)  # as it is ("ё") gives no spelling the press prints
    return out


def _unit(form: str) -> Unit:
    return Unit(key=form, article=None, forms=Counter({form: 1}), votes=Counter({"PERSON": 1}))


@dataclass
class Figures:
    names: int
    spellings: int
    pairs: int
    key_joined: int
    roman_joined: int
    link_joined: int
    name_pairs_joined: int  # pairs of two names with any two spellings linked
    same_surname_joined: int  # ... of them, two people with one surname
    same_surname_pairs: int  # pairs of names in the list sharing a surname
    misses: list[tuple[str, str]]
    false: list[tuple[str, str]]

    def line(self, tag: str) -> str:
        return (f"{tag}: {self.names} names, {self.spellings} spellings, {self.pairs} same-name pairs: "
                f"folded-key recall {self.key_joined / self.pairs:.1%}, romanised-key recall "
                f"{self.roman_joined / self.pairs:.1%}, link recall "
                f"{self.link_joined / self.pairs:.1%} ({self.link_joined}); false joins: {self.name_pairs_joined} "
                f"pairs of names ({self.same_surname_joined} of {self.same_surname_pairs} sharing a surname)")


def measure(names: list[str], schemes: Iterable[str] = SCHEMES) -> Figures:
    """Key and link recall over the spellings of each name, false joins between names."""
    corpus = Corpus()
    spellings = {n: romanised(n, schemes) for n in names}
    units = {form: _unit(form) for forms in spellings.values() for form in forms}
    folded = {form: _folded_forms(u) for form, u in units.items()}
    link: dict[tuple[str, str], bool] = {}

    def links(a: str, b: str) -> bool:
        if (a, b) not in link:
            link[(a, b)] = _heads_link(units[a], units[b], folded[a], folded[b], corpus) > 0
        return link[(a, b)]

    roman = getattr(name_keys, "romanised_key", folded_key)  # (the folded key before romanised keys were)
    keys = {form: block_keys(u, corpus) for form, u in units.items()}
    pairs = key_joined = roman_joined = link_joined = 0
    misses: list[tuple[str, str]] = []
    for forms in spellings.values():
        for a, b in combinations(forms, 2):
            pairs += 1
            key_joined += folded_key(a) == folded_key(b)
            roman_joined += roman(a) == roman(b)
            if keys[a] & keys[b] and links(a, b):
                link_joined += 1
            else:
                misses.append((a, b))
    owner = {form: n for n, forms in spellings.items() for form in forms}
    index: dict[str, list[str]] = defaultdict(list)
    for form, ks in keys.items():
        for k in ks:
            index[k].append(form)
    joined: set[frozenset[str]] = set()
    false: list[tuple[str, str]] = []
    for members in index.values():
        for a, b in combinations(members, 2):
            na, nb = owner[a], owner[b]
            if na == nb or frozenset((na, nb)) in joined:
                continue
            if links(a, b) or links(b, a):
                joined.add(frozenset((na, nb)))
                false.append((a, b))
    surname = {n: n.split()[-1] for n in names}
    same = sum(1 for x, y in combinations(names, 2) if _stem(surname[x]) == _stem(surname[y]))
    same_joined = sum(1 for p in joined if len({_stem(surname[n]) for n in p}) == 1)
    return Figures(len(names), len(units), pairs, key_joined, roman_joined, link_joined, len(joined), same_joined, same,
                   misses, false)


@dataclass
class Clustered:
    pairs: int  # pairs of spellings of one name
    together: int  # ... of them in one entity
    apart_pairs: int  # pairs of names whose spellings share an entity

    def line(self, tag: str) -> str:
        return (f"{tag}: clustered, spellings of one name in one entity {self.together}/{self.pairs} "
                f"({self.together / max(self.pairs, 1):.1%}); pairs of names sharing an entity {self.apart_pairs}")


def measure_clusters(names: list[str], schemes: Iterable[str] = SCHEMES) -> Clustered:
    """Every spelling of every name one unit of its own article, all in one story, clustered as fusion clusters
    them (:func:`cluster_units`: links, short forms and cannot-links; no context): how many pairs of spellings of
    one name end on one entity, how many pairs of names share one."""
    units = []
    owner = []
    for n in names:
        for k, form in enumerate(romanised(n, schemes)):
            u = _unit(form)
            u.article = f"{n}:{k}"
            units.append(u)
            owner.append(n)
    clusters = cluster_units(units, Corpus())
    where = {id(u): c for c in clusters for u in c.units}
    pairs = together = 0
    for x, y in combinations(range(len(units)), 2):
        if owner[x] == owner[y]:
            pairs += 1
            together += where[id(units[x])] is where[id(units[y])]
    shared = {frozenset(owner[k] for k, u in enumerate(units) if where[id(u)] is c) for c in clusters}
    apart = sum(len(s) * (len(s) - 1) // 2 for s in shared if len(s) > 1)
    return Clustered(pairs, together, apart)


@dataclass
class ShortForms:
    alone: int  # surnames alone whose full name is the only one with that surname in the list
    joined: int  # ... of them, on the full name's entity
    shared: int  # surnames alone that two people of the list bear
    wrong: int  # ... of them, on a full name's entity (one of the two people taken at random)

    def line(self, tag: str) -> str:
        return (f"{tag}: a surname alone on its full name's entity {self.joined}/{self.alone} "
                f"({self.joined / max(self.alone, 1):.1%}); a surname two people bear joined "
                f"{self.wrong}/{self.shared}")


def measure_short(names: list[str], full: str = "WIKIPEDIA", schemes: Iterable[str] = SCHEMES) -> ShortForms:
    """Each full name romanised in ``full`` (one article), its surname alone in each of ``schemes`` (another
    article), all the names of the list in one story: clustered as fusion clusters (:func:`cluster_units`, no
    context). A surname alone must join its full name when one person bears it, and no one when two do."""
    bearers = Counter(n.split()[-1] for n in names)
    out = ShortForms(0, 0, 0, 0)
    for scheme in schemes:
        spelt = [(romanised(n, (full,)), romanised(n.split()[-1], (scheme,))) for n in names]
        kept = [n for n, (a, b) in zip(names, spelt, strict=True) if a and b]  # (a scheme that leaves "ё")
        units = [_unit(a[0]) for a, b in spelt if a and b]
        shorts = [_unit(b[0]) for a, b in spelt if a and b]
        for k, u in enumerate(units):
            u.article = f"full{k}"
        for k, u in enumerate(shorts):
            u.article = f"short{k}"
        clusters = cluster_units(units + shorts, Corpus())
        where = {id(u): c for c in clusters for u in c.units}
        for k, n in enumerate(kept):
            with_full = [j for j, u in enumerate(units) if where[id(u)] is where[id(shorts[k])]]
            if bearers[n.split()[-1]] == 1:
                out.alone += 1
                out.joined += with_full == [k]
            else:
                out.shared += 1
                out.wrong += bool(with_full)
    return out


def _stem(surname: str) -> str:
    """A surname without its feminine ending (Кузнецова -> Кузнецов), to count one family's two people."""
    for fem, masc in (("ская", "ский"), ("цкая", "цкий"), ("ая", "ый")):
        if surname.endswith(fem):
            return surname[: -len(fem)] + masc
    return surname[:-1] if surname.endswith(("ова", "ева", "ёва", "ина", "ына")) else surname


def fold(names: list[str], which: str) -> list[str]:
    if which == "a":
        return names[0::2]
    if which == "b":
        return names[1::2]
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fold", choices=("a", "b", "all"), default="all")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed pairs and false joins")
    args = ap.parse_args()
    names = cyrillic_names()
    for which in ("a", "b", "all") if args.fold == "all" else (args.fold,):
        figures = measure(fold(names, which))
        print(figures.line(f"fold {which}"))
        print(measure_clusters(fold(names, which)).line(f"fold {which}"))
        print(measure_short(fold(names, which)).line(f"fold {which}"))
        if args.misses:
            for a, b in figures.misses[: args.misses]:
                print(f"  miss  {a} | {b}")
            for a, b in figures.false[: args.misses]:
                print(f"  false {a} | {b}")


if __name__ == "__main__":
    main()
