"""Fusion step "claims": resolve speakers and targets to entities, then link claims.

Link rules (every link carries the two claim spans as evidence and a reason; docs/claims.md has them with
their figures):

- ``denies``, from the denial to what it denies (:mod:`storyline.fuse.denials`): the same-sentence
  pattern ("X alleges P, a claim denied by Y"); "Y denied X's claims"; a denial saying the same as
  another speaker's claim; a denial of involvement answering the claim of responsibility or the
  allegation about the same incident that concerns the party it clears; a negated rebuttal (a
  content whose main predicate is negated and that says the opposite of an allegation, of a claim
  about who did something, or of a claim naming its speaker: it becomes a denial); the accused
  answering an accusation against its side; a denial giving the reason of its speaker's denial in
  the same sentence; a denial of a toll answering the claims that give it (its own side's: ``contradicts``).
- ``supports``: two asserted claims in different articles saying the same thing, without a genuine
  incompatibility, from the later article's claim to the earlier one; lower bars with a shared
  event or target, or from one side (two outlets' paraphrases of one statement, or one side's statement
  within a longer content of its: most of its common words there; or one side's statement told in other
  words: its common words close in sense word by word, :func:`word_sense_coverage`). Claims about who did an
  act support each other only with the same doer and the same incident.
- ``contradicts``: two asserted claims that cannot both be true: one negating the other in
  near-identical words (and no rebuttal), another value for the same quantity on the same day (or,
  the day of one unknown, in close words that say no update), a figure one side rejects ("ten
  thousand is too much") and another side's claim giving it, or, in near-identical wording, another
  date of one kind or an antonymous predicate.

Similarity has two parts (:mod:`storyline.fuse.claim_text`): a Jaccard over lightly stemmed content
words and, when ``config.use_embeddings``, the cosine of the two contents' sentence vectors. Cosine
alone is not enough: articles of one story talk about the same actors, and unrelated propositions
about them score 0.6-0.75; a paraphrase needs both a high cosine and shared words. No entailment
model ships offline, so explicit checks (speakers, negation, figures, dates, antonyms) stand in for one.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

import numpy as np

from storyline.analyze.claims.cues import ADMISSION_VERBS, CLAIM_NOUNS, INSTITUTION_HEADS
from storyline.analyze.claims.speakers import other_kind_of_body
from storyline.fuse import STEP_CACHES, FuseContext, fuse_step
from storyline.fuse.claim_about import ArticleActs
from storyline.fuse.claim_links import (
    DOER_LABELS,
    MUTUAL,
    Linker,
    days_apart,
    events_differ,
    names_act,
    names_in,
    nested,
    place_of,
    plain,
    proper_names,
    same_speaker,
)
from storyline.fuse.claim_text import (
    CLAUSE_SAME,
    LARGE_TOLL,
    LARGE_TOLL_COSINE,
    MEASURES,
    NEAR,
    NEGATED_REQUEST,
    NEGATES,
    PROPOSITION_WORDS,
    REBUT,
    SAME,
    SAME_SPEAKER,
    SAME_SPEAKER_TARGET,
    SAME_WITH_EVENT,
    SAME_WITH_TARGET,
    STOP,
    TOLL_COSINE,
    TOLL_FIGURE,
    TOPIC,
    VERBATIM,
    WORD,
    Amount,
    clause_words,
    conflicts,
    content_stems,
    counts_harm,
    describe,
    figures_apart,
    jaccard,
    means_kinds,
    predicate,
    reaches,
    repeats_sentence,
    shared_figures,
    shared_measures,
    shared_tolls,
    stated,
    stem,
    toll_amounts,
)
from storyline.fuse.denials import (
    act_modifiers,
    answers,
    clears,
    continue_denials,
    deny_accusations,
    deny_claims_of,
    deny_figures,
    deny_involvement,
    deny_own_figures,
    deny_pair,
    deny_retold_accusations,
    deny_what_this_is,
    in_article,
    inherit_denials,
)
from storyline.fuse.forest import root
from storyline.lexicons import pronouns
from storyline.lexicons.countries import country_name, country_of, demonym_country
from storyline.lexicons.numbers import NUMBER_WORDS
from storyline.lexicons.speech import ANY_BODY_KINDS
from storyline.lexicons.stopwords import NEGATIONS
from storyline.lexicons.titles import SPOKES_HEADS
from storyline.model import ArticleAnalysis, Claim, ClaimLink, Entity, Mention


class _ArticleMentions:
    """One article's mentions for resolving its claims: by start (bisection) and by coreference chain."""

    def __init__(self, ctx: FuseContext, analysis: ArticleAnalysis) -> None:
        self.ctx, self.mentions = ctx, analysis.mentions  # sorted by start (ArticleAnalysis keeps them so)
        self.starts = [m.start for m in self.mentions]
        self.chain_entity: dict[str, str] = {}
        for m in self.mentions:
            eid = ctx.mention_entity.get((m.article, m.start, m.end))
            if m.chain and eid is not None:
                self.chain_entity.setdefault(m.chain, eid)  # the first resolved mention of the chain

    def inside(self, start: int, end: int) -> list[Mention]:
        """The non-pronoun mentions within ``start:end``."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end and m.kind != "pronoun"]


def speaker_entity(ctx: FuseContext, claim: Claim, mentions: _ArticleMentions | None = None) -> str | None:
    """The entity the speaker resolves to: its name mention, its coreference chain, its own span."""
    if claim.speaker_ref is not None:
        eid = ctx.entity_at(claim.article, claim.speaker_ref.start, claim.speaker_ref.end)
        if eid is not None:
            return eid
    if mentions is not None and claim.speaker_chain in mentions.chain_entity:
        return mentions.chain_entity[claim.speaker_chain]
    if claim.speaker_start is None or claim.speaker_end is None:
        return None
    if claim.speaker_type in ("named", "organization"):
        eid = _head_entity(ctx, claim.article, claim.speaker_start, claim.speaker_end)
        return None if eid is not None and _group_of_another_kind(ctx, claim, eid) else eid
    if claim.speaker_type == "nominal":
        # "an accusation by the country's interior minister": the description itself, when the entity step resolved it
        # across the story (one person holds that office for that owner); never a mention overlapping it
        return ctx.mention_entity.get((claim.article, claim.speaker_start, claim.speaker_end))
    return None


def _group_of_another_kind(ctx: FuseContext, claim: Claim, eid: str) -> bool:
    """"The extremist group claimed the attack": a group told by "the" and its kind alone that the entities step put
    with a body of another kind (the police force, the city hall named in the article) is not that body (see
    :func:`storyline.analyze.claims.speakers.other_kind_of_body`); read from the names the entity has in the claim's
    own article, so the answer never depends on what else is stored."""
    words = re.findall(r"[A-Za-z]+", claim.speaker_text or "")
    if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in ANY_BODY_KINDS \
            or any(w[0].isupper() for w in words[1:]):
        return False
    analysis = ctx.analyses.get(claim.article)
    names = [m.text for m in (analysis.mentions if analysis is not None else ())
             if m.kind in ("name", "acronym") and ctx.mention_entity.get((claim.article, m.start, m.end)) == eid]
    return any(other_kind_of_body(n) for n in names)


#: where a speaker phrase's head noun phrase ends: a comma, bracket or dash (an apposition follows), or a preposition
#: ("<State>'s delegation to <body>", "<group> in <place>, an alliance of ...")
_HEAD_END = re.compile(r"\s*[,(;\u2013\u2014]|\s+-\s|\s+(?:to|in|at|from|on|with|by|near|under|across|against|"
                       r"of|for)\s", re.I)
#: a preposition after the head that names whom the head belongs to ("the Foreign Ministry of <State>")
_OWNER_PREPOSITION = re.compile(r"\s+(?:of|for)\s", re.I)


def _head_entity(ctx: FuseContext, article: str, start: int, end: int) -> str | None:
    """The entity a speaker phrase with no name mention of its own names, decided by its head: the mention at
    the phrase's head noun phrase (before a preposition, comma or dash), else the owner after "of"/"for" right
    after it ("the Foreign Ministry of <State>"); never a name told only as where or what the head relates to
    ("<State>'s delegation to <body>": not the body; "<group> in <place>, an alliance of ...": not the place)."""
    hit = ctx.mention_entity.get((article, start, end))
    if hit is not None or article not in ctx.analyses or article not in ctx.articles:
        return hit
    phrase = ctx.articles[article].text[start:end]
    cut = _HEAD_END.search(phrase)
    head_end = start + (cut.start() if cut else len(phrase))
    owner_end = None
    if cut and _OWNER_PREPOSITION.fullmatch(cut.group()):
        rest = _HEAD_END.search(phrase, cut.end())
        owner_end = start + (rest.start() if rest else len(phrase))
    best: tuple[int, int, str] | None = None  # (at the head, length, entity)
    for m in ctx.analyses[article].mentions:
        if not (m.start < end and start < m.end):
            continue
        eid = ctx.mention_entity.get((article, m.start, m.end))
        in_head = m.start < head_end
        if eid is None or not (in_head or (owner_end is not None and m.end <= owner_end)):
            continue
        key = (int(in_head), m.end - m.start, eid)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def resolve_claim(ctx: FuseContext, claim: Claim, event_of: dict[str, str],
                  mentions: _ArticleMentions | None = None) -> Claim:
    """The claim with speaker, targets and event as story-level ids (targets keep text when unresolved)."""
    analysis = ctx.analyses.get(claim.article)
    if mentions is None and analysis is not None:
        mentions = _ArticleMentions(ctx, analysis)
    targets: list[str] = []
    if mentions is not None and claim.content_start is not None and claim.content_end is not None:
        for m in mentions.inside(claim.content_start, claim.content_end):
            key = ctx.mention_entity.get((m.article, m.start, m.end)) or m.chain or m.text
            if key not in targets:
                targets.append(key)
    event = event_of.get(claim.event) if claim.event else None  # a story-level id or nothing
    return dataclasses.replace(claim, speaker=speaker_entity(ctx, claim, mentions), targets=tuple(targets),
                               event=event)


def _pair_links(lk: Linker, i: int, j: int) -> None:
    a, b = lk.claims[i], lk.claims[j]
    if a.polarity != b.polarity:
        d, t = (i, j) if a.polarity == "deny" else (j, i)
        if lk.claims[t].negated and _retold(lk, a, b) and conflicts(lk.feats[i], lk.feats[j]) is None:
            # one speaker's "we don't trust them" read as a denial in one outlet and as a negated statement in
            # another: one statement, not a speaker denying himself
            later, earlier = lk.order(i, j)
            cos = lk.exact_sim(i, j)[0]
            lk.add("supports", later, earlier, cos, f"one speaker's negated statement retold (cosine {cos:.2f})")
            return
        deny_pair(lk, d, t)
        return
    if a.polarity == "deny":
        _denial_pair(lk, i, j)
        return
    if a.negated != b.negated and not negations_alike(a.content, b.content):
        if negations(a.content) and negations(b.content) and _retold(lk, a, b) \
                and conflicts(lk.feats[i], lk.feats[j]) is None:
            # one speaker's "we have no trust in them" / "we do not believe them": both contents negate something
            # and the claim reader marked one negated (its main predicate's own negation): one statement retold
            later, earlier = lk.order(i, j)
            cos = lk.exact_sim(i, j)[0]
            lk.add("supports", later, earlier, cos, f"one speaker's negated statement retold (cosine {cos:.2f})")
            return
        _negation_pair(lk, i, j)
        return
    if a.article == b.article:
        _figures_in_one_article(lk, i, j)
        _one_doer_in_one_article(lk, i, j)
        _agreeing_figures_in_one_article(lk, i, j)
        return
    s = lk.sim(i, j)
    later, earlier = lk.order(i, j)
    if a.involvement and b.involvement:
        # who did an act is the proposition: figures in "responsibility for the attack that killed
        # 84" describe the incident, so only the doer and the incident decide
        if _same_act(lk, a, b, s):
            lk.add("supports", later, earlier, max(s), f"same claim about who did it ({describe(s)})")
        elif _rival_doers(lk, i, j):
            lk.add("contradicts", later, earlier, max(s), f"two sides name different doers of one act ({describe(s)})")
        return
    if a.involvement or b.involvement:
        if conflicts(lk.feats[i], lk.feats[j]) is not None:
            return
        if _told_with_its_doer(lk, i, j) and _same_proposition(lk, i, j, s, bool(a.event and a.event == b.event)):
            lk.add("supports", later, earlier, max(s), f"one side's claim told again naming its doer ({describe(s)})")
        elif _names_within(lk.claims[i if a.involvement else j], lk.claims[j if a.involvement else i]) \
                and _retold(lk, a, b) and (cos := lk.exact_sim(i, j)[0]) >= RETOLD_COSINE:
            lk.add("supports", later, earlier, cos, f"one speaker's account retold, no one else named ({cos:.2f})")
        elif a.stance == b.stance == "allegation" and not (a.negated or b.negated) \
                and (soft := _word_sense_paraphrase(lk, i, j)):
            # "an attack that <capital> blamed on X and its allies" (its act only in the relative clause around it,
            # so not read as about an act) / the foreign minister's "X and its allies were responsible for the
            # attack": one side's accusation, the act told in one wording only
            lk.add("supports", later, earlier, soft, f"one side's accusation told in other words in another article "
                                                     f"(words of one sense {soft:.2f})")
        return
    same_event = bool(a.event and a.event == b.event)
    clash = conflicts(lk.feats[i], lk.feats[j], near=reaches(s, NEAR))
    if clash == "numbers differ" and not lk.same_day(i, j) and not _undated_figures_apart(lk, i, j, s):
        return  # a figure reported on another day may be an update: a toll that rose
    if clash and not _one_matter(lk, i, j, clash, same_event):
        return  # two things, or one speaker's two figures: no dispute (nor, with a clash, one proposition)
    if clash and ((same_event and s[0] >= 0.7) or reaches(s, TOPIC)):
        lk.add("contradicts", later, earlier, max(s), f"{clash} about the same thing ({describe(s)})")
    elif not clash and not figures_apart(lk.feats[i], lk.feats[j]) and _same_proposition(lk, i, j, s, same_event) \
            and len(_cause_kinds(a.content) | _cause_kinds(b.content)) < 2 \
            and not figures_apart(lk.feats[i], lk.feats[j], keyed=False):
        # "possibly accidental" / "set deliberately": one act, two kinds of cause (contradict_hedged weighs them);
        # both giving figures and none in common ("19 of the gunmen had been killed and three captured" / "24
        # gunmen and 13 hostages were killed"): two reports, however close their words
        lk.add("supports", later, earlier, max(s), f"same proposition in another article ({describe(s)})")
    elif not clash and (toll := _same_toll(lk, i, j)):
        cos = lk.exact_sim(i, j)[0]
        lk.add("supports", later, earlier, cos, f"the same toll ({toll}) of one incident (cosine {cos:.2f})")
    elif not clash and (counts := _same_counts(lk, i, j)):
        cos = lk.exact_sim(i, j)[0]
        lk.add("supports", later, earlier, cos, f"the same counts ({counts}) of one incident (cosine {cos:.2f})")
    elif not clash and (contained := _contained(lk, i, j)):
        shared, cos = contained
        lk.add("supports", later, earlier, cos, f"one side's statement within another content of its in another "
                                                f"article ({shared} of its words, cosine {cos:.2f})")
    elif not clash and (soft := _word_sense_paraphrase(lk, i, j)):
        lk.add("supports", later, earlier, soft, f"one side's statement told in other words in another article "
                                                 f"(words of one sense {soft:.2f})")
    elif not clash and (run := _quoted_run(lk, i, j)):
        lk.add("supports", later, earlier, max(s), f"the same words quoted in another article ({run} words in a row)")
    elif not clash and (told := _same_predicate(lk, i, j)):
        lk.add("supports", later, earlier, told, f"one side's statement with its subject described otherwise in "
                                                 f"another article (predicate cosine {told:.2f})")


#: words in a row one content gives inside quotation marks that the other content has word for word, whoever each
#: outlet names as the speaker: two outlets quoting one statement. Chosen on round 34's development pool (fifteen real
#: multi-outlet stories, 285 gold claim links) by leave-one-story-out over 3-8 words and off, fitted on fourteen
#: stories by gold claim links gained less links judged wrong against the gold (the longer run on a tie): 5 in
#: every fold; held out, 3 gold links gained, 7 links judged right and 1 judged wrong added. At 3 words, 6 gold
#: links for 10 judged wrong: short runs are phrases two statements share ("an act of war")
QUOTED_RUN = 5
#: a quotation mark, straight or curly
_QUOTE_MARK = re.compile(r"[\"“”]")
#: a word as compared for a quoted run (with its apostrophe: "we'll", "Sarn's")
_RUN_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _closes(content: str, at: int) -> bool:
    """Does the quotation mark at ``at`` close a quotation (a curly closing mark, or a straight one after a word and
    before a space, a punctuation mark or the end)?"""
    mark = content[at]
    if mark in "“”":
        return mark == "”"
    after = content[at + 1:at + 2]
    return at > 0 and not content[at - 1].isspace() and (not after or not after.isalnum())


@lru_cache(maxsize=1 << 14)
def quoted_passages(content: str) -> tuple[tuple[str, ...], ...]:
    """The passages a content gives inside quotation marks, each as its lower-cased words: between an opening and
    a closing mark, from an opening mark left open to the end (a content cut before the quotation closes), from the
    start to a first closing mark (a quotation the content opens inside: "caused a lot of damage," Varn said).
    Not a direct quotation the claim reader took without its marks: its words may be ones another outlet tells in
    its own sentence ("his condition remains very serious"; "his condition “remains very serious"), and a long
    quotation shares runs of plain words with anything ("of the Strait of Tolvar")."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(content)]
    if not marks:
        return ()
    passages, inside, last = [], _closes(content, marks[0]), 0
    for at in marks:
        if inside:
            passages.append(content[last:at])
        inside, last = not inside, at + 1
    if inside:
        passages.append(content[last:])
    return tuple(words for text in passages if (words := tuple(_RUN_WORD.findall(text.lower()))))


