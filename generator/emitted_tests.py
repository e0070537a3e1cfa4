"""Views and rendering of the tests emitted with the SDK (`tests/api_resources/...`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .render import Renderer


def emitted_test_files(renderer: "Renderer") -> dict[str, str]:
    """Relative path (from the package root, e.g. `tests/api_resources/test_files.py`) -> text."""
    return {}
