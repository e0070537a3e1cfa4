# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ..types.static_file_chunking_strategy_param import StaticFileChunkingStrategyParam

__all__ = [
    "StaticFileChunkingStrategyObjectParam",
]


class StaticFileChunkingStrategyObjectParam(TypedDict, total=False):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    type: Required[Literal["static"]]
    """Always `static`."""

    static: Required[StaticFileChunkingStrategyParam]
