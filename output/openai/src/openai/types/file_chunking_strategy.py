# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.other_file_chunking_strategy_object import OtherFileChunkingStrategyObject
from ..types.static_file_chunking_strategy_object import StaticFileChunkingStrategyObject

__all__ = [
    "FileChunkingStrategy",
]


FileChunkingStrategy: TypeAlias = Annotated[
    Union[StaticFileChunkingStrategyObject, OtherFileChunkingStrategyObject], PropertyInfo(discriminator="type")
]
"""The strategy used to chunk the file."""
