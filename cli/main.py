"""The ``newsx`` command: a thin Typer layer over the ``extract`` library.

Arguments and options are declared here; reading inputs, running the extractors and writing records
happen in ``cli.pipeline``.
"""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from cli import pipeline, regex_cache
from extract import __version__

EPILOG_COMMON = """
**Exit status**: 0 success (also when nothing was found), 2 usage error or an unreadable input
(the other inputs are still processed), 75 state file locked by another run, 130 interrupted.
"""

app = typer.Typer(
    name="newsx",
    help=(
        "Extract entries (live-blog posts or articles) with their bylines, direct quotes and "
        "numbers from plain-text news.\n\n"
        "Prints a table on a terminal and JSON Lines when piped. Run `newsx COMMAND --help` "
        "for a command's options."
    ),
    epilog=(
        "**Examples**\n\n"
        "```\n"
        "newsx entries samples/\n"
        "newsx quotes samples/ | jq -r 'select(.speaker) | \"\\(.speaker): \\(.text)\"'\n"
        "newsx numbers --fields text,value,counts samples/wire-article.txt\n"
        "cat feed.txt | newsx entries - --format csv\n"
        "```"
    ),
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(enum.StrEnum):
    """Output formats; ``auto`` is ``table`` on a terminal and ``jsonl`` otherwise."""

    auto = "auto"
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


class Layout(enum.StrEnum):
    """How a document is cut into entries; ``auto`` decides per document."""

    auto = "auto"
    header = "header"
    trailer = "trailer"
    article = "article"


class Color(enum.StrEnum):
    """Colour in tables; JSON and CSV are never coloured."""

    auto = "auto"
    always = "always"
    never = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsx {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = None,
) -> None:
    """Extract entries, quotes and numbers from plain-text news."""


# Shared options (sqlite-utils' habit): every command takes the same flags with the same help.
PathsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, directories (recursed) or - for stdin. With none, stdin is read when piped.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="table on a terminal, jsonl when piped.")
]
FieldsOpt = Annotated[
    str | None,
    typer.Option(
        "--fields", help="Comma-separated fields to output, in that order (every format)."
    ),
]
GlobOpt = Annotated[str, typer.Option("--glob", help="Which files to read inside directories.")]
LayoutOpt = Annotated[
    Layout, typer.Option("--layout", help="Live-blog layout, or article; auto detects it.")
]
TzOpt = Annotated[
    str | None,
    typer.Option(
        "--tz",
        help="Zone for stamps that state none: Europe/London, UTC, +01:00, BST. "
        "Default: leave them naive.",
    ),
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", help="Date (YYYY-MM-DD) for bare times when the text gives none."),
]
NowOpt = Annotated[
    str | None,
    typer.Option(
        "--now", help="Current time (ISO 8601) for relative stamps like 5h ago and --since 24h."
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        help="Input encoding. Default: UTF-8 (BOM allowed), falling back to Windows-1252.",
    ),
]
TextOpt = Annotated[bool, typer.Option("--text", help="Read files that look binary.")]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Hide warnings and progress (never errors).")
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]
LineBufferedOpt = Annotated[
    bool, typer.Option("--line-buffered", help="Flush after every record, even into a pipe.")
]
ColorOpt = Annotated[Color, typer.Option("--color", help="Colour in tables.")]
StateOpt = Annotated[
    str | None,
    typer.Option(
        "--state",
        help="State file for incremental runs: emit only entries not emitted before.",
    ),
]
WaitOpt = Annotated[
    bool,
    typer.Option("--wait", help="With --state: wait for another run's lock instead of exiting 75."),
]
DryRunOpt = Annotated[
    bool,
    typer.Option("--dry-run", help="With --state: show what would be emitted; keep the state."),
]
SinceOpt = Annotated[
    str | None,
    typer.Option("--since", help="Only entries published at or after this: ISO 8601, or 24h, 7d."),
]
UntilOpt = Annotated[
    str | None,
    typer.Option("--until", help="Only entries published before this: ISO 8601, or 24h, 7d."),
]
AuthorOpt = Annotated[
    str | None, typer.Option("--author", help="Only entries with an author containing this text.")
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", help="Files processed in parallel (default: the number of cores)."
    ),
]


