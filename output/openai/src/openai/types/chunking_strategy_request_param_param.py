# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.auto_chunking_strategy_request_param_param import AutoChunkingStrategyRequestParamParam
from ..types.static_chunking_strategy_request_param_param import StaticChunkingStrategyRequestParamParam

__all__ = [
    "ChunkingStrategyRequestParamParam",
]


ChunkingStrategyRequestParamParam: TypeAlias = Union[
    AutoChunkingStrategyRequestParamParam, StaticChunkingStrategyRequestParamParam
]
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""
