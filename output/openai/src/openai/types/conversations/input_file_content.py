# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.responses.response_input_file import ResponseInputFile

__all__ = [
    "InputFileContent",
]


InputFileContent: TypeAlias = ResponseInputFile
"""A file input to the model."""