@lru_cache(maxsize=1 << 10)
def _positions(words: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Each word's positions in ``words``, from 1 (a content's index, asked for every candidate pair it is in:
    issue 11, the pairs grow with the square of an incremental run's scope)."""
    at: dict[str, list[int]] = defaultdict(list)
    for k, other in enumerate(words, 1):
        at[other].append(k)
    return {w: tuple(ks) for w, ks in at.items()}


def _longest_run(passage: tuple[str, ...], words: tuple[str, ...]) -> int:
    """The most words of a passage found in a row, in that order, among ``words``."""
    at = _positions(words)  # each word's positions in ``words``
    # the runs ending at the positions of ``words`` the passage's last word matched (not a table of every position
    # for every word of the passage: most words match nowhere, and this runs for many candidate pairs)
    best, prev = 0, dict[int, int]()
    for w in passage:
        found = at.get(w)
        if found is None:  # (most words: no run goes on through them)
            prev = {}
            continue
        cur = {k: prev.get(k - 1, 0) + 1 for k in found}
        best = max(best, *cur.values())
        prev = cur
    return best


#: emptied after the claims step (:func:`storyline.fuse.release`): the scope's contents are not asked again
STEP_CACHES["claims"] = (_positions,)


@lru_cache(maxsize=1 << 14)
def _run_words(content: str) -> tuple[str, ...]:
    """A content's words as compared for a quoted run (asked for both contents of many candidate pairs)."""
    return tuple(_RUN_WORD.findall(content.lower()))


def _quoted_run(lk: Linker, i: int, j: int) -> int:
    """Two articles quoting one statement: a passage one content gives inside quotation marks found word for word in
    the other content, :data:`QUOTED_RUN` words in a row or more ("the strike “carried out by the mission this
    morning, which targeted a refugee camp near Drask" / the missiles "targeted a refugee camp near" the border").
    Outlets name one speaker in many ways (a ministry, its spokesman, the state), so the quoted words decide, not the
    speaker entities. No figure of either apart, fused events not known to be two incidents, neither about another
    act (the caller has checked the rest: two articles, same polarity and negation, no clash, not about who did an
    act). The run, or 0."""
    a, b = lk.claims[i], lk.claims[j]
    if not quoted_passages(a.content) and not quoted_passages(b.content) and not (a.direct_quote or b.direct_quote):
        return 0  # (most pairs: neither content quotes anyone's words)
    if lk.other_act(i) or lk.other_act(j):
        return 0
    if lk.figures_apart(i, j):
        return 0
    if a.event and b.event and a.event != b.event and events_differ(lk, a.event, b.event):
        return 0
    words_a, words_b = _run_words(a.content), _run_words(b.content)
    run = max([_longest_run(q, words_b) for q in quoted_passages(a.content)]
              + [_longest_run(q, words_a) for q in quoted_passages(b.content)] + [0])
    if run >= QUOTED_RUN:
        return run
    if a.direct_quote or b.direct_quote:
        # a direct quotation the claim reader took without its marks: its words in a longer run decide
        whole = _longest_run(words_a, words_b)
        return whole if whole >= DIRECT_QUOTE_RUN else 0
    return 0


#: words in a row a direct quotation (taken by the claim reader without its marks) must share with another outlet's
#: content to be one statement quoted twice ("if that was the case, then they would have walked into the flood"
#: quoted whole by one outlet, after another sentence of the speaker's by another). Longer than :data:`QUOTED_RUN`:
#: a quotation's plain words may be ones another outlet writes in its own sentence, which a run of ten rarely is. On
#: the round-48 pool (twelve multi-outlet sets), the two outlets' direct quotations sharing ten words or more in a
#: row were all of one gold statement; at six to nine words some were two statements of one speech
DIRECT_QUOTE_RUN = 10


#: the cosine two contents giving another figure for one count need to be taken as two accounts of one thing when
#: the day of one of them is not known (a pasted text often has none): below it, one may be a later update. Chosen
#: on round 33's development pool (twelve real multi-outlet stories, 2,957 gold points) by leave-one-story-out over
#: 0.6-0.95 and off, fitted by gold claim links gained less links judged wrong: 0.75 in eleven folds of twelve, 0.8
#: in the twelfth; below 0.75 pairs of one incident's figures from two sides that the gold leaves apart come in
UNDATED_FIGURE_COSINE = 0.75


#: a content about its own speaker: a pronoun or the body's own word for itself opens it ("it cut its prices", "its
#: board declared a dividend", "the company's loss widened", "directors voted"): two speakers' such contents are
#: about two things
_OF_ITSELF = re.compile(r"^(?:that\s+)?(?:" + "|".join(sorted(pronouns.PERSON | pronouns.GROUP | pronouns.FIRST))
                        + r"|(?:the\s+)?(?:company|company's|group's|firm|firm's|board|directors))\b", re.I)


def _opening_name(content: str) -> str:
    """The proper name a content opens with, as its subject ("Orsk Gas NV is issuing ..."), else ""."""
    text = re.sub(r"^(?:that\s+)?", "", content.lstrip(" \"“”'‘’"))
    names = proper_names(text[:80])
    return names[0] if names and text.startswith(names[0]) else ""


def _one_matter(lk: Linker, i: int, j: int, clash: str, same_event: bool) -> bool:
    """Can two contents that differ on ``clash`` be two speakers' incompatible accounts of one matter? Not one
    speaker's (a morning and an afternoon figure, a forecast revised: a series, not a dispute); not two speakers
    each telling of itself ("it cut its price by one dollar" / "it cut its prices by 1.50"); not contents naming
    different parties and none in common, nor dated to different months, days or years ("the index rose in
    December" / "fell in January"). Figures differ on one matter when both claims are tied to one event or
    both count people killed, hurt or held (a toll told by two sides); two companies' sales or dividends are
    not one count."""
    a, b = lk.claims[i], lk.claims[j]
    if same_speaker(a, b) or (_OF_ITSELF.match(a.content.lstrip(" \"“”'‘’"))
                              and _OF_ITSELF.match(b.content.lstrip(" \"“”'‘’"))):
        return False
    named_a = {t for t in a.targets if t.startswith("ent:")}
    named_b = {t for t in b.targets if t.startswith("ent:")}
    if named_a and named_b and not named_a & named_b:
        return False
    opener_a, opener_b = _opening_name(a.content), _opening_name(b.content)
    if opener_a and opener_b and not names_in(opener_a, b.content) and not names_in(opener_b, a.content):
        return False  # "<one issuer> is issuing a bond ..." / "<another issuer> is issuing a bond ...": two subjects
    fa, fb = lk.feats[i], lk.feats[j]
    if any(fa.dates.get(kind) and fb.dates.get(kind) and not fa.dates[kind] & fb.dates[kind]
           for kind in ("weekday", "month", "year")):
        return False
    return clash != "numbers differ" or same_event or (counts_harm(fa) and counts_harm(fb))


def _undated_figures_apart(lk: Linker, i: int, j: int, s: tuple[float, float]) -> bool:
    """Two contents giving one count two figures, one of them of an unknown day, in words close enough
    (:data:`UNDATED_FIGURE_COSINE`) to be accounts of one thing, and neither saying its figure is one of a series
    ("the toll rose to 64", "detained six more suspects"): nothing says the second is a later update."""
    return not (lk.dated(i) and lk.dated(j)) and s[0] >= UNDATED_FIGURE_COSINE \
        and not any(_UPDATE.search(lk.claims[k].content) or _INCREMENT.search(lk.claims[k].content) for k in (i, j))


#: a figure counted on top of an earlier one ("six more suspects", "another 28", "17 additional bodies")
_FIGURE = r"(?:\d[\d,]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_INCREMENT = re.compile(rf"\b{_FIGURE}\s+(?:more|additional|further|new)\b|\banother\s+{_FIGURE}\b", re.I)


#: a word as written, with a verb's "n't" ("can't", "won’t")
_NEGATABLE_WORD = re.compile(r"[a-z]+n['’]t|[a-z]+")


@lru_cache(maxsize=1 << 14)  # asked for both contents of every candidate pair of a negated and a plain content
def negations(content: str) -> tuple[str, ...]:
    """The negations a content says, in order ("cannot" and "n't" as "not")."""
    out = []
    for w in _NEGATABLE_WORD.findall(content.lower()):
        if w == "cannot" or w.endswith(("n't", "n’t")):
            out.append("not")
        elif w in NEGATIONS:
            out.append(w)
    return tuple(out)


def negations_alike(first: str, second: str) -> bool:
    """Do two contents say the same negations, one or more ("We cannot let this continue" / "(...) We cannot leave
    the situation as it is")? Then one content being read as negated and the other not is a reading of where the
    main predicate is (the claim reader marks a content negated when its main predicate is), not one negating the
    other: the pair is judged as two contents of one negation."""
    found = negations(first)
    return bool(found) and found == negations(second)


def _same_toll(lk: Linker, i: int, j: int) -> str:
    """Two articles giving one incident the same toll ("has risen to over 120" / "at least 120 people were
    killed"): a count of dead, injured or held of :data:`TOLL_FIGURE` or more stated with the same figure in
    both, no count of both apart (:func:`figures_apart`), events not known to be two incidents, and contents
    about the same thing (:data:`TOLL_COSINE`; :data:`LARGE_TOLL_COSINE` for a toll of :data:`LARGE_TOLL` or
    more given on one day, which two reports share by chance far more rarely). Whoever gives it: outlets
    corroborate a toll. The toll, as "120 killed", or "" when there is none."""
    a, b = lk.claims[i], lk.claims[j]
    if figures_apart(lk.feats[i], lk.feats[j]):
        return ""
    # (a measured quantity given with one figure, "700 tonnes" / "700 tons" of a chemical, agrees as a toll does)
    shared = shared_tolls(lk.feats[i], lk.feats[j], TOLL_FIGURE) or shared_measures(lk.feats[i], lk.feats[j],
                                                                                    TOLL_FIGURE)
    if not shared:
        return ""
    large = lk.same_day(i, j) and float(shared.split()[0]) >= LARGE_TOLL and not shared.endswith(
        tuple(f" {unit}" for unit in MEASURES))
    # a large toll of one day is a running total ("164 people have died during the demonstrations" / "164 were
    # killed in the unrest of the past week"): its claims hang on whichever dated incident of the unrest their
    # sentence was fused to, and two such events apart in date do not make the one figure two tolls
    if not large and a.event and b.event and events_differ(lk, a.event, b.event):
        return ""
    return shared if lk.exact_sim(i, j)[0] >= (LARGE_TOLL_COSINE if large else TOLL_COSINE) else ""


#: words that make a figure one of a series ("the toll rose to six", "initially said five"): an update
_UPDATE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|revised|updated|initially|earlier|later|now|"
                     r"first|latest|increased|reached)\b", re.I)


