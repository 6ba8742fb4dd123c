"""Which evaluation split a sample belongs to, by its file name.

- ``dev``: the samples the extractors were written and tuned on;
- ``holdout``: ``holdout-*.txt``, written and annotated blind, then used to find general misses;
- ``final``: ``final-*.txt``, written and annotated blind and never used for tuning: the honest figure.
"""

from __future__ import annotations

SPLITS = ("dev", "holdout", "final")


def split_of(sample: str) -> str:
    """``final-x.txt`` → ``final``; ``holdout-x.txt`` → ``holdout``; anything else → ``dev``.

    >>> split_of("final-court.txt"), split_of("holdout-au.txt"), split_of("wire-article.txt")
    ('final', 'holdout', 'dev')
    """
    for split in ("final", "holdout"):
        if sample.startswith(split + "-"):
            return split
    return "dev"
