# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "CertificateDeleteResponse",
]


class CertificateDeleteResponse(BaseModel):
    object: Literal["certificate.deleted"]
    """The object type, must be `certificate.deleted`."""

    id: str
    """The ID of the certificate that was deleted."""
