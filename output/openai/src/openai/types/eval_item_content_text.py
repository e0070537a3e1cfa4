# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

__all__ = [
    "EvalItemContentText",
]


EvalItemContentText: TypeAlias = str
"""A text input to the model."""
