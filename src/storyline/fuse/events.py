"""Fusion step "events": one event per real-world incident, however many outlets tell it and for how long.

An analyst thinks in incidents: one bombing, one visit, one resignation. This
step clusters event mentions into incidents in two passes.

**Within an article** mentions are read in text order. A fragment (the
incident named again without anything of its own: "the attack", "the blast",
"Sunday's bombing" with no date of its own, "killed" with no place or
participants) joins the incident the article is telling at that point (the
last compatible one; the next one when none came before); for violence, the
article's lead incident (what its headline and first sentences tell as news,
:func:`_lead_info`) before one it recalls or names in passing since
(:func:`_recalled`: told as background, dated long before, or hung below such
an older act: "was assassinated four years ago in a drone attack";
:func:`_in_passing`: nouns deep in another act's arguments, "amid tensions
over the killing of a commander"), unless the fragment's own sentence tells
that one too or it names that one's way of attacking ("the bombing"). A main
act told as news ("warplanes bombed the bases") joins no incident named only
in passing but on something of its own (a place, a day, a toll). Another mention
joins an incident of the article when the evidence below reaches
``WITHIN_DOC`` (same sentence counts a lot); an indefinite "a blast" after the
article has told one needs more, and one marked as another incident ("a
second attack", "in a separate attack") never joins an earlier one. Two acts one sentence sets in order
("Air strike comes after twin bombing", "a week after the attack, troops raided the camp", "the deadliest attack
since the 2027 bombing": :func:`order_links`, ``lexicons.ordering``) are never one incident, whatever else they
share; their pieces count as kept apart across articles too (:func:`parallel_pieces`, :func:`incidents`), and an
incident so ordered teaches no places as near (:func:`learn_places`).

**Across articles** article-level incidents are merged by agglomerative
clustering with cannot-links, best-scoring pair first, the scores of a merged
cluster recomputed from its pooled features, while the score reaches
``CROSS_DOC``, articles' main incidents (``Info.lead``) among themselves first,
then everything (an aside that joined first would keep its article's own
telling of the incident out: shared articles are a hard stop); a report that
leads with an incident and gives no day tells the latest one it fits
(:meth:`_Agglomerator.later_incident`), not the first dated one it meets; then the asides
left alone join the one main incident each can be (:meth:`_Agglomerator.asides`); an aside with nothing of
its own (:func:`_bare`) joins no other aside before that, but on something specific to both. A person is
killed once: killings and shootings that name one victim (``DEADLY_SUBTYPES``)
are not set apart by the months between a report and the stated date; nor is an act a report published long after
names again in passing (undated, in no article's lead) with the same persons, sides or count of people taken
(:func:`_recalled_later`: "her boyfriend was arrested days later" in a trial's coverage a year on).
Candidates share a block key: the type with the story cluster
(``ctx.story.stories``, when the stories step ran before), or the type with a
place (and the places that place lies in, countries too), a participant, a
stated day or date, or the week it was reported as news in, so that an
incident told in two story clusters still meets. Signature (type, place, date interval, story) is
what makes a key, so an incremental run can block new mentions against
stored events the same way.

**One incident told as several kinds** (:func:`incidents`): pieces that all
tell violence against people (any assault, force used on a crowd, a riot, a
death, a site taken by force) are joined after that when no hard stop below parts them (the pieces
both told as news and as happened, dates meeting, places compatible) and
something ties them: a shared or next sentence, both an article's lead, a
participant, a local place on a stated day, or a death toll.

**One operation** (:func:`operations`): a raid and the arrest it was carried out to make, told by outlets both ways
("security forces stormed the embassy to arrest X", "X was arrested during a raid"), are one event when a sentence
ties them so (:func:`operation_links`) and their days and places agree; it is typed as the arrest.

Two incidents of violence that share articles (each article split its telling between them) are joined when their
articles kept them apart for lack of evidence only (:func:`parallel_pieces`); incidents told in many articles are
judged there on their cores (:func:`core`: without what fewer than a quarter of their articles say), so that one
outlet's misread year does not part the twenty articles that agree.

**One departure told by both sides** (:func:`departures`): an expulsion of diplomats and the withdrawal
or recall of the same diplomats by the state they serve (the sides mirror each other) are one event, the
expulsion, when nothing stops one incident and their reports lie within ``DEPARTURE_DAYS``.

**One sitting of a court told as several acts** (:func:`court_sittings`): a charge, a hearing and a remand in
custody (``ontology.COURT_STEPS``) that one court gives on one day to the same people are one event, named as most of
its mentions tell it, when one sentence tells both, they name the same persons or count of people, or
across articles the evidence of one act holds with something only that sitting has (its town, its day); a sitting
stated on a day after the other telling's first report, or told more than ``SITTING_DAYS`` from it, is another. A
charge is a step of a sitting only when a court is named as its doer and nothing else is (:func:`_by_court`): the
police's charge, days before the court first sits, stays an event of its own.

**One arrest at the scene** (:func:`scene_arrests`): the arrest each outlet tells in a clause beside the attack
it reports ("the assailant was detained", "police detained a man") is one event when the arrests are told with
the same incident of violence (in its sentence, or in an article that leads with it), stated for a day, and first
reported within ``SCENE_DAYS`` of it, with no hard stop, other persons or other count of people between them.

**Hard stops** (never one incident, however similar the sentences):
different types; a campaign ("the offensive", "the war": :func:`_campaign`) and
one incident; an undated attack a report tells as its news (:func:`_fresh`)
and one the text dates before the days that news can be of; sub-types where neither is an instance of the other, for
political types and disasters (``ontology.subtypes_compatible``: a flood is
never an earthquake; for violence a mismatch is only evidence against);
realis vs. expected/planned/hypothetical (a demand is not its execution);
negated vs. not (a mention its text dates after its own report was foreseen:
:func:`_told_class`); an assault by the state's forces and one by non-state armed
men (:func:`_sides_apart`: the raid that ended a siege is not the attack that began
it, nor the forces shooting the attackers their attack); dates stated by the text whose intervals miss each other by
more than a night (``NIGHT``; "2023-02" and "2023-02-22" meet; a date told for
an incident's Nth day spans the days before it, ``NTH_DAY``); a stated date
more than a night after another mention's report date (an event cannot follow
its report); protests stated on days that do not meet (``DAY_TYPES``: no night's slack for a crowd); acts
done to other persons (:func:`_other_patients`: the arrest, charge or resignation of one person is not
another's); main places (:func:`_main_places`) that cannot hold one event
(:mod:`storyline.fuse.places`; a place one mention of a short telling gives is a stray when the two share a
local place and the pooled mentions' main places hold one event, :func:`places_fit`); a directed event whose
actors, or targets, are of other countries (:func:`_other_sides`: A expels B's diplomat is not B
expels A's); two meetings of one person with other people (:func:`_other_counterparts`:
a minister who met his counterpart and then the president held two
meetings); a trip and a meeting held on it that names someone the trip does not (:func:`_trip_and_meeting`:
across articles, and within an article when the traveller met several people in a few days,
:func:`_busy_people`; a trip with one meeting is joined to it at the end, :func:`trip_meetings`); within
an article, plain death tolls that disagree with no
revision between them; clusters that share an article (one article's separate
incidents stay separate).

**Evidence** (added up): places compatible +2.0 (+0.5 the same); dates: both
stated and overlapping +0.5 (+1.0 the same day), a stated date and a report
date within 3 days +0.5, report dates within 2 days +0.3, farther apart a
penalty growing with the gap (two visits reported months apart are two);
shared participant entities +1.5 (+0.5 each more, up to +2.5); casualty
figures consistent +0.5 (identical +1.0); the same specific sub-type +0.5; the
same trigger word +0.5; the same story +1.0 (different stories -0.5); the
same countries on the same sides of a directed event +1.5; a sub-type a story
seldom holds twice (not ``RECURRING_SUBTYPES``) shared in one story +1.0;
MiniLM cosine of the trigger sentences 4 * (cos - 0.55) when
``use_embeddings``.

**The event** takes: the most specific sub-type its mentions support; the
date stated by the text (the most specific value consistent with the other
stated ones, ``basis="stated"``), else its earliest report date with
``basis="reported"`` and ``mod="ON_OR_BEFORE"``; the most specific place
(the one lying inside the others); the union of participants; casualty
reports and headline figures chosen by :mod:`storyline.fuse.tolls`; the
strongest modality of its own mentions. Disagreements stay visible in
``Event.conflicts`` with the competing values and their articles.

``ctx.state["events.mention_event"]`` maps every fused event mention id to
its Event id, for later steps (claims linking, corroboration).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

import numpy as np

from storyline.analyze.claims.cues import PATRON
from storyline.analyze.embed import CloseCallEncoder
from storyline.analyze.events.arguments import TOPIC_NOUNS, WORD_TYPES
from storyline.analyze.events.ontology import (
    COURT_STEPS,
    MODE,
    MODIFIER_SUBTYPE,
    PARENT,
    RESULT_SUBTYPES,
    plover_of,
    related,
    specificity,
    subtypes_compatible,
)
from storyline.analyze.names.headlines import singular
from storyline.fuse import FuseContext, fuse_step, open_dates, tolls
from storyline.fuse.doc_clusters import doc_clusters
from storyline.fuse.places import (
    OWNS_NON_PLACE,
    PLACE_BEFORE,
    PLACE_LABELS,
    PLACE_TYPES,
    REGION_NAME,
    ROAD_NAME,
    SET_IN,
    PlaceGraph,
    PlaceMention,
    bloc_name,
    build_graph,
    capital_country,
    country_code,
    demonym,
    is_country_name,
    nation_of,
    province_country,
    spanned_places,
)
from storyline.lexicons import calendar_words
from storyline.lexicons.calendar_words import ORDINALS
from storyline.lexicons.courts import COURT_HEADS
from storyline.lexicons.custody import CAPTIVE_HEADS, CUSTODY_AFTER
from storyline.lexicons.numbers import NUMBER_WORDS
from storyline.lexicons.ordering import (
    AFTER_CONNECTIVES,
    CLAUSE_WORDS,
    DAY_GAP_UNITS,
    DURING_WORDS,
    ENDING_WORDS,
    GAP_COUNTS,
    GAP_UNITS,
    HABIT_WORDS,
    LATER_WORDS,
    NOUN_PHRASE_WORDS,
    OPENING_WORDS,
    OPERATION_WORDS,
    OTHER_PLACE_NOUNS,
    PRECEDE_WORDS,
    PURPOSE_MARKERS,
    SERIES_BEFORE,
    SERIES_CLAUSE_WORDS,
    SERIES_WINDOW,
    SHORT_GAP_UNITS,
    SUPERLATIVE,
)
from storyline.lexicons.peoples import peoples_word
from storyline.lexicons.pronouns import GROUP, PERSON
from storyline.lexicons.stopwords import STOPWORDS
from storyline.lexicons.titles import DIPLOMATS
from storyline.lexicons.violence import (
    ASSAILANT_FORCE_MODIFIERS,
    ASSAILANT_HEADS,
    CAMPAIGN_NOUNS,
    EXPLOSION_WORDS,
    FORCE_HEADS,
    POLICE_HEADS,
    STATE_FORCE_HEADS,
    STATE_FORCE_MODIFIERS,
)
from storyline.model import (
    ArticleAnalysis,
    Event,
    EventMention,
    Mention,
    Participant,
    Span,
    TimeValue,
    ValueReport,
    span_source,
)
from storyline.timevalues import granularity_of, interval_strings, overlaps, value_interval

STATE_KEY = "events.mention_event"
CLUSTERS_KEY = "events.clusters"  # [(Cluster, the Event built from it)], for later steps that regroup them
#: state key an incremental run sets: mention id -> its stored event, for the mentions of articles outside the
#: re-fused scope (:func:`storyline.fuse.incremental.edge`); each such incident enters whole (:func:`stored_pieces`)
STORED_KEY = "events.stored"
#: a stored incident told in this many articles outside an incremental run's scope enters it whole
WHOLE_AT = 5
WITHIN_DOC = 0.5  # within an article, for a mention that contrasts with nothing of the incident
INDEFINITE_EXTRA = 1.0  # "a blast" after the article has told one: more evidence needed to join it
CROSS_DOC = 2.5
#: evidence of two pieces told in the articles of one incident, or only in the articles of other incidents
#: (fuse/doc_clusters.py)
DOC_SAME, DOC_APART = 0.0, -2.0
#: :func:`core` and :func:`parallel_pieces`: a feature (a stated date, a place, a way of telling, a sub-type) given
#: in fewer than ``CORE_SHARE`` of a cluster's articles is a stray, in clusters told in ``CORE_ARTICLES`` articles
#: or more; two pieces that share articles are parted when ``KEPT_APART_SHARE`` of those articles (at least one)
#: kept them apart for a reason; a join made on the cores leaves apart the strays that state a date the incident
#: cannot have (``STRAY_DATES_APART``, :func:`_date_apart`). ECB+ and MEANTIME scores do not move with them. Chosen
#: on the round-32 development pool (nine real multi-outlet stories, 122 articles, 44 gold incidents): only one
#: story's pieces reach this step with strays, so leave-one-story-out cannot tell the values apart (each held-out
#: story scores as before); among the values that give that story its one incident (0.15-0.34 with 0.5, 0.25-0.34
#: with 0.25) the ones nearest the former rule (any article parts them) were taken.
CORE_SHARE = 0.25
CORE_ARTICLES = 3
KEPT_APART_SHARE = 0.25
STRAY_DATES_APART = True
MAX_BLOCK = 400  # a key shared by more article-level incidents than this says nothing (a country, "attack")
IRREALIS = frozenset({"expected", "planned", "hypothetical"})
MODALITY_RANK = ("asserted", "claimed", "alleged", "denied", "expected", "planned", "hypothetical", "negated")
VAGUE_SUBTYPES = frozenset({"attack", "killing", None})
VIOLENT_TYPES = frozenset({"ASSAULT", "DISASTER"})
NIGHT = 1  # stated days this far apart may be one incident (see _meet)
#: a crowd gathers on a day and goes home: a protest stated on one day and one stated on the next are two protests,
#: each its own event, where an overnight attack or flood may be dated to either day (``NIGHT``)
DAY_TYPES = frozenset({"PROTEST"})
STALE_DAYS = 730  # a stated date this long before every report of an undated telling is another incident
OLD_DAYS = 30  # a date this long before a report told as news is another (older) incident
FRESH_DAYS = 3  # an attack a report tells as its news with no date happened this close to it (see _fresh)
#: a date interval this long names a whole year ("in 2017"), not a month or a season (see _older_than_coverage)
YEAR_DAYS = 364
#: how a report tells its own news as happened: asserted, or as the report's sources have it ("reportedly struck")
FRESH_MODALITIES = frozenset({"asserted", "alleged", "claimed"})
#: the types whose bare act a report leads with is its news (see _fresh): an attack, and a court's step (a court
#: case is a run of steps days apart, each told as news when taken: "a judge has extended X's detention" in a
#: report of the 16th is not the order of the 8th that first held X)
FRESH_TYPES = frozenset({"ASSAULT", "JUSTICE"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "poss", "pred"})  # "pred": "it was a blast"
#: types whose actor acts on a target: "A expels B's diplomat" is not "B expels A's diplomat"
DIRECTED_TYPES = frozenset({"SANCTION", "COERCE", "REQUEST", "THREATEN", "ACCUSE", "REJECT", "RETREAT", "AID",
                            "DISAPPROVE", "SUPPORT", "CONCEDE", "RESTRICT"})
#: sub-types a story holds many of (rounds of talks, meetings, attacks): sharing one says little
RECURRING_SUBTYPES = frozenset({"talks", "meeting", "visit", "attack", "killing", "armed_clash", "shooting",
                                "agreement", "promise", "accusation", "responsibility", "demonstration", "arrest",
                                "support", "release", None})
#: acts of saying ("police said": ontology STATEMENT/speech), clustered by the actions step (fuse/actions.py)
SPEECH_SUBTYPES = frozenset({"speech"})
#: types whose content is another event ("agreed that teams would meet"): one content, one of them
CONTENT_TYPES = frozenset({"AGREE"})
#: types whose count of people taken tells incidents apart (see _held)
HELD_TYPES = frozenset({"COERCE"})
#: "troops battled for a fourth day", "as the siege moved into its third day", "the strike entered a second
#: straight day": an incident under way whose Nth day is the date told
NTH_DAY = re.compile(r"\b(?:for|into|in|entered|enters|entering)\s+(?:a|an|its|the|their)\s+(" +
                     "|".join(w for w in ORDINALS if w not in ("first", "1st", "final", "last")) +
                     r"|\d+(?:nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?day\b", re.I)
ORDINAL_BEFORE = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                            r"\s+$", re.I)
RUNNING_TOTAL = re.compile(r"\b(?:in total|in all|altogether|so far|to date|a total of|overall)\b", re.I)
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
SINGLE = re.compile(r"\b(?:a|an|one)\s+$")  # "arrested a man": one person
#: triggers that remove people from a country, and the country they are removed from ("expelled from Chile")
REMOVAL = re.compile(r"(?:expel|expul|deport|banish)", re.I)
EXPELLED_FROM = re.compile(r"\s+(?i:from)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
CASUALTY_VERBS = frozenset({"killed", "died", "dead", "wounded", "injured", "killing", "death", "deaths"})
#: (type, sub-type) pairs besides ASSAULT that tell violence against people: force used on a crowd, a riot, a
#: death or an injury, a site taken by force ("gunmen seized the depot": the raid that took it; see :func:`incidents`)
VIOLENCE = frozenset({("COERCE", "force_against_protest"), ("PROTEST", "violent_demonstration"),
                      ("PROTEST", "protest_with_intervention"), ("LIFE", "death"), ("LIFE", "injury"),
                      ("TAKEOVER", "capture")})
#: which type an incident told as several kinds takes (the most telling first)
TYPE_RANK = ("ASSAULT", "TAKEOVER", "PROTEST", "COERCE", "LIFE", "SANCTION", "RETREAT")
#: sub-types that tell a person's death by violence: one person is killed once, however long after it is told
DEADLY_SUBTYPES = frozenset({"killing", "shooting"})
TRIP_DAYS = 3  # meetings of one person with others this close are held on one trip (see _busy_people)
MIN_TOLL_ANCHOR = 3  # a death toll this high, told for two pieces, ties them (one or two deaths are too common)
#: a toll this high, counted apart from the accident it follows (a crush, a collapse, a fire), is that accident's
#: own (a mass-casualty incident's); a few deaths after a fall or a crash are the persons' own events (ECB+, ACE)
MASS_TOLL = 10

Interval = tuple[dt.date, dt.date]


# --------------------------------------------------------------------------- mention features


@dataclass
class Info:
    """What incident clustering needs to know about one mention."""

    m: EventMention
    place: str | None
    parts: frozenset[str]
    participants: list[Participant]
    stated: Interval | None  # a date attached to the event by the text (a hard constraint)
    soft: Interval | None  # a date elsewhere in its sentence (evidence only)
    before: dt.date | None  # it happened on or before this day (its report, or a reporting verb's date)
    mclass: str
    fragment: bool
    indefinite: bool
    story: str | None
    lead: bool  # in the article's first two sentences, where news tells its main incident
    actor_cc: frozenset[str] = frozenset()  # countries of its actors ("Chile", "Santiago", "the Peruvian government")
    target_cc: frozenset[str] = frozenset()  # countries of its targets ("a Peruvian diplomat")
    held: int | None = None  # how many people an arrest takes ("two men" 2, "a man" or a named person 1)
    ordinal: str | None = None  # "the fourth round", "her first visit": which one of a series it is
    old: bool = False  # told as background, or dated by the text long before its report ("the 2011 revolt")
    victims: frozenset[str] = frozenset()  # the persons a killing or shooting names as struck (see _victims)
    vec: np.ndarray | None = None
    doc: str | None = None  # its article's document cluster (fuse/doc_clusters.py: the articles telling one incident)
    people: frozenset[str] = frozenset()  # the people a meeting, talks or a visit names (its parties: see _people)
    # violence named as a sustained campaign ("the offensive", "the war": see _campaign), or an act told as done many
    # times at once ("seized power in five other countries since 2020": see _series)
    campaign: bool = False
    fresh: bool = False  # an attack its report tells as its own news with no date (see _fresh)
    forces: frozenset[str] = frozenset()  # "state" / "armed": the sides its doers are on (an assault: see _forces)
    armed_struck: bool = False  # a killing or shooting of armed men: the attackers (see _armed_struck)
    published: dt.date | None = None  # its article's publication day (the last day of it, when known)
    patients: frozenset[str] = frozenset()  # the persons an act done to someone names as its patient (_patients)
    named: frozenset[str] = frozenset()  # every entity its sentence names (who else the sentence is about)
    setting: str | None = None  # the place its paragraph or article is set in, when it names none (weaker)
    open: tuple[int, int, str] | None = None  # a month-day its undated article gives no year (see _open_date)
    # in an article with no publication day: a date its sentence gives as a report's ("Norland reported an
    # outbreak in 2028": it happened on or before it), which bounds nothing else (see _dates), and the first
    # publication day of its story's dated articles, when its coverage began (see _coverage_from)
    told: Interval | None = None
    coverage_from: dt.date | None = None
    # the mentions its sentence sets in order with it ("air strikes come after the bombing": two incidents, one
    # before the other; see order_links): never one incident with any of them
    ordered: frozenset[str] = frozenset()
    # the hold a release ends, as its sentence tells it: "custody" (suspects the police arrested, "released without
    # charge") or "captive" (hostages); see _releases
    freed: str | None = None
    # the mentions its sentence tells as one operation with it: a raid and the arrest it was carried out to make
    # ("stormed the embassy to arrest X", "arrested during a raid"; see operation_links)
    operation: frozenset[str] = frozenset()
    # the mentions of its kind its sentence tells a counted gap of days before or after it ("X was arrested, while Y
    # was arrested three days later": see later_links); also in ``ordered``
    later: frozenset[str] = frozenset()
    # named as one before another of its kind ("the previous raids", "a prior arrest": see _prior)
    prior: bool = False
    # for an act about another incident (a claim, an accusation, a vote: see _about): the kinds of the incidents
    # its sentence tells, and the latest day one of them is stated to have happened on (it came on or after it)
    about_types: frozenset[str] = frozenset()
    about_from: dt.date | None = None


@dataclass
class Cluster:
    infos: list[Info]

    @property
    def articles(self) -> set[str]:
        return {i.m.article for i in self.infos}


def _mclass(modality: str) -> str:
    if modality in IRREALIS:
        return "irrealis"
    return "negated" if modality == "negated" else "realis"


def _place(ctx: FuseContext, m: EventMention, types: dict[str, str], names: dict[str, str]) -> str | None:
    """The place entity: the sure location, else the first unsure candidate typed as a place. A common noun the
    model took for a territory ("n't", "200ft", "east": no capital letter) names none: as an event's place it
    would part the incident from every telling that names the town (one taken for a site, "the metro", may
    lie in any town and parts nothing)."""
    cands = ([m.location] if m.location is not None else []) + [p for p in m.participants if p.role == "place?"]
    art = ctx.articles.get(m.article)
    for p in cands:  # the entity decides: a mention the model called a place may be an organization's
        eid = ctx.entity_at(m.article, p.start, p.end)
        name = names.get(eid, "") if eid is not None else ""
        # a name after "in", "near", "at" is a place whatever its spelling says ("near Dovrayan", beside "Dovraya";
        # a town ending in "-ki"), not a demonym
        placed = art is not None and PLACE_BEFORE.search(art.text, max(0, p.start - 12), p.start) is not None
        if _party_of_meeting(m, p, name):
            continue
        if eid is not None and not _kind_agrees(p.text, name):
            # "violence across the country" that coreference joined to the capital, "throughout the country" joined
            # to a product's name: a common noun says which kind of place it is, and a name of another kind is a
            # wrong antecedent; the country that town lies in, when the story names it, is the one meant
            eid = _country_of(name, names, types) if COUNTRY_NOUN.fullmatch(p.text.strip()) else None
            if eid is None:
                continue
            name = names.get(eid, "")
        if calendar_name(name or p.text):
            continue  # "Easter Sunday", "Christmas Day" typed as a place: a day is never where it happened
        if peoples_word(p.text) or peoples_word(name):
            continue  # "a Sikh leader" with "Sikh" typed a facility: a faith's or a people's word is no place
        if bloc_name(name or p.text) or bloc_name(p.text):
            continue  # "appealed to the West", "West and Central Africa" cut short: never where it happened
        if art is not None and PATRON.match(art.text, p.end):
            continue  # "an Orvani-backed drone attack in Sarn", "a Lesk-based group": who backs it, not where
        if art is not None and _listed(ctx, m.article, art.text, p, types):
            continue  # "raids on posts in Sarn, Tolm and Vesk": several places, none of them one incident's
        if eid is not None and types.get(eid, "").upper() in PLACE_TYPES and (placed or not demonym(name, names)) and \
                (not name or types.get(eid, "").upper() != "GPE" or any(ch.isupper() for ch in name)):
            return eid
    return _speaking_state(ctx, m, types, names) if m.type in WORD_TYPES else None


#: a common noun for a country ("the country", "the whole nation"), written without a name
COUNTRY_NOUN = re.compile(r"(?:the|this|that|our|their|its|his|her)\s+(?:(?:whole|entire)\s+)?(?:country|nation)",
                          re.I)
#: a common noun for a town ("the city", "the capital")
TOWN_NOUN = re.compile(r"(?:the|this|that|our|their|its|his|her)\s+(?:city|town|capital|village)", re.I)


def _kind_agrees(text: str, name: str) -> bool:
    """Does the entity a common noun was joined to have the kind of place the noun names: a country for "the
    country", "the nation"; a town, not a country, for "the city", "the capital"? A name is always taken as it is."""
    if COUNTRY_NOUN.fullmatch(text.strip()):
        return not name or is_country_name(name)
    return not name or TOWN_NOUN.fullmatch(text.strip()) is None or not is_country_name(name)


def _country_of(name: str, names: dict[str, str], types: dict[str, str]) -> str | None:
    """The story's place entity of the country a capital or a province lies in ("Lerin" -> the entity of its
    country, when the story names that country); None when none is known."""
    code = nation_of(name) or province_country(name)
    if code is None:
        return None
    return next((eid for eid, n in sorted(names.items()) if types.get(eid, "").upper() in PLACE_TYPES
                 and country_code(n) == code), None)


def _speaking_state(ctx: FuseContext, m: EventMention, types: dict[str, str], names: dict[str, str]) -> str | None:
    """Where an act done in words that its sentence places nowhere was done, when a state does it: the state
    ("Tesland accused its neighbour", "Lesk blamed the bombing on rebels": a capital or a country named for its
    government speaks at home). Whom the words are aimed at or what they tell of is never its place
    (analyze/events/arguments.py ``place_of``); a person's words are left to their sentence."""
    for p in m.participants:
        if p.role != "actor" or not p.text[:1].isupper():
            continue
        eid = ctx.entity_at(m.article, p.start, p.end)
        name = names.get(eid, "") if eid is not None else ""
        if eid is not None and types.get(eid, "").upper() == "GPE" and not demonym(name or p.text, names) and \
                not bloc_name(name or p.text):
            # a capital named for its government ("Lesk blamed rebels") is the state that speaks: its country,
            # when the story names it, as the tellings that name the state do ("Tesland blamed rebels"); the town
            # would outrank them as the more specific place though no telling says the words were said there
            country = _country_of(name, names, types) if capital_country(name) and not is_country_name(name) \
                else None
            return country or eid
    return None


#: a name that goes on past a place's name: "Sarn-Tolm war", "Sarn–Vesk border", "Sarn Province"
NAME_GOES_ON = re.compile(r"[-–—]\w|\s+[A-Z]")
#: what stands between two places of a list: a comma, "and" or "or" ("Sarn, Tolm and Vesk", "Sarn or Tolm")
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


def _listed(ctx: FuseContext, article: str, text: str, p: Participant, types: dict[str, str]) -> bool:
    """Is the place one of a list of places joined by "and" or "or" ("raids on posts in Sarn, Tolm and Vesk",
    "shelling of towns in Sarn and Tolm")? A mention so placed tells of several places, or of a series told
    at once, and none of them is where one incident happened; "Tolm, Vesk" alone says where Tolm lies."""
    def place(x: Mention) -> bool:  # (a name the model missed as a place here but the story types as one)
        eid = ctx.entity_at(article, x.start, x.end)
        return x.label in PLACE_LABELS or (eid is not None and types.get(eid, "").upper() in PLACE_TYPES)

    spans = sorted((x.start, x.end) for x in ctx.analyses[article].mentions if place(x)) \
        if article in ctx.analyses else []
    at = next((n for n, (lo, hi) in enumerate(spans) if lo <= p.start < hi or p.start <= lo < p.end), None)
    if at is None:
        return False
    def whole(n: int) -> bool:  # a name that is the whole conjunct, not part of one ("the Sarn-Tolm war")
        return NAME_GOES_ON.match(text, spans[n][1]) is None

    joined = False
    lo = hi = at
    while lo > 0 and whole(lo - 1) and (gap := LIST_GAP.fullmatch(text, spans[lo - 1][1], spans[lo][0])):
        joined, lo = joined or re.search(r"\b(?:and|or)\b", gap.group(0)) is not None, lo - 1
    while hi + 1 < len(spans) and whole(hi + 1) and (gap := LIST_GAP.fullmatch(text, spans[hi][1], spans[hi + 1][0])):
        joined, hi = joined or re.search(r"\b(?:and|or)\b", gap.group(0)) is not None, hi + 1
    return joined and hi > lo


#: the words of day names: weekdays, months and holidays ("Easter Sunday", "New Year's Day", "Good Friday")
_CALENDAR_WORDS = frozenset({*calendar_words.MONTHS, *calendar_words.WEEKDAYS,
                             *(w.replace("'s", "") for h in [*calendar_words.FIXED_HOLIDAYS,
                                                             *calendar_words.COMPUTED_HOLIDAYS] for w in h.split())})


def calendar_name(name: str) -> bool:
    """Is the name a day's ("Easter Sunday", "Christmas Day", "Good Friday", "Sunday (14)"): all of its words
    weekdays, months, holiday words or numbers (a place named after a holiday has a word of its own: "Christmas
    Island")?"""
    words = [w.strip(".,()'").lower() for w in name.replace("'s", "").split()]
    words = [w for w in words if w]
    return bool(words) and any(w.isalpha() for w in words) and \
        all(w in _CALENDAR_WORDS or w.isdigit() for w in words)


