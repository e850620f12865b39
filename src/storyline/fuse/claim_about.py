"""Which incident a claim is about: the act its content tells, else its sentence's act, else its article's lead.

The analysis ties a claim to the first event mention inside its content, whatever it is: often the speech act
itself ("the statement", "announced"), a reaction ("we welcome the deal", "condemns the bombing"), or nothing at
all when the content names no act ("the death toll now stands at 13", "we have never resorted to such methods").
A reader of the story wants the claim under the incident it speaks of. With the fused events known, this step
reads each claim in its article:

1. a claim of who did an act (``involvement``) keeps the act the analysis found for it;
2. the acts its content tells (event mentions of a type that is done, not said; not a death or a movement), the
   shallowest in its sentence (the content's own predicate before an act on its way: "was charged with attempted
   murder" is about the charge), the lead on a tie; a past perfect there is a report's tense, not a recalled act;
   an act the content sets its matter after, before or amid ("a lone wolf upset after his ally won the election")
   is when, not what, it tells: it is read only after the lead (step 5);
3. else the acts of its sentence outside the content ("Condemning the bombing, the minister said ...");
4. else the article's lead incident: the incident its headline or opening sentences tell, the one the article
   tells most often when several or none; when the story knows how widely each event is told, only a lead that is
   an incident of the story: told by two or more of its articles, or by the article's headline and again in its
   body (an untitled article's opening decides alone). A lead one article tells once in passing (a wire's
   "agreed", "meeting", a misread headline word) is no incident the claim is about;
5. else a death or a movement its content tells (or an act it sets its matter after), else what the analysis
   found.

Acts told as not done or to come ("does not strike civilians", "will retaliate") are not what a claim is about,
unless a definite noun names them ("an inquiry into the blast": the blast told before).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from storyline.fuse.events import DEFINITE as EVENT_DEFINITE
from storyline.model import ArticleAnalysis, Claim, EventMention

#: types that are said rather than done: a claim's content that names one (a welcome, a condemnation, an
#: accusation, a threat, a statement) speaks of something else
SAID_TYPES = frozenset({"STATEMENT", "ACCUSE", "DISAPPROVE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})
#: types that tell what became of people or where they went: the side of an incident, seldom its act ("47 were
#: injured in the strike", "tried to cross the border")
SIDE_TYPES = frozenset({"LIFE", "MOVE"})
#: modalities of an event that is no act anyone did ("would not attack", "plans to attack")
NOT_AN_ACT = frozenset({"negated", "hypothetical", "expected", "planned"})
#: determiners of a noun trigger that point to an act already told: "the blast" inside "called for an inquiry to
#: take place into the blast" or "would ground the jets amid concerns over their crashes" is the act, whatever the
#: modality of the clause around it; event fusion's definite determiners less a predicate ("it was not a blast"
#: names no act told before)
DEFINITE = EVENT_DEFINITE - {"pred"}
#: the opening sentences of an article that tell its lead (with its headline)
LEDE_SENTENCES = 2
#: how deep below its sentence's root an opening mention may lie to be what the opening tells ("... killed in an
#: attack on ..." yes; "... officers at the staff meeting of ..." no)
LEDE_DEPTH = 3


class ArticleActs:
    """One article's acts as fused events: what its claims can be about, and its lead incident."""

    def __init__(self, analysis: ArticleAnalysis, event_of: Mapping[str, str], types: Mapping[str, str],
                 sizes: Mapping[str, int], spread: Mapping[str, int] | None = None, titled: bool = False) -> None:
        """``spread``: the number of the story's articles that tell each fused event (None: unknown, every lead
        stands); ``titled``: the article has a headline."""
        self.event_of = event_of
        self.acts: list[EventMention] = [
            m for m in analysis.events
            if m.id in event_of and m.type not in SAID_TYPES and types.get(event_of[m.id]) not in SAID_TYPES
            and (m.modality not in NOT_AN_ACT or m.determiner in DEFINITE)]
        self.sentences = analysis.sentences
        self.lead, in_headline_and_body = self._lead(types, sizes)
        # the lead a claim naming no act falls back to: an incident of the story, not a word one article says once
        one_telling = spread is not None and titled and spread.get(self.lead or "", 1) < 2 and not in_headline_and_body
        self.incident_lead = None if one_telling else self.lead

    def _lead(self, types: Mapping[str, str], sizes: Mapping[str, int]) -> tuple[str | None, bool]:
        """The incident the headline or the opening sentences tell (what they tell, not an act on the way: a
        mention at most ``LEDE_DEPTH`` arcs below its sentence's root), else the one the article tells most often;
        never a recalled act or the side of another. Ties go to the incident told most often in the article, then
        across the story (``sizes``), then to the first told. With it: whether the headline tells it and the body
        tells it again."""
        lede_end = self.sentences[min(LEDE_SENTENCES, len(self.sentences)) - 1][1] if self.sentences else 0
        told: Counter[str] = Counter()
        first: dict[str, tuple[int, int]] = {}
        opening: set[str] = set()
        headline: set[str] = set()
        for m in self.acts:
            ev = self.event_of[m.id]
            if m.background or m.type in SIDE_TYPES or types.get(ev) in SIDE_TYPES:
                continue
            told[ev] += 1
            place = (0 if m.field == "title" else 1, m.start)
            first[ev] = min(first.get(ev, place), place)
            if (m.field == "title" or m.start < lede_end) and (m.depth is None or m.depth <= LEDE_DEPTH):
                opening.add(ev)
                if m.field == "title":
                    headline.add(ev)
        if not told:
            return None, False
        lead = max(sorted(told), key=lambda ev: (ev in opening, ev in headline, told[ev], sizes.get(ev, 0),
                                                 tuple(-x for x in first[ev])))
        return lead, lead in headline and any(self.event_of[m.id] == lead and m.field != "title" for m in self.acts)

    def _choose(self, found: list[EventMention]) -> str | None:
        """What these mentions tell first: the shallowest (nearest the root of its sentence); on a tie the lead
        when it is one, else the first told."""
        if not found:
            return None
        top = min(_depth(m) for m in found)
        events = [self.event_of[m.id] for m in found if _depth(m) == top]
        return self.lead if self.lead in events else events[0]

    def inside(self, start: int, end: int) -> list[EventMention]:
        return [m for m in self.acts if m.field is None and start <= m.start and m.end <= end]

    def sentence_of(self, pos: int) -> tuple[int, int] | None:
        for s, e in self.sentences:
            if s <= pos < e:
                return s, e
        return None

    def about(self, claim: Claim, found: str | None) -> str | None:
        """The fused event ``claim`` is about; ``found``: the fused event of the mention the analysis tied it to."""
        if claim.involvement and found is not None:
            return found
        cs = claim.content_start if claim.content_start is not None else claim.start
        ce = claim.content_end if claim.content_end is not None else claim.end
        inside = self.inside(cs, ce)
        # inside a report a past perfect is the speaker's tense moved back ("said a suspect had been arrested"), not
        # a recalled act: the content's acts are read whatever their background flag; an act in a relative clause
        # describes one of its people or things ("Americans who were imprisoned in Norland are coming home"), it
        # is not what the content tells
        before = {m.id: claim.content[:max(0, m.start - cs)] if claim.content_start is not None else ""
                  for m in inside}
        # an act the content sets its matter after or before ("a lone wolf upset after his ally won the election",
        # "was calm until the strike") is when, not what, the speaker tells: it comes after the article's lead
        told = self._choose([m for m in inside if m.type not in SIDE_TYPES and not _relative(before[m.id])
                             and not _setting(before[m.id])])
        if told is not None:
            return told
        sent = self.sentence_of(claim.cue_start if claim.cue_start is not None else claim.start)
        if sent is not None:
            near = self._choose([m for m in self.inside(*sent) if _main(m) and not (cs <= m.start < ce)])
            if near is not None:
                return near
        return self.incident_lead or self._choose(inside) or found


