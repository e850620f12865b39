"""The ``denies`` rules of claim fusion (see :mod:`storyline.fuse.claims` for the list).

A denial answers something: the content it repeats, the claims it names ("denied X's claims"), the
claim of responsibility or allegation about the act it clears someone of, the accusation against
its own side, or the claims giving the toll it denies. Each rule records its reason on the link.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from storyline.analyze.claims.cues import CLAIM_NOUNS, INSTITUTION_HEADS, cue_for
from storyline.analyze.claims.rebuttals import DISMISSIVE
from storyline.fuse.claim_links import (
    MUTUAL,
    PROPER,
    Linker,
    actors_of,
    days_apart,
    events_differ,
    names_in,
    nested,
    noun_phrase_length,
    opening_doer,
    place_of,
    plain,
    proper_names,
    same_speaker,
    speaks_as,
)
from storyline.fuse.claim_text import (
    ANSWERS,
    ANSWERS_UNANCHORED,
    CHARGE_ANSWERS,
    CLAUSE_RESTATED,
    NAMED_CLAUSE_HERE,
    NEGATED_REQUEST,
    OWNERS_WORDS,
    PROPOSITION_WORDS,
    REBUT,
    RESTATED,
    SAME,
    SAME_WITH_TARGET,
    STOP,
    TOLD_ANSWERS,
    TOLL_COSINE,
    TOLL_FIGURE,
    WORD,
    conflicts,
    describe,
    figures_apart,
    jaccard,
    reaches,
    shared_tolls,
    stem,
    toll_amounts,
)
from storyline.lexicons.countries import country_of
from storyline.lexicons.titles import SPOKES_HEADS, is_title_word
from storyline.model import Claim

#: how close before a denial an unnamed claim it rejects stands ("rejected the charge" right after it)
_NEAR_CHARS = 400


def answers(lk: Linker, n: int, p: int) -> bool:
    """Can the negated claim ``n`` answer ``p``? Not before it (but in its article), and ``p`` alleges, says who did
    something, or names the negating speaker (who then answers for itself), or ``n`` negates what was
    said ("the version that ...", "these claims") and ``p`` is another side's."""
    neg, pos = lk.claims[n], lk.claims[p]
    if lk.after(p, n) and pos.article != neg.article:  # in one article the answer may be told first
        return False
    # "the version that P does not withstand any criticism": a negation of what was said answers another side
    about_what_was_said = lk.feats[n].claim_noun_owner and not lk.allies(n) & lk.allies(p)
    return (pos.stance == "allegation" or pos.involvement or bool(neg.speaker and neg.speaker in pos.targets)
            or about_what_was_said)


#: a content that reports a rejection or denial ("X rejects any attempt to ...", "Y denied the report")
_REJECTING = re.compile(r"\b(?:rejects?|rejected|rejecting|denies|denied|denying|dismiss(?:es|ed)?|refutes?|refuted)\b",
                        re.I)


def deny_pair(lk: Linker, d: int, t: int) -> None:
    den, tgt = lk.claims[d], lk.claims[t]
    if tgt.negated and not den.negated:
        return  # "Y denied that P" and "X said not P" agree
    if (den.involvement and tgt.involvement) or same_speaker(den, tgt) or lk.allies(d) & lk.allies(t):
        return  # involvement is judged by incident and party (deny_involvement); one side never denies itself
    if den.involvement and not den.negated and not _concerns(tgt, set(lk.side(d)), _side_names(lk, d)):
        # "Y denied that it carried out the drone attack" does not deny "a drone strike targeted the tanker": that
        # account names no doer, least of all Y
        return
    same_span = (den.article == tgt.article and den.content_start == tgt.content_start
                 and den.content_end == tgt.content_end)
    if same_span:
        lk.add("denies", d, t, 1.0, "same-sentence denial of the claim's content")
        return
    if nested(den, tgt) or not (lk.feats[d].words and lk.feats[t].words):
        return  # a content of no word but a pronoun ("which", "it") is no proposition to compare
    if den.negated:  # a rebuttal found in its own article ("insisted the country is not ...")
        if answers(lk, d, t) and conflicts(lk.feats[d], lk.feats[t]) is None:
            s = lk.exact_sim(d, t)
            if reaches(s, RESTATED if lk.feats[d].claim_noun_owner else REBUT):
                lk.add("denies", d, t, max(s), f"a negated rebuttal of the claim ({describe(s)})")
            elif lk.feats[d].claim_noun_owner and (clause := claim_clause(den.content)):
                cos = lk.text_sims(clause, [t])[0]  # "the version that P does not withstand ...": P alone
                if reaches((cos, 0.0), CLAUSE_RESTATED):
                    lk.add("denies", d, t, cos, f"a negated rebuttal of the claim it restates (cosine {cos:.2f})")
        return
    if _REJECTING.search(tgt.content):
        return  # "Lima rejects any attempt to ..." reports a rejection: a denial of it agrees with it
    if figures_apart(lk.feats[d], lk.feats[t]):
        return  # "denied that the toll had reached 4,200" does not deny "the floods killed 900 people"
    s = lk.sim(d, t)
    if reaches(s, SAME) or (reaches(s, SAME_WITH_TARGET) and set(den.targets) & set(tgt.targets)):
        lk.add("denies", d, t, max(s), f"denial of the same proposition ({describe(s)})")
        return
    if (clause := denied_clause(den.content)) and (set(den.targets) & set(tgt.targets)
                                                     or (den.event and den.event == tgt.event)):
        # "denied reports that P, calling them a fabrication": P alone, against what another side said
        cos = lk.text_sims(clause, [t])[0]
        if cos >= DENIED_CLAUSE_COSINE:
            lk.add("denies", d, t, cos, f"denial of the claim it names, restated (cosine {cos:.2f})")
            return
    if den.article == tgt.article and not tgt.negated and tgt.stance in _TOLD_STANCES \
            and (clause := denied_clause(den.content)):
        # "The United States termed allegations that it struck the camp as false. ... The ministry's statement had
        # stated that the strike had targeted the camp": in one article the allegation the denial names, worded by
        # another side, is what it denies (the clause alone, without what the denier calls it)
        clause = _CALLED_TAIL.sub("", clause)
        words = frozenset(stem(w) for w in WORD.findall(clause.lower()) if w not in STOP)
        sim = (lk.text_sims(clause, [t])[0], jaccard(words, lk.feats[t].words))
        if reaches(sim, NAMED_CLAUSE_HERE):
            lk.add("denies", d, t, sim[0], f"denial of the claim it names, told in its article ({describe(sim)})")


def _side_names(lk: Linker, d: int) -> set[str]:
    """The names of the denier's side (its entity, the group it speaks for, its state's kin)."""
    return {n for p in lk.side(d) for n in lk.names(p) if len(n) >= 3}


def deny_involvement(lk: Linker) -> None:
    """A denial of involvement denies the responsibility claim or allegation it answers.

    The claim must be about the same incident (the same fused event, or earlier in the same
    article when one of them names no event) and concern the party the denial clears: a
    responsibility claim made by it (a claimant retracting counts), or an allegation or
    account of who did it that names it, made before the denial. It denies each accuser's claim
    (every speaker who said the party did it is answered): in the denial's own article each of
    that accuser's claims that name the party (and an account by another side naming it told right
    beside the denial: :func:`_told_beside`), elsewhere the most similar one.
    """
    by_event: dict[str, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)
    told: dict[str, list[int]] = defaultdict(list)  # other asserted statements, by article
    for t, c in enumerate(lk.claims):
        if c.involvement and c.polarity == "assert" and not c.negated:
            if c.event:
                by_event[c.event].append(t)
            by_article[c.article].append(t)
        elif c.polarity == "assert" and not c.negated and c.stance == "statement":
            told[c.article].append(t)
    for d, den in enumerate(lk.claims):
        if den.polarity != "deny" or not den.involvement:
            continue
        parties, names = _parties(lk, d)
        scored: dict[str, list[_Answered]] = defaultdict(list)
        for t in set(by_event.get(den.event or "", ())) | set(by_article.get(den.article, ())):
            tgt = lk.claims[t]
            if tgt.article != den.article and lk.after(t, d):
                continue  # a later article's claim is not what this denial answered
            same_incident = bool(den.event and den.event == tgt.event)
            # in its own article the accusation may be told after the denial (news puts the answer first)
            here = tgt.article == den.article
            # two acts of one kind apart ("the bombing on Monday", "the bombing on Friday"); an act of another kind in
            # an account of who did it ("Y's police captured the suspects as they fled to X") is not the act at stake
            other_kinds = _other_kinds(lk, den, tgt)
            known_apart = bool(den.event and tgt.event and events_differ(lk, den.event, tgt.event)) and not other_kinds
            # two acts of one article at different places ("the Tolvar attack", "the Sarn bombing")
            place_d, place_t = _act_place(lk, den), _act_place(lk, tgt)
            known_apart |= not (same_incident or other_kinds) and bool(place_d and place_t and place_d != place_t)
            if not (same_incident or (here and not known_apart)) or (lk.other_act(t) and not lk.other_act(d)):
                continue  # ("has claimed past attacks", "also claimed a blast on a train": not the act denied)
            if same_speaker(den, tgt) and tgt.stance != "responsibility":
                continue
            if _concerns(tgt, parties, names) and _may_name(lk, t, parties, den):
                accuser = tgt.speaker or plain(tgt.speaker_text or "") or tgt.id
                closeness = -abs(den.start - tgt.start) if here else 0
                scored[accuser].append(_Answered(here, closeness, max(lk.exact_sim(d, t)), t))
        accusers = {a for a, options in scored.items() if any(x.here for x in options)}
        for t in _told_beside(lk, d, told.get(den.article, ()), parties, names, accusers):
            tgt = lk.claims[t]
            accuser = tgt.speaker or plain(tgt.speaker_text or "") or tgt.id
            scored[accuser].append(_Answered(True, -abs(den.start - tgt.start), max(lk.exact_sim(d, t)), t))
        for options in scored.values():
            # in its own article the denial answers each of the accuser's claims naming the party ("Y claimed they
            # were caught fleeing to Norland. Norland denied any involvement ... Y said they had tried to escape
            # to Norland through a window prepared on the Norlandi side"); elsewhere the accuser's closest one
            chosen = {x for x in options if x.here} | {max(options, key=lambda x: (not x.here, x))}
            for x in chosen:
                kind = "a claim of responsibility" if lk.claims[x.claim].stance == "responsibility" else "an allegation"
                if not lk.claims[x.claim].involvement:
                    kind = "an account naming the party it clears"
                lk.add("denies", d, x.claim, x.score, f"denial of involvement answering {kind} about the same incident")


