# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.other_file_chunking_strategy_object import OtherFileChunkingStrategyObject
from ..types.static_file_chunking_strategy import StaticFileChunkingStrategy

__all__ = [
    "Static",
    "FileChunkingStrategy",
]


class Static(BaseModel):
    type: Literal["static"]
    """Always `static`."""

    static: StaticFileChunkingStrategy


FileChunkingStrategy: TypeAlias = Annotated[
    Union[Static, OtherFileChunkingStrategyObject], PropertyInfo(discriminator="type")
]
"""The strategy used to chunk the file."""