def _party_of_meeting(m: EventMention, p: Participant, name: str) -> bool:
    """A country named in a meeting's own noun ("a Norland-Velmora summit", "the Velmora talks") is a party to it, not
    where it was held (a city so named is: "the Lesk talks")."""
    return m.type == "CONSULT" and is_country_name(name or p.text) and p.end <= m.end and m.start - 2 <= p.end \
        and p.start < m.end


def _dates(ctx: FuseContext, m: EventMention) -> tuple[Interval | None, Interval | None, dt.date | None]:
    """(stated, soft, before) of a mention; "before" is the earliest report bound it has."""
    bounds: list[dt.date] = []
    pub = _article_day(ctx, m.article)
    if pub is not None and m.modality not in IRREALIS:  # (a trip announced for next week comes after its report)
        bounds.append(pub[1])
    stated = soft = None
    t = m.time
    iv = value_interval(t.value) if t is not None and t.value else None
    if t is not None and iv is not None:
        if t.basis == "reported" and t.source == "sentence" and pub is None:
            pass  # a date of elsewhere in the sentence read as a report's, with no publication day to check it:
            # "In November, an explosion at a plant ..." bounded every telling the mention joined, and parted this
            # week's blast, which other outlets date, as told before it happened; it says nothing sure of this one
        elif t.source != "dct" and t.basis == "reported" and pub is not None and (pub[0] - iv[1]).days > OLD_DAYS:
            soft = iv  # "an attack by the Dark Front in 2011" read as a reporting date: a report is not years older
            # than its article; the date is the sentence's (evidence only), the article's day bounds the event
        elif t.basis == "reported" or t.source == "dct":
            bounds.append(iv[1])
        elif t.source == "sentence":
            soft = iv
        else:
            stated = iv
    if stated is not None:
        stated = _from_first_day(_sentence(ctx, m), stated)
    return stated, soft, (min(bounds) if bounds else None)


def _published(ctx: FuseContext, m: EventMention) -> dt.date | None:
    """The (last) day its article was published, when known."""
    pub = _article_day(ctx, m.article)
    return pub[1] if pub is not None else None


def _article_day(ctx: FuseContext, article: str) -> Interval | None:
    """The days an article was published in: its published value, or, for an undated article, the month-day of
    its dateline in the year of its story's dated articles (:func:`_dateline_days`)."""
    art = ctx.articles.get(article)
    if art is not None and art.published:
        return value_interval(art.published)
    return _dateline_days(ctx).get(article)


def _dated_days(ctx: FuseContext) -> dict[str | None, list[Interval]]:
    """The publication days of the dated articles of each story cluster (None: of all articles); computed once per
    article and story list."""
    key = (id(ctx.articles), len(ctx.articles), id(ctx.story.stories), len(ctx.story.stories))
    got = ctx.state.get("events.dated_days")
    if got is None or got[0] != key:
        days: dict[str | None, list[Interval]] = defaultdict(list)
        of = {aid: st.id for st in ctx.story.stories for aid in st.articles}
        for aid, art in ctx.articles.items():
            iv = value_interval(art.published) if art.published else None
            if iv is not None:
                for k in {of.get(aid), None}:
                    days[k].append(iv)
        got = (key, dict(days))
        ctx.state["events.dated_days"] = got
    return got[1]


def _dateline_days(ctx: FuseContext) -> dict[str, Interval]:
    """Each undated article's dateline day ("PORT SARN, Jan 25 -"), in the year its story's dated articles give
    (fuse/open_dates.py: ``dateline_day``, ``in_year_of``); computed once per article and story list."""
    dated = _dated_days(ctx)
    got = ctx.state.get("events.dateline_days")
    if got is not None and got[0] is dated:
        return got[1]
    days: dict[str, Interval] = {}
    for st in ctx.story.stories:
        last = [iv[1] for iv in dated.get(st.id, ())]
        for a in st.articles:
            art = ctx.articles.get(a)
            if art is None or art.published or a not in ctx.analyses:
                continue
            md = open_dates.dateline_day(art, ctx.analyses[a])
            day = open_dates.in_year_of(md[0], md[1], last) if md is not None else None
            if day is not None:
                days[a] = (day, day)
    ctx.state["events.dateline_days"] = (dated, days)
    return days


def _from_first_day(sentence: str, iv: Interval) -> Interval:
    """A date told for the Nth day of an incident under way ("on Tuesday troops battled for a fourth day") is
    not the day it began: the incident spans the N-1 days before it too (a siege that began on Saturday)."""
    hit = NTH_DAY.search(sentence)
    if hit is None:
        return iv
    word = hit.group(1).lower()
    n = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 1)
    return (iv[0] - dt.timedelta(days=max(1, min(n, 30)) - 1), iv[1])  # (a "0th day" is the day itself)


def _is_fragment(ctx: FuseContext, m: EventMention, parts: frozenset[str], stated: Interval | None,
                 soft: Interval | None) -> bool:
    """The incident named again with nothing of its own ("the attack", "the blast", "killed")."""
    if stated is not None or soft is not None or m.distinct:
        return False
    if any(p.role in ("actor", "target") and p.entity for p in m.participants) or parts:
        return False
    if m.determiner in DEFINITE:
        return True
    return m.text.lower() in CASUALTY_VERBS


def _named_place(m: EventMention, by_name: dict[str, str]) -> str | None:
    """"the Sarn market bombing": a place named inside the trigger is the incident's place."""
    words = m.text.split()[:-1]
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            hit = by_name.get(" ".join(words[i:i + n]).lower())
            if hit is not None:
                return hit
    return None


def _info(ctx: FuseContext, m: EventMention, types: dict[str, str], stories: dict[str, str],
          names: dict[str, str] | None = None, by_name: dict[str, str] | None = None) -> Info:
    place = _place(ctx, m, types, names or {}) or _named_place(m, by_name or {})
    resolved = []
    setting = None
    for p in m.participants:
        if p.role == "setting":  # a place its sentence does not give: no join, no participant (see _setting)
            eid = ctx.entity_at(m.article, p.start, p.end)
            setting = eid if eid is not None and types.get(eid, "").upper() in PLACE_TYPES and \
                not bloc_name((names or {}).get(eid, "")) else None
            continue
        if p.role == "place?":
            continue
        eid = ctx.entity_at(m.article, p.start, p.end)
        resolved.append(Participant(p.role, p.text, p.start, p.end, entity=eid, chain=p.chain))
    parts = frozenset(p.entity for p in resolved if p.entity and p.entity != place and
                      types.get(p.entity, "").upper() not in PLACE_TYPES)
    stated, soft, before = _dates(ctx, m)
    undated = _published(ctx, m) is None
    sents = ctx.analyses[m.article].sentences if m.article in ctx.analyses else ()
    lead = len(sents) < 3 or m.sentence_start < sents[2][0]
    actor_cc, target_cc = _sides(ctx, m, resolved, names or {})
    return Info(m=m, place=place, parts=parts, participants=resolved, stated=stated, soft=soft, before=before,
                mclass="realis" if _tried_violence(ctx, m) else _told_class(m, stated, before),
                fragment=_is_fragment(ctx, m, parts, stated, soft),
                indefinite=m.determiner in ("a", "an"), story=stories.get(m.article),
                lead=lead and not m.background, actor_cc=actor_cc, target_cc=target_cc,
                held=_held(ctx, m, resolved, types), ordinal=_ordinal(ctx, m), victims=_victims(m, resolved, types),
                people=_people(m, parts, types), campaign=_campaign(m) or _series(ctx, m),
                fresh=_fresh(m, stated, soft, before, lead and not m.background) and not _toll_named(ctx, m),
                forces=_forces(ctx, m, resolved),
                armed_struck=_armed_struck(ctx, m, resolved),
                published=_published(ctx, m), patients=_patients(m, resolved, types) | _halted(m, resolved),
                named=_named_in_sentence(ctx, m) if m.type in PATIENT_KINDS else _parties(ctx, m, types),
                setting=setting,
                old=m.background or bool(stated and before and (before - stated[1]).days > OLD_DAYS),
                open=_open_date(ctx, m), prior=_prior(ctx, m),
                told=_told(m) if undated else None,
                coverage_from=_coverage_from(ctx, stories.get(m.article)) if undated else None)


#: adjectives that name an act as one before another of its kind ("the previous raids", "a prior arrest"); not
#: "earlier" or "first", which as often name the first part of the incident told ("the earlier blast" of two)
PRIOR_ADJECTIVES = frozenset({"previous", "prior"})
#: how far before its trigger such an adjective may stand ("the previous large-scale raids")
PRIOR_REACH = 3


def _prior(ctx: FuseContext, m: EventMention) -> bool:
    """Is the mention a noun named as an act before another of its kind ("linked to the previous raids in
    December", "after a prior arrest")? Such a telling is an older incident than the one its article tells as news,
    whatever date (or none) the parse gives it."""
    if m.determiner is None or m.article not in ctx.articles:
        return False
    text = span_source(ctx.articles[m.article], m.field)
    start = max(0, m.sentence_start)
    words = WORD.findall(text[start:m.start].lower())[-PRIOR_REACH:]
    return bool(PRIOR_ADJECTIVES & set(words))


def _open_date(ctx: FuseContext, m: EventMention) -> tuple[int, int, str] | None:
    """The month-day with no year of the mention's sentence, when its article has no date to read it against
    (analysis found none) and the mention has no date of its own (see fuse/open_dates.py)."""
    an, art = ctx.analyses.get(m.article), ctx.articles.get(m.article)
    if an is None or art is None or an.dct or m.time is not None or m.modality in IRREALIS:
        return None
    sentence = next(((a, b) for a, b in an.sentences if a <= m.start < b), None) if m.field is None else None
    triggers = tuple(x.start for x in an.events if x.start != m.start)
    return open_dates.open_date(m, art.text, an.timexes, sentence, triggers)


def _told(m: EventMention) -> Interval | None:
    """A date its sentence gives as a report's (``basis`` "reported", read off the sentence): in an article with no
    publication day to check it against, it bounds nothing (:func:`_dates`), but the incident happened on or before
    it ("Norland reported an outbreak in 2028")."""
    t = m.time
    if t is None or not t.value or t.basis != "reported" or t.source != "sentence":
        return None
    return value_interval(t.value)


def _coverage_from(ctx: FuseContext, story: str | None) -> dt.date | None:
    """The first publication day of the dated articles of a story cluster (of all articles, outside one): an
    undated article of that coverage was written about the days it tells, not years before."""
    days = _dated_days(ctx).get(story)
    return min(iv[0] for iv in days) if days else None


WORD = re.compile(r"[\w'’-]+")


def _force_side(before: str, head: str) -> str | None:
    """"state" for the state's armed forces ("police", "commandos", "Dorvan security forces"), "armed" for
    non-state armed men ("gunmen", "the attackers", "rebel forces"), None for anyone else. ``before``: the words
    before the participant's head in its sentence (the model's span is often the head alone)."""
    word = head.lower().split()[-1] if head.split() else ""
    word = word[:-1] if word.endswith("s") and word[:-1] in STATE_FORCE_HEADS | ASSAILANT_HEADS | FORCE_HEADS \
        else word
    if word in STATE_FORCE_HEADS:
        return "state"
    if word in ASSAILANT_HEADS:
        return "armed"
    if word in FORCE_HEADS:
        mods = {w.lower() for w in WORD.findall(before)[-2:]} | {w.lower() for w in head.split()[:-1]}
        if mods & ASSAILANT_FORCE_MODIFIERS:
            return "armed"
        if mods & STATE_FORCE_MODIFIERS:
            return "state"
    return None


def _forces(ctx: FuseContext, m: EventMention, resolved: list[Participant]) -> frozenset[str]:
    """The sides of an assault's doers (:func:`_force_side`): security forces storming a hotel and the gunmen who
    seized it act on two sides, and the raid that ends a siege is not the attack that began it (see
    :func:`_sides_apart`). A killing or a shooting with no doer whose victims are armed men ("all the gunmen
    were killed", not a suicide bomber) is the forces' side: the attackers die at the hands of those who end it.
    An attack on the ground with no doer whose target is the police ("shots were fired at police officers", "an
    officer was shot during the raid") is the other side's: an assault on the police during their raid is the
    suspect's, not the raid (not a fight of two sides, an armed clash, nor an attack from afar, whose sides a war
    sets)."""
    if m.type != "ASSAULT":
        return frozenset()
    text = ctx.articles[m.article].text if m.article in ctx.articles else ""
    sides, struck, police = set(), set(), False
    for p in resolved:
        if p.role not in ("actor", "target"):
            continue
        side = _force_side(text[max(m.sentence_start, p.start - 40):p.start] if text else "", _group_head(text, p))
        if side and p.role == "actor":
            sides.add(side)
        elif side == "armed" and not p.text.lower().rstrip("s").endswith("bomber"):
            struck.add(side)
        elif side == "state" and p.role == "target":
            head = p.text.lower().split()[-1] if p.text.split() else ""
            police = police or head in POLICE_HEADS or head.removesuffix("s") in POLICE_HEADS
    if not sides and struck and m.subtype in DEADLY_SUBTYPES:
        return frozenset({"state"})  # "all the gunmen were killed", "five militants were shot dead": by the forces
    if not sides and police and MODE.get(m.subtype or "") not in ("clash", "remote"):
        return frozenset({"armed"})  # "shots were fired at police officers": by those they came for
    return frozenset(sides)


#: words that name part of a group, whose "of" phrase names the group ("three members of the hit squad", "one of the
#: attackers", "four of the suspects"): the group's head tells the side, not the part's
PART_OF_GROUP = frozenset({
    "member", "members", "some", "several", "many", "most", "all", "rest", "remainder", "each", "both", "none",
    "dozens", "scores", "half",
}) | frozenset(NUMBER_WORDS)
GROUP_OF = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _group_head(text: str, p: Participant) -> str:
    """The participant's words whose last one names its side: its own, or, for a part of a group ("members",
    "three"), the group its "of" phrase names ("three members of the hit squad" -> "hit squad"); the model's span
    is often the part's head alone."""
    words = p.text.split()
    if not text or not words or words[-1].lower() not in PART_OF_GROUP:
        return p.text
    hit = GROUP_OF.match(text, p.end)
    if hit is None:
        return p.text
    group = hit.group(1).split()
    for k in range(1, len(group) + 1):  # the phrase ends at the group's head ("the hit squad were": "hit squad")
        if _force_side("", " ".join(group[:k])):
            return " ".join(group[:k])
    return p.text


def _armed_struck(ctx: FuseContext, m: EventMention, resolved: list[Participant]) -> bool:
    """Does a killing or a shooting strike armed men ("a seventh assailant killed by the security forces", "three
    members of the hit squad were killed by police"; not a suicide bomber, who dies in his own attack)? The
    attackers who die at the hands of those who end an attack: an incident of its own, not the attack whose victims
    they made (see :func:`_attackers_struck`)."""
    if m.type != "ASSAULT" or m.subtype not in DEADLY_SUBTYPES:
        return False
    text = ctx.articles[m.article].text if m.article in ctx.articles else ""
    for p in resolved:
        if p.role != "target" or p.text.lower().rstrip("s").endswith("bomber"):
            continue
        head = _group_head(text, p)
        if _force_side(text[max(m.sentence_start, p.start - 40):p.start] if text else "", head) == "armed":
            return True
    # a participle after the noun it tells, its doer after "by" ("a seventh assailant killed by the security
    # forces"): the noun is whom it struck, a span the parse leaves out
    before = text[max(m.sentence_start, m.start - 40):m.start]
    noun = PREVIOUS_WORD.search(before)
    return noun is not None and text[m.end:m.end + 4].lower() == " by " and \
        _force_side(before[:noun.start()], noun.group(1)) == "armed"


PREVIOUS_WORD = re.compile(r"([\w-]+)\s+$")


def _victims(m: EventMention, resolved: list[Participant], types: dict[str, str]) -> frozenset[str]:
    """The persons a killing or a shooting struck ("the killing of X", "X was shot dead"): a person is killed once,
    so an undated "the killing of X" told as news months later is that killing, not one of its report's day."""
    if m.type != "ASSAULT" or m.subtype not in DEADLY_SUBTYPES:
        return frozenset()
    return frozenset(p.entity for p in resolved if p.role == "target" and p.entity
                     and types.get(p.entity, "").upper() in ("PERSON", "PER"))


#: acts known by whom they are done to (or, for a resignation, who did it): an arrest, a charge, a trial, a
#: sentence, a release, an appointment or a dismissal of one person is not that of another (ACE's Justice and
#: Personnel events, whose identity is their person); a crowd's arrest or the release of "the hostages" names none
PATIENT_KINDS: dict[str, frozenset[str | None] | None] = {
    "COERCE": frozenset({"arrest", "remand"}), "JUSTICE": None,
    "APPOINT": frozenset({"appointment"}), "RETREAT": frozenset({"resignation", "release", "dismissal"}),
}
PATIENT_ROLES = frozenset({"target", "recipient", "participant"})


def _patients(m: EventMention, resolved: list[Participant], types: dict[str, str]) -> frozenset[str]:
    """The persons an act is done to: who is arrested, charged, tried, sentenced, released, appointed or dismissed
    (the object, a passive subject, "the arrest of X"), or who resigned (the doer). Resolved entities typed as
    persons, so "the opposition leader" and "X" count as one when fusion made them one person."""
    kinds = PATIENT_KINDS.get(m.type, frozenset())
    if kinds is not None and m.subtype not in kinds:
        return frozenset()
    # a resignation is known by who resigned and a plea by who pleaded (the accused: "X pleaded guilty"), its doer
    roles = frozenset({"actor", "target"}) if m.subtype in ("resignation", "plea") else PATIENT_ROLES
    return frozenset(p.entity for p in resolved if p.role in roles and p.entity
                     and types.get(p.entity, "").upper() in ("PERSON", "PER"))


#: the words that name quakes after the main one ("an aftershock rattled the town", "25 aftershocks")
AFTERSHOCK_WORDS = frozenset({"aftershock", "aftershocks"})


def _aftershocks(s: Summary) -> bool:
    """Is it told only as aftershocks? An aftershock is by its name another quake than the one it follows: told
    the same days, at the same place and with the same tolls around, it is still not the main shock."""
    return bool(s.words) and all(w.lower() in AFTERSHOCK_WORDS for w in s.words)


#: halts of what one party gives another (analyze/events/mentions._halt_kind): known by what is halted
HALT_KINDS = frozenset({("SANCTION", "suspension")})


def _halted(m: EventMention, resolved: list[Participant]) -> frozenset[str]:
    """What a halt toward another party stops, as a patient of its own ("halted:flight"): one state freezing trade,
    suspending flights and stopping its programmes in another are three measures a story tells apart, though one
    doer, one target and one week join them ("suspended flights to X" and "the suspension of flights" are one).
    The head word of its target phrase that names no entity (the state it is aimed at is its side, not this)."""
    if (m.type, m.subtype) not in HALT_KINDS:
        return frozenset()
    heads = (p.text.split()[-1].lower() for p in resolved
             if p.role == "target" and not p.entity and p.text.split() and p.text.split()[-1].isalpha())
    return frozenset("halted:" + (singular(w) or w) for w in heads)


def _named_in_sentence(ctx: FuseContext, m: EventMention) -> frozenset[str]:
    """The entities the mention's sentence names (a headline's: none)."""
    if m.sentence_end <= m.sentence_start or m.article not in ctx.analyses:
        return frozenset()
    out = set()
    article = ctx.articles.get(m.article)
    text = article.text if article is not None else ""
    for x in ctx.analyses[m.article].mentions:
        if m.sentence_start <= x.start and x.end <= m.sentence_end:
            if text[x.end:x.end + 2] in POSSESSIVE_ENDINGS and m.type in PATIENT_KINDS:
                continue  # "Varn's son was detained": the possessor names whose son, not whom it was done to
            eid = ctx.mention_entity.get((m.article, x.start, x.end))
            if eid is not None:
                out.add(eid)
    return frozenset(out)


#: what follows a name that possesses the noun after it ("Varn's son", "Varn’s aide")
POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})


#: kinds of deal known by their parties: a purchase, a sale, a payment, an issue of shares or bonds is the one
#: its buyer, seller, payer or issuer made; wire reports of two deals share the words, the week and the story
PARTY_TYPES = frozenset({"TRANSACTION"})
#: what can be a deal's party: a company or another body, a person (not the goods sold: "the new phone", a model)
PARTY_KINDS = frozenset({"ORG", "PERSON", "PER"})


def _parties(ctx: FuseContext, m: EventMention, types: dict[str, str]) -> frozenset[str]:
    """The companies, bodies and people the sentence of a deal names (:data:`PARTY_TYPES`; not places, which a report
    gives or not, nor the goods), what tells one deal from another (:func:`_other_parties`). A sentence that names
    none ("the issue pays a coupon of 7 pct") has none: it may tell the article's deal or an aside ("vendors
    selling sweets")."""
    if m.type not in PARTY_TYPES:
        return frozenset()
    return frozenset(e for e in _named_in_sentence(ctx, m) if types.get(e, "").upper() in PARTY_KINDS)


def _other_parties(a: Summary, b: Summary) -> bool:
    """Deals whose sentences name parties and none in common (:func:`_parties`): "Ardel Corp is issuing a 100 mln
    dlr bond" and "Bexmoor Inc is issuing a 150 mln dlr bond" are two issues, though a report tells each with no
    place or date of its own and in the same words; a deal told again names its buyer, seller or issuer again."""
    return a.type in PARTY_TYPES and bool(a.named and b.named) and a.named.isdisjoint(b.named) and \
        a.articles.isdisjoint(b.articles)  # (pieces one article tells are judged on the rest: see within_article)


def _people(m: EventMention, parts: frozenset[str], types: dict[str, str]) -> frozenset[str]:
    """The people a meeting, talks or a visit names: who met whom (the parties of :func:`_other_counterparts`)."""
    if m.type != "CONSULT":
        return frozenset()
    return frozenset(e for e in parts if types.get(e, "").upper() == "PERSON")


def _campaign(m: EventMention) -> bool:
    """Violence named as a sustained campaign (``CAMPAIGN_NOUNS``: "the long offensive in the hills",
    "Varnland's intervention"): it holds many incidents and is none of them, so it never joins one (see
    :func:`compatible`): "the raid came amid the army's offensive in the north" tells two things."""
    words = m.text.lower().split()
    return m.type in VIOLENT_TYPES and bool(words) and words[-1] in CAMPAIGN_NOUNS


#: the types an act of which told as done many times is a series of incidents (:func:`_series`); protests too
#: ("demonstrating since March 3", "weekly protests": a movement, not one of its protests)
SERIES_TYPES = VIOLENT_TYPES | {"TAKEOVER", "PROTEST"}
_MONTHS = "|".join(calendar_words.MONTH_NAMES)
#: "in five other countries", "in two other capitals": places other than the one told
_OTHER_PLACES = re.compile(r"\bin (?:[\w-]+ ){0,2}other (?:" + "|".join(OTHER_PLACE_NOUNS) + r")\b")
#: "since 2020", "since October", "since late 2019": a period the act was done over
_SINCE = re.compile(r"\bsince (?:(?:early|late|mid|mid-)\s*)?(?:\d{4}\b|(?:" + _MONTHS + r")\b)")
_HABIT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in HABIT_WORDS) + r")\b")
_SERIES_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in SERIES_BEFORE) + r")\s+(?:[\w-]+\s+){0,2}$")
_SUPERLATIVE = re.compile(r"\b(?:" + "|".join(SUPERLATIVE) + r"|\w+est)\b")
_CLAUSE_END = re.compile(r"[.;:,\u2014\u2013()\"]|\b(?:" + "|".join(SERIES_CLAUSE_WORDS) + r")\b")


def _series(ctx: FuseContext, m: EventMention) -> bool:
    """An act told as done many times at once: in other places ("the military seized power in five other
    countries since 2020"), habitually or over a period ("the airstrikes it has launched almost weekly since
    October"), or as one of many ("the worst of several that struck", "a spate of attacks"). Like a campaign it
    holds many incidents and is none of them (:func:`compatible`). Read in its own clause: after the trigger to
    the clause's end (not past a comparison: "the deadliest attack since 2014" dates an older one), and just before
    it. Only acts of force (violence, a seizure of power) and protests ("students have been demonstrating since
    March 3": a movement of many protests, not the day's clash with police): a measure in force is not done again
    ("a curfew from 9 pm every day")."""
    if m.type not in SERIES_TYPES:
        return False
    sentence, offset = _sentence_at(ctx, m)
    if not sentence:
        return False
    start, end = m.start - offset, m.end - offset
    if not 0 <= start <= end <= len(sentence):
        return False
    after = _CLAUSE_END.split(sentence[end:end + SERIES_WINDOW].lower(), maxsplit=1)[0]
    before = sentence[max(0, start - SERIES_WINDOW):start].lower()
    if _SERIES_BEFORE.search(before) or _OTHER_PLACES.search(after) or _HABIT.search(after):
        return True
    since = _SINCE.search(after)
    if since is None:
        return False
    return not _SUPERLATIVE.search(after[:since.start()]) and not _SUPERLATIVE.search(before[-40:])


def _fresh(m: EventMention, stated: Interval | None, soft: Interval | None, before: dt.date | None,
           lead: bool = False) -> bool:
    """An attack a report tells as its news with no date at all: the main verb of its sentence, as happened, not
    background ("Commandos stormed the depot, freeing the workers"). News tells an act days old
    with its day ("on Wednesday") or names it again ("the attack"); a bare act is the report's own news, of its
    day or the days just before (``FRESH_DAYS``), so it is not an attack at the same site that other reports date
    days earlier: the raid that ended a siege is not the seizure that began it. So is a main verb told as its
    sources have it ("reportedly struck"), and, in the article's lead (its first two sentences, where news tells
    what is new), the main verb under the report's attribution ("troops shelled the town, officials said") and
    a new act its main verb brings in with an indefinite article
    ("the army launched a retaliatory strike on the port", "carried out an attack on a convoy"): the lead reports
    the recent news; an indefinite act deeper down ("in retaliation for an attack") is not its news."""
    if not (m.type in FRESH_TYPES and stated is None and soft is None and before is not None and not m.background
            and m.modality in FRESH_MODALITIES and m.text.lower() not in CASUALTY_VERBS):
        return False  # ("killed" alone is the toll of whatever the article tells)
    said = 1 if m.reported_by and lead else 0  # (the attribution's verb is the sentence's root: one arc more)
    if m.determiner is None:
        return m.depth is not None and m.depth <= said
    return lead and m.determiner in ("a", "an") and m.depth is not None and m.depth <= 1 + said and not m.distinct


#: a toll noun right after an act's word: the act names the incident whose count is told ("Kabul attacks death toll
#: rises to 95": a headline's "attacks" read as its verb); not a road's toll ("gunmen attack toll booth")
TOLL_AFTER = re.compile(r"\s+(?:(?:death|casualty|fatality)\s+)?(?:toll|tally)s?\b(?![-‐]|\s+(?:booth|plaza|road|gate|"
                        r"bridge|station|collector|way|lane|house|free)s?\b)", re.I)


def _toll_named(ctx: FuseContext, m: EventMention) -> bool:
    """Is the act named as what a toll is of ("the Velmora attacks death toll", "the blast toll")? News tells a
    rising toll days after the incident; the act it counts is a known one, never the report's own news (see
    :func:`_fresh`), however the parser read a headline's noun ("attacks", "strikes") as its verb."""
    text = span_source(ctx.articles[m.article], m.field) if m.article in ctx.articles else ""
    return TOLL_AFTER.match(text, m.end) is not None


def _told_class(m: EventMention, stated: Interval | None, before: dt.date | None) -> str:
    """The mention's modality class; one dated by its text after its own report was foreseen, whatever its
    grammar says ("laid to rest today ahead of a state funeral on Saturday", in a Friday report, is no funeral
    held): told as held, it would bound the held event's date before its day. A night's slack for what a report
    from another time zone dates to the next day, none for a funeral or another event of a person's life (the
    slack of :func:`compatible`), nor for a visit, a meeting or talks: they are announced ahead ("Minister to set off
    on a tour of the region from March 4", in a report of the 3rd, is the plan, not the trip)."""
    told = _mclass(m.modality)
    slack = 0 if m.type in ("LIFE", "CONSULT") else NIGHT
    if told == "realis" and stated is not None and before is not None and (stated[0] - before).days > slack:
        return "irrealis"
    return told


#: a past try told right before an act of violence ("the gunman who tried to shoot the judge"): the attempt happened
TRIED = re.compile(r"\b(?:tried|had\s+tried)\s+to\s+$", re.I)


def _tried_violence(ctx: FuseContext, m: EventMention) -> bool:
    """An act of violence told as tried ("the gunman who tried to shoot the judge", "three who tried to murder
    her"): the analysis reads "tried to" as a plan (right for an arrest: a failed detention is not the arrest days
    later), but an attack's attempt is the attack that happened ("attempting to shoot her" is read as done, and an
    assassination attempt is its incident), so the two tellings of one attempt are not parted as done and
    foreseen."""
    if m.type != "ASSAULT" or m.modality != "planned" or m.article not in ctx.articles:
        return False
    text = span_source(ctx.articles[m.article], m.field)
    return bool(TRIED.search(text[max(0, m.start - 30):m.start]))


def _ordinal(ctx: FuseContext, m: EventMention) -> str | None:
    """The ordinal just before a noun trigger ("the fourth round", "Kovane's first visit"): which of a series."""
    if m.determiner is None or m.article not in ctx.articles:
        return None
    hit = ORDINAL_BEFORE.search(span_source(ctx.articles[m.article], m.field)[max(0, m.start - 16):m.start])
    return hit.group(1).lower() if hit else None


def _held(ctx: FuseContext, m: EventMention, parts: list[Participant], types: dict[str, str]) -> int | None:
    """How many people an arrest takes, when the text says: its count ("two men were arrested"), else one for
    a single person ("arrested a man", "arrested <a named person>"). Police who arrest two men on one day and
    a named man on another made two arrests, however alike their sentences."""
    if m.type not in HELD_TYPES:
        return None
    text = span_source(ctx.articles[m.article], m.field) if m.article in ctx.articles else ""
    if RUNNING_TOTAL.search(text[m.sentence_start:m.sentence_end]):
        return None  # "eleven people have been arrested in total so far": the sum of every arrest, not one
    counts = {(f.min, f.max) for f in m.figures if f.kind == "arrested" and f.min is not None}
    if len(counts) == 1:
        lo, hi = next(iter(counts))
        return lo if hi == lo else None
    people = {p.entity for p in parts if p.role == "target" and p.entity and types.get(p.entity, "").upper() ==
              "PERSON"}
    body = ctx.articles[m.article].text if m.article in ctx.articles else ""  # a participant's span is the body's
    single = [p for p in parts if p.role == "target" and SINGLE.search(body[max(0, p.start - 4):p.start])]
    return 1 if (len(people) == 1 or single) and not counts else None