class _Answered(NamedTuple):
    """A claim a denial of involvement may answer, for one accuser; ranked as a tuple in field order (elsewhere
    than in the denial's article, the accuser's closest claim is the one answered)."""

    here: bool  # told in the denial's own article
    closeness: int  # minus the characters between it and the denial, in its article (0 elsewhere)
    score: float  # the exact cosine of the two contents
    claim: int


def _other_kinds(lk: Linker, a: Claim, b: Claim) -> bool:
    """Are the acts of two claims fused events of two kinds (an attack, an arrest)?"""
    x, y = lk.events.get(a.event or ""), lk.events.get(b.event or "")
    return x is not None and y is not None and x.type != y.type


def _told_beside(lk: Linker, d: int, told: Iterable[int], parties: set[str], names: set[str],
                 accusers: set[str]) -> list[int]:
    """Statements of another side naming a party a denial of involvement clears, in the denial's article: told right
    beside it with no other claim between ("“They moved towards Norland, where a window was prepared for them on
    the Norlandi side,” he said. Meanwhile, Norland has denied any role in the attack"), or anywhere when their
    speaker is one of the ``accusers`` the denial answers there ("“Who was waiting for them in Norland?” Kell
    said"): what the denial answers, though the statement names no act. Not a statement that clears the party,
    one whose act is told as another party's deed ("the Front's attack on Norlandi troops"), nor one about
    another incident of the act's kind."""
    den = lk.claims[d]
    out = []
    for t in told:
        tgt = lk.claims[t]
        gap = den.start - tgt.end if tgt.end <= den.start else tgt.start - den.end
        if t == d or gap < 0 or same_speaker(den, tgt) or lk.allies(t) & lk.allies(d):
            continue
        if not lk.allies(t) - {tgt.speaker}:
            continue  # a party's side speaks: an official of a state or group, not a company or a witness
        if den.event and tgt.event and den.event != tgt.event and not _other_kinds(lk, den, tgt):
            continue  # an act of the same kind told as another incident
        lo, hi = sorted((tgt.start, den.start))
        accuser = (tgt.speaker or plain(tgt.speaker_text or "") or tgt.id) in accusers
        if not accuser and (gap > _BESIDE_CHARS or any(lo < c.start < hi and k not in (t, d) and not nested(c, tgt)
                                                       for k, c in in_article(lk, den.article))):
            continue  # far, or another claim between: not the one answered
        if _concerns(tgt, parties, names) and not _done_by_others(lk, t, frozenset(parties)):
            out.append(t)
    return out


#: how far apart a denial and the statement it answers beside it may stand (the end of one, the start of the other)
_BESIDE_CHARS = 300


def in_article(lk: Linker, article: str) -> list[tuple[int, Claim]]:
    """The claims of an article (indexed once)."""
    if lk.by_article is None:
        lk.by_article = defaultdict(list)
        for k, c in enumerate(lk.claims):
            lk.by_article[c.article].append((k, c))
    return lk.by_article.get(article, [])


def _parties(lk: Linker, d: int) -> tuple[set[str], set[str]]:
    """Whom a denial of involvement clears: its speaker and the group it speaks for, the entities its
    content names and the doer a negated content clears (not the place of the incident, fused or named
    before the act: "the Tarvin attack", nor the owner of the accusations it rejects: "Valdora's accusations");
    with their names, for unresolved claims."""
    den = lk.claims[d]
    # "Varnland's Defence Minister X": X speaks for Varnland; a people named only where the act took place ("in a
    # <demonym> market town") is not a party the denial clears
    parties = set(lk.side(d)) | {t for t in den.targets if not _only_where(lk, den, t)}
    if den.negated:  # "Norland had no involvement": the doer it clears, with its state's kin (its capital)
        parties |= lk.doer(d) or set()
    parties -= {place_of(lk, den.event)}
    # "rejected Valdoran accusations that it was behind the attack": the accuser who owns the claim noun is not cleared
    accusers = lk.owners(d)
    parties -= accusers | {kin for o in accusers for kin in lk.state.get(o, ())}
    where = act_modifiers(lk, den)
    parties = {p for p in parties if not {n.lower() for n in lk.names(p)} & where}
    names = {n for p in parties for n in lk.names(p) if len(n) >= 3}
    names |= {n.lower() for n in proper_names(den.speaker_text or "") if len(n) >= 3}  # the denier, unresolved too
    return parties, names


#: a locative preposition and up to two words before a name: "in a Norlandian market town", "near the Tarsk"
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|into|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
                           re.I)


def _only_where(lk: Linker, den: Claim, entity: str) -> bool:
    """Is an entity named in a denial's content only where the act took place ("denied being responsible for three truck
    bombs which killed 31 people in a Norlandian market town")? Then the denial does not clear it."""
    content = den.content
    spots = [m.start() for n in lk.names(entity) if len(n) >= 3
             for m in re.finditer(rf"\b{re.escape(n)}\b", content, re.I)]
    return bool(spots) and all(_WHERE_BEFORE.search(content[max(0, i - 40):i]) for i in spots)


#: a capitalized name right before an act ("the Tolvar attack") or after it ("the bombing in Sarn")
_PLACE_BEFORE = re.compile(r"([A-Z][\w-]+)(?:'s)?\s+(?:[a-z]+\s+)?$")
_PLACE_AFTER = re.compile(r"^\s+(?:in|at|near|on)\s+(?:the\s+)?([A-Z][\w-]+)")


def _act_place(lk: Linker, c: Claim) -> str | None:
    """Where the act of a claim happened, as its content names it: the fused event's place, else a
    name next to the act's trigger in the content."""
    place = place_of(lk, c.event)
    if place or c.event is None or c.content_start is None or c.content_end is None:
        return place
    ev = lk.events.get(c.event)
    text = lk.ctx.articles[c.article].text if c.article in lk.ctx.articles else ""
    for m in ev.mentions if ev is not None else ():
        if m.article == c.article and c.content_start <= m.start < c.content_end:
            before = _PLACE_BEFORE.search(text[max(c.content_start, m.start - 40):m.start])
            after = _PLACE_AFTER.search(text[m.end:min(c.content_end, m.end + 40)])
            found = before or after
            if found and not is_title_word(found.group(1)):
                return found.group(1).lower()
    return None


def act_modifiers(lk: Linker, c: Claim) -> set[str]:
    """Names right before the act's trigger in the content ("the Tarvin concert attack": tarvin), lowercased:
    they say where, not who."""
    ev = lk.events.get(c.event or "")
    if ev is None or c.content_start is None or c.content_end is None:
        return set()
    text = lk.ctx.articles[c.article].text if c.article in lk.ctx.articles else ""
    out = set()
    for m in ev.mentions:
        if m.article == c.article and c.content_start <= m.start < c.content_end:
            # the event mention may hold its modifiers ("Tarsk market bombing"): read up to its last word
            before = _NAME_BEFORE_ACT.search(text[max(c.content_start, m.start - 40):m.end])
            if before and not is_title_word(before.group(1)):
                out.add(before.group(1).lower())
    return out


_NAME_BEFORE_ACT = re.compile(r"([A-Z][\w-]+)(?:'s)?\s+(?:[a-z]+\s+)?[a-z]+$")


