"""The optional packages of the voice helpers, imported when a helper first needs them."""

from __future__ import annotations

import importlib
from typing import Any

from .._exceptions import OpenAIError

EXTRA = "voice_helpers"


def voice_module(name: str) -> Any:
    """`numpy` or `sounddevice`, or an error that says which extra brings it."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise OpenAIError(
            f"the voice helpers need `{name}`, which is not installed: pip install 'openai[{EXTRA}]'"
        ) from exc
