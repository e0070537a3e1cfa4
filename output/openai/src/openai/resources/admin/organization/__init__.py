# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .organization import (
    AsyncOrganization,
    AsyncOrganizationWithRawResponse,
    AsyncOrganizationWithStreamingResponse,
    Organization,
    OrganizationWithRawResponse,
    OrganizationWithStreamingResponse,
)

__all__ = [
    "Organization",
    "AsyncOrganization",
    "OrganizationWithRawResponse",
    "AsyncOrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "AsyncOrganizationWithStreamingResponse",
]
