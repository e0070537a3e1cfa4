# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.message_content_text_annotations_file_citation_object import (
    MessageContentTextAnnotationsFileCitationObject,
)
from ..types.message_content_text_annotations_file_path_object import MessageContentTextAnnotationsFilePathObject

__all__ = [
    "TextAnnotation",
    "Text",
    "MessageContentTextObject",
]


TextAnnotation: TypeAlias = Annotated[
    Union[MessageContentTextAnnotationsFileCitationObject, MessageContentTextAnnotationsFilePathObject],
    PropertyInfo(discriminator="type"),
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
