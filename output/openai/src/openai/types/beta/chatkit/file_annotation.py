# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.chatkit.file_annotation_source import FileAnnotationSource

__all__ = [
    "FileAnnotation",
]


class FileAnnotation(BaseModel):
    """Annotation that references an uploaded file."""

    type: Literal["file"]
    """Type discriminator that is always `file` for this annotation."""

    source: FileAnnotationSource
    """File attachment referenced by the annotation."""
