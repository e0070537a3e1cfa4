# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from ..types.static_file_chunking_strategy import StaticFileChunkingStrategy

__all__ = [
    "StaticFileChunkingStrategyObject",
]


class StaticFileChunkingStrategyObject(BaseModel):
    """Static Chunking Strategy"""

    type: Literal["static"]
    """Always `static`."""

    static: StaticFileChunkingStrategy
