# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.responses.response_input_file_param import ResponseInputFileParam

__all__ = [
    "InputFileContentParam",
]


InputFileContentParam: TypeAlias = ResponseInputFileParam
"""A file input to the model."""
