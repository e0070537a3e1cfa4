# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BatchFileExpirationAfterParam",
]


class BatchFileExpirationAfterParam(TypedDict, total=False):
    """The expiration policy for the output and/or error file that are generated for a batch."""

    anchor: Required[Literal["created_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`. Note that the anchor is the file creation time, not the time the batch is created."""

    seconds: Required[int]
    """The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days)."""
