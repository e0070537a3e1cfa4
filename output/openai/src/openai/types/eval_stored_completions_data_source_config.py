# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from .._models import BaseModel
from ..types.shared.metadata import Metadata

__all__ = [
    "EvalStoredCompletionsDataSourceConfig",
]


class EvalStoredCompletionsDataSourceConfig(BaseModel):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Literal["stored_completions"]
    """The type of data source. Always `stored_completions`."""

    metadata: Optional[Metadata] = None
    schema_: Dict[str, object] = FieldInfo(alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/)."""
