# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "CreateEvalStoredCompletionsDataSourceConfigParam",
]


class CreateEvalStoredCompletionsDataSourceConfigParam(TypedDict, total=False):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Required[Literal["stored_completions"]]
    """The type of data source. Always `stored_completions`."""

    metadata: Dict[str, object]
    """Metadata filters for the stored completions data source."""
