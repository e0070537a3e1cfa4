# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "File",
    "ChatCompletionRequestMessageContentPartFileParam",
]


class File(TypedDict, total=False):
    filename: str
    """The name of the file, used when passing the file to the model as a 
    string."""

    file_data: str
    """The base64 encoded file data, used when passing the file to the model 
    as a string."""

    file_id: str
    """The ID of an uploaded file to use as input."""


class ChatCompletionRequestMessageContentPartFileParam(TypedDict, total=False):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Required[Literal["file"]]
    """The type of the content part. Always `file`."""

    file: Required[File]
