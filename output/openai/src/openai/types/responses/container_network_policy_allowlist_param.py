# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from ...types.responses.container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParam

__all__ = [
    "ContainerNetworkPolicyAllowlistParam",
]


class ContainerNetworkPolicyAllowlistParam(TypedDict, total=False):
    type: Required[Literal["allowlist"]]
    """Allow outbound network access only to specified domains. Always `allowlist`."""

    allowed_domains: Required[SequenceNotStr[str]]
    """A list of allowed domains when type is `allowlist`."""

    domain_secrets: Iterable[ContainerNetworkPolicyDomainSecretParam]
    """Optional domain-scoped secrets for allowlisted domains."""
