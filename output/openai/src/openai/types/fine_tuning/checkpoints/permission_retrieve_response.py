# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "Data",
    "PermissionRetrieveResponse",
]


class Data(BaseModel):
    """The `checkpoint.permission` object represents a permission for a fine-tuned model checkpoint."""

    id: str
    """The permission identifier, which can be referenced in the API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the permission was created."""

    project_id: str
    """The project identifier that the permission is for."""

    object: Literal["checkpoint.permission"]
    """The object type, which is always "checkpoint.permission"."""


class PermissionRetrieveResponse(BaseModel):
    data: List[Data]
    object: Literal["list"]
    first_id: Optional[str] = None
    last_id: Optional[str] = None
    has_more: bool
