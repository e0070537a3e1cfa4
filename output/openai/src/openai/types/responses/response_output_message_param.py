# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.responses.response_output_refusal_param import ResponseOutputRefusalParam
from ...types.responses.response_output_text_param import ResponseOutputTextParam

__all__ = [
    "Content",
    "ResponseOutputMessageParam",
]


Content: TypeAlias = Union[ResponseOutputTextParam, ResponseOutputRefusalParam]


class ResponseOutputMessageParam(TypedDict, total=False):
    """An output message from the model."""

    id: Required[str]
    """The unique ID of the output message."""

    type: Required[Literal["message"]]
    """The type of the output message. Always `message`."""

    role: Required[Literal["assistant"]]
    """The role of the output message. Always `assistant`."""

    content: Required[Iterable[Content]]
    """The content of the output message."""

    phase: Optional[Literal["commentary", "final_answer"]]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API."""
