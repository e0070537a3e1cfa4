# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.container_memory_limit import ContainerMemoryLimit
from ..types.responses.container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
from ..types.responses.container_network_policy_disabled import ContainerNetworkPolicyDisabled

__all__ = [
    "NetworkPolicy",
    "AutoCodeInterpreterToolParam",
]


NetworkPolicy: TypeAlias = Annotated[
    Union[ContainerNetworkPolicyDisabled, ContainerNetworkPolicyAllowlist], PropertyInfo(discriminator="type")
]
"""Network access policy for the container."""


class AutoCodeInterpreterToolParam(BaseModel):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on."""

    type: Literal["auto"]
    """Always `auto`."""

    file_ids: Optional[List[str]] = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: Optional[ContainerMemoryLimit] = None
    network_policy: Optional[NetworkPolicy] = None
    """Network access policy for the container."""
