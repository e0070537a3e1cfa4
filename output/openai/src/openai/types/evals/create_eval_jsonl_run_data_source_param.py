# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.eval_jsonl_file_content_source_param import EvalJsonlFileContentSourceParam
from ...types.eval_jsonl_file_id_source_param import EvalJsonlFileIDSourceParam

__all__ = [
    "Source",
    "CreateEvalJSONLRunDataSourceParam",
]


Source: TypeAlias = Union[EvalJsonlFileContentSourceParam, EvalJsonlFileIDSourceParam]
"""Determines what populates the `item` namespace in the data source."""


class CreateEvalJSONLRunDataSourceParam(TypedDict, total=False):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    type: Required[Literal["jsonl"]]
    """The type of data source. Always `jsonl`."""

    source: Required[Source]
    """Determines what populates the `item` namespace in the data source."""