def _concerns(tgt: Claim, parties: set[str], names: set[str]) -> bool:
    """Does a responsibility claim come from one of the parties ("a faction of X" counts), or an
    allegation name one (and not clear it in the same breath: "the Front did it; X had no part in it")?"""
    if tgt.stance == "responsibility":
        return tgt.speaker in parties or any(speaks_as(n, tgt.speaker_text or "") for n in names)
    if clears(tgt, names):
        return False
    content = tgt.content.lower()
    return bool(set(tgt.targets) & parties) or any(names_in(n, content) for n in names)


def _may_name(lk: Linker, t: int, parties: set[str], den: Claim) -> bool:
    """Does an allegation's doer, where it reads one, include one of the parties a denial clears (a
    state with its kin; by name, the denier's, when it is not resolved)? "Y says X shelled the prison"
    does not accuse Y, though it names Y elsewhere."""
    doer = lk.doer(t)
    if not doer or MUTUAL in doer:
        return True
    if _other_kinds(lk, den, lk.claims[t]):
        return True  # the doer of another kind of act ("Y's police captured the suspects as they fled to X"): not
        # who the claim says did the act denied
    if doer & (parties | {kin for p in parties for kin in lk.state.get(p, ())}):
        return True
    denier = {n.lower() for n in proper_names(den.speaker_text or "")}
    return bool(denier & {n for party in doer for n in lk.names(party)})


def clears(c: Claim, names: set[str] | frozenset[str]) -> bool:
    """Does the content clear one of these names ("Norland had no involvement", "X was not behind it")?"""
    content = c.content.lower()
    return any(_CLEARS.match(content, m.end()) or _CLEARED.search(content, 0, m.start())
               for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", content))


#: right before a name: the content clears it ("there was no Norlandi involvement", "Ostra, not Norland")
_CLEARED = re.compile(r"\b(?:no|not)\s+$")
#: right after a name: the content clears it ("Norland had no involvement", "X was not behind it")
_CLEARS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:had|has|have|was|were|is|are|did|does)\s+(?:no|not|nothing|never)\b")


def deny_claims_of(lk: Linker) -> None:
    """"Y denied X's claims" / "Y rejected the accusations": link to the claim the denial is about.

    Candidates, best first: a claim of the named owner X in the denial's own article (news often
    tells the answer before the charge: "Y rejected an accusation by X ... X told parliament that
    ..."); a claim of X elsewhere; an earlier allegation in the same article whose targets include
    the denier Y (Y is the accused); the closest earlier claim in the same article; an allegation
    against Y in another article. A claim first published after the denial is never what it
    answers. Among equals, the one most similar to the denial (its sentence's words, its
    content's meaning) wins.
    """
    index = _AssertIndex(lk)
    retold = _Retold(lk)
    for d, den in enumerate(lk.claims):
        if den.polarity != "deny" or not lk.feats[d].claim_noun_owner:
            continue
        scored = []
        every = bool(_EVERY.search(den.content))  # "all accusations": none of the article's is too far
        borrowed = _borrowed_side(lk, d)
        side = lk.side(d) | borrowed
        side_names = lk.side_names(d) | frozenset(n.lower() for p in borrowed for n in lk.names(p) if len(n) > 3)
        for t in index.about(den, side, lk.owners(d)):
            tgt = lk.claims[t]
            if same_speaker(den, tgt) or (tgt.article != den.article and lk.after(t, d)):
                continue
            owned, accused, earlier_here = _about(lk, d, t, side, side_names)
            if not (owned or accused) and tgt.article != den.article and _charges(lk, d, t, side, side_names):
                accused = True  # "denying accusations of aggression": another side's charge that its side did it
            context = _sentence_sim(lk, den, t)
            # an earlier claim of the article counts when it is about the denier and shares words with
            # the denial's sentence or comes right before it ("... had crossed from Estmark. Estmark's
            # foreign ministry rejected the charge.")
            near = earlier_here and (every or den.start - tgt.end <= _NEAR_CHARS)
            about_denier = _accuses(lk, t, side, side_names) and (context >= 0.05 or near)
            # "Hours after the Front accepted responsibility, the ministry surprised many by rejecting the claim": a
            # claim of responsibility told right before is the claim rejected, though it accuses no one
            claimed = near and tgt.stance == "responsibility"
            if owned or accused or (earlier_here and (about_denier or claimed)):
                closeness = -(den.start - tgt.end) if earlier_here else 0
                # a denial answers what its own article reported before it, before other articles
                here = tgt.article == den.article
                meaning = lk.exact_sim(d, t)[0] if owned else 0.0  # which of the owner's claims
                # of the owner's claims, one that points at the denier's side is what was denied ("denied X's
                # claims": X's "the orders came from <the denier's capital>", not X's "we will respond")
                pointed = owned and (accused or _accuses(lk, t, side, side_names))
                # of the owner's claims, one about the act at hand before its claim of another ("the Front had also
                # claimed the train blast on Tuesday. The ministry rejected the Front's claims": those of the market)
                current = owned and not lk.other_act(t)
                # across articles, the accusation its accuser's side told most widely (in most articles) first
                reach = 0 if earlier_here else len(retold.articles(t))
                scored.append(_Candidate(owned and here, owned, current, pointed, accused and earlier_here,
                                         earlier_here, accused, reach, closeness, context + meaning, context, t))
        if scored:
            best = max(scored)
            here, owned, accused, context, t = best.owned_here, best.owned, best.accused, best.context, best.claim
            reason = ("denies the claims of their speaker" if owned else
                      "denies an accusation against the denier" if accused else "denies the preceding claim")
            lk.add("denies", d, t, context, f"{reason} (context similarity {context:.2f})")
            if here:  # the owner's claim told beside the denial, and the one it words elsewhere
                _deny_the_owners_words(lk, d, [x.claim for x in scored if x.owned and not x.owned_here])
                # "Y refuted a Courier report ... The Courier reported that A ... it said that B": the article tells
                # what the denied report said, each of its owner's allegations there is denied
                for x in scored:
                    if x.owned_here and x.claim != t and lk.claims[x.claim].stance == "allegation":
                        lk.add("denies", d, x.claim, x.context, f"denies the claims of their speaker told in its "
                                                                f"article (context similarity {x.context:.2f})")
                # "Y dismissed X's claim that P ... X's foreign ministry said P'": the owner's statement of P in the
                # article is what was denied too, not only the claim noun's clause
                _deny_the_owners_words(lk, d, [x.claim for x in scored if x.owned_here and x.claim != t
                                               and not lk.claims[x.claim].negated
                                               and lk.claims[x.claim].stance in ("statement", "confirmation")],
                                       here=True)
            elif lk.feats[d].guilt:
                # a plea or a denial of guilt answers every charge against its speaker that its article tells
                for x in scored:
                    if x.claim != t and x.accused and lk.claims[x.claim].article == den.article:
                        lk.add("denies", d, x.claim, x.context, "a denial of guilt answers each charge against its "
                                                                "speaker in its article")
            elif not owned and lk.claims[t].article == den.article:
                # "rejected the charge" after a country's accusation and its minister's: one charge, both voices
                for x in scored:
                    o = x.claim
                    near = x.earlier_here and (every or x.context >= 0.05
                                               or den.start - lk.claims[o].end <= _NEAR_CHARS)
                    one_side = lk.allies(o) & lk.allies(t) or lk.side_names(o) & lk.side_names(t)
                    if o != t and near and not lk.claims[o].negated and one_side \
                            and _accuses(lk, o, side, side_names):
                        lk.add("denies", d, o, x.context, "denies the same side's accusation in its article")


class _Candidate(NamedTuple):
    """A claim a denial of someone's claims may answer, its fields in order of preference (compared as a tuple)."""

    owned_here: bool  # a claim of the named owner in the denial's own article
    owned: bool  # a claim of the named owner
    current: bool  # the owner's claim about the act at hand, not its claim of another act
    pointed: bool  # the owner's claim pointing at the denier's side
    accused_earlier_here: bool
    earlier_here: bool  # told before the denial in its article
    accused: bool  # an accusation against the denier
    reach: int  # in how many articles its speaker's side tells it (supports links), for a claim of another article
    closeness: int  # minus the characters between it and the denial, in its article
    score: float  # the similarity of the denial's sentence and, for the owner's claims, of the contents
    context: float  # the similarity of the denial's sentence
    claim: int


class _Retold:
    """The articles in which a claim's side tells it: its own and those of the claims of that side that ``supports``
    links tie to it (as found so far), so that of an accuser's claims the most widely told is the one answered."""

    def __init__(self, lk: Linker) -> None:
        self.lk = lk
        self.partners: dict[int, set[int]] = defaultdict(set)
        for link in lk.links.values():
            if link.type == "supports":
                i, j = lk.index[link.from_], lk.index[link.to]
                self.partners[i].add(j)
                self.partners[j].add(i)

    def articles(self, t: int) -> set[str]:
        lk = self.lk
        tgt = lk.claims[t]
        return {tgt.article} | {lk.claims[s].article for s in self.partners.get(t, ())
                                if same_speaker(tgt, lk.claims[s]) or lk.allies(t) & lk.allies(s)}


