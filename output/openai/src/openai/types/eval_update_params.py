# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from ..types.shared_params.metadata import Metadata

__all__ = [
    "EvalUpdateParams",
]


class EvalUpdateParams(TypedDict, total=False):
    name: str
    """Rename the evaluation."""

    metadata: Optional[Metadata]
