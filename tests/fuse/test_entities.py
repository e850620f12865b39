"""Tests of cross-document entity resolution: links, each cannot-link constraint, ids, incremental runs."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.analyze.names.keys import folded_key
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, fuse
from storyline.fuse.entities import (
    Cluster,
    Corpus,
    Unit,
    _forms_apart,
    _owner_ids,
    _word_finder,
    agent_nouns,
    attach_nominals,
    build_entity,
    cannot_link,
    canonical_name,
    cluster_units,
    entity_type,
    folder,
    group_core,
    join_by_roles,
    join_capitals,
    join_city_facilities,
    join_spelling_variants,
    link_pairs,
    name_link,
    name_surface,
    noun_entities,
    person_surface,
    place_variant,
    resolve_short_forms,
    stored_unit,
    touched_by,
    units_of,
    unmarked_names,
)
from storyline.model import (
    Article,
    ArticleAnalysis,
    Entity,
    Event,
    EventMention,
    Mention,
    Participant,
    Role,
    Span,
    StoredEntity,
    write_story,
)
from storyline.store import open_store
from tests.conftest import shared_data


def _unit(key: str, label: str, *forms: str) -> Unit:
    return Unit(key=key, article=key.split(":")[0], forms=Counter(forms), votes=Counter({label: len(forms)}))


def _groups(units: list[Unit], corpus: Corpus | None = None) -> set[frozenset[str]]:
    return {frozenset(u.key for u in c.units) for c in cluster_units(units, corpus or Corpus())}


def test_cluster_transliterated_group_names_and_acronym() -> None:
    corpus = Corpus()
    corpus.acronyms["JNV"].add(folded_key("Jamaat-e-Noorin Valdistan"))
    units = [_unit("a:1", "ORG", "Jamaat-e-Noorin Valdistan"), _unit("b:1", "ORG", "Jamat-e Nooreen Valdistan"),
             _unit("c:1", "ORG", "JNV")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1", "c:1"})}


def test_cluster_names_the_press_gives_a_known_body_without_defining_them() -> None:
    # a self-chosen name, a translation and the acronym of another language: no article defines them
    units = [_unit("a:1", "ORG", "Houthis"), _unit("b:1", "ORG", "Ansar Allah"),
             _unit("c:1", "ORG", "Doctors Without Borders"), _unit("d:1", "ORG", "Médecins Sans Frontières"),
             _unit("e:1", "ORG", "North Atlantic Treaty Organization"), _unit("f:1", "ORG", "OTAN"),
             _unit("g:1", "ORG", "Tarvin Relief Front")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1", "d:1"}), frozenset({"e:1", "f:1"}),
                              frozenset({"g:1"})}


def test_cluster_person_name_variants() -> None:
    units = [_unit("a:1", "PERSON", "Orlan Marek Vesk"), _unit("b:1", "PERSON", "Orlan Vesk"),
             _unit("c:1", "PERSON", "Vesk"), _unit("d:1", "PERSON", "Orlaan Vessk")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1", "d:1"})}


def test_cluster_a_nickname_the_name_gives_in_quotes() -> None:
    units = [_unit("a:1", "PERSON", 'Orlan "Vesko" Tamm', "Tamm"), _unit("b:1", "WORK_OF_ART", "Vesko"),
             _unit("c:1", "PERSON", "Orlan Tamm"), _unit("d:1", "GPE", "France"),
             _unit("e:1", "PERSON", 'Mira "France" Dall')]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"}), frozenset({"d:1"}), frozenset({"e:1"})}


def test_cluster_a_countrys_two_word_name_read_as_a_person_joins_the_country() -> None:
    units = [_unit("a:1", "GPE", "Costa Rica"), _unit("b:1", "PERSON", "Costa Rica"),
             _unit("c:1", "PERSON", "Orlan Vesk")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_cannot_link_different_full_names_sharing_a_token() -> None:
    units = [_unit("a:1", "PERSON", "Kerim Asdal"), _unit("b:1", "PERSON", "Asdal Voren"),
             _unit("c:1", "PERSON", "Asdal")]
    groups = _groups(units)
    assert not any({"a:1", "b:1"} <= g for g in groups)
    assert len(groups) == 3  # the bare "Asdal" fits both full names: ambiguous, it joins neither


def test_cannot_link_group_name_inside_longer_group_name() -> None:
    units = [_unit("a:1", "ORG", "Noorin"), _unit("b:1", "ORG", "Jamaat-e-Noorin Valdistan")]
    assert _groups(units) == {frozenset({"a:1"}), frozenset({"b:1"})}


def test_demonym_qualified_group_joins_bare_name_but_not_other_qualifier() -> None:
    corpus = Corpus(demonyms={"valdistani", "morvian"})
    units = [_unit("a:1", "ORG", "Noorin"), _unit("b:1", "ORG", "Valdistani Noorin"),
             _unit("c:1", "ORG", "Morvian Noorin")]
    assert _groups(units[:2], corpus) == {frozenset({"a:1", "b:1"})}  # one qualified form: the bare name joins it
    groups = _groups(units, corpus)
    assert not any({"b:1", "c:1"} <= g for g in groups)
    assert len(groups) == 3  # two qualifiers share the bare name: it is ambiguous and joins neither


def test_body_named_with_its_country_three_ways_is_one_body() -> None:
    # the owner as a nationality word, as the country's name, as the country's long name: one owner
    units = [_unit("a:1", "ORG", "Estonian Audit Committee"), _unit("b:1", "ORG", "Audit Committee of Estonia"),
             _unit("c:1", "ORG", "Audit Committee of the Republic of Estonia"),
             _unit("d:1", "ORG", "Audit Committee of Paraguay")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1", "c:1"}) in groups
    assert frozenset({"d:1"}) in groups  # another country's committee of that name is another body


def test_country_long_name_tagged_organization_joins_the_country() -> None:
    units = [_unit("a:1", "GPE", "Paraguay"), _unit("b:1", "ORG", "Republic of Paraguay"),
             _unit("c:1", "ORG", "Paraguay Bank")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_one_word_that_opens_a_bodys_name_joins_it_when_only_one_body_opens_so() -> None:
    units = [_unit("a:1", "ORG", "Institute of Velmor Film Arts"), _unit("b:1", "ORG", "Institute")]
    assert _groups(units) == {frozenset({"a:1", "b:1"})}
    units.append(_unit("c:1", "ORG", "Institute of Dorvan Sciences"))
    assert len(_groups(units)) == 3  # two academies: the bare word is either


def test_surname_with_a_silent_e_is_the_same_person() -> None:
    units = [_unit("a:1", "PERSON", "Orlan Vesk"), _unit("b:1", "PERSON", "Orlan Veske"),
             _unit("c:1", "PERSON", "Mirel Veske")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups and frozenset({"c:1"}) in groups


def test_cluster_river_bare_name_tagged_nationality_joins_the_river_not_its_namesake() -> None:
    units = [_unit("a:1", "LOC", "Velna river"), _unit("b:1", "NORP", "Velna"), _unit("c:1", "ORG", "Velna Front"),
             _unit("d:1", "ORG", "Velna group")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups  # "the Velna river" says what the bare "Velna" is
    assert not any({"a:1", "c:1"} <= g or {"a:1", "d:1"} <= g for g in groups)  # a group is no river


def test_cannot_link_distinct_places() -> None:
    units = [_unit("a:1", "GPE", "Velmora"), _unit("b:1", "GPE", "Velmoran"), _unit("c:1", "GPE", "Velmora")]
    assert _groups(units) == {frozenset({"a:1", "c:1"}), frozenset({"b:1"})}


def test_canonical_name_is_most_frequent_full_form() -> None:
    assert canonical_name({"JNV": 9, "Jamaat-e-Noorin Valdistan": 3, "Jamat-e Noorin Valdistan": 1}) == \
        "Jamaat-e-Noorin Valdistan"
    assert canonical_name({"Vesk": 5, "Orlan Vesk": 1, "Orlan Marek Vesk": 1}) == "Orlan Marek Vesk"


def test_canonical_name_a_surname_cut_to_its_initial_is_a_shorter_form() -> None:
    assert canonical_name(Counter({"Orlan V.": 3, "Orlan Vesk": 1})) == "Orlan Vesk"


def test_canonical_name_class_noun_form_is_no_longer_name() -> None:
    assert canonical_name({"Velna": 6, "Velna river": 2}) == "Velna"  # the noun says what, not who
    assert canonical_name({"Velna": 1, "Velna river": 4}) == "Velna river"
    assert canonical_name({"Velna": 6, "Velna River Authority": 1}) == "Velna River Authority"


TEXTS = {
    "a": "Defence Minister Daniel Marek Korvath visited Velmora on Monday. Korvath met officials there.",
    "b": "Daniel Korvath said the talks with Peter Asdal would continue in Velmora.",
    "c": "Peter Asdal arrived in Ostravel on Friday. Asdal met Daniel Korvath.",
}


def _articles(make_article: Callable[..., Article], ids: str) -> dict[str, Article]:
    return {i: make_article(TEXTS[i], id=i) for i in ids}


def _fuse(resources: Resources, arts: dict[str, Article], new: set[str], store: object = None,
          full: bool = False) -> FuseContext:
    cfg = Config(components=("baseline", "names", "coref"), fuse_steps=("entities",), use_embeddings=False)
    analyses = {a.article: a for a in Analyzer(cfg, resources).analyze_many(arts.values())}
    ctx = FuseContext(config=cfg, resources=resources, articles=arts, analyses=analyses, new=new,
                      store=store)  # type: ignore[arg-type]
    if full:
        ctx.state["full_resolution"] = True
    fuse(ctx)
    return ctx


def _fuse_texts(resources: Resources, make_article: Callable[..., Article], texts: dict[str, str]) -> FuseContext:
    """Every text an article (id = its key), all new, fused."""
    arts = {k: make_article(t, id=k) for k, t in texts.items()}
    return _fuse(resources, arts, set(arts))


def _owner(ctx: FuseContext, texts: dict[str, str], article: str, phrase: str) -> str | None:
    """The entity fusion gave the mention ``phrase`` (its first occurrence) in ``article``."""
    start = texts[article].index(phrase)
    return ctx.mention_entity.get((article, start, start + len(phrase)))


def _named(ctx: FuseContext, name: str) -> Entity:
    return next(e for e in ctx.story.entities if e.name == name)


def _partition(entities: list[Entity]) -> set[tuple[str, frozenset[tuple[str, int, int]]]]:
    return {(e.name, frozenset((s.article, s.start, s.end) for s in e.mentions)) for e in entities}


def test_fusion_maps_every_mention_and_ids_are_stable(resources: Resources,
                                                      make_article: Callable[..., Article]) -> None:
    arts = _articles(make_article, "ab")
    first = _fuse(resources, arts, set(arts))
    second = _fuse(resources, arts, set(arts))
    assert [e.id for e in first.story.entities] == [e.id for e in second.story.entities]
    korvath = [e for e in first.story.entities if "Korvath" in e.name]
    assert len(korvath) == 1 and korvath[0].type == "PERSON"
    assert {s.article for s in korvath[0].mentions} == {"a", "b"}
    for a in first.analyses.values():
        for m in a.mentions:
            assert (m.article, m.start, m.end) in first.mention_entity


def test_incremental_new_article_joins_existing_entity(tmp_path: Path, resources: Resources,
                                                       make_article: Callable[..., Article]) -> None:
    old = _articles(make_article, "ab")
    before = _fuse(resources, old, set(old))
    store = open_store(tmp_path / "s.db")
    store.add_articles(old.values())
    store.save_story(before.story)
    everything = _articles(make_article, "abc")
    after = _fuse(resources, everything, {"c"}, store=store)
    old_by_id = {e.id: e for e in before.story.entities}
    new_by_id = {e.id: e for e in after.story.entities}
    korvath = next(e for e in before.story.entities if "Korvath" in e.name)
    assert "c" in {s.article for s in new_by_id[korvath.id].mentions}  # joined, same id
    assert set(new_by_id[korvath.id].mentions) >= set(korvath.mentions)
    untouched = [e for e in old_by_id.values() if not any(s.article == "c" for s in new_by_id[e.id].mentions)]
    assert untouched and all(new_by_id[e.id] == e for e in untouched)
    store.close()


def test_full_reresolution_equals_fresh_run(tmp_path: Path, resources: Resources,
                                            make_article: Callable[..., Article]) -> None:
    old = _articles(make_article, "ab")
    store = open_store(tmp_path / "s.db")
    store.add_articles(old.values())
    store.save_story(_fuse(resources, old, set(old)).story)
    everything = _articles(make_article, "abc")
    full = _fuse(resources, everything, {"c"}, store=store, full=True)
    fresh = _fuse(resources, everything, set(everything))
    assert _partition(full.story.entities) == _partition(fresh.story.entities)
    assert [e.id for e in full.story.entities] == [e.id for e in fresh.story.entities]
    store.close()


def test_seeds_entities_and_types_meet_targets(tmp_path: Path, resources: Resources) -> None:
    """End to end on the seeds, scored by the project's own checker (no seed names in this test)."""
    seeds = shared_data("seeds")
    arts = {}
    for line in (seeds / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        arts[d["id"]] = Article(id=d["id"], text=d["text"], outlet=d.get("outlet"), published=d.get("published"))
    story = _fuse(resources, arts, set(arts)).story
    write_story(story, tmp_path / "story.json")
    out = subprocess.run([sys.executable, str(seeds / "check_story.py"), str(tmp_path / "story.json")],
                         capture_output=True, text=True, check=False).stdout
    scores = {m[1]: (int(m[2]), int(m[3])) for m in re.finditer(r"^(entities|entity types)\s+(\d+)/(\d+)", out, re.M)}
    assert scores["entities"][0] >= 25 and scores["entity types"][0] >= 24, out


def test_group_name_with_only_organization_words_added_joins() -> None:
    units = [_unit("a:1", "ORG", "Korvath"), _unit("b:1", "ORG", "Korvath Motors Company"),
             _unit("c:1", "ORG", "Korvath Valley Works")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}
    society = [_unit("a:1", "ORG", "Velmoran Green Lantern"), _unit("b:1", "ORG", "Velmoran Green Lantern Society"),
               _unit("c:1", "ORG", "Velmoran Green Lantern Ministry")]
    assert _groups(society) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_a_company_named_in_capitals_joins_its_name_with_the_legal_form() -> None:
    units = [_unit("a:1", "ORG", "TRV"), _unit("b:1", "ORG", "TRV Corp"), _unit("c:1", "ORG", "TRV Sarn Bureau")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}  # "X Inc" ~ "X" in capitals too


def test_a_group_named_by_a_letter_and_a_number_joins_its_other_spellings() -> None:
    units = [_unit("a:1", "ORG", "Q5"), _unit("b:1", "ORG", "Q-5"), _unit("c:1", "ORG", "Quorum of Five"),
             _unit("d:1", "ORG", "Q6")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"}), frozenset({"d:1"})}


def test_lazy_cosines_give_the_same_clusters_as_all_cosines_up_front() -> None:
    units = [_unit("a:1", "PERSON", "Kerim Asdal"), _unit("b:1", "PERSON", "Asdal Voren"),
             _unit("c:1", "PERSON", "Asdal"), _unit("d:1", "PERSON", "Kerim Asdal"),
             _unit("e:1", "ORG", "Velmora Holdings"), _unit("f:1", "ORG", "Velmora Holdings Inc"),
             _unit("g:1", "PERSON", "Orlan Vesk"), _unit("h:1", "PERSON", "Vesk")]
    corpus = Corpus()
    links = link_pairs(units, corpus)
    for cos_c in (0.9, -0.5, 0.1):  # the bare "Asdal" pair's context decides which full name it joins
        table = {(i, j): (cos_c if units[i].key == "c:1" or units[j].key == "c:1" else 0.3) for i, j, _ in links}
        asked: list[tuple[int, int]] = []

        def lazy(i: int, j: int, table: dict[tuple[int, int], float] = table,
                 asked: list[tuple[int, int]] = asked) -> float:
            asked.append((i, j))
            return table[(i, j)]

        eager = cluster_units(units, corpus, table, links)
        lazily = cluster_units(units, corpus, None, links, lazy)
        assert [[u.key for u in c.units] for c in eager] == [[u.key for u in c.units] for c in lazily]
        assert len(asked) < sum(link < 1.0 for _, _, link in links)  # some open pairs never need a context


def test_short_form_with_one_longer_form_in_the_story_merges() -> None:
    units = [_unit("a:1", "PERSON", "Muhammad Idran Khol"), _unit("b:1", "PERSON", "Idran Khol"),
             _unit("c:1", "PERSON", "Mohammad Aidran Khol"), _unit("d:1", "PERSON", "Khol"),
             _unit("e:1", "PERSON", "Muhammad Idran")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1", "d:1", "e:1"})}


def test_short_form_shared_by_two_longer_forms_merges_with_neither() -> None:
    units = [_unit("a:1", "PERSON", "Idran Khol"), _unit("b:1", "PERSON", "Sadim Khol"),
             _unit("c:1", "PERSON", "Khol"), _unit("d:1", "PERSON", "Khol")]
    assert _groups(units) == {frozenset({k}) for k in ("a:1", "b:1", "c:1", "d:1")}


def test_a_surname_alone_in_another_romanisation_joins_its_one_full_name() -> None:
    # a flood relief chief, a striking miners' leader, a trade envoy: each named in full once, alone elsewhere
    units = [_unit("a:1", "PERSON", "Zakhar Tsygrankov"), _unit("b:1", "PERSON", "Cygrankov"),
             _unit("a:2", "PERSON", "Yevgeniya Shchelokova"), _unit("c:1", "PERSON", "Chtchelokova"),
             _unit("a:3", "PERSON", "Dmitriy Gaynutdinov"), _unit("d:1", "PERSON", "Gainoutdinov")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"a:2", "c:1"}), frozenset({"a:3", "d:1"})}


def test_a_surname_alone_takes_the_full_name_spelt_alike_not_a_looser_variant() -> None:
    # a court case names two defendants whose surnames the loose layer reads alike; "Shchelkin" alone is the one
    # spelt so, in any romanisation
    units = [_unit("a:1", "PERSON", "Vsevolod Shchelkin"), _unit("a:2", "PERSON", "Denis Shishelkin"),
             _unit("b:1", "PERSON", "Shchelkin"), _unit("c:1", "PERSON", "Schelkin")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1", "c:1"}) in groups and frozenset({"a:2"}) in groups


def test_a_man_and_a_woman_of_one_family_stay_apart_and_so_do_their_surnames_alone() -> None:
    # a minister and his sister, an election's two candidates of one family: the woman's form adds an "a"
    units = [_unit("a:1", "PERSON", "Vadim Orlikov"), _unit("a:2", "PERSON", "Anastasiya Orlikova"),
             _unit("b:1", "PERSON", "Orlikov"), _unit("c:1", "PERSON", "Orlikova"),
             _unit("a:3", "PERSON", "Pavel Teplovsky"), _unit("a:4", "PERSON", "Irina Teplovskaya"),
             _unit("d:1", "PERSON", "Teplovskaya")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"a:2", "c:1"}), frozenset({"a:3"}),
                              frozenset({"a:4", "d:1"})}
    assert name_link(_unit("x:1", "PERSON", "Sergei Ivanov"), _unit("y:1", "PERSON", "Sergei Ivanova"), Corpus()) == 0


def test_two_brothers_and_two_ministers_sharing_a_surname_keep_it_ambiguous_in_any_romanisation() -> None:
    units = [_unit("a:1", "PERSON", "Vitaliy Kholodenko"), _unit("a:2", "PERSON", "Volodymyr Kholodenko"),
             _unit("b:1", "PERSON", "Holodenko"), _unit("c:1", "PERSON", "Kholodenko")]
    assert _groups(units) == {frozenset({k}) for k in ("a:1", "a:2", "b:1", "c:1")}


def test_short_form_of_a_chain_does_not_link_its_unit_elsewhere() -> None:
    # an article's chain "Sadim Khol" + "Khol" is Sadim Khol, not every Khol
    units = [_unit("a:1", "PERSON", "Sadim Khol", "Khol"), _unit("b:1", "PERSON", "Idran Khol")]
    assert _groups(units) == {frozenset({"a:1"}), frozenset({"b:1"})}


