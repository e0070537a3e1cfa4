# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from .._models import BaseModel
from ..types.shared.metadata import Metadata

__all__ = [
    "EvalLogsDataSourceConfig",
]


class EvalLogsDataSourceConfig(BaseModel):
    """A LogsDataSourceConfig which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    The schema returned by this data source config is used to defined what variables are available in your evals.
    `item` and `sample` are both defined when using this data source config."""

    type: Literal["logs"]
    """The type of data source. Always `logs`."""

    metadata: Optional[Metadata] = None
    schema_: Dict[str, object] = FieldInfo(alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/)."""