def _charges(lk: Linker, d: int, t: int, side: frozenset[str], side_names: frozenset[str]) -> bool:
    """Is ``t`` another side's charge, told within days of denial ``d``, that the denier's side did something (a
    party's statement or a claim whose cue names no accusing, opening with that side as the doer: "the foreign
    ministry said Norvik has attacked military sites")? A denial of "accusations of aggression" answers it."""
    if lk.allies(t) & lk.allies(d) or days_apart(lk, d, t) > _CHARGE_DAYS or not _generic(lk, d, side_names):
        return False
    return (_charged_by_party(lk, t) or _alleged_of_other(lk, t)) and _doers_among(lk, t, side) \
        and not clears(lk.claims[t], side_names)


#: how many content words a generic denial has beyond its claim noun, dismissive words and names ("accusations of
#: aggression", "the baseless allegations made by Valdor")
_GENERIC_WORDS = 2


def _generic(lk: Linker, d: int, side_names: frozenset[str]) -> bool:
    """Does denial ``d`` name the claims it rejects without saying what they say ("rejected the allegations",
    "denying accusations of aggression"), not "denied reports that its envoy met the rebels"?"""
    content = lk.claims[d].content
    if claim_clause(content) is not None or re.search(r"\bthat\b", content, re.I):
        return False
    names = {stem(w) for n in side_names for w in n.split()}
    words = {w for w in lk.feats[d].words - _CLAIM_NOUN_STEMS - names if w not in _DISMISSIVE_STEMS}
    return len(words - {stem(w) for w in _names_of_content(lk, d)}) <= _GENERIC_WORDS


def _names_of_content(lk: Linker, d: int) -> set[str]:
    """The words of the names a claim's content holds (its owner's: "made by Valdor")."""
    c = lk.claims[d]
    if c.content_start is None or c.content_end is None:
        return set()
    return {w for m in lk.mentions_in(c.article, c.content_start, c.content_end) for w in WORD.findall(m.text.lower())}


_DISMISSIVE_STEMS = frozenset(stem(w) for w in DISMISSIVE)


#: "rejected all accusations", "denied the charges": every accusation of that side the article told
_EVERY = re.compile(rf"\b(?:all|every|any)\b|\b(?:{'|'.join(sorted(CLAIM_NOUNS))})s\b", re.I)


def deny_what_this_is(lk: Linker) -> None:
    """"Journalists said they had been ordered out. The minister denied this was linked to politics":
    a denial whose content opens with "this" (or is only "it", "this", "that") answers the claim right
    before it in its article, of another side."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for t, c in enumerate(lk.claims):
        if c.polarity == "assert" and not c.negated:
            by_article[c.article].append(t)
    for d, den in enumerate(lk.claims):
        if den.polarity != "deny" or lk.feats[d].claim_noun_owner or not _ANAPHORIC.match(den.content.strip()):
            continue
        # the claim told last before it, in an earlier sentence or its own ("police blamed the group,
        # which has denied it": the blame holds the denial)
        before = [t for t in by_article.get(den.article, ()) if lk.claims[t].start < den.start
                  and den.start - lk.claims[t].end <= _NEAR_CHARS and not same_speaker(den, lk.claims[t])
                  and not lk.allies(t) & lk.allies(d)]
        if not before:
            continue
        t = max(before, key=lambda k: lk.claims[k].start)
        text = lk.ctx.articles[den.article].text if den.article in lk.ctx.articles else ""
        if _ACCUSED_BETWEEN.search(text[lk.claims[t].end:den.start]):
            continue  # "police have blamed the group, which has denied it": the blame told between
        lk.add("denies", d, t, 0.5, "denies what the claim right before it says (\"denied this\")")


def deny_own_figures(lk: Linker) -> None:
    """"The society said it never released the high death tolls": a speaker's retraction of its own
    figures denies its earlier claims (in other articles, published before it or the same day) that give a
    figure, of the same count when the retraction names one (a death toll: the killed)."""
    for d, den in enumerate(lk.claims):
        content = den.content.lower()
        if not (den.polarity == "deny" and den.negated and den.speaker and _SELF_RETRACTS.match(content)
                and _FIGURE_NOUNS.search(content)):
            continue
        kind = "killed" if _DEATH.search(content) else None
        for t, tgt in enumerate(lk.claims):
            if tgt.speaker != den.speaker or tgt.article == den.article or tgt.polarity != "assert" \
                    or lk.after(t, d):
                continue
            if any(kind is None or a.key.endswith(kind) for a in lk.feats[t].amounts):
                lk.add("denies", d, t, 0.5, "its speaker retracts its own figure")


#: a content in which the speaker says it never gave something ("it never released", "we did not publish")
_SELF_RETRACTS = re.compile(r"^(?:that\s+)?(?:it|we|i|they)\s+(?:has\s+|have\s+|had\s+)?(?:never|not|did\s+not|"
                            r"didn['’]t|has\s+not|have\s+not|had\s+not)\s+(?:\w+ly\s+)?(?:release|publish|issue|"
                            r"give|gave|announce|report|put\s+out|provide|circulate|share)")
_FIGURE_NOUNS = re.compile(r"\b(?:figures?|tolls?|tally|tallies|numbers?|counts?|estimates?|statistics|data)\b")
_DEATH = re.compile(r"\b(?:deaths?|death\s+toll|dead|killed|fatalit\w*|toll)\b")
#: cue stems of an accusation ("accused", "blames", "charged", "alleged", "implicated")
_ACCUSING = ("accus", "blam", "charg", "alleg", "implicat")
#: an accusation told between a claim and a denial that points back (then "it" is the accusation): a cue of one, or
#: a "claim" of it
_ACCUSED_BETWEEN = re.compile(rf"\b(?:{'|'.join(_ACCUSING)}|claim)\w*", re.I)
#: a content that points back: "this was linked to ...", a bare "it" ("that" alone: "denied that P" is P)
_ANAPHORIC = re.compile(r"^(?:this\b|(?:it|this|that)$)", re.I)


#: the proposition of a claim noun ("Valdora's accusation that Estmark shelters rebels")
_CLAIM_CLAUSE = re.compile(rf"^\W*(?:\S+\s+){{0,6}}?(?:{'|'.join(sorted(CLAIM_NOUNS))})s?\s+(?:that|of)\s+(.{{12,}})$",
                           re.I | re.S)
#: the predicate a denial hangs on the clause ("... does not withstand any criticism")
_NEGATED_TAIL = re.compile(r"\s+(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would)\s+"
                           r"(?:not|n['’]t|never|no)\b.*$", re.I | re.S)


#: the cosine a denied claim noun's proposition ("denied reports that P") needs with another side's content: the
#: same proposition, told by that side in its own words
DENIED_CLAUSE_COSINE = 0.8
#: a participle clause after the proposition, the denier's own words about it ("..., calling them a
#: fabrication", "..., describing it as a lie")
_OWN_GLOSS = re.compile(r",\s+(?:\w+ly\s+)?\w+ing\b.*$", re.S)


#: stances of a claim that tells what its speaker holds (not a promise, a warning or a denial)
_TOLD_STANCES = frozenset({"statement", "allegation", "confirmation", "belief"})
#: what a denier calls the clause it names, hung at its end ("allegations that P as false")
_CALLED_TAIL = re.compile(rf"\s+as\s+(?:\w+\s+){{0,2}}(?:{'|'.join(sorted(DISMISSIVE))})\W*$", re.I)


#: a that-clause called untrue, its claim noun left outside the content by a quotation that opens inside the
#: sentence ("The claim in the statement “that US forces struck the camp is false,” a spokesman said")
_CLAUSE_CALLED_UNTRUE = re.compile(rf"^\W*that\s+(.{{12,}}?)\s+(?:is|was|are|were)\s+(?:\w+\s+){{0,2}}"
                                   rf"(?:{'|'.join(sorted(DISMISSIVE))})\W*$", re.I | re.S)


def denied_clause(content: str) -> str | None:
    """The proposition of a denial whose object is a claim noun: "reports that Norvik's missiles hit the
    village, calling them a fabrication" -> "Norvik's missiles hit the village"; or of a that-clause called
    untrue ("that US forces struck the camp is false" -> "US forces struck the camp"); None for any other."""
    clause = claim_clause(content)
    if clause is None and (m := _CLAUSE_CALLED_UNTRUE.match(content)):
        return m.group(1)
    return _OWN_GLOSS.sub("", clause) if clause else None


def claim_clause(content: str) -> str | None:
    """The proposition a claim noun carries, without the predicate said of it: "the version that the
    attackers fled toward X does not withstand criticism" -> "the attackers fled toward X"."""
    m = _CLAIM_CLAUSE.search(content)
    return _NEGATED_TAIL.sub("", m.group(1)) if m else None


