# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "APIKey",
    "ServiceAccountCreateResponse",
]


class APIKey(BaseModel):
    object: Literal["organization.project.service_account.api_key"]
    """The object type, which is always `organization.project.service_account.api_key`"""

    value: str
    name: str
    created_at: int
    id: str


class ServiceAccountCreateResponse(BaseModel):
    object: Literal["organization.project.service_account"]
    id: str
    name: str
    role: Literal["member"]
    """Service accounts can only have one role of type `member`"""

    created_at: int
    api_key: Optional[APIKey] = None
