# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.beta.threads.file_citation_annotation import FileCitationAnnotation
from ..types.beta.threads.file_path_annotation import FilePathAnnotation

__all__ = [
    "TextAnnotation",
    "Text",
    "MessageContentTextObject",
]


TextAnnotation: TypeAlias = Annotated[
    Union[FileCitationAnnotation, FilePathAnnotation], PropertyInfo(discriminator="type")
]


class Text(BaseModel):
    value: str
    """The data that makes up the text."""

    annotations: List[TextAnnotation]


class MessageContentTextObject(BaseModel):
    """The text content that is part of a message."""

    type: Literal["text"]
    """Always `text`."""

    text: Text
