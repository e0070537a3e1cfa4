# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ...types.responses.response_input_item_param import ResponseInputItemParam
from ...types.shared_params.metadata import Metadata

__all__ = [
    "ConversationCreateParams",
]


class ConversationCreateParams(TypedDict, total=False):
    metadata: Optional[Metadata]
    items: Optional[Iterable[ResponseInputItemParam]]
