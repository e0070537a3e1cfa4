# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "SummaryTextContentParam",
]


class SummaryTextContentParam(TypedDict, total=False):
    """A summary text from the model."""

    type: Required[Literal["summary_text"]]
    """The type of the object. Always `summary_text`."""

    text: Required[str]
    """A summary of the reasoning output from the model so far."""
