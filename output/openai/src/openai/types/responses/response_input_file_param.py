# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ResponseInputFileParam",
]


class ResponseInputFileParam(TypedDict, total=False):
    """A file input to the model."""

    type: Required[Literal["input_file"]]
    """The type of the input item. Always `input_file`."""

    file_id: Optional[str]
    filename: str
    """The name of the file to be sent to the model."""

    file_data: str
    """The content of the file to be sent to the model."""

    file_url: str
    """The URL of the file to be sent to the model."""

    detail: Literal["low", "high"]
    """The detail level of the file to be sent to the model. Use `low` for the default rendering behavior, or `high` to render the file at higher quality. Defaults to `low`."""
