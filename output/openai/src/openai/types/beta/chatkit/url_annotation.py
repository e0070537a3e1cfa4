# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.chatkit.url_annotation_source import UrlAnnotationSource

__all__ = [
    "UrlAnnotation",
]


class UrlAnnotation(BaseModel):
    """Annotation that references a URL."""

    type: Literal["url"]
    """Type discriminator that is always `url` for this annotation."""

    source: UrlAnnotationSource
    """URL referenced by the annotation."""
