# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ContainerFileCitationBodyParam",
]


class ContainerFileCitationBodyParam(TypedDict, total=False):
    """A citation for a container file used to generate a model response."""

    type: Required[Literal["container_file_citation"]]
    """The type of the container file citation. Always `container_file_citation`."""

    container_id: Required[str]
    """The ID of the container file."""

    file_id: Required[str]
    """The ID of the file."""

    start_index: Required[int]
    """The index of the first character of the container file citation in the message."""

    end_index: Required[int]
    """The index of the last character of the container file citation in the message."""

    filename: Required[str]
    """The filename of the container file cited."""
