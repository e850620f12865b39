"""Cleaning: boilerplate lines out, footnote markers out (footnotes kept as notes), wire credits recorded.

The cleaned text is what every offset of the analysis points into, so apart
from the lines taken out (listed in ``removed``), the footnote markers and the
credit, the text is kept as it came: lines are not reflowed, "\\n" stays between
lines. Rules are general patterns over whole lines (site furniture looks alike
everywhere); none is keyed to a particular outlet or story. After them, the lines
whose form in the page is furniture's go too (:mod:`storyline.ingest.line_form`).
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from dataclasses import dataclass, replace

from storyline.ingest import line_form
from storyline.lexicons import agencies, captions, numbers, pronouns
from storyline.lexicons.calendar_words import MONTH_NAMES, MONTHS, WEEKDAY_NAMES
from storyline.lexicons.stopwords import FUNCTION_WORDS, MODALS
from storyline.lexicons.titles import PIECE_KINDS

#: an agency's name printed in capitals where the lexicon writes it in mixed case ("REUTERS", "XINHUA"), back to the
#: lexicon's spelling
_CAPS_NAMES = {a.upper(): a for a in (*agencies.AGENCIES, *agencies.GENERIC_CREDITS) if a.upper() != a and len(a) > 3}
# News agencies whose name, alone or after a dash, marks a wire credit (one shared lexicon).
_AGENCY = (f"(?:{agencies.PATTERN}|{'|'.join(agencies.GENERIC_CREDITS)}|"
           f"{'|'.join(re.escape(c) for c in sorted(_CAPS_NAMES, key=len, reverse=True))})")
# "(BSS/AFP)", "(dpa/NAN)": after a slash, a national agency's code relaying the copy may be outside the lexicon
_AGENCY_LIST = rf"{_AGENCY}(?:\s*(?:/|,|&|and)\s*{_AGENCY}|\s*/\s*[A-Z]{{2,6}}\b)*"
_DASH = r"[-–—]{1,2}"
_PHOTO_AGENCY = "|".join(re.escape(a) for a in agencies.PHOTO_AGENCIES)
_PHOTO_AGENCY_SHORT = "|".join(re.escape(a) for a in agencies.PHOTO_AGENCY_SHORT_FORMS)
_AGENCY_RE = re.compile(_AGENCY)
_AGENCY_LIST_RE = re.compile(_AGENCY_LIST)
#: one agency relaying another's copy, in brackets ("(AGN/AGX)")
_PAREN_AGENCIES = re.compile(rf"\s*\(\s*{_AGENCY_LIST}\s*\)")

#: a broadcaster's letters and its medium alone on a line, wherever it stands: "XBC News", "XTV World" (not a
#: country's section, "UK News")
_BROADCASTER = re.compile(r"^(?:[Tt]he\s+)?(?P<c>(?!(?:UK|US|USA|EU|UN|TOP|NEWS|LIVE|WORLD)\b)[A-Z]{2,5}\s+"
                          r"(?:News|TV|Television|Radio|World|Online|NEWS|TELEVISION|RADIO|WORLD))\.?$")

# Whole-line credits (first or last lines of the body).
_CREDIT_LINES = (
    re.compile(rf"^{_DASH}\s*(?P<c>{_AGENCY_LIST}|[A-Z][A-Z0-9&]{{1,7}})\s*\.?$"),  # –IANS, -- AFP, —XNA
    re.compile(rf"^\(\s*(?P<c>{_AGENCY_LIST})\s*\)$"),  # (AFP)
    re.compile(rf"^(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\.?$"),  # Reuters, The Associated Press
    re.compile(rf"^by\s+(?P<c>{_AGENCY_LIST})$", re.I),  # By AFP (a byline naming an agency)
    # "Latest posts by AGN (see all)": a blog's author box naming the wire
    re.compile(rf"^[Ll]atest posts by\s+(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})(?:\s+(?:News|Staff))?\s*\(see all\)$"),
    re.compile(r"^\(?\s*(?:with|additional)\s+(?:\w+\s+)?(?:inputs?|reporting|information)\s+(?:from|by)\s+"
               r"(?P<c>[^.()]{2,60}?)\.?\s*\)?$", re.I),  # With inputs from PTI, "( With inputs from PTI )"
    # The Associated Press contributed to this report.
    re.compile(rf"^\(?(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\s+contributed\s+(?:to\s+this\s+(?:report|story)|reporting)"
               rf"(?:\s+from\s+[^.()]{{1,40}})?\.?\)?$"),
    # Source: Agence France-Presse, "(Excerpts : AGN)", "Courtesy: AGN"
    re.compile(rf"^\(?\s*(?:[Ss]ource|SOURCE|[Ee]xcerpts?|EXCERPTS?|[Cc]ourtesy|COURTESY)\s*:\s*(?P<c>{_AGENCY_LIST})\.?\s*\)?$"),
    # a national news agency outside the lexicon under a source label, by its code's "News Agency" ("Source: HNA")
    re.compile(r"^\(?\s*(?:[Ss]ource|SOURCE)\s*:\s*(?P<c>[A-Z]{1,4}NA)\.?\s*\)?$"),
    # the site whose story the text retells, under it after a dash: "– Harbourtimes.co.uk for more"
    re.compile(r"^[-–—]\s*(?:[Vv]ia\s+)?(?P<c>[A-Z][A-Za-z]{1,15})\.(?:co\.uk|com|org|net|co|news|tv)"
               r"(?:\s+for\s+more(?:\s+(?:details|news|information))?)?\.?$"),
    re.compile(rf"^(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\s*[·•|]$"),  # "AGN ·": a byline's agency before its separator
    re.compile(rf"^\(?\s*[Ww]ith\s+(?P<c>{_AGENCY_LIST})\s+inputs?\s*\)?\.?$"),  # (With AGN inputs)
    # an outlet's trailer naming the agency whose copy it used: "With AGN", "WITH AGN", "With AGN and AGX"
    re.compile(rf"^(?:[Ww]ith|WITH)\s+(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\.?$"),
    # the agency and the editor's initials: "AGN/ab", "ab/AGN"
    re.compile(rf"^(?:(?P<c>{_AGENCY})\s*/\s*[a-z]{{2,4}}(?:\s*/\s*\d{{1,5}})?|[a-z]{{2,4}}\s*/\s*(?P<c2>{_AGENCY}))$"),
    # an outlet's note that it used agencies' copy: "(Harbour TV with AGN, AGX and AGY)"
    re.compile(rf"^\(\s*[A-Z][\w .&'’-]{{1,40}}?\s+with\s+(?P<c>{_AGENCY_LIST})\s*\)\.?$"),
    # one agency's copy passed on by another, or the agencies' by one: "Agencies via AGN" (a picture's "Harbour
    # Network via AGN" names no agency first, and is no credit)
    re.compile(rf"^(?:[Tt]he\s+)?(?:{_AGENCY})\s+(?:[Vv]ia|VIA)\s+(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\.?$"),
    # an outlet's note of the agency that contributed: "Contributing: The Associated Press"
    re.compile(rf"^(?:[Cc]ontributing|CONTRIBUTING)\s*:\s*(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\.?$"),
    # the author and the agency under the text: "Ana Vell, The Associated Press"
    re.compile(rf"^[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{1,3}},\s*(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})$"),
    # an outlet and its writer under a source label: "SOURCE: The Harbour Ledger, Ana Vell" (a reprint's origin)
    re.compile(r"^(?:[Ss]ource|SOURCE)\s*:\s*(?P<c>(?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}),\s*"
               r"[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\.?$"),
    # a broadcaster's letters and its medium alone on a line: "XBC News", "XTV World" (not a country's section,
    # "UK News")
    _BROADCASTER,
    # a service that names itself one, in brackets, after a dash or alone: "(Harbour News Service)", "— Valdora
    # Press Agency" (an agency outside the lexicon, by the form of its name)
    re.compile(rf"^(?:{_DASH}\s*|\(\s*)?(?:[Tt]he\s+)?(?P<c>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,4}}\s+"
               r"(?:News\s+Service|News\s+Agency|Press\s+Agency|Wire\s+Service|Newswire|Press\s+Service|"
               r"Information\s+Service))\s*\)?\.?$"),
)
#: an agency's code alone in brackets on the text's last line, under a sentence ("(HNS)"): its credit, unless it is
#: an end mark or a kicker's word. A bare code is not read (a table's last cell, a wire's garbled signature)
_LAST_LINE_CODE = re.compile(r"^\(\s*(?P<c>[A-Z][A-Z&]{1,6}(?:[-/][A-Z]{2,6})?)\s*\)\.?$")
_NOT_CODES = frozenset({"END", "ENDS", "MORE", "TOP", "UPDATE", "PHOTO", "FILE", "VIDEO", "NEWS", "LIVE", "AD", "ADS",
                        "OK", "USA", "US", "UK", "EU", "UN", "NATO", "WORLD", "HOME", "MENU", "SHARE"})
#: a wire's house signature under its copy, which reprints keep when they drop the dateline's credit: Reuters
#: closes every story with its reporters and editors in parentheses, "(Reporting by Ana Vell; Editing by Teo Brand)",
#: also when a reprint lost its semicolons ("(Reporting by Ana Vell Writing by Teo Brand Editing by Lia Sorn)")
_HOUSE_SIGNATURES = (
    (re.compile(r"\(\s*(?:additional\s+)?(?:reporting|writing)\s+by\s+[^()]{2,400}?(?:;\s*(?:[^();]{2,200};\s*)*|"
                r"\s)editing\s+by\s+[^()]{2,200}\)\.?", re.I), "Reuters"),
)
# A credit at the end of the last paragraph: "... said the source. –IANS", "... on Monday. (AFP)".
_CREDIT_TAIL = (
    re.compile(rf"(?<=[.!?\"”’)])\s*{_DASH}\s*(?P<c>(?:[A-Z][A-Za-z]{{1,7}}-)?(?:{_AGENCY_LIST})|"
               rf"[A-Z][A-Z0-9&]{{1,7}}(?:-[A-Z0-9&]{{2,8}})?)\s*$"),
    re.compile(rf"\s+{_DASH}\s*(?P<c>{_AGENCY_LIST})\s*$"),
    re.compile(rf"\s*\(\s*(?P<c>{_AGENCY_LIST})\s*\)\s*$"),
    # "... on Monday. (Source: AGN)"
    re.compile(rf"(?<=[.!?\"”’])\s*\(\s*(?:[Ss]ource|SOURCE)\s*:\s*(?P<c>{_AGENCY_LIST})\s*\)\s*$"),
    # "... on Monday. AGN": the agency's name alone after the last stop
    re.compile(rf"(?<=[.!?\"”’])\s+(?P<c>{_AGENCY_LIST})\s*$"),
    # "... for the attack.AGNX": the credit glued to the last sentence's stop (a name of three letters or more)
    re.compile(rf"(?<=[.!?\"”’])(?=\w{{3}})(?P<c>{_AGENCY_LIST})\s*$"),
    # "... did survive. AGN KR PD MJT": the agency, then the desk's initials (a wire slug)
    re.compile(rf"(?<=[.!?\"”’)])\s+(?P<c>{_AGENCY_LIST})(?:\s+[A-Z]{{2,4}}){{1,6}}\s*$"),
    # "... on Monday. WITH AGN": the outlet's trailer run into the last paragraph
    re.compile(rf"(?<=[.!?\"”’)])\s+(?:[Ww]ith|WITH)\s+(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\.?\s*$"),
)
# A dateline at the start: "SARN:", "LESK, March 1 (Reuters) -", "(AP) —".
_MONTH_WORD = "|".join(m.title() for m in MONTHS)
_MONTH_ABBR = "|".join(m[:3].title() for m in MONTHS) + "|Sept"
#: a region after a dateline's place, written out or abbreviated: "Valdora", "VALDORA", "Ark.", "W. Va.", "N.Y."
_REGION = r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|[A-Z]{3,}(?:\s[A-Z]{3,})?|[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z][a-z]?\.)"
#: an agency's code in a dateline, hyphenated when one agency relays another ("NNA-XNA"), or one service's code
#: written with a slash ("(ABC/XY) —", an acronym of two parts)
_CODE = r"[A-Z][A-Z]{1,7}(?:[-/][A-Z]{2,8})?"
#: a national agency relaying a worldwide one in a dateline's brackets: "Sarn, Jan. 4 (Agenzia/AGN) –"
_RELAY = r"[A-Z][A-Za-z]{2,15}\s*/\s*"
_DATELINE = re.compile(
    rf"^(?P<day>(?:{_MONTH_WORD})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?(?=\s*\())?"  # "Aug. 1 (UPI) —": no place
    # an upper-case place ("PORT AMMERIN", "SARN/LESK": a copy filed from two places), or a capitalised one
    # before a credit or before a date and a colon ("Port Ammerin, Feb 26: ...")
    rf"(?P<place>(?(day)(?!)|(?:[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){{0,3}}|[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}"
    rf"(?=[^:]*\(|,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s*:|\s+[—–]\s+[A-Z\"“]))))?"  # "Sarn — The …"
    # a country or region after the place, before a date, a credit or the dash: "SARN, Valdora (AP) -", "SARN, Ark. -"
    rf"(?P<region>,\s*{_REGION}(?=\s*(?:,\s*[A-Z][a-z]{{2,8}}\.?\s+\d|\(|{_DASH}(?:\s|$)))"
    # a page that dropped the comma before the country: "SARN VILLAGE Valdora (AGN) -"
    rf"|(?<=[A-Z]{{2}})\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*\((?:{_AGENCY_LIST})\))"
    rf"|\s*[(\[][A-Z][a-z]+(?:,?\s*[A-Z][a-z]+)?[)\]](?=,\s*[A-Z][a-z]{{2,8}}\.?\s+\d))?"  # "SARN (Valdora), Mar 4"
    rf"(?P<date>(?:,\s*|\s+(?=[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s*\())[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}"
    rf"(?:,\s*\d{{4}})?)?"  # "SARN, Mar 4", "SARN Mar 4 (AGN)"
    rf"(?:(?P<credit>,?\s*\(\s*(?P<c>(?:{_RELAY})?{_AGENCY_LIST}|{_CODE})\s*\))"  # "SARN, (AGN) The ..." too
    rf"|(?P<other>\s*\([A-Z][\w/ .&'’-]{{1,40}}\)(?=\s*{_DASH})))?"  # "(KXYZ/Network News) --": a station
    # the dash may close the line, the sentence on the next one ("SARN —")
    # "(AGN).-": a stop before the dash after the credit's bracket, as Spanish-language wires write it; "Sarn, Mar 3
    # (AGN) A ...": no dash
    # "(ABC)The …": a broadcaster's code glued to the lead's first word, no place and no dash
    rf"(?:\s*(?::\s|(?:(?<=\))\.)?{_DASH}(?:\s|$))|(?P<nodash>(?<=\))\s+(?=[A-Z\"“]))|"
    rf"(?P<glued>(?<=\))(?=[A-Z][a-z]|[\"“][A-Z])))")

_NETWORKS = ("facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|reddit|pinterest|messenger|bluesky|threads|"
             "mastodon|social media")
_SHORT, _LONG = 25, 45  # boilerplate lines are short; a long line is body text even if it mentions "subscribe"

#: an embedded post's signature: "— Outlet (@handle) October 3, 2031"
_POST_SIGNATURE = r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4})?"
#: an ad slot's marker
_AD_MARK = r"(?:advertisement|advertising|advert|ads?)"
#: the page telling the reader that the text goes on (under an ad, a picture, on the next page) or where to read it
_GOES_ON = (r"(?:(?:the )?(?:story|article|content|text|report|post) )?(?:continues?|continued) "
            r"(?:below|after|underneath|on (?:the )?next page)(?: (?:this |the )?(?:ad|advert|advertisement))?|"
            r"(?:continue|keep) reading(?: (?:the|this) (?:article|story|main story|full story|report))?"
            r"(?: below| after (?:the|this) (?:ad|advert|advertisement)| on the app)?|"
            r"read (?:the )?(?:full|whole|entire) (?:article|story|report)|"
            r"read the rest of (?:the|this) (?:article|story|report)|"
            r"scroll (?:down )?to continue(?: reading| with content)?")
#: weekdays and months: "Also on Monday: …" is the text's, "Also on Harbour Ledger: …" a promo
_DAY_NAMES = "|".join(w.title() for w in (*WEEKDAY_NAMES, *MONTH_NAMES))
#: an ad slot's buttons
_AD_BUTTON = r"(?:report|remove|hide|close) (?:this |an |the )?ads?|ads? (?:feedback|by [\w ]{2,20})"
# (pattern, max words). Matched against the whole stripped line, case-insensitively.
_BOILERPLATE_PATTERNS: tuple[tuple[str, int], ...] = (
    # comment sections
    (r"(?:\d+\s+)?comments?\s*(?:\(\d+\))?:?", _SHORT),
    (r"comment(?:s|ing) (?:are|is|has been|have been|will be) (?:moderated|closed|disabled|reviewed|turned off)\b.*",
     _LONG),
    (r"(?:for more information,? )?(?:please )?(?:see|read) our comments? (?:faq|policy|guidelines|rules)\b.*", _LONG),
    (r"(?:leave|post|add|write|submit|have) (?:a|your) (?:reply|comment|response|say)\b.*", _SHORT),
    (r"(?:cancel reply|reply to this comment|be the first to (?:comment|like|share|review)\b.*|"
     r"(?:join|start) the (?:conversation|discussion)\b.*|(?:show|view|load|hide) (?:all )?comments?\b.*|"
     r"(?:sign|log) ?in to (?:comment|reply)\b.*)",
     _SHORT),
    (r"your email address will not be published\b.*", _LONG),
    (r"this site uses akismet\b.*|please enter your (?:comment|name|email)\b.*", _SHORT),
    (r"required fields are marked\b.*", _SHORT),
    # related links other than "Read ..." (handled by _is_related_link)
    (r"(?:see also|related(?: (?:stories|articles|news|content|coverage|headlines|posts|links|reading))?|"
     r"recommended(?: for you| stories| articles|"
     r" reading| videos)?|"
     r"more from [\w .'-]+|you (?:may|might) also (?:like|be interested in)|more (?:stories|news)|top stories|"
     r"other (?:topics|stories|news|articles|headlines)(?: of interest| you may (?:like|have missed))?|"
     r"trending(?: now| news)?|popular (?:now|today|this week|stories|posts|articles)|"
     r"most (?:read|viewed|popular|shared)(?: (?:from|on|in) [\w .'’-]{2,30})?|latest news)"
     r"\s*(?::.*)?", _SHORT),
    # share / subscribe / follow
    (rf"share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via|to) (?:{_NETWORKS})(?:,? (?:or |and )?"
     rf"(?:{_NETWORKS}))*)?:?", _SHORT),
    (r"share (?:via|on|to)\s*:?|share buttons?|(?-i:SHARE)\s+.{1,150}[^.!?\"”]", _SHORT),  # "Share via": icons lost
    (r"(?:tweet|email|e-mail|print|whatsapp|facebook|twitter|linkedin|telegram|reddit)"
     r"(?: this(?: article| story)?)?", _SHORT),
    (r"(?:please |click to |tap to )?(?:subscribe|sign up|register)\b.*\b(?:newsletters?|channel|updates|alerts|"
     r"notifications|our\b|now|today|free|here|to continue|for free)\b.*", _SHORT),
    (r"subscribe(?: now| today| here)?[.!]?", _SHORT),
    (r"follow us\b.*", _SHORT),
    (r"(?:like|find|follow|join) (?:us|our \w+(?: \w+)?) on \w+.*", _SHORT),
    (r"join (?:us|our|the|[\w.&-]{1,20}['’]s)\b.{0,40}\b(?:channel|community|group|newsletter|page)\b.*", _SHORT),
    # a membership's or a subscription's appeal that names the journalism it pays for ("Buy an annual <Site>
    # Membership to support independent journalism"); "support … journalism" alone may be the text's
    (r"(?=.*\b(?:members?(?:hip)?|subscri\w+|donat\w+|contribut\w+)\b).{0,80}\bsupport (?:independent |quality |"
     r"our |local |public[- ]interest |fearless )?(?:journalism|reporting)\b.*", _SHORT),
    # the outlet's link to its own report in brackets, often with its closing bracket lost: "(Harbour Post reports:
    # Locks reopen after vote"
    (r"\(\s*(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}) (?:reports?|has more|explains)\s*:\s*[^()]{3,150}\)?",
     _SHORT),
    # a comment form's note and a blog's archive label: "Before you add a new comment, take note …", "> From the
    # <Site> archives"
    (r"before (?:you )?(?:add|post|leave|write|submit)(?:ing)? (?:a |your )?(?:new )?comments?\b.*|"
     r">?\s*from (?:the|our) (?:[\w.&'’-]+ ){0,3}archives?\s*[:.]?", _SHORT),
    # a print edition's or a donation's promo: "Read Tuesday's <Paper> for full details.", "Support our work: …"
    (r"read (?:[\w'’.-]+ ){1,5}for (?:full|more|complete) (?:details|coverage|story|report)\.?|"
     r"support (?:our|us|independent)\b.{0,40}\b(?:work|journalism|reporting)\b.*", _SHORT),
    # a wire copy's advisory for editors: "(Adds quote from minister)", "(Updates with toll in paragraph 3)"
    (r"\((?:adds|updates|recasts|corrects|changes|rewrites|fixes|repeats)\b[^()]{0,150}\)", _SHORT),
    (r"no menu items!?|source\s*:\s*(?:photo(?:graph)?|image|picture)s?\b.*", _SHORT),
    # reading time ("5 min read"; a line that also gives a date keeps it for the publication date), a widget's
    # close button, a lone character or mark (an icon's letter, a bullet)
    (r"\D{0,60}?\d{1,3}\s*(?:mins?|minutes?)\s+read\b.{0,20}|close|[^\w\s](?:\s*[^\w\s]){0,30}|"
     r"[^\W\d_]{1,2}", _SHORT),
    # a stock or file picture's label, a contact line, app and alert prompts, "check back" notes
    (r"\(?(?:an? )?(?:representational|representative|representation|file|stock) (?:image|photo|picture|pic)\b.{0,150}",
     _SHORT),
    (r"(?:tel|phone|fax|mobile|whatsapp)\s*[:.]\s*[+(]?\d[\d ()+./-]{5,}.{0,40}|connect with us|get (?:alerts|"
     r"notifications|the app)|newsletter (?:subscription|sign[- ]?up)|sign up for (?:our )?newsletters?|"
     r"(?:download|get it) on (?:the )?(?:app store|google play).{0,40}", _SHORT),
    (r"\(?check back (?:later |soon )?for (?:updates|new details|more)\b.{0,120}", _SHORT),
    # a postal address alone on its lines, a contact box's ("12 North Harbour St.", "Lesk Center, VA 02124", "P.O.
    # Box 310"): a street's number, its name and its kind; a town, a state's two capitals and a zip code
    (r"(?-i:\d{1,5}(?:\s+[A-Z][\w'’.-]*){1,4}\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|"
     r"Pl|Place|Ct|Court|Hwy|Highway|Sq|Square|Pkwy|Parkway))\.?(?:,?\s*(?:suite|ste\.?|floor|unit|#)\s*\w{1,6})?|"
     r"(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)(?:,?\s*(?:USA|United States))?|"
     r"p\.?\s?o\.? box\s+\d{1,6}", _SHORT),
    # a blog's like button, a text's source line ("Source: <headline> – <outlet>"; an agency's name there is the
    # credit). A bare number stays: a text of digits alone must reach the reader's "no words" problem.
    (r"%d bloggers? like this:?|like this:?|like loading\.{0,3}|source\s*:\s*.{1,200}", _SHORT),
    # a blog platform's comment form and links as it prints them in other languages ("Nenhum comentário:", "Postar
    # um comentário", "Aucun commentaire:") and in English ("Subscribe to Post Comments [Atom]", "<< Home")
    (r"(?:nenhum comentário|no hay comentarios|aucun commentaire|keine kommentare|nessun commento|geen reacties)"
     r"\s*:?|(?:postar|publicar|enregistrer|posta|kommentar) (?:um |un |uno )?(?:comentário|comentario|commentaire|"
     r"commento|veröffentlichen)|subscribe to:?\s*(?:post )?(?:comments|posts)\s*[\[(]atom[\])]|<<\s*home|"
     r"newer post\s*older post\s*home", _SHORT),
    # a blog's comment thread and share row ("ReplyDelete", "Anonymous said...", "Email ThisBlogThis!Share to X…",
    # "Labels: floods, Sarn"), a live page's controls ("Key events", "Show more", "Pinned post"), an e-mail box
    (r"(?:reply|replies|delete)(?:\s*delete)?|(?:anonymous|unknown) said\s*(?:\.{3}|…|:)|email this\s*blogthis!.*|"
     r"labels\s*:.{1,200}|(?:show )?key events(?: only)?|"
     r"(?:show|load|view) more(?: (?:posts|stories|updates|comments))?|pinned(?: post)?|"
     r"enter your e-?mail(?: address)?\s*:?|sign up[.!]?", _SHORT),
    # a font-size widget: "A- A A+", "-A +A", "Font size: A A A", "Decrease font size"
    (r"(?:(?:font|text)(?: size)?\s*:?\s*)?(?:[-+]?\s?(?:A|Aa)\s?[-+]?)(?:\s*[|/]?\s*[-+]?\s?(?:A|Aa)\s?[-+]?){1,4}|"
     r"(?:increase|decrease|reset|change|adjust|larger|smaller)(?: the)? (?:font|text)(?: size)?", _SHORT),
    # a writer's e-mail address alone on its line, or the placeholder a page shows for a hidden one
    (r"\[email\s+protected\]|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", _SHORT),
    # a source or a handle in a widget ("[Source: AGN]", "| @HarbourNews"), a template's placeholder ("[QODLink]"),
    # an outlet's credit to itself and agencies ("Harbour Ledger and agencies"), list labels ("Featured on Harbour TV",
    # "Hashtags"), a prompt to follow the news ("Stay updated with the latest …")
    (r"\[\s*source\s*:[^\[\]]{1,60}\]|\|?\s*@\w{2,30}|\[[A-Za-z_][A-Za-z0-9_]{1,30}\]|"
     r"[\w .&'’-]{2,40} (?:and|with) (?:agencies|wires)|"
     r"featured(?: on [\w .'’&-]{1,30}| stories| articles| news| posts)?|hashtags|"
     r"stay (?:updated|informed|up to date) (?:with|on) the latest\b.{0,200}", _SHORT),
    # a player's notice ("Loading Video…"), a promo for the outlet's other channels, a comment counter ("Comments /
    # 0"), a follow button, a Nigerian paper's byline ("From Ana Vell, Sarn")
    (r"loading (?:video|image|photos?|comments|content)\s*(?:\.{3}|…)?|"
     r"for (?:the )?(?:latest|more) (?:news|updates|stories|headlines)\b.{0,100}\b(?:head|go|visit|download|follow|"
     r"subscribe|tune)\b.{0,80}|comments?\s*[/:|(]?\s*\d+\)?|click to follow|"
     r"(?-i:From [A-Z][a-z]+(?: [A-Z][a-z.]+){1,3},\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)", _SHORT),
    # a video player's and a page's labels ("Play Video 1:29 <title>", "<title> – video", "Duration: 44 seconds",
    # "Posted , updated", "Watch", "Follow"), an archive notice ("This article is more than 4 years old"), a related
    # link marked with arrows (">>> <headline>"), "Read it at <outlet>", prompts to share or give ("Sharing is
    # Caring", "Show your support", "Your support helps us to tell the story"), a broadcaster's breaks ("COMMERCIAL
    # BREAK", "SCROLL TO CONTINUE READING"), a picture's source ("Image/Agency"), a live page's "Newest update:"
    (r"play video\b.{0,150}|.{1,150}\s[–—-]\s(?:video(?: report)?|in pictures|gallery|audio|podcast)|"
     r"duration\s*:\s*.{1,30}|posted\s*,?\s*updated|watch|follow|listen|"
     r"this (?:article|story|page) is (?:more than |over )?(?:a|an|\d+) (?:years?|months?|days?) old|"
     r"(?:>{2,3}|»)\s*\S.{0,150}|read (?:it|more|the (?:full )?(?:story|article)) (?:at|on) [\w .'’&-]{1,40}|"
     r"sharing is caring\b.{0,40}|show your support\b.{0,60}|your support helps\b.{0,80}|commercial break|"
     r"scroll (?:down )?to continue(?: reading)?|(?:image|photo|picture)s?\s*/\s*\S.{0,40}|"
     r"watch the video (?:below|above)|newest updates?\s*:?", _SHORT),
    # a newsletter's prompt ("Get The Ledger In Your Inbox!"), an appeal for donations
    (r"get (?:the )?[\w'’ ]{1,30} in your inbox!?|"
     r"(?![^\"“”‘’]*[\"“”‘’]).{0,150}\byour (?:donation|contribution|support) "
     r"(?:allows|helps|enables) us\b.{0,200}", _LONG),
    # a picture's caption under a label in capitals ("PHOTO: Keepers open the lock on Monday.")
    (r"(?-i:PHOTOS?|IMAGES?|PICTURES?|VIDEO|FILE PHOTO)\s*:\s*.{1,300}", _LONG),
    # the editor's and the writer's initials under a text ("rmt/rm", "ab/cd/ef"); authors run together by a widget
    # ("Ana Vell,Teo Brand")
    (r"(?-i:[a-z]{2,4}(?:\s*/\s*[a-z]{2,4}){1,3}|"
     r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?:,[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})+)", _SHORT),
    # a picture's notice that it only illustrates ("Image used for representational purpose only")
    (r"\(?(?:the )?(?:image|photo|picture|pic)s?(?: is| are)?(?: used)?(?: only)? for (?:representational|"
     r"representation|representative|illustrative|illustration) purposes?(?: only)?\.?\)?", _SHORT),
    # a writer's follow link ("Follow Ana Vell on X"), an ad slot run into its label ("AdvertisementAdvertise with …")
    (r"follow [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} on (?:x|twitter|facebook|instagram|linkedin|threads|bluesky)\b"
     r".{0,40}|advertisement\s*(?:advertise with\b.{1,40}|[-–—]?\s*scroll to continue(?: with content)?)", _SHORT),
    (r"no comments?(?: yet)?\s*(?::|\.{3}|…)?|"
     r"(?:note\s*:\s*)?only (?:a )?members? of this blog (?:may|can) post a comment\.?|"
     r"open in (?:the )?app|(?:left|right|main) menu|e-?paper|connect with (?:us|the [\w .&'’-]{1,40})\s*:?",
     _SHORT),
    (r"photos?|images?|videos?|fotos?|/\s*[A-Z][\w .&'’-]{1,40}|thanks for reading\b.{0,60}|"
     r"create (?:your|an?) (?:free )?account\b.{0,60}", _SHORT),
    # a picture's credit alone: "Ana Vell/AGN", "Ana Vell/The Agency News", "Ana Vell/Harbour Daily via AGN"
    (rf"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{1,3}})\s*/\s*(?:(?:the\s+)?(?:{_AGENCY})|"
     rf"[\w.&'’-]+(?: [\w.&'’-]+){{0,2}} via (?:{_AGENCY}|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,2}}))", _SHORT),
    # a picture's credit alone: "AGN/Picture Desk/ANA VELL"
    (rf"(?:{_AGENCY})(?:\s*/\s*[\w .'’-]{{2,40}}){{1,3}}", _SHORT),
    # an embedded post's text under a hashtag label: "#WATCH | <place>: Drone pictures of …"
    (r"#\w{2,30}\s*[|:]\s*.{1,300}", _LONG),
    # a credit to other reporters ("Ana Vell in Sarn contributed to this report."); an agency's goes to the credit
    (r".{1,150}\bcontributed (?:to this (?:report|story|article)|reporting)\b.{0,60}", _LONG),
    (r"(?:photo |image |picture )?courtesy(?: of)? [^,.;]{1,60}\.?", _SHORT),
    (r"(?:download|get|install) (?:our|the) (?:\w+ )?app\b.*", _SHORT),
    # staff credits and feed trailers
    (r"\((?:reporting|writing|editing|compiled|edited) by [^()]*\)", _LONG),
    (r"\((?:reportagem|reportaje|reporte|reportado|redação|redacción|edição|edición)(?: adicional)? (?:de|por)\b"
     r"[^()]*\)", _LONG),  # "(Reportagem de Ana Vell; edição de Teo Brand)"
    (r"(?:reporting|writing) by [^.;]{2,80}; (?:editing|writing) by [^.;]{2,80}\.?", _LONG),
    (r"the post .{1,300} appeared first on .{1,120}", _LONG),
    (r"this (?:article|story|post|report) (?:was )?(?:originally )?(?:written|posted|published|appeared|first "
     r"appeared) (?:by|on|in|at) .{1,80}", _SHORT),
    (r"read the full (?:story|article|report)(?: (?:at|from|on) [^.]{1,80}?)?(?: here)?\s*(?:\.{1,3}|…|»|→)?", _SHORT),
    (r"continue reading\s*(?:\.{3}|…|»|→)|\[(?:…|\.\.\.)\]", _SHORT),
    # a comment counter in words ("12 comments so far", "4 Responses", "There are 12 comments on this story",
    # "5 thoughts on “<headline>”", "Discussion (3)"), a blog's links to the posts before and after ("Previous article
    # <headline>", "Next Post"), a promo for the site's other stories ("Also on Harbour Ledger: <headline>")
    (r"(?:there (?:is|are) )?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten) (?:comments?|responses?|"
     r"repl(?:y|ies)|reactions?|thoughts?)(?: so far| yet)?(?: (?:on|to) (?:this|the) (?:story|article|post|report)|"
     r" on [\"“‘'].{1,150}[\"”’'])?\s*[.:]?|(?:discussion|conversation|responses|replies)\s*\(\d[\d,]*\)|"
     r"(?:previous|next|prev|older|newer) (?:article|post|story|entry)\b(?:\s*[:»›|-]?\s*[^.!?]{1,150})?|"
     rf"(?-i:Also on (?!(?:{_DAY_NAMES})\b)[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,4}}):\s*[^.!?]{{1,150}}", _SHORT),
    # a link's label left without its link ("Continue reading on:", "Read the full story on:"); a note that more is
    # to come ("More soon…", "More to follow", "Details to follow"); a live page's promo ("Live updates: Follow the
    # latest on <topic>", "Follow our live coverage …"); an editor's note that the text changed ("This story has been
    # updated with …"); an agency's material used in the text ("Information from AGN was used in this report")
    (r"(?:continue|keep) reading (?:on|at|in)\b[^.!?]{0,40}:?|read (?:more|the (?:full|whole) (?:story|article)) "
     r"(?:on|at)\s*:|(?:more|further details|details|more details) (?:soon|to follow|to come|shortly)\s*"
     r"(?:\.{1,3}|…)?|"
     r"live(?: updates?| blog| coverage)?\s*:\s*(?:follow|read|get|see|watch|track)\b[^.!?]{0,150}|"
     r"follow (?:our|the|all (?:the|our)) (?:latest )?live (?:coverage|blog|updates|page|reporting)\b.{0,120}|"
     r"this (?:story|article|post) (?:has been|was|is being|will be) (?:updated|corrected|amended)\b.{0,150}|"
     r"(?:information|material|reporting|details) from .{1,60} (?:was|were|has been|have been) (?:used|included|"
     r"incorporated) in this (?:report|story|article)\.?", _SHORT),
    # page furniture: skip links, logo alt text, short links, tags, section links, captions
    (r"(?:skip|jump) to (?:the )?(?:(?:main )?(?:content|navigation|menu|search|footer|article)|main$)"
     r"(?:(?<=t)(?-i:(?=[A-Z])).{1,150})?", _SHORT),  # "Skip to contentStay Informed with <site>": a widget glued on
    # a picture's file name alone ("img_4410_small.jpg"), a short line with a widget's "Loading..."
    (r"\S{1,150}\.(?:jpe?g|png|gif|webp|svg)|(?:\S+ ){0,4}loading(?:\.{3}|…)(?: \S+){0,5}", _SHORT),
    (r"(?:[\w&'’.-]+\s+){0,5}logo", _SHORT),
    (r"short (?:url|link)\s*:?\s*\S*|(?:copy|share) (?:the )?link|link copied!?|permalink\s*:?\s*\S*", _SHORT),
    (r"(?:(?:post|article|news|story) )?(?:tags?|topics?|keywords|filed under|categories|category)\s*:.*", _SHORT),
    # a blog's archive heading ("Tag Archives: floods"), an archived copy's note ("This Article is From Feb 16, 2031")
    (r"(?:tag|category|author|monthly|yearly|daily) archives?\s*:.*|"
     r"this (?:article|story|report|page) is from\b.{1,40}", _SHORT),
    (r"more (?:news|stories|on this story|in \w+(?: \w+)?)|quick links:?|(?:editor's|our) picks?|"
     r"(?:listen|watch) (?:live|now)|live (?:tv|radio|updates)|menu|search|home|sections|newsletter", _SHORT),
    # a live player's labels: "Live", "Last updated", "Watch <channel> Live", "Live blog"
    (r"(?:watch|listen to|stream) (?:[\w&'’.-]+ ){0,3}(?:live|now|news|tv|videos?)(?: (?:tv|radio|stream))?|"
     r"live(?: (?:blog|coverage|stream|now))?|(?:last )?updated|(?:auto[- ]?)?refresh(?:ing)?", _SHORT),
    # a search box's prompt: "Type your search and hit enter", "Press Enter to search", "Search this site", "Search..."
    (r"(?:(?:type|enter|start typing) (?:your |a )?(?:search|keywords?)(?: (?:term|query|here))?|start typing)"
     r"(?: (?:and|then) (?:hit|press) enter| to search)?|(?:press|hit) enter to search(?: or (?:press )?esc(?:ape)? "
     r"to close)?|search (?:this|the|our) (?:site|website|archive)|search\s*(?:\.\.\.|…)", _SHORT),
    # a lead-in to an embedded picture or video that the paste lost: "Images show flooded roads:", "Video shows the
    # moment the gate broke:" (a colon closing it, nothing of a sentence after)
    (r"(?:images?|photos?|pictures?|videos?|footage|clips?)\s+(?:shows?|showed|of|from)\b[^.!?:\"“”]{0,120}:", _SHORT),
    # a widget's maker: "Powered by <service>" (four words at most after it, no stop)
    (r"powered by(?: [^\s.!?]+){1,4}", _SHORT),
    (r"(?:published|updated|posted|last updated|first published)(?: on| at)?\s*:?\s*(?=.*\d).{1,60}", _SHORT),
    (r"(?:file )?(?:photo|photograph|image|picture|video|graphic)s?(?: credit)?\s*:\s*.{1,80}", _SHORT),
    # a promo for a video, a gallery or a podcast: "Watch: Footage shows ...", "In pictures | ..."
    (r"(?:watch(?: (?:the )?video)?|listen|in (?:pictures|photos)|(?:photo|video) gallery)\s*[:|]\s*.{1,150}", _SHORT),
    # calls to click, copyright, ad slots
    (r"(?:\S+\s+){0,6}click here\b.*", _SHORT),
    (r"(?:.*\bclick here\b){2}.*", _LONG),  # "For corrections, click here. To write to the editor, click here."
    (r"(?:©|\(c\)\s|copyright\b).*", _LONG),
    (r".*\ball rights reserved\.?", _SHORT),
    # a syndicate's notice under a copy: "Distributed by Harbour Content Agency, LLC."
    (r"distributed by [\w .&'’-]{2,60}?\b(?:agency|syndicate|services?|content)(?:,? (?:llc|inc|ltd)\.?)?\.?", _SHORT),
    (r".*\b(?:may not be|must not be|can ?not be) (?:published|reproduced|broadcast|rewritten|redistributed)\b.*",
     _LONG),
    # an ad slot's marker and the page's note that the text goes on under it, one or both: "- Advertisement -",
    # "Advertisement - Continue reading below", "Article continues after this advertisement", "Keep reading",
    # "Read the full story"; the slot's own buttons ("Report this ad", "Ad Feedback", "Remove ads")
    (rf"[-–—]*\s*(?:{_AD_MARK}(?:\s*[-–—:·|]*\s*(?:{_GOES_ON}|{_AD_BUTTON}))?|{_GOES_ON}|{_AD_BUTTON}|"
     r"sponsored(?: content| advert(?:isement)?)?|paid content|skip advert(?:isement)?)[.:]?\s*[-–—]*", _SHORT),
    # a share widget's prompt or icon's name: "Click to share on X (Opens in new window)", "Share this story",
    # "Facebook icon", "Gift this article"
    (rf"(?:click|tap) (?:here )?to (?:resize|enlarge|expand|zoom(?: in)?|view (?:larger|full[- ]size))(?: (?:the )?"
     r"(?:image|photo|picture|gallery))?|view (?:larger|full[- ]size) (?:image|photo|picture)|"
     rf"(?:click|tap) (?:here )?to share\b.{{0,60}}|share (?:the|this) (?:story|article|post)(?: (?:on|with|via)\b.*)?|"
     rf"share (?:with (?:friends|others)|this on)|(?:share|{_NETWORKS}|print|bookmark|save) (?:icon|button)s?|"
     r"(?:gift|save|bookmark) (?:this )?(?:article|story)", _SHORT),
    # a link alone on a line (the copied source of a text), a video's length in a list of clips ("01:10", "Go to
    # video"), a rating or read counter
    (r"(?:https?://|www\.)\S+|\d{1,2}:\d{2}(?::\d{2})?|go to video|rating\s*:\s*\d[\d.]*(?:\s*/\s*\d+)?|"
     r".*\b(?:has been|was) (?:read|viewed) \d[\d,]* times\b.*", _SHORT),
    # a comment section's sign-in and house rules; a paywall's prompts
    (r"(?:log|sign) ?(?:in|out)|welcome to the discussion\.?|keep it clean\b.*|(?:post|add) a comment\b.*|"
     r"want (?:to read )?the full story\??|.*\b(?:already an? (?:subscriber|member)|become an? (?:subscriber|"
     r"member)|subscribers? only|being an? (?:[\w'’]+ ){0,3}subscriber)\b.*", _SHORT),
    # a wire agency's photo label ("Associated Press photo", "Reuters file photo"), a gallery link
    (rf"(?:{_AGENCY})\s+(?:file\s+)?(?:photo(?:graph)?|picture|image)s?(?:\s*[:/,]\s*[\w .'’-]{{1,60}})?|"
     rf"\(?full[- ]size (?:photo|image)\)?.{{0,30}}",
     _SHORT),
    # page widgets: sorting, error notices, section labels, post lists, contact forms, machine voice notes
    (r"(?:sort|filter) by.{0,40}", _SHORT),  # "Sort byDropdown arrow" (an icon's name glued on)
    (r"oops!?|something went wrong[.!]?|(?:please )?try again(?: later)?[.!]?|(?:page|content) not found[.!]?",
     _SHORT),
    (r"synopsis|summary|highlights|story highlights|key (?:points|takeaways)|in brief|at a glance|source link|"
     r"(?:most|more) (?:recent|popular|read|viewed|shared|commented)(?: (?:posts|stories|articles|news))?|"
     r"(?:more|recent|related|older|newer|previous|next) (?:posts?|entries|articles)|send us an? (?:message|tip)|"
     r"contact us|(?:open|close|toggle) (?:menu|navigation|search)|view", _SHORT),
    (r"this (?:audio|article|summary|text|content|story|transcript) (?:is|was|has been) (?:created|generated|"
     r"produced|made|written|narrated|translated) (?:with|by|using) (?:the help of )?(?:an? )?(?:ai|artificial "
     r"intelligence)\b.*", _SHORT),
    (r"\(?this is an? (?:developing|breaking) (?:story|news(?: story)?)\b.*", _LONG),
    (r"(?:more )?(?:details?|news|updates?|information) (?:later|to follow|soon|shortly|awaited)\s*(?:\.{1,3}|…)?",
     _SHORT),
    # a picture widget's labels ("image source, <credit>", "image caption,") and a credit line
    (r"(?:image|media|video|photo) (?:source|caption)\b\s*[,:]?.{0,80}", _SHORT),  # the comma is lost in some copies
    # a syndicated copy's notice: "(This story has not been edited by <site> staff and is auto-generated from a
    # syndicated feed.)", "(Only the headline ... may have been reworked ...; the rest ... is auto-generated ...)"
    (r"\(?(?:disclaimer\s*:\s*)?(?:this (?:is an? (?:[\w-]+ ){0,4}?)?(?:story|article|report|copy|post|news)|"
     r"only the headline|(?:the )?"
     r"(?:headline|story|rest))\b.*"
     rf"\b(?:syndicated|agency|wire|news agency|(?-i:{_AGENCY}))(?: news)? (?:feed|service)\b.*", _LONG),
    (r"(?:photo|image|picture)s? courtesy(?: of)? .{1,100}", _SHORT),
    (r"(?:authors?|written by|posted by|edited by|date|time)\s*:\s*.{1,80}", _SHORT),
    (r"(?-i:(?:Team|TEAM) [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)?)", _SHORT),
    (r"(?:an? |the )?(?:screen ?grab|screenshot|file (?:photo|picture|image))\b.{0,150}[^.!?\"”]", _SHORT),
    # a screen reader's labels around a list widget: "list of 3 items", "end of list" (run together when pasted)
    (r"list of \d+ items?\s*(?:end of list)?|end of list", _SHORT),
    # a picture's alt text: "<network> user photo of the flood", "Photo of the damaged bridge" (no sentence end)
    (r"(?:[\w'’]+ ){0,3}(?:user )?(?:photo|image|picture|video)s? (?:of|shows|showing)\b.{0,100}[^.!?\"”]",
     _SHORT),
    # reading widgets: "Enable Read mode", "100% Font Size", "A- A A+", "Listen to this article"
    (r"(?:enable|disable|exit|switch to) read(?:ing|er)? mode|(?:\d{2,3}\s*%\s*)?(?:font|text) size|"
     r"a\s*-\s*a\s*a\s*\+|(?:listen to|play) this (?:article|story)(?: \d+ min)?|"
     r".{0,60}\badjust (?:font|text) size\s*:?|"
     r"(?:estimated )?read(?:ing)? time\s*:?\s*.{1,30}|all (?:news|stories|articles)", _SHORT),
    # an embedded post's signature: "— Outlet (@handle) October 3, 2031"
    (_POST_SIGNATURE, _SHORT),
    # breadcrumbs: "Home > News > ...", "Current: Home / World"
    (r"(?:[\w ]{1,20}:\s*)?home\s*[>»›/|]\s*.*", _LONG),
    # a label whose value was a link or an icon: "Source:", "Posted By:", "Last Updated:"; a blog's tag line
    (r"(?:sources?|posted (?:by|in|on)|filed (?:by|under)|authors?|written by|last (?:updated|modified)|updated|"
     r"published(?: on)?|date|categor(?:y|ies)|topics?)\s*:|(?:[\w-]+ )?tags\s*:.{0,200}|"
     r"(?:article|story|news|content) source\s*:.{1,120}", _SHORT),
    # a caption closed by its picture's credit after a dash: "… at a relief centre. — Picture via <network>/AGN"
    (r".{10,300}\s[—–-]{1,2}\s*(?:picture|photo|image)s?\b(?:\s+(?:via|by|courtesy(?: of)?|from)\s+|\s*[:/]\s*)"
     r"(?-i:[A-Z@])[\w@.'’ /&-]{0,60}", _LONG),
    # a picture viewer's label before its caption: "View Full Image <caption>"
    (r"(?:view|see|open) (?:the )?(?:full|larger|large|full[- ]size) (?:image|photo|picture)\b.{0,300}", _LONG),
    # a paywall's and an account's prompts: "Become a client to read more", "Already have an account?"
    (r"(?:become an? [\w ]{1,30}|subscribe|register|sign (?:up|in)|log ?in|create an account) to (?:read|continue|"
     r"view|access|unlock|see|get|join)\b.{0,120}|already have an account\??|(?:register|sign up) for (?:free|an? "
     r"(?:free )?account)\b.{0,60}|get (?:full )?access|this is (?:premium|subscriber[- ]only|exclusive|paid|"
     r"members[- ]only) content\b.{0,120}|you may already have access\b.{0,120}|unlock (?:additional|more|full|"
     r"this|exclusive) (?:content|articles?|stories|access)\b.{0,40}|request a free trial\b.{0,60}|create an "
     r"account or (?:log ?in|sign in)\b.{0,60}", _SHORT),
    # a page's edges and a player's notices: "top of page", "Back to top button", "Exit mobile version",
    # "Accessibility links", "No media source currently available", "For Daily Alerts", "Newest First Oldest First"
    (r"(?:top|bottom) of (?:the )?page|(?:back|go|scroll) to (?:the )?top(?: button)?|exit mobile version|"
     r"accessibility links|please wait\.{0,3}|no media source (?:is )?currently available|direct link|"
     r"breaking news|for (?:quick|daily|instant|breaking) (?:alerts|news|updates)|(?:newest|oldest|latest) first"
     r"(?:\s*(?:newest|oldest) first)?", _SHORT),
    # a picture's credit line ("Photo by Ana Vell on <stock site>"), a widget's labels ("Loading...", "Just In",
    # "Full Article", "Latest updates:", an image slot's name "article-image"), promos for other stories
    (r"(?:photo|image|picture|video)s? by [\w .'’&@-]{2,60}(?: on [\w .'’&-]{2,40})?|published|full (?:article|story)|"
     r"latest updates?\s*:?|loading(?:\.{3}|…)|just in|(?:article|featured|hero|post|story|lead)-(?:image|img|photo|"
     r"thumbnail|media)|(?:now read|see now|read now|must read|don'?t miss)\s*:.{1,200}", _SHORT),
    (r"similar (?:news|stories|articles)\s*:.{0,300}", _LONG),
    # a related link and a comment section's label in other languages ("ЧИТАЙТЕ ТАКЖЕ: <headline>", "Leia também:
    # <headline>", "Lire aussi", "Комментарии"), an editor's tag ("(Editor: Ana Vell)")
    (r"(?:читайте также|читайте еще|смотрите также|leia também|leia mais|veja também|lea también|lee también|"
     r"vea también|(?:à )?lire aussi|lesen sie auch|mehr zum thema|leggi anche|czytaj (?:także|też|więcej)|"
     r"citește și|pročitajte još)\s*[:|»\-–—]?.{0,150}|"
     r"комментарии|комментариев \d+|comentarios|comentários|commentaires|kommentare|commenti|yorumlar|"
     r"\(?(?:editor|edit|edited by|responsible editor)\s*:\s*[^()\n]{1,40}\)?", _SHORT),
    # a page's markup left as text ("<label id=…></label>"), a template's field name before a caption
    # ("page.main_image.caption <caption>")
    (r"(?-i:(?:\s*</?[a-z][a-z0-9]*(?:\s[^<>\n]{0,200})?/?>)+)|"
     r"(?-i:[a-z]+(?:[._][a-z]+)*_[a-z]+(?:[._][a-z]+)*)\s.{1,300}", _LONG),
    # a prompt between a text's paragraphs and its pictures: "Scroll down for more...", "Scroll down for video"
    (r"scroll (?:down )?for (?:more|video|the video|pictures|photos)\b.{0,20}", _SHORT),
    # a picture's credit passed on by a service: "Ana Vell via Harbour Witness: AGN"
    (rf"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{1,3}}) via [\w .&'’-]{{2,40}}?(?::\s*|\s*/\s*)(?:{_AGENCY})", _SHORT),
    (r"by (?:the )?(?:editor|admin|administrator|webmaster|staff)|"
     r"you must be logged in to (?:post a )?comment\b.{0,20}|"
     r"(?:p|pg|page)\.?\s*\d{1,3}", _SHORT),
    # a live page's and a browser's prompts ("Follow the latest updates", "As it happened", "Stay up to date with
    # notifications from <site>"), a blog's comment form ("You are commenting using your <network> account.") and
    # its counters ("More than 4,830,000 pageviews from 160 countries"), a reading widget's "Text settings"
    (r"follow (?:all )?(?:the )?(?:latest|live) (?:updates|developments|news|coverage)\b.{0,40}|"
     r"as it happened(?:ended)?\d*|stay up to date with\b.{0,80}|notifications can be managed\b.{0,60}|"
     r"fill in your details below\b.{0,80}|"
     r"you are commenting using your\b.{0,80}|(?:google|twitter|facebook|wordpress(?:\.com)?) (?:photo|picture)|"
     r"(?:more than |over )?\d[\d,.]*[km]? (?:page ?views|visits|visitors)(?: from \d+ countries)?|text settings|"
     r"published on", _SHORT),
    # a list of the page's links ("Links:", "[1] https://…"), a terms-of-use notice, a newsletter's prompts ("A
    # roundup of our top stories, delivered Fridays to your inbox.", "View Back issues")
    # a wire's end-of-copy mark ("Enditem", "(END)", "-- End --", "- ENDS -"), a live story's closing notice ("This
    # was a breaking news story. The details were updated as ..."), a newsletter form's consent line ("By submitting
    # your email ..., you agree to our Terms"), a prompt to follow an account ("Listen to @HarbourRadio for the latest")
    (r"[-–—]*\s*\(?(?-i:Enditem|ENDITEM|End|END|ENDS)\)?\s*[-–—]*|"
     r"this (?:was|is) a (?:breaking news|developing|live) story(?:\W*|.{0,200}\bupdat.{0,200})|"
     r"by (?:submitting|entering|signing up|subscribing|clicking|registering)\b.{0,120}\byou (?:agree|consent|"
     r"acknowledge|accept)\b.{0,200}|(?:listen|tune in|follow|watch)(?: to| us on)? @\w{2,30}\b.{0,60}", _LONG),
    (r"links?\s*:|\[\d{1,3}\]\s*(?:https?://|www\.)\S+|(?:updates? to|we are updating|we have updated) our (?:terms|"
     r"privacy|cookie)\b.{0,150}|(?:view|see|browse) (?:the )?back issues|.{0,100}\bdelivered (?:\w+ ){0,3}to your "
     r"inbox\b.{0,60}|check out the latest\b.{0,60}", _SHORT),
    # a site's name as a web address alone on a line: "Harbourledger.com"
    (r"(?:www\.)?[\w-]{2,40}\.(?:com|net|org|info|news|co|tv|in|pk|lk|bd|ng|uk|au|za|ke)(?:\.[a-z]{2})?", _SHORT),
    # a live page's notices that it stopped or moved ("This blog is no longer being updated. For more …", "We are now
    # moving our live coverage onto a new page.")
    (r"this (?:live )?(?:blog|page|story|coverage|live ?blog|feed) (?:is|has) no longer (?:being )?updated\b.{0,150}|"
     r"(?:we are|we're|we have) (?:now )?(?:moving|moved|pausing|paused|ending|closing) (?:our|this) live "
     r"(?:coverage|blog|updates)\b.{0,150}", _LONG),
    # an app's prompt ("Get the Ledger on your phone with the free app. Download from the App Store or Google Play"),
    # an editor's note in brackets ("(Web editor: Ana Vell, Teo Brand)"), a gallery's counter ("1 of 10 To full screen")
    (r"(?:get|download|install|read)\b.{0,80}\b(?:on your (?:phone|mobile|smartphone)|app store|google play|"
     r"play store)\b.{0,150}|\(\s*(?:web |copy |online )?editors?\s*:[^()]{1,80}\)|"
     r"\d{1,3} of \d{1,3}(?: to full screen)?",
     _SHORT),
    # a label over a list ("Summary:"), a live page's entry heading run into its stamp ("Talks resume in the
    # capitalpublished at 07:16 GMT 16 October 2031"), a text-size widget ("Print Mail Large Medium Small"), a
    # breadcrumb of sections ("WORLD> Asia", "News / More")
    (r"(?:summary|synopsis|highlights|key points|in brief)\s*:|"
     r".{1,150}?(?:published|updated|posted) at \d{1,2}[:.]\d{2}\b.{0,60}[^.!?]|"
     r"(?:print\s+)?(?:(?:e-?)?mail\s+)?large\s+medium\s+small\b.{0,40}|"
     r"(?-i:[A-Z][\w&'’]*(?: [A-Z][\w&'’]*)?(?:\s*(?:>{1,2}|»|›)\s*|\s+/\s+)[A-Z][\w&'’]*(?: [A-Z][\w&'’]*)?)",
     _SHORT),
    # a text-size widget's buttons ("Text size Aa Aa", "+ A", "A -"), a page's print and mail links run together
    # ("Printer-friendly versionSend by emailPDF version"), a comment form's header ("Add new comment"), a link to
    # the source's copy ("Full story: KXYZ"), a byline that lost its date ("Posted by ana_v on"), a byline with the
    # writer's post ("Ana Vell, staff writer")
    (r"(?:text|font) size\s*:?(?:\s*aa)*|[+\-–]\s*a|a\s*[+\-–]|"
     r"(?:(?:printer[- ]friendly|print|pdf) version|send (?:by|via|to) (?:e-?mail|a friend)){1,4}|"
     r"(?:add|post|leave|write) (?:a )?new (?:comment|reply)|full (?:story|article|report)\s*(?::|at|on)\s*"
     r"[\w .'’&-]{1,40}|posted by [^,.;:\d]{1,40}? on|"
     r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),\s*(?:senior |chief |contributing |special )?(?:staff )?"
     r"(?:writer|reporter|correspondent|contributor)", _SHORT),
    # a promo in brackets ("(MORE: Check the storm threat)"), an editor's update note ("Updated with death toll.")
    (r"\(\s*(?:more|related|read more|see also|also read|watch|video)\s*:\s*[^()]{1,100}\)|"
     r"updated (?:with|to (?:add|include|reflect|correct))\b[^.!?]{0,60}[.!]?", _SHORT),
    # an ad slot's label left as text ("ARTICLE AD BOX", "Inline Ad Slot 2", "Advertisement Box"), a paywall's promo
    # for a free part ("Unlock the <Newsletter> for free"), a widget's close button ("Close Button", "Close ad")
    (r"(?:(?:article|inline|in-?article|mid-?article|top|bottom|side(?:bar)?|story|banner|native|sticky)\s+)?"
     r"ad(?:vert(?:isement)?)?\s+(?:box|slot|space|unit|block|container|placeholder|banner)(?:\s*\d{1,2})?|"
     r"unlock (?:the |our |your |this )?[\w'’ -]{1,40}? for free\b.{0,60}|close (?:button|ad|advert|advertisement|x)",
     _SHORT),
    # a sponsor's block ("Sponsored Links"), a blog's tag archive ("Entries in <tag> (35)"), a loading notice ("Hold
    # tight - we're checking permissions before loading more content"), a comment counter ("Comments (0) Closed"), a
    # blog entry's footer ("This entry was posted on <date> and is filed under", "Follow any responses to this post
    # through RSS."), a promo for a special page ("Special Report: <title> |")
    # a sponsors' link ("View all sponsors"), a station's or a podcast's promo ("Listen to our new podcast <name>",
    # "Listen to <station> now on <app>!")
    (r"(?:view|see) (?:all )?(?:our )?sponsors|"
     r"listen to (?:our|the) (?:new |latest )?(?:podcast|show|episode)\b.{0,60}|"
     r"listen to [\w .&'’-]{2,40}? (?:now |live )?on [\w .&'’-]{2,30}!?", _SHORT),
    (r"sponsored (?:links?|content|stories|posts)|entries in .{1,60}\(\d+\)|(?:hold tight|please wait)\b.{0,80}\b"
     r"(?:loading|checking)\b.{0,80}|comments?\s*\(\d+\)\s*(?:closed)?|this entry was posted\b.{0,150}|"
     r"\W{0,3}follow any responses to this (?:post|entry)\b.{0,200}|special (?:report|coverage)\s*:.{1,120}\|", _LONG),
    # an appeal to the reader for money: "our reporting/journalism/mission" and a request to give ("If you've
    # seen value in our reporting, please contribute what you can."), "Support from readers like you keeps us going.",
    # "We need your help now"; never in quotes
    (r"(?![^\"“”‘’]*[\"“”‘’])(?:(?=.*\bour (?:reporting|journalism|mission|newsroom|work)\b)"
     r"(?=.*\b(?:please (?:contribute|donate|support|give|consider)|contribute what you can|donate (?:now|today)|"
     r"chip in)\b).{1,400}|.{0,100}\breaders like you\b.{0,200})|"
     r"we need your (?:help|support)(?: now| today)?[.!]?",
     _LONG),
    # a widget's last labels ("Learn more", a player's "Download", a numbered ad slot "Advertisement 14"), a blog's
    # author box over its list of posts ("Latest posts by Ana Vell (see all)"), a picture's credit alone on its line
    # ("Harbour Network via AGN"; a picture's: no credit), a logo's alt text, alone or run into the headline
    # ("Harbour Radio logo Locks reopen after vote": a sentence about a logo has its stop)
    # a player's label for a report, no stop: "Hear Harbour Radio's Ana Vell", "Listen to Ana Vell's report"
    (r"(?:hear|listen to|watch)\s+(?-i:[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3})['’]s(?-i:(?:\s+[A-Z][\w.'’\-]*){0,3})"
     r"(?:\s+(?:report|story|interview|piece|segment))?", _SHORT),
    # a picture's caption as a phrase, no verb of its own and no stop: "Satellite map showing the flooded valley"
    (r"(?-i:(?:[A-Z][\w'’.\-]*\s+){0,3})(?:map|photo(?:graph)?|image|picture|video|graphic|screenshot|footage|"
     r"still)s?\s+showing\s+[^.!?]{3,150}", _SHORT),
    (rf"learn more|download|advertisement\s+\d{{1,2}}|latest posts by [^()]{{1,60}}\(see all\)|"
     rf"(?-i:[A-Z][\w.'’&\-]*(?:\s+[A-Z][\w.'’&\-]*){{0,5}})\s+via\s+(?:{_AGENCY})|"
     r"(?-i:[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,2}\s+logo(?:\s+[A-Z].{0,150}[^.!?\s])?)", _SHORT),
    # a site's notice about the reader's browser or its cookies, in one place: the player's and the page's notices
    # ("This browser does not support the Video element.", "Please use Chrome browser for …", "You are using an older
    # browser version.", "IE 11 is not supported. For an optimal experience visit our site on another browser."), the
    # cookie banner's lines ("We use cookies …", "Accept all cookies", "Cookie settings", "By continuing to use this
    # site …", "We need your consent to load this video"), and any line to the reader ("you", "your") that names the
    # browser or its cookies and asks to upgrade, enable or consent ("Cookies seem to be switched off in your browser.",
    # "By staying on this page you consent to our cookies, …"); never a sentence that quotes or reports
    (r"(?:this|your) browser does not support\b.{0,80}|please use (?:a |the )?[\w ]{1,30} browser\b.{0,80}|"
     r"you are using an? (?:older|outdated|unsupported) (?:browser|version)\b.*", _SHORT),
    # a site's description as a search result or a share card prints it: "<headline> harbourpost.com - get the
    # latest breaking news, sport news & rumours, viral videos and top stories from harbourpost.com"
    (r"(?:.{0,200}?\b[\w-]+\.(?:com|net|org|co\.uk|co|in|news|tv)\s*[-–—|:]\s*)?(?:get|find|read) (?:all )?the latest "
     r"(?:breaking )?news\b(?![^.!?]*\b(?:said|says|told|according)\b).{0,300}", _LONG),
    (r"ie ?\d{1,2} is not supported\b.{0,120}|for an optimal experience\b.{0,100}|"
     r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b.*|(?:accept|reject|manage)(?: all)? cookies\b.*|"
     r"cookie (?:settings|preferences|policy|notice)\b.*|by (?:continuing to use|using) (?:this|our) "
     r"(?:web)?site\b.*|we need your (?:consent|permission) to (?:load|show|display)\b.*|"
     r"(?!.*\b(?:said|says|told|according)\b)(?![^\"“”]*[\"“”])(?=.*\b(?:browsers?|cookies?)\b)(?=.*\byour?\b)"
     r"(?=.*\b(?:upgrade|update|enable|enabled|disabled|supported|consent|accept|allow|experience)\b).{1,400}", _LONG),
)
# One alternation per length class: one regex call per line instead of one per pattern.
_BOILERPLATE_SHORT = re.compile("|".join(f"(?:{p})" for p, n in _BOILERPLATE_PATTERNS if n == _SHORT), re.I)
_BOILERPLATE_LONG = re.compile("|".join(f"(?:{p})" for p, n in _BOILERPLATE_PATTERNS if n == _LONG), re.I)

_READ = re.compile(r"^(?P<kw>(?:also\s+)?read(?:\s+(?:more|also|next|this))?|more(?=\s*:))\b(?P<sep>\s*[:|>»\-–—]*)\s*"
                   r"(?P<rest>.*)$", re.I)  # "More: <headline>" too
_FOOTNOTE_LINE = re.compile(r"^(?P<m>\*{1,3}|†{1,2}|‡)(?=\w)[^*†‡]+$")
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u2060\u00ad"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Cleaned:
    """Clean text plus what was taken out of it."""

    text: str
    removed: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    credit: str | None = None
    dateline: str | None = None


def normalize_text(raw: str) -> str:
    """NFC, "\\n" line ends, no invisible or control characters, no trailing spaces on lines, a straight apostrophe
    inside a word (:func:`straighten_apostrophes`)."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = straighten_apostrophes(_CONTROL.sub("", text.translate(_INVISIBLE)))
    return "\n".join(line.rstrip() for line in text.split("\n"))


