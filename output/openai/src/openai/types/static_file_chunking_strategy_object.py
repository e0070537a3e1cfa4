# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from ..types.static_file_chunking_strategy import StaticFileChunkingStrategy

__all__ = [
    "StaticFileChunkingStrategyObject",
]


class StaticFileChunkingStrategyObject(BaseModel):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    type: Literal["static"]
    """Always `static`."""

    static: StaticFileChunkingStrategy
