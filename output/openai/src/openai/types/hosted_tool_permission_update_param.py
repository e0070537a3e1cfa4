# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = [
    "HostedToolPermissionUpdateParam",
]


class HostedToolPermissionUpdateParam(TypedDict, total=False):
    enabled: Required[bool]
    """Whether to enable the hosted tool for the project."""
