# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .admin import (
    Admin,
    AdminWithRawResponse,
    AdminWithStreamingResponse,
    AsyncAdmin,
    AsyncAdminWithRawResponse,
    AsyncAdminWithStreamingResponse,
)
from .organization import (
    AsyncOrganization,
    AsyncOrganizationWithRawResponse,
    AsyncOrganizationWithStreamingResponse,
    Organization,
    OrganizationWithRawResponse,
    OrganizationWithStreamingResponse,
)

__all__ = [
    "Admin",
    "AsyncAdmin",
    "AdminWithRawResponse",
    "AsyncAdminWithRawResponse",
    "AdminWithStreamingResponse",
    "AsyncAdminWithStreamingResponse",
    "Organization",
    "AsyncOrganization",
    "OrganizationWithRawResponse",
    "AsyncOrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "AsyncOrganizationWithStreamingResponse",
]
