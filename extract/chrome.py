"""Page furniture in copied live blogs: chrome to drop, closing notices, and section labels.

These are whole-line shapes (design note §4 rules 1–3); a line of prose never matches.

>>> line_kind("Show key events only"), line_kind("Summary so far"), line_kind("He left.")
('chrome', 'label', None)
>>> line_kind("This live blog is now closed.")
'closing'
"""

from __future__ import annotations

import regex

# Whole lines that are buttons, menus and counters, never content.
CHROME_RE = regex.compile(
    r"""
    ^(?:
        Show\ key\ events\ only | Live\ feed | Sort\ by:? | Latest\ first | Oldest\ first
      | Auto[\ -]update:? | On | Off | Updates:? | Copy\ link | Share | Share\ this\ post
      | Share\ on\ (?:Facebook|Twitter|X|WhatsApp|LinkedIn) | View\ post | Read\ more
      | Advertisement | Skip\ advert(?:isement)? | Continue\ reading | Listen | Watch | Comments?
      | Key\ [Pp]oints | Key\ events | What\ we\ covered\ here | \d{1,4}\ (?:Posts|Updates|comments?)
      | Why\ you\ can\ trust\ Sky\ News | Live\ Reporting | Get\ involved | Post\ by: | Filed\ under:.*
      | Here[’']s\ the\ latest: | Here[’']s\ what\ you\ need\ to\ know: | Please\ turn\ on\ JavaScript.*
      | Follow\ (?:our|the)\ live\ coverage.* | Sign\ up\ (?:for|to)\ .{0,80} | Load\ more(?:\ updates)?
      | Show\ more | Back\ to\ top | Previous | Next | Newest | Oldest | Refresh | Reuse\ this\ content
      | Author\ of\ the\ article: | Article\ content | Share\ this\ article | View\ comments
      | Join\ the\ conversation | Share\ this\ [Ss]tory:?.{0,120} | Share\ or\ comment\ on\ this\ article:?
      | Most\ (?:watched|read|viewed|shared|popular)\b.{0,60}
      | To\ contact\ the\ (?:reporters?|editors?)\ (?:on|responsible\ for)\ this\ story:
      | ©\ ?(?:19|20)\d\d\b.{0,100} | Copyright\ ©.{0,100}
      # links and notices a page puts between or after stories; archive headers
      | Skip\ to\ (?:main\ )?content | Section\ [A-Z0-9]{1,3},\ Page\ \d{1,3}
      | Copyright\ (?:©\ )?(?:19|20)\d\d\b.{0,100}
      | Related:\ .+ | Read\ more:\ .+ | (?:Read|See)\ also:\ .+ | More\ on\ this\ story
      | Our\ Standards:.* | Topics:?\ .* | Most\ read | Most\ viewed
      # page credits: the people behind the whole page, not a post's authors
      | (?:Today[’']s|This)\ live\ (?:page|coverage|blog)\ (?:has\ been|was)\ (?:the\ work\ of|brought\ to\ you\ by)\ .+
      | The\ coverage\ (?:has\ been|was)\ brought\ to\ you\ by\ .+
    )[.!]?$
    """,
    regex.VERBOSE,
)

# Chrome headings that introduce a block of bullets repeating later headlines (Independent,
# Guardian): the bullets up to the next blank line are chrome too.
CHROME_BLOCK_RE = regex.compile(
    r"^(?:Key\ [Pp]oints|Key\ events|What\ we\ covered\ here|Here[’']s\ what\ you\ need\ to\ know:)$",
    regex.VERBOSE,
)

# Notices that a live blog has ended (they may also sit at the top of an archived feed).
CLOSING_RE = regex.compile(
    r"""
    ^(?:
        This\ (?:live\ )?(?:blog|page|briefing|liveblog|live\ blog|coverage)\ (?:is|has)\ (?:now\ )?
            (?:closed|closing|ended|finished|no\ longer\ being\ updated)
      | This\ live\ page\ is\ no\ longer\ being\ updated
      | The\ live\ (?:blog|page)\ is\ (?:now\ )?closed
      | We\ are\ (?:now\ )?(?:pausing|closing|ending)\ (?:our|this)\ live\ (?:updates|coverage|blog)
      | Our\ live\ coverage\ .{0,80}\ has\ (?:moved|ended)
      | That\ will\ (?:wrap\ up|conclude|end)\ our\ live\ (?:blog|coverage)
      | This\ blog\ is\ (?:now\ )?closed
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Labels a live blog prints above a post.
LABEL_RE = regex.compile(
    r"^(?:Summary\ so\ far|Closing\ summary|Summary|Key\ event|Pinned(?:\ post)?|Breaking|Post\ update)$",
    regex.VERBOSE,
)


# A navigation bar: three or more short items joined by bars ("Home | News | Sport | Money").
NAV_BAR_RE = regex.compile(
    r"^(?:[\p{L}&'’\-]+(?:\ [\p{L}&'’\-]+){0,2}\ [|•]\ ){2,}[\p{L}&'’\-]+(?:\ [\p{L}&'’\-]+){0,2}$",
    regex.VERBOSE,
)

# A wire story's update note: "(Updates with analyst comment in sixth paragraph)", "(Adds quotes)".
UPDATE_NOTE_RE = regex.compile(
    r"^\((?:Updates|Adds|Recasts|Corrects|Changes|Refiles|Rewrites|Removes|Fixes|Moves|Writes\ through)\b[^()]{0,200}\)$",
    regex.VERBOSE,
)


def line_kind(line: str) -> str | None:
    """``'chrome'``, ``'closing'``, ``'label'`` or None for a (stripped) line.

    >>> line_kind("69 Posts"), line_kind("Share"), line_kind("Shares in Acme rose.")
    ('chrome', 'chrome', None)
    """
    if len(line) > 200:
        return None
    if LABEL_RE.match(line) or (line[:1] == "(" and UPDATE_NOTE_RE.match(line)):
        return "label"
    if (" | " in line or " • " in line) and NAV_BAR_RE.match(line):
        return "chrome"
    if CHROME_RE.match(line):
        return "chrome"
    if CLOSING_RE.match(line):
        return "closing"
    return None


# Headings whose lines up to the next blank line are contact details (wire stories' trailers).
CONTACT_BLOCK_RE = regex.compile(
    r"^To\ contact\ the\ (?:reporters?|editors?)\ (?:on|responsible\ for)\ this\ story:",
    regex.VERBOSE,
)


def opens_contact_block(line: str) -> bool:
    """A heading whose lines, up to the next blank line, are contacts (``To contact the …:``).

    >>> opens_contact_block("To contact the reporters on this story:"), opens_contact_block("Contact us")
    (True, False)
    """
    return len(line) <= 200 and CONTACT_BLOCK_RE.match(line) is not None


def opens_chrome_block(line: str) -> bool:
    """A heading whose bullet lines (up to the next blank line) are chrome.

    >>> opens_chrome_block("Key Points"), opens_chrome_block("Key findings")
    (True, False)
    """
    return len(line) <= 200 and CHROME_BLOCK_RE.match(line) is not None
