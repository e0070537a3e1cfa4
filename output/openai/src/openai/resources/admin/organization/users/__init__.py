# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

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
    "Users",
    "AsyncUsers",
    "UsersWithRawResponse",
    "AsyncUsersWithRawResponse",
    "UsersWithStreamingResponse",
    "AsyncUsersWithStreamingResponse",
    "Roles",
    "AsyncRoles",
    "RolesWithRawResponse",
    "AsyncRolesWithRawResponse",
    "RolesWithStreamingResponse",
    "AsyncRolesWithStreamingResponse",
]
