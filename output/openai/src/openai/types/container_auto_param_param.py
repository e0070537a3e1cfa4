# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from ..types.container_memory_limit import ContainerMemoryLimit
from ..types.container_network_policy_allowlist_param_param import ContainerNetworkPolicyAllowlistParamParam
from ..types.container_network_policy_disabled_param_param import ContainerNetworkPolicyDisabledParamParam
from ..types.inline_skill_param_param import InlineSkillParamParam
from ..types.skill_reference_param_param import SkillReferenceParamParam

__all__ = [
    "NetworkPolicy",
    "Skill",
    "ContainerAutoParamParam",
]


NetworkPolicy: TypeAlias = Union[ContainerNetworkPolicyDisabledParamParam, ContainerNetworkPolicyAllowlistParamParam]
"""Network access policy for the container."""


Skill: TypeAlias = Union[SkillReferenceParamParam, InlineSkillParamParam]


class ContainerAutoParamParam(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    """Automatically creates a container for this request"""

    file_ids: SequenceNotStr[str]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: Optional[ContainerMemoryLimit]
    network_policy: NetworkPolicy
    """Network access policy for the container."""

    skills: Iterable[Skill]
    """An optional list of skills referenced by id or inline data."""
