# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.threads.file_citation_delta_annotation import FileCitationDeltaAnnotation
from ....types.beta.threads.file_path_delta_annotation import FilePathDeltaAnnotation

__all__ = [
    "TextAnnotation",
    "Text",
    "TextDeltaBlock",
]


TextAnnotation: TypeAlias = Annotated[
    Union[FileCitationDeltaAnnotation, FilePathDeltaAnnotation], PropertyInfo(discriminator="type")
]


class Text(BaseModel):
    value: Optional[str] = None
    """The data that makes up the text."""

    annotations: Optional[List[TextAnnotation]] = None


class TextDeltaBlock(BaseModel):
    """The text content that is part of a message."""

    index: int
    """The index of the content part in the message."""

    type: Literal["text"]
    """Always `text`."""

    text: Optional[Text] = None