#: a possessive ending, straight or curly ("Chile's", "Chile’s", "the Andeans’")
POSSESSIVE_END = re.compile(r"['’]s?$")


def _owners(text: str) -> list[str]:
    """The capitalized words of a text with any possessive ending off: "Chile’s envoy" and "Chile's envoy" both
    give "Chile" (a country's name with its ending names no country)."""
    return [POSSESSIVE_END.sub("", w) for w in re.findall(r"[A-Z][\w'’-]*", text)]


def _sides(ctx: FuseContext, m: EventMention, parts: list[Participant], names: dict[str, str]
           ) -> tuple[frozenset[str], frozenset[str]]:
    """Countries of a directed event's actors and targets: the participant's entity or words ("Chile",
    "Santiago", the entity "the Chilean foreign ministry" that "it" stands for), else a nationality word just before
    it ("the Chilean government", "a Peruvian diplomat"). A participant owned by a pronoun ("its envoy", "their
    ambassador") gives no country from its entity: that entity is coreference's guess at the owner ("There was no
    immediate response from Paris to the expulsion of its envoy from Bamako" had made the envoy Mali's)."""
    if m.type not in DIRECTED_TYPES:
        return frozenset(), frozenset()
    text = ctx.articles[m.article].text if m.article in ctx.articles else ""
    sides: dict[str, set[str]] = {"actor": set(), "target": set()}
    for p in parts:
        role = "actor" if p.role == "actor" else "target" if p.role in ("target", "recipient") else None
        if role is None:
            continue
        lo = m.end if p.start >= m.end else max(m.sentence_start, p.start - 30)  # not across the trigger
        before = _owners(text[max(lo, p.start - 30):p.start])[-2:]
        inside = _owners(" ".join(p.text.split()[:-1]))  # "the Top Peruvian Diplomat Who...", "Chile’s envoy"
        owned = p.text.split()[0].lower() in POSSESSIVE_PRONOUNS and len(p.text.split()) > 1
        name = names.get(p.entity, "") if p.entity and not owned else ""  # ("its envoy": coref's guess at "its")
        code = nation_of(name) or next((c for w in _owners(name) if (c := nation_of(w))),
                                       None) or nation_of(POSSESSIVE_END.sub("", p.text)) or next(
            (c for w in [*inside, *reversed(before)] if (c := nation_of(w))), None)
        if code:
            sides[role].add(code)
    source = EXPELLED_FROM.match(text, m.end) if REMOVAL.match(m.text) else None
    if source and not sides["actor"] and (code := nation_of(POSSESSIVE_END.sub("", source.group(1)))):
        sides["actor"].add(code)  # "a diplomat expelled from Chile": Chile expelled him
    if len(sides["actor"]) > 1:  # "both A and B expelled a diplomat", "A and B expelled each other's diplomats":
        return frozenset(), frozenset()  # two acts told at once (or one joint act) say nothing of one side
    return frozenset(sides["actor"]), frozenset(sides["target"])


def _place_names(ctx: FuseContext) -> dict[str, str]:
    """Lower-cased names and aliases of place entities (not demonyms) -> entity id, when unambiguous."""
    names = {e.id: e.name for e in ctx.story.entities}
    seen: dict[str, set[str]] = {}
    for e in ctx.story.entities:
        if e.type.upper() not in PLACE_TYPES or demonym(e.name, names):
            continue
        for form in {e.name, *e.aliases}:
            if form[:1].isupper():
                seen.setdefault(form.lower(), set()).add(e.id)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _unmarked_place_names(ctx: FuseContext) -> dict[str, str]:
    """Names of the story's places as written (capitalized, 4+ letters) -> entity id, for reading containment
    where the tagger missed a place it marked elsewhere; none that a non-place entity also bears ("Chad" the
    person)."""
    other = {form.lower() for e in ctx.story.entities if e.type.upper() not in PLACE_TYPES
             for form in (e.name, *e.aliases)}
    ids = _place_names(ctx)
    return {form: ids[form.lower()] for e in ctx.story.entities if e.type.upper() in PLACE_TYPES
            for form in {e.name, *e.aliases} if len(form) >= 4 and form[:1].isupper() and form.lower() not in other
            and form.lower() in ids}


#: a run of capitalized words, where a place name is looked up
CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,4}")


def _named_again(text: str, marked: list[PlaceMention], names: dict[str, str]) -> list[PlaceMention]:
    """Place mentions the tagger missed: a known place's name in a run of capitalized words ("the small city of
    Palu" where "Palu" was marked in another article), where no place mention lies already."""
    if not names:
        return []
    taken = [(p.start, p.end) for p in marked]
    found = []
    for run in CAPITALIZED_RUN.finditer(text):
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", run.group(0))]
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                start, end = run.start() + words[i][0], run.start() + words[j - 1][1]
                eid = names.get(text[start:end])
                if eid is not None and not any(a < end and start < b for a, b in taken):
                    found.append(PlaceMention(start, end, eid))
                    taken.append((start, end))
                    break
    return found


#: facility nouns after a place name that make the name a facility's ("X airport", "the X metro station")
FACILITY_AFTER = re.compile(r"\s+(?:international\s+)?(?:airport|metro|subway|underground|station|terminal|"
                            r"stadium|arena|market|bazaar|mall|hospital|hotel|mosque|church|cathedral|temple|"
                            r"shrine|bridge|prison|jail|campus|embassy|consulate)\b", re.I)


def _facility_names(per_article: list[tuple[str, list[PlaceMention]]], countries: set[str]) -> set[str]:
    """Places only ever named as a facility's name ("Zaventem airport", "the Maelbeek metro station"): the
    tagger took them for towns, but what the story knows of them is a site, which may lie in any town it is
    not known elsewhere from (a station of the capital), not a town beside the capital."""
    named: dict[str, bool] = {}
    for text, places in per_article:
        for p in places:
            as_site = bool(FACILITY_AFTER.match(text, p.end))
            named[p.entity] = named.get(p.entity, True) and as_site
    return {e for e, only in named.items() if only and e not in countries}


#: the last word of a venue's or a building's name ("Vega City Hall", "Orla Park Arena")
VENUE_WORDS = frozenset({"hall", "arena", "stadium", "theatre", "theater", "centre", "center", "mall", "club",
                         "hotel", "tower", "plaza", "complex", "school", "college", "university", "hospital",
                         "market", "station", "airport", "church", "mosque", "temple", "cathedral"})


def _venue_names(names: dict[str, str], types: dict[str, str], countries: set[str]) -> set[str]:
    """Places whose name is a venue's name less its last word ("Vega City" beside "Vega City Hall"): the model
    took the venue's name for a town ("the Vega City massacre"), but the story knows a building, which may lie
    in any town it is not known elsewhere from, not a town beside the city it stands in."""
    venues = {n.lower() for eid, n in names.items() if types.get(eid) in ("FAC", "ORG") and len(n.split()) > 1
              and n.split()[-1].lower() in VENUE_WORDS}
    # each venue's prefixes that end before a space -> the venue's word counts: a place's name is looked up once
    # (every place against every venue name grew as the square of a store's entities)
    prefixes: dict[str, set[int]] = {}
    for v in venues:
        for cut in (i for i, c in enumerate(v) if c == " "):
            prefixes.setdefault(v[:cut], set()).add(len(v.split()))
    return {eid for eid, n in names.items() if types.get(eid) in PLACE_TYPES and eid not in countries
            and len(n.split()) + 1 in prefixes.get(n.lower(), ())}


#: what stands between a town and the province or country written after it ("Sarn, Drask", "Sarn, Kar.")
APPOSED = re.compile(r",\s+")


def _written_as_towns(per_article: list[tuple[str, list[PlaceMention]]], names: dict[str, str],
                      countries: set[str]) -> set[str]:
    """Places written as a town is, with its province, state or country after a comma ("Sarn, Drask province",
    "Sarn, Valdora"): a town a venue is named after ("the Sarn Market"), not the venue's name the model took for
    a town (:func:`_venue_names`)."""
    def wider(eid: str) -> bool:
        name = names.get(eid, "")
        return eid in countries or bool(REGION_NAME.search(name)) or province_country(name) is not None
    out = set()
    for text, places in per_article:
        by_start = {p.start: p for p in places}
        for p in places:
            gap = APPOSED.match(text, p.end)
            after = by_start.get(gap.end()) if gap else None
            if after is not None and after.entity != p.entity and wider(after.entity):
                out.add(p.entity)
    return out


def _sentence(ctx: FuseContext, m: EventMention) -> str:
    text = span_source(ctx.articles[m.article], m.field) if m.article in ctx.articles else m.text
    return text[m.sentence_start:m.sentence_end] or m.text


def _embed(ctx: FuseContext, infos: list[Info]) -> None:
    """One vector per distinct trigger sentence (mentions share sentences, wire copies repeat them).

    Padding is masked out by the encoder, so a sentence's vector does not
    depend on the batch it was encoded in.
    """
    if not ctx.config.use_embeddings or not infos:
        return
    sentences = [_sentence(ctx, i.m) for i in infos]
    # the mentions of one sentence share one row (equal texts get equal vectors): the rows held through the
    # incident steps are the distinct sentences' (61% of the event mentions' on Reuters), not one per mention
    distinct = list(dict.fromkeys(sentences))
    encoder = ctx.encoder("events")
    if isinstance(encoder, CloseCallEncoder):  # which texts get exact vectors depends on the repeats
        vecs = encoder.encode(sentences)
        first = {s: k for k, s in reversed(list(enumerate(sentences)))}
        held = vecs[[first[s] for s in distinct]]
        del vecs
    else:  # a vector per text whatever is encoded with it: the distinct sentences only (a 19k store's
        held = encoder.encode(distinct)  # matrix of all mentions' rows was 170 MB at the events step's peak)
    row = {s: n for n, s in enumerate(distinct)}
    for i, s in zip(infos, sentences, strict=True):
        i.vec = held[row[s]]


def place_graph(ctx: FuseContext) -> PlaceGraph:
    """Containment and nearness of the corpus's place entities (see :mod:`storyline.fuse.places`)."""
    types = {e.id: e.type.upper() for e in ctx.story.entities}
    names = {e.id: e.name for e in ctx.story.entities}
    per_article, aids = [], []
    unmarked = _unmarked_place_names(ctx)
    for aid in sorted(ctx.analyses):
        art = ctx.articles.get(aid)
        if art is None:
            continue
        aids.append(aid)
        places = []
        for mention in ctx.analyses[aid].mentions:
            eid = ctx.mention_entity.get((aid, mention.start, mention.end))
            if eid is not None and types.get(eid) in PLACE_TYPES:
                places.append(PlaceMention(mention.start, mention.end, eid))
        per_article.append((art.text, places + _named_again(art.text, places, unmarked)))
    countries = {eid for eid, t in types.items() if t in PLACE_TYPES and is_country_name(names[eid])}
    sites = {eid for eid, t in types.items() if t in ("FAC", "LOC") or (t in PLACE_TYPES and
                                                                          ROAD_NAME.search(names[eid]))} | \
        _facility_names(per_article, countries) | (_venue_names(names, types, countries) -
                                                   _written_as_towns(per_article, names, countries))
    graph = build_graph(per_article, countries, sites, names, {e for e, t in types.items() if t in PLACE_TYPES})
    for aid, (text, places) in zip(aids, per_article, strict=True):
        by_start = {p.start: p for p in places}
        for m in ctx.analyses[aid].events:  # "coordinated attacks in Sarn and Tolvar": one incident in both
            if m.type in VIOLENT_TYPES and m.location is not None and m.location.start in by_start:
                spanned_places(graph, text, by_start[m.location.start], places)  # nearness only: build_graph
    return graph  # has finished the containment already


# --------------------------------------------------------------------------- cluster summaries and scores


def _meet(intervals: Iterable[Interval], slack: int = 0) -> Interval | None:
    """The common part of intervals; None when there is none (or no interval).

    ``slack``: days by which they may miss each other (then the days between them): outlets date a night's
    incident to either day, and one time zone's Friday night is another's Saturday.
    """
    ivs = list(intervals)
    if not ivs:
        return None
    lo, hi = max(i[0] for i in ivs), min(i[1] for i in ivs)
    if lo <= hi:
        return lo, hi
    return (hi, lo) if (lo - hi).days <= slack else None


@dataclass
class Summary:
    """A cluster's pooled features, recomputed when clusters merge."""

    type: str
    subtypes: frozenset[str | None]
    mclasses: frozenset[str]
    places: frozenset[str]
    main_places: frozenset[str]  # the places a fair share of its mentions give (a stray parse is no hard stop)
    place_counts: Counter[str]  # how many of its mentions give each place
    parts: frozenset[str]
    stated: list[Interval]
    soft: list[Interval]
    before: dt.date | None
    news_before: dt.date | None  # the earliest report bound of its mentions told as news (not as background)
    deaths: list[tuple[int, float]]
    words: frozenset[str]
    stories: Counter[str]
    articles: frozenset[str]
    vec: np.ndarray | None = None
    fragments_only: bool = False
    lead: bool = False  # holds an article's main incident (told as news in its first two sentences)
    actor_cc: frozenset[str] = frozenset()
    target_cc: frozenset[str] = frozenset()
    background_only: bool = False  # every mention tells it as background
    held: frozenset[int] = frozenset()  # the counts of people its arrests take
    ordinals: frozenset[str] = frozenset()  # "fourth" of "the fourth round"
    main_subtypes: frozenset[str | None] = frozenset()  # the sub-types a fair share of its mentions give
    # the ways it is told among the mentions that name one (a bombing's many bare "attack"s left out)
    main_kinds: frozenset[str | None] = frozenset()
    targets: frozenset[str] = frozenset()  # the entities its mentions name as struck, arrested, met
    indefinite: bool = False  # one of its mentions is told with an indefinite article ("a blast")
    docs: frozenset[str] = frozenset()  # the document clusters of its mentions' articles (where known)
    victims: frozenset[str] = frozenset()  # the persons its killings and shootings struck
    people: frozenset[str] = frozenset()  # the people its meetings name (CONSULT: see _people)
    main_people: frozenset[str] = frozenset()  # the people a fair share of them name (_main_people)
    campaign: bool = False  # it tells a sustained campaign (:func:`_campaign`), not one incident
    fresh_from: dt.date | None = None  # it happened on or after this day (the latest bound its fresh mentions give)
    forces: frozenset[str] = frozenset()  # the sides its doers are on, as its mentions told as happened give them
    armed_struck: bool = False  # one of its killings, told as happened, struck armed men (_armed_struck)
    clash: bool = False  # a fair share of its mentions tell a fight of two sides (an armed clash, a gun battle)
    first_report: dt.date | None = None  # the first publication day of an article telling it as happened
    patients: frozenset[str] = frozenset()  # the persons it is done to (an arrest's, a charge's: see _patients)
    named: frozenset[str] = frozenset()  # the entities the sentences of its mentions name
    # the latest day the report dates of its mentions in undated articles reach (Info.told); the latest day its own
    # dates that name a whole year reach ("in 2017", "the 1987 bombing": see _older_than_coverage); the first day
    # of the coverage of its undated articles (Info.coverage_from)
    told_end: dt.date | None = None
    year_end: dt.date | None = None
    coverage_from: dt.date | None = None
    freed: frozenset[str] = frozenset()  # the holds its releases end ("custody", "captive": see _releases)
    # the first and last publication days of its mentions' articles (where known: what the incremental scope's
    # SCOPE_DAYS compares)
    published_first: dt.date | None = None
    published_last: dt.date | None = None
    about_types: frozenset[str] = frozenset()  # the kinds of the incidents its acts are about (see _about)
    about_from: dt.date | None = None  # the latest day one of them is stated for: it came on or after it

    # derived values, computed once per summary (the agglomerator compares one with each of its neighbours,
    # and a summary is never changed once made)
    @functools.cached_property
    def names(self) -> set[str]:
        return _names(self.words)

    @functools.cached_property
    def lower_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.words)

    @functools.cached_property
    def stated_bounds(self) -> tuple[dt.date, dt.date] | None:
        """The latest start and the earliest end of its stated dates (what :func:`_meet` of them compares)."""
        return (max(i[0] for i in self.stated), min(i[1] for i in self.stated)) if self.stated else None

    @functools.cached_property
    def stated_night(self) -> Interval | None:
        return _meet(self.stated, NIGHT)

    @functools.cached_property
    def stated_day(self) -> Interval | None:
        return _meet(self.stated)

    @functools.cached_property
    def dated(self) -> Interval | None:
        return _meet(self.stated + self.soft)

    @functools.cached_property
    def days(self) -> frozenset[Interval]:
        return frozenset(iv for iv in self.stated + self.soft if iv[0] == iv[1])

    @functools.cached_property
    def stated_set(self) -> frozenset[Interval]:
        return frozenset(self.stated)


def summarize(c: Cluster, with_vector: bool = True) -> Summary:
    vs = [i.vec for i in c.infos if i.vec is not None and with_vector]
    vec = None
    if vs:
        v = vs[0] if len(vs) == 1 else np.mean(vs, axis=0)  # (the mean of one vector is that vector, bit for bit)
        n = float(np.linalg.norm(v))
        vec = v / n if n else None
    deaths = [(f.min or 0, float(f.max) if f.max is not None else float("inf")) for i in c.infos
              for f in i.m.figures if f.kind == "killed" and not (f.partial or f.earlier or f.revision or f.claimed)]
    main_subtypes = _main_subtypes(c)
    return Summary(type=c.infos[0].m.type, subtypes=frozenset(i.m.subtype for i in _own_kind(c)),
                   mclasses=frozenset(i.mclass for i in c.infos if not i.fragment) or
                   frozenset(i.mclass for i in c.infos),
                   places=frozenset(i.place for i in c.infos if i.place), main_places=_main_places(c),
                   place_counts=Counter(i.place for i in c.infos if i.place),
                   parts=frozenset(e for i in c.infos for e in i.parts),
                   stated=[i.stated for i in c.infos if i.stated], soft=[i.soft for i in c.infos if i.soft],
                   before=min((i.before for i in c.infos if i.before), default=None),
                   news_before=min((i.before for i in c.infos if i.before and not i.old), default=None),
                   deaths=deaths,
                   words=frozenset(i.m.text for i in c.infos),
                   stories=Counter(i.story for i in c.infos if i.story), articles=frozenset(c.articles), vec=vec,
                   fragments_only=all(i.fragment for i in c.infos), lead=any(i.lead for i in c.infos),
                   background_only=all(i.old for i in c.infos),
                   actor_cc=frozenset(x for i in c.infos for x in i.actor_cc),
                   target_cc=frozenset(x for i in c.infos for x in i.target_cc),
                   held=frozenset(i.held for i in c.infos if i.held is not None),
                   ordinals=frozenset(i.ordinal for i in c.infos if i.ordinal), main_subtypes=main_subtypes,
                   main_kinds=_main_kinds(c),
                   people=frozenset(e for i in c.infos for e in i.people), main_people=_main_people(c),
                   targets=frozenset(_targets(c.infos)), indefinite=any(i.indefinite for i in c.infos),
                   docs=frozenset(i.doc for i in c.infos if i.doc),
                   victims=frozenset(v for i in c.infos for v in i.victims),
                   campaign=any(i.campaign for i in c.infos),
                   fresh_from=max((i.before - dt.timedelta(days=FRESH_DAYS) for i in c.infos
                                   if i.fresh and i.before), default=None),
                   forces=frozenset(x for i in c.infos if i.mclass == "realis" for x in i.forces),
                   armed_struck=any(i.armed_struck for i in c.infos if i.mclass == "realis"),
                   clash="armed_clash" in main_subtypes and any(_two_sided(i) for i in c.infos),
                   first_report=min((i.published for i in c.infos if i.published and i.mclass == "realis"),
                                    default=None),
                   patients=frozenset(e for i in c.infos for e in i.patients),
                   named=frozenset(e for i in c.infos for e in i.named),
                   told_end=max((i.told[1] for i in c.infos if i.told), default=None),
                   year_end=max((iv[1] for i in c.infos for iv in (i.stated, i.soft, i.told)
                                 if iv and (iv[1] - iv[0]).days >= YEAR_DAYS), default=None),
                   coverage_from=min((i.coverage_from for i in c.infos if i.coverage_from), default=None),
                   freed=frozenset(i.freed for i in c.infos if i.freed),
                   published_first=min((i.published for i in c.infos if i.published), default=None),
                   published_last=max((i.published for i in c.infos if i.published), default=None),
                   about_types=frozenset(t for i in c.infos for t in i.about_types),
                   about_from=max((i.about_from for i in c.infos if i.about_from), default=None))


def _two_sided(i: Info) -> bool:
    """A fight told with its sides: an armed clash whose doers are an armed force or armed men, or who fought with
    whom ("militants clashed with police", "a gun battle between troops and rebels"); not a group's "fighting an
    insurgency" in a clause of its description."""
    return i.m.subtype == "armed_clash" and (bool(i.forces) or any(p.role == "participant" for p in i.participants))


def _main_places(c: Cluster) -> frozenset[str]:
    """The places at least a quarter of its place-giving mentions give (all of them for one or two mentions).

    One mention of many that names another town (a venue the model took for a town, an unrecognized spelling)
    is more often a parsing slip than the sign of another incident; the places most mentions give are.
    """
    counts = Counter(i.place for i in c.infos if i.place)
    total = sum(counts.values())
    return frozenset(p for p, n in counts.items() if 4 * n >= total or total <= 2)


def _main_subtypes(c: Cluster) -> frozenset[str | None]:
    """The sub-types at least a quarter of its mentions give (all of them for one or two mentions).

    An incident told by twenty outlets as a shooting gathers a stray "clash" or "raid" from one sentence's
    wording; that word says little against the next outlet's "shooting", what most of its mentions say does.
    """
    counts = Counter(i.m.subtype for i in _own_kind(c))
    total = sum(counts.values())
    return frozenset(t for t, n in counts.items() if 4 * n >= total or total <= 2)


def _main_kinds(c: Cluster) -> frozenset[str | None]:
    """The ways of acting at least a quarter of the mentions that name one give (the sub-types other than a bare
    "attack" or "killing"): a bombing told by twelve outlets as "the attack" is still a bombing."""
    counts = Counter(i.m.subtype for i in _own_kind(c) if i.m.subtype not in VAGUE_SUBTYPES and not _blast(i))
    total = sum(counts.values())
    return frozenset(t for t, n in counts.items() if 4 * n >= total or total <= 2)


def _blast(i: Info) -> bool:
    """A bombing told only as something that blew up ("the explosion", "a blast", ``EXPLOSION_WORDS``): a missile's
    blast is told so too, so the word names no way of attacking (a blast in a hamlet and the rocket strike
    other outlets tell there are one incident, not an attack on the ground and one from afar)."""
    return i.m.subtype == "bombing" and i.m.text.lower() in EXPLOSION_WORDS  # ("an IED explosion" names one)


def _main_people(c: Cluster) -> frozenset[str]:
    """The people at least a quarter of its mentions that name people name (all of them for one or two): who
    met whom, not an aide one sentence names beside them."""
    named = [i.people for i in c.infos if i.people]
    counts = Counter(e for p in named for e in p)
    return frozenset(e for e, n in counts.items() if 4 * n >= len(named) or len(named) <= 2)


def _other_counterparts(a: Summary, b: Summary) -> bool:
    """Two meetings of one person with other people: a minister who meets his counterpart and then the president,
    or one country's minister and then another's, held two meetings, however close their days and places. Each
    names someone, among those most of its mentions name, whom the other never names, and they share a party or
    each names two people (who met whom: "Holloway met Lenk" is not "Dahl met Moro")."""
    return a.type == "CONSULT" and (bool(a.people & b.people) or min(len(a.main_people), len(b.main_people)) > 1) \
        and bool(a.main_people - b.people) and bool(b.main_people - a.people)


#: how a meeting on a trip is told: a sitting of people ("met", "a meeting", "held talks"), not the journey
MEETING_SUBTYPES = frozenset({"meeting", "talks"})


def _trip_and_meeting(a: Summary, b: Summary) -> bool:
    """A trip and a meeting held on it: one told only as a journey ("arrived in X", "his two-day visit"), the
    other only as a sitting ("met Y", "talks with Y") that names someone the trip's mentions never name. The
    trip is known by who went where, the meeting by who met whom; a minister who meets the foreign minister on
    the first day and the president on the second made one trip and two meetings. (A trip with one meeting
    is one event after all: :func:`trip_meetings` joins them.)"""
    if a.type != "CONSULT":
        return False
    for trip, sitting in ((a, b), (b, a)):
        if trip.main_subtypes == {"visit"} and sitting.main_subtypes and sitting.main_subtypes <= MEETING_SUBTYPES \
                and sitting.main_people - trip.people:
            return True
    return False


def _own_kind(c: Cluster) -> list[Info]:
    """The mentions that say what kind of incident it is: a disaster's own, not the deaths it caused that the
    model read as killings (:func:`incidents`); a court's sitting's of the kind it is named by, the first
    mention's (:func:`court_sittings`: a remand told with the charges read at it is still the remand); every
    mention otherwise."""
    first = c.infos[0].m.type
    if first == "DISASTER":
        return [i for i in c.infos if i.m.type == "DISASTER"]
    if (first, c.infos[0].m.subtype) in COURT_STEPS and any(i.m.type != first for i in c.infos):
        return [i for i in c.infos if i.m.type == first]
    return c.infos


def compatible(a: Summary, b: Summary, places: PlaceGraph, strict_places: bool = True, trips: bool = True) -> bool:
    """The hard stops of the module docstring (shared articles are checked by the callers).

    ``strict_places=False`` (within one article) lets two places whose relation
    nothing states pass: an article telling one incident names it at several
    levels ("the registry office in Pelmi area of the Mirn in Dovra") more
    often than the model recognizes every name in between.
    """
    if a.type != b.type or a.campaign != b.campaign:
        return False  # (a campaign, "the offensive", holds many incidents and is none of them)
    if (a.type not in VIOLENT_TYPES or a.type == "DISASTER") and not _subtypes_fit(a.type, a.subtypes, b.subtypes):
        return False  # (a flood is never an earthquake; an assault told as a bombing and a gun battle may be one)
    if a.mclasses != b.mclasses and not (a.fragments_only or b.fragments_only):
        return False
    if a.type in VIOLENT_TYPES and (_foreseen(a, b) or _foreseen(b, a)):
        return False
    if ("negated" in a.mclasses) != ("negated" in b.mclasses):
        return False
    if _other_sides(a, b) or _other_counterparts(a, b) or (trips and _trip_and_meeting(a, b)):
        return False
    if _other_patients(a, b):
        return False  # the charge against one person is not the charge against another
    if a.type == "DISASTER" and _aftershocks(a) != _aftershocks(b):
        return False  # an aftershock is a later quake than the one it follows
    if _about_apart(a, b) or _about_apart(b, a):
        return False  # a claim of Monday's rocket attack is not the claim of Thursday's bombing; a vote to impeach
        # is not a vote to lift a decree
    if strict_places and _other_parties(a, b):
        return False  # (across articles: within one, "the sale" and "Ardel said it sold" name the deal's parties apart)
    if _holds_apart(a, b):
        return False  # suspects freed without charge are not the hostages freed two days before
    if _one_after_many(a, b) or _one_after_many(b, a):
        return False  # "X has been arrested", led with days after "17 suspects were detained": a later arrest
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals and a.type not in VIOLENT_TYPES:
        return False  # the fourth round is not the fifth (but "the first blast", "the second bomb": one attack's parts)
    if a.stated and b.stated and _both_stated(a, b) is None:
        return False
    if a.type in DAY_TYPES and a.stated_day and b.stated_day and not overlaps(a.stated_day, b.stated_day):
        return False  # a march on Monday and another on Tuesday: two protests (no night's slack, see DAY_TYPES)
    for x, y in ((a, b), (b, a)):  # (not a court's ruling: an acquittal recalled months later is that acquittal)
        recalled = _recalled_later(y, x)  # (the same persons' act, named in passing in a later report's body)
        if a.type != "JUSTICE" and x.stated and not y.stated and y.news_before and not a.victims & b.victims and \
                not recalled and (y.news_before - max(iv[1] for iv in x.stated)).days > OLD_DAYS and \
                not _dated_alike(y, x):
            return False  # "the Dark Front attack in 2011" is not the attack this week's reports tell as news
        if x.stated and not y.stated and y.before and (y.before - max(iv[1] for iv in x.stated)).days > STALE_DAYS:
            return False  # years apart, even as background: "the 2014 disaster" is not "after the explosion"
        if a.type != "JUSTICE" and x.told_end and x.news_before is None and not (x.stated or y.stated) and \
                y.news_before and not a.victims & b.victims and (y.news_before - x.told_end).days > OLD_DAYS:
            return False  # told only in undated reports as reported in 2023 (Info.told): not this month's news
        if a.type != "JUSTICE" and not (x.stated or y.stated) and x.published_last and y.published_first and \
                not a.victims & b.victims and not recalled and \
                (y.published_first - x.published_last).days > OLD_DAYS:
            return False  # told with no date in articles published months apart: an act told again is done again
    if _fresh_and_older(a, b) or _fresh_and_older(b, a):
        return False  # the raid a report tells as its news is not one other reports date days before it
    if _sides_apart(a, b):
        return False  # the security forces' raid that ended a siege is not the gunmen's attack that began it
    if _attackers_struck(a, b) or _attackers_struck(b, a):
        return False  # the attackers shot dead by the police are not the attack that killed the candidate
    # a night's slack (see _meet: an overnight incident, a report from another time zone); a funeral or another
    # event of a person's life told as held in a report cannot be one a report dates to the next day
    slack = 0 if a.type == "LIFE" else NIGHT
    for x, y in ((a, b), (b, a)):
        day = x.stated_night
        if day is not None and y.before and (day[0] - y.before).days > slack:
            return False  # it cannot have happened after it was reported
    if strict_places and _modes_apart(a, b, places):
        return False  # (across articles: within one, "a drone strike hit a car ... the explosion" is one)
    return not strict_places or places_fit(a, b, places)


