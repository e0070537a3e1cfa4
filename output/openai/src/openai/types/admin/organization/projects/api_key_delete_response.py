# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "APIKeyDeleteResponse",
]


class APIKeyDeleteResponse(BaseModel):
    object: Literal["organization.project.api_key.deleted"]
    id: str
    deleted: bool
