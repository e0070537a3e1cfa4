# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "AutomaticThreadTitlingParam",
]


class AutomaticThreadTitlingParam(TypedDict, total=False):
    """Controls whether ChatKit automatically generates thread titles."""

    enabled: bool
    """Enable automatic thread title generation. Defaults to true."""