def _settings(**kwargs: object) -> pipeline.Settings:
    """Collect the options shared by every command into ``pipeline.Settings``."""
    kwargs.pop("paths", None)  # the paths are passed to pipeline.run on their own
    fmt = kwargs.pop("fmt")
    layout = kwargs.pop("layout")
    color = kwargs.pop("color")
    return pipeline.Settings(
        fmt=fmt.value if isinstance(fmt, Format) else str(fmt),
        layout=layout.value if isinstance(layout, Layout) else str(layout),
        color=color.value if isinstance(color, Color) else str(color),
        **kwargs,  # type: ignore[arg-type]
    )


@app.command(
    epilog="**Examples**\n\n```\n"
    "newsx entries samples/liveblog-trailer.txt\n"
    "newsx entries samples/ | jq -c '{published, authors, headline}'\n"
    "newsx entries --state ~/.newsx-state.json --since 24h feeds/\n"
    "```\n" + EPILOG_COMMON
)
def entries(
    paths: PathsArg = None,
    fmt: FormatOpt = Format.auto,
    fields: FieldsOpt = None,
    glob: GlobOpt = "*.txt",
    layout: LayoutOpt = Layout.auto,
    tz: TzOpt = None,
    date: DateOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    author: AuthorOpt = None,
    state: StateOpt = None,
    wait: WaitOpt = False,
    dry_run: DryRunOpt = False,
    encoding: EncodingOpt = None,
    text: TextOpt = False,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    line_buffered: LineBufferedOpt = False,
    color: ColorOpt = Color.auto,
    debug: DebugOpt = False,
) -> None:
    """One record per entry: a live-blog post, or a whole article, with its byline, time, body,
    captions, quotes and numbers."""
    settings = _settings(**locals())
    raise typer.Exit(pipeline.run("entry", paths or [], settings))


@app.command(
    epilog="**Examples**\n\n```\n"
    "newsx quotes samples/\n"
    "newsx quotes samples/ | jq -r 'select(.partial | not) | \"\\(.speaker): \\(.text)\"'\n"
    "newsx quotes --speaker trump --fields speaker,verb,text feed.txt\n"
    "```\n" + EPILOG_COMMON
)
def quotes(
    paths: PathsArg = None,
    fmt: FormatOpt = Format.auto,
    fields: FieldsOpt = None,
    glob: GlobOpt = "*.txt",
    layout: LayoutOpt = Layout.auto,
    tz: TzOpt = None,
    date: DateOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    author: AuthorOpt = None,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", help="Only quotes whose speaker contains this text."),
    ] = None,
    state: StateOpt = None,
    wait: WaitOpt = False,
    dry_run: DryRunOpt = False,
    encoding: EncodingOpt = None,
    text: TextOpt = False,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    line_buffered: LineBufferedOpt = False,
    color: ColorOpt = Color.auto,
    debug: DebugOpt = False,
) -> None:
    """One record per direct quote, with its speaker resolved to a full name where the text
    allows."""
    settings = _settings(**locals())
    raise typer.Exit(pipeline.run("quote", paths or [], settings))


@app.command(
    epilog="**Examples**\n\n```\n"
    "newsx numbers samples/\n"
    "newsx numbers --kind money,percent samples/ | jq -c '{text, value, unit}'\n"
    "newsx numbers --include-dates feed.txt\n"
    "```\n" + EPILOG_COMMON
)
def numbers(
    paths: PathsArg = None,
    fmt: FormatOpt = Format.auto,
    fields: FieldsOpt = None,
    glob: GlobOpt = "*.txt",
    layout: LayoutOpt = Layout.auto,
    tz: TzOpt = None,
    date: DateOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    author: AuthorOpt = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", help="Only these kinds, comma-separated: cardinal,money,percent…"),
    ] = None,
    include_dates: Annotated[
        bool,
        typer.Option(
            "--include-dates", help="Also report dates, times and years (kind date/time/year)."
        ),
    ] = False,
    state: StateOpt = None,
    wait: WaitOpt = False,
    dry_run: DryRunOpt = False,
    encoding: EncodingOpt = None,
    text: TextOpt = False,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    line_buffered: LineBufferedOpt = False,
    color: ColorOpt = Color.auto,
    debug: DebugOpt = False,
) -> None:
    """One record per number, with its value, kind, unit and what it counts; dates and times are
    left out."""
    settings = _settings(**locals())
    raise typer.Exit(pipeline.run("number", paths or [], settings))


def run() -> None:
    """Console-script entry point: the app, with broken pipes and Ctrl-C handled quietly."""
    regex_cache.install()  # before ``extract`` compiles its patterns (start-up, issue 6)
    pipeline.guarded(app)


if __name__ == "__main__":
    run()
