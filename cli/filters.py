"""Record filters shared by every command: ``--since/--until``, ``--author``, ``--speaker``, ``--kind``.

``build()`` returns a function that turns one entry into the records the command emits (the entry
itself, or its quotes, or its numbers), keeping only those the filters accept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

import regex

from extract.records import Entry

if TYPE_CHECKING:
    from cli.pipeline import Settings

# "24h", "-7d", "30m", "2w", "90s": a span back from --now.
_RELATIVE_RE = regex.compile(r"^-?(?P<n>\d+)\s*(?P<unit>[smhdw])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


class Selection:
    """Which entries a command keeps (``accepts``) and the records it emits for one (``records``)."""

    def __init__(
        self,
        accepts: Callable[[Entry], bool],
        records: Callable[[Entry], Iterator[dict[str, Any]]],
    ) -> None:
        self.accepts = accepts
        self.records = records


def parse_when(raw: str, *, now: datetime, tz: tzinfo | None, option: str) -> datetime:
    """``--since``/``--until`` value → aware datetime (relative spans count back from ``now``).

    >>> parse_when("24h", now=datetime(2025, 6, 5, 12, tzinfo=timezone.utc), tz=None, option="--since")
    datetime.datetime(2025, 6, 4, 12, 0, tzinfo=datetime.timezone.utc)
    """
    from cli.pipeline import UsageError

    m = _RELATIVE_RE.match(raw.strip())
    if m:
        return _aware(now, tz) - timedelta(seconds=int(m["n"]) * _UNIT_SECONDS[m["unit"]])
    from dateutil.parser import isoparse

    try:
        return _aware(isoparse(raw), tz)
    except ValueError as exc:
        raise UsageError(
            f"{option}: {raw!r} is neither ISO 8601 (2025-06-05T12:00) nor a span like 24h or 7d"
        ) from exc


def _aware(value: datetime, tz: tzinfo | None) -> datetime:
    """Naive times are read in ``--tz`` when given, else as UTC (the README says so)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=tz or UTC)
    return value


def build(
    kind: str,
    settings: Settings,
    *,
    now: datetime,
    tz: tzinfo | None,
    report: Callable[[str, bool], None],
) -> Selection:
    """The per-entry emitter for ``kind`` (``entry``, ``quote`` or ``number``) with the filters."""
    since = parse_when(settings.since, now=now, tz=tz, option="--since") if settings.since else None
    until = parse_when(settings.until, now=now, tz=tz, option="--until") if settings.until else None
    author = settings.author.casefold() if settings.author else None
    speaker = settings.speaker.casefold() if settings.speaker else None
    kinds = {k.strip() for k in settings.kind.split(",") if k.strip()} if settings.kind else None

    def entry_kept(entry: Entry) -> bool:
        if author is not None and not any(author in name.casefold() for name in entry.authors):
            raw = entry.byline.raw or ""
            if author not in raw.casefold():
                return False
        if since is None and until is None:
            return True
        if entry.published is None:
            report(
                f"{entry.source}: entries without a date are left out by --since/--until "
                "(pass --date to date bare times)",
                False,
            )
            return False
        published = _aware(datetime.fromisoformat(entry.published), tz)
        if since is not None and published < since:
            return False
        return until is None or published < until  # half-open: [since, until)

    def records(entry: Entry) -> Iterator[dict[str, Any]]:
        if kind == "entry":
            yield entry.to_dict()
        elif kind == "quote":
            for quote in entry.quotes:
                if speaker is None or speaker in (quote.speaker or "").casefold():
                    yield quote.to_dict()
        else:
            for number in entry.numbers:
                if kinds is None or number.kind in kinds:
                    yield number.to_dict()

    return Selection(entry_kept, records)
