# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo

__all__ = [
    "SourceFileContentContent",
    "SourceFileContent",
    "SourceFileID",
    "Source",
    "CreateEvalJSONLRunDataSource",
]


class SourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class SourceFileContent(BaseModel):
    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`."""

    content: List[SourceFileContentContent]
    """The content of the jsonl file."""


class SourceFileID(BaseModel):
    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`."""

    id: str
    """The identifier of the file."""


Source: TypeAlias = Annotated[Union[SourceFileContent, SourceFileID], PropertyInfo(discriminator="type")]
"""Determines what populates the `item` namespace in the data source."""


class CreateEvalJSONLRunDataSource(BaseModel):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    type: Literal["jsonl"]
    """The type of data source. Always `jsonl`."""

    source: Source
    """Determines what populates the `item` namespace in the data source."""
