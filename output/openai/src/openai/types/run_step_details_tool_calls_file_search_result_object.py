# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "Content",
    "RunStepDetailsToolCallsFileSearchResultObject",
]


class Content(BaseModel):
    type: Optional[Literal["text"]] = None
    """The type of the content."""

    text: Optional[str] = None
    """The text content of the file."""


class RunStepDetailsToolCallsFileSearchResultObject(BaseModel):
    """A result instance of the file search."""

    file_id: str
    """The ID of the file that result was found in."""

    file_name: str
    """The name of the file that result was found in."""

    score: float
    """The score of the result. All values must be a floating point number between 0 and 1."""

    content: Optional[List[Content]] = None
    """The content of the result that was found. The content is only included if requested via the include query parameter."""
