# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .admin import (
    Admin,
    AdminWithRawResponse,
    AdminWithStreamingResponse,
    AsyncAdmin,
    AsyncAdminWithRawResponse,
    AsyncAdminWithStreamingResponse,
)

__all__ = [
    "Admin",
    "AsyncAdmin",
    "AdminWithRawResponse",
    "AsyncAdminWithRawResponse",
    "AdminWithStreamingResponse",
    "AsyncAdminWithStreamingResponse",
]
