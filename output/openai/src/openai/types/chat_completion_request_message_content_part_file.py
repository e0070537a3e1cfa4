# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "File",
    "ChatCompletionRequestMessageContentPartFile",
]


class File(BaseModel):
    filename: Optional[str] = None
    """The name of the file, used when passing the file to the model as a 
    string."""

    file_data: Optional[str] = None
    """The base64 encoded file data, used when passing the file to the model 
    as a string."""

    file_id: Optional[str] = None
    """The ID of an uploaded file to use as input."""


class ChatCompletionRequestMessageContentPartFile(BaseModel):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Literal["file"]
    """The type of the content part. Always `file`."""

    file: File