def _figures_in_one_article(lk: Linker, i: int, j: int) -> None:
    """Two sides giving one article's incident two counts ("the group said its fighters killed 11
    policemen"; police said six officers were killed): a contradiction the article reports. Not one
    side's figures, not a series of updates, not figures of two incidents."""
    a, b = lk.claims[i], lk.claims[j]
    if not (a.event and a.event == b.event) or nested(a, b) or same_speaker(a, b) or lk.side(i) & lk.side(j):
        return
    text = lk.ctx.articles[a.article].text if a.article in lk.ctx.articles else ""
    if any(_UPDATE.search(text[c.start:c.end] or c.content) for c in (a, b)):
        return  # "later said", "the toll rose to": the cue as well as the content may say so
    if not (counts_harm(lk.feats[i]) and counts_harm(lk.feats[j])):
        return  # counts of people killed, hurt or held: a deal's price and its debentures are two sums
    if conflicts(lk.feats[i], lk.feats[j]) == "numbers differ":
        later, earlier = (j, i) if a.start < b.start else (i, j)
        lk.add("contradicts", later, earlier, max(lk.sim(i, j)), "another figure for the same count of one "
                                                                 "incident, from another side, in one article")


def _agreeing_figures_in_one_article(lk: Linker, i: int, j: int) -> None:
    """Two sources of one article giving its incident the same toll or counts ("the ministry said the toll rose to
    more than 90 killed and 150 wounded"; an official said "the toll was 90 dead and more than 150 wounded"): one
    account backs the other, as across articles (:func:`_same_toll`, :func:`_same_counts`). Not one content inside
    the other or read twice, not two figures that differ."""
    a, b = lk.claims[i], lk.claims[j]
    if nested(a, b) or (a.content_start, a.content_end) == (b.content_start, b.content_end):
        return
    if conflicts(lk.feats[i], lk.feats[j]) is not None:
        return
    agreed = _same_toll(lk, i, j) or _same_counts(lk, i, j)
    if agreed:
        later, earlier = (j, i) if a.start < b.start else (i, j)
        lk.add("supports", later, earlier, lk.exact_sim(i, j)[0], f"another source in the article gives the same "
                                                                  f"figures ({agreed}) of its incident")


def _one_doer_in_one_article(lk: Linker, i: int, j: int) -> None:
    """Two sides of one article naming the same party as the doer of its incident ("X blamed followers of
    the president for the bombings"; an opposition bloc said "followers of the president were responsible
    for the bombings"): one account backs the other. Allegations and statements of who did it, not a group's own claim
    (the claimant and an accuser are judged by :func:`_same_act` across articles); not one side twice, not a
    content inside the other or read twice, not one naming a party the other does not."""
    a, b = lk.claims[i], lk.claims[j]
    if not (a.involvement and b.involvement and a.event and a.event == b.event) or a.negated or b.negated:
        return
    if "responsibility" in (a.stance, b.stance) or nested(a, b) or lk.one_side(i, j):
        return
    if (a.content_start, a.content_end) == (b.content_start, b.content_end):
        return  # one content read with two speakers
    accused_a = set(lk.doer(i) or ()) or _accused(lk, a)
    accused_b = set(lk.doer(j) or ()) or _accused(lk, b)
    if not accused_a or accused_a != accused_b or MUTUAL in accused_a:
        return
    later, earlier = (j, i) if a.start < b.start else (i, j)
    lk.add("supports", later, earlier, max(lk.sim(i, j)), "another side in the article names the same doer of "
                                                           "its incident")


#: a content whose subject is its speaker ("he would not back ...", "I hope not"): said of oneself
_SELF_SUBJECT = re.compile(r"^(?:that\s+)?(?:he|she|they|we|i|i'm|i’m|it|you)\b")


def _opposable(lk: Linker, k: int) -> bool:
    """Can a content be opposed by another speaker's negation of it? Not a fragment ("I hope so"),
    and not one said of its speaker ("they would back X" / "he would not back X": two subjects)."""
    content = lk.claims[k].content.lstrip(" \"“”'‘’").lower()
    return len(lk.feats[k].words) >= PROPOSITION_WORDS and not _SELF_SUBJECT.match(content)


def _same_proposition(lk: Linker, i: int, j: int, s: tuple[float, float], same_event: bool) -> bool:
    """Do two contents say the same thing? Lower bars with a shared event or target, or when one side
    speaks (the same speaker, or a spokesman and the group it speaks for: one statement in two outlets).

    A content of a word or two ("it", "plans", "lies and conspiracy theories") is a noun phrase or a
    fragment, not a proposition: it matches only its own words again, near enough verbatim.
    """
    a, b = lk.claims[i], lk.claims[j]
    shortest = min(len(lk.feats[i].words), len(lk.feats[j].words))
    if shortest < PROPOSITION_WORDS:
        return shortest > 1 and (reaches(s, VERBATIM) or (same_speaker(a, b) and _quoted_within(a, b)))
    if reaches(s, SAME) or (same_event and reaches(s, SAME_WITH_EVENT)):
        return True
    if set(a.targets) & set(b.targets) and reaches(s, SAME_WITH_TARGET):
        return True
    one_side = lk.one_side(i, j)
    if same_speaker(a, b) and _repeated(lk, i, j):
        return True
    if _retold(lk, a, b):
        return True
    if same_speaker(a, b) and set(a.targets) & set(b.targets) and (reaches(s, SAME_SPEAKER_TARGET)
                                                                   or lk.exact_reaches(i, j, SAME_SPEAKER_TARGET)):
        return True
    if not one_side:
        # a speaker we cannot place (a description, a news agency: no side) may be the other's voice: one
        # statement quoted in part, clause by clause
        unplaced = not lk.allies(i) or not lk.allies(j)
        # (a clause quoted in part keeps some of its words: pairs sharing fewer are not encoded clause by clause,
        # which on a corpus of unrelated reports is most pairs of an unplaced speaker)
        return unplaced and len(lk.feats[i].words & lk.feats[j].words) >= CLAUSE_SHARED_WORDS \
            and reaches(lk.clause_sim(i, j), CLAUSE_SAME)
    # the step's vectors may be a static approximation for a content with no close neighbour: one side's
    # paraphrase that misses the bar on them is weighed again on exact MiniLM vectors; then clause by clause
    # (one statement quoted whole in one outlet and beside other sentences or in part in another)
    return reaches(s, SAME_SPEAKER) or lk.exact_reaches(i, j, SAME_SPEAKER) \
        or reaches(lk.clause_sim(i, j), CLAUSE_SAME)


def _one_state(lk: Linker, first: set[str] | frozenset[str], second: set[str] | frozenset[str]) -> bool:
    """Do two sets of parties meet, each taken with its state's kin (a country, its capital, people and bodies)?"""
    def kin(parties: set[str] | frozenset[str]) -> set[str]:
        return set(parties) | {k for party in parties for k in lk.state.get(party, ())}
    return bool(kin(first) & kin(second))


def _retold(lk: Linker, a: Claim, b: Claim) -> bool:
    """One speaker within days (or on a day not known), in close meaning: one statement retold. On one
    incident (the same fused event) :data:`PARAPHRASE_COSINE` does; otherwise, in two articles, with events
    not known to be two incidents (outlets' accounts of one speech are often fused into two events, or one
    has none), the closer :data:`RETOLD_COSINE` ("the infiltrating conspirators turned the agitation violent"
    / "the protests were disrupted by infiltrators who escalated the violence"), between contents of
    :data:`RETOLD_WORDS` content words or more."""
    i, j = lk.index[a.id], lk.index[b.id]
    if not (a.speaker and a.speaker == b.speaker) or _days_apart(lk, i, j) > PARAPHRASE_DAYS:
        return False
    if a.event and a.event == b.event:
        return lk.exact_sim(i, j)[0] >= PARAPHRASE_COSINE
    if a.article == b.article or (a.event and b.event and events_differ(lk, a.event, b.event)):
        return False
    return min(len(lk.feats[i].words), len(lk.feats[j].words)) >= RETOLD_WORDS \
        and lk.exact_sim(i, j)[0] >= RETOLD_COSINE


#: content words two contents of speakers on no known side must share before their clauses are compared
CLAUSE_SHARED_WORDS = 3
#: the MiniLM cosine two outlets' wordings of one speaker's statement on one incident need (their words may
#: differ: "died from a remotely detonated bomb" / "was assassinated by an explosive device")
PARAPHRASE_COSINE = 0.62
#: days apart within which two reports of one speaker on one incident may retell one statement
PARAPHRASE_DAYS = 2
#: the MiniLM cosine two outlets' wordings of one speaker's statement need when they are not tied to one fused
#: event (on the tuning stories, every such pair at 0.70 or more was one statement retold; below it, two
#: statements of one speech: "did not order firing" / "the bullets came from automatic weapons" at 0.67)
RETOLD_COSINE = 0.7
#: content words each of two such wordings needs (a shorter content says too little to be told apart)
RETOLD_WORDS = 3


def _days_apart(lk: Linker, i: int, j: int) -> int:
    """Days between two claims' publication (:func:`claim_links.days_apart`)."""
    return days_apart(lk, i, j)


#: the cosine a speaker's two contents need when they share a figure ("could climb to 20,000" /
#: "18,000 to 20,000 deaths"): the same estimate, not a figure of something else
FIGURE_REPEAT_COSINE = 0.4
#: content words two quotations need to be taken as one statement on their words alone
VERBATIM_WORDS = 8


def _repeated(lk: Linker, i: int, j: int) -> bool:
    """One speaker telling one thing again: a sentence of one content word for word in the other, or
    the same figure (three digits or more, not a year) in contents about the same thing."""
    a, b = lk.claims[i], lk.claims[j]
    if repeats_sentence(a.content, b.content):
        return True
    return bool(shared_figures(a.content, b.content) or shared_counts(lk, i, j, REPEATED_COUNT)) \
        and lk.exact_sim(i, j)[0] >= FIGURE_REPEAT_COSINE


#: the least count one speaker's two contents must both give to be one statement on it, however written ("Some 22
#: people ... were arrested" / "Twenty-two people have been arrested"): a figure below it ("two", "five") is in too
#: many statements of one speaker
REPEATED_COUNT = 10


def shared_counts(lk: Linker, i: int, j: int, least: float) -> frozenset[float]:
    """The figures (of ``least`` or more, as stated: "some 22" is 22, "thirty-two" 32) both contents give as counts
    of one thing in other words (:func:`_counted_alike`: one outlet's "32 terrorists" is another's "32 militants";
    "15 hostage-takers were killed" and "15 foreigners have escaped" share a figure, not a count)."""
    xs = [x for x in lk.feats[i].amounts if stated(x) >= least]
    ys = [y for y in lk.feats[j].amounts if stated(y) >= least]
    return frozenset(stated(x) for x in xs for y in ys
                     if abs(stated(x) - stated(y)) <= 0.01 * max(stated(x), stated(y)) and _counted_alike(lk, x, y))


#: the MiniLM cosine of the nouns two counts with one figure give for what they count, to count one thing in other
#: words ("terrorists" / "militants" 0.69, "captives" / "hostages" 0.74; "hostage-taker" / "foreigner" 0.26)
COUNTED_SENSE = 0.6
#: the outcome words that end an amount's key ("hostage-taker killed"), as :mod:`claim_text` keys them
_COUNT_OUTCOMES = frozenset(("killed", "injured", "held"))


def _counted_alike(lk: Linker, x: Amount, y: Amount) -> bool:
    """Do two amounts count one thing, as far as their keys say: the same key; else no two outcomes apart (killed /
    held), and the counted nouns, where both give one, of one stem or of one sense (:data:`COUNTED_SENSE`). A count
    told by its outcome alone ("23 ... were killed") fits any noun."""
    if x.key == y.key:
        return True
    wx, wy = x.key.split(), y.key.split()
    ox = wx[-1] if wx and wx[-1] in _COUNT_OUTCOMES else ""
    oy = wy[-1] if wy and wy[-1] in _COUNT_OUTCOMES else ""
    if ox and oy and ox != oy:
        return False
    nx = wx[0] if x.noun and wx and wx[0] != ox else ""
    ny = wy[0] if y.noun and wy and wy[0] != oy else ""
    if not nx or not ny or stem(nx) == stem(ny):
        return True
    u, v = lk.exact_vectors([nx, ny])
    return float(u @ v) >= COUNTED_SENSE


#: the figures two reports must share to give one account of an incident's counts whoever gives them ("32 militants
#: and 23 hostages were killed" / "Thirty-two terrorists and 23 captives were killed"): two counts agreeing by chance
#: are rare where one may be
SAME_COUNTS = 2
#: the least of those figures (not "one" or "two", which many sentences of a story hold)
COUNT_FIGURE = 3


def _same_counts(lk: Linker, i: int, j: int) -> str:
    """Two reports giving one incident the same counts: :data:`SAME_COUNTS` figures or more given in both (of
    :data:`COUNT_FIGURE` or more, whatever each says they count, :func:`shared_counts`), every figure of the content
    with fewer given in the other, no count of both apart, events not known to be two incidents, and contents about
    one thing (:data:`TOLL_COSINE`). Whoever gives them: sources corroborate an account's figures. The figures, as
    "23, 32", or ""."""
    a, b = lk.claims[i], lk.claims[j]
    if figures_apart(lk.feats[i], lk.feats[j]) or (a.event and b.event and events_differ(lk, a.event, b.event)):
        return ""
    shared = shared_counts(lk, i, j, COUNT_FIGURE)
    if len(shared) < SAME_COUNTS:
        return ""
    fewest = min(({stated(x) for x in lk.feats[k].amounts if stated(x) >= COUNT_FIGURE} for k in (i, j)), key=len)
    if len(fewest) > len(shared):
        return ""
    return ", ".join(f"{x:g}" for x in sorted(shared)) if lk.exact_sim(i, j)[0] >= TOLL_COSINE else ""


def _verbatim_quotes(lk: Linker, i: int, j: int) -> bool:
    """Two outlets quoting the same words (a sentence of eight content words or more, all shared) quote
    one statement, whoever they give it to (one of them may have the speaker wrong)."""
    a, b = lk.claims[i], lk.claims[j]
    fa, fb = lk.feats[i].words, lk.feats[j].words
    return (a.direct_quote and b.direct_quote and min(len(fa), len(fb)) >= VERBATIM_WORDS
            and jaccard(fa, fb) >= 0.9)


def _quoted_within(a: Claim, b: Claim) -> bool:
    """Is the shorter content, word for word, inside the longer one (a speaker's phrase, "two names for
    one enemy", quoted alone in one article and in its sentence in another)?"""
    short, long_ = sorted((_plain_words(a.content), _plain_words(b.content)), key=len)
    return len(short.split()) >= 3 and f" {short} " in f" {long_} "


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"[\w'’-]+", text.lower()))


