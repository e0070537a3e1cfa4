# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.threads.image_file_delta_block import ImageFileDeltaBlock
from ....types.beta.threads.image_url_delta_block import ImageURLDeltaBlock
from ....types.beta.threads.refusal_delta_block import RefusalDeltaBlock
from ....types.beta.threads.text_delta_block import TextDeltaBlock

__all__ = [
    "DeltaContent",
    "Delta",
    "MessageDeltaEvent",
]


DeltaContent: TypeAlias = Annotated[
    Union[ImageFileDeltaBlock, TextDeltaBlock, RefusalDeltaBlock, ImageURLDeltaBlock],
    PropertyInfo(discriminator="type"),
]


class Delta(BaseModel):
    """The delta containing the fields that have changed on the Message."""

    role: Optional[Literal["user", "assistant"]] = None
    """The entity that produced the message. One of `user` or `assistant`."""

    content: Optional[List[DeltaContent]] = None
    """The content of the message in array of text and/or images."""


class MessageDeltaEvent(BaseModel):
    """Represents a message delta i.e. any changed fields on a message during streaming."""

    id: str
    """The identifier of the message, which can be referenced in API endpoints."""

    object: Literal["thread.message.delta"]
    """The object type, which is always `thread.message.delta`."""

    delta: Delta
    """The delta containing the fields that have changed on the Message."""
