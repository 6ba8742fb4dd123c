"""Writers for the output formats: JSON Lines, a streamed JSON array, CSV, and a rich table.

Machine formats go through ``sys.stdout.write`` (never rich, which wraps long lines) and are
flushed per record only on a terminal. The table is buffered and rendered once at the end; rich is
imported only then, so the other formats start fast.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

# U+0085, U+2028 and U+2029 are valid inside JSON strings but split lines for readers that use
# splitlines(); json.dumps already escapes every other line-breaking (control) character.
_LINE_SEPARATORS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})

#: Columns a table shows by default (``--fields`` overrides); wide text columns come last.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "entry": ("entry", "line", "published", "authors", "headline", "quotes", "numbers", "text"),
    "quote": ("entry", "line", "speaker", "verb", "partial", "how", "text"),
    "number": ("entry", "line", "text", "value", "kind", "unit", "counts", "qualifier"),
}

#: Longest text shown in one table cell; the full text is in the machine formats.
TABLE_CELL_LIMIT = 160


def to_json(record: dict[str, Any]) -> str:
    """One JSON Lines line (without the newline): UTF-8 text, no ASCII escaping, no spaces."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).translate(_LINE_SEPARATORS)


def project(record: dict[str, Any], fields: Sequence[str] | None) -> dict[str, Any]:
    """The record restricted to ``fields`` (in that order); every field present, null if absent."""
    if not fields:
        return record
    return {name: record.get(name) for name in fields}


class Writer:
    """Base writer: ``write(record)`` for each record, ``close()`` once at the end."""

    def __init__(self, out: TextIO, fields: Sequence[str] | None, flush_each: bool) -> None:
        self.out = out
        self.fields = fields
        self.flush_each = flush_each
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        """Write one record."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (closing bracket, table rendering) and flush."""
        self.out.flush()


class JsonLinesWriter(Writer):
    """One JSON object per line."""

    def write(self, record: dict[str, Any]) -> None:
        """Write one record as a line."""
        self.out.write(to_json(project(record, self.fields)) + "\n")
        self.count += 1
        if self.flush_each:
            self.out.flush()


class JsonArrayWriter(Writer):
    """A JSON array streamed record by record (``[`` first, ``]`` at the end)."""

    def write(self, record: dict[str, Any]) -> None:
        """Write one array element."""
        self.out.write(
            ("[\n" if self.count == 0 else ",\n") + to_json(project(record, self.fields))
        )
        self.count += 1
        if self.flush_each:
            self.out.flush()

    def close(self) -> None:
        """Close the array (``[]`` when nothing was written)."""
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


class CsvWriter(Writer):
    """CSV with a header; lists and objects are JSON-encoded in their cell, null is empty."""

    def __init__(
        self, out: TextIO, fields: Sequence[str] | None, flush_each: bool, header: Sequence[str]
    ) -> None:
        super().__init__(out, fields, flush_each)
        self.header = list(fields or header)
        self.csv = csv.writer(out, lineterminator="\n")

    def write(self, record: dict[str, Any]) -> None:
        """Write one row (the header first)."""
        if self.count == 0:
            self.csv.writerow(self.header)
        self.csv.writerow([_cell(record.get(name)) for name in self.header])
        self.count += 1
        if self.flush_each:
            self.out.flush()

    def close(self) -> None:
        """Write the header even when there were no rows, so the output is still valid CSV."""
        if self.count == 0:
            self.csv.writerow(self.header)
        super().close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return to_json(value)  # type: ignore[arg-type]
    return str(value)


class TableWriter(Writer):
    """A rich table on the terminal; cells are ``Text`` so extracted text is never markup."""

    def __init__(
        self, out: TextIO, fields: Sequence[str] | None, kind: str, color: bool | None
    ) -> None:
        super().__init__(out, fields, flush_each=False)
        self.columns = list(fields or TABLE_COLUMNS[kind])
        self.kind = kind
        self.color = color
        self.rows: list[list[str]] = []

    def write(self, record: dict[str, Any]) -> None:
        """Buffer one row."""
        self.rows.append([_table_cell(name, record.get(name)) for name in self.columns])
        self.count += 1

    def close(self) -> None:
        """Render the table (or nothing at all when there are no rows)."""
        if not self.rows:
            return
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        console = Console(
            file=self.out, force_terminal=self.color, no_color=self.color is False, soft_wrap=False
        )
        table = Table(show_lines=False, header_style="bold", expand=False)
        for name in self.columns:
            wide = name in {"text", "headline", "counts", "speaker", "authors"}
            table.add_column(
                Text(name), overflow="fold", ratio=3 if name == "text" else (1 if wide else None)
            )
        for row in self.rows:
            table.add_row(*(Text(cell) for cell in row))
        console.print(table)
        self.out.flush()


def _table_cell(name: str, value: Any) -> str:
    if name in {"quotes", "numbers"} and isinstance(value, list):
        return str(len(value))
    if name == "authors" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = _cell(value)
    text = " ".join(text.split())
    if len(text) > TABLE_CELL_LIMIT:
        text = text[: TABLE_CELL_LIMIT - 1] + "…"
    return text


def make_writer(
    fmt: str,
    kind: str,
    fields: Sequence[str] | None,
    header: Sequence[str],
    *,
    out: TextIO | None = None,
    line_buffered: bool = False,
    color: bool | None = None,
) -> Writer:
    """The writer for ``fmt`` (``table``, ``jsonl``, ``json``, ``csv``) over ``out`` (stdout)."""
    stream = out if out is not None else sys.stdout
    if fmt == "table":
        return TableWriter(stream, fields, kind, color)
    if fmt == "json":
        return JsonArrayWriter(stream, fields, line_buffered)
    if fmt == "csv":
        return CsvWriter(stream, fields, line_buffered, header)
    return JsonLinesWriter(stream, fields, line_buffered)
