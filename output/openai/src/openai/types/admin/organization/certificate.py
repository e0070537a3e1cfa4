# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "CertificateDetails",
    "Certificate",
]


class CertificateDetails(BaseModel):
    valid_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the certificate becomes valid."""

    expires_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the certificate expires."""

    content: Optional[str] = None
    """The content of the certificate in PEM format."""


class Certificate(BaseModel):
    """Represents an individual `certificate` uploaded to the organization."""

    object: Literal["certificate", "organization.certificate", "organization.project.certificate"]
    """The object type.

    - If creating, updating, or getting a specific certificate, the object type is `certificate`.
    - If listing, activating, or deactivating certificates for the organization, the object type is `organization.certificate`.
    - If listing, activating, or deactivating certificates for a project, the object type is `organization.project.certificate`."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: Optional[str] = None
    """The name of the certificate."""

    created_at: int
    """The Unix timestamp (in seconds) of when the certificate was uploaded."""

    certificate_details: CertificateDetails
    active: Optional[bool] = None
    """Whether the certificate is currently active at the specified scope. Not returned when getting details for a specific certificate."""
