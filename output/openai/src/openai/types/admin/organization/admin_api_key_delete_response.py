# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "AdminAPIKeyDeleteResponse",
]


class AdminAPIKeyDeleteResponse(BaseModel):
    id: str
    object: Literal["organization.admin_api_key.deleted"]
    deleted: bool