#: a date read off a mention's sentence (``Summary.soft``) this long at most tells the day it happened
SOFT_DAYS = 31


def _same_doings(a: Summary, b: Summary) -> bool:
    """Do two tellings name the same act by whom it was done to or by: a person both name as its patient
    (:func:`_patients`: "Dara Lenk was arrested"), the same countries on the same sides of a directed act of a kind
    a story seldom holds twice (:func:`_same_sides`, not ``RECURRING_SUBTYPES``: "Norland expelled a Tarvian
    diplomat", "Norland's expulsion of a Tarvian official"; one country accuses another again and again), or the
    same count of people taken ("25 people were arrested", "had 25 men and women arrested")?"""
    return bool(a.patients & b.patients) or any(n > 1 for n in a.held & b.held) or \
        (_same_sides(a, b) and bool((a.subtypes & b.subtypes) - RECURRING_SUBTYPES))


def _recalled_later(later: Summary, earlier: Summary) -> bool:
    """Is ``later`` the act ``earlier`` tells, named again in passing by a report published long after: told with
    no date of its own, in no article's lead (where news tells its incident: a report that has new news of an
    act leads with it), of the same persons or sides (:func:`_same_doings`)? A trial's coverage a year on recalls
    "her boyfriend was arrested days later", a row's coverage a month on "Norland's expulsion of a Tarvian
    official": no new arrest or expulsion, though nothing in the sentence dates it. The months between the reports
    then part nothing (as for a person killed once, ``Summary.victims``); an act told as a report's news still
    stands apart from an older one of the same persons."""
    return not later.lead and not later.stated and not later.campaign and _same_doings(later, earlier)


def _dated_alike(told: Summary, dated: Summary) -> bool:
    """Does the sentence of a mention a later report tells with no date of its own give the day (or month) the
    other is stated for? "According to the indictment, X killed Y by firing a gun around 11:30 a.m. July 8", in a
    January report: the firing is the July shooting told again, not the report's news, though the date is its
    sentence's (evidence only, :func:`_dates`)."""
    return any((s[1] - s[0]).days <= SOFT_DAYS and overlaps(s, iv) for s in told.soft for iv in dated.stated)


def _other_patients(a: Summary, b: Summary) -> bool:
    """Acts done to other persons (:func:`_patients`): each names whom it was done to, and neither's sentences
    name the other's person at all. A sentence that names both ("the arrest of the general who tried to unseat
    President X", "Y stepped down while X withdrew the rule") may have its person wrong: the parse of a long lead
    often hangs the other name on the trigger, so such a pair is left to the evidence."""
    return bool(a.patients and b.patients and not a.patients & b.patients and not a.patients & b.named
                and not b.patients & a.named)


def _sides_apart(a: Summary, b: Summary) -> bool:
    """An assault done by the state's armed forces only and one done by non-state armed men only (:func:`_forces`):
    "commandos stormed the hotel at dawn on Saturday" and "gunmen stormed the hotel on Friday evening" are the raid
    that ended a siege and the attack that began it, though a night's slack, the place and the words would join them;
    so, on one day or undated, are "gunmen opened fire on the parade" and "security forces shot three of the
    attackers dead" (round 43: the forces' act that ends an attack is an incident of its own, as event annotation
    counts it; until then only tellings stated on different days were parted). Not when either tells a fight of two
    sides (an armed clash: "militants attacked a checkpoint" and "troops repelled them" may be one gun battle), nor
    between two states' forces ("Dorvan troops", "Tarvian soldiers": sides of a war, not of an assault and its
    end), nor when both name one person killed (:func:`_victims`): "gunmen shot X dead" and "X's killing by the
    state's agents", as an accusation tells it, are one killing told with its doer disputed."""
    return a.type == "ASSAULT" and len(a.forces) == 1 and len(b.forces) == 1 and a.forces != b.forces and \
        not (a.clash or b.clash) and not a.victims & b.victims  # (one person killed once, whoever is said to have)


def _attackers_struck(a: Summary, b: Summary) -> bool:
    """Is ``a`` a killing of armed men (:func:`_armed_struck`) that names no person killed, and ``b`` a killing of a
    person (:func:`_victims`) whose doers are not the state's forces and which struck no armed men? "X was shot dead
    at his home" and "three members of the hit squad were killed by police", "a seventh assailant killed by the
    security forces": the victims of the one are the doers of the other, so the two are the attack and the forces'
    act that ended it (:func:`_sides_apart`, which needs both doers named). ``b`` may name no one killed ("the
    murder" of a headline whose name the model did not link), but it is a killing or a shooting: "the attack" may be
    the forces' too. Not when ``b`` is told as the forces' ("police shot X dead"), nor for a fight of two sides (an
    armed clash)."""
    return a.type == "ASSAULT" and a.armed_struck and not a.victims and "armed" not in a.forces and \
        bool(b.victims or b.subtypes & DEADLY_SUBTYPES) and not b.armed_struck and "state" not in b.forces and \
        not (a.clash or b.clash)


def _fresh_and_older(told: Summary, dated: Summary) -> bool:
    """Does some report tell ``told`` as its news with no date (:func:`_fresh`) while the text dates ``dated``
    before the days that news can be of, or an article published before them told ``dated`` as happened? A report
    tells an act days old with its day or names it again; a bare act is of its report's days
    (``FRESH_DAYS``), so an incident reported a week earlier is an earlier one: "troops shelled the border
    town", led with in a report of the 20th, is not the shelling reports of the 2nd told (successive incidents
    weeks apart otherwise chain through such undated leads). A night's slack for time zones; the articles'
    publication days, not dates read off their sentences (a misread date is no report)."""
    if told.fresh_from is None:
        return False
    if dated.stated and max(iv[1] for iv in dated.stated) < told.fresh_from:
        return True
    return dated.first_report is not None and (told.fresh_from - dated.first_report).days > NIGHT


def places_fit(a: Summary, b: Summary, places: PlaceGraph) -> bool:
    """Can the two clusters' places hold one event? Their main places (:func:`_main_places`) all compatible; or,
    judged as the one incident they would make, they share a place below country level, the places a quarter of
    their pooled mentions give can all hold one event, and each place that cannot go with those is a stray, given
    by one mention of its cluster only. A two-mention telling ("the assault on the hall in
    Varn"; "accused Dovra of linking it to the assault", the accused country read as the place) has both its
    places as main ones, and the parse slip parted it from the twenty mentions that place the incident in Varn
    for good; a telling of another town, given by two mentions or more, still stays apart. So do two tellings of the
    killing of one person (:func:`_victims`: a person is killed once) with no place in common: "charged with the
    murder of X", its place read off the accused's address, is the killing the reports of the day placed in the
    city."""
    if all(places.compatible(p, q) for p in a.main_places for q in b.main_places):
        return True
    if not any(p not in places.countries for p in a.places & b.places) and not a.victims & b.victims:
        return False
    pooled = a.place_counts + b.place_counts
    total = sum(pooled.values())
    main = [p for p, n in pooled.items() if 4 * n >= total]
    return all(places.compatible(p, q) for p in main for q in main) and \
        all(places.compatible(p, q) for x in (a, b) for p in x.places if x.place_counts[p] > 1 for q in main)


def _foreseen(told: Summary, other: Summary) -> bool:
    """An attack or a disaster named only by fragments told as happened ("the blast", "the deadly attack") and
    one only foreseen ("a planned attack", "could destroy the city if it exploded"): a fragment's modality is
    no evidence for talks or visits (what is named may still be to come), but a blast that happened is not
    the one an official warned of (the warning is told of another, possible event)."""
    return told.fragments_only and "realis" in told.mclasses and not other.fragments_only and \
        other.mclasses == {"irrealis"}


@functools.lru_cache(maxsize=1 << 14)
def _subtypes_fit(type_: str, a: frozenset[str | None], b: frozenset[str | None]) -> bool:
    """Every pair of the two sets' sub-types can be one incident (``ontology.subtypes_compatible``)."""
    return all(subtypes_compatible(type_, x, y) for x in a for y in b)


@functools.lru_cache(maxsize=1 << 14)
def _ways_apart(type_: str, a: frozenset[str | None], b: frozenset[str | None]) -> float:
    """What two sets of main sub-types count against one incident (:func:`score`)."""
    pairs = [(x, y) for x in a - RESULT_SUBTYPES for y in b - RESULT_SUBTYPES]
    if any(not subtypes_compatible(type_, x, y) for x, y in pairs):
        return 1.5  # a bombing told as a gun battle: one assault told two ways happens, but it is evidence against
    if any(not related(type_, x, y) for x, y in pairs):
        return 0.5  # siblings of one mode (a shooting and a bombing)
    return 0.0


def _both_stated(a: Summary, b: Summary) -> Interval | None:
    """:func:`_meet` of both summaries' stated dates with a night's slack (from each one's bounds)."""
    (lo_a, hi_a), (lo_b, hi_b) = a.stated_bounds, b.stated_bounds  # type: ignore[misc]
    lo, hi = max(lo_a, lo_b), min(hi_a, hi_b)
    if lo <= hi:
        return lo, hi
    return (hi, lo) if (lo - hi).days <= NIGHT else None


def _other_sides(a: Summary, b: Summary) -> bool:
    """A directed event by other countries, or on other countries' people: "Chile expels a Peruvian diplomat"
    and "Peru expels a Chilean diplomat" are two expulsions."""
    if a.type not in DIRECTED_TYPES:
        return False
    return bool(a.actor_cc and b.actor_cc and not a.actor_cc & b.actor_cc) or \
        bool(a.target_cc and b.target_cc and not a.target_cc & b.target_cc)


def _same_sides(a: Summary, b: Summary) -> bool:
    """The same countries act (and, when both say, on the same countries) in two directed events."""
    return a.type in DIRECTED_TYPES and bool(a.actor_cc & b.actor_cc) and (
        not (a.target_cc and b.target_cc) or bool(a.target_cc & b.target_cc))


def _same_stated(a: Summary, b: Summary) -> bool:
    """Both state the same date for it, at the same granularity ("the 2011 uprising", "the revolt of 2011")."""
    return bool(a.stated and b.stated and a.stated_day == b.stated_day is not None)


def _date_score(a: Summary, b: Summary) -> float:
    da, db = a.stated_night or _meet(a.soft), b.stated_night or _meet(b.soft)
    if da and db:
        if not overlaps(da, db):  # soft dates that disagree; stated ones a night apart (see _meet)
            return 0.0 if _meet([da, db], NIGHT) else -1.5
        return 1.0 if da[0] == da[1] == db[0] == db[1] else 0.5
    if a.victims & b.victims:
        return 0.0  # one person killed once: "the killing of X" told months later is no sign of another killing
    # a report told as news is close to the incident; one told as background ("after the attack") may be far
    if (da or db) and (a.news_before if db else b.news_before):
        stated, report = (da, b.news_before) if da else (db, a.news_before)
        gap = (report - stated[1]).days  # type: ignore[operator,index]
        if gap > 14 and (_recalled_later(b, a) if da else _recalled_later(a, b)):
            return 0.0  # the act named again in passing long after (see _recalled_later)
        return 0.5 if gap <= 3 else (0.0 if gap <= 14 else -(gap - 14) / 7)  # a month late: -2.3
    if not (da or db) and a.news_before and b.news_before:
        gap = abs((a.news_before - b.news_before).days)
        if gap > 10 and (_recalled_later(b, a) if b.news_before > a.news_before else _recalled_later(a, b)):
            return 0.0
        return 0.3 if gap <= 2 else (0.0 if gap <= 10 else -(gap - 10) / 5)
    return 0.0


def score(a: Summary, b: Summary, places: PlaceGraph) -> float:
    """Evidence that two compatible clusters tell one incident (see the module docstring)."""
    s = _date_score(a, b)
    if a.places and b.places:
        if a.places & b.places:
            s += 2.5
        else:
            s += 2.0 if places_fit(a, b, places) else -1.0
    if _same_sides(a, b):
        s += 1.5  # the same countries on the same sides of a directed event
    shared = a.parts & b.parts
    if shared:  # who resigned, visited, met: for political events the people are what makes the incident
        s += min(3.0, (1.5 if a.type in VIOLENT_TYPES else 2.0) + 0.5 * (len(shared) - 1))
    if a.deaths and b.deaths:
        if any(x == y for x in a.deaths for y in b.deaths):
            s += 1.0
        elif any(x[0] <= y[1] and y[0] <= x[1] for x in a.deaths for y in b.deaths):
            s += 0.5
    specific = (a.subtypes & b.subtypes) - VAGUE_SUBTYPES
    s += 0.5 if specific else 0.0
    if specific - RECURRING_SUBTYPES and (set(a.stories) & set(b.stories) or _same_stated(a, b)):
        s += 1.0  # one story seldom holds two suspensions, withdrawals or floods; nor a year two "2011 uprisings"
    s -= _ways_apart(a.type, a.main_subtypes, b.main_subtypes)
    s += 0.5 if a.lower_words & b.lower_words else 0.0
    if a.names & b.names or _site_words(a.words) & _site_words(b.words):
        s += 1.0  # the incident's own name ("the Sarn market bombing", "the market bombing")
    if a.stories and b.stories and set(a.stories) & set(b.stories):
        s += 1.0  # (different stories say little: one story's coverage is often split in two)
    if a.lead and b.lead:
        s += 1.0  # two articles' main incidents
    if a.background_only != b.background_only and not _same_stated(a, b):
        s -= 0.5  # an older incident recalled in passing and one reported as news (not both told at one date)
    if a.victims & b.victims:
        s += 1.0  # one person killed once (the shared participant above counts too)
    if a.held and b.held:  # two men arrested, then one: two arrests; "eleven arrested" twice: a count, like a toll
        s += (1.0 if max(a.held & b.held) > 1 else 0.5) if a.held & b.held else -1.5
    if a.ordinals & b.ordinals:
        s += 1.0  # "the fourth round" told by both: which sitting of the talks it is
    if a.vec is not None and b.vec is not None:
        s += 4.0 * (float(a.vec @ b.vec) - 0.55)
    if a.lead and b.lead and a.docs and b.docs and not a.docs & b.docs:
        s += DOC_APART  # two articles' main incidents, told only in the articles of other incidents (doc_clusters)
    return s


# --------------------------------------------------------------------------- within an article


def _plain_deaths_disagree(a: Summary, b: Summary) -> bool:
    return bool(a.deaths and b.deaths) and not any(x[0] <= y[1] and y[0] <= x[1] for x in a.deaths
                                                   for y in b.deaths)


def within_article(infos: list[Info], places: PlaceGraph, busy: frozenset[str] = frozenset()) -> list[Cluster]:
    """One article's incidents (see the module docstring).

    A report tells its incidents apart by what each has of its own: a date,
    a place, a toll, a marker ("another", "a second", "earlier"). So a mention
    joins an incident it does not contrast with (fragments: the one being told;
    others: the best-scoring one, the sentence similarity left out: every
    sentence of a report is about its incident), and starts a new one
    otherwise. A fragment with nothing before it starts an incident that the
    next compatible mention completes ("The attack ... . A bomb exploded in X").
    ``busy``: people who met several others in a few days (:func:`_busy_people`): a trip of theirs is not one of
    its meetings (:func:`_trip_and_meeting`), here as across articles.
    """
    clusters: list[Cluster] = []
    last_seen: dict[int, int] = {}  # cluster index -> start of its latest mention
    recalled = _recalled(infos)  # ids of the mentions told as older incidents recalled (see _recalled)
    lead: dict[str, int] = {}  # type -> the cluster of the article's lead incident of that type (see _lead_info)
    several = any(i.people & busy for i in infos)  # a trip and its meetings apart where the trip held several
    # in each sentence the acts come before the deaths and injuries they caused ("twelve were killed when raiders
    # stormed the fair in Sarn in May"): a toll joins the act of its own sentence, not an incident told
    # before it (read first, "killed" had joined the article's main incident and left its attack alone)
    for info in sorted(infos, key=lambda i: (i.m.sentence_start, _effect(i), i.m.start, i.m.id)):
        one = summarize(Cluster([info]), with_vector=False)
        summaries = {n: summarize(c, with_vector=False) for n, c in enumerate(clusters)}
        ones = {n: _told_with(one, c, info) for n, c in enumerate(clusters)}
        cands = [n for n, sm in summaries.items() if _joinable(sm, ones[n], places, trips=several)]
        # "a blast" is new; "after the attack on X last Friday" (definite) refers back to the incident told
        marked = info.indefinite or (info.m.background and info.m.determiner not in DEFINITE)
        quiet = [n for n in cands if not _contrast(summaries[n], ones[n], places, marked)
                 and not _told_apart(clusters[n], info) and not _ordered_apart(clusters[n], info)]
        if info.m.background:  # "hours after the killing of <another official>": another victim, another killing
            quiet = [n for n in quiet if not _other_targets(clusters[n], info)]
        if info.prior:  # "the previous raids": an older incident of its kind, never one the article tells as news
            quiet = [n for n in quiet if all(i.old for i in clusters[n].infos)]
        if info.fragment:  # the incident being told: the latest one it does not contrast with, realis first
            if one.places and info.m.background:  # "after the bombing of the market in Sarn": only an incident
                quiet = [n for n in quiet if summaries[n].places]  # known to be there
            if one.deaths and info.m.background:  # "400 people have since been killed": a toll of its own
                quiet = [n for n in quiet if all(i.old for i in clusters[n].infos) or _own_link(summaries[n], one,
                                                                                                 places)
                         or _told_alike(clusters[n], info)]  # ("after the bombing in X, which killed 15")
            if one.type == "CONSULT":  # "the talks" (the process) is not the visit just told
                quiet = [n for n in quiet if one.subtypes <= summaries[n].subtypes]
            elif one.type not in VIOLENT_TYPES:  # "the protests" after "torched the mayor's house": one protest
                quiet = [n for n in quiet if all(any(related(one.type, x, y) for y in summaries[n].subtypes)
                                                 for x in one.subtypes)]
            else:  # "the explosions" are not the air strike recalled just before
                quiet = [n for n in quiet if all(subtypes_compatible(one.type, x, y) for x in one.subtypes
                                                 for y in summaries[n].subtypes)]
            kinds = one.subtypes - VAGUE_SUBTYPES  # "the drone strike" told as news is not the attack a headline
            if kinds and not info.m.background:  # named as its reason ("Army retaliates for X attack")
                quiet = [n for n in quiet if not all(i.m.background for i in clusters[n].infos)
                         or summaries[n].subtypes & kinds or _own_link(summaries[n], one, places)]
            site = _site_words(one.words)  # "the market bombing" names its incident by its site
            if site:
                quiet = [n for n in quiet if site & _site_words(summaries[n].words, any_word=True)]
            # "the arrest" is the one the article reports, not one recalled in passing since; but "the drone strike"
            # names again the incident an earlier "a drone strike" brought in, however it was told (_said_again)
            # a fragment of violence names the article's lead incident, not one recalled or named in passing
            # since, unless its own sentence or its words tie it to that one (_in_passing, _tied; "the talks" is
            # left to the order: a report tells rounds and processes of talks at every depth)
            # and a fragment that names a way of attacking ("the bombing") names the incident told that way, not
            # the lead told otherwise ("Turkey strikes Kurdish bases ... no group claimed the bombing")
            named = kinds if not _blast(info) else frozenset()
            pick = max(quiet, key=lambda n: (summaries[n].mclasses == one.mclasses,
                                             not _old_for(summaries[n], info),
                                             _said_again(clusters[n], info),
                                             bool(named & summaries[n].subtypes),
                                             not all(i.m.background for i in clusters[n].infos),
                                             info.m.type not in VIOLENT_TYPES or _tied(clusters[n], info) or
                                             lead.get(info.m.type) == n or not _in_passing(clusters[n], recalled),
                                             last_seen[n])) if quiet else None
        elif info.m.distinct:  # "In a separate attack, a bomb exploded": only what that sentence began
            same = [n for n in quiet if min(i.m.sentence_start for i in clusters[n].infos) == info.m.sentence_start]
            pick = _best_incident(clusters, summaries, same, info, one, places, recalled) if same else None
        else:
            if info.m.background and info.m.determiner not in DEFINITE:  # "suspended after a blast destroyed a
                # bridge", "a day after gunmen abducted 200 women": an older incident, unless a place, day or toll
                quiet = [n for n in quiet if all(i.old for i in clusters[n].infos)  # of its own is the news one's
                         or _own_link(summaries[n], one, places)
                         or (info.m.type in VIOLENT_TYPES and _recalled_with(clusters[n], info))]
            elif not info.old and info.mclass == "realis":  # the other way round: "air strikes hit six depots" told
                # (a main act told as news, or "the attack" named again with a doer of its own: nor one the article
                # names in passing)
                act = info.m.type in VIOLENT_TYPES and (_main_act(info, recalled) or _named_again_with_doer(info))
                quiet = [n for n in quiet if not (all(i.old for i in clusters[n].infos) or  # as news after "in reprisal
                                                  (act and lead.get(info.m.type) != n and
                                                   _in_passing(clusters[n], recalled)))
                         or _own_link(summaries[n], one, places)  # for a drone attack at X": the news
                         or any(i.m.sentence_start == info.m.sentence_start for i in clusters[n].infos)]
                # (but the sentence that tells an older incident tells its acts: "in August gunmen attacked a hotel,
                # killing guests and fighting troops during a siege")
            pick = _best_incident(clusters, summaries, quiet, info, one, places, recalled)
        if pick is None:
            clusters.append(Cluster([info]))
            pick = len(clusters) - 1
        else:
            clusters[pick].infos.append(info)
        last_seen[pick] = info.m.start
        if info.m.type not in lead and _lead_info(info, recalled):
            lead[info.m.type] = pick
    return clusters


#: how deep below its sentence's root a noun trigger lies when its sentence tells it only in passing ("the blasts
#: came amid tensions over the killing of a leader in Sarn", "blamed for the attack on three bases in Tolm")
PASSING_DEPTH = 3


def _recalled(infos: list[Info]) -> frozenset[str]:
    """The mentions an article tells as older incidents it recalls: told as background or dated long before
    their report (``Info.old``), and a mention with no date of its own that its sentence sets below such an
    older one ("was assassinated four years ago in a US drone attack": the attack is the assassination's, of
    its year, not the report's news). Mention ids."""
    old = [i for i in infos if i.old and i.stated and i.m.depth is not None]
    out = {i.m.id for i in infos if i.old}
    for i in infos:
        if i.m.id in out or i.stated or i.soft or i.m.depth is None:
            continue
        if any(j.m.sentence_start == i.m.sentence_start and j.m.field == i.m.field and j.m.depth is not None and
               i.m.depth is not None and j.m.depth < i.m.depth and j.m.start < i.m.start for j in old):
            out.add(i.m.id)
    return frozenset(out)


def _lead_info(info: Info, recalled: frozenset[str]) -> bool:
    """Does the mention tell the article's lead incident: in its headline or first sentences (``Info.lead``),
    as happened, not recalled and not a fragment (what the report leads with is its news)?"""
    return info.lead and info.mclass == "realis" and not info.fragment and info.m.id not in recalled


def _in_passing(c: Cluster, recalled: frozenset[str]) -> bool:
    """Is an incident of the article told only in passing: each of its mentions recalled (:func:`_recalled`) or
    a noun deep in an argument of another act (``PASSING_DEPTH``: "amid tensions over the killing of a leader in
    Sarn")? A fragment after it ("the attack") names the article's lead incident, not this one."""
    return all(i.m.id in recalled or (i.m.determiner is not None and i.m.depth is not None and
                                      i.m.depth >= PASSING_DEPTH) for i in c.infos)


def _main_act(info: Info, recalled: frozenset[str]) -> bool:
    """Is the mention a main act of its sentence told as news: a verb, or a noun at most one arc below its
    sentence's root ("warplanes bombed the bases", "the strikes destroyed 89 targets"), not recalled?"""
    return info.m.id not in recalled and (info.m.determiner is None or
                                          (info.m.depth is not None and info.m.depth <= 1))


def _named_again_with_doer(info: Info) -> bool:
    """A definite noun with nothing of its own to say where or when ("blamed the Red Hand group for the attack"):
    the incident named again, a fragment but for the doer its sentence gives it."""
    return info.m.determiner in DEFINITE and info.m.determiner != "pred" and not (info.stated or info.soft or
                                                                                  info.place)


def _recalled_with(c: Cluster, info: Info) -> bool:
    """Does the mention's own sentence name the incident told as background too ("more than 24 hours after the
    explosions, claiming two bombers had detonated their vests": the acts of the incident its sentence recalls)?"""
    return any(i.m.sentence_start == info.m.sentence_start and i.m.field == info.m.field and i.m.background
               and i.m.start < info.m.start for i in c.infos)


def _tied(c: Cluster, info: Info) -> bool:
    """Does the fragment's own sentence tell the incident too ("the group's claim of the attack in Sarn ... the
    attack killed ten", one sentence)?"""
    return any(i.m.sentence_start == info.m.sentence_start and i.m.field == info.m.field for i in c.infos)


def _busy_people(infos: list[Info]) -> frozenset[str]:
    """The people who met several others within a few days (``TRIP_DAYS``): "met the foreign minister on
    Sunday ... met the president on Monday", "will meet X and Y" told in one article, or meetings with other
    people on days two articles state. A trip of theirs held several meetings, so none of them is the trip
    (:func:`_trip_and_meeting`); a traveller who met one person on a trip ("X met Y in Lesk on Tuesday. It was
    X's first trip abroad") made one visit. (A meeting another article tells with no day of its own may be
    one recalled from weeks before: its report's day says nothing of when it was held.)"""
    seen: dict[str, list[tuple[dt.date, frozenset[str], str | None]]] = {}
    for i in infos:
        day = i.stated[0] if i.stated else i.before
        if i.m.type == "CONSULT" and i.m.subtype in MEETING_SUBTYPES and len(i.people) > 1 and day and not i.old \
                and i.mclass != "negated":
            for p in i.people:  # (the article, where its day is only its report's)
                seen.setdefault(p, []).append((day, i.people, None if i.stated else i.m.article))
    busy = set()
    for p, told in seen.items():
        if any(abs((d1 - d2).days) <= TRIP_DAYS and a - b and b - a and (x == y or not (x or y))
               for d1, a, x in told for d2, b, y in told):
            busy.add(p)
    return frozenset(busy)


def _told_apart(c: Cluster, info: Info) -> bool:
    """Does the mention's own sentence tell the incident with the other telling (one as news, one as background:
    "a drone strike killed the planner of the attack", "the blast came after gunmen had stormed a hotel")? A
    sentence that sets one act before the other tells two incidents, however close they stand."""
    own = [i for i in c.infos if i.m.sentence_start == info.m.sentence_start]
    return bool(own) and all(i.m.background != info.m.background for i in own)


def _said_again(c: Cluster, info: Info) -> bool:
    """Does a fragment repeat the words of a mention that brought an incident in ("in retaliation for a drone strike
    last week ... The drone strike wrecked a depot in Dovra")? A definite noun phrase that repeats a phrase told
    before names that phrase's incident, even one told as background (the strikes told as news between them are
    another incident). One word ("the attack", "the blast") names any incident of its kind, and is left to the order."""
    words = info.m.text.lower().split()
    return len(words) > 1 and any(i.m.text.lower().split() == words and i.m.start < info.m.start for i in c.infos)


def _told_alike(c: Cluster, info: Info) -> bool:
    """Does the mention's own sentence tell the incident the same way, by a mention with a place or a date of its
    own (both as background: "after the bombing in X, which killed 15 people", the toll of the bombing its
    sentence recalls; not "have since been killed in the fighting", which names nothing of its own)?"""
    return any(i.m.sentence_start == info.m.sentence_start and i.m.background == info.m.background and
               (i.place or i.stated) for i in c.infos)


def _told_with(one: Summary, c: Cluster, info: Info) -> Summary:
    """A mention with no date of its own, as it meets an incident its own sentence tells as an older one ("In
    August the group attacked a hotel, killing guests and fighting troops during a siege"): it shares that
    sentence's time, so it is not news of its report's day for that incident (nor a month too late for it).
    The sentence's own date, where the mention has one ("... occurred in December 2014, when gunmen stormed a
    school killing more than 150"), is that incident's: the mention is dated by it."""
    own = [i for i in c.infos if i.old and i.m.sentence_start == info.m.sentence_start]
    if info.stated or info.old or not own:
        return one
    if info.soft is None:
        return replace(one, news_before=None)
    if not any(i.stated and i.stated[0] <= info.soft[1] and info.soft[0] <= i.stated[1] for i in own):
        return one
    return replace(one, news_before=None, stated=[info.soft])


def _effect(i: Info) -> bool:
    """A death or an injury told by a bare casualty word ("were killed", "died"): what an act caused."""
    return i.m.type in ("ASSAULT", "LIFE") and i.m.text.lower() in CASUALTY_VERBS


def _targets(infos: Iterable[Info]) -> set[str]:
    return {p.entity for i in infos for p in i.participants if p.role == "target" and p.entity}


def _other_targets(c: Cluster, info: Info) -> bool:
    """Both name whom they struck, and no one in common (an incident recalled by its own victim)."""
    own, theirs = _targets([info]), _targets(c.infos)
    return bool(own and theirs and not own & theirs)


def _old_for(c: Summary, info: Info) -> bool:
    """Is an incident dated long before the article that names ``info`` (an older incident recalled)?"""
    dated = c.dated
    return bool(dated and info.before and (info.before - dated[1]).days > OLD_DAYS)


