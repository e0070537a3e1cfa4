# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .file_batches import (
    AsyncFileBatches,
    AsyncFileBatchesWithRawResponse,
    AsyncFileBatchesWithStreamingResponse,
    FileBatches,
    FileBatchesWithRawResponse,
    FileBatchesWithStreamingResponse,
)
from .files import (
    AsyncFiles,
    AsyncFilesWithRawResponse,
    AsyncFilesWithStreamingResponse,
    Files,
    FilesWithRawResponse,
    FilesWithStreamingResponse,
)
from .vector_stores import (
    AsyncVectorStores,
    AsyncVectorStoresWithRawResponse,
    AsyncVectorStoresWithStreamingResponse,
    VectorStores,
    VectorStoresWithRawResponse,
    VectorStoresWithStreamingResponse,
)

__all__ = [
    "VectorStores",
    "AsyncVectorStores",
    "VectorStoresWithRawResponse",
    "AsyncVectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "FileBatches",
    "AsyncFileBatches",
    "FileBatchesWithRawResponse",
    "AsyncFileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
    "AsyncFileBatchesWithStreamingResponse",
    "Files",
    "AsyncFiles",
    "FilesWithRawResponse",
    "AsyncFilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFilesWithStreamingResponse",
]
