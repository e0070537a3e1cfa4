# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .groups import (
    AsyncGroups,
    AsyncGroupsWithRawResponse,
    AsyncGroupsWithStreamingResponse,
    Groups,
    GroupsWithRawResponse,
    GroupsWithStreamingResponse,
)
from .roles import (
    AsyncRoles,
    AsyncRolesWithRawResponse,
    AsyncRolesWithStreamingResponse,
    Roles,
    RolesWithRawResponse,
    RolesWithStreamingResponse,
)
from .users import (
    AsyncUsers,
    AsyncUsersWithRawResponse,
    AsyncUsersWithStreamingResponse,
    Users,
    UsersWithRawResponse,
    UsersWithStreamingResponse,
)

__all__ = [
    "Groups",
    "AsyncGroups",
    "GroupsWithRawResponse",
    "AsyncGroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "AsyncGroupsWithStreamingResponse",
    "Roles",
    "AsyncRoles",
    "RolesWithRawResponse",
    "AsyncRolesWithRawResponse",
    "RolesWithStreamingResponse",
    "AsyncRolesWithStreamingResponse",
    "Users",
    "AsyncUsers",
    "UsersWithRawResponse",
    "AsyncUsersWithRawResponse",
    "UsersWithStreamingResponse",
    "AsyncUsersWithStreamingResponse",
]