def _same_act(lk: Linker, a: Claim, b: Claim, s: tuple[float, float]) -> bool:
    """Two claims about who did an act: the same doer (the claimant of a responsibility claim, the
    accused of an allegation) and the same incident: the same fused event, else events not known
    to differ and contents that say the same thing."""
    if a.involvement != b.involvement or ("responsibility" in (a.stance, b.stance) and a.stance != b.stance):
        return False
    if a.stance == "responsibility":
        same_doer = _same_claimant(lk, a, b)
    else:  # the doer both name, else the accused named by both, or, where one names no entity ("blamed
        # the group"), the same words
        doer_a, doer_b = lk.doer(lk.index[a.id]), lk.doer(lk.index[b.id])
        accused_a, accused_b = (doer_a, doer_b) if doer_a and doer_b else (_accused(lk, a), _accused(lk, b))
        same_doer = bool(accused_a & accused_b) if accused_a and accused_b else reaches(s, SAME)
        # one speaker on one incident within days, in close meaning, is one statement retold, though its two
        # wordings name two entities of one state ("men working for cells run by X's intelligence ministry"
        # / "cells backing X's government"); two suspects named apart are not one
        # (or naming no one: "disrupted by infiltrators" / "there was infiltration in the protests")
        same_doer = same_doer or (_retold(lk, a, b) and (_one_state(lk, accused_a, accused_b)
                                                          or not (accused_a or accused_b)))
    if not same_doer or lk.other_act(lk.index[a.id]) != lk.other_act(lk.index[b.id]):
        return False  # a group's claim of the market bombing is not its claim of "also" the train blast
    if a.event and b.event and a.event == b.event:
        return True
    if a.event and b.event and events_differ(lk, a.event, b.event):
        return False
    return reaches(s, SAME_SPEAKER) or lk.exact_reaches(lk.index[a.id], lk.index[b.id], SAME_SPEAKER) \
        or _retold(lk, a, b)


def _names_within(inv: Claim, other: Claim) -> bool:
    """Does a claim about who did an act name no one the other claim does not name too ("the protests were
    disrupted by infiltrators" / "the infiltrating conspirators turned the agitation violent": no one; "X accused
    Norvik of the attack" / "X said the attack killed five": Norvik)? Proper names, by their words in the other's
    content (a capitalized common word opening the content, "Infiltrators turned ...", is found there too), and not
    only as a destination ("the men tried to flee to Norvik" names no doer)."""
    told = other.content.lower()

    def named(name: str) -> bool:
        return any(not _DESTINATION.search(told[:m.start()])
                   for m in re.finditer(rf"(?<!\w){re.escape(name.lower())}(?!\w)", told))

    return all(named(name) for name in proper_names(inv.content))


def _rival_doers(lk: Linker, i: int, j: int) -> bool:
    """Two sides' accounts of one act naming different doers ("X fired the rockets" / "Y shelled the
    prison"): the same fused event, allegations (not a group's own claim), doers read on both sides that
    share no one (nor a state: an army and its country are one), speakers who are not one side (one side
    naming two culprits is one account with two suspects), and one of them blaming the other's side (two
    bystanders' guesses are not two sides' accounts)."""
    a, b = lk.claims[i], lk.claims[j]
    if not (a.event and a.event == b.event) or "responsibility" in (a.stance, b.stance) or a.negated or b.negated:
        return False
    doer_a, doer_b = lk.doer(i), lk.doer(j)
    if not doer_a or not doer_b or MUTUAL in doer_a | doer_b or doer_a & doer_b:
        return False
    if lk.one_side(i, j):
        return False
    return bool(doer_a & lk.allies(j) or doer_b & lk.allies(i))


def _told_with_its_doer(lk: Linker, i: int, j: int) -> bool:
    """One claim says who did an act, the other does not: one side's statement told again with its doer
    ("Velmora accused Norvik of shelling the town" / Velmora's army: "Norvik's troops are behind the
    shelling of the town" read as two claims)? One side speaks, and the other claim names the doer too (an
    entity of it or its state's kin): "Leader Q was assassinated" does not say who did it, and supports no
    accusation; nor does "the suspects tried to flee to Norvik" (a destination, not a doer)."""
    if not lk.one_side(i, j):
        return False
    inv, other = (i, j) if lk.claims[i].involvement else (j, i)
    doer = lk.doer(inv) or _accused(lk, lk.claims[inv])
    if not doer or MUTUAL in doer:
        return False
    named = set(lk.claims[other].targets) - _destinations(lk, lk.claims[other])
    return bool(doer & (named | {kin for party in named for kin in lk.state.get(party, ())}))


#: a preposition of direction right before a name: the name is where someone went, not who acted
_DESTINATION = re.compile(r"\b(?:to|towards?|into|for)\s+(?:the\s+)?$", re.I)


def _destinations(lk: Linker, c: Claim) -> set[str]:
    """The targets a claim's content names only as a destination ("fled to X"), keyed as its targets are."""
    if c.content_start is None or c.content_end is None or c.article not in lk.ctx.articles:
        return set()
    text = lk.ctx.articles[c.article].text
    going: set[str] = set()
    other: set[str] = set()
    for m in lk.mentions_in(c.article, c.content_start, c.content_end):
        if m.kind == "pronoun":
            continue
        key = lk.ctx.mention_entity.get((m.article, m.start, m.end)) or m.chain or m.text
        to = _DESTINATION.search(text[max(c.content_start, m.start - 20):m.start])
        (going if to else other).add(key)
    return going - other


def _accused(lk: Linker, c: Claim) -> set[str]:
    """Whom an allegation of involvement names, less the place of the act ("the Sarn attack" names
    Sarn, which did nothing), those it clears ("the Front bears full responsibility. Norland had no
    involvement") and those it names only as a destination ("the attackers tried to flee to Norland")."""
    where = act_modifiers(lk, c)
    going = _destinations(lk, c)
    return {t for t in c.targets if t not in going and t != place_of(lk, c.event) and not clears(c, lk.names(t))
            and not {n.lower() for n in lk.names(t)} & where}


def _same_claimant(lk: Linker, a: Claim, b: Claim) -> bool:
    """The same speaker, or two organizations sharing a name ("the Orsk Liberation Front" resolved in
    one article, left a bare name in another)."""
    if same_speaker(a, b):
        return True
    if {a.speaker_type, b.speaker_type} - {"named", "organization", "nominal"}:
        return False

    def names(c: Claim) -> set[str]:
        own = lk.names(c.speaker) if c.speaker else set()
        return {plain(n) for n in own | {c.speaker_text or ""} if len(n) > 3}

    return bool(names(a) & names(b))


def _denial_pair(lk: Linker, i: int, j: int) -> None:
    """Two denials in different articles: one denial reported twice supports itself ("Peru rejects the
    allegations as absurd" in two outlets), when they say the same thing and one side speaks."""
    a, b = lk.claims[i], lk.claims[j]
    if a.article == b.article or nested(a, b):
        return
    s = lk.sim(i, j)
    later, earlier = lk.order(i, j)
    if _verbatim_quotes(lk, i, j):
        lk.add("supports", later, earlier, max(s), f"the same denial quoted word for word ({describe(s)})")
        return
    one_side = lk.one_side(i, j)
    if not one_side:
        if _clear_one_party(lk, i, j):
            lk.add("supports", later, earlier, max(s), f"two speakers clearing one party of one act ({describe(s)})")
        return
    if a.involvement and b.involvement:  # two denials of a part in one incident by one side
        apart = bool(a.event and b.event and a.event != b.event and events_differ(lk, a.event, b.event))
        if not apart:
            lk.add("supports", later, earlier, max(s), f"same denial of involvement in another article ({describe(s)})")
        return
    if conflicts(lk.feats[i], lk.feats[j]) is None and _same_proposition(lk, i, j, s, False):
        lk.add("supports", later, earlier, max(s), f"same denial in another article ({describe(s)})")


def support_shared_denials(lk: Linker) -> None:
    """One side denying one claim in two articles supports itself, whatever the words ("the White House
    rejected the charge" / "the spokesman called the accusations ridiculous": a claim noun or a dismissive
    word says too little to compare); so do its denials of one claim told again elsewhere (an accusation in
    two outlets, linked ``supports``)."""
    index = lk.index
    owner = list(range(len(lk.claims)))
    links = list(lk.links.values())
    for link in links:  # one claim told in several articles: its copies are one target
        if link.type == "supports":
            x, y = root(owner, index[link.from_]), root(owner, index[link.to])
            if x != y:
                owner[x] = y
    denials: dict[int, set[int]] = defaultdict(set)
    for link in links:
        if link.type == "denies":
            denials[root(owner, index[link.to])].add(index[link.from_])
    for ds in denials.values():
        for i, j in itertools.combinations(sorted(ds), 2):
            a, b = lk.claims[i], lk.claims[j]
            if a.article == b.article or nested(a, b) or not lk.one_side(i, j):
                continue
            later, earlier = lk.order(i, j)
            lk.add("supports", later, earlier, max(lk.sim(i, j)), "one side's denial of one claim in another article")


#: the cosine a side's negated statement needs with its own denial to say the same thing in its own words ("denied
#: that it had sold customer data" / "we have never sold the data of our customers"), with a word in common beyond
#: names; 0.1 less when the word it negates is in the denial ("did not order the firing" / "shooting orders")
RESTATED_DENIAL_COSINE = 0.5
#: days between a denial and its side's negated statement in another article
_RESTATED_DAYS = 2


#: the head nouns of a body that speaks ("the water authority", "the teachers' union") and whose officials are described
#: by it ("authority director X", "union leader Y")
_BODY_HEADS = INSTITUTION_HEADS | frozenset(("authority", "commission", "board", "service", "bank", "club"))


def _official_of(neg: Claim, den: Claim) -> bool:
    """In one article, is ``neg``'s speaker an official described by the head noun of ``den``'s speaking body ("The
    water authority denied ..." / "authority director Petra Sal said"; "The teachers' union ..." / "union leader X")?
    The tagger may have made the body no entity, and the person's roles no tie to it."""
    body = (den.speaker_text or "").lower().split()
    if neg.article != den.article or den.speaker_type == "pronoun" or len(body) < 2 or body[0] != "the" \
            or body[-1] not in _BODY_HEADS:
        return False
    phrase = (neg.speaker_text or "").split()
    described = [w.lower() for w in itertools.takewhile(lambda w: not w[:1].isupper() or w.lower() == "the", phrase)]
    return body[-1] in described


def support_restated_denials(lk: Linker) -> None:
    """A side's negated statement beside its own denial of the same matter says it again in its own words ("The
    ministry denied that vaccine stocks had run out. 'No clinic has run out of vaccines,' its spokesman said"; "X denied
    ordering the shooting" / X: "the government did not order the firing"): a denial too, and it supports that denial.
    One speaker or side, the denial first in its article or within :data:`_RESTATED_DAYS` in another, contents about
    one matter (:data:`RESTATED_DENIAL_COSINE` and a content word in common). A request ("not to escalate") or a
    promise restates no denial."""
    denials = [k for k, c in enumerate(lk.claims) if c.polarity == "deny" or k in lk.rebuttals]
    if not denials:
        return
    by_speaker: dict[str, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)
    for d in denials:
        by_article[lk.claims[d].article].append(d)
        for party in lk.allies(d) | ({lk.claims[d].speaker_text or ""} - {""}):
            by_speaker[party].append(d)
    for n, neg in enumerate(lk.claims):
        if not neg.negated or NEGATED_REQUEST.match(neg.content) or neg.stance in ("promise", "warning") \
                or len(lk.feats[n].words) < 2:
            continue
        found = {d for party in lk.allies(n) | ({neg.speaker_text or ""} - {""}) for d in by_speaker.get(party, ())}
        found |= {d for d in by_article.get(neg.article, ()) if _official_of(neg, lk.claims[d])}
        negated_word = next((_predicate_key(m.group(1)) for m in _NEGATED_WORD.finditer(neg.content.lower())
                             if m.group(1) not in _NO_PREDICATE and m.group(1) not in STOP), "")
        best: tuple[float, int] | None = None
        for d in sorted(found):
            den = lk.claims[d]
            if d == n or not (same_speaker(neg, den) or lk.allies(n) & lk.allies(d) or _official_of(neg, den)) \
                    or nested(neg, den):
                continue
            if den.article == neg.article:
                if den.start > neg.start:
                    continue
            elif lk.after(d, n) or days_apart(lk, d, n) > _RESTATED_DAYS:
                continue
            names = {stem(w) for p in lk.allies(n) | lk.allies(d) for name in lk.names(p) for w in name.lower().split()}
            if not (lk.feats[n].words & lk.feats[d].words) - names:
                continue
            cos = lk.exact_sim(n, d)[0]
            bar = RESTATED_DENIAL_COSINE - (0.1 if negated_word in {w[:_PREDICATE_PREFIX] for w in lk.feats[d].words}
                                            else 0.0)
            if cos >= bar and (best is None or cos > best[0]):
                best = (cos, d)
        if best is not None:
            if neg.polarity == "assert":
                lk.rebuttals.add(n)
            later, earlier = lk.order(n, best[1])
            lk.add("supports", later, earlier, best[0], f"a side's negated statement restates its denial "
                                                        f"(cosine {best[0]:.2f})")


def support_admissions(lk: Linker) -> None:
    """A side telling its own act ("Valdora said its artillery mistakenly shelled the convoy") agrees with
    another side's account naming it as the doer of that act ("Estmark said it believes Valdora shelled
    the convoy"), and with its own side's telling of the act that names no doer ("the country shelled the convoy", state
    TV said): the same fused event, in one article or two. A claim of responsibility is otherwise compared only
    with other claims of responsibility."""
    by_event: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(lk.claims):
        if c.event and c.polarity == "assert" and not c.negated:
            by_event[c.event].append(k)
    for ks in by_event.values():
        for r in (k for k in ks if lk.claims[k].stance == "responsibility"):
            side = lk.side(r)
            for t in ks:
                c = lk.claims[t]
                if c.stance == "responsibility" or MUTUAL in (doers := lk.doer(t) or frozenset(_accused(lk, c))):
                    continue
                # the same side telling the act again without naming a doer ("the country shelled the convoy",
                # state TV said) is its own account too, in words close to its own
                one_side = same_speaker(c, lk.claims[r]) or bool(lk.allies(t) & lk.allies(r))
                told_again = one_side and lk.doer(t) is None and c.stance != "allegation" \
                    and lk.exact_reaches(r, t, SAME_SPEAKER)
                if (c.involvement and doers & side) or told_again:
                    later, earlier = lk.order(r, t)
                    lk.add("supports", later, earlier, 0.5, "a side's own act agrees with the account naming it as "
                                                            "the doer")


