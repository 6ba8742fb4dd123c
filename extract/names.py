"""Person names in news prose and the per-entry alias table that resolves speakers.

The quote extractor needs to turn ``Mr Trump``, ``He``, ``the mayor`` or ``Terekhov`` into the full
name mentioned earlier in the same entry. This module finds name mentions with one ``finditer``
pass (runs of capitalised words, titles and organisation words peeled off) and keeps an
:class:`AliasTable`: full names keyed by surname and first name, each with its gender (from
honorifics, gendered roles and bound pronouns), its roles (``mayor`` from ``Kharkiv mayor Ihor
Terekhov``), countries (``Russia’s president``), mention count and positions.

>>> table = AliasTable()
>>> for m in find_mentions("Kharkiv mayor Ihor Terekhov spoke. Mr Terekhov left."):
...     _ = table.add(m)
>>> table.resolve("Mr Terekhov", at=60)
('Ihor Terekhov', 'title')
>>> table.resolve("the mayor", at=60)
('Ihor Terekhov', 'descriptor')
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from extract._limits import fuse
from extract._quotes_data import (
    COUNTRY_OF,
    DESCRIPTOR_NOUNS,
    DETERMINERS,
    GENDERED_ROLES,
    GENERIC_ORG_OPENERS,
    GENERIC_ORG_ROLES,
    GIVEN_NAME_GENDER,
    GOVERNING_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    KIN_GENDER,
    NAME_SUFFIXES,
    NAME_TITLES,
    NOT_NAME_WORDS,
    ORG_HEAD_KINDS,
    ORG_INTRO_VERBS,
    ORG_LEGAL_SUFFIXES,
    ORG_NOUNS,
    ORG_OF_HEADS,
    ORG_VOICE_NOUNS,
    ORG_WORDS,
    PLACE_OPENERS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERB_FORMS,
    SURNAME_ORG_WORDS,
    TALK_VERB_FORMS,
    TITLE_ABBREVIATIONS,
    TITLE_ROLES,
    UNRESOLVED_ROLES,
)


def trie_alternation(words: Sequence[str]) -> str:
    """An escaped regex alternation of ``words``, factored by common prefixes (a trie).

    It matches exactly the words a named list (``\\L<words>``) matches, but the engine rules out
    every branch but one per character; a named list of 300 verb forms costs about 1.7 µs per
    attempt, the trie a fraction of that. Use it with a boundary after it (``\\b``), as a list.

    >>> pattern = trie_alternation(["said", "says", "say", "told"])
    >>> pattern
    '(?:sa(?:id|y(?:s)?)|told)'
    >>> [bool(regex.fullmatch(pattern, w)) for w in ("say", "says", "sa", "tell")]
    [True, True, False, False]
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word

    def emit(node: dict[str, Any]) -> str:
        branches = [regex.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        optional = "" in node  # a word ends here, and longer words go on
        if len(branches) == 1 and not optional:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")

    return emit(trie)


# Speech and talk verb forms as one prefix-factored alternation (a one-word name must be the
# subject of one of them).
_SUBJECT_VERBS = trie_alternation(sorted({*SPEECH_VERB_FORMS, *TALK_VERB_FORMS}))

# A run of capitalised words (a name, perhaps with titles and organisation words around it). Inner
# tokens may be initials (``J.``) or particles (``de``, ``van``, ``bin``) between capitalised words.
# A one-word run is a person only as the subject of a speech verb (``Garnier said``), so the
# pattern itself drops the others (sentence openers, places): three in four runs never reach Python.
NAME_RUN_RE = regex.compile(
    r"""
    (?<![\p{L}\p{N}’'-])                          # start of a word
    (?P<run>
        \p{Lu}[\p{L}’'-]*+(?:\.(?<=\b\p{Lu}\.|\b\L<abbr>\.))?+   # a capitalised word (``Mr.``,
                                                        # ``J.``): the dot first, it is rare
        (?:
            (?P<more>[ \n]++)                     # spaces (or a hard wrap) between words
            (?:(?:de|van|von|der|den|ter|bin|binti|ibn|al|el|da|di|do|dos|du|del|della|le|la)
              [ ]++){0,2}+                        # lower-case name particles (``von der``)
            (?:[“"]\p{Lu}[\p{L}’'.-]{0,20}+[”"][ ]++)?+   # a nickname in quotes (``Walter
                                                        # “Sonny” Prewitt``), dropped later
            \p{Lu}[\p{L}’'-]*+(?:\.(?<=\b\p{Lu}\.|\b\L<abbr>\.))?+   # the next one (a full stop
                                                                  # only after an initial)
        ){0,5}+
    )
    (?(more)                                      # several words: a candidate as it stands
      |                                           # one word: only before a speech verb, as in
      (?:(?=[ ]++(?:(?:has|had|also|later|then|began|started|was)[ ]++)?+  # SUBJECT_VERB_RE
        """
    + _SUBJECT_VERBS
    + r"""\b)
      | (?=[ ](?:of|for)[ ]\p{Lu})(?<=\b\L<heads>)  # … or an org head before ``of X`` (``Bank of``)
      )
    )
    """,
    regex.VERBOSE,
    heads=sorted(ORG_OF_HEADS, key=len, reverse=True),
    abbr=sorted({*TITLE_ABBREVIATIONS, "Mt", "Ft"}, key=len, reverse=True),
)

# ``Ministry of Health``, ``Irish League of Credit Unions``: an organisation run goes on past
# ``of``/``for`` after one of its head words (a person's run never does: ``Jo Li of Acme``).
ORG_OF_RE = regex.compile(
    r"""
    [ ](?:of|for)[ ](?:the[ ])?+                             # " of " / " for the "
    \p{Lu}[\p{L}’'-]*+                                       # a capitalised word …
    (?:[ ](?:(?:and|&|of|the)[ ])?+\p{Lu}[\p{L}’'-]*+){0,4}+    # … and up to four more
    """,
    regex.VERBOSE,
)

# ``Velvet Kites frontman Danny Holloway``: a capitalised run before a lower-case role and a name
# modifies the role (a band, a club, a party); the person is the name after it.
_ROLE_WORDS = ROLE_NOUNS | DESCRIPTOR_NOUNS

# ``Brackenfield Live, the three-day festival in …``: an appositive kind makes a run an
# organisation of that kind (``the festival said`` then resolves to it).
ORG_APPOSITIVE_RE = regex.compile(
    r"""
    ,[ ]++(?:a|an|the)[ ]++                      # ", the " / ", a "
    (?:[\p{L}\p{N}’'-]++[ ]++){0,3}?             # a few modifiers (``three-day``, ``dairy``)
    (?P<kind>\L<kinds>)                          # the kind of organisation …
    (?=[ ]*+(?:[,.;:)]|$)                        # … as the head of its phrase: then a stop …
      |[ ](?:in|of|on|at|near|from|based|which|that|owned|run|founded|behind|where|whose
        |with)\b)                                 # … or a clause or prepositional tail
    """,
    regex.VERBOSE,
    kinds=sorted(ORG_NOUNS - ROLE_NOUNS, key=len, reverse=True),
)

# ``Brisco said she`` / ``Lindqvist told reporters that she``: a pronoun right after a subject's
# speech verb is bound to it, and gives its gender.
BOUND_PRONOUN_RE = regex.compile(
    r"""
    (?:[ ]++(?:reporters|journalists|him|her|them|us))?+   # an audience (``told reporters``)
    [ ]++(?:that[ ]++)?+                                   # "that" may come first
    (?P<pronoun>he|she)\b                                  # the pronoun
    """,
    regex.VERBOSE,
)

# What may follow a one-word name to make it a speaker (``Garnier said``, ``Alice began talking``).
SUBJECT_VERB_RE = regex.compile(
    r"""
    [ ]++(?:(?:has|had|also|later|then|began|started|was)[ ]++)?+   # an auxiliary or aspect verb
    (?P<verb>"""  # a speech or talk verb
    + _SUBJECT_VERBS
    + r""")\b
    """,
    regex.VERBOSE,
)

# ``HM Coastguard said it …``: a capitalised subject referred to as "it" is an organisation.
SAID_IT_RE = regex.compile(
    r"""
    [ ]++(?:has[ ]++)?+(?:says|said|say)[ ]++it\b     # "says it" / "has said it"
    """,
    regex.VERBOSE,
)

# An appositive role after a name: ``Hugh Hill, a doctor,`` / ``Paul Martin, a Pinellas sheriff's
# detective``. Up to four modifiers, then a role noun.
APPOSITIVE_RE = regex.compile(
    r"""
    ,[ ]++(?:a|an|the)[ ]++                       # ", a " / ", the "
    (?P<mods>(?:[\p{L}’'.-]++[ ]++){0,4}?)        # a few modifiers (``Pinellas sheriff's``)
    (?P<role>\L<roles>)\b                         # the role noun
    """,
    regex.VERBOSE,
    roles=sorted(ROLE_NOUNS, key=len, reverse=True),
)

# ``the 52-year-old said``: a descriptor by age, bound to the person introduced with that age.
AGE_NOUN_RE = regex.compile(
    r"""
    (?P<age>\d{1,3})-year-old       # "52-year-old"
    """,
    regex.VERBOSE,
)

# ``Danny Holloway, 52,`` / ``Michael Furey (71)`` / ``Maria Gonsalves, aged 67``: an age after a
# name, kept as the role ``52-year-old``.
AGE_AFTER_NAME_RE = regex.compile(
    r"""
    (?:,[ ](?:aged[ ])?+|[ ]\()      # ", " / ", aged " / " ("
    (?P<age>\d{1,3})                 # the age
    (?=[,)])                         # then the aside closes
    """,
    regex.VERBOSE,
)

# ``President Vladimir Putin, of Russia``: the country after the name.
OF_COUNTRY_RE = regex.compile(
    r"""
    ,?[ ]of[ ](?P<country>\p{Lu}\p{L}+)      # ", of Russia"
    """,
    regex.VERBOSE,
)

# ``Mark Fenwick, 52, and wife Tanya`` / ``Dan Morrow and his wife, Elspeth``: a bare given name
# after a kin noun right after a person shares that person's surname.
KIN_AFTER_RE = regex.compile(
    r"""
    (?:,[ ]\d{1,3},)?+                           # an age aside (``, 52,``)
    [ ]and[ ](?:his[ ]|her[ ])?+                 # " and " / " and his "
    (?P<kin>\L<kin>),?+[ ]                       # the kin noun (``wife``)
    (?P<given>\p{Lu}\p{Ll}[\p{L}’'-]*+)           # the given name …
    (?![ ]*+\p{Lu}|[\p{L}’'-])                    # … alone (no surname of its own)
    """,
    regex.VERBOSE,
    kin=sorted(KIN_GENDER, key=len, reverse=True),
)

# ``the Campaign for Real Ale (Camra)``: a short name in brackets right after an organisation.
BRACKET_ALIAS_RE = regex.compile(
    r"""
    [ ]\(                                        # " ("
    (?P<alias>\p{Lu}[\p{L}&]{1,11}+)              # one capitalised word or acronym
    \)                                           # ")"
    """,
    regex.VERBOSE,
)

# ``Maria Gonsalves, 67, said``: an age aside between a subject and its speech verb.
AGE_ASIDE_RE = regex.compile(
    r"""
    ,[ ](?:aged[ ])?+\d{1,3}+,                    # ", 67," / ", aged 67,"
    """,
    regex.VERBOSE,
)

#: No news entry names more people than this; past it, hostile text cannot slow resolution.
#: A lone capitalised word opening a sentence as the subject of a reporting or action verb
#: (``Translink has suspended``, ``Ofwat confirmed``): a candidate organisation for ``the
#: operator said`` when no named organisation fits. Bounded runs; no nesting.
BARE_SUBJECT_RE = regex.compile(
    r"""
    (?: ^ | (?<= [.!?”"\x00\n] \s{0,3} ) )       # sentence start (or a paragraph's)
    (?P<word> \p{Lu} [\p{Ll}\p{Lu}&-]{2,30}+ )   # one capitalised word, not a run
    \x20
    (?: has | have | had | is | was | will | would | said | says
      | \p{Ll}{2,20}+ (?<= ed | s ) )\b           # an auxiliary or a finite verb
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_PLACE_PREPOSITIONS = (" in ", " at ", " to ", " from ", " near ", " across ", " of ")

MAX_PEOPLE = 400
#: How far back a pronoun's resolution looks for bare surnames (bounded, so it stays linear).
_BARE_LOOKBACK = 4000
_AGE_STARTS = frozenset("0123456789a")
SPOKESPEOPLE = frozenset(("spokesperson", "spokesman", "spokeswoman"))
_LOWER_TITLES = frozenset(t.rstrip(".") for t in NAME_TITLES)
_LOWER_HONORIFICS = {h.rstrip("."): g for h, g in HONORIFICS.items()}
_ORG_WORDS_LOWER = frozenset(w.casefold() for w in ORG_WORDS)
_PERSONAL_TITLES = frozenset(_LOWER_HONORIFICS) | frozenset(TITLE_ROLES) | _LOWER_TITLES


@dataclass(slots=True)
class Mention:
    """A name as found in the text: the full name (or a bare alias) and what came with it."""

    start: int
    end: int
    name: str  # the name without titles: ``Ihor Terekhov``, or ``Terekhov`` for ``Mr Terekhov``
    full: bool  # True when ``name`` has two or more words (a full name to register)
    titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    gender: str | None = None
    in_quote: bool = False
    possessive: bool = False  # ``Russia’s president``: the owner, never the subject
    org: bool = False  # ``Sussex Police``, ``HM Coastguard said it …``: an organisation
    subject: bool = False  # first name of its sentence, or the subject of a speech verb
    hint: str | None = None  # gender suggested by the given name (weaker than ``gender``)
    kinds: tuple[str, ...] = ()  # for an organisation: what it is (``agency``, ``festival``)
    modifier: bool = False  # ``Velvet Kites`` in ``Velvet Kites frontman Danny Holloway``
    aliases: tuple[str, ...] = ()  # an organisation's short name in brackets (``Camra``)


@dataclass(slots=True)
class Person:
    """One person of the entry and everything known about them so far."""

    full: str
    gender: str | None = None
    hint: str | None = None  # from the given name; ``gender`` (from the text) wins
    roles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    count: int = 0
    first: int = -1
    last: int = -1
    last_subject: int = -1


def _strip_possessive(word: str) -> str:
    if word[-1:] not in ("s", "’", "'"):
        return word  # most words: one test, no loop
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def is_org(words: Sequence[str]) -> bool:
    """An organisation name: an organisation word or an acronym (``Sussex Police``, ``PKP``).

    >>> is_org(["Ann", "Bo"]), is_org(["Sussex", "Police"]), is_org(["HM", "Coastguard"])
    (False, True, True)
    """
    # A loop, not any(generator): this runs for every name candidate, and is faster.
    for w in words:  # noqa: SIM110
        if w.rstrip(".") in ORG_WORDS or (len(w) >= 2 and w.isupper()):
            return True
    return False


def _org_name(titles: Sequence[str], name: Sequence[str]) -> bool:
    """:func:`is_org`, except for a surname that is also a place word (``Gov. Lena Park``,
    ``Tom Hall``): a title or a known given name before it makes the run a person."""
    if not is_org(name):
        return False
    if name[-1] not in SURNAME_ORG_WORDS or not 2 <= len(name) <= 3 or is_org(name[:-1]):
        return True
    personal = bool(titles) and titles[-1].casefold().rstrip(".") in _PERSONAL_TITLES
    return not (personal or name[0].casefold() in GIVEN_NAME_GENDER)


def split_name(words: list[str]) -> tuple[list[str], list[str], str | None]:
    """Peel titles and honorifics off the front of a capitalised run: ``(titles, name, gender)``.

    >>> split_name(["House", "Speaker", "John", "Boehner"])
    (['House', 'Speaker'], ['John', 'Boehner'], None)
    >>> split_name(["Mrs", "Doe"])
    (['Mrs'], ['Doe'], 'f')
    """
    gender: str | None = None
    # The name starts after the last title-like word (``Tulsa Fire Chief Raymond Ochoa``).
    cut = 0
    for i, word in enumerate(words[:-1]):
        low = word.casefold().rstrip(".")
        if low in _LOWER_HONORIFICS:
            gender = _LOWER_HONORIFICS[low] or gender
            cut = i + 1
        elif low in _LOWER_TITLES or low in ROLE_NOUNS or low in COUNTRY_OF:
            cut = i + 1
        elif len(words) - i > 2 and low.endswith(("ist", "ian")) and low not in ("christian",):
            cut = i + 1  # ``Meteorologist Sofia Antoniou``
        elif i == 0 and len(words) > 2 and _descriptor_first(word, words[1]):
            cut = 1  # ``Commuter Nadia Benali``, ``Fly-half Niamh Doherty``
    return words[:cut], words[cut:], gender


def _descriptor_first(word: str, second: str) -> bool:
    """The first word of a run is a role, not a given name (``Commuter``, ``Fly-half``, ``Shopper``
    before ``Jane Doe``): a listed descriptor, a hyphenated word with a lower-case second part, or
    an unknown word before a known given name."""
    low = word.casefold()
    if low in DESCRIPTOR_NOUNS:
        return True
    if "-" in word and not word.rsplit("-", 1)[1][:1].isupper():
        return True
    return (
        low not in GIVEN_NAME_GENDER
        and second.casefold() in GIVEN_NAME_GENDER
        and low.endswith(("er", "or", "ist", "ian", "ant", "ent", "man", "woman"))
    )


def find_mentions(text: str, *, offset: int = 0, starts: Sequence[int] = ()) -> Iterator[Mention]:
    """Yield person-name mentions in ``text`` (offsets shifted by ``offset``).

    ``text`` may hold several paragraphs joined by a character that is neither a letter, a digit,
    a space nor punctuation (``\\x00``), with ``starts`` the offset of each one after the first:
    one pass over a whole entry then finds exactly what one pass per paragraph finds.

    A mention is a run of two to four capitalised words after titles are peeled off, or a title
    plus one word (``Mr Putin``), or one word that is the subject of a speech verb (``Garnier
    said``). Runs with organisation or place words (``Sussex Police``) are not people.

    >>> text = "Police said Ann Bo and Mr Li met. Sussex Police said so."
    >>> [(m.name, m.org) for m in find_mentions(text)]
    [('Ann Bo', False), ('Li', False), ('Sussex Police', True)]
    >>> list(find_mentions("The rain in Spain."))
    []
    """
    bounds = [0, *starts]
    skip_to = -1  # the end of an organisation run extended past ``of`` (``Bank of England``)
    for m in NAME_RUN_RE.finditer(text, timeout=fuse(len(text))):
        if m.start() < skip_to:
            continue
        run = m.group("run")
        if "“" in run or '"' in run:
            # ``Walter “Sonny” Prewitt``: the nickname is no part of the name's words.
            run = " ".join(w for w in run.split() if w[:1] not in ("“", '"'))
        # A one-word run reaches here only before a speech verb (``Garnier said``); a sentence
        # opener or function word there (``The said``, ``It said``) is still no name.
        if m.start("more") < 0 and run.rstrip(".") in NOT_NAME_WORDS:
            continue
        words = run.split()
        start = m.start()
        # Sentence openers and function words are not part of a name (``But Ivan Petrov``).
        while words and words[0].rstrip(".") in NOT_NAME_WORDS:
            start += len(words[0])
            while start < m.end() and text[start] == " ":
                start += 1
            words = words[1:]
        if not words:
            continue
        last = _strip_possessive(words[-1])
        possessive = last != words[-1]
        words[-1] = last
        # ``Rónán Kiely SC``, ``Jane Orr MP``, ``Martin Hale Jr.``: the surname is before them.
        suffixes: list[str] = []
        while len(words) > 1 and words[-1].rstrip(".").casefold() in NAME_SUFFIXES:
            suffixes.append(words.pop().rstrip(".").casefold())
        titles, name, gender = split_name(words)
        end = m.end()
        subject_m = SUBJECT_VERB_RE.match(text, end)
        if subject_m is None and text.startswith(", ", end) and m.start("more") >= 0:
            # ``Maria Gonsalves, 67, said``: the subject across an age aside.
            age_aside = AGE_ASIDE_RE.match(text, end, end + 12)
            if age_aside is not None:
                subject_m = SUBJECT_VERB_RE.match(text, age_aside.end())
        subject = subject_m is not None
        # ``Organisers of Brackenfield Live``: the organisation a voice speaks for.
        voiced = False
        if text.endswith((" of ", " for ", " at "), 0, start):
            words_before = text[max(0, start - 40) : start].split()
            voiced = len(words_before) >= 2 and words_before[-2].casefold() in ORG_VOICE_NOUNS
        modifies = (
            not subject and text[end + 1 : end + 2].islower() and _modifies_role(text, end, words)
        )
        # "X said it" is also "X said": test the rarer pattern only after the common one.
        if (
            voiced
            or modifies
            or (is_org(name) and _org_name(titles, name))
            or (
                subject
                and not titles  # ``Mrs Morrow said it was``: a person
                and (len(name) == 1 or name[0].casefold() not in GIVEN_NAME_GENDER)
                and SAID_IT_RE.match(text, end) is not None
            )
        ):
            if name and name[0] in ("The", "the"):
                name = name[1:]
            if not name:
                continue
            if name[-1] in ORG_OF_HEADS and not possessive:
                tail = ORG_OF_RE.match(text, end)
                if tail is not None:
                    name = [*name, *tail.group().split()]
                    end = skip_to = tail.end()
            # The name's own kinds (``Administration``) are read when it is registered.
            bracket = BRACKET_ALIAS_RE.match(text, end) if text.startswith(" (", end) else None
            yield Mention(
                start + offset,
                end + offset,
                " ".join(name),
                False,
                org=True,
                kinds=_kind_after(text, end) or _noun_after(text, start, end),
                modifier=modifies,
                possessive=possessive,
                aliases=(bracket.group("alias"),) if bracket is not None else (),
            )
            continue
        if len(name) >= 2 and name[0] in PLACE_OPENERS and not titles:
            continue  # ``West Midlands``, ``North Yorkshire``: a place, never a person
        name = [w for w in name if w.rstrip(".") not in NOT_NAME_WORDS]
        if not name or _capitalised(name) > 4:
            continue
        full = _capitalised(name) >= 2  # ``Ms von der Leyen`` is a title and a surname
        if not full and not titles and not subject:
            # A lone capitalised word is a person only as the subject of a speech verb.
            continue
        kind = _kind_after(text, end)
        if not kind and full and not titles and name[0].casefold() not in GIVEN_NAME_GENDER:
            kind = _kind_before(text, start, bounds)
        if kind:
            # ``Brackenfield Live, the festival …``, ``a charter company, Arctic Wings``,
            # ``founded Arctic Wings``: an organisation named by its kind or introduced as one.
            yield Mention(start + offset, end + offset, " ".join(name), False, org=True, kinds=kind)
            continue
        roles: list[str] = []
        for t in titles:
            low_t = t.casefold().rstrip(".")
            role = TITLE_ROLES.get(low_t, low_t)
            if role in ROLE_NOUNS or low_t in TITLE_ROLES:
                roles.append(role)
        roles += [TITLE_ROLES[s] for s in suffixes if s in TITLE_ROLES]
        country: str | None = None
        for t in titles:
            country = COUNTRY_OF.get(t.casefold(), country)
        # A lower-case role right before the name (``Kharkiv mayor Ihor Terekhov``): a cheap look
        # at the words before, never past the start of the mention's paragraph.
        before: list[str] = []
        if text[start - 1 : start] == " ":
            lo = max(start - 40, bounds[bisect.bisect_right(bounds, start) - 1])
            before = text[lo:start].split()
        if before and before[-1] in ROLE_NOUNS:
            roles.append(before[-1])
            if len(before) >= 2:
                country = COUNTRY_OF.get(before[-2].casefold(), country)
        # Both patterns open with a comma or a space: test that character before calling them.
        appos = APPOSITIVE_RE.match(text, end) if text.startswith(",", end) else None
        if text.startswith((", ", " ("), end) and text[end + 2 : end + 3] in _AGE_STARTS:
            age = AGE_AFTER_NAME_RE.match(text, end, end + 12)
            if age is not None:
                roles.append(f"{age.group('age')}-year-old")
        if appos is not None:
            roles.append(appos.group("role"))
            for mod in appos.group("mods").split():
                country = COUNTRY_OF.get(mod.casefold(), country)
        # "President Vladimir Putin, of Russia" names the country after the name.
        of_country = (
            OF_COUNTRY_RE.match(text, end, end + 24)
            if text.startswith((" of ", ", of "), end)
            else None
        )
        if of_country is not None:
            country = COUNTRY_OF.get(of_country.group("country").casefold(), country)
        for role in roles:
            gender = GENDERED_ROLES.get(role, gender)
        if gender is None and subject_m is not None and "he " in text[end : end + 40]:
            # ``Lindqvist said she …``: the pronoun after the subject's verb is bound to it.
            bound = BOUND_PRONOUN_RE.match(text, subject_m.end(), subject_m.end() + 24)
            if bound is not None:
                gender = PRONOUNS[bound.group("pronoun")]
        yield Mention(
            start=start + offset,
            end=end + offset,
            name=" ".join(name),
            full=full,
            titles=tuple(titles),
            roles=tuple(roles),
            country=country,
            gender=gender,
            possessive=possessive,
            subject=subject and not possessive,
            hint=GIVEN_NAME_GENDER.get(name[0].casefold()) if full else None,
        )
        if full and text.startswith((", ", " and "), end):
            kin = KIN_AFTER_RE.match(text, end, end + 60)
            if kin is not None:
                # ``Mark Fenwick, 52, and wife Tanya``: Tanya Fenwick, a woman.
                yield Mention(
                    start=kin.start("given") + offset,
                    end=kin.end("given") + offset,
                    name=f"{kin.group('given')} {name[-1]}",
                    full=True,
                    roles=(kin.group("kin"),),
                    gender=KIN_GENDER[kin.group("kin")],
                )


def _kind_after(text: str, end: int) -> tuple[str, ...]:
    """The kind of organisation an appositive gives a run (``X, the three-day festival``)."""
    if not text.startswith(",", end):
        return ()
    appos = ORG_APPOSITIVE_RE.match(text, end)
    return (appos.group("kind"),) if appos is not None else ()


def _kind_before(text: str, start: int, bounds: Sequence[int]) -> tuple[str, ...]:
    """What the words right before a two-word run introduce it as: an organisation noun
    (``a small charter company, Arctic Wings``; ``the airline Blue Yonder``) or a verb that only
    takes an organisation (``founded Arctic Wings``, ``worked for Arctic Wings``). Callers skip
    runs opening with a known given name (``worked for Jane Doe``)."""
    if text[start - 1 : start] != " ":
        return ()
    lo = max(start - 32, bounds[bisect.bisect_right(bounds, start) - 1])
    before = text[lo:start].split()
    if not before:
        return ()
    last = before[-1]
    noun = last.rstrip(",").casefold()
    if noun in ORG_NOUNS and noun not in ROLE_NOUNS:
        return (noun,)
    pair = " ".join(before[-2:]).casefold()
    if noun in ORG_INTRO_VERBS or pair in ORG_INTRO_VERBS:
        return ("company",)
    return ()


def _noun_after(text: str, start: int, end: int) -> tuple[str, ...]:
    """``the Reserve Bank board``: a lower-case organisation noun right after an organisation's
    name says what part of it speaks (``the board said`` then resolves to it). Only after
    ``the``: ``A MUSIC festival`` is a kind of thing, not the festival's name."""
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].islower():
        return ()
    if not text.endswith(("the ", "The "), max(0, start - 4), start):
        return ()
    word = text[end + 1 : end + 24].split(" ", 1)[0].rstrip(".,;:’'")
    return (word,) if word in GOVERNING_NOUNS or word in ORG_NOUNS else ()


def _capitalised(words: Sequence[str]) -> int:
    """How many words are capitalised (particles such as ``von der`` are not)."""
    return sum(1 for w in words if w[:1].isupper())


def _modifies_role(text: str, end: int, words: list[str]) -> bool:
    """``Velvet Kites frontman Danny Holloway``: the run names the role's band, club or party."""
    if not (text[end + 1 : end + 2].islower() and text.startswith(" ", end)):
        return False
    if len(words) < 2 or words[0].casefold() in GIVEN_NAME_GENDER:
        return False
    # Up to two lower-case modifiers (``chief``, ``lead``), a role noun, then a capitalised word:
    # str methods and a set, cheaper than a regex with a named list of a few hundred roles.
    parts = text[end + 1 : end + 48].split(" ", 4)
    for k, word in enumerate(parts[:3]):
        if word in _ROLE_WORDS:
            return k + 1 < len(parts) and parts[k + 1][:1].isupper()
        if not word.islower():
            return False
    return False


def _org_kinds(name: Sequence[str]) -> tuple[str, ...]:
    """What an organisation is, from its words: ``Federal Aviation Administration`` → agency."""
    kinds: list[str] = []
    for word in name:
        low = word.casefold()
        kinds += ORG_HEAD_KINDS.get(low, ())
        if low in ORG_NOUNS:
            kinds.append(low)
    return tuple(kinds)


class AliasTable:
    """The people of one entry, looked up by full name, surname, first name, role and recency."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self._by_part: dict[str, str] = {}  # surname or first name → full name (most recent)
        # Surname → every full name with it (``Mark Fenwick``, ``Tanya Fenwick``), in order.
        self._by_surname: dict[str, list[str]] = {}
        # An organisation's short names (first words, initials, bracketed) → its full name.
        self._org_alias: dict[str, str] = {}
        self.last_group: str | None = None
        self.last_org: str | None = None  # the latest organisation named outside quotes
        # Organisations named outside quotes: name → (what they are, last position).
        self.orgs: dict[str, tuple[frozenset[str], int]] = {}
        # The entry's text with quotes masked, in the mentions' coordinates (read lazily, only
        # when a pronoun is resolved): bare surnames there update recency.
        self.text: Callable[[], str] | None = None

    def _person(self, full: str, at: int) -> Person:
        person = self.people.get(full)
        if person is None:
            person = Person(full=full, first=at)
            if len(self.people) >= MAX_PEOPLE:  # bounded, so resolution stays linear in text
                return person
            self.people[full] = person
        words = full.split()
        if len(words) >= 2:
            key = words[-1].casefold()
            self._by_part[key] = full
            self._by_part.setdefault(words[0].casefold(), full)
            owners = self._by_surname.setdefault(key, [])
            if full not in owners:
                owners.append(full)
        return person

    def _owner(self, surname: str, gender: str | None) -> str | None:
        """The person ``surname`` names: the latest one registered; with an honorific's gender
        (``Mrs Fenwick`` beside ``Mark Fenwick``) the latest person of that gender."""
        key = surname.casefold()
        known = self._by_part.get(key)
        if gender is None or known is None:
            return known
        person = self.people.get(known)
        if person is not None and (person.gender or person.hint) not in (None, gender):
            # ``Madam Wong`` beside ``Peter Wong``: a surname-first name (``Wong Ai Ling``) of
            # the honorific's gender is the one meant.
            for full, other in self.people.items():
                if full.casefold().startswith(key + " ") and (other.gender or other.hint) in (
                    None,
                    gender,
                ):
                    return full
        owners = self._by_surname.get(key, ())
        if len(owners) < 2:
            return known
        best: Person | None = None
        for full in owners:
            person = self.people.get(full)
            if person is None or (person.gender or person.hint) != gender:
                continue
            if full == known:
                return known
            if best is None or person.last > best.last:
                best = person
        return best.full if best is not None else known

    def _org_alias_of(self, phrase: str) -> str | None:
        """The organisation a short name stands for (``Nordhavn``, ``RCN``, ``Camra``), if any."""
        return self._org_alias.get(phrase.casefold()) if self._org_alias else None

    def canonical_org(self, name: str) -> str:
        """The full name of an organisation named by one of its short names, else ``name``.

        >>> t = AliasTable()
        >>> t.add_org("Royal College of Nursing", 0)
        >>> t.canonical_org("RCN"), t.canonical_org("Acme")
        ('Royal College of Nursing', 'Acme')
        """
        return self._org_alias_of(name) or name

    def _register_aliases(self, name: str, aliases: Sequence[str]) -> None:
        """Short names of ``name``: its first word(s) unless generic, its initials, and any
        bracketed short name the text gave (``the Campaign for Real Ale (Camra)``)."""
        for alias in aliases:
            self._org_alias[alias.casefold()] = name
        words = name.split()
        if len(words) < 2:
            return
        first = words[0]
        if first not in GENERIC_ORG_OPENERS and first not in ORG_WORDS and not first.isupper():
            for k in range(1, min(len(words), 4)):
                self._org_alias[" ".join(words[:k]).casefold()] = name
        initials = [
            w[0] for w in words if w[:1].isupper() and w.rstrip(".") not in ORG_LEGAL_SUFFIXES
        ]
        if len(initials) >= 2:
            self._org_alias["".join(initials).casefold()] = name

    def _latest_org(self, at: int) -> str | None:
        """The organisation named most recently by ``at``."""
        best: tuple[int, str] | None = None
        for name, (_kinds, pos) in self.orgs.items():
            if pos <= at and (best is None or pos > best[0]):
                best = (pos, name)
        return best[1] if best is not None else None

    def add(self, mention: Mention) -> str | None:
        """Register a mention; return the full name it refers to (``None`` for an unknown alias).

        >>> t = AliasTable()
        >>> t.add(Mention(0, 9, "Ann Bo", True))
        'Ann Bo'
        >>> t.add(Mention(20, 25, "Zed", False)) is None
        True
        """
        if mention.org:
            if not mention.in_quote:
                name = self.canonical_org(mention.name)
                self.last_org = name
                self.add_org(name, mention.start, mention.kinds, mention.aliases)
            return None
        if mention.full and mention.name in self.orgs and not mention.titles:
            # ``flew with Arctic Wings`` after ``a charter company, Arctic Wings``: still the
            # company, never a person a pronoun could refer to.
            if not mention.in_quote:
                self.last_org = mention.name
                self.add_org(mention.name, mention.start)
            return None
        org = self._org_alias_of(mention.name) if mention.subject else None
        if org is not None and mention.name.casefold() not in self._by_part:
            # ``Nordhavn said`` after ``Nordhavn Mining AB``: the organisation, not a person (only
            # as a subject: ``Wagga Wagga`` after ``Wagga Wagga Base Hospital`` is a place).
            if not mention.in_quote:
                self.last_org = org
                self.add_org(org, mention.start)
            return None
        if mention.full:
            full = self._by_part.get(mention.name.casefold(), mention.name)
            full = mention.name if full != mention.name and " " in mention.name else full
        else:
            known = self._owner(mention.name.rsplit(" ", 1)[-1], mention.gender)
            if known is None:
                if not mention.subject and not mention.titles:
                    return None
                # ``Ms Reyes`` with no full name yet: the person is known by title and surname.
                full = " ".join([*mention.titles, mention.name])
            else:
                full = known
        person = self._person(full, mention.start)
        person.roles.update(mention.roles)
        if mention.country is not None:
            person.countries.add(mention.country)
        if mention.gender is not None and person.gender is None:
            person.gender = mention.gender
        if mention.hint is not None and person.hint is None:
            person.hint = mention.hint
        if not mention.in_quote:
            person.count += 1
            person.last = max(person.last, mention.start)
            if mention.subject:
                person.last_subject = max(person.last_subject, mention.start)
        return full

    def add_org(
        self, name: str, at: int, kinds: Sequence[str] = (), aliases: Sequence[str] = ()
    ) -> None:
        """Register an organisation named at ``at``, with what it is (``festival``, ``agency``).

        >>> t = AliasTable()
        >>> t.add_org("Harbour Light", 0, ("festival",))
        >>> t.resolve("the festival", at=10)
        ('Harbour Light', 'descriptor')
        """
        if len(self.orgs) >= MAX_PEOPLE and name not in self.orgs:
            return
        old = self.orgs.get(name)
        known = frozenset(_org_kinds(name.split())) if old is None else old[0]
        self.orgs[name] = (known.union(kinds) if kinds else known, at)
        if old is None or aliases:
            self._register_aliases(name, aliases)

    def _org_of_kind(self, kind: str, at: int) -> str | None:
        """The latest organisation that is a ``kind`` (``the agency``); else the latest one whose
        kind is unknown. One of another known kind never is (``Sussex Police`` is no festival)."""
        best: tuple[int, int, str] | None = None
        for name, (kinds, pos) in self.orgs.items():
            if pos > at:
                continue
            if kind in kinds or kind in name.casefold().split():
                rank = 1
            elif not kinds:
                rank = 0
            else:
                continue
            if best is None or (rank, pos) > best[:2]:
                best = (rank, pos, name)
        return best[2] if best is not None else None

    def _named_person(self, low: str) -> bool:
        """Whether ``low`` is part of a person's name: a full name or a gendered one (a lone
        ``Skylane confirmed`` is registered as a one-word speaker, not yet known as a person)."""
        full = self._by_part.get(low)
        if full is None:
            person = self.people.get(low.capitalize())
            return person is not None and (person.gender or person.hint) is not None
        person = self.people.get(full)
        return " " in full or (person is not None and (person.gender or person.hint) is not None)

    def _bare_org(self, kind: str, at: int) -> str | None:
        """``the operator`` after ``Translink has suspended …``: a one-word subject never named
        as a person or place, when it is more recent than every named organisation that could
        be the ``kind`` and no organisation of a contradicting kind is closer."""
        if self.text is None:
            return None
        text = self.text()
        # A bounded window, so a long entry of such descriptors stays linear.
        lo = max(0, at - _BARE_LOOKBACK)
        window = text[lo:at]
        latest: tuple[int, str] | None = None
        for m in BARE_SUBJECT_RE.finditer(window, timeout=fuse(len(window))):
            word = m.group("word")
            low = word.casefold()
            if (
                word in NOT_NAME_WORDS
                or low in PRONOUNS
                or low in GIVEN_NAME_GENDER
                or self._named_person(low)
                or word in ORG_WORDS
                or any(p + word in window for p in _PLACE_PREPOSITIONS)
            ):
                continue
            latest = (lo + m.start(), self.canonical_org(word))
        if latest is None:
            return None
        pos, name = latest
        for other, (kinds, opos) in self.orgs.items():
            if other == name or opos > at:
                continue
            if opos > pos or kind in kinds or kind in other.casefold().split():
                # A named organisation is closer, or one is named as a ``kind``: the kinds decide.
                return None
        return name

    def knows(self, phrase: str, *, before: int) -> bool:
        """Whether ``phrase`` names a person the entry named before position ``before``.

        >>> t = AliasTable()
        >>> _ = t.add(Mention(0, 12, "Keir Starmer", True))
        >>> t.knows("Starmer", before=40), t.knows("Update", before=40)
        (True, False)
        """
        words = phrase.split()
        if not words or not words[-1][:1].isupper():
            return False
        full = self._by_part.get(words[-1].casefold())
        person = self.people.get(full) if full is not None else None
        return person is not None and 0 <= person.first < before

    def resolve_org(self, phrase: str, *, at: int) -> tuple[str, str]:
        """An organisation named as the speaker's employer or voice (``Organisers of X``).

        >>> AliasTable().resolve_org("the Linwood Group", at=0)
        ('Linwood Group', 'group')
        """
        org = self.canonical_org(phrase[4:] if phrase.startswith(("The ", "the ")) else phrase)
        self.add_org(org, at)
        self.last_org = self.last_group = org
        return org, "group"

    def touch(self, full: str, at: int, *, gender: str | None = None) -> None:
        """Record that ``full`` just spoke at ``at`` (a subject mention; binds a pronoun's gender)."""
        person = self._person(full, at)
        person.count += 1
        person.last = max(person.last, at)
        person.last_subject = max(person.last_subject, at)
        if gender in ("m", "f") and person.gender is None:
            person.gender = gender

    def _pronoun(self, gender: str, at: int) -> str | None:
        best: Person | None = None
        fitting = [
            person
            for person in self.people.values()
            if (person.gender or person.hint) in (None, gender) and 0 <= person.last <= at
        ]
        if len(fitting) > 1 and self.text is not None:
            text = self.text()  # only a choice needs the bare surnames
            for person in fitting:
                self._bare_surname(person, text, at)
        # Recency (as a subject first) within people known to match (honorific, role, bound
        # pronoun, given name) and within people of unknown gender. A known match named after
        # the other's latest subject mention wins (``Toma Vukic met Sasha Ilyin, a grandmother.
        # “…,” she said``); an unknown-gender subject of a later sentence wins otherwise.
        known: Person | None = None
        for person in fitting:
            key = (person.last_subject, person.last)
            if person.gender or person.hint:
                if known is None or key > (known.last_subject, known.last):
                    known = person
            elif best is None or key > (best.last_subject, best.last):
                best = person
        if known is not None and (
            best is None
            or known.last >= best.last_subject
            or (known.last_subject, known.last) > (best.last_subject, best.last)
        ):
            best = known
        return best.full if best is not None else None

    def _bare_surname(self, person: Person, text: str, at: int) -> None:
        """Move ``person.last`` to a later bare surname (``Lindqvist is less sure``): one-word
        names are only mentions before a speech verb, but a pronoun refers back to any of them."""
        words = person.full.split()
        if len(words) < 2 or self._by_part.get(words[-1].casefold()) != person.full:
            return
        surname = words[-1]
        lo = max(person.last + 1, at - _BARE_LOOKBACK)
        hi = at
        for _ in range(4):  # a few tries: a surname inside a longer word is skipped
            pos = text.rfind(surname, lo, hi)
            if pos < 0:
                return
            end = pos + len(surname)
            if (pos == 0 or not text[pos - 1].isalnum()) and not text[end : end + 1].isalnum():
                person.last = pos
                back = text[max(0, pos - 3) : pos].rstrip(" ")
                if not back or back[-1] in '.!?”"\x00\n':
                    person.last_subject = pos  # the surname opens its sentence
                return
            hi = pos

    def _salient(self, country: str | None, at: int) -> str | None:
        best: Person | None = None
        for person in self.people.values():
            if person.first > at or person.count == 0:
                continue
            if country is not None and person.countries and country not in person.countries:
                continue
            if best is None or (person.count, -person.first) > (best.count, -best.first):
                best = person
        return best.full if best is not None else None

    def resolve(self, phrase: str, *, at: int) -> tuple[str | None, str]:
        """Resolve a speaker phrase as written to ``(speaker, how)`` at position ``at``.

        ``how`` is ``name``, ``title``, ``pronoun``, ``descriptor``, ``salience``, ``group`` or
        ``as-written``. Pronouns with no fitting antecedent resolve to ``None``.

        >>> AliasTable().resolve("she", at=0)
        (None, 'pronoun')
        """
        words = phrase.split()
        if not words:
            return None, "as-written"
        low = [w.casefold() for w in words]
        if len(words) == 1 and low[0] in PRONOUNS:
            agreement = PRONOUNS[low[0]]
            if agreement in ("m", "f"):
                return self._pronoun(agreement, at), "pronoun"
            if agreement == "g":
                return self.last_group or self.last_org, "pronoun"
            return None, "pronoun"
        if low[0] in DETERMINERS or words[0][:1].islower():
            return self._descriptor(words, low, at)
        head = _strip_possessive(low[-1])
        while len(words) > 1 and words[-1].rstrip(".").casefold() in NAME_SUFFIXES:
            words = words[:-1]  # ``Rónán Kiely SC``, ``Martin Hale Jr.``
        titles, name, gender = split_name(words)
        if head in GROUP_NOUNS or _org_name(titles, name) or " of " in phrase or " for " in phrase:
            org = self.canonical_org(phrase[4:] if phrase.startswith(("The ", "the ")) else phrase)
            self.last_group = org
            self.add_org(org, at)
            return org, "group"
        if " and " in phrase:
            return phrase, "name"
        while len(name) > 1 and not name[0][:1].isupper():
            name = name[1:]  # particles stay inside a name (``Ursula von der Leyen``) only
        short = self._org_alias_of(" ".join(name)) if not titles else None
        if short is not None and " ".join(name).casefold() not in self._by_part:
            # ``Nordhavn said`` after ``Nordhavn Mining AB``: its short name.
            self.add_org(short, at)
            self.last_org = self.last_group = short
            return short, "group"
        if len(name) >= 2 and name[0] in PLACE_OPENERS:
            return " ".join(name), "group"  # ``West Midlands``: a place speaks as a body
        if not titles and " ".join(name) in self.orgs:
            # ``Arctic Wings said`` after ``a charter company, Arctic Wings``: the company.
            org = " ".join(name)
            self.add_org(org, at)
            self.last_org = self.last_group = org
            return org, "group"
        if _capitalised(name) >= 2:
            hint = GIVEN_NAME_GENDER.get(name[0].casefold())
            added = self.add(
                Mention(at, at, " ".join(name), True, tuple(titles), gender=gender, hint=hint)
            )
            return added, "name"
        known = self._owner(name[-1], gender)
        if known is not None:
            person = self.people.get(known) or self._person(known, at)
            if gender is not None and person.gender is None:
                person.gender = gender
            return known, "title" if titles else "name"
        if titles and not (
            len(titles) == 1 and titles[0].rstrip(".").casefold() in _LOWER_HONORIFICS
        ):
            # ``Officer Tusk``: keep the title, it is how the text names this person.
            self._person(phrase, at).gender = gender
            return phrase, "name"
        self._person(" ".join([*titles, *name]), at).gender = gender
        return " ".join([*titles, *name]), "title" if titles else "name"

    def _by_role(self, role: str, country: str | None, at: int) -> str | None:
        """The latest person registered with ``role`` (``mayor``, ``52-year-old``) by ``at``."""
        best: Person | None = None
        for person in self.people.values():
            if role not in person.roles or person.first > at:
                continue
            if country is not None and person.countries and country not in person.countries:
                continue
            if best is None or person.last > best.last:
                best = person
        return best.full if best is not None else None

    def _descriptor(self, words: list[str], low: list[str], at: int) -> tuple[str | None, str]:
        phrase = " ".join(words)
        head = _strip_possessive(low[-1])
        for k in range(1, min(len(low) - 2, 3)):
            if low[k] in ("for", "of", "at") and low[k + 1] in ("the", "its"):
                if low[k - 1] in SPOKESPEOPLE or low[k - 1] in ORG_VOICE_NOUNS:
                    # ``a spokesperson for the authority``: the organisation ``the authority``
                    # names, if the entry named one; else the phrase as written.
                    org, how = self._descriptor(words[k + 1 :], low[k + 1 :], at)
                    if how == "descriptor" and org is not None:
                        return org, how
                break
        if head in SPOKESPEOPLE:
            named = [w for w in words[1:-1] if w[:1].isupper()]
            if named and len(named) == len(words) - 2:
                # ``a Police Scotland spokesman``: the organisation (``a Camra spokesman``: the
                # full name the entry gave it).
                org = self.canonical_org(" ".join(named))
                self.add_org(org, at)
                self.last_org = org
                return org, "group"
            if len(words) <= 2 and self.last_org is not None:
                return self.last_org, "descriptor"  # a spokesperson speaks for the last org
        if AGE_NOUN_RE.fullmatch(head) is not None:
            return self._by_role(head, None, at) or phrase, "descriptor"
        if head in GENERIC_ORG_ROLES and low[0] in ("the", "its"):
            bare = self._bare_org(head, at)
            if bare is not None:
                self.last_group = bare
                return bare, "descriptor"
        if head in ORG_NOUNS and head not in ROLE_NOUNS and low[0] not in ("a", "an", "one"):
            of_kind = self._org_of_kind(head, at)
            if of_kind is not None:
                self.last_group = of_kind
                return of_kind, "descriptor"
        if head in GOVERNING_NOUNS and low[0] in ("the", "its", "their"):
            # ``the board said`` after ``the Reserve Bank``: the organisation's own body speaks.
            latest = self._latest_org(at)
            if latest is not None:
                self.last_group = latest
                return latest, "descriptor"
        if head in GROUP_NOUNS:
            self.last_group = phrase
            return phrase, "group"
        if head not in ROLE_NOUNS:
            return phrase, "as-written"
        country: str | None = None
        for w in low[:-1]:
            country = COUNTRY_OF.get(w, country)
        if low[0] in ("a", "an", "one", "another") or head in UNRESOLVED_ROLES:
            return phrase, "as-written"
        bound = self._by_role(head, country, at)
        if bound is not None:
            return bound, "descriptor"
        salient = self._salient(country, at)
        if salient is not None:
            return salient, "salience"
        return phrase, "as-written"
