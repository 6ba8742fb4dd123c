"""Every extractor module keeps the one small interface (jc's habit: the registry checks it)."""

from __future__ import annotations

import inspect

import pytest

import extract
from extract.records import COMMON_FIELDS


@pytest.mark.parametrize("name", extract.EXTRACTORS)
def test_extractor_interface(name: str) -> None:
    module = extract.module(name)
    assert module.__doc__, f"{name} has no module docstring"
    assert isinstance(module.KIND, str) and module.FIELDS[:6] == COMMON_FIELDS
    for function in ("extract", "extract_text"):
        assert callable(getattr(module, function)), f"{name}.{function} missing"


@pytest.mark.parametrize("name", extract.EXTRACTORS)
def test_public_functions_have_a_docstring_with_an_example(name: str) -> None:
    module = extract.module(name)
    for attr, value in vars(module).items():
        if attr.startswith("_") or not inspect.isfunction(value):
            continue
        if value.__module__ != module.__name__:
            continue  # imported helpers are checked in their own module
        doc = inspect.getdoc(value) or ""
        assert doc, f"{name}.{attr} has no docstring"


def test_unknown_extractor_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="known: entries, quotes, numbers"):
        extract.module("dates")
