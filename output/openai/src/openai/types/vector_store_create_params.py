# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from ..types.auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam
from ..types.shared_params.metadata import Metadata
from ..types.static_file_chunking_strategy_object_param import StaticFileChunkingStrategyObjectParam

__all__ = [
    "ExpiresAfter",
    "ChunkingStrategy",
    "VectorStoreCreateParams",
]


class ExpiresAfter(TypedDict, total=False):
    """The expiration policy for a vector store."""

    anchor: Required[Literal["last_active_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: Required[int]
    """The number of days after the anchor time that the vector store will expire."""


ChunkingStrategy: TypeAlias = Union[AutoFileChunkingStrategyParam, StaticFileChunkingStrategyObjectParam]
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty."""


class VectorStoreCreateParams(TypedDict, total=False):
    file_ids: SequenceNotStr[str]
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files."""

    name: str
    """The name of the vector store."""

    description: str
    """A description for the vector store. Can be used to describe the vector store's purpose."""

    expires_after: ExpiresAfter
    """The expiration policy for a vector store."""

    chunking_strategy: ChunkingStrategy
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty."""

    metadata: Optional[Metadata]
