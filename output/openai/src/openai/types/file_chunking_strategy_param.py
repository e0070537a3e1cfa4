# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam
from ..types.static_file_chunking_strategy_object_param import StaticFileChunkingStrategyObjectParam

__all__ = [
    "FileChunkingStrategyParam",
]


FileChunkingStrategyParam: TypeAlias = Union[AutoFileChunkingStrategyParam, StaticFileChunkingStrategyObjectParam]
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""
