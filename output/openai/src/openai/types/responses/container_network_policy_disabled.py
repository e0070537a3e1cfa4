# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ContainerNetworkPolicyDisabled",
]


class ContainerNetworkPolicyDisabled(BaseModel):
    type: Literal["disabled"]
    """Disable outbound network access. Always `disabled`."""
