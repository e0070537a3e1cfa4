# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "ThreadDeleteResponse",
]


class ThreadDeleteResponse(BaseModel):
    """Confirmation payload returned after deleting a thread."""

    id: str
    """Identifier of the deleted thread."""

    object: Literal["chatkit.thread.deleted"]
    """Type discriminator that is always `chatkit.thread.deleted`."""

    deleted: bool
    """Indicates that the thread has been deleted."""
