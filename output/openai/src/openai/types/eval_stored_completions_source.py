# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.shared.metadata import Metadata

__all__ = [
    "EvalStoredCompletionsSource",
]


class EvalStoredCompletionsSource(BaseModel):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Literal["stored_completions"]
    """The type of source. Always `stored_completions`."""

    metadata: Optional[Metadata] = None
    model: Optional[str] = None
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    limit: Optional[int] = None
