# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from ....types.shared_params.metadata import Metadata

__all__ = [
    "RunUpdateParams",
]


class RunUpdateParams(TypedDict, total=False):
    metadata: Optional[Metadata]