def support_repeated_pleas(lk: Linker) -> None:
    """One speaker's denials of guilt in different articles support each other: a plea of not guilty told by two
    outlets ("pleaded not guilty to charges of fraud" / "pleaded not guilty to all nine counts"), a claim of innocence
    ("I am innocent" / "maintaining his innocence"). They rarely share enough words for the paraphrase bars."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(lk.claims):
        if lk.feats[k].guilt and c.speaker:
            by_speaker[c.speaker].append(k)
    for ks in by_speaker.values():
        for x, i in enumerate(ks):
            for j in ks[x + 1:]:
                if lk.claims[i].article != lk.claims[j].article and not nested(lk.claims[i], lk.claims[j]):
                    later, earlier = lk.order(i, j)
                    lk.add("supports", later, earlier, 0.5, "one speaker's denial of guilt in another article")


def _clear_one_party(lk: Linker, i: int, j: int) -> bool:
    """Two speakers saying that one party had no part in one act ("X had no involvement whatsoever in the
    attack" / "there was no X involvement"): negated denials of involvement whose cleared parties (the doer
    each negates, else the parties each names) meet, events not known to differ. Two sides each clearing
    itself ("we had nothing to do with it") name no common party."""
    a, b = lk.claims[i], lk.claims[j]
    if not (a.involvement and b.involvement and a.negated and b.negated):
        return False
    if a.event and b.event and a.event != b.event and events_differ(lk, a.event, b.event):
        return False
    cleared_a, cleared_b = (lk.doer(k) or frozenset(lk.claims[k].targets) for k in (i, j))
    return bool(cleared_a & cleared_b) and MUTUAL not in cleared_a | cleared_b


def _negation_pair(lk: Linker, i: int, j: int) -> None:
    """One content is negated, the other not: a rebuttal (``denies``), a contradiction, or two propositions."""
    n, p = (i, j) if lk.claims[i].negated else (j, i)
    neg, pos = lk.claims[n], lk.claims[p]
    if same_speaker(neg, pos) or nested(neg, pos) or conflicts(lk.feats[n], lk.feats[p]) == "numbers differ":
        return  # one speaker's two statements, or figures of two different things
    if NEGATED_REQUEST.match(neg.content):
        return  # "called on X not to escalate": asks for something, rebuts and negates nothing
    rebuts = answers(lk, n, p) and _about_doer(lk, n, p)
    if rebuts and not _negates_predicate(lk, n, p) and \
            jaccard(lk.feats[n].words, lk.feats[p].words) < min(least for _, least in (*REBUT, *NEGATES)):
        return  # under the word overlap of every bar below, whatever the cosine: MiniLM's vectors could change nothing
    s = lk.exact_sim(n, p) if rebuts else lk.sim(n, p)
    if rebuts and reaches(s, REBUT):
        lk.rebuttals.add(n)
        lk.add("denies", n, p, max(s), f"a negated rebuttal of the claim ({describe(s)})")
    elif rebuts and s[0] >= PREDICATE_COSINE and _negates_predicate(lk, n, p):
        lk.rebuttals.add(n)
        lk.add("denies", n, p, s[0], f"the same predicate negated (cosine {s[0]:.2f})")
    elif neg.article != pos.article and reaches(s, NEGATES) and _opposable(lk, n) and _opposable(lk, p) \
            and _negates_its_word(lk, n, p):
        later, earlier = lk.order(n, p)
        lk.add("contradicts", later, earlier, max(s), f"one negates the other ({describe(s)})")


#: a content's own epistemic modality on its predicate and the predicate word after it ("may have been caused by",
#: "could have been misplaced", "was possibly accidental", "it might be a hoax"): what the speaker holds possible
_HEDGED_PREDICATE = re.compile(r"\b(?:(?:may|might|could)(?:\s+(?:well|also|have|be|been|just))*|(?:possibly|perhaps|"
                               r"probably|likely)(?:\s+(?:have|be|been))*)\s+(?:an?\s+|the\s+)?([a-z]{3,})\b")
#: a flat negation and the predicate word after it ("was not caused by", "were never lost", "was no accident",
#: "did not start the fire")
_NEGATED_WORD = re.compile(r"(?:\b(?:not|never|no)|n['’]t)(?:\s+(?:have|has|had|be|been|being|ever))*\s+"
                           r"(?:an?\s+|the\s+|any\s+)?([a-z]{3,})\b")
#: words after a modal or a negation that are no predicate of their own ("may also", "not only", "never before")
_NO_PREDICATE = frozenset(("only", "just", "also", "even", "yet", "longer", "more", "less", "one", "doubt", "least",
                           "before", "ever", "always", "immediately", "clear", "sure", "known", "been", "have"))
#: the cosine a hedged content and another side's flat negation of its predicate need: the same matter, not only a
#: shared word (a short content with a pronoun subject, "it may have been an accident", stays under most bars)
HEDGE_COSINE = 0.6
#: characters two forms of one predicate word share at least ("accident" / "accidental", "deliberate" / "deliberately")
_PREDICATE_PREFIX = 7


def _predicate_key(word: str) -> str:
    return stem(word)[:_PREDICATE_PREFIX]


def _negates_its_word(lk: Linker, n: int, p: int) -> bool:
    """Does the negated content negate a word the other content says ("will not reopen" / "will reopen", "was no
    accident" / "an accident")? Two contents about one matter may negate something else ("was no clerical error" /
    "was being examined"). True when the negation's word is not found (a negated subject: "nobody was hurt")."""
    found = next((m for m in _NEGATED_WORD.finditer(lk.claims[n].content.lower())
                  if m.group(1) not in _NO_PREDICATE and m.group(1) not in STOP), None)
    if found is None:
        return True
    return _predicate_key(found.group(1)) in {w[:_PREDICATE_PREFIX] for w in lk.feats[p].words}


#: "no ransom was paid", "no shots had been fired": a negated subject with its predicate
_NO_SUBJECT = re.compile(r"\bno\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:was|were|had been|has been|have been|is|are|will be|"
                         r"would be)\s+(?:[a-z]+ly\s+)?([a-z]+)", re.I)
#: "the ransom was not paid", "the army did not fire": a subject with its negated predicate
_NOT_PREDICATE = re.compile(r"\b([a-z]+)\s+(?:was|were|had|has|have|is|are|did|does|do)\s*(?:not|never|n't)\s+"
                            r"(?:been\s+)?([a-z]+)", re.I)
#: the cosine a negated predicate needs with the claim it answers (the rest of the two contents may differ:
#: "no ransom was paid to free the pupils" / "a ransom had been paid by the government")
PREDICATE_COSINE = 0.5


def _negates_predicate(lk: Linker, n: int, p: int) -> bool:
    """Does the negated content deny the very predicate the other claim asserts: its subject noun and
    its verb both in the other content ("no ransom was paid" / "the ransom had been paid by ..."), from
    another side? Not for a claim about who did an act ("X did not fire" / "Y fired": the doers differ)."""
    pred = negated_predicate(lk.claims[n].content)
    if pred is None or lk.claims[p].involvement:  # who did an act: the denial-of-involvement rules judge it
        return False
    return set(pred) <= lk.feats[p].words and not lk.allies(n) & lk.allies(p)


def _about_doer(lk: Linker, n: int, p: int) -> bool:
    """Where a claim names who did an act, a negation answers it only about that doer: "X did not fire"
    (or X saying "we did not fire") answers "X fired", not "Y fired"."""
    doer = lk.doer(p)
    if not doer or MUTUAL in doer:
        return True
    neg = lk.claims[n]
    if doer & (set(neg.targets) | lk.allies(n)):
        return True
    names = {x.lower() for x in proper_names(f"{neg.speaker_text or ''} {neg.content}")}
    return bool(names & {name for party in doer for name in lk.names(party)})


def negated_predicate(content: str) -> tuple[str, str] | None:
    """The stems of the subject and verb a content negates ("no ransom was paid": ransom, paid), if any."""
    found = _NO_SUBJECT.search(content) or _NOT_PREDICATE.search(content)
    if found is None:
        return None
    noun, verb = (stem(w.lower()) for w in found.groups())
    return (noun, verb) if noun not in STOP and verb not in STOP else None


def support_repeated_rebuttals(lk: Linker) -> None:
    """One side's rebuttal told again in another article supports itself: two negated denials (rebuttals
    found above included) of one speaker or side negating the same predicate ("no ransom was paid" /
    "no ransom had been paid to free them"), or saying the same thing."""
    rebuttals = [k for k, c in enumerate(lk.claims) if c.negated and (c.polarity == "deny" or k in lk.rebuttals)]
    for x, i in enumerate(rebuttals):
        for j in rebuttals[x + 1:]:
            a, b = lk.claims[i], lk.claims[j]
            if a.article == b.article or not lk.one_side(i, j):
                continue
            pred = negated_predicate(a.content)
            s = lk.sim(i, j)
            if (pred is not None and pred == negated_predicate(b.content)) or reaches(s, SAME_SPEAKER):
                later, earlier = lk.order(i, j)
                lk.add("supports", later, earlier, max(s), f"one side's rebuttal told again ({describe(s)})")


def inherit_contradictions(lk: Linker) -> None:
    """A speaker's repeat of a claim (linked ``supports``, one speaker) contradicts what the claim
    contradicts: the group's "11 policemen killed" of Monday, told again on Tuesday beside the police's
    "six officers", is at odds with the police figure both days."""
    index = lk.index
    repeats: dict[int, set[int]] = {}
    for link in lk.links.values():
        a, b = index[link.from_], index[link.to]
        if link.type == "supports" and same_speaker(lk.claims[a], lk.claims[b]):
            repeats.setdefault(a, set()).add(b)
            repeats.setdefault(b, set()).add(a)
    for link in [lk_ for lk_ in lk.links.values() if lk_.type == "contradicts"]:
        for x, y in ((index[link.from_], index[link.to]), (index[link.to], index[link.from_])):
            for z in repeats.get(x, ()):
                # the repeat must carry what disagrees (its figure), not only be the speaker's other claim
                if z != y and not same_speaker(lk.claims[z], lk.claims[y]) and conflicts(lk.feats[z], lk.feats[y]):
                    later, earlier = lk.order(z, y)
                    lk.add("contradicts", later, earlier, link.score, "its speaker's repeat contradicts the claim")


#: a corrective negation: "were headed to Norvik, not Estmark" (the role is Norvik's, not Estmark's)
_CORRECTION = re.compile(r"\b(?:to|towards?|for|into|in|from|by)\s+(?:the\s+)?([A-Z][\w-]+)(?:\s+[A-Z][\w-]+)?,?"
                         r"\s+(?:and\s+)?not\s+(?:to\s+|towards?\s+|for\s+|into\s+|in\s+|from\s+|by\s+)?"
                         r"(?:the\s+)?([A-Z][\w-]+)")
#: the cosine a claim naming the corrected party needs to be about the same thing as the correction
CORRECTION_COSINE = 0.4


def _name_stem(name: str) -> str:
    """A name's stem that its adjective shares too ("Estmark" / "Estmarki", "Chile" / "Chilean")."""
    return name.lower()[:max(4, len(name) - 2)]


def contradict_corrections(lk: Linker) -> None:
    """"The gunmen were headed to Norvik, not Estmark" contradicts another side's claim that puts them on
    their way to Estmark: a claim of another side about the same thing (cosine ≥ :data:`CORRECTION_COSINE`,
    events not known to differ, both about who did an act or neither: "X accused Estmark of involvement"
    is another proposition) naming the corrected party and not the right one."""
    corrections = [(k, m) for k, c in enumerate(lk.claims) if c.polarity == "assert" and not c.negated
                   and (m := _CORRECTION.search(c.content)) is not None]
    if not corrections:
        return
    words = [frozenset(w.lower() for w in re.findall(r"[\w-]+", c.content)) for c in lk.claims]
    # the claims by the first four letters of their words (scanning every claim for each correction grew with
    # the square of the corpus); a stem shorter than that (a name of three letters) still scans them all
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for t, found in enumerate(words):
        for prefix in {w[:4] for w in found}:
            by_prefix[prefix].append(t)
    for k, m in corrections:
        right, wrong = _name_stem(m.group(1)), _name_stem(m.group(2))
        c = lk.claims[k]
        near = by_prefix.get(wrong[:4], []) if len(wrong) >= 4 else range(len(words))
        others = [t for t in near if t != k and (o := lk.claims[t]).polarity == "assert"
                  and not o.negated
                  and not same_speaker(c, o) and not lk.allies(t) & lk.allies(k) and o.involvement == c.involvement
                  and any(w.startswith(wrong) for w in words[t]) and not any(w.startswith(right) for w in words[t])
                  and not (c.event and o.event and c.event != o.event and events_differ(lk, c.event, o.event))]
        for t in others:
            if any(n.startswith(wrong) for n in lk.side_names(t)):
                continue  # the corrected party speaking of itself
            cos = lk.exact_sim(k, t)[0]
            if cos >= CORRECTION_COSINE:
                later, earlier = lk.order(k, t)
                lk.add("contradicts", later, earlier, cos, f"one names {m.group(1)}, not {m.group(2)}, where the "
                                                            f"other names {m.group(2)} (cosine {cos:.2f})")


#: a corrected figure: "90 pupils had been seized, not 160", "killed 12 and not 14 as first reported"
_FIGURE_CORRECTION = re.compile(r"\b(\d[\d,]*)\b[^.;:\d]{0,60}?,?\s+(?:and\s+|but\s+)?not\s+(\d[\d,]*)\b", re.I)


def contradict_figure_corrections(lk: Linker) -> None:
    """"90 pupils had been seized, not 160" contradicts another side's claim giving 160 for that count of the same
    incident (one fused event), whatever day it was told: the correction says so."""
    by_event: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(lk.claims):
        if c.event and c.polarity == "assert":
            by_event[c.event].append(k)
    for k, c in enumerate(lk.claims):
        m = _FIGURE_CORRECTION.search(c.content) if c.event and c.polarity == "assert" else None
        if m is None:
            continue
        wrong = float(m.group(2).replace(",", ""))
        # what the figure counts, by its outcome ("160 seized" / "160 pupils seized" count the same)
        keys = {x.key.rpartition(" ")[2] for x in lk.feats[k].amounts if stated(x) == wrong}
        for t in by_event[c.event or ""]:
            o = lk.claims[t]
            if t == k or same_speaker(c, o) or lk.allies(t) & lk.allies(k) or o.negated:
                continue
            if any(stated(x) == wrong and (not keys or x.key.rpartition(" ")[2] in keys) for x in lk.feats[t].amounts):
                later, earlier = lk.order(k, t)
                lk.add("contradicts", later, earlier, 1.0, f"one corrects the figure {m.group(2)} the other gives")