def deny_figures(lk: Linker) -> None:
    """A denial of a toll ("the Velmar Aid Society denied that the death toll had reached 4,200") answers the claims
    that give that toll: the same count with the same figure (of :data:`TOLL_FIGURE` or more, no count of both
    apart), events not known to be two incidents, about the same thing (exact cosine ≥ :data:`TOLL_COSINE`),
    told in its article or published before it. In its own article each such claim is answered, elsewhere the
    closest of each article. Another side's figure is denied (``denies``); the figure its own side gave before
    it goes back on (``contradicts``, from the denial to the earlier claim)."""
    givers: dict[str, list[int]] = defaultdict(list)  # asserted claims by the tolls they give
    for t, c in enumerate(lk.claims):
        if c.polarity == "assert" and not c.negated and c.stance not in ("promise", "warning"):
            for key in _toll_keys(lk, t):
                givers[key].append(t)
    if not givers:
        return
    for d, den in enumerate(lk.claims):
        if den.polarity != "deny" or den.negated or den.involvement or lk.feats[d].claim_noun_owner:
            continue  # "denied claims by X of carrying out the blast that killed 24": who did it, not how many died
        best: dict[str, tuple[float, int]] = {}
        for t in sorted({t for key in _toll_keys(lk, d) for t in givers.get(key, ())}):
            tgt = lk.claims[t]
            here = tgt.article == den.article
            if (not here and lk.after(t, d)) or nested(den, tgt) or (here and _REJECTING.search(tgt.content)):
                continue
            if den.event and tgt.event and events_differ(lk, den.event, tgt.event):
                continue
            if figures_apart(lk.feats[d], lk.feats[t]) or not shared_tolls(lk.feats[d], lk.feats[t], TOLL_FIGURE):
                continue
            cos = lk.exact_sim(d, t)[0]
            if cos < TOLL_COSINE:
                continue
            if here:
                _deny_figure(lk, d, t, cos)
            elif cos > best.get(tgt.article, (-1.0, 0))[0]:
                best[tgt.article] = (cos, t)
        for cos, t in best.values():
            _deny_figure(lk, d, t, cos)


def _deny_figure(lk: Linker, d: int, t: int, cos: float) -> None:
    """Link a denial of a toll to a claim giving it: ``denies`` another side's, ``contradicts`` its own side's."""
    den, tgt = lk.claims[d], lk.claims[t]
    if same_speaker(den, tgt) or lk.allies(d) & lk.allies(t):
        if tgt.article != den.article or tgt.start < den.start:  # what its side had given before
            lk.add("contradicts", d, t, cos, f"a side denies the toll it had given (cosine {cos:.2f})")
        return
    lk.add("denies", d, t, cos, f"a denial of the toll the claim gives (cosine {cos:.2f})")


def _toll_keys(lk: Linker, k: int) -> set[str]:
    """What the tolls of a claim count ("killed"; :func:`shared_tolls` compares the figures)."""
    return {x.key for x in toll_amounts(lk.feats[k], TOLL_FIGURE)}


def _deny_the_owners_words(lk: Linker, d: int, elsewhere: list[int], here: bool = False) -> None:
    """"Y rejected X's accusation that P": besides the claim of X its own article tells, the claim of X
    elsewhere that says P: for each speaker of X's side, its claim closest in meaning, if close
    (:data:`OWNERS_WORDS`). ``here``: the owner's statements in the denial's own article, one per speaker."""
    clause = claim_clause(lk.claims[d].content)
    if clause is None or not elsewhere:
        return  # "rejected X's claims": no words to find the claim by
    words = frozenset(stem(w) for w in WORD.findall(clause.lower()) if w not in STOP)
    best: dict[str, tuple[tuple[float, float], int]] = {}
    for cos, t in zip(lk.text_sims(clause, elsewhere), elsewhere, strict=True):
        sim, speaker = (cos, jaccard(words, lk.feats[t].words)), lk.claims[t].speaker or str(t)
        if reaches(sim, OWNERS_WORDS) and sim > best.get(speaker, ((-1.0, 0.0), t))[0]:
            best[speaker] = (sim, t)
    for sim, t in best.values():  # each voice of the owner ("Valdora accused ...", its minister said ...)
        lk.add("denies", d, t, sim[0], f"denies the claim of their speaker it words{' in its article' if here else ''}"
                                       f" ({describe(sim)})")


class _AssertIndex:
    """Asserted claims (not promises or warnings) by speaker (and its side), target and article.

    A denial of "X's claims" can only be about a claim of X, an allegation against the
    denier or an earlier claim of its own article: looking those up keeps the search
    linear in the corpus instead of comparing every denial with every claim.
    """

    def __init__(self, lk: Linker) -> None:
        claims, self.lk = lk.claims, lk
        self.by_speaker: dict[str, list[int]] = defaultdict(list)  # by the speaker and whom it speaks for
        self.by_target: dict[str, list[int]] = defaultdict(list)
        self.by_article: dict[str, list[int]] = defaultdict(list)
        self.unresolved: list[tuple[int, str]] = []  # (claim, speaker text) without a speaker entity
        for t, c in enumerate(claims):
            if c.polarity != "assert" or c.stance in ("promise", "warning"):
                continue
            if c.speaker:
                for party in lk.allies(t) | {c.speaker}:
                    self.by_speaker[party].append(t)
            else:
                self.unresolved.append((t, (c.speaker_text or "").lower()))
            for target in set(c.targets):
                self.by_target[target].append(t)
            self.by_article[c.article].append(t)

    def about(self, den: Claim, side: frozenset[str], owners: set[str]) -> set[int]:
        """Every claim for which :func:`_about` can hold (a superset; it still decides)."""
        out = {t for o in owners for t in self.by_speaker.get(o, ())}
        out.update(t for t, text in self.unresolved if _names_speaker(self.lk, owners, text))
        for party in side:
            out.update(self.by_target.get(party, ()))
        out.update(self.by_article.get(den.article, ()))
        return out


def _about(lk: Linker, d: int, t: int, side: frozenset[str], side_names: frozenset[str]) -> tuple[bool, bool, bool]:
    """(the denial names the target's speaker or whom it speaks for, the target accuses the denier's
    side -- an allegation, or a statement voicing one: "there are credible allegations that agents of X ..." --,
    the target is earlier in the denial's article)."""
    den, tgt = lk.claims[d], lk.claims[t]
    owners = lk.owners(d)
    speaker_text = (tgt.speaker_text or "").lower()
    owned = bool(lk.allies(t) & owners) if tgt.speaker else _names_speaker(lk, owners, speaker_text)
    accused = (tgt.stance == "allegation" or _accusation(tgt)) and _accuses(lk, t, side, side_names)
    return owned, accused, tgt.article == den.article and tgt.end <= den.start


def _names_speaker(lk: Linker, owners: set[str], speaker_text: str) -> bool:
    """Does an unresolved speaker's phrase name one of the owners of denied claims, by a name of the owner's entity
    ("Valdoran officials" for the owner of "Valdoran allegations"; the owners are entity ids, or a mention's text)?"""
    words = set(WORD.findall(speaker_text.lower()))
    return any(n in words or (" " in n and names_in(n, speaker_text))
               for o in owners for n in {o.lower(), *(x.lower() for x in lk.names(o))} if len(n) >= 3)


def _sentence_sim(lk: Linker, den: Claim, t: int) -> float:
    """Similarity of the denial's sentence (beyond "X's claims") with a candidate's content."""
    return jaccard(_sentence_words(lk, den), lk.feats[t].words)


def _sentence_words(lk: Linker, den: Claim) -> frozenset[str]:
    """The stemmed content words of the sentence holding a claim."""
    return frozenset(stem(w) for w in WORD.findall(_sentence_text(lk, den).lower()) if w not in STOP)


def _sentence_text(lk: Linker, den: Claim) -> str:
    """The sentence holding a claim (its own span when the analysis has no sentences)."""
    analysis = lk.ctx.analyses.get(den.article)
    if den.article not in lk.ctx.articles:
        return den.content
    span = (den.start, den.end)
    for s, e in analysis.sentences if analysis else ():
        if s <= den.start < e:
            span = (s, e)
    return lk.ctx.articles[den.article].text[span[0]:span[1]]


