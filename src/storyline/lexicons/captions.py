"""Words of pictures' captions: the verbs a caption tells its scene with, in the present, and the nouns of a picture.

A caption says what its picture shows, now, in a sentence of its own: "Rescuers carry a body through the
rubble on Saturday.", "An aerial view shows flooded fields.", "The minister attends a meeting in the capital."
News prose tells the same things in the past ("rescuers carried"), so a one-sentence paragraph whose subject is
followed by one of :data:`SCENE_VERBS` in the present is a picture's caption (ingest's cleaning). The verbs are
those of what people and things are seen doing in a news picture (general; nothing about a story), in both
present forms ("carry", "carries"). :data:`PICTURE_NOUNS` are the subjects of "shows" in a caption ("An aerial
view shows …"); other subjects of "shows" are evidence in the text ("Tracking data shows the ship turned").
"""

from __future__ import annotations


def _present(text: str) -> frozenset[str]:
    """Each verb in its two present forms: "carry" -> carry, carries; "watch" -> watch, watches."""
    out = set()
    for verb in text.split():
        out.add(verb)
        if verb.endswith("y") and verb[-2:-1] not in "aeiou":
            out.add(verb[:-1] + "ies")
        elif verb.endswith(("s", "sh", "ch", "x", "z")):
            out.add(verb + "es")
        else:
            out.add(verb + "s")
    return frozenset(out)


#: verbs of a news picture's scene, in the present: what the people in it do. Only verbs whose present forms are not
#: also nouns of news prose ("protest", "march", "vote", "holds", "marks", "returns" are left out) nor verbs of a
#: state that the text tells in the present too ("Valdora sits on faults", "The party holds a majority")
SCENE_VERBS = _present("""
carry attend gather pray mourn react inspect embrace console comfort wade greet kneel weep evacuate gesture speak
wave walk aim sift salvage remove hug pose wait
""")
#: nouns of a picture, the subject of "shows" in a caption ("An undated photograph shows …", "A view shows …"); a
#: plural ("Photos show …") is the text's evidence
PICTURE_NOUNS = frozenset(("photo", "photograph", "picture", "image", "view", "handout", "screenshot", "screengrab",
                           "still", "frame"))
