# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from ...._models import BaseModel
from ....types.beta.threads.annotation_delta import AnnotationDelta

__all__ = [
    "TextDelta",
]


class TextDelta(BaseModel):
    value: Optional[str] = None
    """The data that makes up the text."""

    annotations: Optional[List[AnnotationDelta]] = None
