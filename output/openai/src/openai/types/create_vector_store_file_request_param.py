# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from ..types.file_chunking_strategy_param import FileChunkingStrategyParam
from ..types.vector_store_file_attributes_param import VectorStoreFileAttributesParam

__all__ = [
    "CreateVectorStoreFileRequestParam",
]


class CreateVectorStoreFileRequestParam(TypedDict, total=False):
    file_id: Required[str]
    """A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests."""

    chunking_strategy: FileChunkingStrategyParam
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    attributes: Optional[VectorStoreFileAttributesParam]
