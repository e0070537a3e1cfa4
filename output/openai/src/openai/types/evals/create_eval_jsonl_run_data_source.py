# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.eval_jsonl_file_content_source import EvalJsonlFileContentSource
from ...types.eval_jsonl_file_id_source import EvalJsonlFileIDSource

__all__ = [
    "Source",
    "CreateEvalJSONLRunDataSource",
]


Source: TypeAlias = Annotated[
    Union[EvalJsonlFileContentSource, EvalJsonlFileIDSource], PropertyInfo(discriminator="type")
]
"""Determines what populates the `item` namespace in the data source."""


class CreateEvalJSONLRunDataSource(BaseModel):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    type: Literal["jsonl"]
    """The type of data source. Always `jsonl`."""

    source: Source
    """Determines what populates the `item` namespace in the data source."""
