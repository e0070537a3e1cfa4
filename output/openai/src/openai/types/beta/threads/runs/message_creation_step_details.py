# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "MessageCreation",
    "MessageCreationStepDetails",
]


class MessageCreation(BaseModel):
    message_id: str
    """The ID of the message that was created by this run step."""


class MessageCreationStepDetails(BaseModel):
    """Details of the message creation by the run step."""

    type: Literal["message_creation"]
    """Always `message_creation`."""

    message_creation: MessageCreation
