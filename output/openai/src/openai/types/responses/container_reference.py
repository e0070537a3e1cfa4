# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ContainerReference",
]


class ContainerReference(BaseModel):
    type: Literal["container_reference"]
    """References a container created with the /v1/containers endpoint"""

    container_id: str
    """The ID of the referenced container."""
