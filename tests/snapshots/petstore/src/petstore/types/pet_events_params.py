# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from datetime import datetime
from typing import Iterable, Optional, Union

from typing_extensions import Annotated, Literal, Required, TypedDict

from .._utils import PropertyInfo
from ..types.activity_kind import ActivityKind

__all__ = [
    "PetEventsParams",
    "PetEventsParamsBase",
    "PetEventsParamsNonStreaming",
    "PetEventsParamsStreaming",
]


class PetEventsParams(TypedDict, total=False):
    stream: bool
    """If true, the response is `text/event-stream` and each `data:` line is a `PetActivityChunk`; the stream ends with `data: [DONE]`."""

    kinds: Iterable[ActivityKind]
    """Only return these kinds of activity."""

    since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")]
    """Only return activity after this time."""

    limit: int
    """The most events to return."""


class PetEventsParamsBase(TypedDict, total=False):
    kinds: Iterable[ActivityKind]
    """Only return these kinds of activity."""

    since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")]
    """Only return activity after this time."""

    limit: int
    """The most events to return."""


class PetEventsParamsNonStreaming(TypedDict, total=False):
    kinds: Iterable[ActivityKind]
    """Only return these kinds of activity."""

    since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")]
    """Only return activity after this time."""

    limit: int
    """The most events to return."""

    stream: Optional[Literal[False]]
    """If true, the response is `text/event-stream` and each `data:` line is a `PetActivityChunk`; the stream ends with `data: [DONE]`."""


class PetEventsParamsStreaming(TypedDict, total=False):
    kinds: Iterable[ActivityKind]
    """Only return these kinds of activity."""

    since: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")]
    """Only return activity after this time."""

    limit: int
    """The most events to return."""

    stream: Required[Literal[True]]
    """If true, the response is `text/event-stream` and each `data:` line is a `PetActivityChunk`; the stream ends with `data: [DONE]`."""
