# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .file_create_params import FileCreateParams as FileCreateParams
from .file_list_params import FileListParams as FileListParams
