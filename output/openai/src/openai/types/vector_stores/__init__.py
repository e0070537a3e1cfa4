# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .file_batch_create_params import FileBatchCreateParams as FileBatchCreateParams
from .file_batch_list_files_params import FileBatchListFilesParams as FileBatchListFilesParams
from .file_content_response import FileContentResponse as FileContentResponse
from .file_create_params import FileCreateParams as FileCreateParams
from .file_list_params import FileListParams as FileListParams
from .file_update_params import FileUpdateParams as FileUpdateParams
