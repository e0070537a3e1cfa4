# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ...types.responses.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from ...types.responses.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from ...types.responses.inline_skill_param import InlineSkillParam
from ...types.responses.skill_reference_param import SkillReferenceParam

__all__ = [
    "NetworkPolicy",
    "Skill",
    "ContainerAutoParam",
]


NetworkPolicy: TypeAlias = Union[ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam]
"""Network access policy for the container."""


Skill: TypeAlias = Union[SkillReferenceParam, InlineSkillParam]


class ContainerAutoParam(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    """Automatically creates a container for this request"""

    file_ids: SequenceNotStr[str]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]]
    network_policy: NetworkPolicy
    """Network access policy for the container."""

    skills: Iterable[Skill]
    """An optional list of skills referenced by id or inline data."""
