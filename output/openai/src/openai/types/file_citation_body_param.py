# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "FileCitationBodyParam",
]


class FileCitationBodyParam(TypedDict, total=False):
    """A citation to a file."""

    type: Required[Literal["file_citation"]]
    """The type of the file citation. Always `file_citation`."""

    file_id: Required[str]
    """The ID of the file."""

    index: Required[int]
    """The index of the file in the list of files."""

    filename: Required[str]
    """The filename of the file cited."""
