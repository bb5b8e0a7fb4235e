"""The public names of the package change only on purpose."""

from __future__ import annotations

import diaodu
from diaodu import errors


def test_top_level_names() -> None:
    assert sorted(diaodu.__all__) == ["DiaoduError", "Settings", "__version__", "get_settings"]
    for name in diaodu.__all__:
        assert hasattr(diaodu, name)


def test_every_error_is_a_diaodu_error_and_drawn_in_the_docstring() -> None:
    doc = errors.__doc__ or ""
    classes = [
        obj
        for obj in vars(errors).values()
        if isinstance(obj, type) and issubclass(obj, Exception) and obj.__module__ == errors.__name__
    ]
    assert len(classes) > 10
    for cls in classes:
        assert issubclass(cls, errors.DiaoduError)
        assert cls.__name__ in doc, f"{cls.__name__} is missing from the tree in errors.py's docstring"
