# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "UrlAnnotationSource",
]


class UrlAnnotationSource(BaseModel):
    """URL backing an annotation entry."""

    type: Literal["url"]
    """Type discriminator that is always `url`."""

    url: str
    """URL referenced by the annotation."""