#: the words that open a relative clause and its auxiliaries before an act: "who were imprisoned", "which had been
#: bombed", "that was later attacked"
_RELATIVE = re.compile(r"\b(?:who|which|that)\s+(?:(?:was|were|is|are|had|has|have|been|being|later|earlier|"
                       r"once|also|then|\w+ly)\s+)*$", re.I)


#: a temporal preposition or conjunction with no clause break after it: the act that follows is when the content's
#: matter happened ("upset after a party ally won the election", "calm until the strike"); not the adverb ("have
#: since been released", "the day before was")
_SETTING = re.compile(r"\b(?:after|since|following|before|until|amid)\s+(?!(?:been|be|being|then|had|has|have|was|"
                      r"were|is|are|never|also)\b)[^,;.:\u201c\u201d\"]{0,60}$", re.I)


def _setting(before: str) -> bool:
    """Does the text ``before`` an act end inside a time phrase that sets the content's matter after, before or
    amid the act?"""
    return bool(_SETTING.search(before[-80:]))


def _relative(before: str) -> bool:
    """Does the text ``before`` an act end by opening a relative clause with only auxiliaries and adverbs after the
    relative word (the act describes one of the clause's people or things)? "that" followed by a subject ("said
    that police had arrested") is a complement, not a relative: a subject word stops the match."""
    return bool(_RELATIVE.search(before[-60:]))


def _depth(m: EventMention) -> int:
    """Arcs from the trigger up to its sentence's root; unmeasured ones last."""
    return m.depth if m.depth is not None else 99


def _main(m: EventMention) -> bool:
    """An act told as the incident itself: not recalled, not a side of it."""
    return not m.background and m.type not in SIDE_TYPES
