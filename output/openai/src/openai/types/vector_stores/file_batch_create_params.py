# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ..._types import SequenceNotStr
from ...types.create_vector_store_file_request_param import CreateVectorStoreFileRequestParam
from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
from ...types.vector_store_file_attributes_param import VectorStoreFileAttributesParam

__all__ = [
    "FileBatchCreateParams",
]


class FileBatchCreateParams(TypedDict, total=False):
    file_ids: SequenceNotStr[str]
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`."""

    files: Iterable[CreateVectorStoreFileRequestParam]
    """A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`."""

    chunking_strategy: FileChunkingStrategyParam
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    attributes: Optional[VectorStoreFileAttributesParam]