def deny_accusations(lk: Linker) -> None:
    """A denial by the accused answers the accusation against it.

    A denial, or a negated statement, whose side (the speaker, the groups it speaks for, the
    subject its content opens with: "Estmark has never ...") is a target of an earlier allegation
    about the same matter denies it: :data:`ANSWERS` is a lower bar than a paraphrase's, as a
    denial rarely repeats the accusation's words. In the denial's own article a plain statement
    naming its side counts too, at :data:`TOLD_ANSWERS`. In each article the most similar
    accusation is the one answered. A negated statement so linked becomes a denial.
    """
    # accusations by the entities they target and by their content words (a name the NER missed is
    # a word of the content): a denial only looks at those that can be about its side
    by_target: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    told: dict[str, list[int]] = defaultdict(list)  # statements naming someone, by article
    accusing = {t for t, c in enumerate(lk.claims) if _accusation(c)}
    # what an allegation without an accusing verb ("X claimed that Y's drones crossed ...") or a party's statement
    # ("the Tolvarian army says Brannic soldiers backed the rebels") says another state or group did: a charge, the
    # statement at the bar of an account (:data:`TOLD_ANSWERS`); answered elsewhere only within days (the answer to
    # a charge of other days is about something else: "since the ceasefire began there were no clashes")
    alleged = {t for t in range(len(lk.claims)) if t not in accusing and _alleged_of_other(lk, t)}
    accusing |= alleged
    charged = {t for t, c in enumerate(lk.claims) if t not in accusing and _charged_by_party(lk, t)}
    for t, c in enumerate(lk.claims):
        if t in accusing or t in charged:
            for key in set(c.targets):
                by_target[key].append(t)
            for word in lk.feats[t].words | {stem(c) for c in _countries_named(c.content)}:
                by_word[word].append(t)
        elif c.polarity == "assert" and not c.negated and c.stance == "statement" and c.targets:
            told[c.article].append(t)
    for d, den in enumerate(lk.claims):
        if not (den.polarity == "deny" or den.negated) or lk.feats[d].claim_noun_owner:
            continue
        if den.stance in ("promise", "warning", "belief") or (den.polarity != "deny"
                                                              and NEGATED_REQUEST.match(den.content)):
            continue  # "assured that the country does not intend harm" reassures, "urged X not to" asks: neither
            # answers anyone
        # a negated content clears its subject ("Estmark has never given shelter"), whoever says it;
        # a denial's content is the accusation itself, so its subject is not the denier's side
        # the subject of a spokesperson's negation is the side it speaks for ("Estmark has never given
        # shelter", ministry spokesman X said); anyone else's negation about a party may as well attack
        # it ("Clinton was not truthful", the FBI director said)
        subject = _opening_subject(lk, d) if den.negated and _spokesperson(den) else set()
        parties = lk.side(d) | subject | _borrowed_side(lk, d)
        names = lk.side_names(d) | frozenset(n.lower() for p in parties for n in lk.names(p) if len(n) > 3)
        # a common noun inside a misread name ("Allegations of Government of X") still anchors the matter
        name_stems = {stem(w) for n in names for w in n.split()} - _CLAIM_NOUN_STEMS
        subject_names = frozenset(n.lower() for p in subject for n in lk.names(p) if len(n) > 3)
        best: dict[tuple[str, bool | str, str], tuple[tuple[bool, float], int]] = {}
        # the negation holds the denier's own side ("there was no Norlandi fire that hit the clinic", a Norland
        # spokesman said): it clears that side of what the accusation says, whatever words each uses
        own_negated = den.negated and _negates_own(den.content, names)
        candidates = {t for p in parties for t in by_target.get(p, ())}
        candidates |= {t for n in names for t in by_word.get(stem(n.split()[-1]), ())}
        # in the denial's own article, a statement about the denier is what it answers ("X said the
        # attackers had come from Estmark"; "No one crossed from Estmark," Estmark's spokesman said)
        if den.polarity == "deny" or _spokesperson(den, lk):  # a denial, or a spokesperson's negation
            candidates |= set(told.get(den.article, ()))
        if den.involvement:  # which incident is deny_involvement's call; here only the article's own account
            candidates = {t for t in candidates if lk.claims[t].article == den.article}
        for t in sorted(candidates):
            tgt = lk.claims[t]
            # in one article the accusation may be told after the denial that answers it (news puts the
            # answer first); across articles the answer is not older than the accusation
            later = lk.after(t, d) and tgt.article != den.article
            if t == d or later or same_speaker(den, tgt) or nested(den, tgt) or lk.allies(t) & lk.allies(d):
                continue  # one's own side's accusation is not answered by a denial
            own = {n for p in lk.allies(t) for n in lk.names(p)}
            if subject and own & (subject_names | {n.lower() for n in subject}):
                continue  # nor is the accused's own account ("Estmark has never ...", Estmark's minister said)
            if not _accuses(lk, t, parties, names) or clears(tgt, names):
                continue  # "the Front bears sole responsibility and there was no Norlandi involvement" agrees
            s = lk.exact_sim(d, t)
            words = lk.feats[d].words
            if len(words) < PROPOSITION_WORDS:  # "... are “absurd and malicious”": its sentence says what
                # (its meaning too, unless the content is a bare pronoun: "denied it", "which it denies")
                cos = lk.text_sims(_sentence_text(lk, den), [t])[0] if words else 0.0
                words = _sentence_words(lk, den)
                s = (cos, jaccard(words, lk.feats[t].words))
            # the same matter: a word in common beyond the names ("shelter" / "sheltering"), or the accused
            # named as the subject of the negation ("Estmark is not a base for ..."); else a closer
            # cosine: an accused party says many things that answer nothing
            # the two sides' names are no anchor: they are in everything one says of the other ("Chilean")
            accuser = {stem(w) for n in lk.side_names(t) for w in n.split()}
            shared = {w for w in (words & lk.feats[t].words) - name_stems - accuser if not _no_anchor(w)}
            anchored = bool(shared) or (
                bool(subject) and _accuses(lk, t, frozenset(subject), subject_names)) or own_negated
            accusation, charge = t in accusing, t in charged
            if not (accusation or charge) and not lk.allies(t) - {tgt.speaker}:
                continue  # a statement counts from a party's side: an official of a state or group, not
                # "officials in both capitals", a company or a newspaper on its own
            if charge and not _doers_among(lk, t, parties):
                continue  # a charge is answered by the party it says did it, not by any party it names
            if (charge or t in alleged) and tgt.article != den.article and days_apart(lk, d, t) > _CHARGE_DAYS:
                continue
            if not (accusation or charge) and _done_by_others(lk, t, parties):
                continue  # an account whose act has another doer ("an attack on Lesk by Norland") names the
                # denier's side as the target, not as the one who did it
            bar = (ANSWERS if anchored else ANSWERS_UNANCHORED) if accusation else TOLD_ANSWERS
            if charge or t in alleged:  # no accusing verb says it is an accusation: the answer must be closer
                bar = CHARGE_ANSWERS if anchored or charge else ANSWERS_UNANCHORED
            rank = (accusation or charge, max(s))  # an accusation of the article first, then the closest
            # in its own article a denial answers the accusation and the account of it both ("X accused
            # Norland of involvement"; "a window was prepared on the Norlandi side", X said)
            # a party's charge told beside an accusation of its article is answered too ("the UN has accused X of ...";
            # "the army says X's soldiers backed the rebels")
            # and in its own article each accuser is answered ("the Valdoran army accused Karvoshi forces of ...";
            # its spokesman "claimed that Karvoshi troops shelled the posts")
            slot: tuple[str, bool | str, str] = (tgt.article, "charge" if charge else accusation,
                                                 tgt.speaker or "" if accusation or charge else "") \
                if tgt.article == den.article else (tgt.article, True, "")
            if reaches(s, bar) and rank > best.get(slot, ((False, -1.0), 0))[0]:
                best[slot] = (rank, t)
        if any(key[0] == den.article and key[1] is True for key in best):
            for slot in [k for k in best if k[0] == den.article and k[1] is False and best[k][0][1] < _TOLD_BESIDE]:
                del best[slot]  # beside the article's accusation, an account must be closer
        for (_, score), t in best.values():
            if den.polarity != "deny":
                lk.rebuttals.add(d)
            lk.add("denies", d, t, score, f"{_ACCUSED_ANSWERS} ({describe(lk.exact_sim(d, t))})")
        _answer_the_accusers_words(lk, d, [t for _, t in best.values() if lk.claims[t].article == den.article
                                           and (t in accusing or t in charged)])


def _answer_the_accusers_words(lk: Linker, d: int, answered: list[int]) -> None:
    """In its own article a denial that answers an accusation answers the accuser's other words on that matter too
    (the army "accused Karvoshi forces of breaking the truce"; its spokesman "claimed that Karvoshi troops
    carried out attacks" and said "This is a deliberate breach of the agreement"): asserted, not negated, no promise or
    warning, by the accuser's side, close to the accusation answered (:data:`_SAME_MATTER`) and not far from the
    denial (:data:`ANSWERS` with a word in common beyond names and figures, else :data:`TOLD_ANSWERS`)."""
    den = lk.claims[d]
    for t in answered:
        side = lk.allies(t)
        for o, other in in_article(lk, den.article):
            if o in (d, t) or other.polarity != "assert" or other.negated or other.stance in ("promise", "warning") \
                    or not lk.allies(o) & side or lk.allies(o) & lk.allies(d) or nested(den, other):
                continue
            if _RELATIVE.match(other.content):
                continue  # "a mine, which Valdoran officials claim was ...": an aside on a noun of the narration
            # a word in common with the denial beyond names and figures ("agreement", "drones"), or a closer meaning
            names = {stem(w) for n in lk.side_names(d) | lk.side_names(o) for w in n.split()}
            shared = {w for w in lk.feats[d].words & lk.feats[o].words - names if not (_no_anchor(w) or w.isdigit())}
            bar = ANSWERS if shared else TOLD_ANSWERS
            if lk.exact_sim(t, o)[0] >= _SAME_MATTER and reaches(lk.exact_sim(d, o), bar):
                lk.add("denies", d, o, lk.exact_sim(d, o)[0], f"{_ACCUSED_ANSWERS}: the accuser's words on the matter "
                                                               f"in its article ({describe(lk.exact_sim(d, o))})")