#: marks a page types for an apostrophe inside a word ("yesterday`s", "the group´s", "OLFʼs"); the parser reads
#: them as punctuation, which cuts a possessive off its name and a clause in two, and no rule reads them as "'s"
_ODD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[`\u00b4\u02bc](?=[^\W\d_])")


def straighten_apostrophes(text: str) -> str:
    """``text`` with a backtick, an acute accent or a modifier-letter apostrophe between two letters made "'",
    character for character (offsets into the result are offsets into ``text``); a backtick elsewhere (a
    quotation in backticks) stays."""
    return _ODD_APOSTROPHE.sub("'", text)


def _is_related_link(line: str) -> bool:
    """'Read ...' followed by a headline ('Read Envoy quits amid row'), not a sentence ('Read it, he said.').

    "Also read", "Read more", "Read:" mark a link whatever follows; a bare
    "Read" needs a headline after it: capitalised, short, no closing full stop.
    """
    m = _READ.match(line)
    if not m:
        return False
    rest = m.group("rest").strip()
    if not rest:  # "Read more", "READ ALSO"
        return True
    if len(rest.split()) > 20 or (m.group("kw").lower() == "more" and not rest[0].isupper()):
        return False  # "More: the council will meet again." is the text's
    if " " in m.group("kw").strip() or m.group("sep").strip():
        return True
    end = rest.rstrip("\"'”’)»")
    if end.endswith("?") and rest[0].isupper() and len(rest.split()) <= 12:
        return True  # a question headline ("Read Who is X?")
    if end.endswith((".", "!", "?", ",", ";")):
        return False
    return rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘«"


#: words of share and reaction counters ("12 Shares", "Share 0 Tweet 0 Email", "1.4K shares")
_COUNTER_WORDS = frozenset(re.findall(r"\S+", """
share shares shared tweet tweets retweet retweets email e-mail mail whatsapp facebook twitter x linkedin pin
pinterest telegram reddit messenger print comment comments like likes view views reads hits reaction reactions save
copy link instagram youtube tiktok threads bluesky snapchat"""))
_COUNT = re.compile(r"\d[\d.,]*[kKmM]?")
_SEPARATORS = re.compile(r"\s+[|•·]\s+|\s+[|•·]$|^[|•·]\s+")


def _is_counter_line(stripped: str) -> bool:
    """Nothing but share/reaction words and counts, with at least one of the words."""
    tokens = [t for t in re.split(r"[\s|•·,:()]+|(?<=[a-z])(?=\d)", stripped) if t]  # "4 views0 comments"
    return (0 < len(tokens) <= 12 and any(t.lower() in _COUNTER_WORDS for t in tokens)
            and all(t.lower() in _COUNTER_WORDS or _COUNT.fullmatch(t) for t in tokens))


def _is_link_list(stripped: str) -> bool:
    """Pipe- or bullet-separated short items: a navigation bar or a line of related headlines.

    Every item is short (at most 12 words) and none ends a sentence, so a
    quoted sentence with a pipe in it stays.
    """
    items = [i.strip() for i in _SEPARATORS.split(stripped) if i.strip()]
    return (len(items) > 1 and len(stripped.split()) <= _LONG
            and all(len(i.split()) <= 12 and not i.endswith((".", ";", ",")) for i in items))


#: a breadcrumb's arrows: "Society ❯ Community Safety ❯ Evacuations", "News › World › Valdora"
_CRUMB = re.compile(r"\s*[❯›»→]\s*")


def _is_breadcrumb(stripped: str) -> bool:
    """Three or more short items (four words at most, each capitalised, none ending a sentence) between arrows."""
    items = [i.strip() for i in _CRUMB.split(stripped)]
    return (len(items) >= 3 and all(i[:1].isupper() and len(i.split()) <= 4 and not _ends_sentence(i) for i in items))


def _is_topic_labels(stripped: str) -> bool:
    """A page's topic labels after a pipe ("| Politics, Europe, Protests"): two or more short capitalised items
    (four words at most, none ending a sentence) between commas, the line opening with the pipe."""
    if not stripped.startswith("|"):
        return False
    items = [i.strip() for i in stripped[1:].split(",")]
    return len(items) >= 2 and all(i[:1].isupper() and len(i.split()) <= 4 and not _ends_sentence(i) for i in items)


#: an icon or template name ("info_icon", "share_btn"): words joined by underscores are code, not prose
_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:\s+[a-z][a-z0-9]*(?:_[a-z0-9]+)+)*")  # "play_store app_x"
#: list bullets a pasted page leaves before its widgets ("  • Oops!")
_BULLETS = "•·▪►▶◦‣"


def _doubled(stripped: str) -> bool:
    """A short text written twice running ("Daily NewsDaily News"): a logo's alt text next to its name."""
    half, odd = divmod(len(stripped), 2)
    return not odd and half >= 4 and len(stripped.split()) <= 12 and stripped[:half] == stripped[half:]


#: a list item's dash before a widget's label ("- Share via")
_LIST_DASH = re.compile(r"^[-–—]\s+(?=\S)")
#: a listed link to a post, its date after a dash: "Keepers close the locks - March 1, 2031"
_DATED_ITEM = re.compile(r"(?P<head>.{10,200}?[^.!?,;:\s])\s+[-–—|]\s+(?P<stamp>[^-–—|]{6,40})")
#: a promo for another story run into the text under an upper-case kicker ("TWO CITIES, ONE PLAN: Council
#: weighs bridge as costs rise"): several upper-case words (or a comma among them), a colon, a short headline
_CAPS_PROMO = re.compile(r"(?P<caps>[A-Z][A-Z0-9'’&\-]*(?:,? [A-Z0-9][A-Z0-9'’&\-]*)+):\s+(?P<rest>\S.*)")
#: capitalised words that a headline has and a person's name has not
_HEADLINE_WORDS = frozenset(re.findall(r"\S+", """a an the in at of on for to from by with after over as and or
into is are was were not no new says said amid"""))


def _caps_promo(stripped: str) -> bool:
    """An upper-case kicker of three or more words (or with a comma), a colon and a headline of 4–20 words that
    ends no sentence. A dateline ("PORT AMMERIN: Ten people died.") has two words and a sentence after it."""
    m = _CAPS_PROMO.fullmatch(stripped)
    if not m:
        return False
    caps, rest = m.group("caps"), m.group("rest")
    kicker = len(caps.split()) >= 3 or "," in caps
    return kicker and 4 <= len(rest.split()) <= 20 and not _ends_sentence(rest) and not rest.endswith(":")


#: another story's headline and its outlet after a spaced dash or a bar, as an aggregator lists it ("Keepers strike
#: for a second week - Harbour Ledger"): a headline of 4-20 words that ends no sentence, and 1-4 capitalised words
_OUTLET_HEADLINE = re.compile(r"(?P<head>[A-Z0-9\"“‘'][^|–—]{10,150}?[^.!?:;,\s\"”’'])\s+(?:[-–—|]|--)\s+"
                              r"(?P<outlet>(?:[Tt]he )?[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,3})")


def _outlet_headline(stripped: str) -> bool:
    """A headline and its outlet under the text's start (:data:`_OUTLET_HEADLINE`): a link to another story."""
    m = _OUTLET_HEADLINE.fullmatch(stripped)
    if m is None or "  " in stripped or _ends_sentence(stripped):  # a table's row ("SARN    DOCK, 2 OVER JUNE -
        return False  # FIRM"), a sentence that ends with a name after a dash ("… and Lesk Ltd - Sarn Guild Spa.")
    words = m.group("head").split()
    cased = sum(any(ch.islower() for ch in w) for w in words)  # a headline's words, not a row in capitals
    return 4 <= len(words) <= 20 and 2 * cased >= len(words) and not _date_stamp(m.group("outlet"))


def _prose(line: str) -> bool:
    """A sentence of the text: 8 words or more, ending with its stop."""
    return len(line.split()) >= 8 and _ends_sentence(line.strip())


def _author_line(line: str) -> bool:
    """A person's name alone on a line (2–4 capitalised words, no headline word, no figure): an author's byline
    when an agency's name follows it ("Ana Vell" over "Associated Press")."""
    words = line.strip().split()
    if line.strip().endswith(".") and not re.search(r"\b[A-Z]\.$", line.strip()):
        return False  # "… with Chancellor / Ana Vell.": the end of a sentence wrapped at a fixed width
    return (2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha()
                                          for w in words)
            and not any(w.lower() in _HEADLINE_WORDS for w in words))


#: section names run together without spaces ("HomeWorldSportOpinion"): a menu that lost its separators
_GLUED_MENU = re.compile(r"(?:[A-Z][a-z]{1,15}){4,}")


#: a date stamp's label: "Updated:", "Last Modified:", "Publish Date :", "Posted on"
_STAMP_LABEL = re.compile(r"(?:(?:and\s+)?(?:last\s+)?(?:updated|modified|update|published|posted|uploaded|created)|"
                          r"publish(?:ed)?\s+"
                          r"date|date|first\s+published)(?:\s+(?:on|at))?\s*[:\-–—|]?\s*", re.I)
#: the words a date stamp may hold besides figures: months, weekdays, "am"/"pm", time zones
_STAMP_WORDS = frozenset({*MONTHS, *(m[:3] for m in MONTHS), "sept", *WEEKDAY_NAMES, *(d[:3] for d in WEEKDAY_NAMES),
                          "tues", "thur", "thurs", "am", "pm", "a.m", "p.m", "gmt", "utc", "ist", "est", "edt", "cst",
                          "uk", "cdt", "pst", "pdt", "cet", "cest", "bst", "et", "pt", "pkt", "wib", "hrs", "hr", "at",
                          "on"})
#: a time zone's two to four capitals right after a clock time ("08:31 BJT")
_ZONE = re.compile(r"(?<=\d[:.]\d\d)\s+(?!(?:AM|PM)\b)[A-Z]{2,4}\b")
#: a figure of a date or a time: "18", "30th", "22:18", "4.25pm", "2031-02-08", "09/03/2031", "09-December-2031"
_STAMP_FIGURE = re.compile(r"\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm|[+-]\d{2}(?::?\d{2})?)?|"
                           r"\d{1,2}-[a-z]{3,9}-\d{2,4}|\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?|"
                           r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", re.I)
_WEEKDAY_ABBR = frozenset(d[:3] for d in WEEKDAY_NAMES)
#: an author's name (two to four capitalised words) before a date stamp, glued to it or not
_STAMP_AUTHOR = re.compile(r"[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]+){1,3}?\s*(?=\d)")
#: a "when" that says how long ago: "39 seconds ago", "world3 days ago" (a section's name glued on), "12m", "2h"
_AGO = re.compile(r"[^\W\d]{0,20}\d{1,3}\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
                  r"\s+ago|"
                  r"(?-i:\d{1,2}[mhd])|"
                  # the same in other languages: "il y a 3 ans", "hace 2 días", "há 5 horas", "vor 3 Tagen"
                  r"(?:il y a|hace|há|ha|vor)\s+\d{1,3}\s*(?:ans?|jours?|heures?|minutes?|mois|semaines?|años?|días?|"
                  r"horas?|minutos?|meses|mes|semanas?|anos?|dias?|jahren?|tagen?|stunden?|minuten?|monaten?|wochen?)",
                  re.I)


#: an update note after a publication stamp on its line: "Dec. 3, 2031 / 12:34 PM / Updated Dec. 3, 2031 / 3:05 PM",
#: "December 3, 2031 12:34 pm (Updated: December 4, 2031)"
_UPDATE_AFTER = re.compile(r"\s+\(?(?=(?:last\s+)?(?:updated|modified)\b)", re.I)
#: a numeric date alone, either order: "12/3/2031", "03.12.2031"
_NUMERIC_DATE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{4}")

#: how long ago, after a stamp and a separator
_AGO_AFTER = re.compile(r"\s*[/|•·–—-]\s*\d{1,3}\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
                        r"\s+ago\s*$", re.I)


def _code(stripped: str) -> bool:
    """A page's script left as text ("(self.X = self.X || []).push(…);"): a statement's marks ("});", "=>", "||")
    and brackets, braces, colons, quotes and equal signs at least one in ten of its characters."""
    if not any(mark in stripped for mark in ("});", "=>", "||", "function(", "();")):
        return False
    return 10 * sum(stripped.count(ch) for ch in "{}()[];=|<>:\"") >= len(stripped)


def _date_stamp(stripped: str) -> bool:
    """A line that is a date or a time and nothing else, labelled or not ("22:18, 18 August 2031 Saturday",
    "Last Modified: 04 Jun 2031 13:36", "Thu May 23, 2031", "2:16 PM, 7 Jul"), or how long ago ("39 seconds ago").
    A bare number stays (a text of digits alone must reach the reader's "no words" problem)."""
    stripped = stripped.strip("-–—|• ")  # "-January 26, 2031 @ 6:42 GMT|"
    if _AGO.fullmatch(stripped) or ((counted := re.fullmatch(r"(.+?)\s+\d{1,5}", stripped)) is not None
                                    and "ago" in stripped.lower() and _AGO.fullmatch(counted.group(1))):
        return True  # "3 weeks ago 11": how long ago, and the post's comment counter
    if (ago := _AGO_AFTER.search(stripped)) and _date_stamp(stripped[:ago.start()]):
        return True  # "July 31, 2031 / 2:31 PM / 5 years ago"
    if _NUMERIC_DATE.fullmatch(stripped):
        return True  # "12/3/2031": a date, though its day and month may be read either way
    if (note := _UPDATE_AFTER.search(stripped)) and _date_stamp(stripped[:note.start()]) and \
            _date_stamp(stripped[note.end():].rstrip(")")):
        return True  # a publication stamp and its update note: "Dec. 3, 2031 / 12:34 PM / Updated Dec. 3, 2031"
    if (who := _STAMP_AUTHOR.match(stripped)) and _date_stamp(stripped[who.end():]):
        return True  # a live page's entry signed with its time: "Ana Vell12 June 2031 19:31"
    words = stripped.split()
    if len(words) > 2 and words[0].isupper() and len(words[0]) > 1 and any(
            all(w.isupper() for w in words[:k]) and _date_stamp(" ".join(words[k:])) for k in (1, 2)):
        return True  # a print page's section and date: "WORLD NEWS Wednesday 7 June 2031"
    label = _STAMP_LABEL.match(stripped)
    rest = stripped[label.end():] if label else stripped
    rest = _ZONE.sub("", rest)  # a time zone in capitals after the clock time: "08:31 BJT"
    tokens = [t.rstrip(".").lower() for t in re.split(r"[\s,|/–—@]+|\s-\s", rest) if t.strip(".-")]
    if not tokens or len(tokens) > 10 or not any(ch.isdigit() for ch in rest):
        return False
    words = [t for t in tokens if not _STAMP_FIGURE.fullmatch(t)]
    if any(w not in _STAMP_WORDS for w in words):
        return False
    if label:
        return True
    # unlabelled, it needs a clock time, a written-out date, a day, month and year, or a weekday and a month: a row of a
    # table ("Feb 87", "1.55", "1000 hrs cdt", "APRIL 7") is no stamp
    clock = any(re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?|\d{1,2}[.:]\d{2}(?:am|pm)", t) for t in tokens) or \
        any(w in ("am", "pm", "a.m", "p.m") for w in words)
    date = any(re.fullmatch(r"\d{4}-\d{2}-\d{2}.*|\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})", t) for t in tokens) or any(
        (m := re.fullmatch(r"\d{1,2}-([a-z]{3,9})-\d{2,4}", t)) and m.group(1) in _STAMP_WORDS for t in tokens)
    year = any(re.fullmatch(r"(?:19|20)\d{2}", t) for t in tokens)
    month = any(w in MONTHS or w == "sept" for w in words)
    weekday = any(w[:3] in _WEEKDAY_ABBR for w in words)
    day = any(re.fullmatch(r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?", t) for t in tokens)
    return clock or date or (year and day and month) or (weekday and month)  # "JANUARY 1987" heads a table


#: a place before a labelled stamp: "Sarn, First Published Jan 20, 2031, 4:11 PM IST"
_PLACE_STAMP = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+"
                          r"(?P<stamp>(?:first |last )?(?:published|updated|posted)\b.{4,60})", re.I)
#: a post's date and its section: "February 23, 2031 in Nation/World"
_STAMP_SECTION = re.compile(r"(?P<stamp>.{6,40}?) in [A-Z][\w&'’-]*(?:\s*[/&]\s*[A-Z][\w&'’-]*|\s[A-Z][\w&'’-]*){0,3}")


#: an agency's name told twice on a line of its own ("AGN AGN"): a picture's credit (its caption lost), not the text's
_AGENCY_TWICE = re.compile(rf"(?P<a>{_AGENCY})(?:\s+(?P=a))+")


#: a syndicated copy's tracking id alone on a line: one token of twenty characters or more, letters and at least twelve
#: digits ("AGN02031031000045015687ID1109032163"); never a word, and a bare number stays for the "no words" problem
_SYNDICATION_ID = re.compile(r"(?=[A-Za-z\d]*[A-Za-z])(?=(?:[A-Za-z]*\d){12})[A-Za-z\d]{20,80}")
#: a picture's caption between two copies of its credit, as an image widget prints it when pasted ("AGN Keepers
#: walk along the closed lock on Monday in Sarn,AGN"): the same agency opens and closes the line
_FRAMED_CAPTION = re.compile(rf"(?P<a>{_AGENCY}|{_PHOTO_AGENCY})\s+[A-Z\"“].{{10,700}}?[^\W_]?\s*[,.]?\s*(?P=a)")
#: a caption closed by its picture's copyright, holders between slashes, with no sentence of its own before the mark
#: ("The minister's page on the network © Picture Desk/Ana Vell/AGN Connect")
_COPYRIGHT_CAPTION = re.compile(r"[^.!?©\n]{3,200}?\s©\s*[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,2}"
                                r"(?:\s*/\s*[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,2})+")
#: the marks of a site's long notice to the reader: an appeal for money ("Your donation allows us to keep reporters
#: there", "Support Now", "we choose not to lock readers out with paywalls") or a legal disclaimer ("provides the
#: information as is without warranty of any kind", "We do not accept any responsibility or liability")
_APPEAL_MARK = re.compile(r"\byour (?:donation|contribution|support|subscription|gift)\b[^.!?]{0,30}?\b(?:allows|helps|"
                          r"enables|makes|keeps|lets|means)\b|\b(?:support|donate|contribute|subscribe|give) (?:now|"
                          r"today)\b|\bpaywalls?\b|\bpaid for by (?:those|readers|people)\b|\b(?:quality|independent) "
                          r"journalism\b|\breaders like you\b", re.I)
_DISCLAIMER_MARK = re.compile(r"\bwithout (?:any )?warrant(?:y|ies) of any kind\b|\b(?:do|does|shall|will) not "
                              r"(?:accept|assume|take|bear) any (?:responsibility|liability)\b|\bresponsibility or "
                              r"liability for\b|\bprovides? the (?:information|content) [\"“]?as is\b|\bcopyright "
                              r"(?:issues|complaints|infringement)\b|\bkindly contact the (?:provider|publisher)\b",
                              re.I)
#: the marks of a newsletter's sign-up box pasted as one line ("Sign up to our <Name> email for …", "Please enter a
#: valid email address", "Read our privacy notice", "Thanks for signing up"): its prompt, its field, its consent
_SIGNUP_MARK = re.compile(r"\bsign(?:ing)? up (?:to|for) (?:our|the|a|this)\b|"
                          r"\benter (?:a |your )?(?:valid )?e-?mail\b|\bthanks? (?:you )?for signing up\b|"
                          r"\b(?:read|see|view) our privacy (?:notice|policy)\b|"
                          r"\bwould like to (?:be e-?mailed|receive)\b|\bunsubscribe at any time\b|"
                          r"\bby (?:signing up|subscribing|clicking)\b", re.I)
#: how many of those marks make a long line a sign-up box: one of each part (a prompt, a field, a consent). Set from
#: the form; leave-one-story-out on the eighteen dev35 stories (252 articles) 1 to 5 score alike held out (a pasted
#: box holds many more), so the form's three, which asks the most of a line of the text that tells of a sign-up
_SIGNUP_MARKS = 3
#: a word that any of those marks holds
_NOTICE_CUES = ("your donation", "your contribution", "your support", "your subscription", "your gift", " now",
                " today", "paywall", "paid for by", "journalism", "readers like you", "warrant", "responsibility",
                "liability", "as is", "copyright", "kindly contact", "sign up", "signing up", "mail", "privacy",
                "unsubscribe")
#: how long a site's notice may be (one pasted block); a report's paragraph that quotes or tells is never one
_NOTICE_WORDS = 300


def _long_notice(stripped: str) -> bool:
    """A long line that is the site's notice to its reader, not the text's: three marks of an appeal for money, two
    of a legal disclaimer, or three of a newsletter's sign-up box (its prompt, its e-mail field, its consent), no quote
    mark and no speech verb (a report on a paper's finances quotes and tells)."""
    low = stripped.lower()
    if not any(cue in low for cue in _NOTICE_CUES):
        return False  # a substring test first: the marks' scans are dear on every line of a long text
    if len(stripped.split()) > _NOTICE_WORDS or re.search(r"[\"“”]", stripped.replace("“as is”", "")) or \
            _SAID.search(stripped):
        return False
    return len(_APPEAL_MARK.findall(stripped)) >= 3 or len(_DISCLAIMER_MARK.findall(stripped)) >= 2 or \
        len(_SIGNUP_MARK.findall(stripped)) >= _SIGNUP_MARKS


def _two_labels(stripped: str) -> bool:
    """Two widget labels run together on one line ("Share this article Comments"): eight words at most, no stop, and
    the line splits into two parts of three letters or more that are each a label of their own."""
    words = stripped.split()
    if not 2 <= len(words) <= 8 or _ends_sentence(stripped):
        return False
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if len(left) >= 3 and len(right) >= 3 and _BOILERPLATE_SHORT.fullmatch(left) and \
                _BOILERPLATE_SHORT.fullmatch(right):
            return True
    return False


#: a comment section's rules: "… our commenting policy", "Please keep comments respectful", "Comments that are
#: abusive will be removed", "Comments are subject to our community guidelines"
_COMMENT_RULES = (
    re.compile(r"\bcomment(?:s|ing)? (?:policy|policies|guidelines|rules|etiquette|section rules)\b", re.I),
    re.compile(r"^please\b.{0,40}\bcomments?\b.{0,80}\b(?:respectful|civil|abusive|offensive|off-topic|on[ -]topic|"
               r"moderat\w*|guidelines)\b", re.I),
    re.compile(r"^comments?\s+(?:that\s+(?:[\w-]+\s+){1,6})?(?:will be|are|may be|is)\s+(?:removed|deleted|moderated|"
               r"reviewed|closed|subject to|not published|screened)\b", re.I),
    # the section's state, told by the site: "We are not currently accepting comments on this article."
    re.compile(r"\b(?:we|we're|we are)\b.{0,20}\b(?:not|no longer)\s+(?:currently\s+)?(?:accepting|taking|allowing|"
               r"open(?:ing)? (?:for|to))\s+(?:new\s+|any\s+)?comments\b", re.I),
)


_ROLE = (r"(?i:(?:additional |further )?(?:reporting|writing|written|editing|edited|compiled|compilation|research|"
         r"translation|translated|fact-checking|graphics|photos?|video|production|produced))")
_STAFF_NAMES = r"[A-Z][\w'’.-]*(?:(?:\s+|,\s*)(?:[A-Z][\w'’.-]*|and|in|from|at|de|da|van|von|al|el))*"
_STAFF_PART = rf"{_ROLE} by {_STAFF_NAMES}"
#: a line of staff credits, each a role and its people: "Reporting by Ana Vell in Sarn. Editing by Lise Marr.",
#: "(Writing by Tom Berk, editing by Lise Marr)"
_STAFF_CREDITS = re.compile(rf"\(?\s*{_STAFF_PART}(?:\s*[;.,]\s*(?:and\s+)?{_STAFF_PART})*\s*[.;]?\s*\)?\.?")


#: staff credits run into the text's last sentence: "… within a month. Reporting by Ana Vell; Editing by Lise Marr"
#: (in brackets, the wire's house signature: :data:`_HOUSE_SIGNATURES` reads it and its agency)
_STAFF_TAIL = re.compile(rf"(?<=[.!?\"”’])\s+{_STAFF_PART}(?:\s*[;.,]\s*(?:and\s+)?{_STAFF_PART})*\s*\.?$")


def _cut_staff_tail(lines: list[str], removed: list[str]) -> None:
    """Staff credits run into the last paragraph after its last stop go; the sentence stays."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), None)
    if last is not None and (m := _STAFF_TAIL.search(lines[last].rstrip())):
        removed.append(m.group().strip())
        lines[last] = lines[last].rstrip()[:m.start()]


def _staff_credits(line: str) -> bool:
    """A line of staff credits only (:data:`_STAFF_CREDITS`): its people are the text's makers, not its news."""
    return bool(_STAFF_CREDITS.fullmatch(line))


def _comment_policy(line: str) -> bool:
    """A comment section's rules (:data:`_COMMENT_RULES`), with no quotation and no speech verb: a sentence of the
    text that reports what someone said of comments stays."""
    if any(q in line for q in "\"“”«»") or _SAID.search(line):
        return False
    return any(p.search(line) for p in _COMMENT_RULES)


def _symbol_count(stripped: str) -> bool:
    """A symbol and a count, nothing else: a counter's icon lost its label ("💬 12", "👍 1.4K")."""
    head, _, count = stripped.partition(" ")
    return len(head) == 1 and unicodedata.category(head) == "So" and bool(_COUNT.fullmatch(count.strip()))


def _symbol_widget(stripped: str) -> bool:
    """A widget's buttons read as a line: symbols (arrows, plus and minus signs), two or more, with at most a number
    and a unit of two letters and no word ("+ ↺ − 16 px", "◀ ▶ ⟳"): no sentence, no heading is written so."""
    tokens = stripped.split()
    marks = [t for t in tokens if all(unicodedata.category(ch)[0] in "SP" for ch in t)]
    rest = [t for t in tokens if t not in marks]
    return len(marks) >= 2 and any(unicodedata.category(ch) in ("So", "Sm") for t in marks for ch in t) and \
        len(rest) <= 2 and all(re.fullmatch(r"\d+(?:[.,]\d+)?%?|[a-z]{1,2}", t) for t in rest)


#: a widget's remnant that opens with a comma or a semicolon has this many words at most; no line of a text opens
#: so (a line wrapped at a fixed width breaks before a word, never before its comma)
_FRAGMENT_WORDS = 8
#: an icon's name in a page's sprite, glued to the word "icon" ("bookmarkicon", "chevron downicon", "icon-share")
_ICON_WORD = re.compile(r"[a-z-]+icon\b|\bicon[a-z-]+", re.I)
#: the fewest icon names on a line of a sprite's names
_ICON_WORDS = 5


def _icon_sprites(stripped: str) -> bool:
    """A page's icon sprite read out: five or more words glued to "icon", a third of the line's words at least."""
    if "icon" not in stripped.lower():
        return False
    found = len(_ICON_WORD.findall(stripped))
    return found >= _ICON_WORDS and 3 * found >= len(stripped.split())


def _take_lines(lines: list[str], removed: list[str], drop: list[int]) -> None:
    """Move the lines at ``drop`` (in ascending order) from ``lines`` to ``removed``: each goes whole, no blank
    line left in its place (it would split a paragraph)."""
    removed.extend(lines[k].strip() for k in drop)
    for k in reversed(drop):
        del lines[k]


def is_boilerplate(line: str) -> bool:
    """Is this whole line site furniture (comment notice, share line, related link, copyright, ...)?"""
    stripped = line.strip().lstrip(_BULLETS).strip()
    if not stripped:
        return False
    if _SYNDICATION_ID.fullmatch(stripped) or _FRAMED_CAPTION.fullmatch(stripped) or _long_notice(stripped) or \
            ("©" in stripped and len(stripped.split()) <= _SHORT and _COPYRIGHT_CAPTION.fullmatch(stripped)):
        return True
    undashed = _LIST_DASH.sub("", stripped)
    if undashed != stripped and is_boilerplate(undashed):
        return True
    if (undashed != stripped or line.strip()[:1] in _BULLETS) and (dated := _DATED_ITEM.fullmatch(undashed)) and \
            len(dated.group("head").split()) >= 4 and _date_stamp(dated.group("stamp")):
        return True  # a list's link to a post and its date: "- Keepers close the locks - March 1, 2031"
    if _IDENTIFIER.fullmatch(stripped) or _doubled(stripped) or _GLUED_MENU.fullmatch(stripped) or _code(stripped) \
            or _AGENCY_TWICE.fullmatch(stripped):
        return True
    if _is_related_link(stripped) or _icon_sprites(stripped):
        return True
    words = len(stripped.split())
    if words > _LONG:
        return False
    if stripped[:1] in ",;" and words <= _FRAGMENT_WORDS and not _ends_sentence(stripped):
        return True  # ", 19 news, a view": what is left of a widget whose link or date the paste lost
    if _comment_policy(stripped) or _staff_credits(stripped) or _symbol_widget(stripped) or _symbol_count(stripped):
        return True
    told = sum(any(ch.isalnum() for ch in w) for w in stripped.split())  # words, not their separators ("/", "|")
    if _is_counter_line(stripped) or _is_link_list(stripped) or (told <= 14 and _date_stamp(stripped)) or \
            (words <= 16 and (_is_breadcrumb(stripped) or _is_topic_labels(stripped))):
        return True
    if words <= 8 and _two_labels(stripped):
        return True
    if (section := _STAMP_SECTION.fullmatch(stripped)) and _date_stamp(section.group("stamp")):
        return True  # "February 23, 2031 in Nation/World"
    if (placed := _PLACE_STAMP.fullmatch(stripped)) and _date_stamp(placed.group("stamp")):
        return True  # "Sarn, First Published Jan 20, 2031, 4:11 PM IST"
    if words <= _SHORT and _BOILERPLATE_SHORT.fullmatch(stripped):
        return True
    return bool(_BOILERPLATE_LONG.fullmatch(stripped))


#: a byline: "By <who>" alone or before a separator and a date ("By VNA | March 8, 2031", "By Ana Vell, 9 May")
_BYLINE = re.compile(r"^(?:(?:[Ww]ritten|[Rr]eported|WRITTEN|REPORTED)\s+)?(?:[Bb]y|BY)(?:\s*:\s*|\s+|(?=[A-Z][a-z]))"
                     r"(?P<who>[A-Z][\w.'’&\-]*(?:\s+(?:[A-Z][\w.'’&\-]*|and|&|de|van|von|al|bin|ul|ud|ur|da|di|del|"
                     r"dos|el|la|le))*)"
                     r"\s*(?:(?:[|•·,–—/]|\s-\s)\s*(?P<rest>.*))?$")
#: a byline's dateline after its separator: "By Ana Vell - PORT AMMERIN (Valdora)", "By Ana Vell, SARN"
_PLACE_TAIL = re.compile(r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}(?:\s*\([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\))?")
#: a staff byline: "<Outlet> Staff | 19 March 2031", "Web Desk", "Our Correspondent"
_STAFF_BYLINE = re.compile(r"^(?:[A-Z][\w.'’&\-]*\s+){0,4}(?:/\s*)?(?:staff|desk|correspondent|reporter|bureau|"
                           r"staff reporter|news desk|web desk)s?\s*(?:(?:[|•·,–—]|\s-\s)\s*.*)?$", re.I)
_AGENCY_CODE = re.compile(rf"(?:{_AGENCY_LIST}|[A-Z]{{2,6}})")


def byline_credit(line: str) -> tuple[bool, str | None]:
    """Is the line a byline, and the agency it credits if any ("By VNA | March 8" -> (True, "VNA"))?

    A byline is short (12 words at most) and says no more than who and when:
    "By Tuesday, the toll had risen." is a sentence, not a byline.
    """
    stripped = line.strip().lstrip(_BULLETS + "-–— ").strip()  # "- BY ANA VELL"
    if stripped[:3].lower() == "by " and (stamp := _BYLINE_STAMP.search(stripped)):
        stripped = stripped[:stamp.start()]  # "By AGN Published Date - 01:00 PM, Fri - 28 July 31"
    elif stripped[:3] in ("By ", "BY ") and (stamp := _RUN_IN_STAMP.search(stripped)) and stamp.start() > 3 and \
            _stamp_words(stamp.group()):
        stripped = stripped[:stamp.start()]  # "By Ana Vell March 23, 2031 10:15am", "By Ana Vell on March 23, 2031"
    elif (glued := _GLUED_STAMP.search(stripped)) and _STAFF_BYLINE.match(stripped[:glued.start()]):
        return True, None  # "Harbour Web DeskUpdated: Saturday, February 11, 2031, 10:23 AM IST"
    if not stripped or len(stripped.split()) > 12 or stripped.endswith("."):
        return False, None
    if (signed := _AGENCY_SIGNED.fullmatch(stripped)) and (not signed.group("rest") or _dated(signed.group("rest"))):
        return True, _credit_name(signed.group("c"))  # "AGN | Updated: 2031-01-04 21:39", "The AGN ·"
    if "|" in stripped and _date_stamp(stripped.split("|")[0].strip()):  # "August 06, 2031|by ANA VELL"
        return byline_credit(stripped.split("|", 1)[1])
    if stripped.endswith("|") and _names_only(stripped[:-1]):
        return True, None  # "Ana Vell, Ilse Marrow|": the authors above the text, closed by a bar
    if (joint := _WITH_AGENCY.fullmatch(stripped)) and joint.group("by") and not _time_word(joint.group("who")):
        return True, _credit_name(joint.group("c"))  # "By Ana Vell with AGN"
    if from_agency := _FROM_AGENCY.fullmatch(stripped):
        return True, _credit_name(from_agency.group("c"))  # "From AGN": a paper's byline for a wire's copy
    m = _BYLINE.match(stripped)
    rest = m.group("rest") if m else None
    agency = _byline_agency(m.group("who")) if m else None
    if m and agency and rest and _TITLE_PLACE.fullmatch(rest.strip()):
        return True, _credit_name(agency)  # "By Agn, Sarn": the agency and the place it filed from
    if m and (not rest or _dated(rest) or _names_only(rest) or _PLACE_TAIL.fullmatch(rest)) and \
            (agency or not _time_word(m.group("who"))):  # ("By the AGN" is the agency, "By the end …" time)
        rest = (rest or "").strip()
        if agency:
            return True, _credit_name(agency)
        return True, _credit_name(rest) if _AGENCY_CODE.fullmatch(rest) else None  # "By Ana Vell – AGN"
    if _STAFF_BYLINE.match(stripped) and stripped[:1].isupper():
        return True, None
    if (placed := _AGENCY_AT_PLACE.fullmatch(stripped)) is not None and placed.group("c") not in agencies.PLACE_NAMED:
        return True, _credit_name(_TITLED_CODES.get(placed.group("c"), placed.group("c")))  # "AGN, Sarn"
    if (glued := _GLUED_AGENCY.fullmatch(stripped)) is not None and not _time_word(glued.group("who")):
        return True, _credit_name(glued.group("c"))  # "Staff WritersAGN": the byline run into its agency
    return False, None


#: a place in title case after a byline's comma ("By AGN, Port Ammerin")
_TITLE_PLACE = re.compile(r"[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){0,2}")
#: words a byline puts around an agency's name: "By The AGN", "By AGN Staff", "By AGN News Agency"
_BYLINE_AGENCY = re.compile(r"(?:[Tt]he\s+)?(?P<c>.+?)(?:\s+(?:[Ss]taff|STAFF|[Rr]eporters?|[Ww]riters?|"
                            r"[Cc]orrespondents?|[Dd]esk|[Nn]ews [Aa]gency|[Nn]ews|[Aa]gency))?")


def _byline_agency(who: str) -> str | None:
    """The agency a byline's name is, in the words a byline puts around it ("The AGN", "AGN Staff", "Agn"), or None
    ("Ana Vell", "Harbour Ledger Staff")."""
    m = _BYLINE_AGENCY.fullmatch(who.strip())
    name = m.group("c") if m else who.strip()
    name = _TITLED_CODES.get(name, name)
    return name if _AGENCY_CODE.fullmatch(name) and (len(name) > 3 or name.isupper() or name in _CAPS_NAMES.values()
                                                       or _AGENCY_RE.fullmatch(name)) else None


#: an agency's code that a page writes title-cased ("Afp" for "AFP"), back to the lexicon's spelling
_TITLED_CODES = {a.title(): a for a in agencies.TITLE_CASED}
#: a byline that is an agency and the place it filed from: "AGN, Sarn", "Agn, Port Ammerin"
_AGENCY_AT_PLACE = re.compile(rf"(?P<c>(?:{_AGENCY_LIST})|{'|'.join(sorted(_TITLED_CODES, key=len, reverse=True))}),"
                              rf"\s*[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}")
#: a byline run into its agency's name, no space between them: "Staff WritersAGN", "Ana VellAGN" (two to four
#: capitalised words, the last one's lower-case end glued to the agency's capital)
_GLUED_AGENCY = re.compile(rf"(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,2}}\s+[A-Z][\w.'’\-]*?[a-z])"
                           rf"(?P<c>(?-i:{_AGENCY}))")


#: an author or an outlet who wrote the text with an agency's copy, alone on a line: "By Ana Vell with AGN", "Harbour
#: Ledger with AGN and AGX" (capitalised names only; without "By" not on the page's first line, where "Ana Vell Speaks
#: with AGN" is a headline)
_WITH_AGENCY = re.compile(rf"(?P<by>(?:[Bb]y|BY)\s+)?(?P<who>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|\d{{1,3}}|and|&))"
                          rf"{{0,5}})\s+(?:with|WITH)\s+(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})")


def _with_agency(stripped: str) -> re.Match[str] | None:
    """A byline of an author or an outlet with an agency (:data:`_WITH_AGENCY`), alone or before its date stamp
    ("Harbour 2 with AGN 14:12, March 17, 2031, modified at 14:40, March 17, 2031")."""
    joint = _WITH_AGENCY.match(stripped)
    if not joint:
        return None
    rest = stripped[joint.end():].strip(" ,|•·–—-")
    if rest and (stripped[joint.end():joint.end() + 1].isalnum() or not _dated(rest) or not _stamp_words(rest)):
        return None
    return joint


#: a paper's byline for a wire's copy: "From AGN", "From The Associated Press"
_FROM_AGENCY = re.compile(rf"(?:[Ff]rom|FROM)\s+(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\.?")


#: an agency's name over the text before a separator and a date stamp, or before the separator alone
_AGENCY_SIGNED = re.compile(rf"(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\s*[|•·]\s*(?P<rest>.*)")


#: a date stamp run into a byline: "By Ana Vell Published Date - 01:00 PM, Fri - 28 July 31"
_BYLINE_STAMP = re.compile(r"\s+(?:Published|Updated|Posted|Last Updated)(?: (?:Date|On|At))?\s*[:\-–—]\s*.*\d.*$")


#: a date stamp run into a byline with no separator, the rest of the line: a month or a weekday (after "on",
#: "Published" or "Updated") and a figure within three words ("… Ana Vell Published March 23, 2031 10:15am", "… Ana
#: Vell Mar 23, 2031 Updated 1:04 p.m. ET")
_DAY_WORDS = "|".join([*(w.title() for w in WEEKDAY_NAMES), *sorted({m[:3].title() for m in MONTHS})])
_RUN_IN_STAMP = re.compile(rf"(?<=\w)\s+(?:(?:on|[Pp]ublished|[Uu]pdated|[Pp]osted)\s+)?(?:{_MONTH_WORD}|{_DAY_WORDS})"
                           rf"\.?,?(?:\s+\S+){{0,2}}?\s+\d[^|]{{0,60}}$")
#: the words a date stamp holds besides figures, months and weekdays
_BYLINE_STAMP_WORDS = frozenset({"on", "at", "am", "pm", "a.m.", "p.m.", "updated", "published", "posted", "modified",
                                 "et", "gmt",
                                 "utc", "ist", "edt", "est", "bst", "cet", "pst", "hrs", "-", "–", "—", "|", "of"})
_CALENDAR_WORDS = frozenset(w.lower() for w in MONTH_NAMES + WEEKDAY_NAMES) | {m[:3].lower() for m in MONTHS}


def _stamp_words(stamp: str) -> bool:
    """Only a date and a time: figures, months, weekdays, "at", "a.m.", a zone ("… 1986 as part of …" is a clause)."""
    return all(any(ch.isdigit() for ch in t) or t.lower().strip(".,") in _CALENDAR_WORDS or t.lower().rstrip(",") in
               _BYLINE_STAMP_WORDS for t in stamp.split())


#: a date stamp glued to the byline before it: "… Web DeskUpdated: Saturday, February 11, 2031"
_GLUED_STAMP = re.compile(r"(?<=[a-z])(?:Updated|Published|Posted)\s*:\s*.*\d.*$")


#: the lower-case words a list of people's names may hold
_NAME_PARTICLES = frozenset({"and", "&", "de", "da", "van", "von", "al", "bin", "el", "la", "le"})


def _names_only(text: str) -> bool:
    """Capitalised names separated by commas and "and" ("Ana Vell, Ilse Marrow and Teo Brand, Harbour Ledger"):
    more authors after the first, and their outlet; a clause has a lower-case word."""
    words = text.replace(",", " ").split()
    return bool(words) and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


def _byline_tail(line: str) -> bool:
    """The line under a byline naming the author's outlet and city ("• Harbour News, Port Ammerin")."""
    stripped = line.strip().lstrip(_BULLETS).strip()
    return "," in stripped and len(stripped.split()) <= 6 and not _ends_sentence(stripped) and _names_only(stripped)


def _dated(rest: str) -> bool:
    """A byline's tail: a date or time, or an updated/published note."""
    return bool(re.search(r"\d", rest)) or bool(re.match(r"(?:updated|published|posted)\b", rest, re.I))


def _time_word(who: str) -> bool:
    first = who.split()[0].lower()
    return first in _TIME_WORDS


_TIME_WORDS = frozenset(w.lower() for w in MONTH_NAMES + WEEKDAY_NAMES) | {"then", "now", "the", "late", "early"}


def _credit_name(raw: str) -> str:
    """'AFP/Reuters' -> 'AFP, Reuters'; 'agencies' stays as written; an agency's article goes ('The Associated
    Press' -> 'Associated Press': one agency, one name)."""
    parts = [p.strip(" .") for p in re.split(r"\s*(?:/|,|&|\band\b)\s*", raw) if p.strip(" .")]
    if "/" in raw and not any(_AGENCY_RE.fullmatch(p) for p in parts):
        return raw.strip(" .")  # "ABC/XY": one service's code of two parts, no agency relaying another
    parts = [p[4:] if p[:4].lower() == "the " and _AGENCY_RE.fullmatch(p[4:]) else p for p in parts]
    return ", ".join(_CAPS_NAMES.get(p, p) for p in parts)


#: a syndicated copy's notice ("… is auto-generated from a syndicated feed", "… published from an AGN feed")
_FEED_NOTICE = re.compile(r"\b(?:auto-?generated|auto-?published|published|sourced|syndicated|taken|republished)\b"
                          r".*\b(?:feed|service)\b", re.I)


def _line_credit(line: str) -> str | None:
    if _FEED_NOTICE.search(line) and (named := _notice_agency(line)):
        return named  # "(… auto-generated from a syndicated feed of AGN.)": the wire it names
    for signature, agency in _HOUSE_SIGNATURES:
        if signature.fullmatch(line.strip()):
            return agency
    for pattern in _CREDIT_LINES:
        m = pattern.fullmatch(line.strip())
        if m:
            return _credit_name(m.group("c") or m.group("c2"))
    return _misspelt_credit(line)


def _notice_agency(line: str) -> str | None:
    """The agency that a syndicated copy's notice names, as a word of its own ("… from a syndicated feed of AGN"), if
    the notice is boilerplate (not a sentence of the text that mentions a feed)."""
    if not is_boilerplate(line):
        return None
    m = next((m for m in _AGENCY_RE.finditer(line) if _whole_word(line, m.start(), m.end())), None)
    return _credit_name(m.group()) if m else None


def _whole_word(line: str, start: int, end: int) -> bool:
    return (start == 0 or not line[start - 1].isalnum()) and (end == len(line) or not line[end].isalnum())


#: an agency's name of two words or more, as the lexicon writes it: a misspelling of it is still its credit
_LONG_NAMES = tuple(a for a in agencies.AGENCIES if " " in a or "-" in a)
#: a credit line's wrapping: "— <name>", "(<name>)", "By <name>", "Source: The <name>.", "© 2031 <name>"
_CREDIT_WRAP = re.compile(r"(?:[-–—•]+\s*|\(\s*|(?:by|source\s*:)\s+|(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?)?"
                          r"(?:the\s+)?(?P<name>[A-Z][\w'’.-]*"
                          r"(?:\s+[\w'’.-]+){1,4}?)\s*\)?\.?", re.I)


def _misspelt_credit(line: str) -> str | None:
    """A line that is an agency's long name misspelt by one or two letters ("Agence France-Press", "— Asociated
    Press"): the agency, as the lexicon writes it. Short names ("AP", "AFP") never: too many words are one letter
    away from them."""
    stripped = line.strip()
    if not 8 <= len(stripped) <= 60 or len(stripped.split()) > 6:
        return None
    m = _CREDIT_WRAP.fullmatch(stripped)
    if not m:
        return None
    name = m.group("name")
    for agency in _LONG_NAMES:
        if name[:1].lower() == agency[:1].lower() and abs(len(name) - len(agency)) <= 2 and \
                _edits(name.lower(), agency.lower(), 1 + (len(agency) >= 16)):
            return _credit_name(agency)
    return None


def _edits(a: str, b: str, most: int) -> bool:
    """Are a and b at most ``most`` insertions, deletions or substitutions apart?"""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        best = row[0]
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
            best = min(best, row[j])
        if best > most:
            return False
    return row[-1] <= most


def _last_line_code(lines: list[str]) -> str | None:
    """An agency's code alone in brackets on the text's last line ("(HNS)") under a line that ends a sentence (in a
    table, "(NA)" under a figure is a cell), not an end mark or a kicker's word."""
    filled = [line.strip() for line in lines if line.strip()]
    code = _LAST_LINE_CODE.match(filled[-1]) if len(filled) >= 2 else None
    if code and code.group("c") not in _NOT_CODES and code.group("c") not in _KICKERS and _ends_sentence(filled[-2]):
        return code.group("c")
    return None


def _take_credits(lines: list[str], removed: list[str]) -> list[str]:
    """Credits from whole lines at the end and start, then from the end of the last paragraph."""
    credits: list[str] = []
    for order in (reversed, iter):
        last = order is reversed
        for i in order(range(len(lines))):
            if not lines[i].strip():
                continue
            credit = _line_credit(lines[i])
            if credit is None and last:
                credit = _last_line_code(lines)  # the text's last line only: over the text, a logo or a label
            last = False
            if credit is None:
                break
            credits.append(credit)
            removed.append(lines[i].strip())
            lines[i] = ""
    for i in reversed(range(len(lines))):
        if lines[i].strip():
            signed = next(((m, agency) for signature, agency in _HOUSE_SIGNATURES
                           if (m := signature.search(lines[i])) and m.start() > 0 and not lines[i][m.end():].strip()),
                          None)
            if signed:
                credits.append(signed[1])
                removed.append(lines[i][signed[0].start():].strip())
                lines[i] = lines[i][:signed[0].start()].rstrip()
                break
            for pattern in _CREDIT_TAIL:
                m = pattern.search(lines[i])
                if m and m.start() > 0:
                    credits.append(_credit_name(m.group("c")))
                    lines[i] = lines[i][: m.start()].rstrip()
                    break
            break
    return credits


#: a wire's end-of-copy mark glued to the last sentence
_END_MARK = re.compile(r"(?<=[.!?\"”’)])\s+[-–—]*\s*\(?(?:Enditem|ENDITEM|END|ENDS)\)?\s*[-–—]*\s*$")


def _drop_end_mark(lines: list[str], removed: list[str]) -> None:
    """ "... vowed revenge. Enditem": the wire's end-of-copy mark goes, the sentence stays (before the tail's
    trimming, which would take a short last line that ends no sentence)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if last is not None and (end := _END_MARK.search(lines[last])):
        removed.append(end.group().strip())
        lines[last] = lines[last][:end.start()].rstrip()


#: how many lines a credited dateline may follow: a pasted page often repeats its headline, date or a
#: breadcrumb above "CAIRO (AP) —" or "Lima, May 3 (ANI):"
_DATELINE_LINES = 6


def _heading_like(line: str) -> bool:
    """A line that ends no sentence (a headline, a standfirst without its full stop, a date, a breadcrumb), which a
    dateline may follow."""
    stripped = line.strip().rstrip("\"'”’)")
    return len(stripped.split()) <= _LONG and not stripped.endswith((".", "!", "?", ":", ";", ","))


#: upper-case words that open a line with a colon without being a place
_KICKERS = frozenset({"UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "WATCH", "LISTEN", "EXCLUSIVE", "ANALYSIS",
                      "OPINION", "EDITORIAL", "COMMENT", "VIDEO", "PHOTOS", "LIVE", "NOTE", "EDITOR'S NOTE",
                      "CORRECTION", "JUST IN", "FLASH", "URGENT", "ALERT", "READ", "ALSO READ", "SOURCE", "PHOTO",
                      "NEWS", "REPORT", "QUOTE", "FACT CHECK", "EXPLAINER", "WARNING", "PROFILE", "INTERVIEW",
                      "TIMELINE", "BACKGROUND", "CONTEXT", "REVIEW", "POLL", "SPONSORED", "ADVERTISEMENT",
                      "FILE", "FILE PHOTO"})  # "FILE – <caption>": a wire picture's label


#: capitalised words that open a sentence before a dash without being a place
_OPENERS = frozenset({"Meanwhile", "However", "Also", "But", "And", "Then", "Now", "Today", "Yesterday", "Earlier",
                      "Later", "Elsewhere", "Still", "Instead", "Finally", "First", "Second", "Third", "Again", "Yes",
                      "No", "Well", "Indeed", "Similarly", "Separately", "Overall", "Update", "Analysis", "Opinion",
                      "Breaking", "Exclusive", "Editorial", "Watch", "Listen", "Video", "Photos", "Live"})


def _place_word(place: str) -> bool:
    return place.split()[0] not in _OPENERS and place.upper() not in _KICKERS


def _agency_dateline(m: re.Match[str]) -> bool:
    """A dateline credits an agency of the lexicon, or a code after an upper-case place or a date
    ("SARN, March 8 (VNA) -"); "Liberation Front (LF): ..." is not one."""
    code = m.group("c")
    place = m.group("place") or ""
    if not code:
        # under a headline, an upper-case place that no kicker word takes ("SARN: …", "SARN, Valdora -", "SARN
        # (KXYZ) --"; not "UPDATE: …"), or a capitalised place before a long dash
        if not place.isupper():  # "Sarn — The council …": a capitalised place and a long dash
            return bool(place) and m.group().rstrip()[-1] in "—–" and _place_word(place)
        return not m.group("nodash") and (
            bool(m.group("region") or m.group("other")) or (place not in _KICKERS and len(place) > 3))
    # a code outside the lexicon counts after an upper-case place, a date, a place and its country ("Sarn, Valdora
    # (ABC) The ..."), or alone in brackets opening the line before a dash ("(ABC/XY) — The ...")
    return (bool(_AGENCY_LIST_RE.fullmatch(code)) or place.isupper()
            or m.group("date") is not None or m.group("day") is not None
            or bool(place and m.group("region"))
            or (not place and not m.group("nodash") and not m.group("region") and code not in _KICKERS
                and (m.group("glued") is None or (code.isupper() and code not in _NOT_CODES
                                                  and code not in _GLUED_NOT_CODES))))


#: a kicker's word in brackets glued to the lead ("(LEAD)The …", Yonhap's "(URGENT)"), not a broadcaster's code
_GLUED_NOT_CODES = frozenset({"LEAD", "URGENT", "CORRECTED", "REFILE", "EXCLUSIVE", "BREAKING", "WATCH", "AUDIO",
                              "PHOTOS", "UPDATED", "ANALYSIS", "OPINION", "EDITORIAL", "SPONSORED"})


#: how many sentence lines (a standfirst, a picture's caption and its alt text) may stand between the headline and a
#: dateline that credits an agency
_STANDFIRST_LINES = 3


def _first(lines: list[str]) -> int:
    return next((k for k, line in enumerate(lines) if line.strip()), 0)


def _wire_dateline(m: re.Match[str]) -> bool:
    """A dateline crediting an agency of the lexicon after a place and a date or an upper-case place ("SARN (AGN) -",
    "Sarn [Valdora], March 1 (AGN/AGX):")."""
    place = m.group("place") or ""
    return bool(m.group("c") and _AGENCY_LIST_RE.fullmatch(m.group("c")) and place
                and (place.isupper() or m.group("date")))


def _take_dateline(lines: list[str], headline: str = "") -> tuple[str | None, str | None]:
    """Record the dateline place; an agency credit inside it is taken out of the text.

    The first line may hold a plain dateline ("SARN:"); a later one, after headline-like lines only, counts
    when it credits an agency or names an upper-case place ("SARN -") or a capitalised one before a long dash.
    ``headline`` (folded): the page's copy of the record's title is a heading, not a dateline, even when it opens
    with upper-case words and a colon ("FLOOD WARNING: …").
    """
    seen = 0
    sentences = 0  # lines above that end a sentence (a standfirst, a caption), under a headline
    headed = bool(lines) and _heading_like(lines[_first(lines)])
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        line = line.lstrip()  # " SARN (AGN) -": an indented first line
        if headline and seen < _DATELINE_LINES and _fold(line) == headline:
            continue
        m = _DATELINE.match(line)
        if m and m.group("other") and not (m.group("place") or "").isupper():
            m = None  # a station's credit only after an upper-case place: "Harbour Guild (Lesk Branch) -" is none
        if m and m.group("place") and not _place_word(m.group("place")):
            m = None  # "Meanwhile — the council …", "UPDATE: …": no place
        if sentences and not (m and _wire_dateline(m)):
            m = None  # under a standfirst or a caption, only a dateline that credits an agency of the lexicon
        if not m or not (m.group("place") or m.group("c")) or \
                ((seen > 1 or m.group("nodash") or m.group("glued") is not None) and not _agency_dateline(m)):
            if seen < _DATELINE_LINES and _heading_like(line):
                continue
            if 1 < seen < _DATELINE_LINES - 1 and sentences < _STANDFIRST_LINES and headed:
                sentences += 1  # "<headline> / <standfirst or caption>. / SARN, May 3 (AGN) - …"
                continue
            return None, None
        credit = _credit_name(m.group("c")) if m.group("c") else None
        if m.group("day"):  # "Aug. 1 (UPI) — The ...": the credit goes, the date and the sentence stay
            lines[i] = line[: m.start("credit")] + line[m.end("credit"):]
        elif not m.group("place"):  # "(AP) — The ..." : the credit and its dash go, the sentence stays
            lines[i] = line[m.end():]
        elif m.group("credit"):  # "LESK, March 1 (Reuters) - ..." -> "LESK, March 1 - ..."
            # "Sarn, Mar 3 (AGN) A ..." -> "Sarn, Mar 3 - A ...", "SARN (AGN)The ..." -> "SARN - The ..."
            dash = " -" if m.group("nodash") else " - " if m.group("glued") is not None else ""
            lines[i] = line[: m.start("credit")] + dash + line[m.end("credit"):]
        return (m.group("place") or None), credit
    return None, None


#: the most words of a line above a deep wire dateline (a standfirst, a caption); a longer line is the text's
_STANDFIRST_WORDS = 40
#: how many lines deep a wire's dateline is still read when furniture, a standfirst and captions stand above it
_WIRE_DATELINE_LINES = 25


def _take_wire_dateline(lines: list[str]) -> tuple[str | None, str | None]:
    """A wire's dateline under more than the page's head allows (menus, a standfirst of several sentences, captions,
    a byline block): "SARN, Valdora (AGN) — …", "SARN, March 4 (AGN) - …", an upper-case place (or a place and a
    date) before an agency of the lexicon in brackets and a dash, on one of the first 25 lines. Its place is recorded,
    its credit taken out of the text. Nothing looser is read that deep, and only under a heading (the page's first
    line ends no sentence), lines that end no sentence and at most three sentence lines of a standfirst's or a
    caption's length (as :func:`_take_dateline` allows): after the text's own paragraphs, such a line is another
    story's."""
    seen = sentences = 0
    if not lines or not _heading_like(lines[_first(lines)]):
        return None, None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _WIRE_DATELINE_LINES:
            break
        m = _DATELINE.match(line.lstrip())
        if m and _wire_dateline(m) and m.group("credit") and not m.group("nodash") and m.group("glued") is None \
                and _place_word(m.group("place")):
            stripped = line.lstrip()
            lines[i] = stripped[:m.start("credit")] + stripped[m.end("credit"):]
            return m.group("place"), _credit_name(m.group("c"))
        if not _heading_like(line):
            sentences += 1
        if len(line.split()) > _STANDFIRST_WORDS or sentences > _STANDFIRST_LINES:
            break  # the text's own paragraphs
    return None, None


#: a news feed's tag naming the agency whose copy it carries, opening the text: "(Feedwire- AGN) Sarn, May 3 …"
_FEED_TAG = re.compile(rf"\(\s*[A-Z][A-Za-z]{{2,15}}\s*[-–—]\s*(?P<c>{_AGENCY_LIST})\s*\)\s*(?=\S)")


def _take_feed_tag(lines: list[str], removed: list[str]) -> str | None:
    """The tag a news feed puts before the copy it relays ("(Feedwire- AGN) Sarn, May 3 (AGN) A man …"), opening one
    of the text's first lines: it goes to ``removed`` and its agency is the credit; the dateline after it is read as
    usual."""
    for i, line in enumerate(lines[:_DATELINE_LINES]):
        if (m := _FEED_TAG.match(line.lstrip())) is not None:
            removed.append(m.group().strip())
            lines[i] = line.lstrip()[m.end():]
            return _credit_name(m.group("c"))
    return None


#: a dateline whose agency stands between slashes after the date: "SARN, May 23. /AGN/. The council …"
_SLASH_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}),\s*"
                             r"[A-Z][a-z]{2,8}\.? \d{1,2}\.?\s*(?P<credit>/(?P<c>[A-Z][A-Za-z\-]{1,12})/\.?)\s+(?=\S)")


def _take_slash_dateline(lines: list[str]) -> tuple[str | None, str | None]:
    """A dateline with its agency between slashes ("SARN, May 23. /AGN/. …") on one of the first lines: the place is
    recorded, the credit taken out of the text."""
    for i, line in enumerate(lines[:_DATELINE_LINES * 2]):
        if (m := _SLASH_DATELINE.match(line.lstrip())) is not None:
            lines[i] = line.lstrip()[:m.start("credit")] + line.lstrip()[m.end("credit"):].lstrip()
            return m.group("place"), _credit_name(m.group("c"))
    return None, None


def _strip_markers(lines: list[str], markers: set[str]) -> list[str]:
    """'HTK*' -> 'HTK' for markers that have a footnote line; '**bold**' and bullets are left alone."""
    for marker in sorted(markers, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w*†‡])([^\s*†‡]*\w)({re.escape(marker)})(?![\w*†‡])")
        lines = [pattern.sub(r"\1", line) for line in lines]
    return lines


#: "(AFP)", "- Press Trust of India", "The Associated Press"
_STANDALONE_CREDIT = re.compile(rf"(?:[-–—•]\s*)?\(?(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\)?\.?")
#: an author and the agency on one line above the text: "Ana Vell Associated Press", "Ana Vell, The AGN"
_AUTHOR_AGENCY = re.compile(rf"(?P<who>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,3}}),?\s+(?:[Tt]he\s+)?"
                            rf"(?P<c>{_AGENCY_LIST})")


# a photo caption's credit ("| Photo: AP", "Name/Reuters", "© NAME / AFP", "... (AP)")
_PHOTO_CREDIT = re.compile(rf"\b(?:Photo(?:graph)?|Picture|Image|Credit|Courtesy)s?\s*:|[/©]\s*(?:{_AGENCY})\b"
                           rf"|\((?:{_AGENCY})(?: Photo)?\)\s*$|\b(?:{_AGENCY})\s+Photo\b|\bPhotos?\s*/"
                           rf"|\b(?:Getty|Pictures|Images)\s*[)\]]")


#: a copyright line naming an agency: the text is that agency's copy
_COPYRIGHT_AGENCY = re.compile(rf"(?:©|\(c\))?\s*(?:[Cc]opyright|COPYRIGHT)?\s*(?:©\s*)?(?:\d{{4}}\s+)?(?:[Tt]he\s+)?"
                               rf"(?P<c>{_AGENCY_LIST})(?:,?\s+(?:L\.\s?P\.|LP|LLC|Inc\.|Ltd\.|Limited|News))?"
                               rf"(?:\s+\d{{4}})?\.?(?:\s*(?i:all rights reserved)\.?)?"
                               # a syndicate's notice after it: "© 2031 AGN L.P. Visit agn.com. Distributed by …"
                               r"(?:\s*Visit\s+[\w.-]+\.[a-z]{2,6}\.?)?(?:\s*Distributed by\s+[^\n]{2,80}?\.?)?"
                               # the agency's reprint notice after it: "This material may not be published, …"
                               r"(?:\s*This material may not be (?:published|reproduced)[^\n]{0,120})?")


def _signed_byline(line: str, above: list[str]) -> str | None:
    """The agency of an author's byline naming it on the same line ("Ana Vell Associated Press"), above the
    text's first sentence only (further down such a line is a caption's or a sentence's end)."""
    m = _AUTHOR_AGENCY.fullmatch(line.strip())
    if not m or not _author_line(m.group("who")) or any(_ends_sentence(a) for a in above if a.strip()):
        return None
    return _credit_name(m.group("c"))


def standalone_credit(lines: list[str], i: int) -> str | None:
    """An agency's name alone on a line ("Reuters", "(AFP)") is its credit, wherever the line stands,
    unless a photo caption is next to it (then it credits the picture)."""
    m = _STANDALONE_CREDIT.fullmatch(lines[i].strip())
    if not m:
        return None
    if m.group("c") in agencies.FULL_NAMES and " " in m.group("c"):
        return _credit_name(m.group("c"))  # "The Associated Press": a picture is credited by the short name
    near = [ln for ln in lines[max(0, i - 1):i] + lines[i + 1:i + 2] if ln.strip()]
    return None if any(_PHOTO_CREDIT.search(ln) for ln in near) else _credit_name(m.group("c"))


# ---------------------------------------------------------------- furniture inside lines, captions, head, tail

#: template markers left by a page's renderer ("{{^adFree}}", "{% ad %}") and an embedded post's picture link
#: ("pic.twitter.com/…"): never prose
_TEMPLATE = re.compile(r"\s*(?:\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,80}%\}|<%[^<>\n]{0,80}%>|"
                       r"(?:https?://)?pic\.twitter\.com/\w+)")
#: a publishing system's placeholder left in the text, a name in capitals and its slot's kind between percent signs,
#: with what it held (a pull quote repeating the text): "%EMBED-pullquote-We will rebuild.%"
_PLACEHOLDER = re.compile(r"%[A-Z][A-Z0-9]*(?:[-_][A-Za-z0-9]+)+-[^%\n]{0,400}%")
#: a picture's credit closing a paragraph, an organization's code and its photographer's name in brackets: "…
#: before the rains. (HRA/Ana Vell)" (an agency's code there is read by the caption rules)
_ORG_PHOTO_CREDIT = re.compile(r"(?<=[.!?\"”])\s*\([A-Z]{2,8}\s*/\s*[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2}\)\s*$")
#: a related link run into the text after a sentence: "... dams. Also read: <headline> <next sentence>"; the
#: headline ends at an opening quote glued to it, at a sentence end, or at the end of the line
_INLINE_READ = re.compile(r"(?:(?<=[.!?\"”’])|^)\s*(?:also read|read also|read more|see also)\s*[:|»]\s*"
                          r"(?P<head>(?:[^\s“\"]+\s+){0,24}?[^\s“\"]*?)(?=“|\"|[.!?]\s|[.!?]?$)[.!?]?",
                          re.I)
#: a link to the rest of a teaser closing its paragraph: "… on Tuesday. Read More.", "… Read the full story »"
_READ_MORE_END = re.compile(r"(?<=[.!?\"”’…])\s+read (?:more|the (?:full|rest)(?: of the)? (?:story|article)|"
                            r"full (?:story|article))(?: here)?\s*(?:\.{1,3}|»|…|→)?$", re.I)
#: a syndication note closing a paragraph: "… on Monday. | via harbournews"
_VIA_NOTE = re.compile(r"(?<=[.!?\"”])\s*(?:\|\s*via\s+[\w.-]{2,40}|"
                       # an editor's tag closing the text: "… on Monday.(Edit: Ana)", "… (Editor: Ana Vell)"
                       r"\((?:edit|editor|edited by|responsible editor)\s*:\s*[^()\n]{1,40}\))\s*$", re.I)
#: a blog's link to the rest of a post closing its excerpt: "… had been. … Continue reading <title>", "… on Monday.
#: Continue to read the entire article."
_CONTINUE_READING = re.compile(r"(?<=[.!?\"”’…])\s+(?:(?:…|\.\.\.)\s*)?(?-i:Continue) (?:reading|to read)\b"
                               r"[^.!?]{0,150}[.…»→]*$", re.I)
#: a photo credit in brackets: "[File: Name/AP Photo]", "[Photo: Name/Reuters]", "[Name/Getty Images]"
_BRACKET_PHOTO = re.compile(rf"\s*\[(?:(?:file|photo|image|picture)s?(?: photo)?\s*:\s*)[^\[\]\n]{{1,120}}\]"
                            rf"|\s*\[[^\[\]\n]{{1,80}}/(?:[^\[\]\n]{{0,40}}\b(?:Photos?|Pictures|Images)|"
                            rf"{_AGENCY})\]", re.I)
#: a photo credit in parentheses closing a caption: "(AP Photo/Name)", "(Photo: Name)", "(Name/Getty Images)"
_PAREN_PHOTO = re.compile(r"\s*\((?:[^()\n]{0,100}\b)?(?:[Pp]hotos?|Pictures?|Images?|PHOTOS?)\b"
                          r"(?:\s*[/:][^()\n]{1,80}|"
                          r"\s+(?:by|courtesy(?: of)?)\s+[^()\n]{1,60}|\s+[a-z][a-z ]{2,40})?\)"
                          r"|\s*\((?:[Ii]mage|[Pp]hoto|[Pp]icture)\s+(?:[Ss]ource|[Cc]redit)\s*:\s*[^()\n]{1,60}\)")
#: a picture credited to a social account closing a caption: "… as recovery continues. @SomeUser/X"
_HANDLE_PHOTO = re.compile(r"(?<=[.!?\"”])\s+@\w{1,30}\s*/\s*(?:X|Twitter|Instagram|Facebook|TikTok|Telegram)\s*$")
#: a source in brackets closing a paragraph: "… on Monday. (Source: Harbour Office)"
_SOURCE_NOTE = re.compile(r"(?<=[.!?\"”’])\s*\(\s*(?:[Ss]ource|SOURCE)\s*:\s*[A-Z][^()\n]{1,60}\)\s*$")
#: a caption is short; a paragraph that ends with a credit keeps its text
_CAPTION_WORDS = 60
#: a picture's credit run into the text: "... the tragedy Credit: AFP"
#: "... the tragedy Credit: AFP", or a photographer and the agency closing a caption: "... Credit: ANA VELL/AGN"
_INLINE_PHOTO_CREDIT = re.compile(rf"\s*\b(?:photo |image |picture )?credit\s*:\s*(?:{_AGENCY_LIST}(?![a-z])|"
                                  r"(?-i:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*/\s*[A-Z][\w.'’&\-]*"
                                  r"(?:\s*/\s*[A-Z][\w.'’&\-]*){0,2})\s*$)", re.I)
#: a pager under a text: "1   2   3", "Page 2 of 3", "Next page"
_PAGER = re.compile(r"(?:\d{1,2}\s+)+\d{1,2}|page \d+ of \d+|(?:next|previous) page\s*[»›>]?", re.I)
#: a list item: "- <headline>", "• <headline>" (five words or more: "- 390 kcal" is a fact in a list)
_LINK_ITEM = re.compile(r"[-–•·▪]\s+\S")
_LINK_ITEM_MARK = re.compile(r"^[-–•·▪]\s+")
#: how many short lines a page may put under its text (share bar, "More Posts", a contact form's title)
_TAIL_WORDS, _TAIL_LINES = 6, 8


#: the inline patterns, each with the substrings (lower case) one of which a line needs for it to match
#: an ad slot's label run into the text between two sentences: "… the locks. Advertisement Guild elders …",
#: "… the locks. ADVERTISEMENT - Scroll to continue Guild …", "… the locks.AdvertisementGuild …"; a sentence that opens
#: with the word goes on in lower case ("Advertisement revenue fell.")
_INLINE_AD = re.compile(r"(?<=[.!?\"”’])\s*(?:(?i:advertisement)(?:\s*[-–—:]\s*(?i:scroll to continue)"
                        r"(?: (?i:reading|with content))?)?|(?i:scroll to continue)(?: (?i:reading|with content))?|"
                        r"(?i:story continues below)(?: (?i:this))? (?i:advertisement|ad))(?=\s*[A-Z\"“]|\s*$)")
#: a picture's copyright run into the text between two sentences: "… on Monday. © Collage: ANA VELL / AGN & TEO BRAND /
#: AGN The council …" (photographers and their agencies; the article's own credit is elsewhere)
_PHOTO_HOLDER = rf"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}\s*/\s*(?:{_AGENCY}|[A-Z]{{2,8}})(?![\w-])"
_INLINE_COPYRIGHT = re.compile(rf"(?<=[.!?\"”’])\s*©\s*(?:[A-Z][a-z]+(?: [a-z]+)?\s*:\s*)?{_PHOTO_HOLDER}"
                               rf"(?:\s*(?:&|,|and)\s*{_PHOTO_HOLDER})*(?=\s+[A-Z\"“]|\s*$)")
#: a picture's copyright closing a long caption, its holders between slashes: "… in Sarn, 1 November 2031 ©AGN
#: Photo/Ana Vell" (the caption's words and date stay; a short caption goes whole, see ``_COPYRIGHT_CAPTION``)
_TRAILING_COPYRIGHT = re.compile(r"(?<=\S)\s+©\s*[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,2}"
                                 r"(?:\s*/\s*[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,2})+\s*$")
#: a link to a live page closing a paragraph: "… on Monday. Follow our live updates here.", "… FOLLOW LIVE COVERAGE
#: HERE" (an imperative and "here": the link's text, not a sentence of the story)
_FOLLOW_HERE = re.compile(r"(?<=[.!?\"”’])\s+(?i:follow)\b[^.!?\n]{0,60}?\b(?i:updates?|coverage|blog|"
                          r"developments|news)\b[^.!?\n]{0,30}?\b(?i:here)\s*[.!:]?\s*$")
#: a related link in brackets after a sentence: "… in the town. (READ: <headline>)", "(Also read: <headline>)"
_PAREN_READ = re.compile(r"(?<=[.!?\"”’])\s*\((?:(?:ALSO |Also |also )?(?:READ|Read|read)"
                         r"(?: (?:MORE|More|more|ALSO|Also|also))?|WATCH|Watch|RELATED|Related)"
                         r"\s*:\s*[^()\n]{3,200}\)(?=\s*$|\s+[A-Z\"“])")
_INLINE = ((_TEMPLATE, ("{{", "{%", "<%", "pic.twitter")), (_PLACEHOLDER, ("%",)), (_ORG_PHOTO_CREDIT, ("/",)),
           (_FOLLOW_HERE, ("follow",)),
           (_PAREN_READ, ("read:", "watch:", "related:", "read more:", "read also:")),
           (_INLINE_READ, ("read", "see also")),
           (_INLINE_COPYRIGHT, ("©",)), (_TRAILING_COPYRIGHT, ("©",)), (_READ_MORE_END, ("read",)),
           (_CONTINUE_READING, ("continue",)),
           (_VIA_NOTE, ("via", "edit")),
           (_BRACKET_PHOTO, ("[",)), (_INLINE_PHOTO_CREDIT, ("credit",)),
           (_INLINE_AD, ("advertisement", "scroll to continue", "story continues")))


def _strip_inline(lines: list[str], removed: list[str]) -> list[str]:
    """Template markers, run-in related links and picture credits out of the lines; a line whose end is a
    bracketed photo credit is a caption and goes whole, with an alt text repeating its start above it."""
    out: list[str] = []
    last = max((k for k, line in enumerate(lines) if line.strip()), default=-1)
    for i, line in enumerate(lines):
        if i != last and (note := _SOURCE_NOTE.search(line)) and _PICTURE_WORD.search(line[:note.start()]):
            removed.append(note.group().strip())  # a picture's source closing its caption, not the article's
            line = line[:note.start()]
        if _is_caption(line) and (cut := _caption_after_text(line)):  # a lead paragraph with a caption run in
            removed.append(line[cut:].strip())
            line = line[:cut]
        elif _is_caption(line) or (_DASH_CREDIT.search(line) and len(line.split()) <= _CAPTION_WORDS and any(
                len(later.split()) >= 8 and _ends_sentence(later) for later in lines[i + 1:])) or (
                _DASH_PHOTO_CREDIT.search(line) and len(line.split()) <= _CAPTION_WORDS):
            removed.append(line.strip())
            prev = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
            if prev is not None and line.strip().startswith(out[prev].strip()):
                removed.append(out.pop(prev).strip())
            continue
        lower = line.lower()
        for pattern, cue in _INLINE:
            if not any(c in lower for c in cue):  # a substring test is far cheaper than a regex scan of the line
                continue
            for m in reversed(list(pattern.finditer(line))):
                removed.append(m.group().strip())
                line = line[:m.start()] + line[m.end():]
        out.append(line)
    return out


#: a picture's credit closing a caption after its last sentence: "… on Thursday. Photo courtesy of <office>/"
_TRAILING_PHOTO = re.compile(r"(?<=[.!?\"”])\s+(?:(?:Representation(?:al)?|Representative|File|Stock)\s+(?:pic|image|"
                             r"photo|picture)s?(?:\s*/\s*\S+)?$|"
                             r"(?:\|\s*)?(?:[A-Z][a-z]+ \d{1,2}, \d{4}\s+)?(?:Photo(?:graph)?|Image|Picture)s?"
                             r"(?:\s*[:/]|\s+(?i:courtesy(?: of)?|by|credit:?|copyright))\s+"
                             r"[^.!?]{1,100}$)"
                             # a label in capitals glued to the caption's stop: "… on June 23.PHOTO: AGN"
                             r"|(?<=[.!?\"”])\s*(?:PHOTO|PICTURE|IMAGE)S?\s*:\s*[^.!?\s][^.!?]{0,60}$"
                             # the label after a bar closing a phrase: "… at the quay on Monday | Photo: AGN/Ana Vell"
                             r"|(?<=[\w)\]])\s+\|\s*(?:Photo(?:graph)?|Image|Picture|Foto)s?\s*:\s*"
                             r"[^|.!?\s][^|!?]{0,60}$")


#: a wire picture's credit closing a caption after its last sentence or a comma: "… on Monday. AGENCY/Ana Vell", "… on
#: Monday. Ana Vell/AGENCY via Picture Desk", "… on Monday. AGENCY Photo/Ana Vell" (the agency often in capitals),
#: "… in Sarn on October 10, Ana Vell/AGN"
_WIRE_PHOTO = re.compile(rf"(?<=[.!?\"”,])\s+(?:(?i:{_AGENCY})(?:\s+Photo)?\s*/\s*[A-Z][\w.'’\-]*"
                         rf"(?:\s+[A-Z][\w.'’\-]*){{0,3}}"
                         rf"|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}\s*/\s*(?i:{_AGENCY})"
                         # "… Ana Vell/AGN/Getty": the picture agency that sells the wire's picture after a slash
                         rf"(?:\s*/\s*(?:{_PHOTO_AGENCY}|Getty))?"
                         rf"(?:\s+via\s+[A-Z]\w*(?:\s+[A-Z]\w*){{0,2}})?"
                         # "… Ana Vell/Harbour-Ledger via LEDGER NETWORK": a photographer, an outlet, its network
                         rf"|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}\s*/\s*[\w.'’&\-]+(?:\s+[\w.'’&\-]+){{0,3}}"
                         rf"\s+via\s+[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){{0,3}})\s*$")


#: a picture passed on by an agency or a service, closing a caption: "… on Sunday (Harbour Office via AGN) (AGN)"
_VIA_CREDIT = re.compile(rf"\s*\([^()\n]{{0,80}}\bvia\s+[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){{0,2}}\)"
                         rf"(?:\s*\((?:{_AGENCY})\))?$")
#: a wire's picture sold by a picture agency, closing a caption after its last sentence: "… on Friday. AGN via Getty
#: Images", "… on Friday. Ana Vell via AGN"
_VIA_PHOTO_END = re.compile(rf"(?<=[.!?\"”])\s+(?:{_AGENCY}|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}})\s+via\s+"
                            rf"(?:{_PHOTO_AGENCY}|{_AGENCY})\s*$")
#: a picture's credit under its label closing a caption: "… on Monday. (AGN PHOTO) Credit: AGX", "… Credit: Ana Vell"
_CREDIT_LABEL_END = re.compile(r"(?<=[.!?\"”)])\s+(?:(?:Photo|Image|Picture) )?(?:Credit|CREDIT)s?\s*:\s*"
                               r"[A-Z][\w.'’&/ -]{1,40}$")
#: a picture agency's code closing a caption: "… on Sunday [AGN]", "… [AGN/Ana Vell]"; a picture agency's name, also
#: shortened to its first word ("… since mid-July [Getty]")
_CODE_BRACKET = re.compile(rf"\S\s*\[(?:[A-Z]{{2,6}}|{_AGENCY}|{_PHOTO_AGENCY}|{_PHOTO_AGENCY_SHORT})"
                           rf"(?: (?:File )?(?:Photo|Images?|Pictures?))?"
                           rf"(?:\s*/\s*[^\[\]\n]{{1,40}})?\]$")  # "… [AGN]", "… [AP Photo]", "… [AGN/Ana Vell]"
#: an agency's credit after a dash closing a paragraph ("… in Sarn on Monday. — AGN"): the article's credit under
#: its last paragraph, a picture's caption when the text goes on below it
_DASH_CREDIT = re.compile(rf"(?<=[.!?\"”])\s+[—–-]{{1,2}}\s*(?:{_AGENCY})\s*$")
#: a picture agency's credit after a dash closing a caption ("… after the flood. -AGP"): never the article's
_DASH_PHOTO_CREDIT = re.compile(rf"(?<=[.!?\"”])\s+[—–-]{{1,2}}\s*(?:{_PHOTO_AGENCY})\s*$")
#: a wire picture's credit in parentheses closing a caption: "… on Monday. (Ana Vell/AGN)", "… (AGN/Ana Vell)"
#: (a person's name: "(dpa/NAN)" is an agency relaying another's copy)
_PAREN_WIRE_PHOTO = re.compile(rf"(?<=[.!?\"”])\s*\((?:[A-Z][a-z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}\s*/\s*"
                               rf"(?:{_AGENCY})"
                               rf"|(?:{_AGENCY})\s*/\s*[A-Z][a-z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}})\)$")
#: a caption whose credit was a picture and left only its separator: "… on Tuesday. |"
_PIPE_END = re.compile(r"(?<=[.!?\"”])\s*\|$")


#: a wire caption tells what the picture shows and why it matters, in up to a hundred words, closed by its credit
_LONG_CAPTION_WORDS = 100
_AGENCY_PHOTO_END = re.compile(rf"\((?:{_AGENCY}) Photo\s*/\s*[^()\n]{{1,60}}\)$"
                               # a handout an agency passed on: "… (Harbour Office via AGN)"
                               rf"|(?<=[.!?\"”])\s*\([A-Z][^()\n]{{0,80}}\bvia\s+(?:{_AGENCY})\)$")


#: the last sentence's end in a line
_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s+[A-Z\"“])")


def _caption_after_text(line: str) -> int | None:
    """Where a picture's caption starts when it is run into the end of a paragraph ("SARN: The court on Monday
    sentenced the minister to three years. The minister Ana Vell (AGN Photo)"): after the last sentence, whose text
    is long, the caption is a phrase (no stop of its own before its credit); None when the line is the caption."""
    ends = list(_SENTENCE_END.finditer(line))
    if not ends or len(line[:ends[-1].end()].split()) < 20:
        return None
    tail = line[ends[-1].end():]
    credit = tail.rfind("(") if tail.rstrip().endswith(")") else tail.rfind("[")
    phrase = tail[:credit].strip() if credit > 0 else ""
    if len(phrase.split()) < 2 or len(phrase.split()) > 15 or _ends_sentence(phrase):
        return None
    return ends[-1].end()


def _is_caption(line: str) -> bool:
    """A short line that ends with a photo credit in brackets or parentheses ("… in Kereth, Valdora [File: Name/AP
    Photo]", "… Sunday, Sept. 17. (AP Photo/Name)") or after its last sentence ("… Photo courtesy of X") is a
    picture's caption."""
    text = line.rstrip()
    if (lead := _DATELINE.match(text.lstrip())) and _wire_dateline(lead) and not lead.group("nodash") \
            and lead.group("glued") is None:
        return False  # "SARN (AGN) — … (AGN Photo/Ana Vell)": a wire's lead with a picture's credit run into it
    if len(text.split()) > _CAPTION_WORDS:
        # a longer caption that its agency's picture credit closes ("FILE - … (AGN Photo/Ana Vell, File)")
        return len(text.split()) <= _LONG_CAPTION_WORDS and bool(_AGENCY_PHOTO_END.search(text))
    if any(w in text for w in ("Photo", "Image", "Picture", "Represent", "File", "Stock", "PHOTO", "IMAGE",
                               "PICTURE")) and \
            _TRAILING_PHOTO.search(text):
        return True
    if "@" in text and _HANDLE_PHOTO.search(text):
        return True
    if "/" in text and _WIRE_PHOTO.search(text):
        return True
    if ("via" in text and (_VIA_CREDIT.search(text) or _VIA_PHOTO_END.search(text))) or \
            (text.endswith("|") and _PIPE_END.search(text)):
        return True
    if ("Credit" in text or "CREDIT" in text) and _CREDIT_LABEL_END.search(text):
        return True
    if text.endswith("]") and _CODE_BRACKET.search(text):
        return True
    if text.endswith(")") and "/" in text and (m := _PAREN_WIRE_PHOTO.search(text)) and \
            not _PAREN_AGENCIES.fullmatch(m.group()):
        return True  # "(AGN/Ana Vell)" credits a picture; "(AGN/AGX)" is one agency relaying another's copy
    if _FILE_CAPTION.match(text) or (text.endswith(")") and _PAREN_CREDIT.search(text)):
        return True
    if text.endswith("hide caption"):  # a player's caption box closed by its toggle: "… Ana Vell/AGN hide caption"
        return True
    if not text.endswith((")", "]")):
        return False
    return any(m.end() == len(text) for p in (_BRACKET_PHOTO, _PAREN_PHOTO) for m in p.finditer(text))


#: a file picture's caption, by its label: "FILE - Keepers close the northern lock …", "FILE PHOTO: …" ("FILE" is no
#: dateline's place)
_FILE_CAPTION = re.compile(r"(?:FILE(?: PHOTO)?|File [Pp]hoto)\s*[-–—:]\s*[A-Z\"“]")
#: a picture's credit closing a sentence in parentheses, whoever gave it: "… on Saturday. (Courtesy of the Harbour
#: Office)" ("(Ana Vell/Harbour Ledger)" is not told from "(Port Ammerin/Lesk)": only an agency's, above)
_PAREN_CREDIT = re.compile(r"(?<=[.!?\"”])\s*\((?i:courtesy)(?: of)?\s+[^()\n]{2,60}\)$")


def _ends_sentence(line: str) -> bool:
    return line.strip().endswith((".", "!", "?", "\"", "”", "’", "'", ")", "…"))


#: a speech verb: a line with one and a comma is a sentence, not a headline
_SAID = re.compile(r"\b(?:said|says|told|tells|added|according|asked|stated|noted)\b", re.I)


def _trim_tail(lines: list[str], removed: list[str], posts: frozenset[str] = frozenset()) -> None:
    """Short lines that end no sentence under the article's last sentence are page furniture ("Share:",
    "More Posts", a site's "All news on our Facebook page"); credit lines among them stay for the credit rules.

    Any doubt keeps them all: a longer line, a row of figures (a table of results: "Pay April 28"), or a
    comma or quote mark (a sentence that lost its full stop: '"We will return," she said').
    """
    _drop_bio(lines, removed)
    tail: list[int] = []
    bullets: list[int] = []  # "- <headline>" lines: a list of links when three or more
    heads: list[int] = []  # lines shaped as headlines: other stories' when two or more
    for i in reversed(range(len(lines))):
        line = lines[i].strip()
        if not line or _line_credit(line) or standalone_credit(lines, i):
            continue
        if _ends_sentence(line) or any((m := p.search(line)) and m.start() > 0 for p in _CREDIT_TAIL):
            break  # "… of the blasts. — AGN": a sentence closed by its credit
        if line.endswith(":"):
            return  # "He said the following:" over a list: the text's own points (link headers went before)
        if _PAGER.fullmatch(line):
            tail.append(i)
            continue
        if _LINK_ITEM.match(line) and 6 <= len(line.split()) <= 20 and len(bullets) < _LIST_ITEMS:
            bullets.append(i)
            continue
        # a quote mark, or a comma with a speech verb or closing the line, is a sentence that lost its stop ('"We
        # will return," she said', "Faithfully yours,"); a comma alone is a headline's ("Gunmen raid Sarn, kill five")
        if len(tail) >= _TAIL_LINES or re.search(r"[\"“”]", line) or \
                ("," in line and (_SAID.search(line) or line.endswith(","))) or _figures(line):
            return
        if len(line.split()) > _TAIL_WORDS:
            if not _other_headline(line) or len(heads) >= _LIST_ITEMS or line in posts:
                return
            heads.append(i)  # another story's headline: furniture when two or more stand under the text
            continue
        if re.search(r"[‘’]", line):
            return
        tail.append(i)
    else:
        return  # no sentence above: a list or a fragment, not furniture under a text
    # one bulleted headline alone under the text, the page's only bulleted line, is a related link: a text's points
    # come as a list of two or more
    lone = len(bullets) == 1 and not tail and not heads and _other_headline(_LINK_ITEM_MARK.sub("", lines[bullets[0]]
                                                                                               .strip())) \
        and sum(bool(_LINK_ITEM.match(line.strip())) for line in lines) == 1
    if (0 < len(bullets) < 3 and not lone) or len(heads) == 1:
        return  # one or two bulleted lines, one longer line that ends no sentence may be the text's own
    for i in sorted(tail + bullets + heads):
        removed.append(lines[i].strip())
        lines[i] = ""


def _other_headline(line: str) -> bool:
    """A headline's shape: at most 20 words, capitalised, no sentence end, no colon closing it (a list's header), no
    first or second person, one figure at most."""
    words = line.split()
    return len(words) <= 20 and line[:1].isupper() and not _ends_sentence(line) and not line.endswith((":", ";")) \
        and not any(w.lower().strip(",!?") in _PERSONAL for w in words) \
        and sum(any(ch.isdigit() for ch in w) for w in words) < 2  # "Net profit 8.9 mln vs 6.8 mln": a table's row


#: a writer's or reader's own words, which a headline does not use: "As a reader, i want to say"
_PERSONAL = pronouns.FIRST | pronouns.SECOND


def _credit_closes(lines: list[str], i: int) -> bool:
    """Is line i the article's credit: a credit line, or a sentence closed by its credit ("… on Monday. (AGN)") or by a
    wire's house signature?"""
    line = lines[i].strip()
    return bool(_line_credit(line) or standalone_credit(lines, i)
                or any((m := p.search(line)) and m.start() > 0 for p in _CREDIT_TAIL)
                or any((m := sig.search(line)) and not line[m.end():].strip() for sig, _ in _HOUSE_SIGNATURES))


#: the header of a comment section: "Comments", "3 Comments", "Add new comment", "Leave a Reply", "Join the discussion";
#: a blog entry's footer over its categories and its comment links ("This entry was posted on <date> and is filed
#: under" / "Harbours," / ". Follow any responses to this post through RSS."); an author's box ("Author: Ana Vell")
_COMMENT_HEADER = re.compile(r"(?:\d+\s+)?comments?\s*(?:\(\d+\))?:?|"
                             r"(?:add|post|leave|write|submit) (?:a |your )?(?:new )?(?:comment|reply|response)s?\s*:?|"
                             r"join the (?:conversation|discussion)|this entry was posted\b.{0,150}|"
                             r"(?:about the )?author\s*:\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}|about the author",
                             re.I)


def _drop_comment_section(lines: list[str], removed: list[str]) -> None:
    """Under the text, a comment section's header and what follows it: the form, its house rules and readers'
    comments ("Add new comment" / "Please refrain from adding URLs …" / "Plain text"), or an author's box ("Author:
    Ana Vell" / her bio / her mail). Only when the text stands above it: two sentences or more, and more of the
    page's words above the header than below it (a comment counter over the lead is no end of the text). A line of
    over 45 words below stays (a long paragraph is text)."""
    sentences = 0
    for k, line in enumerate(lines):
        stripped = line.strip()
        if sentences >= 2 and _COMMENT_HEADER.fullmatch(stripped) and \
                sum(len(x.split()) for x in lines[k + 1:]) < sum(len(x.split()) for x in lines[:k]):
            for j in range(k, len(lines)):
                if lines[j].strip() and len(lines[j].split()) <= _LONG:
                    removed.append(lines[j].strip())
                    lines[j] = ""
            return
        if len(stripped.split()) >= 6 and _ends_sentence(stripped):
            sentences += 1 + len(_SENTENCE_END.findall(stripped))


def _drop_counters_over_text(lines: list[str], removed: list[str]) -> None:
    """Bare counters right under the headline ("0" / "366": a page's likes and views): lines of one whole number,
    under the first line with words, nothing but blank lines and other counters between, over the text's first
    sentence (eight words or more). A text of figures alone keeps them (it must reach the reader's "no words"
    problem), and so does a figure ending a wrapped sentence ("… of fiscal" / "1986.") or a table's row."""
    first = next((k for k, line in enumerate(lines) if any(ch.isalpha() for ch in line)), None)
    text = next((k for k, line in enumerate(lines) if len(line.split()) >= 8 and _ends_sentence(line)), None)
    if first is None or text is None or _figures(lines[first]) or \
            sum(any(ch.isdigit() for ch in w) for w in lines[first].split()) >= 2:  # a table's row is no headline
        return
    drop = []
    for k in range(first + 1, text):  # right under the headline: blank lines and counters only between them
        if re.fullmatch(r"\d{1,3}(?:,\d{3})*", lines[k].strip()):
            drop.append(k)
        elif lines[k].strip():
            break
    removed.extend(lines[k].strip() for k in drop)
    for k in drop:
        lines[k] = ""


def _drop_after_credit(lines: list[str], removed: list[str]) -> None:
    """Under the credit that closes the text, lines that end no sentence (20 words at most, a list's worth) are the
    page's: other stories' headlines, a headline repeated, a widget's label. A sentence below keeps them all."""
    below: list[int] = []
    for i in reversed(range(len(lines))):
        line = lines[i].strip()
        if not line:
            continue
        if below and _credit_closes(lines, i):
            if any(_ends_sentence(lines[k]) for k in range(i)):  # a text above the credit
                for k in sorted(below):
                    removed.append(lines[k].strip())
                    lines[k] = ""
            return
        if is_boilerplate(line) and not _line_credit(line) and not _COPYRIGHT_AGENCY.fullmatch(line):
            below.append(i)  # a widget's line under the credit ("Advertise with us."), ending a sentence or not
            continue
        # a sentence ends the run (in a text wrapped at a fixed width, also the last line of a wrapped sentence)
        if _ends_sentence(line) or len(line.split()) > 20 or len(below) >= _LIST_ITEMS:
            return
        below.append(i)


#: an author's bio under the text: "Ana Vell is a senior reporter at the Harbour Ledger covering the guilds."
_BIO = re.compile(r"(?:[A-Z][\w'’.-]+ ){2,3}(?:is|has been) (?:an? |the )?(?:[\w'’-]+ ){0,4}(?:reporter|correspondent|"
                  r"journalist|writer|editor|columnist|contributor|producer|freelancer|photographer|intern)s?\b"
                  r"(?:[^.!?]*\b(?:at|for|with|covering|who covers|based in)\b)[^\n]{0,300}")


#: the labels of an author's box under a bio ("Author", "View all posts") have this many words at most
_BIO_LABEL_WORDS = 4


def _drop_bio(lines: list[str], removed: list[str]) -> None:
    """An author's bio (a full name, "is a reporter at/for/covering …") as the last line, a text above it; the
    author box's short labels under it ("View all posts") may still stand below (the tail's rules take them)."""
    filled = [k for k in range(len(lines)) if lines[k].strip()]
    while len(filled) > 1 and len(lines[filled[-1]].split()) <= _BIO_LABEL_WORDS and \
            not _ends_sentence(lines[filled[-1]]):
        filled.pop()
    for k in filled[-1:]:
        if k != filled[0] and len(lines[k].split()) <= 80 and _BIO.fullmatch(lines[k].strip()) \
                and not any(q in lines[k] for q in "\"“”"):
            removed.append(lines[k].strip())
            lines[k] = ""


#: a teaser cut short by the page: a word, then an ellipsis ("… and petrol price…")
_CUT_SHORT = re.compile(r"\w(?:…|\.\.\.)$")


def _wrapped_above(lines: list[str], k: int) -> bool:
    """The line over line ``k`` (blank lines skipped: none) is a sentence going on: six words or more, no stop."""
    above = lines[k - 1].strip() if k else ""
    return len(above.split()) >= 6 and not _ends_sentence(above) and not _CUT_SHORT.search(above)


def _drop_teasers(lines: list[str], removed: list[str]) -> None:
    """Two or more lines at the bottom that the page cut short mid-sentence ("Hoodlums attacked the palace,
    setting a vehicle on fire. Sarn…") under the text are other stories' teasers; so are two or more over its first
    sentence."""
    teasers: list[int] = []
    for i in reversed(range(len(lines))):
        line = lines[i].strip()
        if not line:
            continue
        if not _CUT_SHORT.search(line) or len(line.split()) > _LONG:
            break
        teasers.append(i)
    if len(teasers) >= 2 and any(_ends_sentence(lines[k]) and not _CUT_SHORT.search(lines[k].strip())
                                 for k in range(min(teasers))):
        for k in sorted(teasers):
            removed.append(lines[k].strip())
            lines[k] = ""
    # over the text, the same: two or more lines cut short above its first sentence (a "Trending" list of teasers;
    # the page's headline is told whole)
    first = next((k for k, line in enumerate(lines) if len(line.split()) >= 8 and _ends_sentence(line)
                  and not _CUT_SHORT.search(line.strip())), None)
    if first is None:
        return
    # each a line of its own, not the end of a sentence wrapped at a fixed width ("… under the program of the" over
    # "Harbour Guild's export plan...", "wheat for June shipment...")
    above = [k for k in range(first) if _CUT_SHORT.search(lines[k].strip()) and len(lines[k].split()) <= _LONG
             and lines[k].strip()[:1].isupper() and not _wrapped_above(lines, k)]
    if len(above) >= 2:
        for k in above:
            removed.append(lines[k].strip())
            lines[k] = ""


#: a line signed with a site's name after a separator: "Sarn council names a panel | Harbour Ledger"
_SIGNED_LINK = re.compile(r"(?P<head>\S.{5,200}?)\s+(?:\||[-–—])\s+(?P<site>[A-Z][\w.&'’\-]*(?:\s+[\w.&'’\-]+){0,4})")


#: a page's title: a headline (a question too), a bar, a site's name in title case: "Why did the gate fail? | The
#: Harbour Ledger"
_TITLE_UNDER = re.compile(r"(?P<head>[A-Z\"“‘].{5,200}?[^.!,;:\s])\s+\|\s+(?P<site>(?:The\s+)?[A-Z][\w.&'’\-]*"
                          r"(?:\s+(?:of|the|and|[A-Z][\w.&'’\-]*)){0,4})")


def _drop_signed_links(lines: list[str], removed: list[str]) -> None:
    """Lines that end with the same site's name after a separator, four words or more and no sentence before it: a
    page's template (its related links, "<headline> | Harbour Ledger"), wherever they stand ("Ana Vell - Harbour
    Party" over "Teo Brand - Harbour Party" is a list of candidates). Two such lines, or three when one of
    them is the page's first line (its title bar, and perhaps the only copy of its headline: that one stays)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    groups: dict[str, list[int]] = {}
    for k in filled:
        line = lines[k].strip()
        if len(line.split()) <= 20 and (m := _SIGNED_LINK.fullmatch(line)) and len(m.group("head").split()) >= 4 \
                and not _ends_sentence(m.group("head")) and not _SENTENCE_END.search(m.group("head")) \
                and not any(ch.isdigit() for ch in m.group("site")) and not m.group("head").isupper() \
                and not _figures(m.group("head")) and "  " not in line:  # a table's rows: "DOCK, 2 OVER JUNE - FIRM"
            groups.setdefault(m.group("site").casefold(), []).append(k)
    for group in groups.values():
        if len(group) >= 2 and (group[0] != filled[0] or len(group) >= 3):
            for k in group:
                if k != filled[0]:
                    removed.append(lines[k].strip())
                    lines[k] = ""
    # the page's title under its text, alone: "<headline> | Harbour Ledger" (a question too) as the last line, under a
    # sentence of the text
    last = filled[-1] if len(filled) >= 3 else None
    if last is not None and lines[last].strip() and (m := _TITLE_UNDER.fullmatch(lines[last].strip())) and \
            4 <= len(m.group("head").split()) <= 20 and not _SENTENCE_END.search(m.group("head")) and \
            not _figures(m.group("head")) and any(_ends_sentence(lines[k]) and len(lines[k].split()) >= 8
                                                  for k in filled[:-1]):
        removed.append(lines[last].strip())
        lines[last] = ""


def _figures(line: str) -> bool:
    """A third or more of the words hold a figure: a row of a table ("Pay April 28", "STG 1.6198"), not a
    widget ("Most read in 48 hours")."""
    words = line.split()
    return 3 * sum(any(ch.isdigit() for ch in w) for w in words) >= len(words)


#: the most words of a label a page prints before a copy of the headline ("Politics", "World News", "✕ Close")
_HEAD_LABEL_WORDS = 3


def _drop_labelled_headline(lines: list[str], title: str | None, removed: list[str]) -> None:
    """The headline again behind a section's label or a button's ("Politics <headline>", "✕ Close <headline>") on one
    of the first lines: the page's furniture around a copy of the title (the record's, else the text's first line
    when it has a headline's shape, which :func:`take_title` then takes)."""
    first = _first(lines)
    if title is None and (not lines or not _headline_shape(lines[first].strip())):
        return
    key = _fold(title or lines[first])
    if len(key) < 10:
        return
    for i, line in enumerate(lines[:_DATELINE_LINES * 2]):
        folded = _fold(line)
        if folded.endswith(" " + key) and len(folded[:-len(key)].split()) <= _HEAD_LABEL_WORDS:
            removed.append(line.strip())
            lines[i] = ""


def _trim_head(lines: list[str], title: str | None, removed: list[str]) -> None:
    """Lines above the headline (the record's title repeated as a line) are the page's masthead, menu and
    breadcrumb, when none of them ends a sentence."""
    key = _fold(title or "")
    if len(key) < 10:
        return
    for i, line in enumerate(lines[:_DATELINE_LINES * 2]):
        folded = _fold(line)
        if folded == key or (folded.startswith(key) and not _ends_sentence(line)):  # "<title>: <kicker>"
            above = [j for j in range(i) if lines[j].strip()]
            if above and not any(_ends_sentence(lines[j]) for j in above):
                for j in above:
                    removed.append(lines[j].strip())
                    lines[j] = ""
            return


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def _distinct_agencies(credits: list[str]) -> list[str]:
    """Each agency once, under the first name it was given ("Associated Press" and "AP" are one agency)."""
    out: dict[str, str] = {}
    for credit in (c for credits_ in credits for c in credits_.split(", ")):  # "AGN, AGX" relayed: each apart
        out.setdefault(agencies.FULL_NAMES.get(credit, credit), credit)
    return list(out.values())


#: a line that opens a list of links to other pages: "Also read", "More headlines", "Related Articles", "Tags", a
#: clip's length ("01:10") in a list of videos
_LIST_HEADER = re.compile(
    r"(?:also read|read also|read more(?: on)?|read next|see also|look also|up next|related(?: (?:articles?|"
    r"stor(?:y|ies)|news|content|coverage|links|posts|topics))?(?: more)?|more (?:headlines|stories|news|to read|"
    r"from [\w .'’&-]{1,40})|you (?:may|might) also (?:like|be interested in)|"
    r"recommended(?: for you| stories| articles| reading| videos)?|"
    r"(?:today'?s )?top (?:news|stories|headlines)|hot topics|latest(?: news| additions| stories| headlines| videos)?|"
    r"must (?:watch|read)|"
    r"trending(?: now| news| stories)?|most (?:read|popular|viewed|shared)(?: stories| articles| news)?|"
    r"editor'?s picks?|don'?t miss|tags|topics|what'?s hot|(?:articles|stories|news) you may (?:like|have missed)|"
    r"more on [\w .'’&-]{1,30}|topics in this (?:article|story)|featured on [\w .'’&-]{1,30}|(?:recently )?featured"
    r"(?: stories| articles| news| posts| dockets| videos)?|recent (?:stories|posts|"
    r"news|articles))\s*[:\-–—]?|\d{1,2}:\d{2}|"
    r"go to video", re.I)
#: a sentence's end inside a line, after a word in lower case ("U.S. troops" holds none)
_INNER_STOP = re.compile(r"[a-z][.!?][\"”’]?\s+\S")
#: how many headlines a list of links holds at most; a longer run is no such list (it reached the text)
_LIST_ITEMS = 12


#: a menu above the text: this many lines in a row, each of a few words (and characters: a paragraph in a script
#: written without spaces is one "word") that end no sentence
_MENU_RUN, _MENU_WORDS, _MENU_CHARS = 4, 3, 30


def _drop_head_menu(lines: list[str], removed: list[str], headline: str) -> None:
    """Above the first sentence, runs of very short lines (a site's menu, a reading widget's "Aa / Small / Large",
    share buttons) go, never the record's headline."""
    body = next((k for k, line in enumerate(lines) if len(line.split()) >= 8 and _ends_sentence(line)), len(lines))
    drop: list[int] = []
    run: list[int] = []
    for k in range(body + 1):
        line = lines[k].strip() if k < body else ""
        # a figure breaks the run: "200 g flour", "Ana Vell 12" are a list's facts, not a menu's items
        if line and len(line.split()) <= _MENU_WORDS and len(line) <= _MENU_CHARS and not _ends_sentence(line) \
                and _fold(line) != headline and not any(ch.isdigit() for ch in line):
            run.append(k)
            continue
        if len(run) >= _MENU_RUN:
            # without a headline, the short line right over the text may be it: "… • Travel / Locks reopen / <text>"
            next_text = next((j for j in range(run[-1] + 1, len(lines)) if lines[j].strip()), body)
            drop += run[:-1] if not headline and next_text == body else run
        run = []
    removed.extend(lines[k].strip() for k in sorted(drop))
    lines[:] = [line for k, line in enumerate(lines) if k not in drop]


#: an author above the text without "By": "Ana Vell, Sarn." (the author and the city), "Ana Vell/"
_BARE_BYLINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?\.|\s*/)")


def _drop_crumb_over_headline(lines: list[str], removed: list[str]) -> None:
    """A breadcrumb from the home page that ends with the headline, over the headline ("Home National County Five
    held in Sarn" over "Five held in Sarn"), at the top of the page."""
    filled = [k for k in range(min(len(lines), _DATELINE_LINES * 2)) if lines[k].strip()]
    for a, b in itertools.pairwise(filled):
        crumb, head = lines[a].strip(), lines[b].strip()
        if crumb.startswith(("Home ", "HOME ")) and len(head.split()) >= 3 and len(crumb) > len(head) \
                and crumb.endswith(head):
            removed.append(crumb)
            lines[a] = ""
            return


#: a page's title bar: the headline, then the site's name (and its section or country) after bars or a dash
#: what a title bar adds to the headline: a site's name or two after a bar or a dash, or a section's one or two
#: capitalised words run on after a space ("<headline> News")
_TITLE_BAR = re.compile(r"\s*(?:[|–—]|\s-\s)\s*(?P<site>[^|.!?]{2,60}?)(?:\s*\|\s*[^|.!?]{2,60}?){0,2}\s*|"
                        r"\s+[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)?\s*")


def _drop_title_bar(lines: list[str], removed: list[str]) -> None:
    """The page's title bar over the headline ("*** <headline> | HARBOUR TRIBUNE | VALDORA" over "<headline>"): the
    headline's words, then a site's name or two after a bar or a dash, or a section's name run on ("<headline>
    News"), with the headline alone on a line below."""
    filled = [k for k in range(min(len(lines), _DATELINE_LINES)) if lines[k].strip()]
    heads = {lines[k].strip() for k in filled[1:3] if len(lines[k].split()) >= 4 and not _ends_sentence(lines[k])}
    for k in filled[:2]:
        bar = lines[k].strip().lstrip("*#>•· ")
        for head in heads:
            if bar.startswith(head) and bar != head and (m := _TITLE_BAR.fullmatch(bar[len(head):])) \
                    and len(m.group().split()) <= 12:
                removed.append(lines[k].strip())
                lines[k] = ""
                return


#: a section's tag in lower case over the page: "storms and outages", "world news"
_LOWER_SECTION = re.compile(r"[a-z]{3,}(?: (?:[a-z]{2,}|&)){1,3}")


def _drop_section_word(lines: list[str], removed: list[str]) -> None:
    """A single word over the first line of a text without a headline is its section ("World", "Sport"), and so are
    two to four words in lower case ("storms and outages"); an author's name and city over the text ("Ana Vell,
    Sarn.", "Ana Vell/") is a byline."""
    filled = [k for k in range(len(lines)) if lines[k].strip()]
    if len(filled) < 2:
        return
    first = lines[filled[0]].strip()
    if _BARE_BYLINE.fullmatch(first) and len(lines[filled[1]].split()) >= 8:  # the text follows at once
        removed.append(first)
        del lines[filled[0]]
        return
    tagged = _LOWER_SECTION.fullmatch(first) and first.split()[-1] not in FUNCTION_WORDS \
        and lines[filled[1]].lstrip()[:1].isupper()  # "formerly the" over "Harbour Guild ..." is a sentence begun
    if ((first.isalpha() and len(first) <= _MENU_CHARS and len(lines[filled[1]].split()) >= 4) or tagged) \
            and not _STANDALONE_CREDIT.fullmatch(first):
        removed.append(first)
        del lines[filled[0]]


#: a section's label: one capitalised word ("Politics", "Mundo") or "<Word> News" ("US News")
_SECTION_LABEL = re.compile(r"(?-i:[A-Z][a-z]{2,19}|[A-Za-z]{2,15} News)")


def _drop_section_labels(lines: list[str], removed: list[str], headline: str) -> None:
    """Between the first line (the headline) and the first sentence of the text (within its first four lines), a
    section's label on its own line goes; an upper-case word (a dateline's place, "SARN") and the record's
    headline stay."""
    filled = [k for k in range(len(lines)) if lines[k].strip()]
    body = next((k for k in filled if len(lines[k].split()) >= 8 and _ends_sentence(lines[k])), None)
    if body is None:
        return
    if body not in filled[:4]:
        return  # the text starts further down: a table's header ("Year") or a wrapped text's word, not a label
    drop = {k for k in filled[1:] if k < body and _SECTION_LABEL.fullmatch(lines[k].strip())
            and _fold(lines[k]) != headline}
    removed.extend(lines[k].strip() for k in sorted(drop))
    lines[:] = [line for k, line in enumerate(lines) if k not in drop]


#: words of a table's row, never of a name: "Pay April One", "Record May Eight"
_TABLE_WORDS = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAY_NAMES, *numbers.NUMBER_WORDS)) | frozenset(
    ("pay", "record", "total", "net", "vs"))


#: a caption inside the text is a paragraph of this many words or more (a subheading is shorter)
_CAPTION_MIN_WORDS = 10


#: a link to another story set in the text under its kicker: "Flood season: Keepers close the northern locks"
_KICKER_LINK = re.compile(r"(?P<label>[A-Z][\w'’\-]*(?: [\w'’\-]+){0,2})\s*:\s+(?P<head>[A-Z][^:\"“”]*)")
#: a kicker in capitals, with a function word that a place's name seldom has ("TIDE OF THE KEEPERS"; "PORT AMMERIN" over
#: the text is a dateline)
_CAPS_LABEL = re.compile(r"[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){1,4}")
_LABEL_WORDS = FUNCTION_WORDS - {"de", "da", "del", "la", "le", "el", "al", "von", "van", "san", "santa", "saint"}


def _prose_paragraphs(lines: list[str]) -> tuple[list[int], list[int], bool] | None:
    """The filled lines, those that end a sentence (six words or more) and whether paragraphs are set apart by blank
    lines; None where the long lines of the page do not end sentences (a text wrapped at a fixed width)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    long = [k for k in filled if len(lines[k].split()) >= 12]
    if len(long) < 3 or 3 * sum(_ends_sentence(lines[k]) for k in long) < 2 * len(long):
        return None
    ends = [k for k in filled if len(lines[k].split()) >= 6 and _ends_sentence(lines[k])]
    spaced = 2 * sum(b > a + 1 for a, b in itertools.pairwise(filled)) >= len(filled) - 1
    return filled, ends, spaced


#: the words of a tense other than the present, or of a report: a caption tells what the picture shows, now
_NOT_NOW = frozenset({"was", "were", "had", "has", "have", "did", "will", "would", "been", "said", "says", "told"})


def _drop_caption_over_dateline(lines: list[str], removed: list[str]) -> None:
    """A picture's caption between the headline and the text's first paragraph, which opens with an agency's dateline
    ("SARN, March 3 (AGN) - …"): a paragraph of one sentence, 5 to 30 words, told in the present ("Keepers bail out a
    cellar in Sarn on Monday."): no word of another tense or of a report, no word in -ed, no quote and no
    first or second person. A standfirst in the past stays."""
    filled = [k for k, line in enumerate(lines) if line.strip()][:_DATELINE_LINES]
    opening = next((n for n, k in enumerate(filled) if n and (m := _DATELINE.match(lines[k].lstrip()))
                    and _wire_dateline(m)), None)
    if opening is None:
        return
    drop = []
    for k in filled[1:opening]:
        line = lines[k].strip()
        words = [w.strip(",;").lower() for w in line.split()]
        if 5 <= len(words) <= 30 and line.endswith(".") and not _SENTENCE_END.search(line) and \
                not re.search(r"[\"“”‘’']", line) and not any(w in _NOT_NOW or w in _PERSONAL or w.endswith("ed")
                                                               for w in words):
            drop.append(k)
    removed.extend(lines[k].strip() for k in drop)
    for k in drop:
        lines[k] = ""


def _caps_label(line: str) -> bool:
    return bool(_CAPS_LABEL.fullmatch(line)) and any(w.lower() in _LABEL_WORDS for w in line.split())


def _paragraph(line: str) -> bool:
    """A paragraph of the text: eight words or more from a capital, a sentence's end in it, no dateline."""
    return len(line.split()) >= 8 and line[:1].isupper() and bool(_ends_sentence(line) or _SENTENCE_END.search(line)) \
        and not _DATELINE.match(line)


def _drop_labels_in_text(lines: list[str], removed: list[str]) -> None:
    """Lines set in the text that are no part of it, each a paragraph of its own: a link to another story under its
    kicker ("Flood season: Keepers close the northern locks", four words or more after the label, no stop) between
    the first and the last sentences, under a paragraph that ends a sentence and over one that starts in capitals,
    only where the long lines of the page end sentences; a kicker in capitals, two to five words without figures
    ("TIDE OF THE KEEPERS"), between the headline and a paragraph of the text (a sentence of eight words or more, no
    dateline). Inside the text such a line is a subheading and stays."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    found = _prose_paragraphs(lines)
    ends = found[1] if found else []
    spaced = found[2] if found else 2 * sum(b > a + 1 for a, b in itertools.pairwise(filled)) >= len(filled) - 1
    drop = []
    for n, k in enumerate(filled):
        line = lines[k].strip()
        a = filled[n - 1] if n else None
        b = filled[n + 1] if n + 1 < len(filled) else None
        if a is None or b is None or (spaced and (a == k - 1 or b == k + 1)) or _ends_sentence(line):
            continue
        below = lines[b].strip()
        link = _KICKER_LINK.fullmatch(line)
        in_text = len(ends) >= 2 and ends[0] < k < ends[-1] and _ends_sentence(lines[a])
        linked = bool(link and in_text and 4 <= len(link.group("head").split()) <= 25 and not _SAID.search(line) and
                      not _SENTENCE_END.search(line) and re.match(r"[A-Z\"“]", below))
        if linked or (n == 1 and _caps_label(line) and _paragraph(below)):
            drop.append(k)
    _take_lines(lines, removed, drop)


#: "is pictured", "are pictured": a caption's passive of what the picture shows
_SEEN = re.compile(r"\b(?:is|are) pictured\b")
#: a stop inside a line, after a word or a figure and before a capital: a second sentence ("Sept. 3, 2020." is none)
_INNER_SENTENCE = re.compile(r"[a-z0-9][.!?][\"”’]?\s+[A-Z]")
#: the words of a caption between the paragraphs; over the text it has at least the second figure (a headline over
#: the text is shorter, and ends no sentence)
_SCENE_WORDS = (6, 45)
_TOP_SCENE_WORDS = 12
#: the scene's verb stands among a caption's first words, right after its subject ("An aerial view shows …")
_SCENE_VERB_AT = 4
#: a caption's words that tell another time or a report: auxiliaries and modals of the past, the future or a hedge
_NOT_SCENE = _NOT_NOW | MODALS | frozenset({"could", "should", "can"})
#: words that may stand in a caption's subject before its verb: articles and "of" ("The head of the agency attends")
_SUBJECT_FUNCTION_WORDS = frozenset({"a", "an", "the", "of"})
#: a picture's own subject before "shows": one picture, under an article or "this" ("An aerial view shows …")
_PICTURE_SUBJECT = re.compile(r"(?:an?|the|this)\b")


def _scene_caption(line: str) -> bool:
    """A picture's caption told in the present: one sentence of 6 to 45 words from a capital with its stop, no
    quotation, no first or second person and no word of another tense, a negation, a report or a hedge, whose subject
    (at most four words, no clause word, no participle unless after an article: "An undated photograph") is
    followed by a verb of the picture's scene in the present (:data:`captions.SCENE_VERBS`: "Survivors carry the
    body of a victim …", "Russian President Ana Vell attends a meeting …"), not before "to" or "that"; or "shows"
    after one picture's noun ("An aerial view shows …"; "Photos show …", "Tracking data shows …" are the text's
    evidence); or a subject "is pictured". News prose tells a scene in the past ("survivors carried")."""
    raw = line.split()
    words = [w.strip(",;:()").lower() for w in raw]
    if not _SCENE_WORDS[0] <= len(words) <= _SCENE_WORDS[1] or not line.endswith(".") or not line[:1].isupper() or \
            _INNER_SENTENCE.search(line) or re.search(r"[\"“”]", line):
        return False
    if any(w in _NOT_SCENE or w in _PERSONAL or w.endswith(("n't", "n’t")) for w in words):
        return False
    if (seen := _SEEN.search(line)) and len(line[:seen.start()].split()) <= _SCENE_VERB_AT + 2:
        return True
    for i in range(1, min(_SCENE_VERB_AT + 1, len(words))):
        before = words[:i]
        if not raw[i][:1].islower() or before[-1] in FUNCTION_WORDS or \
                any(w in FUNCTION_WORDS and w not in _SUBJECT_FUNCTION_WORDS for w in before) or \
                any(w.endswith("ed") and j and before[j - 1] not in ("a", "an", "the") for j, w in enumerate(before)):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if words[i] == "shows":
            return bool(_PICTURE_SUBJECT.fullmatch(before[0])) and bool(captions.PICTURE_NOUNS.intersection(before)) \
                and after != "that"
        if words[i] in captions.SCENE_VERBS:
            return after not in ("to", "that")
    return False


def _drop_scene_captions(lines: list[str], removed: list[str]) -> None:
    """Pictures' captions with no credit left, told in the present (:func:`_scene_caption`), each a paragraph of its
    own: between the text's paragraphs, or over the text when it is longer than a headline (twelve words or more).
    A line that the next one carries on (in lower case) is no paragraph of its own."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    drop = []
    for n, k in enumerate(filled):
        line = lines[k].strip()
        below = lines[filled[n + 1]].strip() if n + 1 < len(filled) else ""
        if below[:1].islower() or (n == 0 and len(line.split()) < _TOP_SCENE_WORDS):
            continue
        if _scene_caption(line):
            drop.append(k)
    _take_lines(lines, removed, drop)


#: a headline's words of 5 to 20; the articles it drops ("Rescuers search for survivors after quake")
_LINKED_HEADLINE_WORDS = (5, 20)
#: a piece's label and its headline: a kicker of ``lexicons.titles.PIECE_KINDS``, a colon, a short title from a capital
_PIECE_LINK = re.compile(r"(?P<kind>[A-Za-z][A-Za-z ]{2,12}?)\s*:\s*[A-Z0-9\"“‘'][^:|]{2,80}")
#: the most words of such a link: a headline's length, set from the form (leave-one-story-out on the eighteen dev35
#: stories, 4 to 20 score alike held out: the pool's links are short)
_PIECE_LINK_WORDS = 12
_ARTICLES = frozenset({"a", "an", "the"})
#: a live report's entry heading opens with its time ("14:05 Rescue teams reach the lock"): the text's own
_CLOCK_OPENING = re.compile(r"\d{1,2}[:.]\d{2}\b")


def _drop_headlines_in_text(lines: list[str], removed: list[str]) -> None:
    """Another story's headline set between the text's paragraphs, a link the page left as a line of its own
    ("Keepers strike over pay after talks fail"): 5 to 20 words from a capital, a figure or a quote mark, no
    sentence's end, no closing colon, semicolon or comma (a list's header, a line wrapped on), no speech verb (a
    quotation that lost its stop) and no article after its first word: headlines drop them, a sentence of the text
    of five words or more seldom does. Under a paragraph that ends a sentence (eight words or more) and over one
    that starts in capitals (eight words or more), only where the long lines of the page end sentences (a text
    wrapped at a fixed width breaks anywhere), and not under the first line (a headline over a standfirst). A live
    report's entry heading, opened by its time, and a line that tells a year stay. A subheading of that shape
    goes too; it tells nothing the text does not. A link under a kind of piece's label ("Editorial: Locks first")
    goes at any length up to twelve words, also on a page whose long lines do not all end sentences (the label
    and its colon tell it)."""
    prose = _prose_paragraphs(lines) is not None
    filled = [k for k, line in enumerate(lines) if line.strip()]
    low, high = _LINKED_HEADLINE_WORDS
    drop = []
    for n in range(2, len(filled) - 1):  # under the text's first paragraph: the first line may be the headline
        line = lines[filled[n]].strip()
        words = line.split()
        if _piece_link(line):
            above, below = lines[filled[n - 1]].strip(), lines[filled[n + 1]].strip()
            if _prose(above) and re.match(r"[A-Z\"“‘']", below) and len(below.split()) >= 8:
                drop.append(filled[n])
            continue
        if not prose:
            continue
        if not low <= len(words) <= high or _ends_sentence(line) or line.endswith((":", ";", ",")) or \
                not re.match(r"[A-Z0-9\"“‘']", line) or _SAID.search(line) or _DATELINE.match(line) or \
                _CLOCK_OPENING.match(line) or _YEAR.search(line) or \
                any(w.lower().strip("\"“‘'") in _ARTICLES for w in words[1:]):
            continue
        above, below = lines[filled[n - 1]].strip(), lines[filled[n + 1]].strip()
        if _prose(above) and re.match(r"[A-Z\"“‘']", below) and len(below.split()) >= 8:
            drop.append(filled[n])
    _take_lines(lines, removed, drop)


def _piece_link(line: str) -> bool:
    """A link to another piece under its kind's label ("Editorial: Locks first"): no sentence's end, twelve words at
    most, the label one of ``lexicons.titles.PIECE_KINDS``."""
    m = _PIECE_LINK.fullmatch(line)
    return m is not None and m.group("kind").strip().upper() in PIECE_KINDS and not _ends_sentence(line) and \
        len(line.split()) <= _PIECE_LINK_WORDS


#: a picture's credit in brackets closing its caption: a name and an agency ("(Ana Vell/AGN)", "(AGN/PHOTO DESK)"), or a
#: picture agency ("(Getty Images)"): a caption's words are read without it
_PICTURE_TAIL = re.compile(rf"\s*\((?:[A-Z][\w.'’ -]{{0,40}}/\s*[A-Z][\w.'’ -]{{0,40}}|{_PHOTO_AGENCY})\)$")
_PHOTO_AGENCY_RE = re.compile(rf"(?:{_PHOTO_AGENCY})", re.I)


#: a picture's credit in square brackets, its photographer and the outlet or agency on either side of a slash: "…
#: in Sarn [Ana Vell/Harbour Ledger]", "[File: Ana Vell/AGN]" (square brackets with a slash are no sentence's)
_SQUARE_CREDIT = re.compile(r"\s*\[(?:(?:File|Photo|Image|Picture)\s*:\s*)?[A-Z][\w.'’ -]{0,40}/\s*"
                            r"[A-Z][\w.'’ -]{0,40}\]$")


def _picture_credited(line: str) -> str | None:
    """The caption's words of a line closed by a picture's credit whose one side names an agency of the lexicon or a
    picture agency ("… in the town of Sarn (Ana Vell/AGN)", "… after the strike began (AGN/PICTURE AGENCY)"), else
    None."""
    if (square := _SQUARE_CREDIT.search(line)) is not None and not _is_caption(line):
        return line[:square.start()].rstrip()  # (a wire's own caption goes later, with its alt text above it)
    m = _PICTURE_TAIL.search(line)
    if m is None:
        return None
    parts = [p.strip(" .") for p in m.group().strip()[1:-1].split("/")]
    if not any(_AGENCY_RE.fullmatch(p) or _AGENCY_RE.fullmatch(p.title()) or _PHOTO_AGENCY_RE.fullmatch(p)
               for p in parts):
        return None
    return line[:m.start()].rstrip()


_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")
#: the fewest words a cut copy of another line must repeat from that line's opening
_CUT_COPY_WORDS = 4


def _drop_cut_copies(lines: list[str], removed: list[str], title: str | None) -> None:
    """A line cut short by an ellipsis whose words before it open another, longer line of the page or the headline:
    a share widget's, a breadcrumb's or a list's copy of the headline ("Home NEWS Keepers end strike as council
    agrees to...", "Keepers end strike as council..."). The page itself shows what it copies; a sentence that trails
    off ("And then...") opens no other line."""
    others = [_fold(line) for line in lines if line.strip() and not _ELLIPSIS.search(line)]
    if title:
        others.append(_fold(title))
    drop = []
    for k, line in enumerate(lines):
        if not (cut := _ELLIPSIS.search(line)):
            continue
        words = _fold(line[:cut.start()]).split()
        if len(words) < _CUT_COPY_WORDS or len(words) > _LONG:
            continue
        for n in range(len(words) - _CUT_COPY_WORDS + 1):  # the copy may follow a breadcrumb's words
            head = " ".join(words[n:])
            if any(len(o) > len(head) and o.startswith(head) for o in others):
                drop.append(k)
                break
    _take_lines(lines, removed, drop)


#: a picture agency closing a caption after its stop: "… near the town on Friday. PICTURE AGENCY"
_PICTURE_AGENCY_TAIL = re.compile(rf"[.!?]\s+(?:(?:photo|picture|image)\s*:\s*)?(?:[\w.'’ -]{{1,40}}\s*/\s*)?"
                                  rf"(?:{_PHOTO_AGENCY})$", re.I)
#: a picture's credit label run into its caption by a widget: "… during the siegeImage: Agency/Ana Vell"
_GLUED_PICTURE_LABEL = re.compile(r"(?<=[a-z.])(?:Image|Photo|Picture|Foto)\s*:\s*\S")
#: a caption opened by its picture's credit, a photographer's or an agency's name before a slash or "via" and a
#: picture agency, then the caption's words (often glued to it): "Ana Vell / PICTURE AGENCY Keepers close the
#: lock.", "AGN via PICTURE AGENCYThe minister said …"
_CREDIT_FIRST = re.compile(rf"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}(?:\s*/\s*|\s+via\s+)(?:{_PHOTO_AGENCY})\s*"
                           r"(?=[A-Z\"“])")


def _drop_picture_agency_captions(lines: list[str], removed: list[str]) -> None:
    """Captions read from their credit: a line closed by a picture agency after its sentence's stop ("… on
    Friday. PICTURE AGENCY"), or a caption with a picture label run into its last word ("… the siegeImage: A/B"),
    a line of 60 words at most, whose words before the credit hold no quotation; or a caption opened by its
    credit (:data:`_CREDIT_FIRST`), which may quote."""
    drop = []
    for k, line in enumerate(lines):
        stripped = line.strip()
        if stripped and len(stripped.split()) <= 60 and _CREDIT_FIRST.match(stripped):
            drop.append(k)
            continue
        if not stripped or len(stripped.split()) > 60 or any(q in stripped for q in "\"“”«»"):
            continue
        tail = _PICTURE_AGENCY_TAIL.search(stripped)
        glued = _GLUED_PICTURE_LABEL.search(stripped)
        if (tail and tail.start() > 0) or (glued and not _SENTENCE_END.search(stripped[:glued.start()])):
            drop.append(k)
    _take_lines(lines, removed, drop)


#: a photographer's credit after a caption's stop, the name, then the outlet and the agency between slashes: "… the
#: flooded lock. Ana Vell/Harbour Ledger/AGN"
_SLASH_CREDIT = re.compile(r"(?<=[.!?])\s+[A-Z][a-z][\w'’.-]*(?:\s[A-Z][\w'’.-]+){1,2}"
                           r"(?:\s*/\s*[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*){0,3}){1,3}$")


def _strip_slash_credits(lines: list[str], removed: list[str]) -> None:
    """A picture's credit closing its caption, a photographer's name and the outlet or agency after a slash ("… the
    flooded lock. Ana Vell/Harbour Ledger/AGN"): the credit goes, the caption's words are judged as any paragraph.
    A sentence ends no paragraph of the text with a name and a slash."""
    for k, line in enumerate(lines):
        if "/" in line and (m := _SLASH_CREDIT.search(line.rstrip())) and len(line[:m.start()].split()) >= 5:
            removed.append(m.group().strip())
            lines[k] = line[:m.start()]


def _drop_credited_captions(lines: list[str], removed: list[str]) -> None:
    """A picture's caption closed by its credit in brackets, anywhere on the page (over the text, as most pages set
    the lead picture, or between its paragraphs): a line of 4 to 60 words starting in capitals whose words before the
    credit end no sentence and hold none, no quotation and no speech verb, and whose next line does not carry it on
    (a line starting in lower case). A paragraph closed by its text's credit ("… on Monday. (AGN)") ends a sentence
    and stays (its credit is read from it)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    drop = []
    for n, k in enumerate(filled):
        line = lines[k].strip()
        core = _picture_credited(line)
        if not core or not 4 <= len(line.split()) <= 60 or not line[:1].isupper() or not core[-1:].isalnum():
            continue
        if _SENTENCE_END.search(core) or any(q in core for q in "\"“”«»") or _SAID.search(core):
            continue
        below = lines[filled[n + 1]].strip() if n + 1 < len(filled) else ""
        if below[:1].islower():
            continue
        drop.append(k)
    _take_lines(lines, removed, drop)


#: an agency closing a line as a picture's credit: in brackets ("… in Sarn (AGN)", "… on Monday. [AGN]") or bare after
#: the stop ("… Sept. 17, 2031. AGN")
_AGENCY_CLOSE = re.compile(rf"(?:\s*[(\[]\s*(?P<c>{_AGENCY_LIST})\s*[)\]]|(?<=[.!?])\s+(?P<c2>{_AGENCY_LIST}))\.?$")
#: the day a picture was taken, with its year, as captions stamp it ("Saturday, Sept. 17, 2031", "on March 4, 2031",
#: "4 March 2031"): a paragraph of news says "on Saturday"
_DAY_WITH_YEAR = re.compile(rf"\b(?:(?:{_MONTH_WORD})\.?\s+\d{{1,2}},?\s+|\d{{1,2}}\s+(?:{_MONTH_WORD})\.?,?\s+)"
                            r"(?:19|20)\d\d\b")
#: the most words of a caption closed by its agency (a wire caption tells the picture and its context in two
#: sentences or three)
_CLOSED_CAPTION_WORDS = 80


def _closed_caption_start(line: str) -> int | None:
    """Where a caption closed by its agency starts in a line (see :func:`_drop_agency_closed_captions`), None when
    the line holds none: 0 for a line that is the caption, else the end of the text's sentences run into it."""
    if not 5 <= len(line.split()) <= _CLOSED_CAPTION_WORDS or not line[:1].isupper() or \
            any(q in line for q in "\"“”«»") or not (m := _AGENCY_CLOSE.search(line)):
        return None
    core = line[:m.start()].rstrip()
    if not core:
        return None
    starts = [0, *(e.end() for e in _SENTENCE_END.finditer(core))]
    if core[-1:].isalnum():  # a phrase closed by its credit, after the sentences of the text if any
        start = starts[-1]
    else:  # the first sentence stamped with the picture's day and year, and those after it
        stamped = next((a for a, b in zip(starts, [*starts[1:], len(core)], strict=True)
                        if _DAY_WITH_YEAR.search(core, a, b)), None)
        if stamped is None:
            return None
        start = stamped
    if _SAID.search(line[start:]) or len(line[start:].split()) < 5:
        return None
    return start


#: a date with its year in figures only: "05.01.2031", "5/1/2031", "2031-01-05T10:23"
_NUMERIC_DAY = re.compile(r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?!\d)")


#: what makes a dated line a stamp, not a sentence wrapped short ("By March 4, 2031 the locks will reopen"): a time
#: of day, a stamp's label or a reading time
_STAMP_MARK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|(?i:\b(?:published|updated|posted|modified|min(?:ute)?s? read)\b)")


def _drop_stamps_over_text(lines: list[str], removed: list[str], headline: str) -> None:
    """A line over the text's first sentence that dates the page: 20 words at most, no sentence's end, no quotation,
    a day with its year and a time of day or a stamp's word ("Ana Vell, Harbour Ledger Published 10:23 a.m. ET Jan.
    5, 2031", "2031-01-05T10:23:00+00:00", "by the Harbour Ledger desk March 4, 2031 4:26 PM 2 min read"): a byline's
    or a widget's stamp, not the story's words (a sentence that dates an event ends with its stop; one wrapped short
    has neither time nor label). The publication date is read from the page before cleaning
    (:func:`storyline.ingest.dates.publication_date`), so the stamp is not needed in the text. The headline stays:
    the record's title, or the page's first line when the record has none."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    first = next((k for k in filled if len(lines[k].split()) >= 12 and (_ends_sentence(lines[k]) or
                                                                        _INNER_STOP.search(lines[k]))), None)
    if first is None:
        return
    drop = []
    for k in filled:
        if k >= first:
            break
        line = lines[k].strip()
        if (not headline and k == filled[0]) or (headline and _fold(line) == headline) or len(line.split()) > 20 \
                or _ends_sentence(line) or any(q in line for q in "\"“”«»"):
            continue
        if (_DAY_WITH_YEAR.search(line) or _NUMERIC_DAY.search(line)) and _STAMP_MARK.search(line):
            drop.append(k)
    _take_lines(lines, removed, drop)


def _drop_agency_closed_captions(lines: list[str], removed: list[str]) -> None:
    """A picture's caption closed by its agency, above the text's last paragraph: a one-line paragraph (5 to 80
    words, no quotation, no speech verb) ending in an agency of the lexicon in brackets or after its stop, that is
    either a phrase (no stop before its credit: "Rescuers carry a man from the rubble in Sarn (AGN)") or stamped with
    the day the picture was taken and its year ("A man looks at a damaged house in Sarn, Saturday, Sept. 17, 2031.
    AGN"), with a sentence of the text further down. A page that runs the lead and the caption together keeps the
    lead's sentences ("The court extended the detention on Sunday. Police patrol the court, Sunday, Jan. 19,
    2031.(AGN)": the lead stays). A paragraph closed by the story's own credit is its last ("… on Monday. (AGN)"),
    read as the credit by :func:`_take_credits`; the lines under a caption start a new paragraph (in capitals)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    drop = []
    for n, k in enumerate(filled[:-1]):
        line = lines[k].strip()
        if (start := _closed_caption_start(line)) is None:
            continue
        below = [lines[j].strip() for j in filled[n + 1:]]
        if not re.match(r"[A-Z\"“‘']", below[0]) or not any(len(b.split()) >= 12 and _ends_sentence(b) for b in below):
            continue
        if start == 0:
            if (title := _caption_title(lines, k)) is not None:
                drop.append(title)
            drop.append(k)
        elif len(line[:start].split()) >= 8:
            removed.append(line[start:].strip())
            lines[k] = line[:start]
    _take_lines(lines, removed, drop)


#: the most words of a picture's title over its caption ("Flooded streets" / "<caption> (AGN)")
_CAPTION_TITLE_WORDS = 6


def _caption_title(lines: list[str], k: int) -> int | None:
    """The line right over caption ``k`` (no blank line between) when it is the picture's title: a paragraph of its
    own (a blank line or nothing over it) of 1-6 words that opens in upper case and ends no sentence or clause, with
    no quotation and no figure ("An election sign" / "A sign welcomes the new council (AGN)")."""
    if k < 1 or not (title := lines[k - 1].strip()) or (k >= 2 and lines[k - 2].strip()):
        return None
    words = title.split()
    if not 1 <= len(words) <= _CAPTION_TITLE_WORDS or not title[0].isupper() or title[-1] in ".!?:;,…" or \
            any(q in title for q in "\"“”«»") or any(ch.isdigit() for ch in title):
        return None
    return k - 1


def _drop_captions_in_text(lines: list[str], removed: list[str]) -> None:
    """Pictures' captions (and their alt texts) left between the paragraphs of a text: a paragraph of one line, 10 to
    60 words, one sentence without its stop, starting in capitals and written in lower case, with no quote, speech
    verb or list mark, a sentence closing the paragraph above it and a new paragraph under it, between the first and
    the last sentences ("A yellow school bus teeters on the brink after surviving the collapse"). Only where the
    long lines of the page end sentences (two thirds of them): in a text wrapped at a fixed width a line that
    ends none is a sentence going on."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    long = [k for k in filled if len(lines[k].split()) >= 12]
    if len(long) < 3 or 3 * sum(_ends_sentence(lines[k]) for k in long) < 2 * len(long):
        return
    ends = [k for k in filled if len(lines[k].split()) >= 6 and _ends_sentence(lines[k])]
    if len(ends) < 2:
        return
    # paragraphs set apart by blank lines: a caption is then a paragraph of its own (a line that goes on, on the line
    # under it, is a paragraph that lost a stop); in a text without them, each line is a paragraph
    spaced = 2 * sum(b > a + 1 for a, b in itertools.pairwise(filled)) >= len(filled) - 1
    drop = []
    for a, k, b in zip(filled, filled[1:], filled[2:], strict=False):
        line = lines[k].strip()
        tokens = line.split()
        content = [t for t in tokens[1:] if t[:1].isalpha()]
        if ends[0] < k < ends[-1] and _short_caption(line) and _ends_sentence(lines[a]) \
                and not _CUT_SHORT.search(lines[a].strip()) and re.match(r"[A-Z\"“‘']", lines[b].strip()) \
                and (not spaced or (a < k - 1 and b > k + 1)) and (len(tokens) > 1 or (
                    line.lower() not in FUNCTION_WORDS and min(len(lines[a].split()), len(lines[b].split())) >= 10)):
            # one word alone is a picture's label only between paragraphs of prose ("Soybeans" over a table's rows
            # is its heading; "The" is a sentence wrapped short)
            drop.append(k)
            continue
        core = _picture_credited(line) or line  # "… in the town of Sarn (Ana Vell/AGN)": the caption's own words
        if ends[0] < k < ends[-1] and _CAPTION_MIN_WORDS <= len(tokens) <= 60 and line[:1].isupper() \
                and core[-1:].isalnum() and not any(q in line for q in "\"“”«»") and not _SAID.search(line) \
                and not _SENTENCE_END.search(core) and sum(t[:1].islower() for t in content) * 2 > len(content) \
                and _ends_sentence(lines[a]) and re.match(r"[A-Z\"“‘']", lines[b].strip()) \
                and (not spaced or (a < k - 1 and b > k + 1)) \
                and not any((m := p.search(line)) and m.start() > 0 for p in _CREDIT_TAIL):
            drop.append(k)  # "… opened fire first.– AGN-AGX" is a paragraph closed by its credit, not a caption
    _take_lines(lines, removed, drop)


#: a picture's caption as a phrase of a few words: a subject, then a participle among its next words ("Volunteers
#: stacking sandbags on the quay", "A nurse tending to a wounded man in Sarn")
_PARTICIPLE_PHRASE = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}? (?!(?:during|according|including|regarding|"
                                r"following|concerning|morning|evening|building|nothing|something|anything|"
                                r"everything|thing|king|spring|ring|wing|ceiling|meeting|bring|sing|sting)\b)"
                                r"[a-z]{2,}ing\b(?: [\w'’,.-]+){1,8}")
#: a teaser's headline cut short by an ellipsis ("Ministers meet as the strike enters a second week...")
_TEASER = re.compile(r"[A-Z][^.!?:;\"“”«»]{10,150}?[^\W\d_](?:\.{3}|…)")


def _short_caption(line: str) -> bool:
    """A line between two paragraphs that is no subheading's nor sentence's but a picture's or a teaser's: one word
    alone (a picture's label: "Sandbags"), a participle phrase of 5 to 9 words without its stop, or a headline cut
    short by an ellipsis (another story's teaser), with no quote nor speech verb."""
    if any(q in line for q in "\"“”«»") or _SAID.search(line):
        return False
    if re.fullmatch(r"[A-Z][\w'’-]{1,24}", line):
        return True
    if 5 <= len(line.split()) < _CAPTION_MIN_WORDS and line[-1:].isalnum() and _lower_phrase(line):
        return bool(_PARTICIPLE_PHRASE.fullmatch(line))
    return len(line.split()) <= 20 and bool(_TEASER.fullmatch(line))


def _drop_name_under_headline(lines: list[str], removed: list[str], headline: str) -> None:
    """A person's name alone on the line under the headline (two or three capitalised words, not in capitals: an
    upper-case line there is a dateline's place), with more lines below: the author's byline without its "By"."""
    filled = [k for k in range(len(lines)) if lines[k].strip()]
    if len(filled) < 3:
        return
    head, name = lines[filled[0]].strip(), lines[filled[1]].strip()
    if len(head.split()) >= 3 and not _ends_sentence(head) and not _figures(head) and _author_line(name) \
            and len(name.split()) <= 3 and not name.isupper() and _fold(name) != headline \
            and not _STANDALONE_CREDIT.fullmatch(name) and not _TABLE_WORDS.intersection(name.lower().split()):
        removed.append(name)
        lines[filled[1]] = ""
        return
    # two authors or more ("Ana Vell And Teo Brand Harbour Ledger"), under the headline or under its standfirst
    for n in (1, 2)[:len(filled) - 2]:
        line = lines[filled[n]].strip()
        # a paragraph of its own (a blank line or nothing under it): a capitalised clause wrapped at a fixed width
        # ("Ana Vell and Harbour Guild President Teo" over "Brand said …") goes on, on the next line
        alone = filled[n] + 1 >= len(lines) or not lines[filled[n] + 1].strip()
        if len(head.split()) >= 3 and not _figures(head) and _authors(line) and _fold(line) != headline and alone \
                and (n == 1 or (len(lines[filled[1]].split()) >= 4 and not _authors(lines[filled[1]]))):
            removed.append(line)
            lines[filled[n]] = ""
            return


def _authors(line: str) -> bool:
    """Two to four authors' names joined by commas or "and" (the last one perhaps with the outlet run on: "Ana Vell
    And Teo Brand Harbour Ledger"), every word capitalised, no headline word ("Sarn And Lesk Sign Deal" has "Sign",
    but a name cannot be told from a verb written in capitals: only under the headline)."""
    line = line.strip()
    parts = re.split(r"\s*,\s*|\s+(?:and|And|AND|&)\s+", line)
    return 2 <= len(parts) <= 4 and len(line.split()) <= 14 and not line.isupper() and not _ends_sentence(line) \
        and not _figures(line) and _author_line(parts[0]) and len(parts[0].split()) <= 3 and all(
            _names_only(p) and 2 <= len(p.split()) <= 7 and not any(w.lower() in _HEADLINE_WORDS for w in p.split())
            and not _TABLE_WORDS.intersection(p.lower().split()) for p in parts[1:])


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: a caption is short; a longer repeated paragraph is a copy of the text, not a picture's caption and alt text
_REPEAT_WORDS = 30


def _told_twice(first: str, second: str) -> bool:
    """The same line twice, the second perhaps with the opening bracket or bar of the credit that followed it
    ("<caption>" over "<caption>(")."""
    return first == second or (second.startswith(first) and second[len(first):].strip() in ("(", "[", "|"))


def _drop_repeated_captions(lines: list[str], removed: list[str], headline: str) -> None:
    """A short line told twice in a row (blank lines between) that ends no sentence, under a line of four words or
    more (the headline), is a picture's alt text and its caption: both go, and so does a sentence told twice right
    above the first paragraph's upper-case dateline. Any other short line told twice is kept once: a sentence (a
    paragraph the page repeated), the headline itself (under a section label)."""
    filled = [k for k in range(len(lines)) if lines[k].strip()]
    drop: set[int] = set()
    for n, (a, b) in enumerate(itertools.pairwise(filled)):
        line = lines[a].strip()
        # a caption closed by its credit is left to the caption rules (they also read the credit next to it)
        if not _told_twice(line, lines[b].strip()) or len(line.split()) > _REPEAT_WORDS or _fold(line) == headline \
                or a in drop or _is_caption(line):
            continue
        titled = any(len(lines[k].split()) >= 4 and not _figures(lines[k]) and not _YEAR.search(lines[k])
                     for k in filled[:n])  # a date line or "This article is from <date>" is no headline
        # a sentence told twice between the headline and the first paragraph's dateline ("SARN -- …") is a
        # picture's alt text and caption too
        nxt = lines[filled[n + 2]].lstrip() if n + 2 < len(filled) else ""
        captioned = titled and (m := _DATELINE.match(nxt)) is not None and (m.group("place") or "").isupper()
        drop |= {b} if (_ends_sentence(line) and not captioned) or not titled else {a, b}
    removed.extend(lines[k].strip() for k in sorted(drop))
    lines[:] = [line for k, line in enumerate(lines) if k not in drop]


def _drop_gallery_credits(lines: list[str], removed: list[str]) -> None:
    """A picture told twice around its photographer's byline ("<caption>" / "By Ana Vell, AGN" / "<caption>"): the
    captions and the byline go, and the agency there credits the picture, not the text; and lines that, run
    together, tell the line above them again (a caption and its copy wrapped at a fixed width) go."""
    filled = [k for k in range(len(lines)) if lines[k].strip()]
    drop: set[int] = set()
    for a, k, b in zip(filled, filled[1:], filled[2:], strict=False):
        above, below = lines[a].strip().lstrip(_BULLETS).strip(), lines[b].strip().lstrip(_BULLETS).strip()
        if above == below and len(above.split()) >= 6 and byline_credit(lines[k])[1]:
            drop |= {a, k, b}
    for n, k in enumerate(filled):
        line = " ".join(lines[k].split())
        if len(line.split()) < 8 or k in drop:
            continue
        run = ""
        for j in filled[n + 1:n + 6]:
            if j != filled[filled.index(j) - 1] + 1 and run:
                break  # a blank line ends the copy
            run = f"{run} {' '.join(lines[j].split())}".strip()
            if run == line and j > filled[n + 1]:
                drop |= {i for i in filled[n + 1:] if i <= j}
                break
            if not line.startswith(run):
                break
    removed.extend(lines[k].strip() for k in sorted(drop))
    lines[:] = [line for k, line in enumerate(lines) if k not in drop]


#: a list's item led by its time stamp, a view counter glued to it or not: "14:05 Ministers meet …", "20914:05Ministers
#: meet …", "321Yesterday, 22:29Ministers meet …" (the last item may be cut short: "439Yesterday, 18:4")
_STAMP_LED = re.compile(r"\d{0,6}?(?:(?:Yesterday|Today|Tomorrow)\s*,?\s*)?\d{1,2}:\d{1,2}(?:\s*(?:[AaPp]\.?[Mm]\.?))?"
                        r"(?:\s*[|•·–—-]\s*|\s*(?=[A-Z‘“\"'])|$)")
#: the fewest stamped items that make a list
_STAMPED_ITEMS = 3


def _headline_item(line: str) -> bool:
    """A list's item: 20 words at most, no sentence's stop at its end, no quotation's."""
    return 0 < len(line.split()) <= 20 and not line.rstrip("\"”’'»)").endswith((".", "!", "?", ";", ":"))


def _drop_stamped_lists(lines: list[str], removed: list[str]) -> None:
    """A list of other stories under the text, each led by its time stamp (and a view counter run into it): a block
    of consecutive lines below the text's first sentence holding :data:`_STAMPED_ITEMS` stamped headlines or more,
    with the unstamped headlines next to them in the block (the list's first item, whose stamp the page set apart).
    No line ends a sentence; a live report's entries ("14:05 Police reach the village. …") are paragraphs, with a
    sentence between two stamps."""
    body = next((k for k, line in enumerate(lines) if len(line.split()) >= 8 and (
        _ends_sentence(line) or _INNER_STOP.search(line))), len(lines))
    k = body + 1
    drop: list[int] = []
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end].strip() and _headline_item(lines[end].strip()):
            end += 1
        block = range(k, end)
        stamped = [j for j in block if (m := _STAMP_LED.match(lines[j].strip())) and
                   (m.end() < len(lines[j].strip()) or j == end - 1)]
        if len(stamped) >= _STAMPED_ITEMS:
            drop.extend(block)
        k = max(end, k + 1)
    removed.extend(lines[j].strip() for j in drop)
    for j in reversed(drop):
        del lines[j]


def _drop_link_lists(lines: list[str], removed: list[str]) -> None:
    """A list header and the headlines under it ("Also read" over three headlines, "Tags" over five topics): short
    lines that end no sentence, up to the first line that does; a run longer than a list keeps its lines. Only
    below the first sentence of the text: above it, short lines under a section label are the headline."""
    i = 0
    # the text's first sentence: a line that ends one, or one that holds a sentence's end inside it ("… the blast.
    # read whole article")
    body = next((k for k, line in enumerate(lines) if len(line.split()) >= 8 and (
        _ends_sentence(line) or _INNER_STOP.search(line))), len(lines))
    while i < len(lines):
        if i < body or not _LIST_HEADER.fullmatch(lines[i].strip().lstrip(_BULLETS + "-–— ")):
            i += 1
            continue
        items: list[int] = []
        j = i + 1
        while j < len(lines) and len(items) <= _LIST_ITEMS:
            item = lines[j].strip()
            if _LIST_HEADER.fullmatch(item.lstrip(_BULLETS + "-–— ")):
                break  # the next list's header ("Related Stories" … "Top News" …): each list on its own
            # a headline may close on a quote ('… of a “group”'), a sentence on its stop ('… he said.”')
            teaser = item.endswith(("...", "…"))  # a headline cut short by the page ("… Pairs To...")
            closed = item.rstrip("\"”’'»)").endswith((".", "!", ";", ",")) and not teaser
            if item and (len(item.split()) > 20 or closed or _line_credit(item)):
                break
            if item:
                items.append(j)
            j += 1
        if items and len(items) <= _LIST_ITEMS:
            removed.extend(lines[k].strip() for k in [i, *items])
            lines[i:j] = [line for k, line in enumerate(lines[i:j], i) if k not in items and k != i]
            j = i
        i = j if items else i + 1


#: a picture's credit on a line of its own: "AGN Photo", "AGN File Photo", "KXYZ-TV via AGN"
_PICTURE_CREDIT_LINE = re.compile(rf"(?:{_AGENCY})\s+(?:[Ff]ile\s+)?(?:Photo|PHOTO|Images?)|"
                                  rf"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){{0,3}}\s+via\s+(?:{_AGENCY})|"
                                  # "Ana Vell/AGN", "ANA VELL/AGN/Picture Desk", "Ana Vell/Getty Images"
                                  rf"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{1,3}}(?:\s*/\s*[A-Z][\w.&'’-]*"
                                  rf"(?:\s[A-Z][\w.&'’-]*){{0,3}}){{0,2}}\s*/\s*(?:{_AGENCY}|{_PHOTO_AGENCY}|"
                                  rf"[A-Z][\w&'’-]* (?:Images|Pictures|Photos))")


#: a line that only points at a picture: its credit ("Harbour Press photo", "Photo: Ana Vell", "Source: AGN", "Ana
#: Vell/AGN") or the gallery's links in brackets ("(Full-size photo)(All photos)")
_PICTURE_POINTER = re.compile(rf"(?:[A-Z][\w.'’&\-]*\s+){{1,4}}(?i:photo(?:graph)?|picture|image)s?|"
                              rf"(?:\((?:[\w\-]+\s){{0,3}}(?i:photo|picture|image|gallery|slideshow)s?\)\s*)+|"
                              rf"(?i:photo(?:graph)?|picture|image|credit)s?\s*(?::|\bby\b)\s*\S.{{0,60}}|"
                              rf"(?i:source)\s*:\s*(?:{_AGENCY_LIST})|{_PICTURE_CREDIT_LINE.pattern}")


#: a caption closed by its picture's agency after its full stop and a slash, a bar or a copyright sign: "… in Sarn. /
#: AGN", "… at the quay. | AGN", "… on Tuesday. © AGN" (a story's own credit takes a dash, "… on Tuesday. - AGN", or
#: stands on the last line; a bare "… on Tuesday. AGN" with the text going on stays: a4660e42 found the only
#: spelling of a name in one)
_AGENCY_CLOSED_CAPTION = re.compile(rf"(?P<cap>.*[.!?][\"”’)]?)\s+[/|©]\s*(?:{_AGENCY_LIST})\.?")
#: the same without the caption's stop, after a bar or a slash: "Volunteers fill sandbags by the river | AGN" (a
#: phrase in lower case, not a headline in title case; a paragraph of the text ends its sentence)
_AGENCY_BARRED_PHRASE = re.compile(rf"(?P<cap>[A-Z][^.!?|/]*[^\W_])\s+[/|]\s*(?:{_AGENCY_LIST})")
#: a caption whose photographer and agency stand after a bar: "… in Sarn on Monday. | Ana Vell/AGN"
_BARRED_PHOTOGRAPHER = re.compile(rf"(?P<cap>.*[^\W_][.!?]?[\"”’)]?)\s+\|\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
                                  rf"\s*/\s*(?:{_AGENCY_LIST}|{_PHOTO_AGENCY})")
#: the most words a caption closed by its agency may have (a paragraph of the text is longer, or signed with a dash)
_AGENCY_CAPTION_WORDS = 45


def _lower_phrase(text: str) -> bool:
    """Most words after the first start in lower case (a caption's phrase, not a headline in title case)."""
    content = [t for t in text.split()[1:] if t[:1].isalpha()]
    return bool(content) and sum(t[:1].islower() for t in content) * 2 > len(content)


def _drop_agency_captions(lines: list[str], removed: list[str]) -> None:
    """A picture's caption that ends in its agency's name after the sentence's stop and a slash, a bar or a copyright
    sign, not on the text's last line ("Relatives wait at the port. / AGN"): the caption, its credit with it. The
    last line's agency is the text's credit (another rule's)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    for k in filled[:-1]:
        line = lines[k].strip()
        m = _AGENCY_CLOSED_CAPTION.fullmatch(line) or ((b := _AGENCY_BARRED_PHRASE.fullmatch(line)) and
                                                       _lower_phrase(b.group("cap")) and b)
        if not m and "|" in line and "/" in line and (p := _BARRED_PHOTOGRAPHER.fullmatch(line)) and \
                len(p.group("cap").split()) <= _LONG_CAPTION_WORDS:
            removed.append(line)  # a photographer's credit closes it: a caption, quotes and all
            lines[k] = ""
            continue
        if m and 4 <= len(m.group("cap").split()) <= _AGENCY_CAPTION_WORDS and not any(q in line for q in "\"“”«»"):
            removed.append(line)
            lines[k] = ""


def _drop_framed_captions(lines: list[str], removed: list[str]) -> None:
    """A picture's caption between two lines that point at the picture (its credit over it, the gallery's links or
    another credit under it): "Harbour Press photo" / "Rubble fills the square of Sarn on Monday." / "(Full-size
    photo)". The caption (8 to 100 words, no quote) goes with the lines around it; a paragraph with a credit on
    one side only stays (a picture without a caption stands between paragraphs of the text)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    pointers = {k for k in filled if len(lines[k].split()) <= 10 and _PICTURE_POINTER.fullmatch(lines[k].strip())}
    drop: set[int] = set()
    for a, k, b in zip(filled, filled[1:], filled[2:], strict=False):
        line = lines[k].strip()
        if a in pointers and b in pointers and k not in pointers and 8 <= len(line.split()) <= _LONG_CAPTION_WORDS \
                and not any(q in line for q in "\"“”«»"):
            drop |= {a, k, b}
    removed.extend(lines[k].strip() for k in sorted(drop))
    for k in drop:
        lines[k] = ""


def _drop_picture_blocks(lines: list[str], removed: list[str]) -> None:
    """A picture's caption, its photographer's name and its credit, each on a line of its own ("<caption>" /
    "Ana Vell" / "AGN Photo", or "<caption>" / "KXYZ-TV via AGN" / "Ana Vell"): all three go."""
    filled = [k for k in range(len(lines)) if lines[k].strip()]
    credits = [n for n, k in enumerate(filled) if _PICTURE_CREDIT_LINE.fullmatch(lines[k].strip())]
    if len(credits) < 2:
        return  # one credit under a paragraph: the paragraph may be the text's own (the picture had no caption)
    drop: set[int] = set()
    for n in credits:
        k = filled[n]
        block = {k}
        above = n - 1
        if above >= 0 and _author_line(lines[filled[above]]):
            block.add(filled[above])
            above -= 1
        if n + 1 < len(filled) and _author_line(lines[filled[n + 1]]):
            block.add(filled[n + 1])
        caption = lines[filled[above]].strip() if above >= 0 else ""
        if len(caption.split()) >= 8 and _ends_sentence(caption) and len(caption.split()) <= _LONG_CAPTION_WORDS:
            block.add(filled[above])
            drop |= block
    removed.extend(lines[k].strip() for k in sorted(drop))
    for k in drop:
        lines[k] = ""


#: a widget's label of two or three words glued to the start of the line after it: "Hide AdAdvertisement", "Hide
#: AdThe council voted …" (the last word ends in lower case, then a capitalised word with no space)
_GLUED_HEAD = re.compile(r"(?P<p>(?:[A-Z]?[a-z]+ ){1,2}[A-Z]?[a-z]+)(?P<w>[A-Z][a-z]{3,})")


def _unglue_repeated_labels(lines: list[str], removed: list[str]) -> None:
    """A page widget's label that the copy glued to the start of several lines ("Hide AdAdvertisement", "Hide
    AdResponsibility for the attack …"): the same two or three words glued, with no space, to two different words at
    the start of two lines or more are the page's, not the text's. One word glued to another is a name
    ("TransHarbour", "McArdle"), and so is a name glued to the same word each time (a comment widget's "Ana
    VellFlagShare…"). The label goes; the rest of each line stays for the other rules."""
    glued: dict[str, list[int]] = {}
    after: dict[str, set[str]] = {}
    for k, line in enumerate(lines):
        if (m := _GLUED_HEAD.match(line.strip())) is not None:
            glued.setdefault(m.group("p"), []).append(k)
            after.setdefault(m.group("p"), set()).add(m.group("w"))
    for label, where in glued.items():
        if len(where) < 2 or len(after[label]) < 2:
            continue
        for k in where:
            removed.append(label)
            lines[k] = lines[k].strip()[len(label):]


#: a copy's date stamp opening the page, run into its first line: "date 2031-03-04 SARN, March 4 (AGN) - …",
#: "date 2031-03-04 News Sport Business" (a page store's stamp of the day, not the text's), and a page's own date
#: label there ("Date: 2031-03-04 The council …", "PUBLISHED: 2031-03-04 …": a pasted page's metadata)
_PAGE_STAMP = re.compile(r"\s*(?i:date|dated|published|posted|updated)(?:\s*:\s*|\s+)\d{4}-\d{2}-\d{2}"
                         r"(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?(?=\s|$)\s*")


def _strip_page_stamp(lines: list[str], removed: list[str]) -> None:
    """The page's date stamp before its first line ("date 2031-03-04 SARN (AGN) — …") goes, so the line under it is
    read for what it is (a dateline and its credit, a menu, the headline's copy)."""
    k = next((k for k, line in enumerate(lines) if line.strip()), None)
    if k is not None and (m := _PAGE_STAMP.match(lines[k])) is not None:
        removed.append(m.group().strip())
        lines[k] = lines[k][m.end():]


#: a picture's bracketed credit with more text after it on its line: "… on Tuesday. (AGN Photo/Ana Vell) SARN (AGN) —
#: The …", "… [File: Ana Vell/AGN] The council …": the caption ran into the paragraph under it
_GLUED_CAPTION = re.compile(rf"(?:\((?:{_AGENCY_LIST})\s+(?:Photo|Images?|Pictures?)(?:\s*/[^)\n]{{1,60}})?\)"
                            r"|\[(?:File|Photo|Image|Picture)s?\s*:[^\]\n]{1,80}\])(?=\s+[\"“A-Z])")


def _unglue_captions(lines: list[str], removed: list[str]) -> None:
    """A picture's caption run into the paragraph under it, its bracketed credit between them ("Rescuers at the quay
    on Tuesday. (AGN Photo/Ana Vell) SARN (AGN) — A ferry …"): the line is split after the credit, so the caption is
    a line of its own for the caption rules and the paragraph (with its dateline) another. A caption is a sentence
    or more before the credit, and the paragraph after it ten words or more."""
    for k, line in enumerate(lines):
        for m in _GLUED_CAPTION.finditer(line):
            before, after = line[:m.end()].strip(), line[m.end():].strip()
            if len(before[:m.start()].split()) >= 4 and len(after.split()) >= 10:
                lines[k] = before + "\n" + after  # (split again below, with the other lines)
                break
    lines[:] = [part for line in lines for part in line.split("\n")]


#: an icon's name glued to the start of the text beside it ("Camera IconKeepers open the lock …"): "Icon" run into a
#: capital is never a word of the text
_GLUED_ICON = re.compile(r"(?:[A-Z][a-z]+ ){0,2}Icon(?=[A-Z])")


#: an agency's name glued to the headline's last word before a stamp's bar: "… confirm the findingsAGN | Sarn |
#: Updated: 14-09-2031 14:11"
_GLUED_AGENCY_BAR = re.compile(rf"(?<=[a-z])(?=(?:{_AGENCY})\s*\|[^|\n]*(?:\|[^|\n]*)*\d)")


def _unglue_agency_bars(lines: list[str]) -> None:
    """A headline and the byline's agency and stamp run together (:data:`_GLUED_AGENCY_BAR`): split into two lines,
    so the headline stays one and the agency's stamp line is read as a credit."""
    for k, line in enumerate(lines):
        if "|" in line and (m := _GLUED_AGENCY_BAR.search(line)):
            lines[k] = line[:m.start()] + "\n" + line[m.start():]
    lines[:] = [part for line in lines for part in line.split("\n")]


def _unglue_icon_names(lines: list[str], removed: list[str]) -> None:
    """An icon's alt text ("Camera Icon", "Play Icon") glued to the start of a line goes; the rest of the line stays
    for the other rules (a caption's credit then closes it)."""
    for k, line in enumerate(lines):
        if "Icon" in line and (m := _GLUED_ICON.match(line.strip())) is not None:
            removed.append(m.group())
            lines[k] = line.strip()[m.end():]


def _drop_icon_names(lines: list[str], removed: list[str]) -> None:
    """The first line, when it is three to eight lower-case words that join no phrase ("search share arrow-down no
    yes"): the names of a page's icons, never a headline, a sentence or a table's unit ("in bushels")."""
    filled = [k for k in range(len(lines)) if lines[k].strip()]
    first = lines[filled[0]].strip() if filled else ""
    if len(filled) > 1 and _ICON_NAMES.fullmatch(first) and not _PHRASE_WORDS.intersection(first.split()):
        removed.append(lines[filled[0]].strip())
        lines[filled[0]] = ""


_ICON_NAMES = re.compile(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*){2,7}")
#: words that join a phrase ("in bushels", a table's unit over its rows), not a row of icon names
_PHRASE_WORDS = frozenset({"a", "an", "the", "in", "at", "of", "on", "for", "to", "from", "by", "with", "and", "or",
                           "is", "are", "was", "were", "per"})


#: a byline's outlet in capitals alone on its line, under its author's name: "HARBOUR LEDGER", "XBC"
_CAPS_OUTLET = re.compile(r"[A-Z][A-Z&.'’]{1,15}(?: [A-Z][A-Z&.'’]{1,15}){0,3}")
#: how far down the page a byline's outlet stands: among its first lines, over the text
_BYLINE_OUTLET_LINES = 15


def _byline_outlet(lines: list[str], i: int, kept: list[str]) -> bool:
    """Is line ``i`` the outlet of the byline right above it: a name in capitals (:data:`_CAPS_OUTLET`, no kicker's
    word such as "ANALYSIS", no code of a list's end) right under a line with a person's name alone (the last line
    kept), among the page's first lines, with text under it? The outlet is the article's credit."""
    line = lines[i].strip()
    if i == 0 or i >= _BYLINE_OUTLET_LINES or not _CAPS_OUTLET.fullmatch(line) or line in _KICKERS or \
            line in _NOT_CODES or not kept or kept[-1] != lines[i - 1] or not _author_line(kept[-1]):
        return False
    return _text_follows(lines, i)


#: an agency and the place the copy was filed from, on a line of their own over the text: "AGN/Sarn, Valdora"
_AGENCY_PLACE = re.compile(rf"(?P<c>{_AGENCY_LIST})\s*/\s*[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){{0,2}},\s*"
                           rf"(?P<region>[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){{0,2}})")
#: an agency's name beside a date stamp on a line of its own, in either order: "AGN | Updated: 12-03-2031 17:49 IST",
#: "AGN) 10:56, April 29, 2031" (its opening bracket lost), "25 March,2031 04:39 PM IST | | Agencies", the place
#: with its region in brackets ("AGN | Sarn (North Valdora) | Updated: …")
#: an outlet's desk signing a byline before the agency whose copy it ran: "Harbour News Desk AGN, 21 Oct, 2031"
_DESK = r"(?:[A-Z][\w'’.&-]*\s+){0,4}(?:[Nn]ews\s+)?(?:[Dd]esk|DESK|[Ss]taff|STAFF|[Bb]ureau|BUREAU)"
_AGENCY_FIRST = re.compile(rf"\(?\s*(?:[Bb]y\s+)?(?:{_DESK}\s+)?(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})\s*\)?\s*"
                           rf"(?:[,|·•:]\s*|[-–—]\s+)*"
                           rf"(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?(?:\s*\([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,2}}\))?"
                           rf"\s*\|\s*)?(?P<rest>.+)")
_AGENCY_LAST = re.compile(rf"(?P<rest>.+?)[\s,|·•]*(?:[Bb]y\s+)?\(?(?P<c>{_AGENCY_LIST})\)?\.?")
#: a dateline alone on its line, its place in capitals: "SARN- AGN", "SARN (AGN)", "SARN, Valdora (AGN) Mar 4, 2031"
_PLACE_AGENCY = re.compile(rf"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){{0,3}}(?:,\s*[A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
                           rf"(?:\s*[-–—]+\s*(?P<c>{_AGENCY_LIST})|\s*\(\s*(?P<c2>{_AGENCY_LIST})\s*\)(?P<rest>.*))")
#: a headline and its agency's byline run together: "22 Apr 2031 Sultan's visit to foster ties By AGN"
_HEAD_BY_AGENCY = re.compile(rf".{{1,200}}?\s(?-i:By)\s+(?P<c>{_AGENCY_LIST})")


def _stamps(text: str) -> bool:
    """Date stamps between bars, the date's parts joined by hyphens or not: "Updated: 12-03-2031 17:49 IST | Created:
    12-03-2031 17:27 IST"."""
    parts = [p for p in re.split(r"\s*\|\s*", text) if p.strip()]
    return bool(parts) and all(_date_stamp(re.sub(r"\b(\d{1,2})-(\d{1,2})-(\d{2,4})\b", r"\1/\2/\3", p)) for p in parts)


def _stamped_credit(line: str) -> str | None:
    """The agency of a line that holds only its name and a date stamp, or a dateline alone, or a headline signed
    by it; None for any other line."""
    stripped = line.strip()
    # each pattern below holds an agency's name, so a line where none occurs matches none of them; one search for a
    # name is cheap, while _AGENCY_LAST tries every agency at every position of the line (a quarter of cleaning)
    if not stripped or len(stripped) > 200 or not _AGENCY_RE.search(stripped):
        return None
    for pattern in (_AGENCY_FIRST, _AGENCY_LAST):
        if (m := pattern.fullmatch(stripped)) and _stamps(m.group("rest")):
            return _credit_name(m.group("c"))
    if (m := _PLACE_AGENCY.fullmatch(stripped)) and (m.group("c") or not m.group("rest").strip()
                                                      or _date_stamp(m.group("rest"))):
        return _credit_name(m.group("c") or m.group("c2"))
    if (m := _HEAD_BY_AGENCY.fullmatch(stripped)) and not _ends_sentence(stripped[:m.start("c")].rstrip()[:-2]):
        return _credit_name(m.group("c"))
    return None


#: what follows a photographer's name after a comma in a picture's credit ("AGN/Ana Vell, File")
_PICTURE_WORDS = frozenset({"File", "Files", "Pool", "Handout", "Via", "Photo", "Image", *agencies.PHOTO_AGENCIES})


def _text_follows(lines: list[str], i: int) -> bool:
    """The next line that is not blank is a sentence of the text (eight words or more)."""
    nxt = next((line for line in lines[i + 1:] if line.strip()), "")
    return len(nxt.split()) >= 8 and _ends_sentence(nxt)


_SIGNATURE = re.compile(_POST_SIGNATURE, re.I)


def _embedded_posts(lines: list[str]) -> frozenset[str]:
    """The text of each embedded post (the line over its signature): a source's own words, never furniture."""
    filled = [line.strip() for line in lines if line.strip()]
    return frozenset(a for a, b in itertools.pairwise(filled) if "(@" in b and _SIGNATURE.fullmatch(b))


def clean_text(raw: str, title: str | None = None) -> Cleaned:
    """Clean one article body: see the module docstring for what is taken out and what is kept.

    ``title``: the record's headline, when known: what stands above its line is page furniture, and its line
    itself, over the text, is the page's copy of the title (:func:`_drop_title_copy`): the title is the article's
    already, the body starts under it.
    """
    kept, removed, notes, credits, place, markers = rule_pass(raw, title)
    _drop_by_form(kept, removed, _fold(title or ""))
    kept = _strip_markers(kept, markers)
    _drop_title_copy(kept, removed, title)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    credit = ", ".join(_distinct_agencies(credits)) or None
    return Cleaned(text=text, removed=tuple(removed), notes=tuple(notes), credit=credit, dateline=place)


#: what a page's title adds after the headline: the outlet's name (and its section) after a bar or a spaced dash,
#: "<headline> - Harbour Ledger", "<headline> | World | Harbour Ledger"
_OUTLET_SUFFIX = re.compile(r"(?:\s+[|–—-]\s+|\s*\|\s*)(?:[^|–—\s-][^|–—]{0,40}?)\s*$")
#: an ellipsis that cuts a headline short: "Locks reopen after the council...", "… vote …"
_CUT = re.compile(r"\s*(?:\.{3}|…)\s*$")
#: how alike, word for word, a line and the title must be to be its copy with a word changed (an edited headline,
#: "4Th" for "4th" is equal already): difflib's ratio over the words
_NEAR_COPY = 0.9


def _title_forms(text: str) -> set[str]:
    """``text`` folded (case, punctuation, spacing), with and without what a page's title adds after a bar or a
    spaced dash when four words or more are left (the outlet's name, its section)."""
    forms = {_fold(text)}
    stem = text
    while (m := _OUTLET_SUFFIX.search(stem)) and len(_fold(stem[:m.start()]).split()) >= 4:
        stem = stem[:m.start()]
        forms.add(_fold(stem))
    return forms - {""}


def repeats_title(line: str, title: str) -> bool:
    """Is ``line`` the page's copy of the headline ``title``? Equal once folded (case, punctuation, spacing), either
    with or without an outlet's name after a bar or a spaced dash ("<headline> | Harbour Ledger"); cut short by an
    ellipsis (four words or more, the title's start); or the same words but one in ten (an edited word), on a line
    that ends no sentence unless the title does. A standfirst that runs the headline on into a sentence is no copy."""
    lines, titles = _title_forms(line), _title_forms(title)
    if lines & titles:
        return True
    if (cut := _CUT.search(line)) and len(stem := _fold(line[:cut.start()])) >= 10 and len(stem.split()) >= 4:
        return any(t.startswith(stem) for t in titles)
    if (cut := _CUT.search(title)) and len(stem := _fold(title[:cut.start()])) >= 10 and len(stem.split()) >= 4:
        return not _ends_sentence(line) and any(f.startswith(stem) and len(f.split()) <= _LONG for f in lines)
    if _ends_sentence(line) and not _ends_sentence(title):
        return False
    words, twords = _fold(line).split(), _fold(title).split()
    return min(len(words), len(twords)) >= 5 and \
        difflib.SequenceMatcher(None, words, twords, autojunk=False).ratio() >= _NEAR_COPY


def _drop_title_copy(kept: list[str], removed: list[str], title: str | None) -> None:
    """The headline repeated as the first line of the body (a pasted page's or a feed's): the record's title is the
    article's already, so its copy is page furniture and goes to ``removed``. Any line over the first sentence may be
    it (a label the rules left may stand above), and every copy there goes; a title under ten characters is too
    short to tell its copy from the text's own word ("SARN" over the lead)."""
    if not title or len(_fold(title)) < 10:
        return
    copies = []
    for k, line in enumerate(kept):
        if not line.strip():
            continue
        if repeats_title(line, title):
            copies.append(k)  # a picture's alt text over the text may repeat it too ("<headline> - 1")
        elif _ends_sentence(line) or len(line.split()) > _LONG:
            break  # the text has begun: a headline under a sentence is the text's
    removed.extend(kept[k].strip() for k in copies)
    kept[:] = [line for k, line in enumerate(kept) if k not in copies]  # blank lines around fold when joined


#: a dateline in capitalised words on its own line: a place, then its day ("Port Sarn, June 4", "Sarn, 4 June 2031")
_PLACE_DATE = re.compile(rf"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}},\s+"
                         rf"(?:(?:{_MONTH_WORD}|{_MONTH_ABBR})\.?\s+\d{{1,2}}|"
                         rf"\d{{1,2}}\s+(?:{_MONTH_WORD}|{_MONTH_ABBR})\.?)(?:,?\s+\d{{4}})?\s*[-–—:]?")
#: how many words a headline over the text may have, at most and at least (two words are a label's: "World News")
_HEADLINE_LENGTH = (3, 25)


def take_title(cleaned: Cleaned) -> tuple[str | None, Cleaned]:
    """The headline of a text given without a title, taken off its first line, and the text under it: a plain text
    whose first line is its headline ("Locks reopen after the council vote" over the lead) has a title, not a body
    line that is no sentence. A first line is a headline when it is alone on its line over more text, of 3 to 25
    words, ends no sentence (a question may: "Could the gate have held?"), no colon or bar (a label, a lead-in, a
    menu), and the line under it does not go on in lower case (a sentence wrapped at a fixed width). ``(None,
    cleaned)`` otherwise. The text keeps every other character: offsets point into the new text."""
    text = cleaned.text
    first, sep, rest = text.partition("\n")
    line, body = first.strip(), rest.lstrip()
    if not sep or not body or not _headline_shape(line) or body[:1].islower():
        return None, cleaned
    return line, replace(cleaned, text=body)


def _headline_shape(line: str) -> bool:
    words = line.split()
    low, high = _HEADLINE_LENGTH
    if not low <= len(words) <= high or line.endswith((":", ",", ";")) or "|" in line:
        return False
    if _ends_sentence(line) and not (line.endswith("?") and not re.search(r"[.!?]\s", line)):
        return False  # a sentence; a question alone may be a headline
    if re.match(r"[A-Z]{3,}(?:[ /-][A-Z]{3,})*\s*,", line) or _figures(line) or _PLACE_DATE.fullmatch(line):
        return False  # a dateline over the lead ("SARN, Valdora, March 3", "Port Sarn, June 4"), a date, a table's row
    if _DAY_WITH_YEAR.search(line):
        return False  # a picture's caption stamped with its day and year ("Keepers at the lock, March 4, 2031")
    return (line[:1].isupper() or line[:1].isdigit()) and sum(w[:1].isalnum() for w in words) * 2 > len(words)


def _drop_by_form(kept: list[str], removed: list[str], headline: str) -> None:
    """Lines that the rules left but whose form in the page is furniture's (:mod:`storyline.ingest.line_form`);
    the record's headline stays."""
    keep = frozenset(k for k, line in enumerate(kept) if headline and _fold(line) == headline)
    drop = set(line_form.furniture(kept, keep))
    removed.extend(kept[k].strip() for k in sorted(drop))
    kept[:] = [line for k, line in enumerate(kept) if k not in drop]


def rule_pass(raw: str, title: str | None = None) -> tuple[list[str], list[str], list[str], list[str], str | None,
                                                            set[str]]:
    """The rules' cleaning: the lines kept, the lines removed, the footnotes, the credits, the dateline's place and
    the footnote markers (the form model then reads the lines kept: ``scripts/fit_line_form.py`` fits it on them)."""
    removed: list[str] = []
    notes: list[str] = []
    markers: set[str] = set()
    kept: list[str] = []
    bylines: list[str] = []
    lines = normalize_text(raw).split("\n")
    headline = _fold(title or "")
    _strip_page_stamp(lines, removed)
    _unglue_repeated_labels(lines, removed)
    _unglue_icon_names(lines, removed)
    _unglue_agency_bars(lines)
    _unglue_captions(lines, removed)
    _drop_crumb_over_headline(lines, removed)
    _drop_title_bar(lines, removed)
    _drop_icon_names(lines, removed)
    _drop_picture_blocks(lines, removed)
    _drop_framed_captions(lines, removed)
    _drop_agency_captions(lines, removed)
    _drop_head_menu(lines, removed, headline)
    _drop_gallery_credits(lines, removed)
    _drop_repeated_captions(lines, removed, headline)
    _drop_link_lists(lines, removed)
    _drop_stamped_lists(lines, removed)
    _drop_after_credit(lines, removed)
    _drop_comment_section(lines, removed)
    _drop_counters_over_text(lines, removed)
    _drop_teasers(lines, removed)
    _drop_signed_links(lines, removed)
    last_byline = -2  # index of the last byline line, blank lines after it skipped
    for i, line in enumerate(lines):
        if len(headline) >= 10 and _fold(line) == headline:  # "Headline | Site" is the headline, not a link list
            kept.append(line)
            continue
        footnote = _FOOTNOTE_LINE.match(line.strip())
        byline, by_agency = byline_credit(line)
        if not byline and (signed := _signed_byline(line, kept)):
            byline, by_agency = True, signed
        alone = _STANDALONE_CREDIT.fullmatch(line.strip())
        if (placed := _AGENCY_PLACE.fullmatch(line.strip())) and placed.group("region") not in _PICTURE_WORDS \
                and _text_follows(lines, i):
            removed.append(line.strip())  # "AGN/Sarn, Valdora" over the text: its credit and its dateline
            bylines.append(_credit_name(placed.group("c")))
        elif alone:  # a credit, or a picture's credit when a caption is next to it: either way not body text
            removed.append(line.strip())
            author = next((j for j in range(len(kept) - 1, -1, -1) if kept[j].strip()), None)
            above = next((j for j in range(author - 1, -1, -1) if kept[j].strip()), None) if author else None
            # not the end of a sentence wrapped at a fixed width ("… said the Harbour / Guild Council" over "AGN")
            wrapped = above is not None and not _ends_sentence(kept[above]) and any(
                _ends_sentence(kept[j]) for j in range(above))
            if author is not None and _author_line(kept[author]) and not wrapped:
                removed.append(kept.pop(author).strip())
            if credit := standalone_credit(lines, i):
                bylines.append(credit)
        elif broadcaster := _BROADCASTER.fullmatch(line.strip()):
            removed.append(line.strip())  # "XBC News" alone on a line: the broadcaster whose story the text is
            bylines.append(broadcaster.group("c"))
        elif _byline_outlet(lines, i, kept):
            removed.append(line.strip())  # "Ana Vell" / "HARBOUR LEDGER": a byline's outlet under its author
            removed.append(kept.pop().strip())
            bylines.append(line.strip())
        elif (joint := _with_agency(line.strip())) and (any(k.strip() for k in kept) or
                                                        joint.end() < len(line.strip())) \
                and not _time_word(joint.group("who")):
            removed.append(line.strip())  # "Harbour Ledger with AGN" under the headline: a byline and the credit
            bylines.append(_credit_name(joint.group("c")))
        elif stamped := _stamped_credit(line):  # "AGN | Updated: 12-03-2031", "SARN (AGN)", "… By AGN"
            removed.append(line.strip())
            bylines.append(stamped)
        elif byline or (last_byline == i - 1 and _byline_tail(line)):
            removed.append(line.strip())
            last_byline = i if byline else -2  # one outlet line under a byline, not a run of them
            if by_agency:
                bylines.append(by_agency)
        elif not line.strip() and last_byline == i - 1:
            last_byline = i
        elif is_boilerplate(line) or (any(k.strip() for k in kept) and _caps_promo(line.strip())) or \
                (_outlet_headline(line.strip()) and any(_prose(k) for k in kept)):
            removed.append(line.strip())
            if holder := _COPYRIGHT_AGENCY.fullmatch(line.strip()):  # "© Copyright AGN 2031. All rights …"
                bylines.append(_credit_name(holder.group("c")))
            elif agency := _line_credit(line):  # "The AGN contributed to this report."
                bylines.append(agency)
        elif footnote:
            notes.append(line.strip())
            markers.add(footnote.group("m"))
        else:
            kept.append(line)
    _drop_labelled_headline(kept, title, removed)
    _trim_head(kept, title, removed)
    if not headline:
        _drop_section_word(kept, removed)
    _drop_section_labels(kept, removed, headline)
    _drop_name_under_headline(kept, removed, headline)
    _drop_cut_copies(kept, removed, title)
    _drop_stamps_over_text(kept, removed, headline)
    _strip_slash_credits(kept, removed)
    _drop_picture_agency_captions(kept, removed)
    _drop_credited_captions(kept, removed)
    _drop_agency_closed_captions(kept, removed)
    _drop_captions_in_text(kept, removed)
    _drop_labels_in_text(kept, removed)
    _drop_caption_over_dateline(kept, removed)
    _drop_scene_captions(kept, removed)
    _drop_headlines_in_text(kept, removed)
    kept = _strip_inline(kept, removed)
    _drop_end_mark(kept, removed)
    _cut_staff_tail(kept, removed)
    code = _last_line_code(kept)  # read before the tail's trimming, which takes such a short line as furniture
    _trim_tail(kept, removed, _embedded_posts(lines))
    credits = _take_credits(kept, removed) + bylines
    if code and code not in credits and any(_LAST_LINE_CODE.match(line) for line in removed):
        credits.append(code)
    if feed := _take_feed_tag(kept, removed):
        credits.append(feed)
    place, dateline_credit = _take_dateline(kept, headline)
    if not place and not dateline_credit:
        place, dateline_credit = _take_slash_dateline(kept)
    if not place and not dateline_credit:
        place, dateline_credit = _take_wire_dateline(kept)
    if dateline_credit:
        credits.append(dateline_credit)
    if not credits and (service := _take_service_lead(kept, removed)):
        credits.append(service)
    if not credits:
        credits = _lead_credits(kept) or [c for line in removed if (c := _signed_line(line))]
    if not credits and (code := _take_bare_code_dateline(kept, removed)):
        credits.append(code)
    return kept, removed, notes, credits, place, markers


#: a dateline alone on its line whose credit lost its brackets: a place (and its country), a broadcaster's or an
#: agency's code in capitals, a dash: "Sarn, Valdora XBC —" (the page dropped "(XBC)")
_BARE_CODE_DATELINE = re.compile(r"(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
                                 r"(?:,\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})?)\s+(?P<c>[A-Z]{2,5})\s*[—–-]{1,2}")


def _take_bare_code_dateline(kept: list[str], removed: list[str]) -> str | None:
    """The code of a dateline alone on its line, its brackets lost (:data:`_BARE_CODE_DATELINE`), among the first
    lines (under a headline, a standfirst's points): the code is the credit and goes; the place and the dash stay."""
    for k in [k for k, line in enumerate(kept) if line.strip()][:_WIRE_DATELINE_LINES]:
        if (m := _BARE_CODE_DATELINE.fullmatch(kept[k].strip())) and not m.group("place").isupper():
            removed.append(m.group("c"))
            kept[k] = f"{m.group('place')} —"
            return m.group("c")
    return None


#: an agency's name opening a line, then nothing, or a separator and a date: "AGN News", "AGN, Jul 21, 2031
#: <widget>"
_AGENCY_HEAD = re.compile(rf"(?:[Tt]he\s+)?(?P<c>{_AGENCY_LIST})(?:\.{{0,3}}|\s*[,|·•:–—-]\s*(?P<rest>.*))")


def _signed_line(line: str) -> str | None:
    """The agency of a line taken out as furniture that names it first, alone or before a date, and no picture
    ("AGN News", "AGN, Jul 21, 2031 Adjust font size:"); None for a caption's or a photo's credit ("AGN
    Photo", "AGN/Ana Vell") or a line that goes on in words ("AGN reports …")."""
    if len(line.split()) > 10 or "/" in line or _PICTURE_WORD.search(line):
        return None
    m = _AGENCY_HEAD.fullmatch(line.strip())
    if m is None or (m.group("rest") is not None and not re.match(rf"\d|(?:{_MONTH_WORD})\b", m.group("rest"))):
        return None
    if m.group() == m.group("c") and " " not in m.group("c"):
        return None  # a short name alone next to a caption credits the picture ("AGN" over "… | Photo: AGN")
    return _credit_name(m.group("c"))


_PICTURE_WORD = re.compile(r"\b(?:photo|image|picture|pic|file|video|graphic)s?\b", re.I)


#: a dateline's brackets at the start of a paragraph, however the place and date are written: "Chennai, Sep 29
#: (AGN) …", "SARN, (Harbour Point / AGN - 14th June, 2031) …", "![]() SARN (AGN) Apr 11, 2031 …"
_LEAD_BRACKETS = re.compile(r"(?P<pre>[^()\n]{0,60}?)\((?P<inner>[^()\n]{2,120})\)")
#: an outlet's note that the copy is an agency's, before the lead: "Harbour Daily, via AGN: The council …"
_LEAD_VIA = re.compile(rf"[^:\n]{{0,60}}?\bvia\s+(?P<c>{_AGENCY_LIST})\s*:")
#: the parts of a dateline's brackets: "Harbour Point / AGN - 14th June, 2031", "AGX-AGN"
_BRACKET_PARTS = re.compile(r"\s*(?:/|,|;|\s[-–—]\s|(?<=[A-Z])-(?=[A-Z]))\s*")
#: a picture's Markdown left before a paragraph: "![]() SARN (AGN) …", "![map](img.png) …"
_IMAGE_MARK = re.compile(r"^!\[[^\]\n]*\]\([^)\n]*\)\s*")
#: a place and a date written day first with the month in lower case, as other languages write it: "Sarn, 18 dez",
#: "Sarn, 12 de julio de 2031"
_PLACE_DAY_MONTH = re.compile(r"\s*[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,2},\s*\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?"
                              r"(?:\s+(?:de\s+)?\d{4})?\s*")
#: a dateline run into the line after a headline that lost its line break: a place in capitals, the agency in
#: brackets, then a dash or a date ("… scores missing in Valdora SARN (AGN) Aug 16, 2031 Torrential rains …")
_RUN_IN_DATELINE = re.compile(rf"(?<![\w(])[A-Z]{{3,}}(?:[ /-][A-Z]{{3,}}){{0,2}}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
                              rf"\s*\(\s*(?P<c>{_AGENCY_LIST})\s*\)\s*(?:[-–—]+\s|(?:{_MONTH_WORD})\.?\s+\d)")
#: how far into its line a run-in dateline may stand (a headline's length)
_RUN_IN_START = 160
#: how many lines from the top a lead's credit may stand (a headline, a standfirst, the lead)
_LEAD_LINES = 4


#: a syndicate that names itself a service or an agency, in brackets before the lead's dash: "(Harbour News Service) —
#: The council …" (an agency outside the lexicon, by the form of its name, as :data:`_CREDIT_LINES` reads it alone)
_SERVICE_LEAD = re.compile(rf"\(\s*(?:[Tt]he\s+)?(?P<c>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,4}}\s+"
                           r"(?:News\s+Service|News\s+Agency|Press\s+Agency|Wire\s+Service|Newswire|Press\s+Service|"
                           rf"Information\s+Service))\s*\)\s*{_DASH}\s*(?=[A-Z\"“‘'])")


def _take_service_lead(kept: list[str], removed: list[str]) -> str | None:
    """The credit of a lead opened by a syndicate's name in brackets and a dash (:data:`_SERVICE_LEAD`), among the
    first paragraphs and above any sentence of the text: the credit and its dash go, the sentence stays."""
    for k in [k for k, line in enumerate(kept) if line.strip()][:_LEAD_LINES]:
        line = kept[k].strip()
        if (m := _SERVICE_LEAD.match(line)) is not None:
            removed.append(line[:m.end()].strip())
            kept[k] = line[m.end():]
            return _credit_name(m.group("c"))
        if len(line.split()) >= 8 and _ends_sentence(line):
            break
    return None


def _lead_credits(kept: list[str]) -> list[str]:
    """Agencies credited at the start of one of the first paragraphs when the rules found none: a dateline's
    brackets after a place and a date written in capitals or capitalised words only, or day first with the month in
    lower case ("Sarn, 18 dez (AGN) --") (the agency a part of them between slashes, dashes or commas), or "…, via
    AGN:" before the lead; not under a sentence of the text other than one standfirst or headline with its stop (40
    words at most, a paragraph of its own: a blank line under it) over the dateline ("<standfirst>." / "Sarn, (AGN -
    Harbour Point News - 15th Oct, 2031 ) :<lead>"). The text is left as it is."""
    standfirst = 0  # one standfirst's sentence, a paragraph of its own, may stand over the dateline
    for k in [k for k, line in enumerate(kept) if line.strip()][:_LEAD_LINES]:
        line = _IMAGE_MARK.sub("", kept[k]).strip()
        sentence = len(line.split()) >= 8 and _ends_sentence(line)
        own_paragraph = k + 1 < len(kept) and not kept[k + 1].strip()
        if sentence and (standfirst or len(line.split()) > _STANDFIRST_WORDS or not own_paragraph):
            blocked = True  # under a sentence of the text a dateline is no longer the text's (a quoted or a second
        else:               # story), unless that sentence is a standfirst (or a headline with its stop) over it
            blocked = False
        if (via := _LEAD_VIA.match(line)) is not None:
            return [_credit_name(via.group("c"))]
        if (run := _RUN_IN_DATELINE.search(line)) is not None and run.start() <= _RUN_IN_START:
            return [_credit_name(run.group("c"))]
        m = _LEAD_BRACKETS.match(line)
        if m is None or (any(w[:1].islower() for w in m.group("pre").split())
                         and not _PLACE_DAY_MONTH.fullmatch(m.group("pre"))) or \
                not re.match(r"\s*\.?[:–—-]*\s*(?:[A-Z\"“‘']|$)", line[m.end():]):  # "(AGN).- The …"
            if blocked:
                break
            standfirst += sentence
            continue  # "Police (AGN) said …" is no dateline: a sentence goes on in lower case after the brackets
        found = [p for p in _BRACKET_PARTS.split(m.group("inner").strip()) if _AGENCY_RE.fullmatch(p)]
        if found:
            return [_credit_name(p) for p in found]
        if blocked:
            break
        standfirst += sentence
    return []
