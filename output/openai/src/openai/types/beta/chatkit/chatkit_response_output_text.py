# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.chatkit.file_annotation import FileAnnotation
from ....types.beta.chatkit.url_annotation import UrlAnnotation

__all__ = [
    "Annotation",
    "ChatKitResponseOutputText",
]


Annotation: TypeAlias = Annotated[Union[FileAnnotation, UrlAnnotation], PropertyInfo(discriminator="type")]
"""Annotation object describing a cited source."""


class ChatKitResponseOutputText(BaseModel):
    """Assistant response text accompanied by optional annotations."""

    type: Literal["output_text"]
    """Type discriminator that is always `output_text`."""

    text: str
    """Assistant generated text."""

    annotations: List[Annotation]
    """Ordered list of annotations attached to the response text."""
