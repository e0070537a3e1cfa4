# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "PermissionDeleteResponse",
]


class PermissionDeleteResponse(BaseModel):
    id: str
    """The ID of the fine-tuned model checkpoint permission that was deleted."""

    object: Literal["checkpoint.permission"]
    """The object type, which is always "checkpoint.permission"."""

    deleted: bool
    """Whether the fine-tuned model checkpoint permission was successfully deleted."""