def _best_incident(clusters: list[Cluster], summaries: dict[int, Summary], quiet: list[int], info: Info,
                   one: Summary, places: PlaceGraph, recalled: frozenset[str] = frozenset()) -> int | None:
    """The incident a non-fragment mention joins: the best-scoring one it does not contrast with. An opening
    fragment recalled ("A week after the Sarn bombing, jets struck ...": :func:`_recalled`) names no incident the
    article goes on to tell."""
    best, best_s = None, WITHIN_DOC + (INDEFINITE_EXTRA if info.indefinite else 0.0)
    first = min((i.m.start for c in clusters for i in c.infos if i.m.type == info.m.type), default=-1)
    # the kind an indefinite mention names: "a shooting" after a bombing is another incident, but "a despicable
    # attack" (or "a killing") names no kind, so it is no other kind than the hostage-taking just told; it only
    # needs more evidence (INDEFINITE_EXTRA)
    kinds = one.subtypes - VAGUE_SUBTYPES
    for n in quiet:
        if all(i.fragment for i in clusters[n].infos) and min(i.m.start for i in clusters[n].infos) == first and \
                not (info.m.type in VIOLENT_TYPES and
                     any(i.m.id in recalled and i.m.start == first for i in clusters[n].infos)):
            return n  # "The attack ... . A bomb exploded in X": what the article's opening fragment referred to
        near = _closeness(clusters[n], info)
        if near < 2.0 and _visit_and_talks(summaries[n], one) and not _specific_link(summaries[n], one, places):
            continue  # a minister's visit to the wounded is not the round of talks told the sentence before
        told = summaries[n].subtypes - VAGUE_SUBTYPES  # (not "were killed": what any violence does)
        if not info.m.background and all(i.m.background for i in clusters[n].infos) and kinds and \
                not (summaries[n].subtypes & kinds or _own_link(summaries[n], one, places)):
            continue  # a drone strike told as news is not the attack an earlier line named as its reason
        if info.indefinite and near < 2.0 and kinds and not told & kinds and \
                any(not related(one.type, x, y) for x in told for y in kinds):
            continue  # "a shooting" after the article told a bombing: another incident
        s = score(summaries[n], _told_with(one, clusters[n], info), places) + near
        if s >= best_s:
            best, best_s = n, s
    return best


def _visit_and_talks(a: Summary, b: Summary, main: bool = False) -> bool:
    """One is only a visit and the other only talks: a trip and a negotiation are told together when the talks
    are held on the trip, which the text then says (one sentence, a place, a participant). ``main``: by the
    sub-types most of their mentions give (:func:`_main_subtypes`)."""
    kinds = {frozenset(a.main_subtypes), frozenset(b.main_subtypes)} if main else \
        {frozenset(a.subtypes), frozenset(b.subtypes)}
    return a.type == "CONSULT" and kinds == {frozenset({"visit"}), frozenset({"talks"})}


def _specific_link(c: Summary, one: Summary, places: PlaceGraph) -> bool:
    """Something only one incident has in common: a participant, a place below country level, a day, a toll.
    For violence a participant is its victim: the armed group behind it carries out many attacks."""
    if (c.targets & one.targets if c.type in VIOLENT_TYPES else c.parts & one.parts) or _same_sides(c, one):
        return True
    if c.type != "ASSAULT" and (c.subtypes & one.subtypes) - RECURRING_SUBTYPES and set(c.stories) & set(one.stories):
        return True  # a suspension, a withdrawal, a flood recalled in the same story: that story's one (an
    return _own_link(c, one, places)  # insurgency's story holds many bombings)


def _own_link(c: Summary, one: Summary, places: PlaceGraph) -> bool:
    """What only the incident itself has: a place below country level, its name, a day, its toll (not who did
    it: an armed group carries out many attacks; nor its kind: a story of an insurgency holds many bombings)."""
    local = [(p, q) for p in c.places for q in one.places if p not in places.countries and q not in places.countries]
    if any(p == q or p in places.ancestors(q) or q in places.ancestors(p) for p, q in local):
        return True
    if c.names & one.names or _site_words(c.words) & _site_words(one.words):
        return True  # the incident's name: "the Sarn market bombing", "the Sarn attack", "the market bombing"
    if c.days & one.days:
        return True
    if c.stated_set & one.stated_set and (c.background_only == one.background_only or _same_stated(c, one)):
        return True  # the same date stated for both ("the fourth round ... last month", "the 2027 takeover")
    if any(n > 1 for n in c.held & one.held):
        return True  # the same number of people arrested ("eleven suspects were detained"), as a toll
    return any(x == y and x[0] == x[1] for x in c.deaths for y in one.deaths)


def _bare(s: Summary, places: PlaceGraph) -> bool:
    """Nothing of its own tells which incident it is: no place below country level, no date of its text, no
    participant, no name, no toll."""
    return not (any(p not in places.countries for p in s.places) or s.stated or s.soft or s.parts or s.names
                or _site_words(s.words) or s.deaths)


def only_if_linked(a: Summary, b: Summary, by_word: bool = False) -> bool:
    """Pairs that are one incident only on something specific to it (:func:`_specific_link`), never on their
    wording or story: an incident recalled in passing ("after a blast destroyed a bridge"), and an expected
    one (a meeting to come is known by its date, place or people: two vague hopes of talks are not one
    event). ``by_word`` (joining by the same word, the actions step): only an incident recalled with an
    indefinite article ("in a blast") is one the story has not told; "the two men detained on the day of the
    bombing" names one it knows, and may join by its word."""
    def recalled(x: Summary) -> bool:
        return x.background_only and (x.indefinite or not by_word)
    return recalled(a) or recalled(b) or "irrealis" in a.mclasses | b.mclasses


def _contrast(c: Summary, one: Summary, places: PlaceGraph, marked: bool = False) -> bool:
    """Does a mention bring a day, place or toll of its own that the incident does not have?

    A date of its own contrasts when it does not meet the incident's, or, for
    a mention marked as new or older (``marked``: "a ...", told as background),
    when it is not the incident's ("Earlier last week, a suicide blast ..."
    after Sunday's bombing).
    """
    days_c, days_o = c.dated, one.dated
    if days_c and days_o and (not overlaps(days_c, days_o) or (marked and days_c != days_o)):
        return True
    for dated, news in ((days_c, one.news_before), (days_o, c.news_before)):
        if dated and not (days_c and days_o) and news and (news - dated[1]).days > OLD_DAYS and \
                not c.victims & one.victims:
            return True  # "the insurgency's worst fighting, in August 2027" beside this week's attack
    if _older_than_coverage(c, one) or _older_than_coverage(one, c):
        return True
    if not all(places.compatible(p, q) for p in c.places for q in one.places):
        return True  # another town (the relation unknown): another incident, unless it is a fragment
    if c.type not in VIOLENT_TYPES and c.parts and one.parts and not c.parts & one.parts:
        return True  # talks with other people are other talks (an attack may be blamed on two groups)
    named_c, named_o = c.names, one.names
    if named_c and named_o and not named_c & named_o:
        return True  # "the Sarn bombing" and "the Tolvar attack"
    if c.held and one.held and not c.held & one.held:
        return True  # "police arrested a man" and "two men were arrested": two arrests
    return _plain_deaths_disagree(c, one)


def _older_than_coverage(dated: Summary, undated: Summary) -> bool:
    """In an article with no publication day: does one telling give a year of its own (stated, read in its sentence,
    or a report's: "Norland reported an outbreak in 2028") that ends more than ``OLD_DAYS`` before the story's
    coverage began (:func:`_coverage_from`), while the other has no date at all? "The 1987 bombing of an airliner"
    and "an outbreak in 2023" recalled in an undated report of this autumn's incident are older ones: with a
    publication day the report's own day parts them (above); without one, the first day of the story's dated
    reports stands for it (not a bound on the incident: a date of its own only contrasts with it). Only a date that
    names a whole year: a report names the year alone of what lies well back, while a month or a season ("in the
    autumn", "last November") may be the recent past of the incident it tells, which a report with no day of its own
    cannot place ("the talks began in the autumn", in an undated report of their latest round)."""
    return bool(dated.year_end and undated.coverage_from and not undated.dated and undated.news_before is None and
                not dated.victims & undated.victims and (undated.coverage_from - dated.year_end).days > OLD_DAYS)


def _names(words: frozenset[str]) -> set[str]:
    """Capitalized words inside trigger spans ("Sarn" of "Sarn market bombing"): an incident's own name. Not in a
    span written in title case, its trigger word capitalized too ("Concert Hall Shooting" in a headline): there
    every word is capitalized, a name or not, and "Hall" is no name to tell "the Sarn attack" apart from it."""
    return {w for t in words for w in t.split()[:-1] if w[:1].isupper() and not _title_case(t)}


def _title_case(span: str) -> bool:
    """A span of several words whose last (the trigger word, a common noun or verb) is capitalized: a headline's
    casing ("Hall Shooting", "Arms Summit"), not a name's."""
    ws = span.split()
    return len(ws) > 1 and ws[-1][:1].isupper()


@functools.lru_cache(maxsize=1 << 16)  # asked for every pair of incidents compared: 580k calls on a 19k store
def _site_words(words: frozenset[str], any_word: bool = False) -> frozenset[str]:
    """Lower-case nouns inside trigger spans that say where or what was hit ("market" of "the market bombing",
    "hall" of "the hall attack"), not how ("suicide", "car", "gun"): a fragment so named is that incident's.
    ``any_word``: every word of the spans (what a fragment's site is looked for in)."""
    out = {w.lower() for t in words for w in (t.split() if any_word else t.split()[:-1])}
    return frozenset(out) if any_word else frozenset(
        w for w in out if w.isalpha() and w not in MODIFIER_SUBTYPE and
        not any(x[:1].isupper() and x.lower() == w for t in words for x in t.split()))


#: a connective that orders two acts ("after", "in the wake of", "preceded"), as a pattern on lower-case text
ORDER_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                             for w in sorted(AFTER_CONNECTIVES + PRECEDE_WORDS, key=len, reverse=True))
                         + r")\b")
#: a gap counted before a connective ("a week after", "days after", "two months after"), and one too short to part
#: two incidents ("minutes after the first blast")
COUNTED_GAP = re.compile(r"\b(?:" + "|".join(GAP_UNITS) + r")\s*$")
SHORT_GAP = re.compile(r"\b(?:" + "|".join(SHORT_GAP_UNITS) + r")\s*$")
#: a span of time the earlier act lasted ("after eight days of talks", "after years of violence"): the process the
#: later act ends or comes out of, not an older incident
DURATION = re.compile(r"\b(?:" + "|".join(GAP_UNITS) + r")\s+of\b")
WORD = re.compile(r"[\w'’-]+")


def _an_effect(m: EventMention) -> bool:
    """A death or an injury (a bare casualty word, or a LIFE mention): what an act caused. "Twelve were killed after
    a bomb exploded" gives the cause of a toll, not an older act."""
    return m.type == "LIFE" or (m.type == "ASSAULT" and m.text.lower() in CASUALTY_VERBS)


def _a_saying(m: EventMention) -> bool:
    return m.type == "STATEMENT" or m.subtype in SPEECH_SUBTYPES


def _governed(text: str) -> bool:
    """Is ``text`` (between a connective and a mention) at most a noun phrase's premodifiers ("the double", "Sarn
    twin", "a major"): no clause begins in it and no punctuation parts it?"""
    words = WORD.findall(text.lower())
    return len(words) <= NOUN_PHRASE_WORDS and not any(c in text for c in ",;:()\"“”") and \
        not CLAUSE_WORDS & set(words)


def order_links(sentence: str, offset: int, mentions: list[EventMention]) -> set[frozenset[str]]:
    """The pairs of mentions (ids) that one sentence sets in order: the later act, then a connective
    (``lexicons.ordering``), then the earlier act it governs ("Air strikes come after the market bombing", "the
    deadliest attack since the 2027 bombing"), or the connective first ("A week after the attack, troops raided
    the camp"). ``sentence`` is the sentence's text, ``offset`` where it starts in its field, ``mentions`` those of
    the sentence. Not: the cause of a toll ("twelve were killed after a bomb exploded": the act before the
    connective is an effect), what a saying answers ("the minister said after the attack": the news itself, unless
    a gap is counted: "a week after the attack, officials announced troops had raided ..."), phases minutes apart
    ("minutes after the first blast"), how an episode ended ("the meeting ended after eight days of talks": a verb
    of ending before the connective) nor a process the later act comes out of ("after years of violence")."""
    ms = sorted(mentions, key=lambda m: (m.start, m.id))
    low = sentence.lower()
    out: set[frozenset[str]] = set()
    for hit in ORDER_WORDS.finditer(low):
        cs, ce = hit.start() + offset, hit.end() + offset
        before = low[:hit.start()]
        if SHORT_GAP.search(before):
            continue
        gap = bool(COUNTED_GAP.search(before))
        earlier = next((m for m in ms if m.start >= ce), None)
        if earlier is None or _a_saying(earlier) or not _governed(sentence[ce - offset:earlier.start - offset]) or \
                DURATION.search(low[ce - offset:earlier.start - offset]):
            continue
        prior = [m for m in ms if m.end <= cs]
        later: EventMention | None = None
        if prior:  # "X after Y": the nearest act before the connective (a saying: what it answers is the news)
            later = prior[-1]
            if ENDING_WORDS & set(WORD.findall(low[:hit.start()])):
                continue  # "the meeting ended after ...": how it ended
        elif set(WORD.findall(before)) <= OPENING_WORDS | set(GAP_UNITS):  # "After Y, X": the first act past the
            rest = [m for m in ms if m.start > earlier.end and  # comma that ends the phrase; past a saying only
                    "," in sentence[earlier.end - offset:m.start - offset]]  # with a gap counted ("a week after
            if rest and _a_saying(rest[0]) and gap:  # the attack, officials said troops had raided ...")
                rest = [m for m in rest if not _a_saying(m)]
            later = rest[0] if rest else None
        # (no act before it and no opening either: "The breakthrough came after X visited Y, ...")
        if later is not None and later.id != earlier.id and not _a_saying(later) and not _an_effect(later):
            out.add(frozenset({later.id, earlier.id}))
    return out


#: a counted gap of a day or more told after an act ("was arrested three days later", "days later"), on lower-case text
LATER_GAP = re.compile(r"\b(?:(?:" + "|".join(GAP_COUNTS) + r"|\d+)\s+)*(?:" + "|".join(DAY_GAP_UNITS) + r")\s+(?:"
                       + "|".join(LATER_WORDS) + r")\b")
#: how many words may stand between an act and the gap told after it ("was arrested by police three days later"),
#: and between a gap that opens its clause and the act it dates ("Days later the man's partner was arrested")
LATER_REACH = 3
LATER_OPENING_REACH = 8


def later_links(sentence: str, offset: int, mentions: list[EventMention]) -> set[frozenset[str]]:
    """The pairs of mentions (ids) that one sentence tells a counted gap of a day or more apart: an act of one kind
    told before, then another of its kind dated by the gap ("he was overpowered and arrested, while his partner was
    arrested three days later", "X was detained at the scene and Y was arrested days later"). The gap names the act
    it follows in its clause (at most ``LATER_REACH`` words before it, no punctuation between) or the act after it
    where it opens the clause ("Days later the man's partner was arrested"); that act happened the gap after the
    other, so the two are two incidents (two arrests), however alike their words. Only acts of one type are paired
    (what the gap's act follows is most often the incident it answers: "was charged two weeks later" is no other
    arrest); hours are no such gap ("a second blast hours later" may be one night's attack)."""
    ms = sorted(mentions, key=lambda m: (m.start, m.id))
    low = sentence.lower()
    out: set[frozenset[str]] = set()
    for hit in LATER_GAP.finditer(low):
        gs, ge = hit.start() + offset, hit.end() + offset
        told: EventMention | None = None
        before = [m for m in ms if m.end <= gs]
        if before:
            between = low[before[-1].end - offset:hit.start()]
            if len(WORD.findall(between)) <= LATER_REACH and not any(c in between for c in ",;:()\"“”"):
                told = before[-1]
        if told is None:
            opening = low[:hit.start()].rstrip()
            if not opening or opening[-1] in ",;:" or WORD.findall(opening)[-1:] in (["and"], ["while"], ["but"]):
                after = [m for m in ms if m.start >= ge]
                if after and ";" not in low[hit.end():after[0].start - offset] and \
                        len(WORD.findall(low[hit.end():after[0].start - offset])) <= LATER_OPENING_REACH:
                    told = after[0]
        if told is None or _a_saying(told) or _an_effect(told):
            continue
        for m in ms:
            if m.end <= told.start and m.type == told.type and m.id != told.id and not _a_saying(m):
                out.add(frozenset({m.id, told.id}))
    return out


def _phrase(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


#: a raid told before the arrest it was carried out to make: its object and a time, then the purpose ("stormed the
#: embassy late on Friday to arrest", "a raid, which it carried out in a bid to capture"), or "and" ("storm the
#: embassy and arrest"), on lower-case text between the two
PURPOSE_END = re.compile(r"\b(?:" + _phrase(PURPOSE_MARKERS) + r")\s+$")
AND_END = re.compile(r"^[^,;:()\[\]\"“”]*\band\s+$")
#: an arrest told before the raid it was made in ("arrested in a raid on", "detained a week ago during a raid by")
DURING_RAID = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:" + _phrase(DURING_WORDS) + r")\s+(?:a|an|the|its|their)\s+"
                         r"(?:[\w'’-]+\s+){0,2}$")
#: a form of "be" between a noun raid and an arrest joined by "and": the arrest is passive, its subject the people
#: the raid's noun phrase describes ("people involved in the attack have been identified and arrested")
PASSIVE_BETWEEN = re.compile(r"\b(?:is|are|was|were|been|being)\b")
#: the acts that may be the raid of an operation: force used to enter a place ("stormed", "a raid", "raided his
#: home"), not a bombing, shooting or killing (the arrest "in the bombing inquiry" is of the bombing's suspects)
RAID_KINDS = frozenset({("ASSAULT", "attack"), ("ASSAULT", None), ("COERCE", "raid")})


def _raid(m: EventMention) -> bool:
    return (m.type, m.subtype) in RAID_KINDS and not _campaign(m)


def operation_links(sentence: str, offset: int, mentions: list[EventMention]) -> set[frozenset[str]]:
    """The pairs of mentions (ids) that one sentence tells as one operation: a raid and the arrest it was carried out
    to make. The raid first, then the arrest as its purpose ("security forces stormed the embassy late Friday to
    arrest a former vice president", "the raid, which it carried out in a bid to capture X") or as the act the same
    doers went on to ("police storm the embassy and arrest X"), within ``OPERATION_WORDS`` words and no clause
    break; or the arrest first, then the raid it was made in ("X, arrested in a raid on the embassy", "was detained
    a week ago during a raid by police"). The raid is force used to enter a place (:data:`RAID_KINDS`), not a
    bombing or a shooting: "arrested in the bombing inquiry", "shot three people and was arrested" are not one
    operation. ``sentence`` is the sentence's text, ``offset`` where it starts in its field."""
    ms = sorted(mentions, key=lambda m: (m.start, m.id))
    out: set[frozenset[str]] = set()
    for n, a in enumerate(ms):
        for b in ms[n + 1:]:
            if b.start < a.end:
                continue
            between = sentence[a.end - offset:b.start - offset].lower()
            if ";" in between or len(WORD.findall(between)) > OPERATION_WORDS:
                continue
            if _raid(a) and (b.type, b.subtype) == ("COERCE", "arrest"):
                # "and" joins two acts of one doer; a raid named by a noun in the subject of a passive arrest ("14
                # people involved in the attack in Sarn have been identified and arrested") is what the arrested are
                # linked to, not the arrest's operation
                if PURPOSE_END.search(between) or (AND_END.match(between) and
                                                   not (a.determiner is not None and PASSIVE_BETWEEN.search(between))):
                    out.add(frozenset({a.id, b.id}))
            elif (a.type, a.subtype) == ("COERCE", "arrest") and _raid(b) and b.determiner in ("a", "an", "the") \
                    and DURING_RAID.match(between):
                out.add(frozenset({a.id, b.id}))
    return out


def _sentence_at(ctx: FuseContext, m: EventMention) -> tuple[str, int]:
    """The sentence of a mention and where it starts in its field; a headline's mentions carry sentence offsets -1
    (:func:`_apart`): its sentence is the whole title."""
    text = span_source(ctx.articles[m.article], m.field) if m.article in ctx.articles else ""
    start, end = (0, len(text)) if m.sentence_start < 0 else (m.sentence_start, m.sentence_end)
    return text[start:end], start


def _operations(ctx: FuseContext, infos: list[Info]) -> None:
    """Set ``Info.operation`` from the sentences of the mentions (:func:`operation_links`)."""
    by_sentence: dict[tuple[str, str | None, int], list[Info]] = {}
    for i in infos:
        if _raid(i.m) or (i.m.type, i.m.subtype) == ("COERCE", "arrest"):
            by_sentence.setdefault((i.m.article, i.m.field, i.m.sentence_start), []).append(i)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        sentence, start = _sentence_at(ctx, group[0].m)
        links = operation_links(sentence, start, [i.m for i in group])
        for i in group:
            i.operation = frozenset(x for pair in links if i.m.id in pair for x in pair if x != i.m.id)


#: acts whose identity is the incident they are about: a claim of responsibility, an accusation, a condemnation, a
#: denial; and a vote (:data:`ABOUT_SUBTYPES`), the vote on its motion
ABOUT_TYPES = frozenset({"ACCUSE", "DISAPPROVE", "REJECT"})
ABOUT_SUBTYPES = frozenset({"vote"})
#: kinds of incident that one act of harm may be told as (an attack, the deaths, a hostage-taking, the crime), so
#: acts about one and about another of them may be about one incident
HARM_TYPES = VIOLENT_TYPES | {"LIFE", "COERCE", "CRIME", "TAKEOVER"}


def _about_kind(m: EventMention) -> bool:
    return m.type in ABOUT_TYPES or m.subtype in ABOUT_SUBTYPES


def _told_about(m: EventMention, other: EventMention) -> bool:
    """Is ``other``, told in the sentence of the act ``m`` about another incident (:func:`_about_kind`), what ``m``
    may be about: an incident of another kind told as happened or claimed, not a saying, and, for an accusation or
    a claim, an act of harm (:data:`HARM_TYPES`: one blames or claims an attack, a killing, a crime, a seizure).
    What else an accusation's sentence tells is what answered it or what it led to ("Norland expelled a Tarvian
    diplomat over the allegation that Tarvia was behind the killing", "Tarvia rejected the charge"): read as what
    the accusation was about, an expulsion in one outlet's sentence and the killing in another's had parted one
    accusation in two (:func:`about_apart`), though nothing but that told them apart."""
    if other.type == m.type or other.type == "STATEMENT" or other.subtype in SPEECH_SUBTYPES or \
            other.modality in IRREALIS or other.background:
        return False
    return m.type != "ACCUSE" or other.type in HARM_TYPES


def _about(infos: list[Info]) -> None:
    """What each act about another incident (:func:`_about_kind`) is about: the incidents of other kinds its
    sentence tells as happened or claimed ("IS claimed responsibility for a rocket attack on the airport on Monday":
    the rocket attack; "lawmakers voted to impeach the president": the impeachment), not what is said, planned or
    feared. Kept as their kinds and the latest day one of them is stated for (``Info.about_types``,
    ``about_from``): what tells two claims, accusations or votes apart when type, day and place do not."""
    by_sentence: dict[tuple[str, str | None, int], list[Info]] = defaultdict(list)
    for i in infos:
        by_sentence[(i.m.article, i.m.field, i.m.sentence_start)].append(i)
    for group in by_sentence.values():
        for i in group:
            if not _about_kind(i.m):
                continue
            others = [j for j in group if j is not i and _told_about(i.m, j.m)]
            i.about_types = frozenset(j.m.type for j in others)
            i.about_from = max((j.stated[0] for j in others if j.stated), default=None)


def _about_apart(a: Summary, b: Summary) -> bool:
    """Acts about other incidents (:func:`_about`) that cannot be one: ``a`` is about an incident stated for a day
    after ``b`` was first reported (a claim cannot come before what it claims: "claimed a rocket attack on Monday"
    is not the claim reported on Thursday), or two votes are about incidents of kinds that never tell one ("voted to
    impeach" and "voted to lift the decree"; an attack and the deaths it caused may be one, :data:`HARM_TYPES`).
    Only votes by kinds: a vote's sentence names its motion, while a denial or a criticism tells its grounds in
    words of other kinds from one outlet to the next (on MEANTIME, parting those cost 0.16 CoNLL F1).
    Round 44: two claims by one group of attacks four days apart were one claim, two votes eleven days apart one
    vote."""
    if a.about_from is not None and b.before is not None and (a.about_from - b.before).days > NIGHT:
        return True
    if not (a.subtypes & ABOUT_SUBTYPES and b.subtypes & ABOUT_SUBTYPES):
        return False  # (a denial or a criticism tells its grounds in other words: "denied it would sell the unit")
    if not a.about_types or not b.about_types or a.about_types & b.about_types:
        return False
    return not (a.about_types <= HARM_TYPES and b.about_types <= HARM_TYPES)


def _order(ctx: FuseContext, infos: list[Info]) -> None:
    """Set ``Info.ordered`` from the sentences of the mentions (:func:`order_links`)."""
    by_sentence: dict[tuple[str, str | None, int], list[Info]] = {}
    for i in infos:
        by_sentence.setdefault((i.m.article, i.m.field, i.m.sentence_start), []).append(i)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        m = group[0].m
        text = span_source(ctx.articles[m.article], m.field) if m.article in ctx.articles else ""
        # a headline's mentions carry sentence offsets -1 (:func:`_apart`): its sentence is the whole title
        start, end = (0, len(text)) if m.sentence_start < 0 else (m.sentence_start, m.sentence_end)
        sentence = text[start:end]
        if not sentence:
            continue
        gaps = later_links(sentence, start, [i.m for i in group])
        links = order_links(sentence, start, [i.m for i in group]) | gaps
        for i in group:
            i.ordered = frozenset(x for pair in links if i.m.id in pair for x in pair if x != i.m.id)
            i.later = frozenset(x for pair in gaps if i.m.id in pair for x in pair if x != i.m.id)


def _releases(ctx: FuseContext, infos: list[Info]) -> None:
    """Set ``Info.freed``: the hold a release ends, as its sentence tells it. "Custody" when words right after the
    trigger say so ("released without charge", "freed on bail": ``custody.CUSTODY_AFTER``) or the people released
    are the ones an arrest of the same sentence took ("two teenagers who were arrested ... have been released");
    "captive" when they are hostages or captives (``custody.CAPTIVE_HEADS``), the ones an abduction took, or set
    free by a verb of freeing captives (RETREAT/release told by "freed", "rescued", not the plain "released");
    neither when both or nothing is told.
    A release from custody that names no place of its own is where the arrest that took them was ("two teenagers
    who were arrested in Manchester have been released": released there, not in the dateline's town)."""
    held: dict[tuple[str, str | None], dict[int, Info]] = {}
    taken: dict[tuple[str, str | None], dict[int, Info]] = {}
    for i in infos:
        kind = (i.m.type, i.m.subtype)
        into = held if kind == ("COERCE", "arrest") else taken if kind == ("ASSAULT", "abduction") else None
        if into is not None:
            into.setdefault((i.m.article, i.m.field), {}).update(
                (p.start, i) for p in i.m.participants if p.role in PATIENT_ROLES)
    for i in infos:
        m = i.m
        if (m.type, m.subtype) != ("RETREAT", "release") or m.article not in ctx.articles:
            continue
        key = (m.article, m.field)
        after = span_source(ctx.articles[m.article], m.field)[m.end:m.sentence_end]
        done_to = [p for p in m.participants if p.role in PATIENT_ROLES]
        arrests = [held[key][p.start] for p in done_to if p.start in held.get(key, {})]
        custody = bool(CUSTODY_AFTER.match(after) or arrests)
        captive = not m.text.lower().startswith("releas") or any(p.start in taken.get(key, {}) for p in done_to) or \
            any(p.text.split() and p.text.split()[-1].lower() in CAPTIVE_HEADS for p in done_to)
        if custody != captive:
            i.freed = "custody" if custody else "captive"
        if custody and not captive and i.place is None:
            i.place = next((a.place for a in arrests if a.place), None)


def _holds_apart(a: Summary, b: Summary) -> bool:
    """A release from police custody and a release of captives are two acts (:func:`_releases`), each told so by
    its own mentions and never the other way: the suspects an inquiry held, freed without charge two days after
    the hostages of the siege it looks into, are not the hostages' release, though both are told with the story's
    words and by its outlets."""
    return {a.freed, b.freed} == {frozenset({"custody"}), frozenset({"captive"})}


def _one_after_many(one: Summary, many: Summary) -> bool:
    """Is ``one`` the arrest of one named person (:func:`_patients`, :func:`_held`), an article's lead news, first
    reported more than a night after ``many``, the arrest of a counted group (more than one) that names no one?
    Reports of a group's arrest count the people held and, when they know them, name them; a person first told
    as arrested days later, in the lead of the report that has the news ("Dr X has been arrested", after "17
    suspects were detained" two days before), was arrested later, the step of an inquiry that followed."""
    return one.type in HELD_TYPES and one.held == {1} and bool(one.patients) and one.lead and \
        any(n > 1 for n in many.held) and 1 not in many.held and not many.patients and \
        one.first_report is not None and many.first_report is not None and \
        (one.first_report - many.first_report).days > NIGHT


def _ordered_apart(a: Cluster | Info, b: Cluster | Info) -> bool:
    """Does a sentence set a mention of one in order with a mention of the other (:func:`order_links`)?"""
    xs = a.infos if isinstance(a, Cluster) else [a]
    ys = {i.m.id for i in (b.infos if isinstance(b, Cluster) else [b])}
    return any(i.ordered & ys for i in xs)


def _joinable(c: Summary, one: Summary, places: PlaceGraph, trips: bool = True) -> bool:
    return compatible(c, one, places, strict_places=False, trips=trips) and not _plain_deaths_disagree(c, one)


def learn_places(clusters: list[Cluster], places: PlaceGraph) -> None:
    """Places one article gives one incident are near each other (for the cross-document hard stop). Not those of
    an incident its article sets in order with another (:func:`order_links`: "air strikes near X come a week after
    the bombing in Y"): an article that tells two acts one after the other may have given one the other's place,
    and a wrong "near" would undo the place stop between the two for every article."""
    for c in clusters:
        if any(i.ordered for i in c.infos):
            continue
        found = sorted({i.place for i in c.infos if i.place})
        for n, p in enumerate(found):
            for q in found[n + 1:]:
                if not places.compatible(p, q):
                    places.add_near(p, q)


def _closeness(c: Cluster, info: Info) -> float:
    """Same sentence +2.0 (an attack and the killing it caused), the sentence before +0.5."""
    starts = {i.m.sentence_start for i in c.infos}
    if info.m.sentence_start in starts:
        return 2.0
    ends = {i.m.sentence_end for i in c.infos}
    return 0.5 if any(0 <= info.m.sentence_start - e <= 2 for e in ends) else 0.0


# --------------------------------------------------------------------------- across articles


