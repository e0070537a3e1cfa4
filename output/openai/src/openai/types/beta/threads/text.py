# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from ...._models import BaseModel
from ....types.beta.threads.annotation import Annotation

__all__ = [
    "Text",
]


class Text(BaseModel):
    value: str
    """The data that makes up the text."""

    annotations: List[Annotation]