def contradict_rejected_figures(lk: Linker) -> None:
    """"Ten thousand, I think, is too much" / "not the previously reported figure of 10,000"
    (:func:`claim_text.rejected_figures`) contradicts another side's claim giving 10,000 as a toll, whatever day it
    was told and however it is worded: the rejection names the figure. Not within one side, not a claim that
    rejects the figure too, not of incidents known apart."""
    rejecting = [k for k, c in enumerate(lk.claims) if lk.feats[k].rejected and c.polarity == "assert"]
    if not rejecting:
        return
    giving: dict[float, list[int]] = defaultdict(list)  # the claims giving each toll figure
    for t, c in enumerate(lk.claims):
        if c.polarity == "assert" and not c.negated:
            for figure in dict.fromkeys(stated(x) for x in toll_amounts(lk.feats[t], TOLL_FIGURE)):
                giving[figure].append(t)
    for k in rejecting:
        c, wrong = lk.claims[k], lk.feats[k].rejected
        for figure in [f for f in giving if any(abs(f - w) <= 0.01 * w for w in wrong)]:
            for t in giving[figure]:
                o = lk.claims[t]
                if t == k or same_speaker(c, o) or lk.allies(t) & lk.allies(k) or lk.feats[t].rejected & wrong \
                        or (c.event and o.event and c.event != o.event and events_differ(lk, c.event, o.event)):
                    continue
                later, earlier = lk.order(k, t)
                lk.add("contradicts", later, earlier, 1.0, f"one rejects the figure {figure:g} the other gives")


#: claims of one incident weighed against each other for their means (the claim-pair bound of the linker)
_MAX_MEANS_CLAIMS = 50


def contradict_rival_means(lk: Linker) -> None:
    """Two accounts of how one act was done or its victims died, in kinds of means that exclude each
    other (:func:`means_kinds`: "killed by a bomb smuggled into the guesthouse" / "a projectile fired from
    outside was behind the killing"; "died in a stampede" / "troops opened fire"): asserted, not negated,
    about one incident (one fused event, or one person named by both with events not known to differ: the
    victim anchors an incident that fusion left in two pieces), from speakers who are not one side. A
    side's own two means ("warning shots ... many were trampled") share a kind with either account and
    contradict neither."""
    kinds: dict[int, frozenset[str]] = {}
    by_anchor: dict[str, list[int]] = defaultdict(list)
    people = {e.id for e in lk.ctx.story.entities if e.type == "PERSON"}
    for k, c in enumerate(lk.claims):
        if c.polarity == "assert" and not c.negated and c.event and (found := means_kinds(c.content)):
            kinds[k] = found
            for anchor in {c.event, *(t for t in c.targets if t in people)}:
                by_anchor[anchor].append(k)
    pairs = {(i, j) for ids in by_anchor.values() if len(ids) <= _MAX_MEANS_CLAIMS
             for x, i in enumerate(ids) for j in ids[x + 1:]}
    for i, j in sorted(pairs):
        a, b = lk.claims[i], lk.claims[j]
        if kinds[i] & kinds[j] or same_speaker(a, b) or nested(a, b) or lk.allies(i) & lk.allies(j):
            continue
        if a.event != b.event and events_differ(lk, a.event or "", b.event or ""):
            continue
        later, earlier = lk.order(i, j)
        lk.add("contradicts", later, earlier, max(lk.sim(i, j)),
               f"two accounts of how one act was done ({', '.join(sorted(kinds[later]))} / "
               f"{', '.join(sorted(kinds[earlier]))})")


#: a content placing an act somewhere: its subject (an act or a word standing for one) and a verb of taking place or
#: being with a preposition of place ("the blast happened in X", "it was at <site>, a depot in X", "the shell
#: landed inside X")
_PLACED = re.compile(r"^(?:that\s+)?(?P<subject>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:(?:had|has|have)\s+)?(?:been\s+)?"
                     r"(?:\w+ly\s+)?(?:occurred|happened|took\s+place|was|were|is|landed|fell|struck|exploded)\s+"
                     r"(?:\w+ly\s+)?(?:in|at|inside|on|within)\b", re.I)
#: how far apart (characters) two claims of one article may stand to be told as two sides' accounts of one act
_SIDE_BY_SIDE = 300


def placed_in(lk: Linker, k: int) -> frozenset[str]:
    """The countries claim ``k`` says its act took place in ("the blast happened in X"): the countries named
    after its verb of place, a place known as a country (the gazetteer, or a place the story knows as a state: its
    people or a body of its state are named); a city or a site names none (it lies in some country)."""
    c = lk.claims[k]
    m = _PLACED.match(c.content)
    if m is None or c.content_start is None or c.content_end is None or not names_act(m.group("subject")):
        return frozenset()
    found = set()
    for mention in lk.mentions_in(c.article, c.content_start + m.end(), c.content_end):
        eid = lk.ctx.mention_entity.get((mention.article, mention.start, mention.end))
        if mention.kind == "pronoun" or "GPE" not in (mention.label, lk.entity_type(eid)):
            continue  # a place, by its tag here or its entity's (an invented name's tag may vary)
        country = country_of(mention.text)
        if country is not None:
            found.add(country.casefold())
        elif eid is not None and eid in lk.state:
            found.add(eid)
    return frozenset(found)


def contradict_rival_places(lk: Linker) -> None:
    """Two sides placing one act in two countries ("the Norlandi government said the blast happened in Estmark;
    officials of Velmora said it fell inside Norland"): asserted, not negated, not one side,
    about one act: one fused event, or told side by side in one article (no other claim between, within
    :data:`_SIDE_BY_SIDE` characters: the fused events may part over the place itself), events not known to
    differ. A content naming a city or a site names no country and disagrees with none."""
    places = {k: found for k, c in enumerate(lk.claims)
              if c.polarity == "assert" and not c.negated and (found := placed_in(lk, k))}
    by_event: dict[str, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)
    for k in places:
        if lk.claims[k].event:
            by_event[lk.claims[k].event or ""].append(k)
        by_article[lk.claims[k].article].append(k)
    pairs = {(i, j) for ids in by_event.values() if len(ids) <= _MAX_MEANS_CLAIMS
             for x, i in enumerate(ids) for j in ids[x + 1:]}
    for ids in by_article.values():
        pairs |= {(i, j) for x, i in enumerate(ids) for j in ids[x + 1:] if _side_by_side(lk, i, j)}
    for i, j in sorted(pairs):
        a, b = lk.claims[i], lk.claims[j]
        if places[i] & places[j] or same_speaker(a, b) or nested(a, b) or lk.allies(i) & lk.allies(j):
            continue
        if a.event and b.event and a.event != b.event and events_differ(lk, a.event, b.event):
            continue
        later, earlier = lk.order(i, j)
        lk.add("contradicts", later, earlier, max(lk.sim(i, j)), "two sides place one act in two countries")


def _side_by_side(lk: Linker, i: int, j: int) -> bool:
    """Are two claims of one article told one right after the other (no other claim starting between them)?"""
    a, b = sorted((lk.claims[i], lk.claims[j]), key=lambda c: c.start)
    if b.start - a.end > _SIDE_BY_SIDE or b.start < a.end:
        return False
    return not any(a.start < c.start < b.start and c.id not in (a.id, b.id) and not nested(c, a)
                   for _, c in in_article(lk, a.article))


#: a cue telling what a speaker held before ("had denied", "initially said", "had previously rejected")
_EARLIER_CUE = re.compile(r"\b(?:had|initially|originally|previously|first|earlier)\b", re.I)
#: a cue conceding a point ("has admitted", "finally acknowledged", "conceded")
_ADMISSION_CUE = re.compile(r"\b(?:" + "|".join(sorted(v.rstrip("e") for v in ADMISSION_VERBS)) + r")\w*", re.I)
#: a content about what others said ("the accusations were absurd", "rejected the claims"): a rejection of their words
_OTHERS_WORDS = re.compile(r"\b(?:" + "|".join(sorted(CLAIM_NOUNS)) + r")s?\b", re.I)
#: the MiniLM cosine a side's earlier position and its later word need: about the same matter, in any words
#: ("had denied that a missile downed the aircraft" / "its military unintentionally shot down the jetliner")
REVERSAL_COSINE = 0.38


def contradict_reversals(lk: Linker) -> None:
    """A side going back on what it held: an article telling that a speaker had denied something (or had
    first said something) beside the same side's later word on the matter ("X, which had denied that a
    missile downed the plane, said its forces shot it down"; "X, which initially said he left alive, has
    admitted he was killed"). The earlier position is marked by its cue (past perfect, "initially",
    "previously"); the later word is asserted, not negated, not itself told as earlier, and either
    answers a denial or is an admission ("admitted", "acknowledged", "conceded"). One article, one side
    (the same speaker or allies), events not known to differ, contents about the same matter
    (:data:`REVERSAL_COSINE`): the later word ``contradicts`` the earlier position."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(lk.claims):
        by_article[c.article].append(k)
    for ks in by_article.values():
        earlier = [k for k in ks if _EARLIER_CUE.search(lk.claims[k].cue or "")]
        for e in earlier:
            held = lk.claims[e]
            for k in ks:
                now = lk.claims[k]
                if k == e or now.polarity != "assert" or now.negated or _EARLIER_CUE.search(now.cue or ""):
                    continue
                admitted = bool(_ADMISSION_CUE.search(now.cue or ""))
                # a rejection of others' words ("had said the accusations were absurd") is gone back on only by an
                # admission: the side's other words (it expelled diplomats in answer) hold the rejection
                went_back = admitted or ((held.polarity == "deny" or held.negated)
                                         and not _OTHERS_WORDS.search(held.content))
                if not went_back or nested(held, now) or not (same_speaker(held, now) or lk.allies(e) & lk.allies(k)):
                    continue
                if held.event and now.event and held.event != now.event and events_differ(lk, held.event, now.event):
                    continue
                cos = lk.exact_sim(k, e)[0]
                if cos >= REVERSAL_COSINE:
                    lk.add("contradicts", k, e, cos, f"the side's later word goes back on what it had held "
                                                     f"(cosine {cos:.2f})")


#: right before a party named as the doer: "a rocket launch by X", "caused by X", "the hand behind X"
_BY_PARTY = re.compile(r"\b(?:by|behind)\s+(?:the\s+)?$", re.I)
#: right after a party named as the doer: "X was responsible", "X is behind it", "X were to blame"
_PARTY_TO_BLAME = re.compile(r"^\s+(?:was|were|is|are|had been|has been)\s+(?:\w+\s+)?"
                             r"(?:responsible|behind|to blame)\b", re.I)


def named_culprits(lk: Linker, k: int) -> set[str]:
    """The parties a claim's content names as having done it, whatever its verb ("it was a result of a failed
    launch by X", "X was responsible", "the blast was caused by X"): a name right after "by" or "behind", or
    right before "was responsible / behind / to blame"; with their states' kin."""
    c = lk.claims[k]
    if c.content_start is None or c.content_end is None or c.article not in lk.ctx.articles:
        return set()
    text = lk.ctx.articles[c.article].text
    out = set()
    for m in lk.mentions_in(c.article, c.content_start, c.content_end):
        if m.label not in DOER_LABELS or m.kind == "pronoun":
            continue
        before, after = text[max(c.content_start, m.start - 12):m.start], text[m.end:min(c.content_end, m.end + 40)]
        if _BY_PARTY.search(before) or _PARTY_TO_BLAME.match(after):
            out.add(lk.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text)
    return out | {kin for party in out for kin in lk.state.get(party, ())}


#: what a count of victims counts (:mod:`storyline.fuse.claim_text`'s outcomes)
_COUNTED_HARM = frozenset({"killed", "injured", "held"})


def contradict_accused_accounts(lk: Linker) -> None:
    """The accused naming another culprit: "X blamed Y for the blast" and Y saying "it was a result of a
    failed launch by Z" (or "Z was responsible") are two sides' incompatible accounts of one act. The
    accusation is asserted, not negated, names its doer, and is no count of victims told with the act's doer;
    the answer is the accused's own (its speaker's side holds the doer), asserted, not negated, no claim of
    responsibility, and names culprits none of whom is the accused or its side; told in the same article or
    about the same fused event, events not known to differ."""
    by_article: dict[str, list[int]] = defaultdict(list)
    by_event: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(lk.claims):
        if c.polarity == "assert" and not c.negated and c.stance != "responsibility":
            by_article[c.article].append(k)
            if c.event:
                by_event[c.event].append(k)
    for a, acc in enumerate(lk.claims):
        if not acc.involvement or acc.polarity != "assert" or acc.negated or acc.stance == "responsibility":
            continue
        if acc.stance != "allegation" and any(x.key.rpartition(" ")[2] in _COUNTED_HARM for x in lk.feats[a].amounts):
            continue  # "3,000 were killed in X's bombardment": a count of victims, its act the setting, no accusation
        accused = lk.doer(a) or _accused(lk, acc)
        if not accused or MUTUAL in accused:
            continue
        for b in sorted(set(by_article[acc.article]) | set(by_event.get(acc.event or "", ()))):
            other = lk.claims[b]
            if b == a or not lk.side(b) & accused or same_speaker(acc, other) or lk.allies(a) & lk.allies(b):
                continue
            if acc.event and other.event and acc.event != other.event and events_differ(lk, acc.event, other.event):
                continue
            named = named_culprits(lk, b) or (lk.doer(b) or set() if other.involvement else set())
            if not named or MUTUAL in named or named & (accused | lk.side(b)):
                continue
            later, earlier = lk.order(a, b)
            lk.add("contradicts", later, earlier, max(lk.sim(a, b)), "the accused names another culprit of the act")


#: a content whose subject is a pronoun ("it may have been an accident", "this could be a hoax"): what it is about was
#: named before
_PRONOUN_SUBJECT = re.compile(r"^[\s\"“”'‘]*(?:it|this|that|they|these|those)\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:clear|"
                              r"possible|likely|unlikely|true|unclear|hard|too|important)\b)", re.I)


#: how much of a pronoun-subject content with its sentence before the encoder reads (its end: the content)
_ANTECEDENT_CHARS = 240


def _with_antecedent(lk: Linker, k: int) -> str:
    """A pronoun-subject content read with the sentence before its own, where its subject was named ("The downing of
    the airliner was a tragedy. It may have been an accident"); "" for another content or the first sentence."""
    c = lk.claims[k]
    analysis = lk.ctx.analyses.get(c.article)
    if not _PRONOUN_SUBJECT.match(c.content) or analysis is None or c.article not in lk.ctx.articles \
            or c.content_start is None:
        return ""
    before = [s for s in analysis.sentences if s[1] <= c.start]
    if not before:
        return ""
    text = lk.ctx.articles[c.article].text
    return f"{text[before[-1][0]:before[-1][1]].strip()} {c.content}"[-_ANTECEDENT_CHARS:]


#: the two kinds of cause an account can give an act: by accident, or on purpose ("may have been accidental" against
#: "was set deliberately"): a hedge of one kind and a flat account of the other cannot both stand
_CAUSE_KIND = dict.fromkeys(("accident", "accidental", "accidentally", "unintentional", "unintentionally",
                              "inadvertent", "inadvertently"), 0) | \
    dict.fromkeys(("deliberate", "deliberately", "intentional", "intentionally", "premeditated"), 1)


