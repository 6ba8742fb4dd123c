"""A disk cache of compiled ``regex`` patterns, so that ``newsx`` starts in milliseconds.

The ``regex`` module parses and optimises every pattern in Python: the extractors' hundred-odd
patterns take 200–300 ms to compile when ``extract`` is imported, more than the rest of start-up
together. A compiled pattern pickles as its *compiled code* (``regex`` registers this with
``copyreg``), and unpickling hands that code straight to the C engine without parsing: all the
patterns load in under 10 ms.

``install()`` (called by the console-script entry point only, never by the library) wraps
``regex.compile``: a pattern compiled before — same source, flags and named lists, same ``regex``
and Python versions — is taken from the cache; anything else compiles as usual. At exit the
patterns this run used are written back if any was new, so the file holds one run's set and never
grows with edits. Any problem with the file (missing, unreadable, corrupt, read-only directory)
just means compiling as usual.

The cache lives in ``$NEWSX_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsx``, else ``~/.cache/newsx``;
``NEWSX_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

#: The key of one compiled pattern: source, flags, default version and sorted named lists.
Key = tuple[str, int, int, tuple[tuple[str, tuple[str, ...]], ...]]

_original_compile = regex.compile


def cache_path() -> Path | None:
    """Where the cache file lives, or None when caching is turned off."""
    if os.environ.get("NEWSX_NO_CACHE"):
        return None
    folder = os.environ.get("NEWSX_CACHE_DIR")
    if not folder:
        xdg = os.environ.get("XDG_CACHE_HOME")
        folder = os.path.join(xdg or os.path.join(os.path.expanduser("~"), ".cache"), "newsx")
    version = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    return Path(folder) / f"regex-{regex.__version__}-{version}.pickle"


def _key(pattern: object, flags: int, named_lists: dict[str, Any]) -> Key | None:
    if not isinstance(pattern, str):
        return None
    try:
        lists = tuple(
            sorted(
                (name, tuple(sorted(str(v) for v in values)))
                for name, values in named_lists.items()
            )
        )
    except TypeError:  # not a named list (a mistyped keyword): let regex report it
        return None
    return (pattern, int(flags), int(regex.DEFAULT_VERSION), lists)


class PatternCache:
    """Compiled patterns by key: loaded from ``path``, and the ones this run used, to save."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.loaded: dict[Key, Any] = {}
        self.used: dict[Key, Any] = {}
        self.new = 0  # patterns compiled (not loaded) by this run
        try:
            with open(path, "rb") as handle:
                data = pickle.load(handle)
        except Exception:  # missing, unreadable or corrupt: every pattern compiles as usual
            return
        if isinstance(data, dict):
            # A sanity check per entry: the pattern that came back is the one keyed.
            self.loaded = {
                k: p
                for k, p in data.items()
                if isinstance(k, tuple) and k and getattr(p, "pattern", None) == k[0]
            }

    def compile(
        self,
        pattern: Any,
        flags: int = 0,
        ignore_unused: bool = False,
        cache_pattern: Any = None,
        **kwargs: Any,
    ) -> Any:
        """``regex.compile`` through the cache (same signature, same result)."""
        # ``ignore_unused`` only silences unused named lists, which are part of the key anyway.
        key = _key(pattern, flags, kwargs) if cache_pattern is None else None
        if key is None:
            return _original_compile(pattern, flags, ignore_unused, cache_pattern, **kwargs)
        compiled = self.loaded.get(key)
        if compiled is None:
            compiled = _original_compile(pattern, flags, ignore_unused, **kwargs)
            self.new += 1
        self.used[key] = compiled
        return compiled

    def save(self) -> None:
        """Write the patterns this run used, if any was new (atomically; errors are ignored)."""
        if not self.new:
            return
        self.new = 0
        with contextlib.suppress(Exception):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    pickle.dump(self.used, handle, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise


def install() -> PatternCache | None:
    """Route ``regex.compile`` through the cache for the rest of the process; save at exit."""
    path = cache_path()
    if path is None or regex.compile is not _original_compile:
        return None
    cache = PatternCache(path)
    regex.compile = cache.compile
    atexit.register(cache.save)
    return cache
