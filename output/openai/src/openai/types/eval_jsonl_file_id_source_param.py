# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "EvalJsonlFileIDSourceParam",
]


class EvalJsonlFileIDSourceParam(TypedDict, total=False):
    """EvalJsonlFileIdSource"""

    type: Required[Literal["file_id"]]
    """The type of jsonl source. Always `file_id`."""

    id: Required[str]
    """The identifier of the file."""