def _cause_kinds(content: str) -> set[int]:
    """The kinds of cause (:data:`_CAUSE_KIND`) a content gives an act."""
    return {_CAUSE_KIND[w] for w in WORD.findall(content.lower()) if w in _CAUSE_KIND}


def contradict_hedged(lk: Linker) -> None:
    """One side holds a proposition possible ("the crash may have been accidental", "ballots might have been lost in
    transit"), another side states it flatly negated ("it was no accident", "the ballots were not lost"): the two
    accounts cannot both stand, a ``contradicts`` from the later to the earlier. The hedged content's predicate word
    (after its modal) is the word the other negates (one stem, or forms sharing :data:`_PREDICATE_PREFIX`
    characters: "accidental" / "accident"); the contents are about one matter (:data:`HEDGE_COSINE`, or one fused
    event not known as two incidents); two speakers of two sides, neither content inside the other. A hedged
    negation, a negated question, one speaker's change of mind (:func:`contradict_reversals`) are not read here. A
    flat account giving the other kind of cause (:data:`_CAUSE_KIND`: "may have been accidental" / "was set
    deliberately") is weighed as a negation.
    The negated predicates are indexed by word, so each hedged claim looks at its few candidates only."""
    by_word: dict[str, list[int]] = defaultdict(list)
    hedges: list[tuple[int, str]] = []
    for k, c in enumerate(lk.claims):
        content = c.content.lower()
        if not c.negated:
            found = _HEDGED_PREDICATE.search(content)
            if found and found.group(1) not in _NO_PREDICATE and found.group(1) not in STOP \
                    and not _NEGATED_WORD.search(content, found.start(), found.end() + 1):
                hedges.append((k, _predicate_key(found.group(1))))
        elif not _HEDGED_PREDICATE.search(content):
            for found in _NEGATED_WORD.finditer(content):
                word = found.group(1)
                if word not in _NO_PREDICATE and word not in STOP:
                    by_word[_predicate_key(word)].append(k)
                    break  # the first negation is the content's
    for k, c in enumerate(lk.claims):  # flat accounts of the opposite kind of cause ("was set deliberately")
        if not c.negated and not _HEDGED_PREDICATE.search(c.content.lower()):
            for side in _cause_kinds(c.content):
                by_word[f"kind:{side}"].append(k)
    for h, key in hedges:
        kind = next((_CAUSE_KIND[w] for w in _CAUSE_KIND if _predicate_key(w) == key), None)
        opposed = by_word.get(f"kind:{1 - kind}", []) if kind is not None else []
        for f in dict.fromkeys([*by_word.get(key, ()), *opposed]):
            a, b = lk.claims[h], lk.claims[f]
            if a.id == b.id or same_speaker(a, b) or lk.allies(h) & lk.allies(f) or nested(a, b):
                continue
            if a.speaker is None and b.speaker is None and not (a.speaker_text and b.speaker_text):
                continue  # two unknown voices are not two sides
            one_event = bool(a.event and a.event == b.event)
            if a.event and b.event and a.event != b.event and events_differ(lk, a.event, b.event):
                continue
            cos = lk.exact_sim(h, f)[0]
            if cos < HEDGE_COSINE and (told := _with_antecedent(lk, h)):
                # the subject named the sentence before: its words are shared besides the predicate's, a lower bar
                # for the sentence's other words
                shared = {w[:_PREDICATE_PREFIX] for w in content_stems(WORD.findall(told.lower()))} & \
                    {w[:_PREDICATE_PREFIX] for w in lk.feats[f].words}
                if shared - {key}:
                    cos = max(cos, lk.text_sims(told, [f])[0] + 0.1)
            if cos >= HEDGE_COSINE or (one_event and cos >= HEDGE_COSINE - 0.1):
                later, earlier = lk.order(h, f)
                what = "gives the other cause of" if f in opposed else "flatly negates"
                lk.add("contradicts", later, earlier, cos, f"one side holds possible what another {what} (cosine "
                                                           f"{cos:.2f})")


#: the MiniLM cosine a speaker's two statements in two articles need when each is the other's closest among that
#: speaker's statements in the other article (:func:`support_aligned_statements`)
ALIGNED_COSINE = 0.6
#: how far the runner-up (the speaker's other statements on either side) stays below the aligned pair
ALIGNED_MARGIN = 0.05


def support_aligned_statements(lk: Linker) -> None:
    """Two outlets telling one speaker's statement in other words: align the speaker's statements of two articles
    published within :data:`PARAPHRASE_DAYS` days of each other, and each pair that is mutually the closest (each
    statement the other's most similar among that speaker's statements in the other article, MiniLM cosine at least
    :data:`ALIGNED_COSINE`) is one statement told twice: ``supports``. A speech told in two articles keeps its
    statements apart ("the bullets came from automatic weapons" goes with its own retelling, not with "the
    government did not order the firing"), which a threshold alone cannot do. Same polarity and negation, contents
    of :data:`RETOLD_WORDS` content words or more, no conflicting figure or date, fused events not known to be two
    incidents, neither claim about another act."""
    by_speaker: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for k, c in enumerate(lk.claims):
        if c.speaker and len(lk.feats[k].words) >= RETOLD_WORDS and c.stance not in ("responsibility",):
            by_speaker[c.speaker][c.article].append(k)
    # each content of a speaker's two articles within days is compared with each of the other below: the contents
    # MiniLM has not seen yet are encoded first, in one batch (asked pair by pair, about 200 calls of one or two
    # texts on 1k Reuters, each text costing MiniLM about twice what it costs in a batch; a vector does not depend
    # on the texts encoded with it)
    pairs = [p for articles in by_speaker.values() for p in _within_days(lk, articles)]
    lk.encode_contents(k for xs, ys in pairs for k in xs + ys)
    for xs, ys in pairs:
        sims = [[lk.exact_sim(x, y)[0] for y in ys] for x in xs]
        for a, x in enumerate(xs):
            b = max(range(len(ys)), key=lambda b: sims[a][b])
            if sims[a][b] < ALIGNED_COSINE or max(range(len(xs)), key=lambda r: sims[r][b]) != a:
                continue
            # the pair stands out: the runner-up on either side is clearly farther (a long speech told in two
            # articles has several statements close to each other)
            rivals = [sims[a][o] for o in range(len(ys)) if o != b] + [sims[r][b] for r in range(len(xs)) if r != a]
            if rivals and sims[a][b] - max(rivals) < ALIGNED_MARGIN:
                continue
            y = ys[b]
            cx, cy = lk.claims[x], lk.claims[y]
            unlike = cx.negated != cy.negated and not negations_alike(cx.content, cy.content)
            if cx.polarity != cy.polarity or unlike or lk.other_act(x) or lk.other_act(y):
                continue
            if conflicts(lk.feats[x], lk.feats[y]) is not None or lk.figures_apart(x, y):
                continue
            if cx.event and cy.event and cx.event != cy.event and events_differ(lk, cx.event, cy.event):
                continue
            if cx.involvement or cy.involvement:
                continue  # who did an act is judged by its doer and incident (_pair_links), not by wording
            if not _shared_sense(lk, x, y):
                continue
            later, earlier = lk.order(x, y)
            lk.add("supports", later, earlier, sims[a][b], f"one speaker's statement in two articles, each the "
                                                           f"other's closest (cosine {sims[a][b]:.2f})")


def _within_days(lk: Linker, articles: dict[str, list[int]]) -> Iterator[tuple[list[int], list[int]]]:
    """A speaker's claims (by article) in each two articles published within :data:`PARAPHRASE_DAYS` days."""
    for first, second in itertools.combinations(sorted(articles), 2):
        xs, ys = articles[first], articles[second]
        if _days_apart(lk, xs[0], ys[0]) <= PARAPHRASE_DAYS:
            yield xs, ys


#: common words the shorter of one side's two contents shares with the other at least (:func:`_contained`)
CONTAINED_WORDS = 3
#: the share of the shorter content's common words found in the other at least (on the tuning stories, every pair of
#: one side's contents within days sharing three words or more and 60% of the shorter one's, at a MiniLM cosine of
#: 0.5 or more, was one statement told twice; pairs sharing two words, or half, held two statements)
CONTAINED_SHARE = 0.6
#: the MiniLM cosine such a pair needs ("had acted alone" inside "acted alone and had taken part in protests": 0.51;
#: "the first call came hours before" / "the response had been insufficient", sharing half, 0.41)
CONTAINED_COSINE = 0.5


def _contained(lk: Linker, i: int, j: int) -> tuple[int, float] | None:
    """One side's statement told alone in one article and within a longer content in another ("the suspect, who
    was arrested at the scene, had acted alone" / "the suspect ... acted alone and had taken part in protests";
    a foreign ministry's "the strike targeted a refugee camp" / its spokesman's "the country sticks to its stance
    that the strike targeted a refugee camp"): the longer content's other words pull the cosine of the whole under
    the paraphrase bars, so the words decide first. One side (one speaker entity, or speakers sharing a side: a
    ministry, its spokesman and its state are often fused as several entities, :meth:`Linker.allies`), two
    articles within :data:`PARAPHRASE_DAYS` days, most of the shorter content's common words (not names: those say
    whom the statement is about, and one side's statements about one party all share them) in the other
    (:data:`CONTAINED_WORDS`, :data:`CONTAINED_SHARE`), MiniLM cosine :data:`CONTAINED_COSINE` or more; no
    conflicting figure, no claim about another act, fused events not known to be two incidents (the caller has
    checked the rest: same polarity and negation, no clash, not about who did an act). The shared words and the
    cosine, or None."""
    a, b = lk.claims[i], lk.claims[j]
    wa, wb = _common_stems(a.content), _common_stems(b.content)
    shared = len(wa & wb)
    if shared < CONTAINED_WORDS or shared < CONTAINED_SHARE * min(len(wa), len(wb)):
        return None
    if not (a.speaker and a.speaker == b.speaker) and not lk.allies(i) & lk.allies(j):
        return None
    if _days_apart(lk, i, j) > PARAPHRASE_DAYS or lk.other_act(i) or lk.other_act(j):
        return None
    if lk.figures_apart(i, j):
        return None
    if a.event and b.event and a.event != b.event and events_differ(lk, a.event, b.event):
        return None
    cos = lk.exact_sim(i, j)[0]
    return (shared, cos) if cos >= CONTAINED_COSINE else None


@lru_cache(maxsize=1 << 16)  # asked for both contents of every candidate pair that gets this far
def _common_stems(content: str) -> frozenset[str]:
    """The stems of a content's common words (:func:`_common_words`)."""
    return frozenset(stem(w) for w in _common_words(content))


#: the MiniLM cosine of two words that makes them one sense told in other words ("wage" / "pay" 0.73, "docks" /
#: "dockers" 0.79, "terrorism" / "terror" 0.80; "smugglers" / "bombers" is 0.43, "used" / "crossed" 0.29)
SENSE_COSINE = 0.7
#: a content word as written: a name is capitalised, a common word is not
_WRITTEN_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z'’-]*")


def _common_words(content: str) -> list[str]:
    """The common (not capitalised: no name, no word opening a quotation) content words of a content, lower-cased."""
    return list(dict.fromkeys(w.lower() for w in _WRITTEN_WORD.findall(content)
                              if w[0].islower() and len(w) > 2 and w.lower() not in STOP))


def _shared_sense(lk: Linker, x: int, y: int) -> bool:
    """Do two wordings of one statement keep a common word, or a word of one sense with one of the other (MiniLM
    word cosine :data:`SENSE_COSINE` or more), besides the names they share? A statement told in other words keeps
    some of its sense word for word ("the dockers would stay out until a better pay deal was on the table" / "the
    strike will go on until the wage offer is raised": docks / dockers, wage / pay); two statements of one speaker
    about one party share the party's name and little else ("the smugglers used X's ports" / "the bombers had crossed
    from X")."""
    wx, wy = _common_words(lk.claims[x].content), _common_words(lk.claims[y].content)
    if not wx or not wy:
        return False
    if {stem(w) for w in wx} & {stem(w) for w in wy}:
        return True
    vx, vy = lk.exact_vectors(wx), lk.exact_vectors(wy)
    return any(float(u @ v) >= SENSE_COSINE for u in vx for v in vy)


#: how close in sense the common words of one side's two contents must be, on average, for one statement told by two
#: outlets in other words (:func:`word_sense_coverage`). Chosen on round 32's development pool (nine real
#: multi-outlet stories, 177 gold claim links) by leave-one-story-out over 0.60-0.75 and off: fitted on eight
#: stories to gain the most gold links less the links judged wrong against the gold (the higher value on a tie),
#: every one of the nine folds chose 0.72; held out, 3 gold links gained and no link judged wrong added (0.62, the
#: best for gold links alone, gained 7 and added 12 judged wrong)
WORD_SENSE_PARAPHRASE = 0.72


def word_sense_coverage(lk: Linker, i: int, j: int) -> float:
    """How much of each content's sense the other keeps, word by word: every common word (:func:`_common_words`:
    not names, which one side's statements about one party all share) is matched to its closest word of the other
    content by the MiniLM cosine of the two words, the best cosines averaged over a content's words, and the two
    directions averaged. A statement told by two outlets in other words keeps most of its words or words of their
    sense ("would not be able to contact the vessel" / "lost contact with the ship"); two statements of one side
    share its names and a word or two. 0 when either content has no common word."""
    wa, wb = _common_words(lk.claims[i].content), _common_words(lk.claims[j].content)
    if not wa or not wb:
        return 0.0
    sims = np.asarray(lk.exact_vectors(wa)) @ np.asarray(lk.exact_vectors(wb)).T
    return float((sims.max(axis=1).mean() + sims.max(axis=0).mean()) / 2)


#: the MiniLM cosine two predicates of one side's contents need (:func:`_same_predicate`): "had been charged with
#: murder" / "has been charged with murder" 0.89; one speaker's two statements about one matter reach 0.6-0.7 ("were
#: injured in addition to the five" / "were wounded due to the attack", "has ordered commanders to develop plans" /
#: "has vowed retaliation")
SUPPORT_PREDICATE_COSINE = 0.8


def _subject_parties(lk: Linker, k: int, subject_end: int) -> set[str]:
    """The parties claim ``k``'s subject (its content's first ``subject_end`` characters) names by a name or an
    acronym, written as one (not a pronoun, not a description: "the driver" is what :func:`_same_predicate` compares
    by its words; not a lower-case word the recognizer took for a name)."""
    c = lk.claims[k]
    assert c.content_start is not None
    return {lk.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text.lower()
            for m in lk.mentions_in(c.article, c.content_start, c.content_start + subject_end)
            if m.kind in ("name", "acronym") and m.label in DOER_LABELS and m.text[:1].isupper()}


