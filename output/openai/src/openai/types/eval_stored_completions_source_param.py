# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..types.shared_params.metadata import Metadata

__all__ = [
    "EvalStoredCompletionsSourceParam",
]


class EvalStoredCompletionsSourceParam(TypedDict, total=False):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Required[Literal["stored_completions"]]
    """The type of source. Always `stored_completions`."""

    metadata: Optional[Metadata]
    model: Optional[str]
    created_after: Optional[int]
    created_before: Optional[int]
    limit: Optional[int]
