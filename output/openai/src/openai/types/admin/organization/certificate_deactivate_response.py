# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "CertificateDetails",
    "CertificateDeactivateResponse",
]


class CertificateDetails(BaseModel):
    valid_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the certificate becomes valid."""

    expires_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the certificate expires."""


class CertificateDeactivateResponse(BaseModel):
    """Represents an individual certificate configured at the organization level."""

    object: Literal["organization.certificate"]
    """The object type, which is always `organization.certificate`."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: Optional[str] = None
    """The name of the certificate."""

    created_at: int
    """The Unix timestamp (in seconds) of when the certificate was uploaded."""

    certificate_details: CertificateDetails
    active: bool
    """Whether the certificate is currently active at the organization level."""
