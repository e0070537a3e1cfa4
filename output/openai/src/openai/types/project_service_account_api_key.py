# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ProjectServiceAccountAPIKey",
]


class ProjectServiceAccountAPIKey(BaseModel):
    object: Literal["organization.project.service_account.api_key"]
    """The object type, which is always `organization.project.service_account.api_key`"""

    value: str
    name: str
    created_at: int
    id: str
