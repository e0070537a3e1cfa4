# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Iterable

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "Content",
    "EvalJsonlFileContentSourceParam",
]


class Content(TypedDict, total=False):
    item: Required[Dict[str, object]]
    sample: Dict[str, object]


class EvalJsonlFileContentSourceParam(TypedDict, total=False):
    """EvalJsonlFileContentSource"""

    type: Required[Literal["file_content"]]
    """The type of jsonl source. Always `file_content`."""

    content: Required[Iterable[Content]]
    """The content of the jsonl file."""