def _same_predicate(lk: Linker, i: int, j: int) -> float:
    """One side's statement told by two outlets that describe its subject each their own way ("a man in his late 20s
    had been charged with murder and will appear in court" / "The suspected shooter, X, has been charged with
    murder"): the subject's words (a description against a name) pull the whole contents' cosine under every
    paraphrase bar, while the predicates (:func:`claim_text.predicate`) say one thing. One speaker or side, two
    articles within :data:`PARAPHRASE_DAYS` days, fused events not known to be two incidents, neither about another
    act, no figure of either apart, the predicates' negations alike and their MiniLM cosine
    :data:`SUPPORT_PREDICATE_COSINE` or more. A predicate alone does not say what it is said of: subjects that both name
    parties must name one in common ("X has been charged" / "Y has been charged" are two statements), and two
    subjects naming no one must share a content word; a name against a description is one subject told two ways.
    The caller has checked the rest (same polarity and negation, no clash, not about who did an act). The
    predicates' cosine, or 0."""
    a, b = lk.claims[i], lk.claims[j]
    if a.content_start is None or b.content_start is None or a.article == b.article:
        return 0.0
    if not lk.one_side(i, j) or lk.other_act(i) or lk.other_act(j):
        return 0.0
    if _days_apart(lk, i, j) > PARAPHRASE_DAYS:
        return 0.0
    if a.event and b.event and a.event != b.event and events_differ(lk, a.event, b.event):
        return 0.0
    told_a, told_b = predicate(a.content), predicate(b.content)
    if told_a is None or told_b is None or negations(told_a[1]) != negations(told_b[1]):
        return 0.0
    if negations(a.content[:told_a[0]]) != negations(b.content[:told_b[0]]):
        return 0.0  # "no ransom was paid" answers "a ransom had been paid": the subject's "no" negates the statement
    if lk.figures_apart(i, j):
        return 0.0
    named_a, named_b = _subject_parties(lk, i, told_a[0]), _subject_parties(lk, j, told_b[0])
    if named_a and named_b and not _one_state(lk, named_a, named_b):
        return 0.0  # "X has been charged" / "Y has been charged"
    if not (named_a or named_b) and not clause_words(a.content[:told_a[0]]) & clause_words(b.content[:told_b[0]]):
        return 0.0  # "the talks will resume next week" / "the ceasefire will resume next week": two descriptions
        # with no word in common are two subjects; a name against a description is the subject described otherwise
    va, vb = lk.exact_vectors([told_a[1], told_b[1]])
    cos = float(va @ vb)
    return cos if cos >= SUPPORT_PREDICATE_COSINE else 0.0


def _word_sense_paraphrase(lk: Linker, i: int, j: int) -> float:
    """One side's statement told in two articles in other words, the whole-content cosine below the paraphrase bars
    (a word's synonym moves a short sentence's vector a long way): one speaker or side, no figure of either apart,
    fused events not known to be two incidents, neither about another act, and word-by-word sense
    (:func:`word_sense_coverage`) of :data:`WORD_SENSE_PARAPHRASE` or more. The caller has checked the rest (same
    polarity and negation, two articles, no clash, not about who did an act). The coverage, or 0."""
    a, b = lk.claims[i], lk.claims[j]
    if not lk.one_side(i, j) or lk.other_act(i) or lk.other_act(j):
        return 0.0
    if lk.figures_apart(i, j):
        return 0.0
    if a.event and b.event and a.event != b.event and events_differ(lk, a.event, b.event):
        return 0.0
    soft = word_sense_coverage(lk, i, j)
    return soft if soft >= WORD_SENSE_PARAPHRASE else 0.0


def link_claims(ctx: FuseContext, claims: list[Claim]) -> tuple[list[Claim], list[ClaimLink]]:
    """Link the claims; negated claims found to rebut another come back as denials."""
    lk = Linker(ctx, claims)
    lk.run_pairs(lk.candidates(), _pair_links)
    support_aligned_statements(lk)
    support_restated_denials(lk)
    contradict_corrections(lk)
    contradict_figure_corrections(lk)
    contradict_rejected_figures(lk)
    contradict_rival_means(lk)
    contradict_rival_places(lk)
    contradict_reversals(lk)
    contradict_accused_accounts(lk)
    contradict_hedged(lk)
    deny_claims_of(lk)
    deny_involvement(lk)
    deny_accusations(lk)
    deny_what_this_is(lk)
    deny_own_figures(lk)
    deny_figures(lk)
    inherit_denials(lk)
    deny_retold_accusations(lk)
    continue_denials(lk)
    support_shared_denials(lk)
    inherit_contradictions(lk)
    support_repeated_rebuttals(lk)
    support_repeated_pleas(lk)
    support_admissions(lk)
    out = [dataclasses.replace(c, polarity="deny", stance="denial") if k in lk.rebuttals else c
           for k, c in enumerate(claims)]
    return out, list(lk.links.values())


@fuse_step("claims")
def fuse_claims(ctx: FuseContext) -> None:
    """Collect every article's claims with story-level ids, then link them."""
    event_of = {mid: ev.id for ev in ctx.story.events for mid in ev.mention_ids}
    claims = []
    named = _bodies_by_words(ctx)
    types = {e.id: e.type for e in ctx.story.entities}
    states = {e.id: _states_named(e.name, *e.aliases) for e in ctx.story.entities if e.id in named}
    countries = {e.id: country_of(e.name) for e in ctx.story.entities if e.type in ("GPE", "NORP")}
    event_types = {ev.id: ev.type for ev in ctx.story.events}
    event_sizes = {ev.id: len(ev.mention_ids) for ev in ctx.story.events}
    event_spread = {ev.id: len({m.article for m in ev.mentions}) for ev in ctx.story.events}
    about: dict[str, str | None] = {}  # claim id -> the fused event it is about (fuse/claim_about.py)
    capitals = _capitals_of_states(ctx.story.entities)
    for analysis in ctx.analyses.values():
        if not analysis.claims:
            continue
        mentions = _ArticleMentions(ctx, analysis)
        article = ctx.articles.get(analysis.article)
        # the incident each claim is about
        acts = ArticleActs(analysis, event_of, event_types, event_sizes, event_spread,
                           titled=bool(article is not None and article.title))
        told = frozenset(eid for m in analysis.mentions
                         if (eid := ctx.mention_entity.get((m.article, m.start, m.end))) in named)
        resolved = [_state_of_capital(_body_of_state(resolve_claim(ctx, c, event_of, mentions), types, named, states,
                                                     countries, told), capitals)
                    for c in analysis.claims]
        about.update((c.id, acts.about(c, c.event)) for c in resolved)
        claims += spokesmen_of_described_bodies(resolved)
    # the links compare what two contents tell (the act a content names is evidence of one matter); a claim whose
    # content names none is shown under its article's incident, which says nothing of what two contents share
    linked, ctx.story.claim_links = link_claims(ctx, claims)
    ctx.story.claims = [dataclasses.replace(c, event=about[c.id]) if c.id in about else c for c in linked]


#: the words of a speaker phrase that describe a body by its kind ("interior ministry" in "the <People> interior
#: ministry"): lower-case words, no article or possessive
_LOWER_WORD = re.compile(r"(?<![\w'’-])([a-z]+)(?![\w'’-])")
_NOT_KIND_WORDS = frozenset(("the", "a", "an", "its", "their", "his", "her", "of", "and", "s"))


def _bodies_by_words(ctx: FuseContext) -> dict[str, set[frozenset[str]]]:
    """The story's organizations by the lower-cased words of each of their names and aliases."""
    out: dict[str, set[frozenset[str]]] = {}
    for e in ctx.story.entities:
        if e.type == "ORG":
            out[e.id] = {frozenset(re.findall(r"[a-z]+", name.lower())) for name in {e.name, *e.aliases}}
    return out


def _states_named(*names: str) -> frozenset[str]:
    """The countries the capitalized words of these names stand for ("Ostrian Ministry of Defence": Ostria)."""
    return frozenset(c for name in names for w in re.findall(r"[A-Z][\w.-]*", name) if (c := country_of(w)))


def _body_of_state(claim: Claim, types: dict[str, str], named: dict[str, set[frozenset[str]]],
                   states: dict[str, frozenset[str]], countries: dict[str, str | None],
                   told: frozenset[str] = frozenset()) -> Claim:
    """"The <People> interior ministry says ...", "<State>'s earthquake administration reported ...": a body told by
    its owner and the words of its kind speaks for the one organization of the story whose name holds all those
    words ("Ministry of the Interior and Safety", "<State> Earthquake Administration", named in other articles), not
    for the owner state the analysis resolved it to. The words must be more than the kind ("the <People>
    government" names no one body), the body must be the story's only organization with them, and its names may
    name no other state than the owner ("the Norlandian foreign ministry" is not the Ostrian Ministry of Foreign
    Affairs). When no organization has all the words, an organization its article names (``told``) whose name is
    a body's and holds the words of the body's work speaks ("<State>'s top investigative agency": the Investigative
    Committee the next sentence names). ``types``, ``countries``: each entity's type and the country its name stands
    for; ``named``, ``states``: each organization's names as word sets and the states they name."""
    if claim.speaker is None or claim.speaker_type not in ("nominal", "organization") or not claim.speaker_text:
        return claim
    if types.get(claim.speaker) not in ("GPE", "NORP"):
        return claim
    words = [w for w in _LOWER_WORD.findall(claim.speaker_text) if w not in _NOT_KIND_WORDS]
    if len(words) < 2 or (words[-1] not in INSTITUTION_HEADS and words[-1].removesuffix("s") not in INSTITUTION_HEADS):
        return claim
    wanted = set(words)
    bodies = [eid for eid, names in named.items() if any(wanted <= n for n in names)]
    marks = wanted - INSTITUTION_HEADS - _RANK_WORDS  # the words of the body's work ("investigative", "emergency")
    if not bodies and marks:
        # "<State>'s top investigative agency said ... The update from the Inquiry Committee": a body of its
        # article with those words in a name that is a body's too, whatever kind the phrase calls it
        bodies = [eid for eid in sorted(told) if any(marks <= n and n & INSTITUTION_HEADS for n in named.get(eid, ()))]
    if len(bodies) != 1 or states.get(bodies[0], frozenset()) - {countries.get(claim.speaker)}:
        return claim
    return dataclasses.replace(claim, speaker=bodies[0])


def _capitals_of_states(entities: list[Entity]) -> dict[str, tuple[str, frozenset[str]]]:
    """Each place of the story named by a capital (not also a country's or a people's name) whose country the story
    names too: the capital's id -> (the country's id, the capital's names, lower-cased)."""
    states: dict[str, str] = {}
    for e in entities:
        if e.type == "GPE":
            for name in (e.name, *e.aliases):
                if (country := country_name(name)) is not None:
                    states.setdefault(country, e.id)
    out = {}
    for e in entities:
        if e.type != "GPE" or country_name(e.name) is not None or demonym_country(e.name) is not None:
            continue
        country = country_of(e.name)
        if country is not None and states.get(country) not in (None, e.id):
            out[e.id] = (states[country], frozenset(n.lower() for n in (e.name, *e.aliases)))
    return out


def _state_of_capital(claim: Claim, capitals: dict[str, tuple[str, frozenset[str]]]) -> Claim:
    """"Lesk denied the report", "Lesk said ...": a capital named alone as a speaker is its state speaking (the
    news metonymy); the claim is the state's, where the story names that state ("the Lesk mayor" or "officials in
    Lesk" are no such speaker: the phrase must be the capital's name)."""
    if claim.speaker not in capitals or not claim.speaker_text:
        return claim
    state, names = capitals[claim.speaker]
    if re.sub(r"^the\s+", "", claim.speaker_text.strip(), flags=re.I).lower() not in names:
        return claim
    return dataclasses.replace(claim, speaker=state)


#: words of a body's phrase that rank or own it rather than tell its work ("top", "state", "national")
_RANK_WORDS = frozenset(("top", "state", "main", "national", "federal", "chief", "senior", "central", "high",
                         "highest", "leading", "official", "country", "s", "own", "new", "government"))


#: an unnamed spokesman's phrase: the words of his body's kind before his title ("an interior ministry spokesman") or
#: after it ("a spokesman for the interior ministry")
_SPOKESMAN_OF = re.compile(rf"^(?:an?|the)\s+(?:([a-z][a-z\s-]*?)\s+)?(?:{'|'.join(sorted(SPOKES_HEADS))})"
                           r"(?:\s+(?:for|of)\s+the\s+([a-z][a-z\s-]*))?$")
#: how far after an unnamed spokesman's claim a "he said" goes on with him (characters)
_HE_SAID_AFTER = 1200


def spokesmen_of_described_bodies(claims: list[Claim]) -> list[Claim]:
    """One article's claims (in text order), with an unnamed spokesman speaking for a body its article told speaking
    by a description and no name ("the water ministry denied the report. A water ministry spokesman said
    ..."): the body's words in his phrase name the earlier speaker whose phrase is that body's ("the water
    ministry"), resolved to one entity; and "he said" right after him (no other claim between) goes on with him.
    The analysis ties a spokesman to a body the tagger named; this reads a body the tagger left unnamed."""
    out: list[Claim] = []
    bodies: dict[frozenset[str], set[str]] = defaultdict(set)  # a speaker phrase's words -> the entities it named
    last: str | None = None  # the entity of the spokesman who spoke last, when the claim before is his
    his: Claim | None = None  # that claim
    for c in claims:
        if his is not None and nested(c, his):
            out.append(c)  # a claim told inside his ("said the inquiry had shown that ..."): he still speaks
            continue
        text = " ".join((c.speaker_text or "").lower().split())
        found = _SPOKESMAN_OF.match(text) if c.speaker is None and c.speaker_type == "anonymous" else None
        kind = (found.group(1) or found.group(2) or "") if found else ""
        if kind and kind.split()[-1] in INSTITUTION_HEADS:
            named = {e for words, ents in bodies.items() if set(kind.split()) <= words for e in ents}
            if len(named) == 1:
                c = dataclasses.replace(c, speaker=named.pop())
                out.append(c)
                last, his = c.speaker, c
                continue
        if last is not None and his is not None and c.speaker is None and c.speaker_type == "pronoun" \
                and text in ("he", "she") and c.start - his.end <= _HE_SAID_AFTER:
            c = dataclasses.replace(c, speaker=last)
        elif c.speaker is not None and c.speaker_type in ("organization", "nominal") and text.startswith("the "):
            bodies[frozenset(text.split()[1:])].add(c.speaker)
        last, his = (last, c) if last is not None and c.speaker == last else (None, None)
        out.append(c)
    return out
