"""Event words carried by other words: what gathers, counts, hands over or repeats an act.

News often tells an act through a word that is not its trigger's usual place:

- a noun that counts or gathers acts ("32 cases of disappearances", "627 instances of arrests", "a list of 13
  demands", "a series of raids"): the acts are a bounded set, told as one incident (not a habit), and the
  gathering noun stands where the act noun would in the sentence ("sent Qatar a list of demands": the list is
  the object of "sent");
- an act noun handed over ("sent X a list of demands", "handed the envoy an ultimatum", "delivered aid to Y"):
  the giver does the act, whom it is given to receives it (or is its target, for a threat); one who receives it
  ("received a list of demands from X") is that recipient, and "from" names the doer;
- a plural act whose "of" names particular things ("searches of their homes", "the arrests of the officials"):
  acts on things already told, one occasion's, not a habit;
- a verb with the prefix "re-" joined to it ("rearrested", "redeployed"): the act again, of its stem's kind,
  unless the word only looks so ("refine", "recoup", "recharge" keep their own sense).
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.events.ontology import TRIGGERS, EventKind, uninflected

#: nouns that count or gather acts of one kind into a bounded set ("32 cases of X", "627 instances of arrests",
#: "a list of demands", "a slate of proposals"); the acts of such a set are told as one incident
COUNTING_NOUNS = frozenset({"case", "instance", "incident", "occurrence", "list", "set", "slate", "raft", "package",
                            "batch", "catalogue", "catalog", "tally"})
#: determiners of one bounded set ("a list", "the series", "this set"), not of any or every ("all cases")
SET_DETS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
#: verbs that hand an act noun to someone ("sent Qatar a list of demands", "handed him an ultimatum", "delivered aid
#: to the town", "presented a proposal", "served a notice", "tabled demands"): the giver does the act
#: ("serve" is left out: "served a sentence" is the convict's, not the court's deed; and "pass": "passes X" overtakes)
TRANSFER_VERBS = frozenset({"send", "hand", "deliver", "present", "submit", "table", "give", "transmit", "forward",
                            "relay", "issue"})
#: verbs by which one receives an act noun from another ("received a list of demands from X", "got an ultimatum")
RECEIVING_VERBS = frozenset({"receive", "get"})
#: determiners and possessives that make an "of" object particular ("of their homes", "of the officials")
PARTICULAR_DETS = frozenset({"the", "this", "that", "these", "those"})
#: acts of force or of the law, done to particular people or things ("the arrests of the officials")
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "INVESTIGATE", "JUSTICE", "SANCTION", "TAKEOVER"})
#: act nouns handed over that tell the act with no more pointing at them ("sent aid", "delivered demands"): what
#: one party puts to, offers or gives another
HANDED_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "AID"})
#: "of" objects of a time or a sort, not of things acted on ("attacks of the past decade", "raids of the kind")
NOT_ACTED_ON = frozenset({"year", "decade", "month", "week", "day", "era", "period", "time", "kind", "sort", "type"})
#: the prefix of an act done again ("rearrested", "reoccupied")
AGAIN = "re"
#: English words that only look like "re" + a trigger's stem: no act done again ("refine" is no fine, "recoup" no
#: coup, "remediate" no mediation, "recommend" no commendation, "revisit the policy" no visit). These are all such
#: words of the model's lemmatizer index (nouns and verbs) whose stem is a trigger; the rest there are the act
#: again ("redeploy", "renegotiate", "reconvict", "resell", "remarry")
LOOK_ALIKES = frozenset({"rebirth", "recharge", "recommend", "recoup", "refine", "remediate", "remediation",
                         "reshoot", "revisit", "restatement"})
#: the shortest stem a prefix "re" is taken off ("react" is no "act" again)
STEM_MIN = 4


def container(noun: Token, gathering: frozenset[str] = COUNTING_NOUNS) -> Token | None:
    """The noun that counts or gathers ``noun`` through "of" ("cases" of "32 cases of disappearances", "list" of
    "a list of 13 demands"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.dep_ != "prep":
        return None
    holder = noun.head.head
    if holder.pos_ != "NOUN" or holder.lemma_.lower() not in gathering:
        return None
    return holder


def bounded(holder: Token) -> bool:
    """A gathering noun of one set: with "a", "the", a possessive or a number ("a list", "32 cases", "their
    list"), not "cases of X have risen" or "all cases"."""
    return any((c.dep_ == "det" and c.lower_ in SET_DETS) or c.dep_ == "poss" or
               (c.dep_ == "nummod" and c.pos_ == "NUM") for c in holder.children)


def counted_set(noun: Token, gathering: frozenset[str] = COUNTING_NOUNS) -> Token | None:
    """The bounded set that gathers ``noun`` ("627 instances" of "627 instances of arrests"), or None."""
    holder = container(noun, gathering)
    return holder if holder is not None and bounded(holder) else None


def of_particular(noun: Token) -> bool:
    """A plural act of force or of the law whose "of" names particular things or people, possessed or defined
    ("searches of their homes", "arrests of the officials", "the killings of his brothers"), not any ("arrests of
    protesters", "searches of homes"); trade and other acts of many ("sales of the new phone", "purchases of its
    shares") stay a run of them."""
    kind = TRIGGERS.get(noun.lemma_.lower())
    if kind is not None and kind.type not in FORCE_TYPES:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and o.ent_type_ not in ("DATE", "TIME") and
        o.lemma_.lower() not in NOT_ACTED_ON and any(
            (g.dep_ == "poss" and g.tag_ == "PRP$") or (g.dep_ == "det" and g.lower_ in PARTICULAR_DETS)
            for g in o.children) for o in c.children) for c in noun.children)


def handing_verb(noun: Token) -> Token | None:
    """The verb that hands over an act noun, or the set that gathers it: its object or passive subject ("sent X a
    list of demands", "an ultimatum was handed to X"), or one who receives it ("received a list of demands")."""
    holder = counted_set(noun) or noun
    verb = holder.head
    if holder.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in TRANSFER_VERBS | RECEIVING_VERBS else None


def receiving(verb: Token) -> bool:
    """Is ``verb`` one of receiving ("received", "got"), whose subject is the act's recipient?"""
    return verb.lemma_.lower() in RECEIVING_VERBS


def repeated_kind(tok: Token) -> EventKind | None:
    """The kind of an act done again, told by one word with "re" joined to a trigger's stem ("was rearrested",
    "troops redeployed to the border"): its stem's kind, with the part of speech the word has. None for a word
    that only looks so (``LOOK_ALIKES``: "refine", "recoup"), or when the stem is no trigger. (Words of their
    own that are triggers, "resign", "release", "remand", are found before this is asked.)"""
    word = tok.lower_
    if tok.pos_ not in ("VERB", "NOUN") or not word.startswith(AGAIN) or len(word) - len(AGAIN) < STEM_MIN:
        return None
    if {word, tok.lemma_.lower(), *uninflected(word)} & LOOK_ALIKES:
        return None
    stem = word[len(AGAIN):]
    pos = "verb" if tok.pos_ == "VERB" else "noun"
    for form in (stem, *uninflected(stem)):
        kind = TRIGGERS.get(form)
        if kind is not None and kind.pos in ("any", pos):
            return EventKind(kind.type, kind.subtype, pos)
    return None
