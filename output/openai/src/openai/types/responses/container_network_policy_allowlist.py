# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.container_network_policy_domain_secret import ContainerNetworkPolicyDomainSecret

__all__ = [
    "ContainerNetworkPolicyAllowlist",
]


class ContainerNetworkPolicyAllowlist(BaseModel):
    type: Literal["allowlist"]
    """Allow outbound network access only to specified domains. Always `allowlist`."""

    allowed_domains: List[str]
    """A list of allowed domains when type is `allowlist`."""

    domain_secrets: Optional[List[ContainerNetworkPolicyDomainSecret]] = None
    """Optional domain-scoped secrets for allowlisted domains."""
