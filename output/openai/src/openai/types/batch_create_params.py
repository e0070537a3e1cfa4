# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..types.batch_file_expiration_after_param import BatchFileExpirationAfterParam
from ..types.shared_params.metadata import Metadata

__all__ = [
    "BatchCreateParams",
]


class BatchCreateParams(TypedDict, total=False):
    input_file_id: Required[str]
    """The ID of an uploaded file that contains requests for the new batch.

    See [upload file](/docs/api-reference/files/create) for how to upload a file.

    Your input file must be formatted as a [JSONL file](/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size."""

    endpoint: Required[
        Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ]
    ]
    """The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch."""

    completion_window: Required[Literal["24h"]]
    """The time frame within which the batch should be processed. Currently only `24h` is supported."""

    metadata: Optional[Metadata]
    output_expires_after: BatchFileExpirationAfterParam
    """The expiration policy for the output and/or error file that are generated for a batch."""
