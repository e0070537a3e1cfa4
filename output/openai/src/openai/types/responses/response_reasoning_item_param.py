# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ...types.conversations.summary_text_content_param import SummaryTextContentParam

__all__ = [
    "Content",
    "ResponseReasoningItemParam",
]


class Content(TypedDict, total=False):
    """Reasoning text from the model."""

    type: Required[Literal["reasoning_text"]]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: Required[str]
    """The reasoning text from the model."""


class ResponseReasoningItemParam(TypedDict, total=False):
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](/docs/guides/conversation-state)."""

    type: Required[Literal["reasoning"]]
    """The type of the object. Always `reasoning`."""

    id: Required[str]
    """The unique identifier of the reasoning content."""

    encrypted_content: Optional[str]
    summary: Required[Iterable[SummaryTextContentParam]]
    """Reasoning summary content."""

    content: Iterable[Content]
    """Reasoning text content."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""