def _keys(s: Summary, places: PlaceGraph) -> set[tuple[str, str]]:
    """Block keys: the type with its story, with each place and the places that place lies in, with each
    participant, and with each day stated for it (one story's coverage may fall into two story clusters)."""
    keys = {(s.type, "s:" + st) for st in s.stories}
    for p in s.places:  # (a key shared by more than MAX_BLOCK says nothing and is skipped)
        keys |= {(s.type, "p:" + q) for q in {p} | places.ancestors(p)}
    if s.news_before is not None:  # reported as news in the same or the next week
        week = s.news_before.toordinal() // 7
        keys |= {(s.type, f"w:{week}"), (s.type, f"w:{week - 1}")}
    keys |= {(s.type, "e:" + e) for e in s.parts}
    keys |= {(s.type, "d:" + iv[0].isoformat()) for iv in s.stated + s.soft if iv[0] == iv[1]}
    keys |= {(s.type, f"v:{iv[0].isoformat()}/{iv[1].isoformat()}") for iv in s.stated}  # "the 2027 takeover"
    if not s.stories:
        keys.add((s.type, "*"))  # no story clusters (the stories step did not run): the others of its type
    return keys


class _Agglomerator:
    """Best-pair-first merging with recomputed cluster features and lazy invalidation of stale pairs."""

    def __init__(self, clusters: list[Cluster], places: PlaceGraph) -> None:
        self.places = places
        self.clusters = dict(enumerate(clusters))
        self.summary = {n: summarize(c) for n, c in self.clusters.items()}
        self.keys = {n: _keys(s, places) for n, s in self.summary.items()}
        self.blocks: dict[tuple[str, str], set[int]] = {}
        for n, ks in self.keys.items():
            for k in ks:
                self.blocks.setdefault(k, set()).add(n)
        self.version = dict.fromkeys(self.clusters, 0)
        self.heap: list[tuple[float, int, int, int, int]] = []
        self.leads_only = False
        # memos of :meth:`later_incident` (exact, issue 11): each cluster's sorted neighbours until the next merge
        # changes the blocks, and whether a cluster's evidence reaches another's, per both clusters' versions
        self._around: dict[int, list[int]] = {}
        self._fits: dict[tuple[int, int, int, int], bool] = {}
        self._later: dict[int, list[tuple[int, dt.date, frozenset[int]]]] = {}

    def neighbours(self, n: int) -> set[int]:
        out: set[int] = set()
        for k in self.keys[n]:
            members = self.blocks.get(k, set())
            if len(members) <= MAX_BLOCK:
                out |= members
        out.discard(n)
        return out

    def _sorted_neighbours(self, n: int) -> list[int]:
        """``sorted(self.neighbours(n))``, kept until the next merge (the only change to the blocks)."""
        out = self._around.get(n)
        if out is None:
            out = self._around[n] = sorted(self.neighbours(n))
        return out

    def _fit(self, u: int, n: int) -> bool:
        """No hard stop parts ``u`` from ``n`` and their evidence reaches :data:`CROSS_DOC`: a pure function of the
        two summaries, which change only with a cluster's version."""
        key = (u, self.version[u], n, self.version[n])
        out = self._fits.get(key)
        if out is None:
            su, sn = self.summary[u], self.summary[n]
            out = self._fits[key] = compatible(su, sn, self.places) and score(su, sn, self.places) >= CROSS_DOC
        return out

    def push(self, a: int, b: int) -> None:
        sa, sb = self.summary[a], self.summary[b]
        if self.leads_only and not (sa.lead and sb.lead):
            return
        if not sa.articles.isdisjoint(sb.articles) or not compatible(sa, sb, self.places):
            return
        if self.later_incident(a, b):
            return  # (an undated report's news is the latest incident it fits, not the first dated one it meets)
        if _visit_and_talks(sa, sb, main=True):
            return  # a trip and a negotiation are one where an article says so (see within_article), not across
        political_fragment = sa.type not in VIOLENT_TYPES and (sa.fragments_only or sb.fragments_only)
        if (only_if_linked(sa, sb) or sa.lead != sb.lead or political_fragment or
                (not sa.lead and (_bare(sa, self.places) or _bare(sb, self.places)))) and \
                not _specific_link(sa, sb, self.places):
            # ("the talks" with nothing of their own names the whole process, not one round of it; an aside with
            # nothing of its own waits for the main incident it can be, :meth:`asides`, rather than pool with other
            # articles' asides into a telling that shares the main incident's articles)
            # an incident recalled in passing, or told aside from an article's main news, joins another only on
            # something specific to it (a place below country level, a day, a toll, a participant, its name)
            return
        s = score(sa, sb, self.places)
        if s >= CROSS_DOC:
            lo, hi = min(a, b), max(a, b)
            heapq.heappush(self.heap, (-s, lo, hi, self.version[lo], self.version[hi]))

    def run(self) -> list[Cluster]:
        """Articles' main incidents first, then everything: a piece an article tells aside (a recalled siege, a
        related headline) that joined an incident first would keep that article's own main incident out of it
        for good (clusters that share an article never merge), a fragment that "misses" the article."""
        for leads_only in (True, False):
            self.leads_only = leads_only
            for a in sorted(self.clusters):
                for b in sorted(self.neighbours(a)):
                    if b > a:
                        self.push(a, b)
            while self.heap:
                _, a, b, va, vb = heapq.heappop(self.heap)
                if a not in self.clusters or b not in self.clusters or \
                        (va, vb) != (self.version[a], self.version[b]) or self.later_incident(a, b):
                    continue  # (a later incident the undated one fits may have formed since the pair was scored)
                self.merge(a, b)
                for n in sorted(self.neighbours(a)):
                    self.push(a, n)
        self.asides()
        return [self.clusters[n] for n in sorted(self.clusters)]

    def later_incident(self, a: int, b: int) -> bool:
        """Is one of the two an undated telling an article leads with as its news, and the other an incident dated
        before another one it fits too, dated later but by its report? A report that leads with an incident and gives
        no day tells the latest one of its kind it can be: "troops stormed the gasworks, ending the siege" in a report
        of the 8th is the assault dated the 6th, not the seizure dated the 3rd that its place, words and sentences
        meet better (every phase of a siege is told with the same site and the same hostages). The later incident is
        an article's main one, no hard stop parts them and the evidence reaches :data:`CROSS_DOC`; a report that
        dates its incident, or one that tells it only as background, is judged by its evidence alone, as is one
        that names what only the earlier incident has: its victim, or its death toll (``MIN_TOLL_ANCHOR`` or more)
        where the later one's differs ("the bombing that killed 14", told after a second blast that killed two)."""
        for u, d in ((a, b), (b, a)):
            su, sd = self.summary[u], self.summary[d]
            if su.stated or not su.lead or su.background_only or su.news_before is None or sd.stated_night is None:
                continue
            if su.victims & sd.victims:
                continue
            tolls = {lo for lo, _ in su.deaths if lo >= MIN_TOLL_ANCHOR} & {lo for lo, _ in sd.deaths}
            end = sd.stated_night[1]
            for n, first, deaths in self._later_candidates(u):
                if n == d or not end < first or (tolls and tolls.isdisjoint(deaths)):
                    continue
                if self._fit(u, n):
                    return True
        return False

    def _later_candidates(self, u: int) -> list[tuple[int, dt.date, frozenset[int]]]:
        """What :meth:`later_incident` reads of ``u``'s neighbours whatever the other cluster: (neighbour, the
        first day of its stated night, the low ends of its death tolls) of each neighbour, in order, that an
        article leads with, that states a day no later than ``u``'s news and that shares no article with ``u``;
        kept until the next merge (exact, issue 11: asked again for every pair ``u`` is weighed in)."""
        out = self._later.get(u)
        if out is None:
            su = self.summary[u]
            news = su.news_before
            out = []
            for n in self._sorted_neighbours(u):
                sn = self.summary[n]
                day = sn.stated_night
                if news is None or day is None or not sn.lead or not day[0] <= news or \
                        not su.articles.isdisjoint(sn.articles):
                    continue
                out.append((n, day[0], frozenset(lo for lo, _ in sn.deaths)))
            self._later[u] = out
        return out

    def asides(self) -> None:
        """An incident an article tells aside from its main news, as news and as happened, joins the one main
        incident of other articles it can be: the only one, led with by at least two articles (and by as many as
        tell the aside), that no hard stop parts from it and whose evidence reaches :data:`CROSS_DOC`. "The
        visit" in a report that leads with the meeting held on it had nothing of its own (a day, a town, a
        person) to meet the trip the other outlets lead with, and stayed an event of its own; where two main
        incidents could take it (two bombings of one insurgency, two rounds of talks), it stays apart. A
        fragment of a political kind joins only an incident told as that kind ("the talks" name the process,
        not the visit)."""
        leads = {n: len({i.m.article for i in c.infos if i.lead}) for n, c in self.clusters.items()}
        for a in sorted(self.clusters):
            sa = self.summary.get(a)
            if sa is None or sa.lead or sa.background_only or sa.mclasses != {"realis"}:
                continue
            takers = []
            for n in sorted(self.neighbours(a)):
                sn = self.summary[n]
                if leads[n] < max(2, len(sa.articles)) or sa.articles & sn.articles or \
                        not compatible(sa, sn, self.places) or _visit_and_talks(sa, sn, main=True) or \
                        (sa.fragments_only and sa.type not in VIOLENT_TYPES and not sa.subtypes <= sn.subtypes):
                    continue
                if score(sa, sn, self.places) >= CROSS_DOC:
                    takers.append(n)
            if len(takers) == 1:
                self.merge(takers[0], a)  # (an aside leads nowhere: the taker's count stands)

    def merge(self, a: int, b: int) -> None:
        self.clusters[a] = Cluster(self.clusters[a].infos + self.clusters.pop(b).infos)
        self.summary[a] = summarize(self.clusters[a])
        self.summary.pop(b)
        for k in self.keys.pop(b) | self.keys[a]:  # a's keys are recomputed below (a key set that changed
            self.blocks[k].discard(b)               # would leave a stale member behind)
            self.blocks[k].discard(a)
        self.keys[a] = _keys(self.summary[a], self.places)
        for k in self.keys[a]:
            self.blocks.setdefault(k, set()).add(a)
        self.version[a] += 1
        self.version.pop(b)
        self._around.clear()
        self._later.clear()


def coreference(ctx: FuseContext, mentions: list[EventMention]) -> list[Cluster]:
    """Incidents of the given mentions: within each article, then across articles."""
    types = {e.id: e.type for e in ctx.story.entities}
    stories = {aid: st.id for st in ctx.story.stories for aid in st.articles}
    places = place_graph(ctx)
    names = {e.id: e.name for e in ctx.story.entities}
    by_name = _place_names(ctx)
    infos = [_info(ctx, m, types, stories, names, by_name)
             for m in sorted(mentions, key=lambda m: (m.article, m.start, m.id))]
    _order(ctx, infos)
    _about(infos)
    _operations(ctx, infos)
    _releases(ctx, infos)
    docs = doc_clusters(ctx)
    for i in infos:
        i.doc = docs.get(i.m.article)
    _embed(ctx, infos)
    by_article: dict[str, list[Info]] = {}
    for i in infos:
        if i.m.subtype not in SPEECH_SUBTYPES:
            by_article.setdefault(i.m.article, []).append(i)
    busy = _busy_people(infos)
    clusters = [c for art in sorted(by_article) for c in within_article(by_article[art], places, busy)]
    learn_places(clusters, places)
    clusters = stored_pieces(clusters, ctx.state.get(STORED_KEY) or {})
    ctx.state["events.places"] = places
    # what was said is no incident: each act of saying stays alone here, the actions step joins one speaker's
    said = [Cluster([i]) for i in infos if i.m.subtype in SPEECH_SUBTYPES]
    merged = trip_meetings(parallel_pieces(_Agglomerator(clusters, places).run(), places), places)
    merged = scene_arrests(court_sittings(departures(incidents(merged, places), places), places), places)
    return about_apart(same_content(operations(merged, places), places)) + said


def _incidents_apart(a: Summary, b: Summary) -> bool:
    """Are two incidents certainly not one (what parts acts about them: :func:`about_apart`)? Of one kind, when the
    days most of their mentions are stated for do not meet; of kinds that never tell one incident (an impeachment
    and a decree's lifting; not an attack and the deaths it caused: :data:`HARM_TYPES`)."""
    if a.type == b.type:
        da, db = _main_stated(a), _main_stated(b)
        return da is not None and db is not None and not overlaps(da, db)
    return not (a.type in HARM_TYPES and b.type in HARM_TYPES)


def _main_stated(s: Summary) -> Interval | None:
    """The date most of an incident's mentions are stated for (a long telling gathers a stray misread date or two),
    None when none is stated."""
    if not s.stated:
        return None
    return Counter(s.stated).most_common(1)[0][0]


#: the acts :func:`about_apart` parts: claims and accusations, whose sentence names the incident claimed or blamed,
#: and votes (:data:`ABOUT_SUBTYPES`: their motion); a denial's or a criticism's sentence tells its grounds, other
#: incidents from one outlet to the next (on MEANTIME, parting those too cost 0.18 CoNLL F1 end to end)
PARTED_ABOUT = frozenset({"ACCUSE"})


def about_apart(clusters: list[Cluster]) -> list[Cluster]:
    """Part an incident of acts about other incidents (:func:`_about_kind`) whose mentions are about incidents
    certainly apart (:func:`_incidents_apart`), once the incidents are known. A mention is about the incidents of
    other kinds its sentence tells (:func:`_about`, :func:`_told_about`: "Varn claimed responsibility for a rocket
    attack on the airport" is about the rocket attack, which other sentences date; an accusation or a claim only
    about acts of harm); mentions whose incidents meet, or are not certainly
    apart, hold together; one whose sentence tells no other incident stays with the part its article tells, else
    the largest. Run at the end of the events step and again after the actions step's joins (which see no other
    incident)."""
    where: dict[str, int] = {}
    for n, c in enumerate(clusters):
        for i in c.infos:
            where[i.m.id] = n
    by_sentence: dict[tuple[str, str | None, int], list[Info]] = defaultdict(list)
    for c in clusters:
        for i in c.infos:
            by_sentence[(i.m.article, i.m.field, i.m.sentence_start)].append(i)
    summaries: dict[int, Summary] = {}

    def summary(n: int) -> Summary:
        if n not in summaries:
            summaries[n] = summarize(clusters[n], with_vector=False)
        return summaries[n]

    out: list[Cluster] = []
    for n, c in enumerate(clusters):
        if len(c.infos) < 2 or not (c.infos[0].m.type in PARTED_ABOUT or c.infos[0].m.subtype in ABOUT_SUBTYPES):
            out.append(c)
            continue
        about = {i.m.id: frozenset(
            where[j.m.id] for j in by_sentence[(i.m.article, i.m.field, i.m.sentence_start)]
            if where[j.m.id] != n and _told_about(i.m, j.m)) for i in c.infos}
        parts: list[tuple[set[int], list[Info]]] = []
        for i in c.infos:
            if not about[i.m.id]:
                continue
            mine = set(about[i.m.id])
            joined = [p for p in parts if p[0] & mine or not all(
                _incidents_apart(summary(x), summary(y)) for x in p[0] for y in mine)]
            for p in joined:
                parts.remove(p)
                mine |= p[0]
            parts.append((mine, [x for p in joined for x in p[1]] + [i]))
        if len(parts) < 2:
            out.append(c)
            continue
        for i in c.infos:
            if not about[i.m.id]:
                own = [p for p in parts if any(x.m.article == i.m.article for x in p[1])]
                (own[0] if len(own) == 1 else max(parts, key=lambda p: len(p[1])))[1].append(i)
        order = {id(i): k for k, i in enumerate(c.infos)}
        out += [Cluster(sorted(p[1], key=lambda i: order[id(i)])) for p in parts]
    return out


def stored_pieces(clusters: list[Cluster], stored: Mapping[str, str]) -> list[Cluster]:
    """An incremental run's large stored incidents at the edge of its scope enter as the one piece each is:
    the pieces of the articles outside the scope (``stored``: mention id -> its stored event) that hold
    mentions of one stored event, told in at least :data:`WHOLE_AT` of those articles, are joined into one, in
    the place of the first. Those articles are not fused again, so what the store made of them stands (as the
    claim links at the scope's edge do); the scope's own mentions are judged again and may join the piece or
    not. Agglomerating such an incident anew, piece by piece, cost what the largest stored incidents hold,
    which grows with the store (one of 216 mentions in 103 articles outside the scope, in a 5k Reuters store);
    a smaller one is agglomerated anew, as its few pieces cost little."""
    if not stored:
        return clusters
    told: dict[str, set[str]] = {}  # stored event -> its articles outside the scope
    for c in clusters:
        for i in c.infos:
            if i.m.id in stored:
                told.setdefault(stored[i.m.id], set()).add(i.m.article)
    out: list[Cluster] = []
    whole: dict[str, Cluster] = {}
    for c in clusters:
        events = {stored.get(i.m.id) for i in c.infos}
        ev = events.pop() if len(events) == 1 else None
        if ev is None or len(told[ev]) < WHOLE_AT:
            out.append(c)
        elif ev in whole:
            whole[ev].infos.extend(c.infos)
        else:
            whole[ev] = Cluster(list(c.infos))
            out.append(whole[ev])
    return out


def _kept_apart(x: Cluster, y: Cluster, places: PlaceGraph) -> bool:
    """Did one article keep two of its pieces apart for a reason (as :func:`within_article` reads them): a hard
    stop, a day, place, toll, name or people of its own, one told as background and the other as news, or "in a
    separate attack"? (Not merely evidence below :data:`WITHIN_DOC`.)"""
    sx, sy = summarize(x, with_vector=False), summarize(y, with_vector=False)
    return not _joinable(sx, sy, places) or _contrast(sx, sy, places) or sx.background_only != sy.background_only \
        or any(i.m.distinct for i in x.infos + y.infos) or _ordered_apart(x, y)


def kept_apart_in_articles(a: Cluster, b: Cluster, places: PlaceGraph) -> int:
    """How many of the articles that tell both kept their two pieces apart for a reason (:func:`_kept_apart`)."""
    return sum(_kept_apart(Cluster([i for i in a.infos if i.m.article == art]),
                           Cluster([i for i in b.infos if i.m.article == art]), places)
               for art in sorted(a.articles & b.articles))


def parallel_pieces(clusters: list[Cluster], places: PlaceGraph) -> list[Cluster]:
    """Join two incidents of violence of one type that share articles when the shared articles had kept their two
    pieces apart for lack of evidence only (:func:`_kept_apart`; a few of many for a reason, see below) and the
    incidents agree as any two would have to across articles (:func:`compatible`, :func:`score` at
    :data:`CROSS_DOC`), in at least two articles and half the smaller one's: an article that tells a siege with
    "hostages ... raided" in one piece and "stormed ... killed" in another, read across a dozen outlets, had made
    two parallel incidents of the same articles, which the shared-article stop kept apart for good. Two incidents an
    article tells apart (two cities, a background attack, "a second blast") stay apart: parted when
    ``KEPT_APART_SHARE`` of the shared articles, and at least one, kept them apart. Incidents told in many articles
    are judged on their cores when the pooled hard stops part them (:func:`core`): one outlet's misread year or
    stray town, gathered into one of the two, would otherwise part the twenty articles that agree; the strays that
    state a date of their own stay apart, as their own events (``STRAY_DATES_APART``: "the 1999 earthquake" recalled
    in a report of this week's). Best pair first, features pooled after each join."""
    pool = dict(enumerate(clusters))
    summary = {n: summarize(c) for n, c in pool.items()}
    by_article: dict[str, set[int]] = {}
    for n, c in pool.items():
        for art in c.articles:
            by_article.setdefault(art, set()).add(n)

    cores: dict[tuple[int, int], tuple[Cluster, Cluster]] = {}  # pairs judged on their cores (see core)
    left_out: set[int] = set()  # the strays a join by cores left apart: not joined again here

    def pair_score(a: int, b: int) -> float | None:
        sa, sb = summary[a], summary[b]
        shared = pool[a].articles & pool[b].articles
        cores.pop((a, b), None)
        if a in left_out or b in left_out:
            return None
        if sa.type != sb.type or sa.type not in VIOLENT_TYPES or len(shared) < 2 or \
                2 * len(shared) < min(len(pool[a].articles), len(pool[b].articles)):
            return None  # (violence: a trip and the meetings held on it share their articles and stay two)
        ca, cb = pool[a], pool[b]
        if not compatible(sa, sb, places):
            ca, cb = core(pool[a]) or pool[a], core(pool[b]) or pool[b]
            if ca is pool[a] and cb is pool[b]:
                return None
            sa, sb = summarize(ca), summarize(cb)
            if not compatible(sa, sb, places):
                return None
            cores[a, b] = (ca, cb)
        if _visit_and_talks(sa, sb, main=True):
            return None
        if (only_if_linked(sa, sb) or sa.lead != sb.lead) and not _specific_link(sa, sb, places):
            return None
        apart = kept_apart_in_articles(ca, cb, places)
        if apart and apart >= KEPT_APART_SHARE * len(ca.articles & cb.articles):
            return None
        s = score(sa, sb, places)
        return s if s >= CROSS_DOC else None

    scored: dict[tuple[int, int], float | None] = {}  # a pair's score stands until one of the two is joined
    while True:
        best: tuple[float, int, int] | None = None
        for art in sorted(by_article):
            ns = sorted(n for n in by_article[art] if n in pool)
            for k, a in enumerate(ns):
                for b in ns[k + 1:]:
                    if (a, b) not in scored:
                        scored[a, b] = pair_score(a, b)
                    s = scored[a, b]
                    if s is not None and (best is None or s > best[0]):
                        best = (s, a, b)
        if best is None:
            break
        _, a, b = best
        joined = pool[a].infos + pool.pop(b).infos
        stray: list[Info] = []
        if (a, b) in cores and STRAY_DATES_APART:
            # a stated date only strays tell, which the cores' dates or reports cannot hold, is another incident's
            # ("the 1999 earthquake" in a report of this one)
            kept = {id(i) for c in cores[a, b] for i in c.infos}
            held = summarize(Cluster([i for i in joined if id(i) in kept]), with_vector=False)
            stray = [i for i in joined if id(i) not in kept and _date_apart(i, held)]
            joined = [i for i in joined if id(i) not in {id(x) for x in stray}]
        pool[a] = Cluster(joined)
        summary[a] = summarize(pool[a])
        by_art: dict[str, list[Info]] = {}
        for i in stray:
            by_art.setdefault(i.m.article, []).append(i)
        for art, infos in sorted(by_art.items()):
            n = max(pool) + 1
            pool[n], summary[n] = Cluster(infos), summarize(Cluster(infos))
            left_out.add(n)
            by_article[art].add(n)
        scored = {pair: s for pair, s in scored.items() if a not in pair and b not in pair}
        cores = {pair: cs for pair, cs in cores.items() if a not in pair and b not in pair}
        for art in pool[a].articles:
            by_article[art].discard(b)
            by_article[art].add(a)
    return [pool[n] for n in sorted(pool)]


def _date_apart(i: Info, c: Summary) -> bool:
    """A mention's stated date that cannot be the incident's: it misses every date the incident states by more than
    a night, or, where it states none, it ends more than ``OLD_DAYS`` before the incident's first report as news."""
    if i.stated is None:
        return False
    if c.stated:
        return all(_meet([i.stated, iv], NIGHT) is None for iv in c.stated)
    return c.news_before is not None and (c.news_before - i.stated[1]).days > OLD_DAYS


def core(c: Cluster) -> Cluster | None:
    """The mentions of a cluster told in many articles without its strays: a stated date, a place, a way of telling
    (as happened or to come, negated or not; as news or as background) or a sub-type given in fewer than
    ``CORE_SHARE`` of its articles. Two pieces of one incident that its outlets split between them gather such
    strays (one article's misread year, one sentence's town, one "could" read as a plan), and the pooled hard stops
    of :func:`compatible` then read the stray as the incident's; its core is what most of its articles say. None
    when nothing is stray (or the cluster is told in fewer than ``CORE_ARTICLES`` articles: there every article's
    word counts)."""
    n = len(c.articles)
    if n < CORE_ARTICLES or CORE_SHARE <= 0:
        return None

    def support(key: Callable[[Info], object]) -> Counter[object]:
        return Counter(v for v, _ in {(key(i), i.m.article) for i in c.infos if key(i) is not None})

    keys: list[Callable[[Info], object]] = [lambda i: i.stated, lambda i: i.place, lambda i: i.mclass,
                                            lambda i: i.m.subtype, lambda i: i.old]
    stray = [support(k) for k in keys]
    kept = [i for i in c.infos if not any(k(i) is not None and cnt[k(i)] < CORE_SHARE * n
                                          for k, cnt in zip(keys, stray, strict=True))]
    if len(kept) == len(c.infos) or not kept:
        return None
    return Cluster(kept)


def trip_meetings(clusters: list[Cluster], places: PlaceGraph) -> list[Cluster]:
    """A trip with one meeting is one event: the journey and the sitting were kept apart
    (:func:`_trip_and_meeting`), and a trip on which its traveller met one person (a minister flies to a capital
    and meets the prime minister) is the visit an analyst names. Joined when the trip's traveller is among the
    meeting's people and nothing else stops it (:func:`compatible`); a trip with meetings of its traveller
    with several people (the foreign minister on the first day, the president on the second) stays apart from
    each of them, as they stay apart from each other."""
    summary = {n: summarize(c, with_vector=False) for n, c in enumerate(clusters)}
    trips = [n for n, s in summary.items() if s.type == "CONSULT" and s.main_subtypes == {"visit"} and s.people]
    meetings = [n for n, s in summary.items() if s.type == "CONSULT" and s.main_subtypes
                and s.main_subtypes <= MEETING_SUBTYPES]
    on: dict[int, list[int]] = {}  # trip -> the meetings held on it
    for t in trips:
        st = summary[t]
        on[t] = [m for m in meetings if _trip_and_meeting(st, summary[m]) and st.people & summary[m].people
                 and compatible(st, summary[m], places, trips=False)]
    taken: set[int] = set()
    joined: dict[int, int] = {}  # meeting -> the trip it joins
    for t in sorted(on):
        if len(on[t]) == 1 and on[t][0] not in taken and sum(on[t][0] in ms for ms in on.values()) == 1:
            joined[on[t][0]] = t
            taken.add(on[t][0])
    if not joined:
        return clusters
    grown = {t: Cluster(clusters[t].infos + clusters[m].infos) for m, t in joined.items()}
    return [grown.get(n, c) for n, c in enumerate(clusters) if n not in joined]


def same_content(clusters: list[Cluster], places: PlaceGraph) -> list[Cluster]:
    """Agreements whose content is one incident are one agreement.

    "The two agreed that technical teams would meet in April" and "it ended with an agreement that technical
    teams would meet in April": what was agreed (the expected event told after the trigger in its sentence)
    is one incident of its own, and one agreement settles it; two sides agreeing twice on the same thing is
    told as a revision, not as news. Joined when the hard stops allow and the clusters share no article.
    """
    where = {i.m.id: n for n, c in enumerate(clusters) for i in c.infos}
    by_sentence: dict[tuple[str, int], list[Info]] = {}
    for c in clusters:
        for i in c.infos:
            by_sentence.setdefault((i.m.article, i.m.sentence_start), []).append(i)
    content: dict[int, set[int]] = {}
    for n, c in enumerate(clusters):
        if c.infos[0].m.type in CONTENT_TYPES:
            content[n] = {where[o.m.id] for i in c.infos if i.mclass == "realis"
                          for o in by_sentence[(i.m.article, i.m.sentence_start)]
                          if o.m.start > i.m.end and o.mclass == "irrealis" and o.m.type not in CONTENT_TYPES}
    parent = list(range(len(clusters)))

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    infos = {n: list(c.infos) for n, c in enumerate(clusters)}
    for a in sorted(content):
        for b in sorted(content):
            ra, rb = root(a), root(b)
            if b <= a or ra == rb or not content[a] & content[b]:
                continue
            x, y = Cluster(infos[ra]), Cluster(infos[rb])
            if x.articles & y.articles or x.infos[0].m.type != y.infos[0].m.type or \
                    not compatible(summarize(x, False), summarize(y, False), places):
                continue
            infos[ra] += infos.pop(rb)
            parent[rb] = ra
    grown = {root(n) for n in range(len(clusters)) if parent[n] != n}
    return [Cluster(infos[n]) if n in grown else clusters[n] for n in range(len(clusters)) if parent[n] == n]


# --------------------------------------------------------------------------- incidents told as several kinds


def _violence(c: Cluster) -> bool:
    """Is every mention of the cluster a way of telling violence against people (``VIOLENCE``)?"""
    return all((i.m.type == "ASSAULT" or (i.m.type, i.m.subtype) in VIOLENCE) and not i.campaign for i in c.infos)


#: how a death or an injury is told with nothing of its own kind ("12 people were killed", "hundreds died")
BARE_DEATH_SUBTYPES = frozenset({("ASSAULT", "killing"), ("ASSAULT", None), ("LIFE", "death"), ("LIFE", "injury")})


def _bare_death(i: Info) -> bool:
    """A death or an injury told with no one who caused it: "12 people were killed in the province"."""
    return (i.m.type, i.m.subtype) in BARE_DEATH_SUBTYPES and i.m.text.lower() in CASUALTY_VERBS and not any(
        p.role == "actor" and p.entity in i.parts for p in i.participants)  # (a place parsed as the subject
    # of a dateline's first sentence is no doer: "Tarsk, Velmora - An earthquake ... killed 1,400")


def _deaths_only(c: Cluster) -> bool:
    """Does a cluster tell only deaths and injuries (three mentions in four at least, a stray parse allowed),
    never who caused them? In a disaster's coverage "610 people had been killed in the province" is the
    disaster's toll, read as a killing by the model for want of a cause in its sentence."""
    return 4 * sum(_bare_death(i) for i in c.infos) >= 3 * len(c.infos) and not any(
        i.m.type == "ASSAULT" and i.m.subtype not in VAGUE_SUBTYPES for i in c.infos)


def _counted_deaths(c: Cluster, least: int = MIN_TOLL_ANCHOR) -> bool:
    """Deaths told only as such (:func:`_deaths_only`) with a count of ``least`` people or more: a disaster's
    toll ("610 people had been killed"). One person's death ("a woman was killed", "the climber died") is an
    event of its own that the accident caused (ECB+ and ACE keep it apart as Life.Die), not the incident's count."""
    return _deaths_only(c) and any(f.kind in ("killed", "injured") and (f.min or 0) >= least
                                   for i in c.infos for f in i.m.figures)


