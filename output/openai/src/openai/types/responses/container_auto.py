# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.responses.container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
from ...types.responses.container_network_policy_disabled import ContainerNetworkPolicyDisabled
from ...types.responses.inline_skill import InlineSkill
from ...types.responses.skill_reference import SkillReference

__all__ = [
    "NetworkPolicy",
    "Skill",
    "ContainerAuto",
]


NetworkPolicy: TypeAlias = Annotated[
    Union[ContainerNetworkPolicyDisabled, ContainerNetworkPolicyAllowlist], PropertyInfo(discriminator="type")
]
"""Network access policy for the container."""


Skill: TypeAlias = Annotated[Union[SkillReference, InlineSkill], PropertyInfo(discriminator="type")]


class ContainerAuto(BaseModel):
    type: Literal["container_auto"]
    """Automatically creates a container for this request"""

    file_ids: Optional[List[str]] = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None
    network_policy: Optional[NetworkPolicy] = None
    """Network access policy for the container."""

    skills: Optional[List[Skill]] = None
    """An optional list of skills referenced by id or inline data."""
