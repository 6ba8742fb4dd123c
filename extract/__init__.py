"""newsx's extraction library: text in, plain records out.

It never prints, exits or imports the CLI. Each extractor is one module with the same small
interface (``KIND``, ``FIELDS``, ``extract(...)``, ``extract_text(text)``): ``entries`` cuts a
document into entries and runs the others on each entry's body; ``quotes`` and ``numbers`` read
one entry's paragraphs.

>>> [module(name).KIND for name in EXTRACTORS]
['entry', 'quote', 'number']
"""

from __future__ import annotations

import importlib
from types import ModuleType

__version__ = "0.1.0"

#: The extractor modules, in pipeline order. Imported on demand: each compiles its patterns.
EXTRACTORS: tuple[str, ...] = ("entries", "quotes", "numbers")


def module(name: str) -> ModuleType:
    """The extractor module called ``name`` (one of ``EXTRACTORS``).

    >>> module("quotes").FIELDS[:6]
    ('type', 'source', 'entry', 'line', 'start', 'end')
    """
    if name not in EXTRACTORS:
        raise ValueError(f"unknown extractor {name!r}; known: {', '.join(EXTRACTORS)}")
    return importlib.import_module(f"extract.{name}")
