# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ..types.static_chunking_strategy_param import StaticChunkingStrategyParam

__all__ = [
    "StaticChunkingStrategyRequestParamParam",
]


class StaticChunkingStrategyRequestParamParam(TypedDict, total=False):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    type: Required[Literal["static"]]
    """Always `static`."""

    static: Required[StaticChunkingStrategyParam]
