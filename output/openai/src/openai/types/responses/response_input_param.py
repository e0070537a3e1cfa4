# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import TypeAlias

from ...types.responses.response_input_item_param import ResponseInputItemParam

__all__ = [
    "ResponseInputParam",
]


ResponseInputParam: TypeAlias = Iterable[ResponseInputItemParam]
"""A list of one or many input items to the model, containing
different content types."""
