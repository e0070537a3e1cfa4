# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .groups import (
    AsyncGroups,
    AsyncGroupsWithRawResponse,
    AsyncGroupsWithStreamingResponse,
    Groups,
    GroupsWithRawResponse,
    GroupsWithStreamingResponse,
)

__all__ = [
    "Groups",
    "AsyncGroups",
    "GroupsWithRawResponse",
    "AsyncGroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "AsyncGroupsWithStreamingResponse",
]