#: a content told in a relative clause ("which Valdoran officials claim was ...")
_RELATIVE = re.compile(r"(?:which|who|whom|whose)\b", re.I)
#: the cosine an accuser's other claim needs with the accusation a denial answers to be on the same matter
_SAME_MATTER = 0.45
#: how many days apart another article's charge may be told and still be what a denial answers
_CHARGE_DAYS = 2
#: the reason of a link :func:`deny_accusations` finds
_ACCUSED_ANSWERS = "the accused answers the accusation"


def _done_by_others(lk: Linker, t: int, parties: frozenset[str]) -> bool:
    """Do the acts of a statement have named doers, none of them of these parties (a state with its kin)?"""
    doers = actors_of(lk, lk.claims[t])
    kin = parties | {k for p in parties for k in lk.state.get(p, ())}
    return bool(doers) and not doers & kin


def _negates_own(content: str, names: frozenset[str]) -> bool:
    """Does a "no ..." phrase of the content hold one of these names within its first words ("no Norlandi
    involvement", "no NDF (Norland Defence Forces) fire")?"""
    return any(re.search(rf"\bno\s+(?:\S+\s+){{0,2}}?\W*{re.escape(n)}\b", content, re.I) for n in names)


def _borrowed_side(lk: Linker, d: int) -> frozenset[str]:
    """A body that names no state ("the Foreign Office said ...") speaking right after its
    state's denial ("Velmora rejected the allegations ...") speaks for that state: the side of the closest
    denial before it in its article (within :data:`_NEAR_CHARS`), when that side is a state's."""
    if any(p in lk.state for p in lk.side(d)):
        return frozenset()
    den = lk.claims[d]
    if not _state_body_phrase(den.speaker_text or ""):
        return frozenset()  # "a spokesman for the UN refugee agency", "local officials": no body of a state
    before = [k for k in lk.denials_in(den.article)
              if lk.claims[k].end <= den.start and den.start - lk.claims[k].end <= _NEAR_CHARS
              and any(p in lk.state for p in lk.side(k))]
    if not before:
        return frozenset()
    return lk.side(max(before, key=lambda k: lk.claims[k].end))


def _state_body_phrase(text: str) -> bool:
    """Is a speaker phrase a definite body of the kind a state speaks through ("the Foreign Office", "the
    ministry's spokesman"), not an indefinite voice or a named body of its own ("a spokesman for the UN refugee
    agency", "local officials")?"""
    words = re.findall(r"[\w'’]+", text.lower())
    return bool(words) and words[0] == "the" and any(w in INSTITUTION_HEADS or w.rstrip("'’s") in INSTITUTION_HEADS
                                                    for w in words)


_CLAIM_NOUN_STEMS = frozenset(stem(w) for n in CLAIM_NOUNS for w in (n, n + "s"))
#: the cosine an account of the denier's side needs when the article's accusation is answered already
_TOLD_BESIDE = 0.48
#: words every exchange between two states shares (stems)
_STATE_WORDS = frozenset(stem(w) for w in ("country", "countries", "government", "state", "nation", "national"))


def _no_anchor(word: str) -> bool:
    """A shared word that says nothing of the matter: a country's name or people, a word for a state."""
    return word in _STATE_WORDS or any(country_of(w) is not None for w in (word, word + "e"))  # stems: "chil"


#: a statement that voices an accusation in its content ("there are serious allegations that agents of X ...")
_VOICED = re.compile(r"\b(?:allegations?|accusations?|accused|blamed?|implicated|culpable|complicit)\b", re.I)


def _accusation(c: Claim) -> bool:
    """An asserted allegation that accuses someone (not "officials claimed the talks went well"), or a
    statement whose content voices one ("said there are serious allegations that agents of X ...")."""
    if c.polarity != "assert" or c.negated:
        return False
    if c.stance == "statement":  # not "such unsubstantiated allegations seek to ...": that rejects them
        dismissed = set(WORD.findall(c.content.lower())) & DISMISSIVE
        return bool(c.targets) and bool(_VOICED.search(c.content)) and not dismissed
    if c.stance != "allegation":
        return False
    cue = stem((c.cue or "").split()[-1].lower()) if c.cue else ""
    return c.involvement or cue.startswith(_ACCUSING)


def _alleged_of_other(lk: Linker, t: int) -> bool:
    """An allegation whose cue names no accusing ("Tolvaria claimed that Brannock violated its airspace", "X contends
    that Y's forces crossed the border") accuses the party its content opens with, when that party is of another
    side than the speaker's: what it says that party did is what the party answers. Not "officials claimed the talks
    went well" (no party opens it), nor "X claimed that its forces ..." (the speaker's own side)."""
    c = lk.claims[t]
    if c.stance != "allegation" or c.polarity != "assert" or c.negated or c.content_start is None \
            or c.content_end is None:
        return False
    doers = opening_doer(lk, c)
    return bool(doers) and not doers & lk.allies(t) and not _named_by_speaker(lk, c, doers)


def _named_by_speaker(lk: Linker, c: Claim, parties: set[str]) -> bool:
    """Does the speaker's phrase name one of the parties ("Vesh campaign spokesman Aldo Renn" on Vesh's plan):
    its own side, whatever the entities' sides say?"""
    phrase = c.speaker_text or ""
    return any(names_in(n, phrase) for p in parties for n in lk.names(p) | {p} if len(n) > 3)


#: the kinds of party a charge names as the doer (a state, a people, a group), not a person: in election coverage the
#: same few people are said to do everything, and say "not" often
_CHARGED_TYPES = frozenset(("GPE", "ORG", "NORP"))


def _charged_by_party(lk: Linker, t: int) -> bool:
    """A statement by a party's voice (a state's or group's body, or its official) whose content opens with
    another state or group as the doer ("the Tolvarian army says Brannic soldiers backed the rebels", a spokesperson:
    "Brannic drones entered the airspace")."""
    c = lk.claims[t]
    if c.stance != "statement" or c.polarity != "assert" or c.negated or c.content_start is None \
            or c.content_end is None or not c.targets:
        return False
    # the party itself (its body, its army), or a voice known to speak for one: a spokesman whose side is not known
    # may be telling what his own side did ("Estmark had offered to let inspectors in", its spokesman said)
    if lk.entity_type(c.speaker) not in _CHARGED_TYPES and not lk.allies(t) - {c.speaker}:
        return False
    doers = opening_doer(lk, c)
    if not doers or doers & lk.allies(t) or not all(lk.entity_type(p) in _CHARGED_TYPES for p in doers) \
            or _named_by_speaker(lk, c, doers):
        return False
    if not _one_party(lk, doers):
        return False  # "Valdora and Karvosh have agreed to a truce": a joint act charges no one
    rest = c.content[noun_phrase_length(c.content):].lstrip()
    if not rest[:1].isalpha():
        return False  # no verb after it: a dateline ("ORVANI — Valdora and Karvosh have agreed ...") or a fragment
    if _PLANNED.match(rest):
        return False  # "<airline> will operate the new jets on its routes": a plan told, no deed charged
    # "a newspaper said Norvik rejects any attempt to ...": what the party says is told, not what it did
    return not _speech_after(rest)


#: a verb that tells what a party will or may do, not what it did ("will operate", "would buy", "plans to")
_PLANNED = re.compile(r"(?:will|would|could|may|might|shall|plans?|intends?|(?:is|are)\s+(?:to|expected|set|due))\b",
                      re.I)
#: auxiliaries and adverbs between a subject and its verb ("has also", "had repeatedly")
_BEFORE_VERB = frozenset(("has", "have", "had", "is", "was", "are", "were", "will", "would", "also", "again", "not",
                          "never", "already", "repeatedly", "previously", "earlier", "then", "now"))
#: past forms of speaking verbs whose lemma is not their stem
_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write", "spoke": "speak"}


def _one_party(lk: Linker, parties: set[str]) -> bool:
    """Are these parties one side: one state with its kin (a country, its people, its army)?"""
    first = next(iter(parties))
    kin = {first} | set(lk.state.get(first, ()))
    return parties <= kin


def _speech_after(rest: str) -> bool:
    """Is the verb a content goes on with, after its opening subject, a verb of saying (a cue: "rejects",
    "has denied", "said")?"""
    for word in WORD.findall(rest.lower())[:4]:
        if word in _BEFORE_VERB or word.endswith("ly"):
            continue
        forms = {word, _IRREGULAR.get(word, word), word[:-1], word[:-2], word[:-3], word[:-3] + "y"}
        return any(cue_for(f) is not None for f in forms if len(f) > 2)
    return False


def _doers_among(lk: Linker, t: int, parties: frozenset[str]) -> bool:
    """Is the doer a claim's content opens with one of these parties (a state with its kin)?"""
    kin = parties | {k for p in parties for k in lk.state.get(p, ())}
    return bool(opening_doer(lk, lk.claims[t]) & kin)