def _mass_toll(c: Cluster) -> bool:
    """Deaths told only as a count of ``MASS_TOLL`` people or more, every mention a bare death ("At least 156
    people were killed late Saturday"): the toll of the accident they follow. A piece that also names a killing
    ("the murder of the pedestrian") or counts a few is the persons' own (a hit-and-run, a climbers' fall)."""
    return all(_bare_death(i) for i in c.infos) and _counted_deaths(c, MASS_TOLL)


def _disaster(c: Cluster, natural: bool = True) -> bool:
    """A natural disaster, or one with the deaths it caused joined to it (see :func:`incidents`). An accident's
    deaths are told with their cause ("killed when the jet crashed": analysis gives them to it); a death told
    apart from a crash or a fall is more often a person's own event (a hit-and-run victim, a climber). With
    ``natural`` False any disaster (a crush, a collapse, a fire): what a mass toll told apart (``MASS_TOLL``,
    :func:`_disaster_toll`: "156 people were killed late Saturday") is the toll of, like a quake's."""
    rest = [i for i in c.infos if i.m.type != "DISASTER"]
    kind = any(not natural or i.m.subtype == "natural" or PARENT.get(("DISASTER", i.m.subtype or "")) == "natural"
               for i in c.infos if i.m.type == "DISASTER")
    return kind and (not rest or _deaths_only(Cluster(rest)))


def _disaster_toll(a: Cluster, b: Cluster, sa: Summary, sb: Summary, places: PlaceGraph) -> bool:
    """Are the counted deaths of one piece the toll of the disaster the other tells? Both told as news and as happened,
    with dates that meet, in one country (a disaster strikes several provinces, each with its own count: no
    place contrast, nor an article's per-place figures, parts them), tied as :func:`_anchored` says."""
    if not any((_disaster(x) and _counted_deaths(y)) or (_disaster(x, natural=False) and _mass_toll(y))
               for x, y in ((a, b), (b, a))):
        return False
    wide = replace(sa, main_places=frozenset()), replace(sb, main_places=frozenset())
    if not _one_incident(*wide, places):
        return False
    for p in sa.main_places:
        for q in sb.main_places:
            x, y = places.country_of(p), places.country_of(q)
            if x and y and not x & y:
                return False
    return _anchored(a, b, sa, sb, places)


def _anchored(a: Cluster, b: Cluster, sa: Summary, sb: Summary, places: PlaceGraph) -> bool:
    """Something that ties two tellings to one incident beyond their kind: they share a sentence or follow each
    other ("Protesters stormed the building. Police opened fire, killing five."), they are both an article's
    lead incident, they share a participant, a place below country level on a stated day, or a death toll."""
    if any(_next_to(x, y) and _own_name_fits(x, sb) and _own_name_fits(y, sa) for x in a.infos for y in b.infos):
        return True
    leads = {i.m.article for i in a.infos if i.lead and not i.old}
    if any(i.lead and not i.old and i.m.article in leads for i in b.infos) or sa.parts & sb.parts:
        return True
    local = {p for p in sa.places if p not in places.countries} & sb.places
    if local and sa.stated and sb.stated:
        return True
    tolls_a = {lo for lo, _ in sa.deaths if lo >= MIN_TOLL_ANCHOR}
    return any(lo in tolls_a for lo, _ in sb.deaths)


def _own_name_fits(x: Info, other: Summary) -> bool:
    """A mention naming its incident by a site or a name ("the market bombing") ties only to pieces that name it
    so: next to the grenade attack it is recalled beside, it stays the other incident."""
    own = _site_words(frozenset({x.m.text})) | {w.lower() for w in _names(frozenset({x.m.text}))}
    return not own or bool(own & _site_words(other.words, any_word=True))


def _next_to(x: Info, y: Info) -> bool:
    """Two mentions in one sentence, or in sentences next to each other with nothing saying the second is
    another incident ("a second blast", "in a separate attack")."""
    if x.m.article != y.m.article:
        return False
    if x.m.sentence_start == y.m.sentence_start:
        return True
    first, second = (x, y) if x.m.start < y.m.start else (y, x)
    return 0 <= second.m.sentence_start - first.m.sentence_end <= 2 and not (
        second.indefinite or second.m.distinct or x.old or y.old)


def _apart_in_article(a: Cluster, b: Cluster, places: PlaceGraph | None = None) -> bool:
    """An article that tells both sets them apart: a toll of its own ("Five killed in an attack on a dam
    site" beside the bombing's 24 dead) and, given ``places``, a day or a place of its own, as
    :func:`within_article` read it."""
    for art in a.articles & b.articles:
        x = summarize(Cluster([i for i in a.infos if i.m.article == art]), with_vector=False)
        y = summarize(Cluster([i for i in b.infos if i.m.article == art]), with_vector=False)
        if _plain_deaths_disagree(x, y) or (places is not None and _contrast(x, y, places)):
            return True
    return _ordered_apart(a, b)  # one sentence set a mention of each in order ("strikes come after the bombing")


def _one_incident(sa: Summary, sb: Summary, places: PlaceGraph) -> bool:
    """The hard stops for joining two kinds of one incident: both told as news and as happened, dates that
    meet (a stated date never after the other's report), places that can hold one incident."""
    if sa.background_only or sb.background_only or {"irrealis", "negated"} & (sa.mclasses | sb.mclasses):
        return False
    if sa.stated and sb.stated and _meet(sa.stated + sb.stated, slack=NIGHT) is None:
        return False
    if _fresh_and_older(sa, sb) or _fresh_and_older(sb, sa) or _sides_apart(sa, sb) or \
            _attackers_struck(sa, sb) or _attackers_struck(sb, sa):
        return False
    for x, y in ((sa, sb), (sb, sa)):
        day = _meet(x.stated, NIGHT)
        if day is not None and y.before and (day[0] - y.before).days > NIGHT:
            return False
    if sa.news_before and sb.news_before and abs((sa.news_before - sb.news_before).days) > OLD_DAYS:
        return False
    if _modes_apart(sa, sb, places):
        return False
    return all(places.compatible(p, q) for p in sa.main_places for q in sb.main_places)


def _modes_apart(sa: Summary, sb: Summary, places: PlaceGraph) -> bool:
    """An attack from afar (an air strike, shelling) and one on the ground (a bombing, a shooting, a gun battle:
    :func:`_ways_apart` 1.5, by the kinds most of the mentions that name one give) are one incident told two ways
    only in one town (of the places most of their mentions give) or on one stated day ("an explosion hit a car in
    X on Sunday", "a drone strike in X on Sunday"): with nothing of that in common, a drone strike two days after a
    bombing is the strike that answered it. (Across a gun attack and a gun battle outlets often differ: no stop.)"""
    return sa.type == sb.type and sa.type in VIOLENT_TYPES and _remote(sa.main_kinds) != _remote(sb.main_kinds) and \
        _ways_apart(sa.type, sa.main_kinds, sb.main_kinds) >= 1.5 and not (sa.days & sb.days or any(
            p == q or p in places.ancestors(q) or q in places.ancestors(p) for p in sa.main_places
            for q in sb.main_places if p not in places.countries and q not in places.countries))


@functools.lru_cache(maxsize=4096)
def _remote(kinds: frozenset[str | None]) -> bool:
    """Are these ways of acting all attacks from afar (:data:`MODE`)? (Asked of a few kinds' sets, by every pair the
    agglomeration weighs: once per set.)"""
    return bool(kinds) and all(MODE.get(t or "") == "remote" for t in kinds)


def incidents(clusters: list[Cluster], places: PlaceGraph) -> list[Cluster]:
    """One incident told as several kinds is one event.

    Outlets and sentences tell one incident of violence with different
    triggers: protesters "stormed" a building, police "opened fire", "clashes"
    went on, a "riot" broke out; gunmen "raided" a school and "abducted"
    pupils. Each wording is clustered apart above (a gun battle is not a
    bombing when nothing more ties them), so the incident ends up in pieces and
    its tolls on whichever piece a sentence fed. Here pieces that are all
    violence against people (``VIOLENCE``) are joined when nothing stops it
    (:func:`_one_incident`) and something ties them (:func:`_anchored`),
    largest pieces first; each join is checked again on the pooled pieces, so
    a chain of joins never links incidents whose dates or places differ. An
    incident recalled as background is never joined.
    """
    pool = {n: c for n, c in enumerate(clusters) if _violence(c) or _disaster(c, natural=False)}
    if len(pool) < 2:
        return clusters
    summary = {n: summarize(c, with_vector=False) for n, c in pool.items()}
    order = sorted(pool, key=lambda n: (-len(pool[n].infos), n))
    for a in order:
        for b in order:
            if a == b or a not in pool or b not in pool or len(pool[b].infos) > len(pool[a].infos):
                continue
            sa, sb = summary[a], summary[b]
            both = _violence(pool[a]) and _violence(pool[b])
            if (both and _one_incident(sa, sb, places) and _anchored(pool[a], pool[b], sa, sb, places) and
                    not _apart_in_article(pool[a], pool[b], places)) or \
                    _disaster_toll(pool[a], pool[b], sa, sb, places):
                first, second = (a, b) if _disaster(pool[a], False) or not _disaster(pool[b], False) else (b, a)
                pool[a] = Cluster(pool[first].infos + pool[second].infos)  # (a disaster's own mentions first)
                pool.pop(b)
                summary[a] = summarize(pool[a], with_vector=False)
    return [pool.get(n, c) for n, c in enumerate(clusters) if n in pool or not (_violence(c) or _disaster(c, False))]


# --------------------------------------------------------------------------- one departure told by both sides

#: how the two sides tell one departure of diplomats: the host expels them, the sending state withdraws or recalls
DEPARTURE_KINDS = frozenset({("SANCTION", "expulsion"), ("RETREAT", "withdrawal")})
DEPARTURE_DAYS = 7  # reports of the two tellings this close (a row's expulsion and recall are told the same days)


def _moves_diplomats(i: Info) -> bool:
    """A withdrawal or a recall whose participants are a state's people abroad ("withdrew its ambassador", "the
    envoy was recalled", "its ambassador to X": ``titles.DIPLOMATS``, the head before a post's place), not troops
    or a bid."""
    return any(p.role in ("target", "recipient", "participant") and (head := _POST_PLACE.split(p.text, 1)[0].split())
               and head[-1].lower().strip(".,") in DIPLOMATS for p in i.participants)


#: the preposition that opens a diplomat's post after the noun ("its ambassador to Quito", "the envoy in Lima")
_POST_PLACE = re.compile(r"\s+(?:to|in|at)\s+")


def _departure_side(c: Cluster) -> str | None:
    """"expel" when every mention of the piece tells an expulsion, "withdraw" when every one tells a withdrawal or
    a recall and one names the diplomats moved, else None."""
    kinds = {(i.m.type, i.m.subtype) for i in c.infos}
    if kinds == {("SANCTION", "expulsion")}:
        return "expel"
    if kinds == {("RETREAT", "withdrawal")} and any(_moves_diplomats(i) for i in c.infos):
        return "withdraw"
    return None


def departures(clusters: list[Cluster], places: PlaceGraph) -> list[Cluster]:
    """One departure of diplomats told by its two sides is one event.

    The host state "expels" another state's diplomats; the other state says it
    "withdrew" or "recalled" them; outlets of each side tell it their side's
    way, and an article often tells both ("X withdrew its envoy ... X's
    government said the diplomats had been expelled"). The two types are
    clustered apart above (a withdrawal of troops is no expulsion), so the one
    act ends in two pieces. Here an expulsion and a withdrawal of diplomats
    are joined when the sides mirror each other (the state that withdraws is
    the one whose people were expelled, and it is not the expelling state: a
    counter-expulsion by the withdrawing state stays its own act) and nothing
    stops one incident (:func:`_one_incident`: both told as news and as
    happened, dates that meet, reports within ``DEPARTURE_DAYS``). Each
    expulsion takes at most one withdrawal, the one whose reports are closest.
    The event is the expulsion (``TYPE_RANK``).
    """
    side = {n: _departure_side(c) for n, c in enumerate(clusters)}
    expel = [n for n, k in side.items() if k == "expel"]
    withdraw = [n for n, k in side.items() if k == "withdraw"]
    if not expel or not withdraw:
        return clusters
    summary = {n: summarize(clusters[n], with_vector=False) for n in expel + withdraw}
    pairs = []
    for e in expel:
        se = summary[e]
        for w in withdraw:
            sw = summary[w]
            if not (sw.actor_cc and sw.actor_cc <= se.target_cc) or sw.actor_cc & se.actor_cc or \
                    not _one_incident(replace(se, main_places=frozenset()), replace(sw, main_places=frozenset()),
                                      places):
                continue  # (a withdrawal "from" the host gives the host as a place: no contrast with the capital)
            if se.news_before is None or sw.news_before is None or \
                    abs((se.news_before - sw.news_before).days) > DEPARTURE_DAYS:
                continue
            pairs.append((abs((se.news_before - sw.news_before).days), e, w))
    joined: dict[int, int] = {}
    taken: set[int] = set()
    for _, e, w in sorted(pairs):
        if e in joined or w in taken:
            continue
        joined[e] = w
        taken.add(w)
    out = []
    for n, c in enumerate(clusters):
        if n in taken:
            continue
        out.append(Cluster(c.infos + clusters[joined[n]].infos) if n in joined else c)
    return out


# --------------------------------------------------------------------------- one sitting of a court

#: an undated court step reported this many days after another's stated day or first report may be told of that
#: sitting (outlets report a hearing the day after it, a weekly the week's end); farther apart, another hearing
SITTING_DAYS = 3


def _sitting_type(infos: list[Info]) -> str:
    """The type a court's sitting is named by: the one most of its mentions tell ("remanded in custody" told by five,
    "charged" by two: the remand); a tie, the first in name order."""
    told = Counter(i.m.type for i in infos)
    return max(sorted(told), key=lambda t: told[t])


def _court_step(c: Cluster) -> bool:
    """Is every mention of the piece a step a court takes at a sitting (``ontology.COURT_STEPS``)?"""
    return all((i.m.type, i.m.subtype) in COURT_STEPS for i in c.infos)


def _kinds_of(c: Cluster) -> frozenset[tuple[str, str | None]]:
    return frozenset((i.m.type, i.m.subtype) for i in c.infos)


def _sitting_days_meet(sa: Summary, sb: Summary) -> bool:
    """Can two court steps be of one sitting by their days? Stated days that meet (a night's slack: a late-night
    hearing, a report from another time zone; see :func:`_one_incident`), none stated after the other's first
    report (a court sits in the day: a remand stated for Wednesday is not the charge a Tuesday report told), and an
    undated one first reported within ``SITTING_DAYS`` of the other's day or first report (a charge and a remand
    told ten days apart are two hearings)."""
    for x, y in ((sa, sb), (sb, sa)):
        day = x.stated_night
        if day is not None and y.news_before is not None and day[0] > y.news_before:
            return False
    if sa.stated and sb.stated:
        return True
    at_a = sa.stated_night[1] if sa.stated_night else sa.news_before
    at_b = sb.stated_night[1] if sb.stated_night else sb.news_before
    return at_a is not None and at_b is not None and abs((at_a - at_b).days) <= SITTING_DAYS


def _as_one_step(s: Summary) -> Summary:
    """A court step's summary as :func:`score` reads any step of a sitting: no kind of its own (a charge and a
    remand are not two ways of telling one act apart)."""
    return replace(s, type="JUSTICE", subtypes=frozenset(), main_subtypes=frozenset(), main_kinds=frozenset())


def _in_court(c: Cluster) -> Cluster:
    """A court step's piece as :func:`court_sittings` judges it: each mention that names no place placed where its
    paragraph or article is set (``Info.setting``). A court sits where the report is set ("A Velmora court ordered
    the four men held", "the court charged them"): the place of its steps is seldom given with the act."""
    return Cluster([replace(i, place=i.setting) if i.place is None and i.setting else i for i in c.infos])


def _by_court(c: Cluster) -> bool:
    """Is the piece a court's act? A remand or a hearing always is; a charge only when a court or its bench is named
    as its doer ("the Basmanny district court charged four men") and nothing else is ("police charged him",
    "prosecutors charged"): the police's charge, read out days before the court first sits, and a charge told with no
    doer ("the men, charged with terrorism, were held": the charge may be the police's) are no step of a sitting."""
    charges = [i for i in c.infos if i.m.type == "JUSTICE" and i.m.subtype == "charge"]
    if not charges:
        return True
    doers = [p.text for i in charges for p in i.participants if p.role == "actor"]
    heads = [re.sub(r"['’]s?$", "", d.split()[-1]).lower() for d in doers if d.split()]
    named = [h for h in heads if h not in GROUP and h not in PERSON]
    return bool(named) and all(h in COURT_HEADS for h in named)


def _one_sitting(a: Cluster, b: Cluster, sa: Summary, sb: Summary, places: PlaceGraph) -> bool:
    """Are two court steps of other kinds (a charge and a remand, a hearing and a charge) told of one sitting? Nothing
    stops one incident (:func:`_one_incident`: as news and as done, dates that meet, places that can hold one),
    nor other persons (:func:`_other_patients`) or other counts of people held; the days fit one sitting
    (:func:`_sitting_days_meet`); and something ties them: one sentence tells both ("ordered the four men -
    charged with terrorism - held in pre-trial detention"); the same persons
    or the same count of people (more than one); or, across articles, the evidence any two tellings of one act
    need (:func:`score` at :data:`CROSS_DOC`, their kinds left out) with something only that sitting has
    (:func:`_specific_link`: the court's town, its day, its people). ``sa`` and ``sb`` summarize the pieces
    placed as :func:`_in_court` says."""
    if not (_by_court(a) and _by_court(b)):
        return False
    if not _one_incident(sa, sb, places) or _other_patients(sa, sb) or not _sitting_days_meet(sa, sb):
        return False
    if sa.held and sb.held and not sa.held & sb.held:
        return False
    if any(x.m.article == y.m.article and x.m.sentence_start == y.m.sentence_start for x in a.infos for y in b.infos):
        return True  # (not the next sentence: "the irregularities in which the men were charged" names old charges)
    if sa.patients & sb.patients or any(n > 1 for n in sa.held & sb.held):
        return True
    one_a, one_b = _as_one_step(sa), _as_one_step(sb)
    return score(one_a, one_b, places) >= CROSS_DOC and _specific_link(one_a, one_b, places)


def court_sittings(clusters: list[Cluster], places: PlaceGraph) -> list[Cluster]:
    """One sitting of a court told as several acts is one event.

    A court that charges four men and remands them in custody until May took one judicial step; outlets tell
    it as a charge, a remand, "held in pre-trial detention" or "the hearing", and one sentence often tells two
    of them. The types differ (JUSTICE, COERCE), so each act is clustered apart above. Here pieces made only of
    court steps (``ontology.COURT_STEPS``) whose kinds differ are joined when :func:`_one_sitting` says so,
    largest pieces first, each join judged again on the pooled pieces (a chain of joins never spans two
    hearings). An arrest is the police's act, and a conviction or a sentence ends a trial on its own day: they
    stay events of their own. Pieces meet through a story, an article or a place they share.
    """
    pool = {n: c for n, c in enumerate(clusters) if _court_step(c)}
    if len(pool) < 2:
        return clusters
    summary = {n: summarize(_in_court(c)) for n, c in pool.items()}
    keys = {n: {("s", i.story) for i in c.infos if i.story} | {("a", i.m.article) for i in c.infos} |
            {("p", i.place or i.setting) for i in c.infos if i.place or i.setting} for n, c in pool.items()}
    order = sorted(pool, key=lambda n: (-len(pool[n].infos), n))
    for a in order:
        if a not in pool:
            continue
        grew = True
        while grew:
            grew = False
            for b in order:
                if b == a or b not in pool or not keys[a] & keys[b] or _kinds_of(pool[a]) == _kinds_of(pool[b]):
                    continue
                if _one_sitting(pool[a], pool[b], summary[a], summary[b], places):
                    pool[a] = Cluster(pool[a].infos + pool.pop(b).infos)
                    summary[a] = summarize(_in_court(pool[a]))
                    keys[a] |= keys.pop(b)
                    grew = True
    for n, c in pool.items():  # a sitting's own kind first, as later steps read a cluster's kind off its first
        named = _sitting_type(c.infos)  # mention (:func:`_own_kind`, the actions step's buckets)
        pool[n] = Cluster(sorted(c.infos, key=lambda i: i.m.type != named))
    return [pool.get(n, c) for n, c in enumerate(clusters) if n in pool or not _court_step(c)]


# --------------------------------------------------------------------------- one arrest at the scene

#: an arrest first reported this many days after the day its attack is stated for is told with that attack's news (the
#: assailant "was detained at the scene", "police detained a man"), not a later step of the inquiry
SCENE_DAYS = 1


def _arrest(c: Cluster) -> bool:
    """Is every mention of the piece an arrest told as done, none marked as another one ("a second arrest")?"""
    return all(i.m.type == "COERCE" and i.m.subtype == "arrest" and i.mclass == "realis" and not i.m.distinct
               for i in c.infos)


def _attack_days(c: Cluster) -> Interval | None:
    """The day an incident of violence is stated for (a night's slack), when it is news: not recalled, not a
    campaign."""
    if not (_violence(c) or _disaster(c, natural=False)):
        return None
    s = summarize(c, with_vector=False)
    if s.campaign or s.background_only or s.mclasses != {"realis"}:
        return None
    return s.stated_night


def _scene_of(c: Cluster, held_in: dict[tuple[str, int], int], led_by: dict[str, set[int]]) -> frozenset[int]:
    """The attacks an arrest is told with: the one its sentence tells ("shots were fired and the assailant was
    detained"), else the ones its article leads with (:attr:`Info.lead`), for each of its mentions."""
    out: set[int] = set()
    for i in c.infos:
        n = held_in.get((i.m.article, i.m.sentence_start))
        out |= {n} if n is not None else led_by.get(i.m.article, set())
    return frozenset(out)


def scene_arrests(clusters: list[Cluster], places: PlaceGraph) -> list[Cluster]:
    """One arrest at the scene of an attack, told by several outlets, is one event.

    The outlets that report a shooting on its day tell the arrest that ended it in a clause of their own ("the
    assailant was detained", "police detained a man", "the person detained is a 71-year-old"): with nothing of its
    own (a day, a town, a name) each telling stays apart from the others above, one event per article. Here
    arrests (``COERCE``/arrest, told as done) are joined when they are told with the same incident of violence
    (:func:`_scene_of`: in one sentence with it, or in an article that leads with it), that incident is stated for a
    day and each arrest is first reported within ``SCENE_DAYS`` of it, no stated day of theirs misses it (a night's
    slack), and nothing parts them: a hard stop of :func:`compatible`, other persons, another count of people
    held, or an article they share. An arrest days later (accomplices, a second suspect) is the inquiry's own
    step and is left to the evidence above.
    """
    attacks = {n: d for n, c in enumerate(clusters) if (d := _attack_days(c)) is not None}
    if not attacks:
        return clusters
    held_in: dict[tuple[str, int], int] = {}
    led_by: dict[str, set[int]] = defaultdict(set)
    for n in attacks:
        for i in clusters[n].infos:
            held_in.setdefault((i.m.article, i.m.sentence_start), n)
            if i.lead:
                led_by[i.m.article].add(n)
    pool: dict[int, Cluster] = {}
    scene: dict[int, frozenset[int]] = {}
    for n, c in enumerate(clusters):
        if not _arrest(c):
            continue
        at = _scene_of(c, held_in, led_by)
        if len(at) != 1:
            continue  # (told with no attack, or with two: which one's arrest it is, nothing here says)
        day = attacks[next(iter(at))]
        s = summarize(c, with_vector=False)
        if s.first_report is None or (s.first_report - day[1]).days > SCENE_DAYS:
            continue
        if s.stated and _meet([*s.stated, day], NIGHT) is None:
            continue
        pool[n], scene[n] = c, at
    if len(pool) < 2:
        return clusters
    summary = {n: summarize(c) for n, c in pool.items()}
    order = sorted(pool, key=lambda n: (-len(pool[n].infos), n))
    for a in order:
        for b in order:
            if a == b or a not in pool or b not in pool or scene[a] != scene[b]:
                continue
            sa, sb = summary[a], summary[b]
            if not sa.articles.isdisjoint(sb.articles) or not compatible(sa, sb, places) or \
                    (sa.held and sb.held and not sa.held & sb.held):
                continue
            pool[a] = Cluster(pool[a].infos + pool.pop(b).infos)
            summary[a] = summarize(pool[a])
    return [pool.get(n, c) for n, c in enumerate(clusters) if n in pool or n not in scene]


def _news_days(c: Cluster) -> list[Interval]:
    """The days its mentions told as news state (not those told as background or dated long before)."""
    return [i.stated for i in c.infos if i.stated and not i.old]


def _told_days(c: Cluster, s: Summary) -> Interval | None:
    """The day its mentions state, where they agree (a night's slack): as news, or at all when told only as
    background."""
    return _meet(s.stated if s.background_only else _news_days(c), NIGHT)


def operations(clusters: list[Cluster], places: PlaceGraph) -> list[Cluster]:
    """A raid and the arrest it was carried out to make are one event.

    Outlets tell one police operation both ways, "security forces stormed the embassy to arrest X" and "X was
    arrested in a raid": the storming is clustered with the assaults, the arrest with the arrests, and the two types
    never meet above. Here pieces are joined that sentences tell as one operation (:func:`operation_links`: the
    arrest as the raid's purpose, or the raid as where the arrest was made), one piece of the pair holding a raid
    and the other an arrest, when they are not both told only as background (an arrest told in an "after" clause,
    "... after security forces stormed the embassy to arrest him", is the one the raid of its sentence made), neither
    is a campaign, neither is done by non-state armed men (an attack by gunmen that a later "police raid" mention
    joined is not the raid the arrests were made in), the days each states (:func:`_told_days`, where its own
    agree) meet (a night's slack), and their main places fit (:func:`places_fit`). A chain of joins is checked
    again on the pooled pieces.
    """
    of: dict[str, int] = {i.m.id: n for n, c in enumerate(clusters) for i in c.infos}
    pairs = sorted({(min(n, of[x]), max(n, of[x])) for n, c in enumerate(clusters) for i in c.infos
                    for x in i.operation if of.get(x, n) != n})
    if not pairs:
        return clusters
    pool: dict[int, Cluster] = {}
    root = list(range(len(clusters)))

    def find(n: int) -> int:
        while root[n] != n:
            n = root[n]
        return n

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        x, y = pool.get(ra, clusters[ra]), pool.get(rb, clusters[rb])
        sx, sy = summarize(x, with_vector=False), summarize(y, with_vector=False)
        if (sx.background_only and sy.background_only) or sx.campaign or sy.campaign:
            continue
        if "armed" in sx.forces | sy.forces:
            continue  # gunmen's attack is no police operation: "the arrests occurred during a police raid" told of it
        dx, dy = _told_days(x, sx), _told_days(y, sy)
        if dx is not None and dy is not None and _meet([dx, dy], NIGHT) is None:
            continue
        if sx.main_places and sy.main_places and not places_fit(sx, sy, places):
            continue
        first, second = sorted((ra, rb))  # (the arrest's mentions first: the pooled piece is read as an arrest
        pool[first] = Cluster(y.infos + x.infos if y.infos[0].m.type == "COERCE" != x.infos[0].m.type  # later on)
                              else x.infos + y.infos)
        pool.pop(second, None)
        root[second] = first
    return [pool.get(n, c) for n, c in enumerate(clusters) if find(n) == n]


# --------------------------------------------------------------------------- building events


def _choose_type(infos: list[Info]) -> str:
    """The type of an incident told as several kinds (see :func:`incidents`): the most telling one of them; a court's
    sitting (:func:`court_sittings`) as most of its mentions tell it ("remanded in custody" told by five, "charged"
    by two: the remand); an operation (:func:`operations`) as the arrest it was carried out to make."""
    types = {i.m.type for i in infos} - {"OTHER"} or {"OTHER"}  # an action outside the ontology names no kind
    if len(types) > 1 and all((i.m.type, i.m.subtype) in COURT_STEPS for i in infos):
        return _sitting_type(infos)
    ids = {i.m.id for i in infos}
    if "COERCE" in types and any(i.operation & ids for i in infos):
        return "COERCE"  # a raid and the arrest it was carried out to make (:func:`operations`): the arrest
    return min(types, key=lambda t: (TYPE_RANK.index(t) if t in TYPE_RANK else -1, t)) if len(types) > 1 else \
        next(iter(types))


def _choose_subtype(infos: list[Info]) -> str | None:
    """The most specific sub-type that its mentions support (a suicide bombing over a bombing over an attack)."""
    counts = Counter(i.m.subtype for i in infos if i.m.subtype)
    if not counts:
        return None
    type_ = infos[0].m.type
    return max(counts, key=lambda s: (s not in RESULT_SUBTYPES, specificity(type_, s), counts[s], s))


def _choose_date(ctx: FuseContext, infos: list[Info], subtype: str | None = None
                 ) -> tuple[TimeValue | None, tuple[ValueReport, ...]]:
    """The date the text states (most specific consistent value), else the earliest report date. A visit's is
    the day it began (:func:`_trip_start`)."""
    stated = [i for i in infos if (i.stated or i.soft) and i.m.time]
    trip = subtype in TRIP_SUBTYPES
    if trip:
        stated = _trip_start(infos, stated)
    if stated:
        hard = [i for i in stated if i.stated]
        # consistent with every hard date, up to a night (outlets date a night's flood to either day)
        pool = [i for i in stated if all(_meet([i.stated or i.soft, j.stated], NIGHT) for j in hard)]  # type: ignore
        conflicts: tuple[ValueReport, ...] = ()
        days = {i.m.time.value for i in hard if i.stated[0] == i.stated[1]}  # type: ignore[union-attr,index]
        if not pool or len(days) > 1:
            pool = pool or hard
            by_value: dict[str, list[Info]] = {}
            for i in hard:
                by_value.setdefault(i.m.time.value or "", []).append(i)  # type: ignore[union-attr]
            conflicts = tuple(ValueReport(v, tuple(i.m.id for i in g), tuple(sorted({i.m.article for i in g})))
                              for v, g in sorted(by_value.items()))
        votes = _date_votes(infos)

        def rank(i: Info) -> tuple[int, int, bool, int, int, int, int, str]:
            iv = i.stated or i.soft
            # (of a visit's days told as specifically, the first told as news: "arrived on Tuesday" before "met Y on
            # Wednesday", which are days of one visit, not rival dates of it)
            first = iv[0].toordinal() if trip else 0  # type: ignore[index]
            return (_straddled(iv, pool), (iv[1] - iv[0]).days, trip and i.old,  # type: ignore[arg-type,index]
                    first, 0 if i.stated else 1, -votes[i.m.time.value], _date_tier(i), i.m.id)  # type: ignore

        pick = min(pool, key=rank).m.time
        return TimeValue(value=pick.value, text=pick.text, granularity=pick.granularity,  # type: ignore[union-attr]
                         earliest=_reported_since(infos, pick.earliest), latest=pick.latest,  # type: ignore
                         confidence=pick.confidence, source=pick.source, basis="stated"), conflicts  # type: ignore
    return _reported_date(infos), ()