def test_name_written_as_one_word_or_two_and_trailing_family_name() -> None:
    units = [_unit("a:1", "PERSON", "Rana Sana Ullah Khol"), _unit("b:1", "PERSON", "Rana Sanaullah"),
             _unit("c:1", "PERSON", "Shafi Ullah"), _unit("d:1", "PERSON", "Shafiullah Khol")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1", "d:1"})}


def test_surname_cut_to_its_initial_joins_the_full_name_only() -> None:
    units = [_unit("a:1", "PERSON", "Orlan V."), _unit("b:1", "PERSON", "Orlan Vesk"),
             _unit("c:1", "PERSON", "Ilse V."), _unit("d:1", "PERSON", "Orlan Darmody")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"})}


def test_given_names_cut_to_initials_join_the_full_name_and_its_surname() -> None:
    units = [_unit("a:1", "PERSON", "Tomas Varnek"), _unit("b:1", "PERSON", "T. Varnek"),
             _unit("c:1", "PERSON", "Varnek"), _unit("d:1", "PERSON", "E. Dorsin"),
             _unit("e:1", "PERSON", "Ana Dorsin")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"}), frozenset({"d:1"}), frozenset({"e:1"})}
    assert canonical_name(Counter({"T. Varnek": 3, "Tomas Varnek": 1})) == "Tomas Varnek"


def test_person_surface_cuts_a_given_span_to_the_name() -> None:
    assert person_surface('Velmor "civic prize" fellow Ilse Dresk') == "Ilse Dresk"
    assert person_surface("former club trustee Dr Dresk") == "Dr Dresk"
    assert person_surface("Ilse Dresk, MD") == "Ilse Dresk"
    assert person_surface("Omar bin Vesk") == "Omar bin Vesk"  # a particle is part of the name
    assert person_surface("Anton van der Vell") == "Anton van der Vell"
    # whose title it is follows "of the": no person named after the place
    assert person_surface("Chief Justice of the Velmor Republic") == "Chief Justice"
    assert person_surface("Queen Mara of the Velmorans") == "Queen Mara"


def test_similar_names_of_different_people_stay_apart() -> None:
    units = [_unit("a:1", "PERSON", "Khawar Velid"), _unit("b:1", "PERSON", "Velid Dorrani"),
             _unit("c:1", "PERSON", "Khawar Muhammad Velid"), _unit("d:1", "PERSON", "Omar Tesh"),
             _unit("e:1", "PERSON", "Amir Tesh")]
    assert _groups(units) == {frozenset({"a:1", "c:1"}), frozenset({"b:1"}), frozenset({"d:1"}),
                              frozenset({"e:1"})}


def test_person_name_tagged_as_a_thing_joins_the_person() -> None:
    units = [_unit("a:1", "PERSON", "Muhammad Idran"), _unit("b:1", "ORG", "Muhammed Idran"),
             _unit("c:1", "ORG", "Idran Hospital")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups and frozenset({"c:1"}) in groups


def test_acronym_joins_a_misspelled_expansion_of_its_definition() -> None:
    corpus = Corpus()
    corpus.acronyms["TVN"].add(folded_key("Tehrik-e Velmor Noorin"))
    units = [_unit("a:1", "ORG", "TVN"), _unit("b:1", "ORG", "Tehreek-i-Velmoor Nurin"),
             _unit("c:1", "ORG", "Tanzim Velmor Nasr")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_undefined_acronym_matches_initials_with_an_initial_vowel_variant() -> None:
    units = [_unit("a:1", "ORG", "EVF"), _unit("b:1", "ORG", "Ittehad Velmor Front"),
             _unit("c:1", "ORG", "Ostrava Velmor Front")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_place_never_merges_with_what_is_named_after_it() -> None:
    corpus = Corpus(places={"velmora"})
    units = [_unit("a:1", "GPE", "Velmora"), _unit("b:1", "ORG", "Velmora"), _unit("c:1", "ORG", "Velmora Police"),
             _unit("d:1", "FAC", "Velmora airport"), _unit("e:1", "GPE", "Velmora province")]
    groups = _groups(units, corpus)
    assert frozenset({"a:1", "b:1", "e:1"}) in groups  # "X province" is the place X
    assert not any({"a:1", "c:1"} <= g or {"a:1", "d:1"} <= g for g in groups)


def test_group_name_shortened_merges_but_not_a_body_of_the_group() -> None:
    units = [_unit("a:1", "ORG", "Harakat Tanzim Velmor"), _unit("b:1", "ORG", "Harakat Tanzim"),
             _unit("c:1", "ORG", "Velmor Brotherhood"), _unit("d:1", "ORG", "Velmor Brotherhood Foreign Ministry")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert not any({"c:1", "d:1"} <= g for g in groups)


def test_names_an_article_gives_as_aliases_may_share_a_cluster() -> None:
    pair = frozenset({folded_key("Ostravian Brotherhood"), folded_key("Tanzim-e Brotherhood Ostrava")})
    corpus = Corpus(aliases={pair})
    units = [_unit("a:1", "ORG", "Ostravian Brotherhood", "Tanzim-e Brotherhood Ostrava"),
             _unit("b:1", "ORG", "Tanzim-e Brotherhood Ostrava"), _unit("c:1", "ORG", "Ostravian Brotherhood")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1", "c:1"})}
    assert len(_groups(units, Corpus())) > 1


@pytest.mark.parametrize(("a", "b", "c", "owner"), [
    # the one person the story gives that role
    ("Acting Foreign Minister Orlan Vesk visited Velmora on Monday. Vesk met officials there.",
     "Interior Minister Dara Imrani stayed in Ostravel on Monday.",
     "The acting foreign minister said on Tuesday that the talks had failed.", "Orlan Vesk"),
    # a nationality picks that country's office holder
    ("Chilean Prime Minister Orlan Vesk visited Ostrava on Monday. Vesk met officials there.",
     "Peruvian Prime Minister Dara Imrani stayed in Lima on Monday.",
     "The Chilean premier said on Tuesday that the talks had failed.", "Orlan Vesk"),
    # two people fit: it stays unresolved
    ("Defence Minister Orlan Vesk visited Velmora on Monday.",
     "Defence Minister Dara Imrani stayed in Ostravel on Monday.",
     "The defence minister said on Tuesday that the talks had failed.", None),
])
def test_description_without_a_name_joins_the_one_office_holder_it_fits(
        resources: Resources, make_article: Callable[..., Article], a: str, b: str, c: str, owner: str | None) -> None:
    texts = {"a": a, "b": b, "c": c}
    ctx = _fuse_texts(resources, make_article, texts)
    phrase = c.split(" said")[0]
    assert _owner(ctx, texts, "c", phrase) == (_named(ctx, owner).id if owner else None)


def test_description_by_role_owner_and_place_served_across_articles(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    texts = {"a": "Chilean Prime Minister Noh Seok-pyeol raised tariffs on Tarsk steel on Monday. Tarsk's ambassador "
                  "to Velmora, Ana Dresk, was summoned. Velmora's ambassador to Tarsk, Jomart Seitkali, met officials.",
             "b": "The Chilean leader defended the tariffs on Tuesday. Velmora's ambassador to Tarsk said nothing.",
             "c": "Tarsk's ambassador said on Wednesday that the duties broke a treaty. The Peruvian leader said "
                  "nothing."}
    ctx = _fuse_texts(resources, make_article, texts)
    assert _owner(ctx, texts, "b", "The Chilean leader") == _named(ctx, "Noh Seok-pyeol").id
    assert _owner(ctx, texts, "b", "Velmora's ambassador to Tarsk") == _named(ctx, "Jomart Seitkali").id
    # Tarsk's ambassador is not the ambassador to Tarsk; no Ostravian leader is named
    assert _owner(ctx, texts, "c", "Tarsk's ambassador") == _named(ctx, "Ana Dresk").id
    assert _owner(ctx, texts, "c", "The Peruvian leader") is None


@pytest.mark.parametrize(("published", "joined"), [("2023-03-08", True), ("2023-11-20", False)])
def test_description_joins_no_office_holder_named_only_months_before_its_report(
        resources: Resources, make_article: Callable[..., Article], published: str, joined: bool) -> None:
    # a pile holding one country's crisis of March and another's of November: "the acting foreign minister" of a
    # November report is not the one March's reports named
    texts = {"a": "Acting Foreign Minister Orlan Vesk visited Velmora on Monday. Vesk met officials there.",
             "b": "Interior Minister Dara Imrani stayed in Ostravel on Monday.",
             "c": "The acting foreign minister said on Tuesday that the talks had failed."}
    arts = {k: make_article(t, id=k, published=published if k == "c" else "2023-03-01") for k, t in texts.items()}
    ctx = _fuse(resources, arts, set(arts))
    vesk = _named(ctx, "Orlan Vesk").id
    assert _owner(ctx, texts, "c", "The acting foreign minister") == (vesk if joined else None)


def test_age_description_joins_the_one_person_another_article_gives_that_age(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    texts = {"a": "Orlan Vesk, 56, was arrested in Sarn on Monday. Dara Imrani, 41, was freed.",
             "b": "Police in Sarn questioned Tomas Kell on Tuesday. The 56-year-old opponent denied the charges.",
             "c": "The 63-year-old driver was not hurt."}
    ctx = _fuse_texts(resources, make_article, texts)
    assert _owner(ctx, texts, "b", "The 56-year-old opponent") == _named(ctx, "Orlan Vesk").id
    assert _owner(ctx, texts, "c", "The 63-year-old driver") is None  # no one is 63


def test_age_description_named_in_its_own_sentence_takes_the_age_another_article_gives_else_that_person(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    texts = {"a": "Jurors did not charge officer Tomas Kell, who is tall, in the death of the unarmed 19-year-old. "
                  "Dara Imrani said the inquiry was over.",
             "b": "Orlan Vesk, 19, was buried in Sarn on Monday.",
             "c": "Police did not charge Mira Tamm, who is tall, after the crash that hurt the young 63-year-old."}
    ctx = _fuse_texts(resources, make_article, texts)
    assert _owner(ctx, texts, "a", "the unarmed 19-year-old") == _named(ctx, "Orlan Vesk").id
    assert _owner(ctx, texts, "c", "the young 63-year-old") == _named(ctx, "Mira Tamm").id  # no one is 63


def test_description_two_people_fit_the_one_whose_title_it_is_word_for_word(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    texts = {"a": "President Orlan Vesk was killed at his home in Sarn on Monday.",
             "b": "Dara Imrani, a parallel president named by the opposition, stayed in Ostravel.",
             "c": "The First Lady, Mira Vesk, was wounded. The late president was buried on Friday."}
    ctx = _fuse_texts(resources, make_article, texts)
    assert _owner(ctx, texts, "c", "The late president") == _named(ctx, "Orlan Vesk").id
    assert [r.title for r in _named(ctx, "Mira Vesk").roles] == ["First Lady"]


def test_noun_entities_a_noun_given_to_one_entity_stays_open_where_another_holds_it_as_a_title() -> None:
    vesk = Entity("ent:v", "Orlan Vesk", "PERSON", aliases={"Orlan Vesk": 1},
                  mentions=(Span("x", 0, 10, "Orlan Vesk"),), roles=(Role("President", "x", 0, 9),))
    imrani = Entity("ent:i", "Dara Imrani", "PERSON", aliases={"Dara Imrani": 1},
                    mentions=(Span("y", 0, 11, "Dara Imrani"), Span("y", 20, 40, "a parallel president")))
    given = ArticleAnalysis("y", "h", mentions=(Mention("y", 0, 11, "Dara Imrani", "PERSON", chain="y:c0"),
                                                Mention("y", 20, 40, "a parallel president", "PERSON",
                                                        kind="nominal", chain="y:c0")),
                            extras={"nominal_nouns": {"y:c0": ["president"]}})
    arts = [_noun_article("a", ("n0", "president", False, 1))]
    out = noun_entities([vesk, imrani], arts, known=[given])
    assert not any(s.article == "a" for e in out if e.id in ("ent:v", "ent:i") for s in e.mentions)


def test_entity_type_priors_outweigh_the_taggers_votes() -> None:
    corpus = Corpus(demonyms={"velmoran", "ostravi"})
    assert entity_type("Harakat Tehrim Velmor", Counter({"PERSON": 9, "ORG": 2})) == "ORG"
    assert entity_type("Dunmor News", Counter({"PERSON": 3})) == "ORG"
    assert entity_type("Velmoran Geological Survey", Counter({"PERSON": 4})) == "ORG"  # "... Survey said": no person
    assert entity_type("Tarsk Observatory", Counter({"PERSON": 2})) == "ORG"
    assert entity_type("Reuters", Counter({"PERSON": 2})) == "ORG"
    assert entity_type("MV Orsk Star", Counter({"ORG": 3})) == "PRODUCT"  # a vessel
    assert entity_type("USS Orlan Vesk", Counter({"PERSON": 2})) == "PRODUCT"
    assert entity_type("Velmora", Counter({"PERSON": 23, "GPE": 18}), corpus) == "GPE"
    assert entity_type("Ostrav", Counter({"ORG": 41, "GPE": 7}), corpus) == "GPE"
    # no nationality word, or no mention calling it a place: the votes decide
    assert entity_type("Dunmor", Counter({"PERSON": 5, "GPE": 1}), corpus) == "PERSON"
    assert entity_type("Velmora", Counter({"PERSON": 5}), corpus) == "PERSON"
    # an area's word closing the name: a place ("the Tarsk Oblast governor" read as a person's name)
    assert entity_type("Tarsk Oblast", Counter({"PERSON": 3, "GPE": 1})) == "GPE"
    assert entity_type("Islamic State Khorasan Province", Counter({"ORG": 2})) == "ORG"
    assert entity_type("Tarsk County", Counter({"ORG": 3})) == "ORG"  # voted an organization: a club, maybe


def test_entity_type_weighs_the_place_priors_over_every_name() -> None:
    corpus = Corpus(demonyms={"velmoran"})
    # "Velmora" 14 times, once the tagger's "Velmora Trade" (of "Velmora Trade Secretary X") as the longer
    # name, and a confirmed person reading that outweighs the tagger: most of its names say a place
    votes = Counter({"PERSON": 16, "GPE": 14, "ORG": 1})
    assert entity_type("Velmora Trade", votes, corpus, {"Velmora": 14, "Velmora Trade": 1}) == "GPE"
    assert entity_type("Velmora Trade", votes, corpus) == "PERSON"  # the canonical name alone
    # a place merged with a body named after it: the type of most of its names, not of the rarer longer one
    assert entity_type("Velmora Police", Counter({"GPE": 6, "ORG": 3}), corpus,
                       {"Velmora": 6, "Velmora Police": 1}) == "GPE"
    assert entity_type("Velmora Police", Counter({"ORG": 3, "GPE": 2}), corpus,
                       {"Velmora": 2, "Velmora Police": 3}) == "ORG"
    # a person's full name whose surname spells the place: the canonical name decides
    assert entity_type("Ana Velmora", Counter({"PERSON": 5, "GPE": 1}), corpus,
                       {"Velmora": 4, "Ana Velmora": 1}) == "PERSON"


def test_entity_type_a_given_name_and_a_surname_read_as_an_organization_is_a_person() -> None:
    assert entity_type("Marta Vesker", Counter({"ORG": 2}), Corpus(), {"Marta Vesker": 2}) == "PERSON"
    assert entity_type("Todd Van Varnasek", Counter({"GPE": 1}), Corpus(), {"Todd Van Varnasek": 1}) == "PERSON"
    # an organization's word, a place's name opening it, an acronym among its names, no given name: as voted
    assert entity_type("Marta Vesker Holdings", Counter({"ORG": 2})) == "ORG"
    assert entity_type("Georgia Vesker", Counter({"ORG": 2})) == "ORG"
    assert entity_type("Marta Vesker", Counter({"ORG": 2}), Corpus(places={folded_key("Marta")}), {}) == "ORG"
    assert entity_type("Marta Vesker", Counter({"ORG": 2}), Corpus(), {"Marta Vesker": 2, "CV": 1}) == "ORG"
    assert entity_type("Vesker Dunmor", Counter({"ORG": 2})) == "ORG"
    assert entity_type("Marta Vesker", Counter({"NORP": 2})) == "NORP"


def test_entity_type_an_initial_and_a_surname_read_as_an_organization_is_a_person() -> None:
    assert entity_type("M. Vesker", Counter({"ORG": 1}), Corpus(), {"M. Vesker": 1}) == "PERSON"
    # an organization's word, a place's or a people's name after the initial, two initials: as voted
    assert entity_type("M. Vesker Holdings", Counter({"ORG": 1})) == "ORG"
    assert entity_type("N. Velmora", Counter({"ORG": 1}), Corpus(places={"velmora"}), {}) == "ORG"
    assert entity_type("S. Velmoran", Counter({"ORG": 1}), Corpus(demonyms={"velmoran"}), {}) == "ORG"
    assert entity_type("V.K. Dunmor", Counter({"ORG": 1})) == "ORG"


def test_a_results_table_name_the_tagger_reads_as_an_organization_is_a_person(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    text = ("Results of the women's shot put:\n1. Ingrid Malvort ( Dunmoria ) 17.42 metres\n"
            "2. Paula Verstek ( Dunmoria ) 16.95\n3. Nadia Korvatova ( Ostravia ) 16.70\n")
    ctx = _fuse_texts(resources, make_article, {"a": text})
    assert _named(ctx, "Ingrid Malvort").type == "PERSON" and _named(ctx, "Nadia Korvatova").type == "PERSON"
    assert _named(ctx, "Dunmoria").type == "GPE"


def test_a_countrys_name_read_as_a_person_is_no_short_form_of_a_persons_name() -> None:
    # a headline's "Lesotho Rebels" read as a person, and the country read as a person in other articles: the
    # country is not that "person" shortened; a surname alone still is
    units = [_unit("a:1", "PERSON", "Lesotho Rebels"), _unit("b:1", "PERSON", "Lesotho"),
             _unit("c:1", "PERSON", "Dario Kesh"), _unit("d:1", "PERSON", "Kesh")]
    groups = _groups(units)
    assert frozenset({"a:1"}) in groups and frozenset({"c:1", "d:1"}) in groups


def test_group_named_after_its_place_joins_its_bare_name() -> None:
    corpus = Corpus()
    corpus.places.update({folded_key("Port Velmor"), folded_key("Ostrava")})
    units = [_unit("a:1", "ORG", "Port Velmor Rangers"), _unit("b:1", "ORG", "Rangers"),
             _unit("c:1", "ORG", "Ostrava Tribune"), _unit("d:1", "ORG", "Tribune"),
             _unit("e:1", "ORG", "Harakat Dorun"), _unit("f:1", "ORG", "Dorun")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1"}), frozenset({"c:1", "d:1"}), frozenset({"e:1"}),
                                      frozenset({"f:1"})}


def test_one_word_of_a_groups_name_stays_apart_from_the_group() -> None:
    units = [_unit("a:1", "ORG", "Harakat Tehrim Velmor"), _unit("b:1", "GPE", "Velmor"),
             _unit("c:1", "ORG", "Velmor"), _unit("d:1", "PERSON", "Harakat Tehrim Velmor")]
    groups = _groups(units)
    assert not any({"a:1", "b:1"} <= g or {"a:1", "c:1"} <= g for g in groups)


def test_place_unit_pairs_meet_inside_a_big_block() -> None:
    # 80 units share the word "Velmor"; the pair "Velmor" ~ "Velmor province" must still meet (base-name key)
    units = [_unit(f"x{k}:1", "ORG", f"Harakat Tehrim Velmor {k}") for k in range(80)]
    units += [_unit("p:1", "GPE", "Velmor province"), _unit("q:1", "GPE", "Velmor")]
    groups = _groups(units, Corpus(places={"velmor"}))
    assert frozenset({"p:1", "q:1"}) in groups


def test_misspelled_group_name_merges_but_another_group_sharing_a_word_does_not() -> None:
    units = [_unit("a:1", "ORG", "Sovereignty Council"), _unit("b:1", "ORG", "Sovereign Council"),
             _unit("c:1", "ORG", "Security Council")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_group_name_without_a_place_level_word_merges_not_without_a_body_word() -> None:
    units = [_unit("a:1", "ORG", "Basvor District Court"), _unit("b:1", "ORG", "Basvor Court"),
             _unit("c:1", "ORG", "National Security Council"), _unit("d:1", "ORG", "Security Council")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"})}


def test_person_name_tagged_as_a_facility_joins_the_person_but_a_real_facility_does_not() -> None:
    units = [_unit("a:1", "PERSON", "Saidam Murodan Rachevi"), _unit("b:1", "FAC", "Saidam Rachevi Murodan"),
             _unit("c:1", "FAC", "Saidam Rachevi Airport")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups and frozenset({"c:1"}) in groups


def test_country_name_tagged_as_a_nationality_is_a_place() -> None:
    assert entity_type("Velmoristan", Counter({"NORP": 5})) == "GPE"
    assert entity_type("Velmoran", Counter({"NORP": 5})) == "NORP"


def test_entity_type_country_names_are_places_provinces_when_a_mention_says_so() -> None:
    assert entity_type("Malawi", Counter({"PERSON": 7, "ORG": 6})) == "GPE"
    assert entity_type("Tierra del Fuego", Counter({"ORG": 5, "GPE": 1})) == "GPE"
    assert entity_type("Tierra del Fuego", Counter({"ORG": 5})) == "ORG"


def test_entity_type_a_peoples_word_read_as_a_place_is_a_nationality() -> None:
    corpus = Corpus()
    corpus.demonyms.add("norwegian")
    assert entity_type("Norwegian", Counter({"GPE": 5, "NORP": 1}), corpus) == "NORP"
    assert entity_type("Norway", Counter({"NORP": 3, "GPE": 1}), corpus) == "GPE"


def test_one_typo_in_a_long_surname_joins_but_other_names_do_not() -> None:
    units = [_unit("a:1", "PERSON", "Bola Tinuvu"), _unit("b:1", "PERSON", "Bola Timuvu"),
             _unit("c:1", "PERSON", "Arlo Karimov"), _unit("d:1", "PERSON", "Dara Kasimov"),
             _unit("e:1", "PERSON", "Dara Tinuvu"), _unit("f:1", "PERSON", "Bola Tin")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert not any({"c:1", "d:1"} <= g for g in groups)  # the other words differ too
    assert not any({"a:1", "e:1"} <= g or {"a:1", "f:1"} <= g for g in groups)


def test_two_neighbouring_letters_swapped_in_a_long_surname_join_but_a_swap_elsewhere_does_not() -> None:
    units = [_unit("a:1", "PERSON", "Zarvan Tesharim"), _unit("b:1", "PERSON", "Zarvan Tesharmi"),
             _unit("c:1", "PERSON", "Zarvan Tesrahim"), _unit("d:1", "PERSON", "Orlo Tesharmi")]
    groups = _groups(units)
    assert any({"a:1", "b:1"} <= g for g in groups)
    assert not any({"a:1", "c:1"} <= g or {"b:1", "d:1"} <= g for g in groups)  # two swaps; another given name


def test_a_ships_name_with_and_without_its_prefix_is_one_ship_whatever_the_tags() -> None:
    units = [_unit("a:1", "GPE", "INS Tarvela"), _unit("b:1", "WORK_OF_ART", "Tarvela"),
             _unit("c:1", "ORG", "MV Orsk Star"), _unit("d:1", "PRODUCT", "Orsk Star"), _unit("e:1", "ORG", "Orsk")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert any({"c:1", "d:1"} <= g for g in groups)
    assert not any({"d:1", "e:1"} <= g or {"a:1", "c:1"} <= g for g in groups)


def test_a_companys_legal_form_written_three_ways_is_one_company() -> None:
    # "Co" / "Company" / "Co. Ltd" / none, and the province's name in front: one company, its short forms unambiguous
    corpus = Corpus(places={folded_key("Velmora")})
    units = [_unit("a:1", "ORG", "Velmora Tarsk Chemical Company"),
             _unit("b:1", "ORG", "Velmora Tarsk Chemical Co. Ltd"), _unit("c:1", "ORG", "Tarsk Chemical Co"),
             _unit("d:1", "ORG", "Velmora Tarsk"),
             _unit("e:1", "PERSON", "Tarsk Chemical"), _unit("f:1", "ORG", "Orsk Chemical Co"),
             _unit("g:1", "ORG", "Velmora Tarsk Chemical")]
    groups = _groups(units, corpus)
    # the tagger's person "Tarsk Chemical" is the company's name without its legal form: it joins too
    assert frozenset({"a:1", "b:1", "c:1", "d:1", "e:1", "g:1"}) in groups
    assert frozenset({"f:1"}) in groups
    # a legal form ends a company's name: "Orsk Power Co" is no shorter form of "Orsk Power Grid"
    units = [_unit("h:1", "ORG", "Orsk Power Co"), _unit("i:1", "ORG", "Orsk Power Grid")]
    assert _groups(units) == {frozenset({"h:1"}), frozenset({"i:1"})}


def test_a_group_name_with_and_without_its_plural_or_corps_is_one_group() -> None:
    corpus = Corpus(demonyms={"valdistani"})
    corpus.acronyms["ORGC"].update({folded_key("Orvanic Revolutionary Guards Corps"),
                                    folded_key("Valdistani Revolutionary Guard")})
    units = [_unit("a:1", "ORG", "Orvanic Revolutionary Guards Corps", "ORGC"),
             _unit("b:1", "ORG", "Revolutionary Guard Corps"),
             _unit("c:1", "ORG", "Revolutionary Guards"), _unit("d:1", "ORG", "Revolutionary Guard"),
             _unit("e:1", "ORG", "Valdistani Revolutionary Guard", "ORGC")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1", "c:1", "d:1", "e:1"})}


def test_group_core_drops_legal_forms_and_plurals() -> None:
    assert group_core("Tarsk Chemical Co. Ltd") == group_core("Tarsk Chemical Company") == "tarsk chemical"
    assert group_core("Sentinel Guards") == "sentinel guard"
    assert group_core("Co") == "co"  # a name is never emptied
    assert group_core("Orvan Press") == "orvan press"  # "ss" is no plural


def test_two_long_forms_of_one_acronym_are_not_kept_apart() -> None:
    corpus = Corpus()
    corpus.acronyms["EVC"].update({folded_key("Economic Velmor Community"), folded_key("Economic Velmor Commonwealth")})
    units = [_unit("a:1", "ORG", "Economic Velmor Community"), _unit("b:1", "ORG", "Economic Velmor Commonwealth"),
             _unit("c:1", "ORG", "EVC")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1", "c:1"})}


def test_a_name_and_its_translation_defined_for_one_acronym_are_one_entity() -> None:
    # "the Velmor Rally (VR)" in one outlet, "the Rassemblement Velmorien (VR)" in another: no bare "VR" needed
    corpus = Corpus()
    corpus.acronyms["VR"].update({folded_key("Velmor Rally"), folded_key("Rassemblement Velmorien")})
    units = [_unit("a:1", "ORG", "Velmor Rally"), _unit("b:1", "ORG", "Rassemblement Velmorien"),
             _unit("c:1", "ORG", "Velmor Union")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_a_foreign_office_is_the_foreign_ministry_but_not_another_countrys() -> None:
    units = [_unit("a:1", "ORG", "Foreign Office"), _unit("b:1", "ORG", "Ministry of Foreign Affairs"),
             _unit("c:1", "ORG", "Foreign Ministry"), _unit("d:1", "ORG", "Foreign Office of Ostra"),
             _unit("e:1", "ORG", "Foreign Ministry of Dorvan")]
    groups = _groups(units)
    assert any({"a:1", "b:1", "c:1"} <= g for g in groups)
    assert not any({"d:1", "e:1"} <= g for g in groups)


def test_transliteration_variants_across_articles_merge_but_other_people_stay_apart() -> None:
    units = [_unit("a:1", "GPE", "Velogorsk"), _unit("b:1", "GPE", "Velohorsk"),
             _unit("c:1", "PERSON", "Shamir Varduni"), _unit("d:1", "PERSON", "Shamir Vardun"),
             _unit("e:1", "PERSON", "Sergei Korlova"), _unit("f:1", "PERSON", "Sergei Korlov")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1", "d:1"}), frozenset({"e:1"}),
                              frozenset({"f:1"})}


def test_chain_of_spelling_variants_is_one_person() -> None:
    # each pair but the two ends is close enough to link; the ends must not be kept apart
    units = [_unit("a:1", "PERSON", "Soammar Gelvani"), _unit("b:1", "PERSON", "Suammar Gellvani"),
             _unit("c:1", "PERSON", "Soamer Kelvani")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"})}


def test_storm_and_building_names_typed_by_their_kind_word() -> None:
    assert entity_type("Storm Velmar", Counter({"PERSON": 3, "ORG": 1})) == "EVENT"
    assert entity_type("Dorvan Mosque", Counter({"PERSON": 2})) == "FAC"
    assert entity_type("Orlan Vesk", Counter({"PERSON": 2})) == "PERSON"


def test_one_storm_under_several_kind_words_merges_another_storm_does_not() -> None:
    units = [_unit("a:1", "EVENT", "Storm Velmar"), _unit("b:1", "EVENT", "Cyclone Velmar"),
             _unit("c:1", "EVENT", "Velmar"), _unit("d:1", "EVENT", "Storm Doranel")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"}), frozenset({"d:1"})}


def test_ministry_named_both_ways_merges_but_not_another_countrys() -> None:
    units = [_unit("a:1", "ORG", "Ministry of Velmoran Affairs"), _unit("b:1", "ORG", "Velmoran Affairs Ministry"),
             _unit("c:1", "ORG", "Velmoran Affairs Ministry of Ostra"),
             _unit("d:1", "ORG", "Foreign Ministry of Ostra"), _unit("e:1", "ORG", "Foreign Ministry of Dorvan")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1", "c:1"}) in groups
    assert not any({"d:1", "e:1"} <= g for g in groups)


def test_a_body_known_by_its_full_name_its_short_name_and_its_acronym_is_one_entity() -> None:
    units = [_unit("a:1", "ORG", "Ministry of Velmoran Affairs"), _unit("b:1", "ORG", "Velmoran Ministry"),
             _unit("c:1", "ORG", "MOVA"), _unit("d:1", "ORG", "Directorate of Border Inspections"),
             _unit("e:1", "ORG", "DBI"), _unit("f:1", "ORG", "Border Inspections Directorate"),
             _unit("g:1", "ORG", "National Tarvo Agency"), _unit("h:1", "ORG", "Agency")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"}), frozenset({"d:1", "e:1", "f:1"}),
                              frozenset({"g:1", "h:1"})}


def test_a_body_noun_alone_joins_no_body_when_the_story_names_two() -> None:
    units = [_unit("a:1", "ORG", "Tarvo Border Agency"), _unit("b:1", "ORG", "Ostra Space Agency"),
             _unit("c:1", "ORG", "Agency"), _unit("d:1", "ORG", "Directorate of Dorvan Studies"),
             _unit("e:1", "ORG", "DXS"), _unit("f:1", "ORG", "Gulf of Tarvo"), _unit("g:1", "ORG", "GT")]
    # "GT" would spell "Gulf of Tarvo" over "of": two letters over a small word spell too many names
    assert _groups(units) == {frozenset({k}) for k in ("a:1", "b:1", "c:1", "d:1", "e:1", "f:1", "g:1")}


def test_university_named_both_ways_merges_but_not_another_towns() -> None:
    units = [_unit("a:1", "ORG", "University of Tarvin"), _unit("b:1", "ORG", "Tarvin University"),
             _unit("c:1", "ORG", "Ostra University")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_town_council_named_city_or_municipal_council_merges_but_not_another_towns() -> None:
    units = [_unit("a:1", "ORG", "Tarvin City Council"), _unit("b:1", "ORG", "Tarvin municipal council"),
             _unit("c:1", "ORG", "Ostra City Council"), _unit("d:1", "ORG", "Tarvin Security Council")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"})}


def _places_analysis(article: str, text: str, names: list[str]) -> ArticleAnalysis:
    mentions, pos = [], 0
    for name in names:
        pos = text.index(name, pos)
        mentions.append(Mention(article, pos, pos + len(name), name, "GPE"))
        pos += len(name)
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part) + 1))
        start += len(part) + 2
    return ArticleAnalysis(article=article, config_hash="t", sentences=tuple(sentences), mentions=tuple(mentions))


def test_x_and_new_x_merge_only_when_the_story_writes_x_for_new_x() -> None:
    same = [_places_analysis("a", "Talks in New Velmor went on. Diplomats left Velmor.", ["New Velmor", "Velmor"]),
            _places_analysis("b", "New Velmor said no.", ["New Velmor"])]
    corpus = Corpus.of(same)
    assert corpus.new_forms == {"velmor"}
    units = [_unit("a:1", "GPE", "New Velmor"), _unit("a:2", "GPE", "Velmor"), _unit("b:1", "GPE", "New Velmor")]
    assert _groups(units, corpus) == {frozenset({"a:1", "a:2", "b:1"})}
    # one sentence names both: two places; X alone in an article: its own place
    two = [_places_analysis("a", "From Velmor to New Velmor. New Velmor said no.",
                            ["Velmor", "New Velmor", "New Velmor"])]
    alone = [_places_analysis("a", "New Velmor said no. New Velmor met.", ["New Velmor", "New Velmor"]),
             _places_analysis("b", "Velmor said yes.", ["Velmor"])]
    assert Corpus.of(two).new_forms == set() and Corpus.of(alone).new_forms == set()
    assert _groups(units, Corpus()) == {frozenset({"a:1", "b:1"}), frozenset({"a:2"})}


def test_one_off_surname_typo_joins_the_common_spelling_only_in_the_same_company() -> None:
    corpus = Corpus(person_articles=Counter({"hardan singh nijvar": 4, "hardan singh gujvar": 1}))
    common = [_unit(f"{k}:1", "PERSON", "Hardan Singh Nijvar") for k in "abcd"]
    for u in common:
        u.context = {"velmora", "ostravel", "orlan vesk"}
    typo = _unit("e:1", "PERSON", "Hardan Singh Gujvar")
    typo.context = {"velmora", "ostravel"}
    assert _groups([*common, typo], corpus) == {frozenset({"a:1", "b:1", "c:1", "d:1", "e:1"})}
    typo.context = {"dorvan", "tesh"}  # another story around it: another person
    assert frozenset({"e:1"}) in _groups([*common, typo], corpus)
    even = Corpus(person_articles=Counter({"hardan singh nijvar": 4, "hardan singh gujvar": 2}))
    typo.context = {"velmora", "ostravel"}
    assert frozenset({"e:1"}) in _groups([*common, typo], even)  # named twice: a name, not a slip


def test_surname_with_another_ending_tagged_as_a_thing_joins_the_person() -> None:
    units = [_unit("a:1", "PERSON", "Saidam Murodan Velizoda"), _unit("b:1", "WORK_OF_ART", "Velizode"),
             _unit("c:1", "WORK_OF_ART", "Velizov")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def _open(start: int, text: str, noun: str, person: bool | None) -> dict[str, object]:
    return {"start": start, "end": start + len(text), "text": text, "noun": noun, "person": person}


def test_attach_nominals_gives_an_open_description_to_the_one_entity_with_that_noun() -> None:
    vesk = Entity("ent:v", "Orlan Vesk", "PERSON", mentions=(Span("a", 0, 10, "Orlan Vesk"),))
    tell = Entity("ent:t", "Mara Tell", "PERSON", mentions=(Span("a", 20, 29, "Mara Tell"),))
    navy = Entity("ent:n", "Velmor Navy", "ORG", mentions=(Span("a", 40, 51, "Velmor Navy"),))
    a = ArticleAnalysis("a", "h", mentions=(Mention("a", 0, 10, "Orlan Vesk", "PERSON", chain="a:c0"),
                                            Mention("a", 20, 29, "Mara Tell", "PERSON", chain="a:c1"),
                                            Mention("a", 40, 51, "Velmor Navy", "ORG", chain="a:c2")),
                        extras={"nominal_nouns": {"a:c0": ["host"], "a:c1": ["actor"], "a:c2": ["navy"]}})
    b = ArticleAnalysis("b", "h", extras={"open_nominals": [
        _open(4, "host", "host", True), _open(14, "navy", "navy", False), _open(24, "actor", "actor", False),
        _open(34, "singer", "singer", True)]})
    out = {e.id: [s.text for s in e.mentions if s.article == "b"] for e in attach_nominals([vesk, tell, navy], [a, b])}
    assert out == {"ent:v": ["host"], "ent:t": [], "ent:n": ["navy"]}  # a thing noun never names a person


def test_attach_nominals_a_noun_that_is_another_office_of_the_entity_stays_open() -> None:
    role = Role("opposition leader", "a", 0, 17)
    vesk = Entity("ent:v", "Orlan Vesk", "PERSON", mentions=(Span("a", 18, 28, "Orlan Vesk"),), roles=(role,))
    a = ArticleAnalysis("a", "h", mentions=(Mention("a", 18, 28, "Orlan Vesk", "PERSON", chain="a:c0"),),
                        extras={"nominal_nouns": {"a:c0": ["leader"]}})
    b = ArticleAnalysis("b", "h", extras={"open_nominals": [
        {**_open(4, "Velmoran leader", "leader", True), "mods": ["velmoran"]},
        {**_open(30, "opposition leader", "leader", True), "mods": ["opposition"]}]})
    out = attach_nominals([vesk], [a, b])
    assert [s.text for s in out[0].mentions if s.article == "b"] == ["opposition leader"]


def test_attach_nominals_leaves_a_noun_two_entities_were_given() -> None:
    ents = [Entity(f"ent:{k}", k, "PERSON", mentions=(Span("a", n * 10, n * 10 + 4, k),))
            for n, k in enumerate(("Vesk", "Tell"))]
    a = ArticleAnalysis("a", "h", mentions=tuple(Mention("a", n * 10, n * 10 + 4, k, "PERSON", chain=f"a:c{n}")
                                                 for n, k in enumerate(("Vesk", "Tell"))),
                        extras={"nominal_nouns": {"a:c0": ["host"], "a:c1": ["host"]}})
    b = ArticleAnalysis("b", "h", extras={"open_nominals": [_open(4, "host", "host", True)]})
    assert attach_nominals(ents, [a, b]) == ents


def test_attach_nominals_joins_only_an_entity_named_in_the_descriptions_incident() -> None:
    vesk = Entity("ent:v", "Orlan Vesk", "PERSON", mentions=(Span("a", 0, 10, "Orlan Vesk"),))
    a = ArticleAnalysis("a", "h", mentions=(Mention("a", 0, 10, "Orlan Vesk", "PERSON", chain="a:c0"),),
                        extras={"nominal_nouns": {"a:c0": ["host"]}})
    b = ArticleAnalysis("b", "h", extras={"open_nominals": [_open(4, "host", "host", True)]})

    def hosted(incidents: dict[str, str]) -> list[str]:
        out = attach_nominals([vesk], [a, b], incidents=incidents)
        return [s.text for s in out[0].mentions if s.article == "b"]

    assert hosted({"a": "i1", "b": "i1"}) == ["host"]
    assert hosted({"a": "i1", "b": "i2"}) == []  # the host of another ceremony
    assert hosted({}) == ["host"]  # incidents unknown: the story decides


def _noun_article(aid: str, *chains: tuple[str, str, bool, int]) -> ArticleAnalysis:
    """An analysis with unnamed participants: (chain suffix, noun, plural, mentions) each."""
    mentions, nouns = [], {}
    for suffix, noun, plural, n in chains:
        chain = f"{aid}:{suffix}"
        nouns[chain] = {"noun": noun, "plural": plural, "mods": []}
        base = 100 * len(nouns)
        said = f"the {noun}{'s' if plural else ''}"
        mentions += [Mention(aid, base + 10 * k, base + 10 * k + len(said), said, "PERSON",
                             kind="nominal", chain=chain) for k in range(n)]
    return ArticleAnalysis(aid, "h", mentions=tuple(mentions), extras={"noun_chains": nouns})


def test_noun_entities_follow_one_unnamed_participant_across_articles() -> None:
    arts = [_noun_article("a", ("n0", "gunman", False, 2), ("n1", "victim", True, 1)),
            _noun_article("b", ("n0", "gunman", False, 1)), _noun_article("c", ("n0", "victim", False, 1))]
    out = {e.name: sorted({s.article for s in e.mentions}) for e in noun_entities([], arts)}
    assert out == {"gunman": ["a", "b"], "victim": ["c"], "victims": ["a"]}  # number kept apart


def test_noun_entities_are_named_by_their_nouns_not_their_pronouns() -> None:
    art = _noun_article("a", ("n0", "surgeon", False, 1))
    extra = tuple(Mention("a", 300 + 10 * k, 303 + 10 * k, "his", "PERSON", kind="pronoun", chain="a:n0")
                  for k in range(2))
    art = replace(art, mentions=art.mentions + extra)
    assert [e.name for e in noun_entities([], [art])] == ["surgeon"]


def test_noun_entities_never_join_two_chains_an_article_told_apart() -> None:
    arts = [_noun_article("a", ("n0", "man", False, 1), ("n1", "man", False, 1)),
            _noun_article("b", ("n0", "man", False, 1))]
    out = [sorted((s.article, s.start) for s in e.mentions) for e in noun_entities([], arts)]
    assert len(out) == 2  # b's man joins one of them
    assert not any({("a", 100), ("a", 200)} <= set(m) for m in out)


def test_noun_entities_join_the_named_entity_spelled_in_lower_case() -> None:
    general = Entity("ent:g", "Surgeon General", "PERSON", aliases={"Surgeon General": 1},
                     mentions=(Span("x", 0, 15, "Surgeon General"),))
    arts = [_noun_article("a", ("n0", "surgeon general", False, 1))]
    arts[0] = replace(arts[0], mentions=tuple(replace(m, text="the surgeon general") for m in arts[0].mentions))
    out = noun_entities([general], arts)
    assert [e.id for e in out] == ["ent:g"] and ("a", 100) in {(s.article, s.start) for s in out[0].mentions}


def test_noun_entities_join_the_one_word_name_written_with_its_capital() -> None:
    # article a: a headline's "ROVERS' COACH QUITS" and the body's "the Rovers", tagged as common nouns
    text = "ROVERS' COACH QUITS\n\nThe coach of the Rovers left on Monday after a coach crash."
    rovers = Entity("ent:r", "Velmor Rovers", "ORG", aliases={"Velmor Rovers": 2, "Rovers": 1},
                    mentions=(Span("x", 0, 13, "Velmor Rovers"), Span("x", 20, 26, "Rovers")))
    spans = [(0, 7), (text.index("Rovers left"), text.index("Rovers left") + 6)]
    art = ArticleAnalysis("a", "h", mentions=tuple(
        Mention("a", s0, e0, text[s0:e0], "ORG", kind="nominal", chain="a:n0") for s0, e0 in spans),
        extras={"noun_chains": {"a:n0": {"noun": "rovers", "plural": True, "mods": []}}})
    out = noun_entities([rovers], [art], texts={"a": text})
    assert [e.id for e in out] == ["ent:r"] and {("a", 0), ("a", spans[1][0])} <= {(s.article, s.start)
                                                                                   for s in out[0].mentions}
    coach = Entity("ent:c", "Coach", "PERSON", aliases={"Coach": 1}, mentions=(Span("y", 0, 5, "Coach"),))
    at = text.index("COACH")
    boss = ArticleAnalysis("a", "h", mentions=(Mention("a", at, at + 5, "COACH", "PERSON", kind="nominal",
                                                       chain="a:n1"),),
                           extras={"noun_chains": {"a:n1": {"noun": "coach", "plural": False, "mods": []}}})
    assert len(noun_entities([coach], [boss], texts={"a": text})) == 2  # the article writes "coach": a noun


def test_noun_entities_keep_to_one_story_and_to_one_count() -> None:
    arts = [_noun_article("a", ("n0", "gunman", False, 1)), _noun_article("b", ("n0", "gunman", False, 1)),
            _noun_article("c", ("n0", "gunman", False, 1))]
    out = [sorted({s.article for s in e.mentions}) for e in noun_entities([], arts, story_of={"a": "s1", "b": "s1",
                                                                                                "c": "s2"})]
    assert sorted(out) == [["a", "b"], ["c"]]  # "the gunman" of another story is another man
    counted = [_noun_article(k, ("n0", "pirate", True, 1)) for k in "abc"]
    for k, n in zip(range(3), ("23", "26", "23"), strict=True):
        nouns = counted[k].extras["noun_chains"]
        nouns[next(iter(nouns))]["counts"] = [n]
    groups = [sorted({s.article for s in e.mentions}) for e in noun_entities([], counted)]
    assert sorted(groups) == [["a", "c"], ["b"]]  # 23 pirates are not 26 pirates


def test_noun_entities_never_join_across_incidents_even_through_a_shared_event() -> None:
    arts = [_noun_article(k, ("n0", "gunman", False, 1)) for k in "ab"]
    arts = [replace(a, events=(EventMention(f"{a.article}:ev0", a.article, 0, 4, "shot", "ASSAULT",
                                            participants=(Participant("actor", "the gunman", 100, 110),)),))
            for a in arts]
    story_of = {"a": "s1", "b": "s2"}
    apart = noun_entities([], arts, story_of=story_of, event_of={"a:ev0": "e1", "b:ev0": "e2"})
    one = noun_entities([], arts, story_of=story_of, event_of={"a:ev0": "e1", "b:ev0": "e1"})
    same = noun_entities([], arts, story_of={"a": "s1", "b": "s1"}, event_of={"a:ev0": "e1", "b:ev0": "e2"})
    # an event fused across two incidents is no reason to make their gunmen one man (two shootings of one kind
    # are often fused into one event; the document clusters tell the incidents apart)
    assert (len(apart), len(one), len(same)) == (2, 2, 1)


def _told(parts: dict[str, list[tuple[str, str, int]]]) -> tuple[list[ArticleAnalysis], list[Event]]:
    """Articles telling one action (one fused event, one chain): article -> [(role, text, start)] of its mention."""
    analyses, ids = [], []
    for aid, said in parts.items():
        ev = EventMention(f"{aid}:ev0", aid, 0, 3, "hit", "ASSAULT",
                          participants=tuple(Participant(role, text, start, start + len(text))
                                             for role, text, start in said))
        analyses.append(ArticleAnalysis(aid, "h", events=(ev,)))
        ids.append(ev.id)
    return analyses, [Event("ev:1", "ASSAULT", mention_ids=tuple(ids), chains=(tuple(ids),))]


def _entity(eid: str, name: str, where: list[tuple[str, int]], named: bool = False, label: str = "PERSON"
            ) -> Entity:
    mentions = tuple(Span(a, start, start + len(name), name) for a, start in where)
    return Entity(eid, name, label, aliases={name: len(where)} if named else {}, mentions=mentions)


def test_join_by_roles_names_the_unnamed_victim_by_the_part_it_plays() -> None:
    # "the woman" was hit in articles a and b, "Mira Tolvar" in c and d: one victim; "the driver" hit them all
    analyses, events = _told({"a": [("target", "the woman", 10), ("actor", "the driver", 30)],
                              "b": [("target", "the woman", 10), ("actor", "the driver", 30)],
                              "c": [("target", "Mira Tolvar", 10)], "d": [("target", "Mira Tolvar", 10)]})
    woman = _entity("ent:w", "the woman", [("a", 10), ("b", 10)])
    driver = _entity("ent:d", "the driver", [("a", 30), ("b", 30)])
    mira = _entity("ent:m", "Mira Tolvar", [("c", 10), ("d", 10)], named=True)
    out, joined = join_by_roles([woman, driver, mira], analyses, events)
    assert joined == {"ent:w": "ent:m"}
    assert {e.id: sorted(s.article for s in e.mentions) for e in out} == {"ent:d": ["a", "b"],
                                                                           "ent:m": ["a", "b", "c", "d"]}


def test_join_by_roles_keeps_apart_what_plays_another_part_or_another_number() -> None:
    # both were hit, but the named one hit the unnamed one in another action (the driver who was hurt too)
    hit, _ = _told({"a": [("target", "the woman", 10)], "b": [("target", "the woman", 10)],
                    "c": [("target", "Orlan Vesk", 10)], "d": [("target", "Orlan Vesk", 10)]})
    ran, _ = _told({"a": [("target", "the woman", 10)], "b": [("target", "the woman", 10)],
                    "c": [("actor", "Orlan Vesk", 10)], "d": [("actor", "Orlan Vesk", 10)]})
    analyses = [replace(h, events=h.events + tuple(replace(e, id=e.id + "b") for e in r.events))
                for h, r in zip(hit, ran, strict=True)]
    events = [Event(f"ev:{n}", "ASSAULT", mention_ids=ids, chains=(ids,))
              for n, ids in enumerate((tuple(f"{k}:ev0" for k in "abcd"), tuple(f"{k}:ev0b" for k in "abcd")))]
    woman = _entity("ent:w", "the woman", [("a", 10), ("b", 10)])
    vesk = _entity("ent:v", "Orlan Vesk", [("c", 10), ("d", 10)], named=True)
    assert join_by_roles([woman, vesk], analyses, events[:1])[1] == {"ent:w": "ent:v"}
    assert join_by_roles([woman, vesk], analyses, events)[1] == {}
    # "the raiders" join "the attackers"; a group never joins a named person
    analyses, events = _told({"a": [("actor", "the raiders", 10)], "b": [("actor", "the raiders", 10)],
                              "c": [("actor", "the attackers", 10)], "d": [("actor", "the attackers", 10)],
                              "e": [("actor", "the attackers", 10)]})
    plural = {"noun_chains": {"x:n0": {"noun": "attacker", "plural": True}}}
    said = {"a": "the raiders", "b": "the raiders", "c": "the attackers", "d": "the attackers", "e": "the attackers"}
    analyses = [replace(a, mentions=(Mention(a.article, 10, 10 + len(said[a.article]), said[a.article], "PERSON",
                                             kind="nominal", chain="x:n0"),), extras=plural) for a in analyses]
    raiders = _entity("ent:b", "the raiders", [("a", 10), ("b", 10)])
    attackers = _entity("ent:p", "the attackers", [("c", 10), ("d", 10), ("e", 10)])
    assert join_by_roles([raiders, attackers], analyses, events)[1] == {"ent:b": "ent:p"}
    named = _entity("ent:p", "the attackers", [("c", 10), ("d", 10), ("e", 10)], named=True)  # as if a name
    assert join_by_roles([raiders, named], analyses, events)[1] == {}


def test_join_by_roles_counts_only_the_articles_of_one_incident() -> None:
    # one fused event holds two hit-and-runs of one kind: "the woman" hit in a and b, "Mira Tolvar" in c and d
    analyses, events = _told({"a": [("target", "the woman", 10)], "b": [("target", "the woman", 10)],
                              "c": [("target", "Mira Tolvar", 10)], "d": [("target", "Mira Tolvar", 10)]})
    woman = _entity("ent:w", "the woman", [("a", 10), ("b", 10)])
    mira = _entity("ent:m", "Mira Tolvar", [("c", 10), ("d", 10)], named=True)
    two = {"a": "incident:1", "b": "incident:1", "c": "incident:2", "d": "incident:2"}
    assert join_by_roles([woman, mira], analyses, events, incident_of=two)[1] == {}  # two victims, two people
    one = dict.fromkeys("abcd", "incident:1")
    assert join_by_roles([woman, mira], analyses, events, incident_of=one)[1] == {"ent:w": "ent:m"}


def test_join_by_roles_takes_no_evidence_from_a_part_read_both_ways() -> None:
    # "Orlan Vesk" is read as the driver in c and d and as the one hit in e and f: his part is unknown, and
    # "the motorist" who drove in a and b is no reason to make the two one man
    analyses, events = _told({"a": [("actor", "the motorist", 10)], "b": [("actor", "the motorist", 10)],
                              "c": [("actor", "Orlan Vesk", 10)], "d": [("actor", "Orlan Vesk", 10)],
                              "e": [("target", "Orlan Vesk", 10)], "f": [("target", "Orlan Vesk", 10)]})
    motorist = _entity("ent:x", "the motorist", [("a", 10), ("b", 10)])
    vesk = _entity("ent:v", "Orlan Vesk", [(k, 10) for k in "cdef"], named=True)
    assert join_by_roles([motorist, vesk], analyses, events)[1] == {}
    # read one way only, he drove: the motorist is he
    clear = [a for a in analyses if a.article in "abcd"]
    ids = tuple(f"{k}:ev0" for k in "abcd")
    told = [replace(events[0], mention_ids=ids, chains=(ids,))]
    assert join_by_roles([motorist, vesk], clear, told)[1] == {"ent:x": "ent:v"}


def test_join_by_roles_leaves_an_unnamed_participant_two_entities_fit_equally() -> None:
    analyses, events = _told({"a": [("target", "the man", 10)], "b": [("target", "the man", 10)],
                              "c": [("target", "Orlan Vesk", 10), ("target", "Tam Sarn", 40)],
                              "d": [("target", "Orlan Vesk", 10), ("target", "Tam Sarn", 40)]})
    man = _entity("ent:x", "the man", [("a", 10), ("b", 10)])
    vesk = _entity("ent:v", "Orlan Vesk", [("c", 10), ("d", 10)], named=True)
    sarn = _entity("ent:s", "Tam Sarn", [("c", 40), ("d", 40)], named=True)
    assert join_by_roles([man, vesk, sarn], analyses, events)[1] == {}  # two victims named: which one?


def test_agent_nouns_are_the_nouns_for_a_person_who_does_it() -> None:
    assert {"host", "driver", "shooter", "kidnapper", "negotiator", "robber"} <= set().union(
        *map(agent_nouns, ("host", "drive", "shoot", "kidnap", "negotiate", "rob")))
    # the verb itself only when it is a noun for a person: not "the attack" of "Vesk attacked"
    assert "attacker" in agent_nouns("attack") and not {"attack", "report", "strike"} & set().union(
        *map(agent_nouns, ("attack", "report", "strike")))
    assert not agent_nouns("go")


def test_noun_entities_take_the_agent_noun_of_what_a_named_person_did() -> None:
    # "Mira Tolvar will host the gala" in one article; "the host" in another joins her, not "Orlan Vesk" who spoke
    text = "Mira Tolvar will host the gala, Orlan Vesk said."
    named = ArticleAnalysis("x", "h", mentions=(Mention("x", 0, 11, "Mira Tolvar", "PERSON", chain="x:c0"),
                                                Mention("x", 31, 41, "Orlan Vesk", "PERSON", chain="x:c1")),
                            events=(EventMention("x:ev0", "x", 17, 21, "host", "CONSULT", lemma="host",
                                                 participants=(Participant("actor", "Mira Tolvar", 0, 11),)),
                                    EventMention("x:ev1", "x", 42, 46, "said", "STATEMENT", lemma="say",
                                                 participants=(Participant("actor", "Orlan Vesk", 31, 41),))))
    mira = Entity("ent:m", "Mira Tolvar", "PERSON", aliases={"Mira Tolvar": 1},
                  mentions=(Span("x", 0, 11, text[:11]),))
    vesk = Entity("ent:v", "Orlan Vesk", "PERSON", aliases={"Orlan Vesk": 1},
                  mentions=(Span("x", 31, 41, "Orlan Vesk"),))
    host = [_noun_article("a", ("n0", "host", False, 1))]
    hosted = {e.id: sorted({s.article for s in e.mentions}) for e in noun_entities([mira, vesk], host, known=[named])}
    assert hosted == {"ent:m": ["a", "x"], "ent:v": ["x"]}
    undone = replace(named, events=tuple(replace(ev, modality="negated") for ev in named.events))
    alone = noun_entities([mira, vesk], host, known=[undone])
    assert len(alone) == 3  # "will not host": nobody's host


def test_noun_entities_join_the_one_person_given_the_age_said_with_the_noun() -> None:
    # article a: "... A 47-year-old man was charged ..." (its noun chain "man" at 100); article x names him
    text = "Police in Sarn said. " + " " * 50 + "A 47-year-old man was charged."
    man = _noun_article("a", ("n0", "man", False, 1))
    start = text.index("man was")
    man = replace(man, mentions=(Mention("a", start, start + 3, "man", "PERSON", kind="nominal", chain="a:n0"),))
    vesk = Entity("ent:v", "Orlan Vesk", "PERSON", aliases={"Orlan Vesk": 1},
                  mentions=(Span("x", 0, 10, "Orlan Vesk"),))
    told = ArticleAnalysis("x", "h", extras={"ages": [(0, 10, 47)]})
    out = noun_entities([vesk], [man], known=[told], texts={"a": text})
    assert [sorted(s.article for s in e.mentions) for e in out] == [["a", "x"]]
    assert len(noun_entities([vesk], [man], known=[told])) == 2  # without the texts no age is read
    tam = Entity("ent:t", "Tam Sarn", "PERSON", aliases={"Tam Sarn": 1}, mentions=(Span("y", 0, 8, "Tam Sarn"),))
    both = [told, ArticleAnalysis("y", "h", extras={"ages": [(0, 8, 47)]})]
    assert len(noun_entities([vesk, tam], [man], known=both, texts={"a": text})) == 3  # two of 47: which one?


def test_noun_entities_the_incidents_other_chains_of_a_noun_named_by_age_are_that_person() -> None:
    # article a: "A 47-year-old man was charged" (named by age as Orlan Vesk); b and c: "the man" of the incident
    text = "Police in Sarn said. " + " " * 50 + "A 47-year-old man was charged."
    start = text.index("man was")
    aged = ArticleAnalysis("a", "h", mentions=(Mention("a", start, start + 3, "man", "PERSON", kind="nominal",
                                                       chain="a:n0"),),
                           extras={"noun_chains": {"a:n0": {"noun": "man", "plural": False, "mods": []}}})
    others = [_noun_article(k, ("n0", "man", False, 1)) for k in "bc"]
    vesk = Entity("ent:v", "Orlan Vesk", "PERSON", aliases={"Orlan Vesk": 1},
                  mentions=(Span("x", 0, 10, "Orlan Vesk"),))
    told = ArticleAnalysis("x", "h", extras={"ages": [(0, 10, 47)]})
    texts = {"a": text, "b": "", "c": ""}
    out = noun_entities([vesk], [aged, *others], known=[told], texts=texts)
    assert [sorted({s.article for s in e.mentions}) for e in out] == [["a", "b", "c", "x"]]
    # another incident's "the man" is another man
    apart = noun_entities([vesk], [aged, *others], known=[told], texts=texts,
                          story_of={"a": "i1", "x": "i1", "b": "i1", "c": "i2"})
    assert sorted(sorted({s.article for s in e.mentions}) for e in apart) == [["a", "b", "x"], ["c"]]
    # the chains of the noun named as two people ("a 52 year old man", Tam Sarn's age): the others stay open
    tam = Entity("ent:t", "Tam Sarn", "PERSON", aliases={"Tam Sarn": 1}, mentions=(Span("y", 0, 8, "Tam Sarn"),))
    said = "A 52 year old man was held."
    at = said.index("man")
    second = ArticleAnalysis("d", "h", mentions=(Mention("d", at, at + 3, "man", "PERSON", kind="nominal",
                                                         chain="d:n0"),),
                             extras={"noun_chains": {"d:n0": {"noun": "man", "plural": False, "mods": []}}})
    both = [told, ArticleAnalysis("y", "h", extras={"ages": [(0, 8, 52)]})]
    two = noun_entities([vesk, tam], [aged, second, *others], known=both, texts={**texts, "d": said})
    assert sorted(sorted({s.article for s in e.mentions}) for e in two) == [["a", "x"], ["b", "c"], ["d", "y"]]

def test_participants_step_follows_an_unnamed_pilot_across_one_story(resources: Resources,
                                                                    make_article: Callable[..., Article]) -> None:
    texts = {"a": "A plane crashed near Tarvin airport on Monday. The pilot survived the crash. He was hurt.",
             "b": "Officials in Tarvin said the pilot of the plane that crashed near the airport survived."}
    arts = {k: make_article(t, id=k) for k, t in texts.items()}
    cfg = Config(components=("baseline", "names", "coref"), fuse_steps=("entities", "stories", "participants"),
                 use_embeddings=False)
    analyses = {a.article: a for a in Analyzer(cfg, resources).analyze_many(arts.values())}
    ctx = FuseContext(config=cfg, resources=resources, articles=arts, analyses=analyses, new=set(arts))
    fuse(ctx)
    pilots = [e for e in ctx.story.entities if not e.aliases and e.name.endswith("pilot")]
    assert len(pilots) == 1 and {s.article for s in pilots[0].mentions} == {"a", "b"}
    assert {s.text for s in pilots[0].mentions} >= {"The pilot", "He"}
    assert all(ctx.mention_entity[(s.article, s.start, s.end)] == pilots[0].id for s in pilots[0].mentions)


def test_unmarked_names_finds_a_last_name_and_an_acronym_the_tagger_missed() -> None:
    hale = Entity("ent:h", "Andriy Hale", "PERSON", aliases={"Andriy Hale": 2},
                  mentions=(Span("a", 0, 11, "Andriy Hale"),))
    corps = Entity("ent:f", "Federal Signal Corps", "ORG", aliases={"Federal Signal Corps": 1, "FSV": 1})
    text = ("Hale said the FSV had met. Andrii Hale agreed. Hale Street was closed. Mr Hale left. Then Hale spoke. "
            "Rosa Hale came. Tomas Hale too.")
    rosa = text.index("Rosa")
    b = ArticleAnalysis("b", "h", mentions=(Mention("b", rosa, rosa + 9, "Rosa Hale", "PERSON"),))
    found = {e.id: [s.text for s in e.mentions if s.article == "b"] for e in unmarked_names([hale, corps], [b],
                                                                                              {"b": text})}
    # not "Hale Street", not inside the mention "Rosa Hale", not "Tomas Hale" (another given name)
    assert found == {"ent:h": ["Hale", "Andrii Hale", "Hale", "Hale"], "ent:f": ["FSV"]}


def test_unmarked_names_finds_a_last_name_without_its_joined_article() -> None:
    nasri = Entity("ent:n", "Omar al-Nasri", "PERSON", aliases={"Omar al-Nasri": 1, "Omar Al-Nasry": 1})
    text = "Omar al-Nasri spoke. The body to which Nasry belongs agreed, and Nasri left."
    b = ArticleAnalysis("b", "h", mentions=(Mention("b", 0, 13, "Omar al-Nasri", "PERSON"),))
    found = unmarked_names([nasri], [b], {"b": text})
    assert [s.text for s in found[0].mentions] == ["Nasry", "Nasri"]


def test_unmarked_names_leaves_a_last_name_two_people_share() -> None:
    ents = [Entity(f"ent:{k}", f"{k} Hale", "PERSON", aliases={f"{k} Hale": 1}) for k in ("Viktor", "Rosa")]
    b = ArticleAnalysis("b", "h")
    assert unmarked_names(ents, [b], {"b": "Hale said nothing."}) == ents


def test_unmarked_names_finds_a_given_name_the_story_calls_the_person_by_alone() -> None:
    vesk = Entity("ent:v", "Andrei Vesk", "PERSON", aliases={"Andrei Vesk": 2, "Andrey": 1})
    tosh = Entity("ent:t", "Mira Tosh", "PERSON", aliases={"Mira Tosh": 1})
    text = "Andrei did not eat. Mira left. Andrei Koval came."
    found = unmarked_names([vesk, tosh], [ArticleAnalysis("b", "h")], {"b": text})
    # "Mira" is never said alone; "Andrei Koval" is another name
    assert {e.id: [s.text for s in e.mentions] for e in found} == {"ent:v": ["Andrei"], "ent:t": []}


def test_cluster_country_named_like_a_persons_given_name_stays_apart() -> None:
    units = [_unit("a:1", "PERSON", "Chad Pike", "Pike"), _unit("b:1", "PERSON", "Chad"),
             _unit("c:1", "GPE", "Chad"), _unit("d:1", "GPE", "Chad"), _unit("e:1", "PERSON", "Pike")]
    groups = _groups(units)
    assert frozenset({"c:1", "d:1"}) <= next(g for g in groups if "c:1" in g)
    assert not any({"a:1", "c:1"} <= g for g in groups) and any({"a:1", "e:1"} <= g for g in groups)


def test_cluster_people_word_spelled_like_a_persons_surname_stays_apart() -> None:
    units = [_unit("a:1", "PERSON", "Bryn Tolvar"), _unit("b:1", "NORP", "Tolver", "Tolver"),
             _unit("c:1", "NORP", "Tolver")]
    assert _groups(units, Corpus(demonyms={"tolver"})) == {frozenset({"a:1"}), frozenset({"b:1", "c:1"})}
    # the surname itself, tagged a people once, is still the person's
    units = [_unit("a:1", "PERSON", "Bryn Tolvar"), _unit("b:1", "NORP", "Tolvar")]
    assert _groups(units, Corpus(demonyms={"tolvar"})) == {frozenset({"a:1", "b:1"})}


def test_cluster_group_named_before_a_persons_name_joins_no_person() -> None:
    units = [_unit("a:1", "PERSON", "Dravosh Orlan Vesk"), _unit("b:1", "ORG", "Dravosh"),
             _unit("c:1", "ORG", "Vesk")]
    groups = _groups(units)
    assert frozenset({"b:1"}) in groups and any({"a:1", "c:1"} <= g for g in groups)


def test_cluster_person_name_tagged_as_a_place_once_joins_the_person() -> None:
    units = [_unit("a:1", "PERSON", "Orlan Vesk", "Orlan Vesk"), _unit("b:1", "GPE", "Orlan Vesk")]
    assert _groups(units) == {frozenset({"a:1", "b:1"})}
    placed = Corpus(places={"orlan vesk"})  # most of the corpus's mentions call it a place: one entity still,
    assert _groups(units, placed) == {frozenset({"a:1", "b:1"})}  # typed by its votes, not a person beside it


def test_build_entity_stored_entity_nothing_joined_is_the_object_read() -> None:
    # the store then knows it unchanged without writing it out again (incremental fusion, issue 11)
    stored = Entity(id="ent:person:ilse-varn", name="Ilse Varn", type="PERSON", aliases={"Ilse Varn": 2, "Varn": 1},
                    mentions=(Span("a1", 0, 9, "Ilse Varn"), Span("a2", 4, 8, "Varn")), types={"PERSON": 3})
    corpus = Corpus()
    [alone] = cluster_units([stored_unit(stored)], corpus, links=[])
    assert build_entity(alone, {}, set(), corpus) is stored
    renamed = replace(stored, name="Varn")  # what it is built as differs: a new object, as before
    [again] = cluster_units([stored_unit(renamed)], corpus, links=[])
    built = build_entity(again, {}, set(), corpus)
    assert built is not renamed and built == replace(renamed, name="Ilse Varn")


def test_place_variant_one_letter_apart_in_a_long_word_only() -> None:
    assert place_variant("Ban Dorvek Lat", "Ban Dorvek Lath") and place_variant("Kelvarosa", "Kelvalosa")
    assert place_variant("Dorvan Teskel", "Dorvan Tesmel")
    assert not place_variant("Varda", "Vardo") and not place_variant("Ban Ho", "Ban Hoa")  # too short
    assert not place_variant("Kelvarosa", "Melvarosa")  # another first letter
    assert not place_variant("Kelvarosa Town", "Kelvarosa")  # another number of words
    assert not place_variant("Kelvarosa", "Kelvarasso")  # two letters apart


def test_place_spellings_a_letter_apart_join_only_beside_the_same_names() -> None:
    a, b = _unit("a:1", "GPE", "Kelvarosa"), _unit("b:1", "GPE", "Kelvalosa")
    a.context, b.context = {"orlan vesk", "velmora", "ostravel"}, {"orlan vesk", "velmora"}
    assert _groups([a, b]) == {frozenset({"a:1", "b:1"})}
    b.context = {"dorvan", "tesh"}  # another story around it: another place
    assert _groups([a, b]) == {frozenset({"a:1"}), frozenset({"b:1"})}


def test_link_pairs_asks_the_names_once_per_pair_of_names_and_the_context_per_pair_of_units() -> None:
    # two new units of one name meet one stored name: what the names say is asked once, the co-occurring names
    # still decide each pair (the same links as :func:`name_link` pair by pair)
    stored = _stored("Kelvarosa", "GPE")
    stored.context = {"orlan vesk", "velmora", "ostravel"}
    near, far = _unit("a:1", "GPE", "Kelvalosa"), _unit("b:1", "GPE", "Kelvalosa")
    near.context, far.context = {"orlan vesk", "velmora"}, {"dorvan", "tesh"}
    units = [stored, near, far, _unit("c:1", "GPE", "Kelvarosa")]
    corpus = Corpus()
    links = {(i, j): link for i, j, link in link_pairs(units, corpus, stored=1)}
    assert links == {(0, 1): 0.7, (0, 3): 1.0, (1, 2): 1.0}  # the far one is not the stored place
    assert links == {(i, j): link for i in range(4) for j in range(i + 1, 4)
                     if (link := name_link(units[i], units[j], corpus)) > 0}


def _stored(name: str, label: str = "PERSON") -> Unit:
    return stored_unit(Entity(id=f"ent:{name}", name=name, type=label, aliases={name: 1}, types={label: 1}))


def _resolved(units: list[Unit], stored: int, pairs: list[tuple[int, int, float]], corpus: Corpus
              ) -> set[frozenset[str]]:
    """The clusters holding a new unit or more than one unit."""
    links = resolve_short_forms(units, pairs, corpus, stored=stored)
    return {keys for c in cluster_units(units, corpus, None, links)
            if len(keys := frozenset(u.key for u in c.units)) > 1 or not next(iter(keys)).startswith("stored:")}


def test_touched_by_keeps_the_stored_units_new_ones_can_change() -> None:
    corpus = Corpus()
    stored = [_stored("Ilse Varn"), _stored("Tomas Reyne"), _stored("Kelvar Port Authority", "ORG"), _stored("Varn"),
              _stored("Ilse Dorn")]
    units = [*stored, _unit("n:1", "PERSON", "Marek Varn"), _unit("n:2", "PERSON", "Dorn")]
    pairs = link_pairs(units, corpus, stored=len(stored))
    kept, n, narrowed = touched_by(units, len(stored), pairs)
    # "Varn" may be Marek Varn's short form, and so is judged against Ilse Varn too; "Dorn" fits Ilse Dorn
    assert [u.key for u in kept[:n]] == ["stored:ent:Ilse Varn", "stored:ent:Varn", "stored:ent:Ilse Dorn"]
    assert kept[n:] == units[len(stored):]
    assert _resolved(kept, n, narrowed, corpus) == _resolved(units, len(stored), pairs, corpus)


def test_a_surname_two_people_share_goes_to_the_one_its_incident_names() -> None:
    units = [_unit("a:1", "PERSON", "Sikandar Varn"), _unit("b:1", "PERSON", "Zafar Varn"),
             _unit("c:1", "PERSON", "Varn"), _unit("d:1", "PERSON", "Varn")]
    for u in units:
        u.context = {"velmora"}
    assert frozenset({"c:1"}) in _groups(units)  # the story names two people Varn: it stays open
    corpus = Corpus(incidents={"a": "x", "c": "x", "b": "y", "d": "y"})
    assert _groups(units, corpus) == {frozenset({"a:1", "c:1"}), frozenset({"b:1", "d:1"})}
    both = Corpus(incidents={"a": "x", "b": "x", "c": "x", "d": "y"})  # one incident names both
    groups = _groups(units, both)
    assert frozenset({"c:1"}) in groups and frozenset({"d:1"}) in groups


def test_name_with_abbreviated_words_joins_its_full_form_but_not_another_name() -> None:
    units = [_unit("a:1", "ORG", "Velmora Daily Courier"), _unit("b:1", "ORG", "VD Courier"),
             _unit("c:1", "GPE", "Mount Tarsk"), _unit("d:1", "LOC", "Mt Tarsk"),
             _unit("e:1", "ORG", "VD Herald"), _unit("f:1", "LOC", "Mt Orvel")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert frozenset({"c:1", "d:1"}) in groups
    assert frozenset({"e:1"}) in groups and frozenset({"f:1"}) in groups


def test_group_name_without_international_joins_but_not_a_body_or_a_product_line() -> None:
    units = [_unit("a:1", "ORG", "Velmora International"), _unit("b:1", "ORG", "Velmora"),
             _unit("c:1", "ORG", "Tarsk Foreign Ministry"), _unit("d:1", "ORG", "Tarsk"),
             _unit("e:1", "ORG", "Orvel Taurin"), _unit("f:1", "ORG", "Orvel")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert not any({"c:1", "d:1"} <= g for g in groups)  # a body of the group is another entity
    assert not any({"e:1", "f:1"} <= g for g in groups)  # a maker's model line is not the maker


def test_place_variant_leaves_a_unit_word_aside_only_when_the_units_agree() -> None:
    assert place_variant("Kelvarosa", "Kelvalosa province")
    assert place_variant("Kelvarosa province", "Kelvalosa province")
    assert not place_variant("Kelvarosa district", "Kelvalosa province")


def test_one_off_misspelling_joins_the_common_spelling_but_two_common_spellings_stay_apart() -> None:
    rare = Corpus(name_articles=Counter({"masur tarvani": 1, "masud tarvani": 5, "ardavan": 1, "ardevan": 4}))
    units = [_unit("a:1", "PERSON", "Masour Tarvani"), _unit("b:1", "PERSON", "Masoud Tarvani"),
             _unit("c:1", "PERSON", "Ardavan"), _unit("d:1", "GPE", "Ardevan")]
    for u in units:
        u.context = {"velmora", "orlan vesk", u.key}
    assert _groups(units, rare) == {frozenset({"a:1", "b:1"}), frozenset({"c:1", "d:1"})}
    for u in units[2:]:
        u.context = {u.key}  # nothing named around them in common: a town and a club of a mixed feed
    assert frozenset({"c:1"}) in _groups(units, rare)
    for u in units[2:]:
        u.context = {"velmora", "orlan vesk", u.key}
    common = Corpus(name_articles=Counter({"masur tarvani": 3, "masud tarvani": 5, "ardavan": 3, "ardevan": 4}))
    assert len(_groups(units, common)) == 4  # both spellings in several articles: two people, a person and a town
    ending = Corpus(name_articles=Counter({"daniela tarvani": 1, "daniel tarvani": 5}))
    pair = [_unit("a:1", "PERSON", "Daniela Tarvani"), _unit("b:1", "PERSON", "Daniel Tarvani")]
    for u in pair:
        u.context = {"velmora", "orlan vesk"}
    assert len(_groups(pair, ending)) == 2  # a final vowel makes another name


def test_name_surface_cuts_a_trailing_place_phrase_but_keeps_words_of_the_name() -> None:
    assert name_surface("the Velmor Hall at Tarsk Square") == "Velmor Hall"
    assert name_surface("the Gulf of Orvel between Tarsk and Velmora") == "Gulf of Orvel"
    assert name_surface("Bank of Velmora") == "Bank of Velmora"  # "of" joins words of one name
    assert name_surface("Council on Orvel Relations") == "Council on Orvel Relations"


def test_one_full_name_read_as_a_person_and_as_a_place_is_one_entity() -> None:
    corpus = Corpus(places={folded_key("Orlan Vesk")})  # the tagger read it as a place more often
    units = [_unit("a:1", "PERSON", "Orlan Vesk"), _unit("b:1", "GPE", "Orlan Vesk"), _unit("c:1", "GPE", "Orlan Vesk"),
             _unit("d:1", "FAC", "Orlan Vesk Airport")]
    groups = _groups(units, corpus)
    assert frozenset({"a:1", "b:1", "c:1"}) <= next(g for g in groups if "a:1" in g)
    assert not any({"a:1", "d:1"} <= g for g in groups)  # a facility word: a place named after the person


def test_a_country_and_its_peoples_word_are_no_misspelling() -> None:
    rare = Corpus(name_articles=Counter({"velmorian": 1, "velmoria": 5}))
    units = [_unit("a:1", "NORP", "Velmorian"), _unit("b:1", "GPE", "Velmoria")]
    for u in units:
        u.context = {"orlan vesk", "tarsk"}
    assert len(_groups(units, rare)) == 2


def test_a_one_off_slip_in_a_given_name_joins_the_common_spelling_but_other_given_names_do_not() -> None:
    rare = Corpus(name_articles=Counter({"vela tarvani": 1, "velan tarvani": 5, "mara tarvani": 1,
                                         "mari tarvani": 4}))
    units = [_unit("a:1", "PERSON", "Vela Tarvani"), _unit("b:1", "PERSON", "Velan Tarvani"),
             _unit("c:1", "PERSON", "Mara Tarvani"), _unit("d:1", "PERSON", "Mari Tarvani")]
    for u in units:
        u.context = {"velmora", "orlan vesk", u.key}
    assert _groups(units, rare) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"})}
    common = Corpus(name_articles=Counter({"vela tarvani": 3, "velan tarvani": 5}))
    assert len(_groups(units[:2], common)) == 2  # both spellings in several articles: two people
    # a three-letter given name: a letter added or dropped is a slip ("Jon" / "John"), one changed another name
    short = Corpus(name_articles=Counter({"ton belvar": 5, "tonn belvar": 1, "tan belvar": 1}))
    units = [_unit("a:1", "PERSON", "Ton Belvar"), _unit("b:1", "PERSON", "Tonn Belvar"),
             _unit("c:1", "PERSON", "Tan Belvar")]
    for u in units:
        u.context = {"velmora", "orlan vesk", u.key}
    assert _groups(units, short) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_a_country_and_the_city_named_after_it_are_two_places() -> None:
    # "<Country> City" is the capital, not the country; an invented place's "X City" is X under its unit word
    units = [_unit("a:1", "GPE", "Panama City"), _unit("b:1", "GPE", "Panama"), _unit("c:1", "GPE", "Tarsk City"),
             _unit("d:1", "GPE", "Tarsk")]
    assert _groups(units) == {frozenset({"a:1"}), frozenset({"b:1"}), frozenset({"c:1", "d:1"})}


def test_one_body_in_british_and_american_spelling_is_one_entity() -> None:
    units = [_unit("a:1", "ORG", "Velmoran Ministry of Defence"), _unit("b:1", "ORG", "Defense Ministry"),
             _unit("c:1", "ORG", "Ministry of Defense"), _unit("d:1", "ORG", "Tarsk Centre for Peace"),
             _unit("e:1", "ORG", "Tarsk Center for Peace")]
    assert _groups(units, Corpus(demonyms={"velmoran"})) == {frozenset({"a:1", "b:1", "c:1"}),
                                                             frozenset({"d:1", "e:1"})}


def test_romanizations_of_a_name_in_syllables_join_though_a_vowel_of_each_differs() -> None:
    # "Seok-pyeol" / "Suk-pyeol" / "Seok-pyoul" / "Suk Pyeol": no two are compatible full names word for word, and
    # no spelling of one is a different full name beside the same names (the story says it is one person)
    units = [_unit("a:1", "PERSON", "Moh Seok-pyeol", "Moh"), _unit("b:1", "PERSON", "Moh Suk Pyeol", "Moh"),
             _unit("c:1", "PERSON", "Moh Seok-pyoul", "Moh"), _unit("d:1", "PERSON", "Moh Seok-min", "Moh")]
    for u in units:
        u.context = {"velmora", "orlan vesk", "dorvan fire station"}
    groups = _groups(units)
    assert any({"a:1", "b:1", "c:1"} <= g and "d:1" not in g for g in groups)
    for u in units[1:]:
        u.context = {"dask", "tolvar"}
    assert not any({"a:1", "c:1"} <= g for g in _groups(units))


def test_person_names_romanized_the_french_or_german_way_are_one_person() -> None:
    units = [_unit("a:1", "PERSON", "Rakhimjon Zhuvarov"), _unit("b:1", "PERSON", "Rakhimdjon Juvarov"),
             _unit("c:1", "PERSON", "Zhuvaroff"), _unit("d:1", "PERSON", "Dmitri Chernovik"),
             _unit("e:1", "PERSON", "Dmitry Shernovik"), _unit("f:1", "PERSON", "Dmitri Schernovik")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"}), frozenset({"d:1", "e:1", "f:1"})}


def test_two_romanizations_of_a_name_in_syllables_join_beside_the_same_names() -> None:
    units = [_unit("a:1", "PERSON", "Tae Jeong-min"), _unit("b:1", "PERSON", "Tae Jung-meen"),
             _unit("c:1", "PERSON", "Tae Sang-man")]
    for u in units:
        u.context = {"velmora", "orlan vesk", "dorvan fire station"}
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups or any({"a:1", "b:1"} <= g and "c:1" not in g for g in groups)
    assert not any({"a:1", "c:1"} <= g for g in groups)  # "a" and "o"/"eo" are no romanization pair here
    for u in units[1:]:
        u.context = {"dask", "tolvar"}  # nothing named around them in common: two people
    assert not any({"a:1", "b:1"} <= g for g in _groups(units))


def test_a_surname_with_one_consonant_changed_joins_beside_the_same_names() -> None:
    units = [_unit("a:1", "PERSON", "Orvan Tisal"), _unit("b:1", "PERSON", "Orvan Tijal"),
             _unit("c:1", "PERSON", "Orvan Tisral"), _unit("d:1", "PERSON", "Marek Tijal")]
    for u in units:
        u.context = {"velmora", "orlan vesk", "dorvan trauma centre"}
    groups = _groups(units)
    assert any({"a:1", "b:1"} <= g for g in groups)
    assert not any({"b:1", "c:1"} <= g or {"b:1", "d:1"} <= g for g in groups)  # a letter added, a given name
    for u in units[1:]:
        u.context = {"dask", "tolvar"}  # nothing named around them in common: two people
    assert not any({"a:1", "b:1"} <= g for g in _groups(units))


@pytest.mark.parametrize("forms", [
    # a news outlet's full name and the name it is cited by; not another body of that name
    [("ORG", "Velhar News Agency"), ("ORG", "Velhar"), ("ORG", "Orsk News"), ("ORG", "Orsk"),
     ("ORG", "Tarvo Space Agency"), ("ORG", "Tarvo")],
    # a feature or a harbour named both ways
    [("LOC", "Bay of Tarvo"), ("FAC", "Tarvo Bay"), ("LOC", "Lake Orsk"), ("LOC", "Orsk Lake"),
     ("LOC", "Sarn Bay"), ("LOC", "Bay of Velo")],
    # a river named with its word before or after the name, or by its name alone; not another river
    [("LOC", "River Tamsor"), ("LOC", "Tamsor river"), ("LOC", "Velka"), ("LOC", "River Velka"),
     ("LOC", "River Ostra"), ("LOC", "Ostrava river")],
    # a romanized place's name in syllables or joined; not a name of other letters
    [("GPE", "Ko Ta Lam"), ("GPE", "Kotalam"), ("GPE", "Bang Sa Ket"), ("GPE", "Bangsaket"),
     ("GPE", "Kotabaru"), ("GPE", "Bang Sa")],
])
def test_two_forms_of_one_name_join_in_pairs_and_the_last_two_stay_alone(forms: list[tuple[str, str]]) -> None:
    units = [_unit(f"{k}:1", label, form) for k, (label, form) in zip("abcdef", forms, strict=True)]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1", "d:1"}), frozenset({"e:1"}),
                              frozenset({"f:1"})}


def test_stored_names_kept_folds_stand_for_folding_them_again_in_corpus_votes_and_owner_buckets() -> None:
    stored = [Entity(id="ent:velmora", name="Velmora", type="GPE", aliases={"Velmora": 3, "Velmorah": 1},
                     types={"GPE": 4}),
              Entity(id="ent:velmoran", name="Velmoran", type="NORP", aliases={"Velmoran": 2}, types={"NORP": 2})]
    names = {n for e in stored for n in e.aliases}
    kept = {n: folded_key(n) for n in names} | {folded_key(n): folded_key(folded_key(n)) for n in names}
    assert Corpus.of([], stored, kept) == Corpus.of([], stored)
    # a kept fold is read, not made again
    assert Corpus.of([], stored, {"Velmora": "velmora kept"}).places == {"velmora kept", folded_key("Velmorah")}
    by_alias = {folded_key(n): {e.id} for e in stored for n in e.aliases}
    assert _owner_ids("Velmoran", by_alias, {}, folder(kept)) == _owner_ids("Velmoran", by_alias, {}) \
        == {"ent:velmora", "ent:velmoran"}
    assert _owner_ids("Velmoran", by_alias, {}, folder({k: "zz" + k for k in by_alias})) == set()


def test_a_body_with_and_without_its_owner_merges_but_not_another_owners() -> None:
    corpus = Corpus(places={"velmora", "ostra"}, demonyms={"velmoran"})
    units = [_unit("a:1", "ORG", "Velmora's Harbour Ministry"), _unit("b:1", "ORG", "Velmoran Harbour Ministry"),
             _unit("c:1", "ORG", "Ministry of Harbour"), _unit("d:1", "ORG", "Harbour Ministry of Ostra")]
    assert _groups(units[:3], corpus) == {frozenset({"a:1", "b:1", "c:1"})}
    assert _groups([units[0], units[3]], corpus) == {frozenset({"a:1"}), frozenset({"d:1"})}


def test_an_articles_place_name_written_apart_joined_or_left_out_is_one_place() -> None:
    units = [_unit("a:1", "GPE", "Al Tarvouz"), _unit("b:1", "GPE", "al-Tarvouz"), _unit("c:1", "GPE", "Tarvouz"),
             _unit("d:1", "GPE", "Al Dorvan")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"}), frozenset({"d:1"})}


def test_republic_of_a_country_is_the_country_but_a_democratic_republic_is_not() -> None:
    units = [_unit("a:1", "GPE", "Ecuador"), _unit("b:1", "GPE", "Republic of Ecuador"),
             _unit("c:1", "GPE", "Ecuador Republic"), _unit("d:1", "GPE", "Portugal"),
             _unit("e:1", "GPE", "Democratic Republic of Portugal")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"}), frozenset({"d:1"}), frozenset({"e:1"})}


def test_one_countrys_names_are_one_place_but_its_capital_and_people_are_not() -> None:
    units = [_unit("a:1", "GPE", "Türkiye"), _unit("b:1", "GPE", "Turkey"), _unit("c:1", "GPE", "Britain"),
             _unit("d:1", "GPE", "UK"), _unit("e:1", "GPE", "Russian Federation"), _unit("f:1", "GPE", "Russia"),
             _unit("g:1", "GPE", "Moscow"), _unit("h:1", "NORP", "Russians")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1", "d:1"}), frozenset({"e:1", "f:1"}),
                              frozenset({"g:1"}), frozenset({"h:1"})}


def _typed_unit(article: str, label: str, source: str = "spacy") -> Unit:
    m = Mention(article, 0, 16, "Orvane Hall", label, source=source)
    return Unit(key=f"{article}:c0", article=article, mentions=[m], forms=Counter({"Orvane Hall": 1}),
                votes=Counter({label: 2 if source == "names:context" else 1}))


def test_build_entity_a_label_the_context_confirms_outweighs_the_taggers_votes() -> None:
    # four articles' tagger read the venue as an organization; one sentence says "Orvane Hall, a football stadium"
    units = [_typed_unit(f"a{i}", "ORG") for i in range(4)] + [_typed_unit("a9", "FAC", "names:context")]
    assert build_entity(Cluster(units), {}, set()).type == "FAC"
    # two sentences that say different things: the votes decide
    units.append(_typed_unit("a8", "GPE", "names:context"))
    assert build_entity(Cluster(units), {}, set()).type == "ORG"
    # "a stake in X" read as a place: a place's cue does not outweigh the votes
    units = [_typed_unit(f"a{i}", "ORG") for i in range(3)] + [_typed_unit("a9", "GPE", "names:context")]
    assert build_entity(Cluster(units), {}, set()).type == "ORG"


def test_cluster_a_branchs_hyphenated_abbreviation_joins_its_name() -> None:
    units = [_unit("a1:c0", "ORG", "KVF-O"), _unit("a2:c0", "ORG", "KVF-Ostra"), _unit("a3:c0", "ORG", "KVF-Dorsk"),
             _unit("a4:c0", "ORG", "KVF")]
    assert _groups(units) == {frozenset({"a1:c0", "a2:c0"}), frozenset({"a3:c0"}), frozenset({"a4:c0"})}


def test_noun_entities_a_compound_noun_joins_the_entity_its_last_part_was_given() -> None:
    star = Entity("ent:s", "Orvane Star", "PRODUCT", aliases={"Orvane Star": 1},
                  mentions=(Span("y", 0, 11, "Orvane Star"), Span("y", 20, 28, "the ship")))
    dock = Entity("ent:d", "Tarsk Haven", "FAC", aliases={"Tarsk Haven": 1},
                  mentions=(Span("y", 40, 51, "Tarsk Haven"), Span("y", 60, 68, "the port")))
    given = ArticleAnalysis("y", "h", mentions=(
        Mention("y", 0, 11, "Orvane Star", "PRODUCT", chain="y:c0"),
        Mention("y", 20, 28, "the ship", "PRODUCT", kind="nominal", chain="y:c0"),
        Mention("y", 40, 51, "Tarsk Haven", "FAC", chain="y:c1"),
        Mention("y", 60, 68, "the port", "FAC", kind="nominal", chain="y:c1")),
        extras={"nominal_nouns": {"y:c0": ["ship"], "y:c1": ["port"]}})
    art = _noun_article("a", ("n0", "warship", False, 2), ("n1", "report", False, 1))
    art = replace(art, mentions=tuple(replace(m, label="PRODUCT") for m in art.mentions))
    out = {e.id: sorted(s.text for s in e.mentions if s.article == "a") for e in noun_entities([star, dock], [art],
                                                                                            known=[given])}
    assert out["ent:s"] == ["the warship", "the warship"]  # "warship" is a ship
    assert out["ent:d"] == []  # "report" is no "port"


def test_unmarked_names_reads_the_words_the_texts_hold_as_the_pattern_of_every_name_does() -> None:
    """Only the names the texts hold as whole words are looked for (issue 11: not a pattern of every stored
    person's last name, compiled each run); a name with a hyphen is always looked for, and found the same."""
    people = [Entity(f"ent:{k}", name, "PERSON", aliases={name: 1}) for k, name in
              enumerate(("Lena Brask-ovic", "Ivo Hale", "Tam Vesk", "Oda Rill"))]
    text = "Brask-ovic said Halevy and Veskogard agreed. Rill left; the Hale-born team stayed."
    found = unmarked_names(people, [ArticleAnalysis("b", "h")], {"b": text})
    assert {e.id: [s.text for s in e.mentions] for e in found} == \
        {"ent:0": ["Brask-ovic"], "ent:1": [], "ent:2": [], "ent:3": ["Rill"]}


@pytest.mark.parametrize(("words", "found"), [
    (["Veskogard", "Vesk", "Hale", "FSB", "Åsa"], ["Vesk", "Veskogard", "Hale", "FSB", "Åsa", "Hale", "Hale", "Hale",
                                                  "Vesk", "Vesk"]),
    (["Brask-ovic", "Vesk", "Hale"], ["Vesk", "Hale", "Hale", "Brask-ovic", "Hale", "Hale", "Vesk", "Vesk"]),
])
def test_word_finder_gives_the_spans_the_pattern_of_every_word_gives(words: list[str], found: list[str]) -> None:
    """Words of word characters only are looked up as the text's runs of them (issue 11): the same spans, in the
    same order, as the pattern of all the words, which a word with a hyphen still uses. Not after a letter, a
    hyphen or an apostrophe, nor before a letter, a digit, "_" or a hyphen."""
    text = ("Vesk said Veskogard and Vesk-born O'Hale, d'Vesk and Hale's FSB-led FSB unit met Åsa; Hale "
            "Brask-ovic, Brask-ovich, xVesk Vesk_ Vesk2 Hale\nHale ’Vesk ‘Vesk Vesk")
    pattern = re.compile(r"(?<![\w\-'’])(" + "|".join(re.escape(w) for w in words) + r")(?![\w\-])")
    spans = _word_finder(sorted(words, key=len, reverse=True))(text)
    assert spans == [hit.span(1) for hit in pattern.finditer(text)]
    assert [text[s:e] for s, e in spans] == found


def _town_unit(article: str, *extra: Mention, label: str = "PERSON", source: str = "spacy") -> Unit:
    m = Mention(article, 0, 7, "Kharkiv", label, source=source)
    return Unit(key=f"{article}:c0", article=article, mentions=[m, *extra], forms=Counter({"Kharkiv": 1}),
                votes=Counter({label: 1}))


def test_build_entity_a_known_town_read_as_a_person_is_a_place_unless_a_person_is_said_of_it() -> None:
    # two articles' tagger read the town as a person; a third found nothing that says a person (the gazetteer)
    town = _town_unit("a3", label="GPE", source="names:gazetteer")
    assert build_entity(Cluster([_town_unit("a1"), _town_unit("a2"), town]), {}, set()).type == "GPE"
    # no article read it as a town: the votes decide
    assert build_entity(Cluster([_town_unit("a1"), _town_unit("a2")]), {}, set()).type == "PERSON"
    # a he/she pronoun of its chain, a title a sentence confirmed, a role it holds: a person called like the town
    he = Mention("a2", 20, 22, "he", "PERSON", kind="pronoun")
    assert build_entity(Cluster([_town_unit("a1"), _town_unit("a2", he), town]), {}, set()).type == "PERSON"
    # an article that kept the bare name as the surname of a full name it gives ("Ana Kharkiv ... Kharkiv said")
    assert build_entity(Cluster([_town_unit("a1", source="names:surname"), _town_unit("a2"), town]), {},
                        set()).type == "PERSON"
    titled = Mention("a2", 30, 37, "Kharkiv", "PERSON", source="names:title")
    assert build_entity(Cluster([_town_unit("a1"), _town_unit("a2", titled), town]), {}, set()).type == "PERSON"
    role = Role("the mayor", "a1", 10, 19)
    assert build_entity(Cluster([_town_unit("a1"), _town_unit("a2"), town]), {"a1:c0": [role]},
                        set()).type == "PERSON"


def _variant_clusters(specs: list[tuple[str, str, str, int, set[str]]], corpus: Corpus | None = None
                      ) -> set[frozenset[str]]:
    """Clusters of one unit each (key, label, form, mentions, co-occurring names) after the spelling-variant pass."""
    clusters = []
    for key, label, form, n, context in specs:
        u = Unit(key=key, article=key.split(":")[0], forms=Counter({form: n}), votes=Counter({label: n}),
                 context={folded_key(c) for c in context})
        clusters.append(Cluster([u], Counter(u.forms), Counter(u.votes)))
    joined = join_spelling_variants(clusters, corpus or Corpus(), {})
    return {frozenset(u.key for u in c.units) for c in joined}


_FLOOD = {"Kelani", "Ratnagiri", "Sumedha Perera", "Red Cross"}


def test_spelling_variants_of_a_village_join_a_one_off_read_as_a_person_too() -> None:
    specs = [("a:1", "GPE", "Madurapola", 5, _FLOOD), ("b:1", "GPE", "Maduropola", 2, _FLOOD | {"Colombo"}),
             ("c:1", "PERSON", "Madurapolah", 1, {"Kelani", "Ratnagiri"})]
    assert _variant_clusters(specs) == {frozenset({"a:1", "b:1", "c:1"})}


def test_spelling_variants_join_only_beside_the_same_names_and_in_one_incident() -> None:
    apart = [("a:1", "GPE", "Madurapola", 3, _FLOOD), ("b:1", "GPE", "Maduropola", 1, {"Oslo", "Tarvin", "Vesk"})]
    assert len(_variant_clusters(apart)) == 2
    corpus = Corpus(incidents={"a": "flood", "b": "election"})
    other = [("a:1", "GPE", "Madurapola", 3, _FLOOD), ("b:1", "GPE", "Maduropola", 1, _FLOOD)]
    assert len(_variant_clusters(other, corpus)) == 2
    assert len(_variant_clusters(other, Corpus(incidents={"a": "flood", "b": "flood"}))) == 1


def test_spelling_variants_of_a_person_join_but_not_a_wife_nor_another_given_name() -> None:
    court = {"Supreme Court", "Tarvin", "Ilsa Morrow"}
    specs = [("a:1", "PERSON", "Farrukh Tashmuradov", 3, court), ("b:1", "PERSON", "Farruh Tashmurodov", 1, court),
             ("c:1", "PERSON", "Abdul Rafique Omrani", 2, court), ("d:1", "PERSON", "Abdul Rafiq Omrani", 1, court),
             ("e:1", "PERSON", "Olga Kuznetsova", 2, court), ("f:1", "PERSON", "Olga Kuznetsov", 1, court)]
    assert _variant_clusters(specs) == {frozenset({"a:1", "b:1"}), frozenset({"c:1", "d:1"}), frozenset({"e:1"}),
                                        frozenset({"f:1"})}


def test_spelling_variants_with_a_competitor_stay_apart() -> None:
    # "Kelbekzodu" is a spelling of both, but they are not one another's: which one it is, nothing says
    specs = [("a:1", "GPE", "Kelbekzoda", 3, _FLOOD), ("b:1", "GPE", "Kelbekzodu", 1, _FLOOD),
             ("c:1", "GPE", "Kelbikzodu", 2, _FLOOD)]
    assert len(_variant_clusters(specs)) == 3


def test_a_country_and_its_people_and_a_bare_name_of_a_person_stay_apart() -> None:
    specs = [("a:1", "GPE", "Germany", 9, _FLOOD), ("b:1", "NORP", "German", 4, _FLOOD),
             ("c:1", "GPE", "Tolmeimar", 2, _FLOOD), ("d:1", "PERSON", "Dorvan Tolmeymar", 2, _FLOOD)]
    assert len(_variant_clusters(specs)) == 4


def test_a_name_written_surname_first_joins_when_marked_or_told_once() -> None:
    vote = {"Electoral Commission", "Varnesk", "Delmarra"}
    marked = [("a:1", "PERSON", "Orvan Tisal", 4, vote), ("b:1", "PERSON", "TISAL Orvan", 1, vote)]
    assert len(_variant_clusters(marked)) == 1
    # two people whose names are each other's reversed, both named across the story, stay two
    two = [("a:1", "PERSON", "James Scott", 3, vote), ("a:2", "PERSON", "Scott James", 1, vote),
           ("b:1", "PERSON", "James Scott", 2, vote), ("b:2", "PERSON", "Scott James", 2, vote)]
    clusters = []
    for key, label, form, n, context in two:
        u = Unit(key=key, article=key.split(":")[0], forms=Counter({form: n}), votes=Counter({label: n}),
                 context={folded_key(c) for c in context})
        clusters.append(Cluster([u], Counter(u.forms), Counter(u.votes)))
    clusters[0].absorb(clusters.pop(2))
    clusters[1].absorb(clusters.pop(2))
    for c in clusters:
        c.flatten()
    assert len(join_spelling_variants(clusters, Corpus(), {})) == 2


def test_a_name_the_articles_use_as_a_place_is_a_place_a_group_noun_after_it_makes_a_group() -> None:
    def entity(placed: int, grouped: int, n: int = 4) -> str:
        u = Unit(key="a:1", article="a", forms=Counter({"Kalvoruk": n}), votes=Counter({"PERSON": n}),
                 placed=placed, grouped=grouped)
        return build_entity(Cluster([u], Counter(u.forms), Counter(u.votes)), {}, set()).type
    assert entity(placed=2, grouped=0) == "GPE"  # "in Kalvoruk", "the village of Kalvoruk"
    assert entity(placed=1, grouped=0) == "PERSON"  # once: "confidence in X" is said of people
    assert entity(placed=0, grouped=2) == "ORG"  # "Kalvoruk militants", "the Kalvoruk gang"
    assert entity(placed=0, grouped=1, n=1) == "ORG"
    assert entity(placed=0, grouped=0) == "PERSON"


def test_units_count_the_place_cues_before_a_name_and_the_group_nouns_after_it(
        analyzer: Analyzer, make_article: Callable[..., Article]) -> None:
    text = ("Floods cut off the village of Kalvoruk on Monday. Rescuers near Kalvoruk said the road was gone, and "
            "aid reached Kalvoruk by boat. In Dorvesk, Tamsin Orlo's confidence in the rescue held. "
            "Volmar militants attacked a convoy outside Dorvesk; the Volmar gang denied it.")
    art = make_article(text, id="a")
    units = units_of(analyzer.analyze(art), text)
    placed: Counter[str] = Counter()
    grouped: Counter[str] = Counter()
    for u in units:
        for f in u.forms:
            placed[f] += u.placed
            grouped[f] += u.grouped
    assert placed["Kalvoruk"] == 2  # "the village of", "near"; not "reached Kalvoruk"
    assert placed["Dorvesk"] >= 1 and placed["Tamsin Orlo"] == 0
    assert grouped["Volmar"] == 2 and grouped["Kalvoruk"] == 0


def test_cluster_legal_form_written_short_or_in_full_is_one_company() -> None:
    units = [_unit("a:1", "ORG", "Varlo Mining Ltd"), _unit("b:1", "ORG", "Varlo Mining Limited"),
             _unit("c:1", "ORG", "Varlo Mining"), _unit("d:1", "ORG", "Orsk Inc"),
             _unit("e:1", "ORG", "Orsk Incorporated")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1", "c:1"}) in groups and frozenset({"d:1", "e:1"}) in groups


def test_cluster_initials_written_apart_joined_or_with_stops_are_one_person() -> None:
    units = [_unit("a:1", "PERSON", "R K Dallin"), _unit("b:1", "PERSON", "RK Dallin"),
             _unit("c:1", "PERSON", "R.K. Dallin"), _unit("d:1", "PERSON", "S K Dallin")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"}), frozenset({"d:1"})}


def test_description_of_an_owned_chief_joins_the_office_holder_across_articles(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    texts = {"a": "Velmora's national police chief Orlan Vesk apologised on Monday for the crush in Sarn.",
             "b": "Velmora's police chief said on Tuesday that officers had been too few.",
             "c": "Tarsk Shipping chief executive Dara Imrani said on Monday the crew was safe. The company's "
                  "chief executive said on Tuesday that the ship would sail."}
    ctx = _fuse_texts(resources, make_article, texts)
    assert _owner(ctx, texts, "b", "Velmora's police chief") == _named(ctx, "Orlan Vesk").id
    assert _owner(ctx, texts, "c", "The company's chief executive") == _named(ctx, "Dara Imrani").id


def test_build_entity_a_noun_given_to_the_name_says_its_kind_over_the_taggers_votes() -> None:
    corpus = Corpus()

    def built(label: str, votes: int, *nouns: str) -> str:
        unit = _unit("a:1", label, *(["Velmor Star"] * votes))
        unit.nouns = nouns
        [cluster] = cluster_units([unit], corpus, links=[])
        return build_entity(cluster, {}, set(), corpus).type

    assert built("ORG", 9, "tanker") == "PRODUCT"  # "the oil tanker Velmor Star", read as a company 9 times
    assert built("PERSON", 5, "shipowner") == "ORG"  # "Swedish shipowner Velmor Star"
    assert built("ORG", 2, "resident") == "PERSON"  # "Velmor Star, a resident"
    assert built("NORP", 2, "agency") == "NORP"  # a group's noun says nothing against a group's label
    assert built("ORG", 2, "tanker", "resident") == "ORG"  # nouns of two kinds: the votes decide
    assert built("ORG", 2, "owner") == "ORG"  # a noun said of people and of companies says neither


def test_kind_nominal_joins_the_one_entity_another_article_gave_that_noun(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    texts = {"a": "Orsk Marine Ltd, the operator of the tanker, said on Monday that it could not reach the crew.",
             "b": "The tanker was seized near Velmora on Monday. The operator said it had lost contact with the "
                  "ship, and Tarsk Shipping said nothing."}
    ctx = _fuse_texts(resources, make_article, texts)
    assert _owner(ctx, texts, "b", "The operator") == _named(ctx, "Orsk Marine Ltd").id


def test_build_entity_a_given_noun_does_not_retype_a_known_town_or_a_given_name() -> None:
    corpus = Corpus()

    def built(label: str, name: str, *nouns: str) -> str:
        unit = _unit("a:1", label, name, name)
        unit.nouns = nouns
        [cluster] = cluster_units([unit], corpus, links=[])
        return build_entity(cluster, {}, set(), corpus).type

    assert built("GPE", "Nairobi", "group") == "GPE"  # the parse hung "the group" on the capital
    assert built("PERSON", "Maria Vesk", "firm") == "PERSON"  # a given name and a surname
    assert built("PERSON", "Velmor Bulk", "firm") == "ORG"


def test_description_without_an_owner_is_not_a_groups_own_office(
        resources: Resources, make_article: Callable[..., Article]) -> None:
    texts = {"a": "President Orlan Vesk dissolved the assembly on Monday.",
             "b": "Green Bloc Party president Mara Tell said on Monday that the vote was lost.",
             "c": "The President said on Tuesday that he would name a new cabinet."}
    ctx = _fuse_texts(resources, make_article, texts)
    assert _owner(ctx, texts, "c", "The President") == _named(ctx, "Orlan Vesk").id


def test_attach_nominals_gives_a_state_kind_noun_no_one_was_given_to_the_storys_lead_country() -> None:
    """"The isolated regime": no article called a country a regime; it is the country the story names most among
    those its article names. Not with a country in its modifiers, nor possessed, nor when two lead as much."""
    def country(eid: str, name: str, n: int, article: str = "a") -> Entity:
        return Entity(eid, name, "GPE", mentions=tuple(Span(article, i * 10, i * 10 + 6, name) for i in range(n)))

    portugal, chile = country("ent:p", "Portugal", 5), country("ent:c", "Chile", 2)
    town = Entity("ent:t", "Velmor", "GPE", mentions=tuple(Span("a", 200 + i * 10, 206 + i * 10, "Velmor")
                                                         for i in range(9)))
    b_names = (Span("b", 100, 106, "Chile"), Span("b", 120, 128, "Portugal"))
    portugal = replace(portugal, mentions=portugal.mentions + b_names[1:])
    chile = replace(chile, mentions=chile.mentions + b_names[:1])
    a = ArticleAnalysis("a", "h")
    b = ArticleAnalysis("b", "h", extras={"open_nominals": [
        {**_open(4, "the isolated regime", "regime", False), "mods": ["isolated"]},
        {**_open(30, "the Chilean regime", "regime", False), "mods": ["chilean"]},
        _open(60, "its territory", "territory", False)]})
    out = {e.id: [s.text for s in e.mentions if s.article == "b" and s.start < 100]
           for e in attach_nominals([portugal, chile, town], [a, b])}
    assert out == {"ent:p": ["the isolated regime"], "ent:c": [], "ent:t": []}
    even = replace(chile, mentions=chile.mentions + tuple(Span("a", 300 + i, 301 + i, "Chile") for i in range(3)))
    assert attach_nominals([portugal, even], [a, b]) == [portugal, even]  # two countries lead as much


def test_a_teknonym_is_no_rival_full_name_a_chain_giving_both_joins_them() -> None:
    # an article names him "Samir Faris al-Dresi" and, in one chain, "Abu Tarek"; others "Abu Tarek al-Dresi",
    # "Samir al-Dresi"
    units = [_unit("a:1", "PERSON", "Samir Faris al-Dresi", "Abu Tarek"), _unit("b:1", "PERSON", "Abu Tarek al-Dresi"),
             _unit("c:1", "PERSON", "Samir al-Dresi")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"})}
    # another family name, or two teknonyms, stay rival names
    assert cannot_link(_cluster("PERSON", "Abu Tarek al-Dresi"), _cluster("PERSON", "Samir al-Vanni"), Corpus())
    assert cannot_link(_cluster("PERSON", "Abu Tarek al-Dresi"), _cluster("PERSON", "Abu Hamza al-Dresi"), Corpus())
    assert cannot_link(_cluster("PERSON", "Abu Tarek al-Dresi"), _cluster("PERSON", "Samir al-Dresi"),
                       Corpus()) is None


def _cluster(label: str, *forms: str) -> Cluster:
    u = _unit("z:1", label, *forms)
    return Cluster([u], Counter(u.forms), Counter(u.votes))


def test_a_peoples_word_is_no_name_of_its_country() -> None:
    units = [_unit("a:1", "NORP", "Cameroonian"), _unit("b:1", "GPE", "Cameroon"), _unit("c:1", "NORP", "Cameroonian"),
             _unit("d:1", "GPE", "Republic of Cameroon")]  # the people's word spelled close to the country's name
    assert _groups(units) == {frozenset({"a:1", "c:1"}), frozenset({"b:1", "d:1"})}


def test_a_capital_named_only_for_its_government_joins_its_country() -> None:
    def capital(label: str = "GPE", sited: int = 0, governs: int = 1) -> Cluster:
        c = _cluster(label, "Lima")
        c.units[0].sited, c.units[0].governs = sited, governs
        return c

    joined = join_capitals([_cluster("GPE", "Peru"), capital()])
    assert len(joined) == 1 and set(joined[0].forms) == {"Peru", "Lima"}
    assert len(join_capitals([_cluster("GPE", "Peru"), capital(sited=1)])) == 2  # "in Lima": the city itself
    assert len(join_capitals([_cluster("GPE", "Peru"), capital(governs=0)])) == 2  # nothing says its government
    assert len(join_capitals([_cluster("GPE", "Peru"), capital("PERSON")])) == 2  # not a place's entity
    assert len(join_capitals([capital()])) == 1  # its country unnamed


def test_a_capital_the_story_names_as_a_place_once_stays_the_city(resources: Resources,
                                                              make_article: Callable[..., Article]) -> None:
    texts = {"a": "Lima denied the report on Monday. There was no comment from Lima on Peru's role."}
    ctx = _fuse_texts(resources, make_article, texts)
    assert _owner(ctx, texts, "a", "Lima") == _owner(ctx, texts, "a", "Peru")
    texts["b"] = "Officials flew to Lima on Monday to meet Peru's envoy."  # the city itself, once in the story
    ctx = _fuse_texts(resources, make_article, texts)
    assert _owner(ctx, texts, "a", "Lima") != _owner(ctx, texts, "a", "Peru")


def test_a_group_name_with_a_country_or_its_peoples_word_is_one_group() -> None:
    units = [_unit("a:1", "ORG", "Chilean Varnhold Front"), _unit("b:1", "ORG", "Chile Varnhold Front"),
             _unit("c:1", "ORG", "Peruvian Varnhold Front")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups and frozenset({"c:1"}) in groups


def test_a_facility_named_alone_joins_its_name_with_the_facility_word() -> None:
    units = [_unit("a:1", "FAC", "Varnesk Square"), _unit("b:1", "FAC", "Varnesk"), _unit("c:1", "GPE", "Tolmar"),
             _unit("d:1", "FAC", "Tolmar Bridge")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups  # both read as the facility
    assert frozenset({"c:1"}) in groups  # a town and the bridge named after it stay two


def test_a_local_government_area_is_its_place_the_bare_name_joins_it() -> None:
    units = [_unit("a:1", "GPE", "Dorvan Local Government Area"), _unit("b:1", "ORG", "Dorvan"),
             _unit("c:1", "GPE", "Tesk District"), _unit("d:1", "ORG", "Tesk"), _unit("e:1", "GPE", "Marl City"),
             _unit("f:1", "ORG", "Marl")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups and frozenset({"c:1", "d:1"}) in groups
    assert frozenset({"e:1"}) in groups  # a club may be "Marl" beside the city "Marl City"
    assert entity_type("Dorvan Local Government Area", Counter({"ORG": 5, "GPE": 1})) == "GPE"


def test_a_country_read_as_a_people_joins_its_republic_of_name() -> None:
    units = [_unit("a:1", "GPE", "Republic of Chile"), _unit("b:1", "NORP", "Chile"), _unit("c:1", "NORP", "Chilean")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups and frozenset({"c:1"}) in groups


def test_a_state_read_as_a_person_joins_the_state() -> None:
    units = [_unit("a:1", "GPE", "Dorvan State", "Dorvan"), _unit("b:1", "PERSON", "Dorvan State", "State")]
    assert _groups(units) == {frozenset({"a:1", "b:1"})}
    units = [_unit("a:1", "GPE", "Dorvan State"), _unit("b:1", "PERSON", "Dorvan Tesk")]
    assert len(_groups(units)) == 2


def test_a_third_spelling_joins_a_person_held_under_two() -> None:
    court = {"Supreme Court", "Tarvin", "Ilsa Morrow"}
    clusters = []
    for key, form, context in (("a:1", "Saifaddin Morvani", court), ("a:2", "Safiaddin Morvani", court),
                               ("b:1", "Sayefaddin Morvani", court)):
        u = Unit(key=key, article=key.split(":")[0], forms=Counter({form: 1}), votes=Counter({"PERSON": 1}),
                 context={folded_key(c) for c in context})
        clusters.append(Cluster([u], Counter(u.forms), Counter(u.votes)))
    clusters[0].absorb(clusters.pop(1))
    clusters[0].flatten()
    assert len(join_spelling_variants(clusters, Corpus(), {})) == 1


def test_a_surname_read_as_a_place_joins_the_person_a_known_place_does_not() -> None:
    units = [_unit("a:1", "PERSON", "Orvan Tesk Dravik", "Dravik"), _unit("b:1", "GPE", "Dravik"),
             _unit("c:1", "PERSON", "Marla Chile"), _unit("d:1", "GPE", "Chile")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert frozenset({"d:1"}) in groups  # a country's name is the country


def test_spelling_variants_without_a_glide_meet_and_join() -> None:
    court = {"Supreme Court", "Tarvin", "Ilsa Morrow"}
    specs = [("a:1", "PERSON", "Tarek al-Duwarib", 2, court), ("b:1", "PERSON", "Tarik al-Dorib", 1, court)]
    assert len(_variant_clusters(specs)) == 1


def test_al_and_a_family_name_joins_the_person_the_story_writes_with_the_article() -> None:
    units = [_unit("a:1", "PERSON", "Samir al-Dresi", "Dresi"), _unit("b:1", "PERSON", "Samir Dresi"),
             _unit("c:1", "PERSON", "Al Dresi")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"})}
    # the given name "Al": a family name the story writes without the article is another person's
    units = [_unit("a:1", "PERSON", "Mara Dorn"), _unit("b:1", "PERSON", "Al Dorn")]
    assert len(_groups(units)) == 2


def test_an_areas_name_read_as_a_person_is_a_place() -> None:
    assert entity_type("Dorvan City", Counter({"PERSON": 1, "GPE": 1})) == "GPE"
    assert entity_type("Dorvan State", Counter({"PERSON": 2})) == "GPE"
    assert entity_type("Mara Lake", Counter({"PERSON": 2})) == "PERSON"  # a lake's word may end a person's name


def test_the_head_of_a_countrys_official_name_said_alone_joins_the_storys_country() -> None:
    # "the Islamic Republic" heads four countries' official names; the story names one of them far more
    corpus = Corpus()
    corpus.name_articles.update({"mauritania": 6, "mauritanian": 2, "pakistan": 1})
    units = [_unit("a:1", "GPE", "Mauritania", "Mauritanian"), _unit("b:1", "GPE", "Islamic Republic"),
             _unit("c:1", "GPE", "Pakistan")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_the_head_of_an_official_name_stays_alone_when_two_countries_it_heads_are_named_alike() -> None:
    corpus = Corpus()
    corpus.name_articles.update({"mauritania": 3, "pakistan": 2})
    units = [_unit("a:1", "GPE", "Mauritania"), _unit("b:1", "GPE", "Islamic Republic"),
             _unit("c:1", "GPE", "Pakistan")]
    assert _groups(units, corpus) == {frozenset({"a:1"}), frozenset({"b:1"}), frozenset({"c:1"})}


def test_a_group_name_with_a_word_in_its_derived_form_is_no_rival_of_its_short_form() -> None:
    # the long name is held with a variant ("Revolution" for "Revolutionary"); the short form ends both
    units = [_unit("a:1", "ORG", "Orvan Revolutionary Guard Corps"),
             _unit("b:1", "ORG", "Orvan Revolution Guard Corps", "Orvan Revolutionary Guard Corps"),
             _unit("c:1", "ORG", "Revolutionary Guard")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1"})}


def test_a_group_name_with_its_words_in_another_order_is_one_group() -> None:
    units = [_unit("a:1", "ORG", "General Auditor's Office"), _unit("b:1", "ORG", "Auditor-General's Office"),
             _unit("c:1", "ORG", "General Treasurer's Office")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_a_news_agencys_full_name_and_its_signature_are_one_agency() -> None:
    units = [_unit("a:1", "ORG", "RIA Novosti"), _unit("b:1", "ORG", "RIA"), _unit("c:1", "ORG", "Velmor Novosti")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_a_countrys_code_the_story_defines_as_another_names_acronym_is_that_names() -> None:
    # "the Velmor Economic Community (EC)": "EC" is also a country's code, but here it is the community's
    corpus = Corpus()
    corpus.acronyms["EC"].add(folded_key("Velmor Economic Community"))
    units = [_unit("a:1", "ORG", "Velmor Economic Community", "EC"), _unit("b:1", "GPE", "Ecuador"),
             _unit("c:1", "ORG", "EC"), _unit("d:1", "GPE", "U.S."), _unit("e:1", "GPE", "United States")]
    assert _groups(units, corpus) == {frozenset({"a:1", "c:1"}), frozenset({"b:1"}), frozenset({"d:1", "e:1"})}


def test_attach_nominals_a_description_of_another_kind_of_the_noun_stays_open() -> None:
    # the body was called "Velmor's security service"; "the Velmoran emergency service" is another service,
    # while "the Velmoran security service" (a people's word for the owner) is the same one
    body = Entity("ent:s", "VSS", "ORG",
                  mentions=(Span("a", 0, 3, "VSS"), Span("a", 5, 31, "Velmor's security service")))
    a = ArticleAnalysis("a", "h", mentions=(Mention("a", 0, 3, "VSS", "ORG", chain="a:c0"),),
                        extras={"nominal_nouns": {"a:c0": ["service"]}})
    b = ArticleAnalysis("b", "h", extras={"open_nominals": [
        {**_open(4, "the Velmoran emergency service", "service", False), "mods": ["velmoran", "emergency"]},
        {**_open(40, "the security service", "service", False), "mods": ["security"]}]})
    out = attach_nominals([body], [a, b])
    assert [s.text for s in out[0].mentions if s.article == "b"] == ["the security service"]


def test_a_groups_name_in_the_plural_read_as_a_person_joins_the_group() -> None:
    units = [_unit("a:1", "PERSON", "Velmoris"), _unit("b:1", "ORG", "Velmori"),
             _unit("c:1", "PERSON", "Tarens"), _unit("d:1", "PERSON", "Taren")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"})}


def test_a_place_said_with_its_peoples_word_in_front_is_the_place() -> None:
    units = [_unit("a:1", "GPE", "Norwegian Velmor Fjord"), _unit("b:1", "GPE", "Velmor Fjord"),
             _unit("c:1", "GPE", "Norwegian Sarnia"), _unit("d:1", "GPE", "Sarnia")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"})}


def test_an_undefined_acronym_two_names_of_the_story_spell_links_by_initials_to_neither() -> None:
    corpus = Corpus()
    corpus.long_names = {"Velmor Trade Union", "Sarn Harbour", "Sarn Highway"}
    units = [_unit("a:1", "ORG", "Velmor Trade Union"), _unit("b:1", "ORG", "VTU"),
             _unit("c:1", "GPE", "Sarn Harbour"), _unit("d:1", "ORG", "SH"), _unit("e:1", "FAC", "Sarn Highway")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"}),
                                      frozenset({"e:1"})}


def test_a_state_named_by_its_news_abbreviation_is_the_state() -> None:
    units = [_unit("a:1", "GPE", "Virginia"), _unit("b:1", "GPE", "Va."), _unit("c:1", "GPE", "West Virginia"),
             _unit("d:1", "PERSON", "Mo"), _unit("e:1", "GPE", "Missouri")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"}), frozenset({"e:1"})}


def test_a_body_owned_by_a_country_code_is_the_body_named_the_other_way() -> None:
    units = [_unit("a:1", "ORG", "U.S. Velmor Department"), _unit("b:1", "ORG", "Department of Velmor"),
             _unit("c:1", "ORG", "U.K. Velmor Department")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_a_police_force_named_with_department_or_service_is_the_force() -> None:
    units = [_unit("a:1", "ORG", "Greater Velmor Police"), _unit("b:1", "ORG", "Greater Velmor Police Department"),
             _unit("c:1", "ORG", "Sarn Police Service"), _unit("d:1", "ORG", "Tarvin Police")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"})}


def test_a_place_is_never_the_exchange_named_after_it() -> None:
    units = [_unit("a:1", "GPE", "Velmor City"), _unit("b:1", "ORG", "Velmor City Mercantile Exchange"),
             _unit("c:1", "GPE", "Velmor City")]
    assert _groups(units) == {frozenset({"a:1", "c:1"}), frozenset({"b:1"})}


def test_a_saints_facility_named_alone_joins_its_church_and_another_saint_stays_apart() -> None:
    units = [_unit("a:1", "FAC", "St Orvan's Church"), _unit("b:1", "FAC", "St Orvan"),
             _unit("c:1", "FAC", "St Tesk")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert frozenset({"c:1"}) in groups


def test_a_long_group_name_in_another_word_order_joins_the_entity_holding_it_beside_its_alias() -> None:
    # "Family Federation for X" and "Federation of Families for X": one body, its words in another order; the
    # article that gave the first also called it "the Varnesk Church" (an alias), which no longer keeps them apart
    units = [_unit("a:1", "FAC", "Varnesk Church", "Varnesk Church", "Family Federation for Tolmar Peace and Varnesk"),
             _unit("b:1", "ORG", "Federation of Families for Tolmar Peace and Varnesk"),
             _unit("c:1", "ORG", "Tolmar Peace Council")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert frozenset({"c:1"}) in groups
    # a short name in another order is another body ("Bank of Tolmar" / "Tolmar Bank")
    assert name_link(_unit("d:1", "ORG", "Bank of Tolmar"), _unit("e:1", "ORG", "Tolmar Bank"), Corpus()) == 0


def test_a_name_written_surname_first_in_some_outlets_and_last_in_others_is_one_person() -> None:
    vote = {"Electoral Commission", "Varnesk", "Delmarra"}
    # two outlets write "Tisal Orvan", three "Orvan Tisal"; one article writes both (one person: its outlet's own
    # order and the wire's)
    specs = [("a:1", "PERSON", "Tisal Orvan", 2, vote), ("b:1", "PERSON", "Tisal Orvan", 1, vote),
             ("c:1", "PERSON", "Orvan Tisal", 3, vote), ("d:1", "PERSON", "Orvan Tisal", 2, vote),
             ("a:2", "PERSON", "Orvan Tisal", 1, vote)]
    clusters = []
    for key, label, form, n, context in specs:
        u = Unit(key=key, article=key.split(":")[0], forms=Counter({form: n}), votes=Counter({label: n}),
                 context={folded_key(c) for c in context})
        clusters.append(Cluster([u], Counter(u.forms), Counter(u.votes)))
    clusters[0].absorb(clusters.pop(1))
    for c in clusters[2:]:
        clusters[1].absorb(c)
    clusters = clusters[:2]
    for c in clusters:
        c.flatten()
    joined = join_spelling_variants(clusters, Corpus(), {})
    assert len(joined) == 1
    # each unit once, the names counted once
    assert sorted(u.key for u in joined[0].units) == ["a:1", "a:2", "b:1", "c:1", "d:1"]
    assert joined[0].forms == Counter({"Orvan Tisal": 6, "Tisal Orvan": 3})


def test_a_bare_surname_beside_a_name_in_both_orders_is_not_ambiguous() -> None:
    units = [_unit("a:1", "PERSON", "Tisal Orvan"), _unit("b:1", "PERSON", "Orvan Tisal"),
             _unit("c:1", "PERSON", "Tisal")]
    links = resolve_short_forms(units, link_pairs(units, Corpus()), Corpus())
    assert any({i, j} == {1, 2} for i, j, _ in links) or any({i, j} == {0, 2} for i, j, _ in links)


def test_a_surname_with_its_vowels_written_otherwise_joins_beside_one_shared_name() -> None:
    blast = {"Colvan", "Dorvan Church"}
    specs = [("a:1", "PERSON", "Ruvan Dissawardene", 1, blast | {"Tolmar", "Velmor Police", "Ana Kesh"}),
             ("b:1", "PERSON", "Ruvan Dissawardan", 2, {"Colvan", "Sarn", "Estmark", "Ilka Varn", "Marl"}),
             ("c:1", "PERSON", "Olga Varnekova", 1, blast), ("d:1", "PERSON", "Olga Varnekov", 1, blast)]
    assert _variant_clusters(specs) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"})}


def test_a_group_named_with_the_arabic_article_apart_or_joined_is_one_group() -> None:
    units = [_unit("a:1", "ORG", "Al-Sharqaan"), _unit("b:1", "ORG", "Al Sharqan"),
             _unit("d:1", "ORG", "Sharqan Airways")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert frozenset({"d:1"}) in groups
    assert group_core("Al Sharqan") == "sharqan"
    assert group_core("Al Dresk") == "dresk" and group_core("Al") == "al"


class _CountingSource:
    """A store's mention lists in memory, counting the entities read whole."""

    def __init__(self, mentions: dict[str, tuple[Span, ...]]) -> None:
        self.mentions, self.read = mentions, []

    def load(self, entity: StoredEntity) -> None:
        self.load_many([entity])

    def load_many(self, entities: Collection[StoredEntity]) -> None:
        for e in entities:
            self.read.append(e.id)
            e.fill(self.mentions[e.id], ())

    def spans(self, articles: Collection[str]) -> dict[str, list[tuple[str, int, int]]]:
        return {eid: [(s.article, s.start, s.end) for s in ms if s.article in articles]
                for eid, ms in self.mentions.items()}


def test_attach_nominals_reads_another_kind_of_stored_entities_only_until_two_fit() -> None:
    # four stored services were given the noun; "the security service" fits several whatever the rest are: it
    # stays open, and no more of them are read whole than it takes to know that two fit
    names = ("Velmor Post", "Tarsk Rail", "Orlan Water", "Eskar Transit")
    spans = {f"ent:{k}": (Span("a", k * 30, k * 30 + len(n), n),) for k, n in enumerate(names)}
    source = _CountingSource(spans)
    whole = [Entity(eid, ms[0].text, "ORG", aliases={ms[0].text: 1}) for eid, ms in spans.items()]
    stored = [StoredEntity.unread(source, **{f.name: getattr(e, f.name) for f in dataclasses.fields(Entity)
                                              if f.name not in ("mentions", "metonymy")}) for e in whole]
    a = ArticleAnalysis("a", "h", mentions=tuple(Mention("a", s.start, s.end, s.text, "ORG", chain=f"a:c{k}")
                                                 for k, (s,) in enumerate(spans.values())),
                        extras={"nominal_nouns": {f"a:c{k}": ["service"] for k in range(len(names))}})
    b = ArticleAnalysis("b", "h", extras={"open_nominals": [
        {**_open(4, "the security service", "service", False), "mods": ["security"]}]})
    out = attach_nominals(stored, [a, b])
    assert len(source.read) == 2
    assert all(s.article == "a" for e in out for s in e.mentions)  # several fit: it stays open


def test_a_surname_alone_goes_to_the_one_of_a_family_the_story_calls_so() -> None:
    # a president named "Varn" alone in most reports, his late father always in full: a report that says only
    # "President Varn" means the son
    units = [_unit("a:1", "PERSON", "Sikandar Varn", "Varn"), _unit("b:1", "PERSON", "Sikandar Varn", "Varn"),
             _unit("b:2", "PERSON", "Zafar Varn"), _unit("c:1", "PERSON", "Zafar Varn"),
             _unit("d:1", "PERSON", "Varn")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1", "d:1"}) in groups and frozenset({"b:2", "c:1"}) in groups
    # the story calls both so: the bare name stays open
    both = [*units[:3], _unit("c:1", "PERSON", "Zafar Varn", "Varn"), _unit("d:1", "PERSON", "Varn")]
    assert frozenset({"d:1"}) in _groups(both)
    # one article calling him so is too little to say whom the bare name means
    once = [_unit("a:1", "PERSON", "Sikandar Varn", "Varn"), _unit("b:1", "PERSON", "Sikandar Varn"),
            _unit("b:2", "PERSON", "Zafar Varn"), _unit("d:1", "PERSON", "Varn")]
    assert frozenset({"d:1"}) in _groups(once)


def test_a_name_with_its_surname_cut_to_initials_joins_its_full_form_whatever_the_tag() -> None:
    # a prosecutor's press release cuts a suspect's surname to its initials; the tagger read both as a body
    units = [_unit("a:1", "ORG", "Orlan v D"), _unit("b:1", "ORG", "Orlan von Dresk"),
             _unit("c:1", "ORG", "Orlan v T"), _unit("d:1", "ORG", "Velmora v D Bank")]
    groups = _groups(units)
    assert frozenset({"a:1", "b:1"}) in groups
    assert frozenset({"c:1"}) in groups and frozenset({"d:1"}) in groups


def test_a_full_name_read_as_a_place_in_its_one_article_joins_the_person_of_that_name() -> None:
    # "the head of the city Boris Valchenko": his one mention there tagged a place, a variant of his name
    corpus = Corpus(places={folded_key("Boris Valchenko"), folded_key("Dorvan Velchenko")})
    units = [_unit("a:1", "PERSON", "Borys Valchenko"), _unit("b:1", "GPE", "Boris Valchenko"),
             _unit("c:1", "PERSON", "Dorvan Valchenko"), _unit("d:1", "GPE", "Dorvan Velchenko")]
    groups = _groups(units, corpus)
    assert frozenset({"a:1", "b:1"}) in groups
    # no given name opens it: the corpus's place reading stands
    assert frozenset({"c:1"}) in groups and frozenset({"d:1"}) in groups


def test_cluster_an_organization_said_without_its_kind_word() -> None:
    corpus = Corpus(demonyms={"dorvanian"})
    units = [_unit("a:1", "ORG", "Velmar Research"), _unit("b:1", "ORG", "Velmar"),
             _unit("c:1", "ORG", "Tarsk Agency"), _unit("d:1", "ORG", "Tarsk"),
             _unit("e:1", "NORP", "Dorvanian"), _unit("f:1", "ORG", "Dorvanian Agency")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1"}), frozenset({"c:1", "d:1"}), frozenset({"e:1"}),
                                      frozenset({"f:1"})}  # a people's word is no short form of a body
    # a short form two organizations fit joins neither
    units = [_unit("a:1", "ORG", "Velmar Research"), _unit("b:1", "ORG", "Velmar Capital"),
             _unit("c:1", "ORG", "Velmar")]
    assert _groups(units) == {frozenset({"a:1"}), frozenset({"b:1"}), frozenset({"c:1"})}


def test_cluster_an_outlets_web_edition_is_the_outlet() -> None:
    units = [_unit("a:1", "ORG", "Tagesblick Online"), _unit("b:1", "ORG", "Tagesblick")]
    assert _groups(units) == {frozenset({"a:1", "b:1"})}


def test_cluster_an_undefined_word_prefix_acronym_joins_its_name() -> None:
    units = [_unit("a:1", "ORG", "Velmor Command"), _unit("b:1", "ORG", "VELCOM"), _unit("c:1", "ORG", "VELM")]
    assert _groups(units) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}  # four letters spell too much


def test_cluster_a_ministry_of_public_health_is_the_health_ministry() -> None:
    corpus = Corpus(demonyms={"dorvanian"})
    units = [_unit("a:1", "ORG", "Dorvanian Health Ministry"), _unit("b:1", "ORG", "Ministry of Public Health"),
             _unit("c:1", "ORG", "Interior Ministry")]
    assert _groups(units, corpus) == {frozenset({"a:1", "b:1"}), frozenset({"c:1"})}


def test_join_city_facilities_a_citys_airport_is_the_one_the_story_puts_in_the_city() -> None:
    corpus = Corpus(places={"lerin", "tarsk"})
    units = [_unit("a:1", "FAC", "Orlan Vesk International Airport"),
             _unit("b:1", "FAC", "Lerin International Airport"), _unit("c:1", "FAC", "Tarsk Airport"),
             _unit("d:1", "FAC", "Mira Dall Airport"), _unit("e:1", "FAC", "Sarn Airport")]
    units[0].located = {"lerin"}
    units[3].located = units[4].located = {"tarsk"}
    clusters = join_city_facilities(cluster_units(units, corpus), corpus)
    # two airports put in Tarsk: the city's name alone says neither
    assert {frozenset(u.key for u in c.units) for c in clusters} == {
        frozenset({"a:1", "b:1"}), frozenset({"c:1"}), frozenset({"d:1"}), frozenset({"e:1"})}


def test_units_of_a_facility_said_to_lie_in_a_city() -> None:
    text = "Guns fired at Orlan Vesk Airport in Lerin. Tarsk's Mira Dall Airport shut. Sarn Airport in Kelvo's north."
    mentions = [Mention("a1", text.index(n), text.index(n) + len(n), n, "FAC", chain=f"a1:c{k}")
                for k, n in enumerate(("Orlan Vesk Airport", "Mira Dall Airport", "Sarn Airport"))]
    analysis = ArticleAnalysis(article="a1", config_hash="t", mentions=tuple(mentions))
    assert [u.located for u in units_of(analysis, text)] == [{"lerin"}, {"tarsk"}, set()]


def test_name_link_a_one_word_thing_joins_a_persons_last_name_only_spelled_as_it() -> None:
    person = _unit("a:1", "PERSON", "Marisol al-Vara")
    assert name_link(person, _unit("b:1", "ORG", "Vauria"), Corpus()) == 0  # an airline's name, close in skeleton
    assert name_link(person, _unit("c:1", "ORG", "Vara"), Corpus()) > 0  # her surname read as a body's name
    assert name_link(_unit("d:1", "PERSON", "Ana Dávesk"), _unit("e:1", "FAC", "Davesk"), Corpus()) > 0


def test_entity_type_a_peoples_word_read_as_a_body_is_a_people() -> None:
    assert entity_type("Druze", Counter({"ORG": 5, "FAC": 3, "PERSON": 1})) == "NORP"
    assert entity_type("Uzbek", Counter({"ORG": 7, "PERSON": 1})) == "NORP"
    assert entity_type("Republicans", Counter({"ORG": 4})) == "ORG"  # a creed's word may be a party's


def test_entity_type_a_squares_name_is_a_site() -> None:
    assert entity_type("Place de la Vestre", Counter({"ORG": 2})) == "FAC"
    assert entity_type("Plaza Orvana", Counter({"PERSON": 2})) == "FAC"
    assert entity_type("Place Holdings", Counter({"ORG": 2})) == "ORG"  # "Place" is an English word too


def test_full_names_one_slip_apart_are_not_kept_apart() -> None:
    def apart(a: str, b: str) -> str | None:
        return _forms_apart(a, b, "PERSON", "PERSON", Corpus())
    # one inner letter left out, read beside the other spellings of the name ("Shehvaz" / "Shahvaz")
    assert apart("Shevaz Orlan", "Shahvaz Orlan") is None
    assert apart("Kelbaz Orlan", "Kahlbaz Orlan") is None
    assert apart("Alvam Dorvesk", "Avlam Dorvesk") is None  # two neighbouring letters swapped in five letters
    assert apart("Marian Dorvesk", "Mariana Dorvesk") == "different full names"  # the last letter differs
    assert apart("Tevaz Orlan", "Tahvaz Orlan") == "different full names"  # a letter dropped and a vowel changed


def test_name_link_an_outlets_name_with_and_without_news_before_its_kind() -> None:
    def link(a: str, b: str) -> float:
        return name_link(_unit("x:1", "ORG", a), _unit("y:1", "ORG", b), Corpus())
    assert link("Tarvesh Agency", "Tarvesh News Agency") > 0
    assert link("Tarvesh Service", "Tarvesh News Service") > 0
    assert link("Tarvesh Agency", "Tarvesh Press Agency") == 0


def test_a_generic_body_of_one_incident_stays_apart_from_another_places_body() -> None:
    guard = _unit("a:1", "ORG", "National Guard")
    guard.context = {"tarvin", "velmora"}
    named = _unit("b:1", "ORG", "Orvanian National Guard")
    named.context = {"orvania", "lake sorn"}
    apart = Corpus(demonyms={"orvanian"}, incidents={"a": "unrest", "b": "wildfire"})
    assert _groups([guard, named], apart) == {frozenset({"a:1"}), frozenset({"b:1"})}
    # one incident, or incidents unknown: the short form is the qualified body's
    assert len(_groups([guard, named], Corpus(demonyms={"orvanian"}))) == 1
    assert len(_groups([guard, named], Corpus(demonyms={"orvanian"}, incidents={"a": "x", "b": "x"}))) == 1
    # the generic body's own article names the place: the same body, told again
    guard.context = {"tarvin", "orvania"}
    assert len(_groups([guard, named], apart)) == 1


def test_entity_type_a_body_of_states_read_as_a_place_is_an_organization() -> None:
    assert entity_type("Economic Community of Southern Velmor States", Counter({"GPE": 4})) == "ORG"
    assert entity_type("League of Orvanian Nations", Counter({"GPE": 2, "ORG": 1})) == "ORG"
    assert entity_type("OSCE", Counter({"GPE": 3})) == "ORG"  # the bodies lexicon's acronym
    assert entity_type("Federated States of Velmora", Counter({"GPE": 3})) == "GPE"  # a country
    assert entity_type("United States", Counter({"GPE": 3})) == "GPE"


def test_a_surname_read_as_a_place_once_joins_the_person_the_corpus_names_more_often() -> None:
    units = [_unit("a:1", "PERSON", "Ilan Dresk"), _unit("b:1", "GPE", "Dresk")]
    # "the Dresk administration" read as a place in one article, its only mention: a place by the votes alone
    once = Corpus(places={"dresk"}, place_votes=Counter({"dresk": 1}), surnames=Counter({"dresk": 4}))
    assert _groups(units, once) == {frozenset({"a:1", "b:1"})}
    placed = Corpus(places={"dresk"}, place_votes=Counter({"dresk": 6}), surnames=Counter({"dresk": 1}))
    assert len(_groups(units, placed)) == 2  # a town the story names often, beside a man of its name


def test_name_link_an_armed_groups_name_with_and_without_its_generic_noun() -> None:
    def link(a: str, b: str) -> float:
        return name_link(_unit("x:1", "ORG", a), _unit("y:1", "ORG", b), Corpus())
    assert link("Vorsk", "Vorsk militia") > 0
    assert link("Vorsk", "Vorsk PMC") > 0
    assert link("Vorsk", "Vorsk private military company") > 0
    assert link("Vorsk", "Vorsk private security company") == 0  # another body's words


def _tie_unit(article: str, label: str, placed: int = 0) -> Unit:
    m = Mention(article, 0, 8, "Tarnovka", label, source="spacy")
    return Unit(key=f"{article}:c0", article=article, mentions=[m], forms=Counter({"Tarnovka": 1}),
                votes=Counter({label: 1}), placed=placed)


def test_build_entity_a_tie_between_a_persons_and_a_places_reading_goes_to_the_place_where_it_is_placed() -> None:
    # one article read the name as a person's, one as a town's, and one put it after "in": the town
    units = [_tie_unit("a1", "PERSON"), _tie_unit("a2", "GPE", placed=1)]
    assert build_entity(Cluster(units), {}, set()).type == "GPE"
    # no article used it as a place: the votes' tie stays as it was read
    assert build_entity(Cluster([_tie_unit("a1", "PERSON"), _tie_unit("a2", "GPE")]), {}, set()).type == "PERSON"
    # more read it as a person's: a person
    more = [_tie_unit("a1", "PERSON"), _tie_unit("a3", "PERSON"), _tie_unit("a2", "GPE", placed=1)]
    assert build_entity(Cluster(more), {}, set()).type == "PERSON"
    # every vote a place's, the given-name prior makes it a person: no tie for the place rule to break
    m = Mention("a1", 0, 11, "Marta Dresk", "GPE", source="spacy")
    u = Unit(key="a1:c0", article="a1", mentions=[m], forms=Counter({"Marta Dresk": 1}), votes=Counter({"GPE": 2}),
             placed=1)
    assert build_entity(Cluster([u]), {}, set()).type == "PERSON"


def test_name_link_one_armed_group_with_each_outlets_generic_noun() -> None:
    def link(a: str, b: str, corpus: Corpus | None = None) -> float:
        return name_link(_unit("x:1", "ORG", a), _unit("y:1", "ORG", b), corpus or Corpus())
    assert link("Vorsk Group", "Vorsk militia") > 0
    assert link("Vorsk PMC", "Vorsk Group") > 0
    assert link("Vorsk Group", "Vorsk Holdings") == 0  # no armed group's noun: two companies may be so named
    assert link("Vorsk militia", "Vorsk Group", Corpus(places={"vorsk"})) == 0  # two groups of the place Vorsk


def test_entity_type_a_place_name_opener_before_a_place_is_no_given_name() -> None:
    places = Corpus(places={folded_key("Velmorka")})
    # "Nova" is a given name, but before a name the corpus reads as a town it opens the new town's name
    assert entity_type("Nova Velmorka", Counter({"GPE": 2, "PERSON": 1}), places) == "GPE"
    assert entity_type("Nova Velmorka", Counter({"GPE": 2, "PERSON": 1}), Corpus()) == "PERSON"
    assert entity_type("Nova Dresk", Counter({"GPE": 2, "PERSON": 1}), places) == "PERSON"


def test_an_armed_groups_names_with_each_outlets_generic_noun_and_alone_make_one_entity() -> None:
    units = [_unit("a:1", "ORG", "Vorsk", "Vorsk"), _unit("b:1", "ORG", "Vorsk Group"),
             _unit("c:1", "ORG", "Vorsk militia"), _unit("d:1", "ORG", "Vorsk PMC")]
    assert _groups(units) == {frozenset({"a:1", "b:1", "c:1", "d:1"})}