def _spokesperson(c: Claim, lk: Linker | None = None) -> bool:
    """Is the speaker a spokesperson ("ministry spokesman Sorin Velt", "a spokeswoman for X"), by its
    phrase here or, named shortly ("Velt said"), by the roles its entity holds in the story?"""
    if set(WORD.findall((c.speaker_text or "").lower())) & SPOKES_HEADS:
        return True
    roles = lk.roles.get(c.speaker or "", ()) if lk is not None else ()
    return any(set(WORD.findall(r.title.lower())) & SPOKES_HEADS for r in roles)


def _opening_subject(lk: Linker, d: int) -> set[str]:
    """The entity a content opens with ("[that] Estmark has never ..."): the subject it speaks of."""
    c = lk.claims[d]
    analysis = lk.ctx.analyses.get(c.article)
    if analysis is None or c.content_start is None or c.content_end is None:
        return set()
    text = lk.ctx.articles[c.article].text if c.article in lk.ctx.articles else ""
    for m in lk.mentions_in(c.article, c.content_start, c.content_end):
        lead = c.content[:m.start - c.content_start].strip(" \"“”'‘’").lower()
        # "Trump's campaign manager will not ...": the possessor is not the subject
        if _LEAD.fullmatch(lead) and m.kind != "pronoun" and text[m.end:m.end + 2] not in ("'s", "’s"):
            return {lk.ctx.mention_entity.get((m.article, m.start, m.end)) or m.text}
        break
    # a name the NER missed: the content opens with a capitalized name that is not a sentence's first word
    first = PROPER.match(c.content.lstrip(" \"“”'‘’").removeprefix("that "))
    names = proper_names(first.group()) if first else []
    # capitalized for being a name, not for opening a sentence: the article writes it so mid-sentence too
    if names and re.search(rf"[a-z,]\s+{re.escape(names[0])}\b", text):
        return {names[0]}
    return set()


_LEAD = re.compile(r"(?:that\s*)?(?:the\s*)?")


def _accuses(lk: Linker, t: int, parties: frozenset[str], names: frozenset[str]) -> bool:
    """Does allegation ``t`` target one of the parties, by entity or by name in its content (not the
    accuser's own name: "Valdora blames the group")?"""
    tgt = lk.claims[t]
    if set(tgt.targets) & (parties - lk.allies(t)):
        return True
    own = lk.side_names(t)
    # a state named by its people's word ("agents of the Norlandi government" accuses Norland)
    return any(names_in(n, tgt.content) for n in names - own) or bool(_countries_named(tgt.content) & (names - own))


#: a capitalized word: a people's word may stand for its country ("the Peruvian government")
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _countries_named(content: str) -> set[str]:
    """The countries a content names by a people's word or a capital, lowercased."""
    return {c.lower() for w in set(_CAPITALIZED.findall(content)) if (c := country_of(w)) is not None}


def inherit_denials(lk: Linker) -> None:
    """A denial that gives the reason of another denial by its speaker in the same sentence
    ("rejected the accusation, saying her country is not a safe haven") denies what that one denies."""
    index = lk.index
    denied: dict[int, list[int]] = defaultdict(list)
    own: set[int] = set()  # denials with an answer of their own, not only one found for the accused side
    for link in list(lk.links.values()):
        if link.type == "denies":
            denied[index[link.from_]].append(index[link.to])
            if not (link.reason or "").startswith(_ACCUSED_ANSWERS):
                own.add(index[link.from_])
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for k, c in enumerate(lk.claims):
        if c.polarity == "deny" or k in lk.rebuttals:
            by_sentence[(c.article, _sentence_start(lk, c))].append(k)
    for group in by_sentence.values():
        # a reason that answers an accusation of its own ("not models of our military") still gives the reason of
        # the denial beside it, and denies what that one denies
        for d in (k for k in group if k not in own):
            for other in (k for k in group if k in own and same_speaker(lk.claims[k], lk.claims[d])):
                for t in denied[other]:
                    lk.add("denies", d, t, 1.0, "gives the reason of its speaker's denial in the same sentence")


#: how far after a speaker's denial that answers something its next denial in the same statement may come (characters)
_CONTINUED_CHARS = 1500


def continue_denials(lk: Linker) -> None:
    """A denial that answers nothing, told in an article after its speaker's denial that answers an accusation, with
    only that speaker's words between the two (a statement told paragraph after paragraph: "Allegations of our
    involvement are absurd ... We reject any attempts to connect the government to such developments"), goes on
    with that denial: it denies what that one denies and supports it. Not across another speaker's claim (then the
    later denial may answer that one), nor further than :data:`_CONTINUED_CHARS` on."""
    index = lk.index
    denied: dict[int, list[int]] = defaultdict(list)
    for link in list(lk.links.values()):
        if link.type == "denies":
            denied[index[link.from_]].append(index[link.to])
    by_article: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(lk.claims):
        by_article[c.article].append(k)
    for ks in by_article.values():
        ks.sort(key=lambda k: lk.claims[k].start)
        head: int | None = None  # the speaker's last denial with an answer, while only that speaker speaks
        for k in ks:
            c = lk.claims[k]
            if head is not None and (c.start - lk.claims[head].end > _CONTINUED_CHARS
                                     or not (same_speaker(c, lk.claims[head]) or nested(c, lk.claims[head])
                                             or _twin_of(lk, k, ks, head))):
                head = None
            if not (c.polarity == "deny" or k in lk.rebuttals):
                continue
            if denied.get(k):
                head = k
            elif head is not None and not nested(c, lk.claims[head]):
                for t in denied[head]:
                    lk.add("denies", k, t, 1.0, "goes on with its speaker's denial told before it in its article")
                lk.add("supports", k, head, max(lk.sim(k, head)), "one speaker's denial told on in its statement")


def _twin_of(lk: Linker, k: int, ks: list[int], head: int) -> bool:
    """Is claim ``k`` one attribution read twice, once with the speaker of ``head`` ("We reject ...", it said: one
    claim of "We", one of "it")? The same start as a claim of that speaker."""
    c = lk.claims[k]
    return any(o != k and lk.claims[o].start == c.start and same_speaker(lk.claims[o], lk.claims[head]) for o in ks)


def _sentence_start(lk: Linker, c: Claim) -> int:
    """Where the sentence of a claim's cue starts (-1 when the analysis has no sentences)."""
    if c.article not in lk.sentence_starts:
        analysis = lk.ctx.analyses.get(c.article)
        lk.sentence_starts[c.article] = [s for s, _ in analysis.sentences] if analysis is not None else []
    starts = lk.sentence_starts[c.article]
    i = bisect_left(starts, (c.cue_start or c.start) + 1) - 1
    return starts[i] if i >= 0 else -1


def deny_retold_accusations(lk: Linker) -> None:
    """A denial answers the accusation it denies wherever the accuser's side retells it: the claims a ``supports``
    link ties to a denied accusation (one hop, the links found before this step) are denied too, when they are of
    the accuser's side (its speaker, or one side), asserted and not negated, accuse the denier's side, and are not
    first published after the denial ("We reject the baseless allegations made by X", from a ministry, answers
    X's minister's "Y is behind these attacks" in each outlet that tells it, not only the telling it was tied to)."""
    index = lk.index
    denied: dict[int, list[int]] = defaultdict(list)
    retold: dict[int, set[int]] = defaultdict(set)
    for link in list(lk.links.values()):
        i, j = index[link.from_], index[link.to]
        if link.type == "denies":
            denied[i].append(j)
        elif link.type == "supports":
            retold[i].add(j)
            retold[j].add(i)
    for d, targets in denied.items():
        den = lk.claims[d]
        if not (den.polarity == "deny" or d in lk.rebuttals):
            continue
        side = lk.side(d) | _borrowed_side(lk, d)
        names = lk.side_names(d) | frozenset(n.lower() for p in side for n in lk.names(p) if len(n) > 3)
        for t in targets:
            tgt = lk.claims[t]
            if tgt.polarity != "assert" or tgt.negated or not _accuses(lk, t, side, names):
                continue
            for s in sorted(retold.get(t, ())):
                other = lk.claims[s]
                if s == d or s in targets or other.polarity != "assert" or other.negated \
                        or other.stance in ("promise", "warning") or nested(den, other):
                    continue
                if not (same_speaker(tgt, other) or lk.allies(t) & lk.allies(s)):
                    continue  # the accuser's side telling it again, not another voice agreeing
                if same_speaker(den, other) or lk.allies(s) & lk.allies(d):
                    continue
                if other.article != den.article and lk.after(s, d):
                    continue  # a denial answers what was said before it
                if days_apart(lk, d, s) > max(days_apart(lk, d, t), _CHARGE_DAYS):
                    continue  # nor a telling of other days ("since the ceasefire began there were no clashes")
                if not _accuses(lk, s, side, names) or clears(other, names):
                    continue
                if _OBLIGATION.search(other.content):
                    continue  # "X should pay a high price for its provocation": a demand naming it, not the account
                lk.add("denies", d, s, 0.5, "denies the accusation it answers as the accuser retells it")


#: a modal of obligation: what a content demands, not what it says was done
_OBLIGATION = re.compile(r"\b(?:should|must|ought\s+to|has\s+to|have\s+to)\b", re.I)
