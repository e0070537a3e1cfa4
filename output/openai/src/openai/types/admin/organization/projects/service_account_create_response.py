# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel
from .....types.project_service_account_api_key import ProjectServiceAccountAPIKey

__all__ = [
    "ServiceAccountCreateResponse",
]


class ServiceAccountCreateResponse(BaseModel):
    object: Literal["organization.project.service_account"]
    id: str
    name: str
    role: Literal["member"]
    """Service accounts can only have one role of type `member`"""

    created_at: int
    api_key: Optional[ProjectServiceAccountAPIKey] = None