#: a date written as one on the calendar: a number in it ("Nov. 2", "24 April 2013", "2013-04-24")
CALENDAR_DATE = re.compile(r"\d")


def _date_tier(i: Info) -> int:
    """How far a stated date can be trusted against a rival day told as specifically and by as many reports: 0 a
    date the text writes on the calendar ("on Nov. 2", whoever tells it), 1 a day read off the report's own day
    ("Wednesday", "today", "last night": right only as far as the report's day and clock are: a quote's "today"
    in a report published after midnight) in a telling as news, 2 such a day in a recall (read against a later
    report, through clauses where the later report's own acts and their days are near)."""
    t = i.m.time
    if t is not None and CALENDAR_DATE.search(t.text or ""):
        return 0
    return 2 if i.old else 1


def _reported_since(infos: list[Info], earliest: str | None) -> str | None:
    """The first day of a stated date, or the day before it when a report published that day already told the
    incident as happened: "relations nosedived on Tuesday when the prime minister accused X", in a report from a
    time zone ahead, of an accusation an outlet where it was made published on Monday. The outlets' days differ by
    their clocks (the night's slack of :func:`compatible`); which is the day where it happened the text does not
    say, so the date keeps its value and spans both days. Never more than a night: a report days before a stated
    date tells another incident, or a plan (:func:`_told_class`)."""
    if earliest is None:
        return None
    day = dt.date.fromisoformat(earliest[:10])
    first = min((i.published for i in infos if i.published and i.mclass == "realis" and not i.old
                 and not i.fragment), default=None)
    if first is None or not 0 < (day - first).days <= NIGHT:
        return earliest
    return first.isoformat()


def _date_votes(infos: list[Info]) -> Counter[str]:
    """How many articles give each date in the sentences that tell the incident: outlets that disagree on its day
    ("on March 7" in four reports, "on March 8" twice in one) are weighed by article, not by mention, and a date
    that the sentence gives to a verb beside the mention ("on Thursday, March 7, invaded the school, kidnapping
    hundreds": a report's date to the mention) still speaks for that day. A publication date says nothing."""
    told: dict[str, set[str]] = {}
    for i in infos:
        t = i.m.time
        if t is not None and t.value and t.source != "dct":
            told.setdefault(t.value, set()).add(i.m.article)
    return Counter({value: len(articles) for value, articles in told.items()})


#: sub-types of an incident that lasts days, told day by day (a visit: the arrival, the talks, a tour, the departure)
TRIP_SUBTYPES = frozenset({"visit"})


def _trip_start(infos: list[Info], stated: list[Info]) -> list[Info]:
    """The stated dates that may be a visit's first day. A visit is dated by the day it began, and a date stated
    after a report that already tells it as under way ("has arrived in X", published on the 12th) is a later day
    of it ("met Y at the air base where he landed on Wednesday", the 13th; "toured a factory on Friday"): not its
    start. With none left, the visit is dated by its earliest report."""
    bounds = [i.before for i in infos if i.before and i.mclass == "realis" and not i.old]
    if not bounds:
        return stated
    first = min(bounds)
    return [i for i in stated if (i.stated or i.soft)[0] <= first]  # type: ignore[index]


def _straddled(iv: Interval, pool: list[Info]) -> int:
    """How many mentions state a date that ``iv`` straddles (overlaps without lying in it or holding it): "three
    weeks ago" (a week across the turn of the month) is no refinement of "in February", told by six outlets."""
    def straddles(other: Interval) -> bool:
        inside = other[0] <= iv[0] and iv[1] <= other[1]
        holds = iv[0] <= other[0] and other[1] <= iv[1]
        return not inside and not holds and overlaps(iv, other)
    return len([j for j in pool if straddles(j.stated or j.soft)])  # type: ignore[arg-type]


def _reported_date(infos: list[Info]) -> TimeValue | None:
    """No date stated: on or before its earliest report bound; only "before" it for background-only mentions.
    A bound before the days a report that tells it as its news can be of (:func:`_fresh`) is not its own, nor
    one read off a sentence more than ``OLD_DAYS`` before its median bound (a background incident's month among
    this week's reports); a publication day is.

    Report bounds are the dates of verbs that report on it ("the army confirmed
    on February 26 ...") and the publication dates of its mentions told as news; an incident told
    only as background gets no date of its own (``value`` None, ``mod`` BEFORE). A background mention's
    publication day does not bound an incident some report tells as news: a recall comes after the news it
    recalls, so one published before the first news report ("police had arrested seven students", in a report
    a week before "police have arrested nearly 3,000") most often recalls an earlier act the clustering joined,
    and one published after bounds nothing the news does not. (When the recall was right and the later telling
    was no news, the bound is looser but still true; a bound too early is a wrong date.)
    """
    told = [i for i in infos if i.m.time is not None and i.m.time.value]
    bounds = [(i.before, i) for i in infos if i.before]
    news = [b for b in bounds if not b[1].old]
    if news and len(news) < len(bounds):
        bounds = news
    fresh = max((i.before - dt.timedelta(days=FRESH_DAYS + NIGHT) for i in infos if i.fresh and i.before), default=None)
    if fresh is not None:  # a report told it as its news (:func:`_fresh`): a bound before those days is another's
        bounds = [b for b in bounds if b[0] >= fresh] or bounds  # ("the strike that killed two on April 1")
    if not bounds:
        return None
    # a bound read off a sentence more than OLD_DAYS before most of its bounds (the median one) is another
    # incident's: a background sentence's month ("a blast in November killed 23") among the reports of this week's
    # explosion. A publication day stays: the first report of an incident later articles recall bounds it
    middle = sorted(b[0] for b in bounds)[len(bounds) // 2]
    bounds = [b for b in bounds if (middle - b[0]).days <= OLD_DAYS or b[0] == b[1].published]
    day, info = min(bounds, key=lambda b: (b[0], b[1].m.id))
    if not told:
        return TimeValue(value=None, text=None, latest=day.isoformat(), basis="reported", mod="BEFORE")
    t = info.m.time
    iv = value_interval(t.value) if t is not None and t.value else None
    value = t.value if t is not None and iv is not None and iv[1] == day else day.isoformat()
    lo, hi = interval_strings(value)
    own = t is not None and t.value == value
    return TimeValue(value=value, text=t.text if own else None, granularity=granularity_of(value),  # type: ignore
                     earliest=lo, latest=hi, confidence=t.confidence if own else 0.3,  # type: ignore[union-attr]
                     source=t.source if own else "dct", basis="reported", mod="ON_OR_BEFORE")  # type: ignore


def _place_voters(infos: list[Info], places: PlaceGraph, date: TimeValue | None) -> list[Info]:
    """The pieces whose place speaks for this incident: those that state no date apart from the incident's own, and
    of those told as background ("declared a state of emergency after the siege at a hotel in X") the ones whose
    place lies on the line of a place the news pieces give (X holding their hotel): a place named only in a
    background or recalled sentence never wins. All of them when none is left."""
    placed = [i for i in infos if i.place]
    own = value_interval(date.value) if date is not None and date.basis == "stated" and date.value else None
    dated = [i for i in placed if own is None or i.stated is None or _meet([i.stated, own], NIGHT)]
    news = {i.place for i in dated if not i.old}
    voters = [i for i in dated if not i.old or any(
        i.place == p or i.place in places.ancestors(p) or p in places.ancestors(i.place) for p in news)]  # type: ignore
    return voters or placed


def _choose_place(infos: list[Info], places: PlaceGraph, date: TimeValue | None = None, trip: bool = False
                  ) -> str | None:
    """The most specific place that holds a fair share of the articles telling it: below country level, then among
    the places that half as many articles give (it or a place inside it) as the best-supported town, and not one
    article's town beside another town more articles give, the one lying in the most others, then the one its
    pieces give most (a piece of an article's lead counting twice). A district one outlet names beside the city
    every other outlet gives ("in the Meghan neighbourhood of Sarn"), the city nearest an earthquake's epicentre,
    or a town one article names in a sentence the parser did not mark as recalled, is not where the incident
    happened for the story. A trip told of a country whose towns are only its stops is placed in the country
    (:func:`_trip_country`)."""
    voters = _place_voters(infos, places, date)
    counts: Counter[str] = Counter()
    for i in voters:
        counts[i.place] += 2 if i.lead else 1  # type: ignore[index]
    if not counts:
        return None
    names = places.names
    told_in: dict[str, set[str]] = {}
    for i in voters:
        told_in.setdefault(i.place, set()).add(i.m.article)  # type: ignore[arg-type]
    support = {p: len({a for q, arts in told_in.items() if q == p or p in places.ancestors(q) for a in arts})
               for p in counts}
    # "X near Tarvin": the event is in X, when a lead gives X (where its article's news happened) or as many
    # articles give X as Tarvin (a tremor a later paragraph places in a town near the city three articles give
    # the blast in does not make the city a landmark)
    leads = {i.place for i in voters if i.lead}
    pointers = {b for p in counts for b in places.landmarks.get(p, ()) if p in leads or support[p] >= support.get(b, 0)}
    # (measured against towns and districts only: "in Tolm, Drask province" and "in Drask province"
    # leave the town the place; a province is where a town lies, not what a district is told instead of)
    # (a capital that is a province of its own, a city-province, is a town here: a site in it one sentence
    # names, "the X guest house", is not where a trip told by twenty sentences of the city took place)
    # a region or natural area the story places nowhere ("the Northern Steppe"), given by under half as many
    # articles as a country among the candidates, is no more specific than that country: a wider frame some
    # reports name, not a place inside the country most reports give
    country_top = max((support[p] for p in counts if p in places.countries), default=0)
    unplaced = {p for p in counts if p in places.sites and not places.ancestors(p) and 2 * support[p] < country_top}
    top = max((n for p, n in support.items() if p not in places.countries and p not in unplaced and (
        p not in places.regions or capital_country(names.get(p, "")))), default=0)
    # a site known to lie in a town or region of the story ("the Rixa Hotel in Sarn") is where in that place it
    # happened: the event's place is the town, as a monitor codes it (a site the story places nowhere stays)
    venues = {p for p in counts if p in places.sites and places.ancestors(p) - places.countries}
    towns = [p for p in counts if p not in places.countries and p not in places.regions]

    def rivalled(p: str) -> bool:
        """One article's town beside a town more articles give that neither lies in nor holds it (a quake's
        town beside the town of an older quake one article recalls without a date: not a district of it)."""
        return support[p] == 1 and any(support[q] > 1 and q not in places.ancestors(p) and p not in
                                       places.ancestors(q) for q in towns if q != p)
    country = _trip_country(counts, support, places) if trip else None
    if country is not None:
        return country
    best = max(counts, key=lambda p: (p not in places.countries and p not in unplaced,
                                      not demonym(names.get(p, ""), names), p not in pointers, p not in venues,
                                      2 * support[p] >= top and not rivalled(p), places.depth(p), counts[p], p))
    if best in venues:  # only the site is given: the most specific place the story knows it lies in, a town
        # before another site ("the Velmar Grand hotel in Kereth" lies in Kereth and, by its name, in "the Velmar")
        return max(places.ancestors(best) - places.countries, key=lambda p: (p not in places.sites, places.depth(p),
                                                                             p))
    return best


def _setting(infos: list[Info], places: PlaceGraph, ctx: FuseContext | None = None) -> str | None:
    """An incident none of whose mentions names a place is placed where the paragraphs or the articles telling
    it are set (analyze/events/mentions.py ``_settings``: the place the paragraph is about, the lead's place, the
    dateline's town): the settings of its news mentions weighed as its places are (:func:`_choose_place`, the
    most specific one that a fair share of its articles give), not the most frequent one: a country every
    article's lead names is where the town lies that the paragraphs telling the incident are set in. With ``ctx``,
    a telling its sentence spreads over the country places it in that country (:func:`_country_wide`)."""
    told = [i for i in infos if i.setting and not i.old]
    # a telling that spreads the act over the country ("arrested 5,000 people across the country") places it in
    # the country its setting lies in: another telling's town is one of its places, not where it was done
    wide = Counter(c for i in told if ctx is not None and (c := _country_wide(ctx, i, places)) is not None)
    if wide:
        return max(wide, key=lambda c: (wide[c], c))
    told = [replace(i, place=i.setting) for i in told]
    return _choose_place(told, places) if told else None


#: words that spread an act over a whole country ("arrested 5,000 people across the country", "a nationwide
#: blackout", "restored throughout the nation")
COUNTRY_WIDE = re.compile(r"\b(?:nationwide|country-wide|(?:across|throughout|all\s+over|around)\s+the\s+"
                          r"(?:whole\s+|entire\s+)?(?:country|nation))\b", re.I)


def _country_wide(ctx: FuseContext, i: Info, places: PlaceGraph) -> str | None:
    """The country a mention's setting lies in, when its sentence spreads the act over the whole country: the town
    its paragraph or lead is set in is one place of many, not where such an act was done."""
    art = ctx.articles.get(i.m.article)
    if art is None or i.setting is None or i.m.sentence_start < 0 or i.setting in places.countries or \
            not COUNTRY_WIDE.search(art.text, i.m.sentence_start, i.m.sentence_end):
        return None
    code = places.country_codes.get(i.setting)
    return next(iter(sorted(c for c in places.countries if c in places.ancestors(i.setting) or (
        code is not None and places.country_codes.get(c) == code))), None)


#: a capitalized place opening a line, a comma, a colon, a bracket or a dash after it: a dateline ("MANILA, Nov. 11
#: -", "SARN (Reuters) -", "Lesk: "), where the report was filed
LINE_DATELINE = re.compile(r"\s*(?:,|:|\(|[-–—])")


def _sentence_place(ctx: FuseContext, infos: list[Info], places: PlaceGraph) -> str | None:
    """An incident none of whose mentions names a place or is set anywhere (a statement, a transfer, a decision:
    kinds the analysis sets nowhere, analyze/events/mentions.py ``SITED_TYPES``) is placed by the places its
    sentences name ("doctors at the Marl hospital in Sarnova said"), weighed as its places are
    (:func:`_choose_place`): those of its news sentences, else of its background ones. A party to it (whom a
    statement accuses, whom aid goes to: a participant of the mention) is no place it happened in, nor a
    dateline's town, a demonym ("Valdoran officials"), a patron ("Sarn-backed") or a name written in lower case (a
    pronoun the coreference step joined to a place: "its"). Measured on the round-34 pool (fifteen multi-outlet
    stories): of the 59 gold events with a place, 16 had no place nor setting among their mentions; with their
    sentences' places 6 of them are placed right (event places 28 -> 34, no category lower, five stories
    gaining). Rules compared: news sentences then background ones (this), names after "in"/"at"/"city of" first,
    only such names; chosen by leave-one-story-out (this rule in 14 of 15 folds, held-out gain +8 points)."""
    if any(i.m.type == "RETREAT" and i.m.subtype == "withdrawal" and _moves_diplomats(i) for i in infos):
        # a recall of envoys is decided at home: its sentences name the post the envoys leave ("recalled its
        # ambassador in Sarn", "its envoy to Sarn") or the host they quarrel with, never where the recall was made
        infos = [i for i in infos if not (i.m.type == "RETREAT" and i.m.subtype == "withdrawal")]
    named = [replace(i, place=eid, lead=False) for i in infos for eid in _places_named(ctx, i, places)]
    found = [i for i in named if not i.old] or named
    return _choose_place(found, places) if found else None


def _places_named(ctx: FuseContext, i: Info, places: PlaceGraph) -> list[str]:
    """The place entities the sentence of a mention names by a capitalized name, none of them a party to it (see
    :func:`_sentence_place`)."""
    art, an = ctx.articles.get(i.m.article), ctx.analyses.get(i.m.article)
    if art is None or an is None or i.m.sentence_start < 0:
        return []
    ids = _place_ids(ctx)
    parties = {p.entity for p in i.participants if p.entity}
    doers = _other_doers(ctx, i, an)
    text = art.text
    # the places other acts of the sentence take as their own ("expelled the envoy over the killing of a leader in
    # Tolm": Tolm is the killing's): the parse gave them to those acts
    theirs = {e.location.start for e in an.events if e.id != i.m.id and e.location is not None
              and e.sentence_start == i.m.sentence_start}
    out: list[str] = []
    for x in an.mentions:
        if not i.m.sentence_start <= x.start < i.m.sentence_end or not text[x.start:x.start + 1].isupper():
            continue
        if x.start in theirs or peoples_word(text[x.start:x.end]):
            continue
        if i.m.type not in HANDS_ON_TYPES and TOPIC_BEFORE.search(text, max(i.m.sentence_start, x.start - 80),
                                                                   x.start):
            continue  # "a meeting on the situation in Sarn", "concern over the violence in Lesk": what it is about
            # (not of an act done by hand: "cracked down on the unrest in Sarn" was in Sarn)
        if (not SET_IN.search(text, max(i.m.sentence_start, x.start - 80), x.start) or
                OWNS_NON_PLACE.match(text, x.end)) and \
                not _home_of_doers(text, x.start, x.end, [p for p in i.m.participants if p.role == "actor"]):
            continue  # only a name the sentence sets something in: not one that modifies a noun ("the Sarn
            # convention", "a Tolvan judge"), an object ("addressed Sarn"), an origin ("students from Lesk"), the
            # owner of what it is set at ("in protest at Sarn's calls": the government that called, not a place)
        if i.m.type in WORD_TYPES and i.m.field is None and x.start > i.m.start:
            continue  # what words tell of follows them ("denied that troops took the town of Sarn"); where they
            # were said, when the parse did not give it, stands before them ("In Sarn, the minister said")
        eid = ctx.entity_at(i.m.article, x.start, x.end)
        if eid is None or eid not in ids or eid in out or eid in parties or eid in doers or \
                demonym(text[x.start:x.end], places.names):
            continue
        if calendar_name(places.names.get(eid, "")) or bloc_name(places.names.get(eid, "")) or \
                PATRON.match(text, x.end):
            continue  # ("Easter Sunday", "West" of "West and Central Africa", "a Sarn-backed group")
        if text.rfind("\n", 0, x.start) + 1 == x.start and LINE_DATELINE.match(text, x.end):
            continue  # a dateline
        out.append(eid)
    return out


#: kinds of act done by hand where they land: "on the unrest in Sarn" is where, not what about
HANDS_ON_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "DISASTER", "TAKEOVER", "MOBILIZE", "CRIME"})
#: what an act is about, with the place of that matter ("talks on the situation in Sarn", "concern over the
#: violence in Lesk"): the name is the topic's, not where the act was done
TOPIC_BEFORE = re.compile(r"\b(?:on|about|over|regarding|concerning)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:"
                          + "|".join(sorted(TOPIC_NOUNS)) + r")\s+(?:in|inside|across|throughout|within|at|near)\s+"
                          r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")


#: a place's own force or body named after it ("the Sarn police", "Lesk authorities", "the Tolm city council")
FORCE_AFTER = re.compile(r"\s+(?:(?:city|district|provincial|regional|municipal|metropolitan|state)\s+)?"
                         r"(?:police|authorities|council|prosecutors?|court)\b")
#: a possessor's mark and up to three words before the noun it owns ("Valdora's main opposition party")
OWNS_DOER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}$")


def _home_of_doers(text: str, start: int, end: int, actors: list[Participant]) -> bool:
    """A name that says where those who do it are, though no preposition sets it: a town's or a country's force,
    body or court ("Sarn police raided", "the Lesk city council voted", "the Tolm prosecutor charged"), a country
    that owns the doer or is its name ("Valdora's opposition party urged"). Not a country that owns anyone else
    ("over Valdora's involvement", "chaired by Valdora's envoy": a party or a national, not where it was done)."""
    if FORCE_AFTER.match(text, end):
        return True
    return is_country_name(text[start:end]) and any(
        p.start <= start < p.end or (0 < p.start - end <= 40 and OWNS_DOER.match(text[end:p.start]) and
        not any(w.lower() in STOPWORDS for w in text[end:p.start].split()[1:])) for p in actors)


def _other_doers(ctx: FuseContext, i: Info, an: ArticleAnalysis) -> set[str]:
    """The entities that do another act of the mention's sentence as the agent of a passive verb ("Orvania has been
    suspended from the bloc following the coup, which has been condemned by the United Nations and Valdora":
    Valdora condemned, the suspension did not happen there). Only an agent the text gives after "by": the subject of
    the sentence's main verb stays a place ("Iraq declared the group defeated after a three-year fight", "Sarn cut
    ties after protesters attacked its embassy in response to Sarn executing a cleric": where those acts were), as
    does the owner of a noun act ("Sarn's elections and the assassination of a candidate"). Measured on the
    round-42 pool: taking every actor of another verb moved 12 event places of one story alone (several to a worse
    place: "Iraq declared ... after a fight" -> "US-led"), none of a gold incident; the passive agent alone moves
    three event places in the nine stories that moved: a suspension's (found), a deal "mediated by" a city, a
    statement on those "detained by" a country."""
    if i.m.field is not None:
        return set()
    text = ctx.articles[i.m.article].text
    return {eid for e in an.events if e.id != i.m.id and e.field is None and e.determiner is None
            and e.sentence_start == i.m.sentence_start
            for p in e.participants if p.role == "actor" and p.start >= e.end and PASSIVE_AGENT.match(text, e.end)
            and not CLAUSE_BREAK.search(text, e.end, p.start)
            and (eid := ctx.entity_at(i.m.article, p.start, p.end)) is not None}


#: a passive verb's agent after it ("condemned by the United Nations and Valdora")
PASSIVE_AGENT = re.compile(r"\s+by\s")
#: what ends the agent's phrase before a name ("condemned by Sarn. Valdora ...", "by Sarn; Valdora")
CLAUSE_BREAK = re.compile(r"[.;:!?\n]")


def _place_ids(ctx: FuseContext) -> frozenset[str]:
    """The story's place entities (computed once per entity list)."""
    key = (id(ctx.story.entities), len(ctx.story.entities))
    got = ctx.state.get("events.place_ids")
    if got is None or got[0] != key:
        got = (key, frozenset(e.id for e in ctx.story.entities if e.type.upper() in PLACE_TYPES))
        ctx.state["events.place_ids"] = got
    return got[1]


def _trip_country(counts: Counter[str], support: dict[str, int], places: PlaceGraph) -> str | None:
    """The country a visit is told of, when no place inside it is given by half the articles that place the visit
    in it: "arrived in X" in most reports, an air base, a factory town and a port in one or two each. Those are the
    trip's stops, each an event of its own; the trip itself is the country's (a visit most reports place in one
    city stays in the city)."""
    for c in sorted((p for p in counts if p in places.countries), key=lambda p: (-support[p], p)):
        inside = [support[p] for p in counts if c in places.ancestors(p)]
        if inside and 2 * max(inside) < support[c]:
            return c
    return None


def _participants(infos: list[Info], place: str | None) -> tuple[Participant, ...]:
    """The event's participants, each once; the place is none of them, except a state that acts in words where it
    is placed for speaking at home (:func:`_speaking_state`: "Tesland accused its neighbour" keeps Tesland the
    accuser)."""
    seen, out = set(), []
    for i in infos:
        for p in i.participants:
            key = (p.entity, p.role) if p.entity else (p.text.lower(), p.role)
            speaker = p.role == "actor" and i.m.type in WORD_TYPES
            if (p.entity == place and p.entity is not None and not speaker) or key in seen:
                continue
            seen.add(key)
            out.append(p)
    return tuple(out)


def _modality(infos: list[Info]) -> str:
    """The strongest modality of its own mentions (not of fragments); one its text dates after its report is
    expected whatever its grammar says (:func:`_told_class`: "to set off on a tour from March 4" in a report of the
    3rd)."""
    def told(i: Info) -> str:
        return "expected" if i.mclass == "irrealis" and i.m.modality not in IRREALIS else i.m.modality
    own = [told(i) for i in infos if not i.fragment and i.m.modality in MODALITY_RANK] or \
        [told(i) for i in infos if i.m.modality in MODALITY_RANK]
    return min(own, key=MODALITY_RANK.index) if own else "asserted"


def _place_text(ctx: FuseContext, infos: list[Info], place: str | None) -> str | None:
    """How the event's place is written: as a mention's location gives it, else a participant or setting, else a
    name its sentences give. A name is written with a capital: a common noun the coreference step joined to the
    place ("the country", "the city") says nothing of which place it is, so the first capitalized writing wins
    and a common noun is kept only when no mention writes the place by name."""
    if place is None:
        return None
    def texts() -> Iterable[str]:
        for i in infos:
            if i.place == place and i.m.location is not None and ctx.entity_at(
                    i.m.article, i.m.location.start, i.m.location.end) == place:
                yield i.m.location.text
        yield from (p.text for i in infos if place in (i.place, i.setting) for p in i.m.participants
                    if ctx.entity_at(i.m.article, p.start, p.end) == place)
        # a place its sentences name (:func:`_sentence_place`): as the first of them writes it
        yield from (ctx.articles[i.m.article].text[x.start:x.end] for i in infos if i.m.article in ctx.analyses
                    for x in ctx.analyses[i.m.article].mentions if i.m.sentence_start <= x.start < i.m.sentence_end
                    and ctx.entity_at(i.m.article, x.start, x.end) == place)
    first = None
    for t in texts():
        if _written_by_name(t):
            return t
        first = first or t
    # a place no telling writes (a country-wide act set in the country its town lies in: :func:`_setting`): the
    # entity's name
    return first or next((e.name for e in ctx.story.entities if e.id == place), None)


def _written_by_name(text: str) -> bool:
    """A place written by its name: a capital in a word other than an article ("Sarn", "the Lesk Valley"; not "the
    country", "the capital")."""
    return any(w[:1].isupper() for w in text.split() if w.lower() not in ("the", "a", "an"))


def build_event(ctx: FuseContext, c: Cluster, places: PlaceGraph) -> Event:
    infos = sorted(c.infos, key=lambda i: (i.m.article, i.m.start))
    mids = tuple(i.m.id for i in infos)
    type_ = _choose_type(infos)
    subtype = _choose_subtype([i for i in infos if i.m.type == type_])
    date, date_conflicts = _choose_date(ctx, infos, subtype if type_ == "CONSULT" else None)
    date = _open_told(ctx, infos, date)
    own = _choose_place(infos, places, date, trip=type_ == "CONSULT" and subtype in TRIP_SUBTYPES) or \
        _setting(infos, places, ctx)
    place = own or _sentence_place(ctx, infos, places)
    reports = tolls.collect((i.m for i in infos), ctx.articles)
    heads, toll_conflicts, reports = tolls.choose(reports, ctx.articles)
    conflicts = dict(toll_conflicts)
    if date_conflicts:
        conflicts["date"] = date_conflicts
    stories = Counter(i.story for i in infos if i.story)
    return Event(
        id="ev_" + hashlib.sha1(min(mids).encode()).hexdigest()[:12], type=type_, subtype=subtype,
        plover=plover_of(type_, subtype), date=date, location=place, location_text=_place_text(ctx, infos, place),
        participants=_participants(infos, own), fatalities=heads.get("killed"), injured=heads.get("injured"),
        missing=heads.get("missing"), arrested=heads.get("arrested"), abducted=heads.get("abducted"),
        modality=_modality(infos),
        mentions=tuple(Span(i.m.article, i.m.start, i.m.end, i.m.text, i.m.field) for i in infos),
        mention_ids=mids, conflicts=conflicts, reports=tuple(reports), ranges=tolls.ranges(reports),
        story=max(stories, key=lambda s: (stories[s], s)) if stories else None)


def _open_told(ctx: FuseContext, infos: list[Info], date: TimeValue | None) -> TimeValue | None:
    """An incident no mention of which states a date, told by undated articles with a month-day of no year
    (``Info.open``), is dated by them: each read in the year before its article's dateline day, else before the
    incident's earliest report bound (see fuse/open_dates.py)."""
    if date is not None and date.basis == "stated":
        return date
    bound = dt.date.fromisoformat(date.latest) if date is not None and date.latest else None
    told = []
    for i in infos:
        own = _article_day(ctx, i.m.article) if i.open is not None else None
        at = own[1] if own is not None else bound
        if i.open is not None and i.mclass == "realis" and not i.old and at is not None:
            told.append((i.open, at))
    return open_dates.story_date(told) or date


def _apart(m: EventMention) -> EventMention:
    """A headline's mention (``field`` "title") as fusion reads it: a sentence of its own before the text's first
    (its sentence offsets are the title's, and must not be taken for those of the text's first sentence)."""
    return m if m.field is None else dataclasses.replace(m, sentence_start=-1, sentence_end=-1)


def signature(ev: Event) -> tuple[str, str | None, str | None, str | None, str | None, str | None]:
    """(type, sub-type, place, earliest, latest, story): what blocks an event against new mentions."""
    lo, hi = (ev.date.earliest, ev.date.latest) if ev.date else (None, None)
    return ev.type, ev.subtype, ev.location, lo, hi, ev.story


@fuse_step("events")
def fuse_events(ctx: FuseContext) -> None:
    """Fill ``ctx.story.events`` from every analysis's event mentions."""
    mentions = [_apart(m) for aid in sorted(ctx.analyses) for m in ctx.analyses[aid].events
                if m.modality != "generic" and m.type != "OTHER"]
    # a headline's mentions join the incidents the texts tell; alone they make none (analyze/title.py)
    clusters = [c for c in coreference(ctx, mentions) if any(i.m.field is None for i in c.infos)]
    places = ctx.state["events.places"]
    events = [build_event(ctx, c, places) for c in clusters]
    ctx.state[CLUSTERS_KEY] = list(zip(clusters, events, strict=True))  # for the actions step (fuse/actions.py)
    events.sort(key=lambda e: (e.date.earliest or e.date.latest or "9999" if e.date else "9999", e.id))
    ctx.story.events = events
    ctx.state[STATE_KEY] = {mid: e.id for e in events for mid in e.mention_ids}
