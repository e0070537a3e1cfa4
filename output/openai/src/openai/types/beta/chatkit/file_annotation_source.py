# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "FileAnnotationSource",
]


class FileAnnotationSource(BaseModel):
    """Attachment source referenced by an annotation."""

    type: Literal["file"]
    """Type discriminator that is always `file`."""

    filename: str
    """Filename referenced by the annotation."""
