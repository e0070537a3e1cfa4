# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from ..types.container_memory_limit import ContainerMemoryLimit
from ..types.responses.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from ..types.responses.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam

__all__ = [
    "NetworkPolicy",
    "AutoCodeInterpreterToolParamParam",
]


NetworkPolicy: TypeAlias = Union[ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam]
"""Network access policy for the container."""


class AutoCodeInterpreterToolParamParam(TypedDict, total=False):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on."""

    type: Required[Literal["auto"]]
    """Always `auto`."""

    file_ids: SequenceNotStr[str]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: Optional[ContainerMemoryLimit]
    network_policy: NetworkPolicy
    """Network access policy for the container."""
