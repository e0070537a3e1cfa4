# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ..types.input_item_param import InputItemParam
from ..types.metadata_param import MetadataParam

__all__ = [
    "ConversationCreateParams",
]


class ConversationCreateParams(TypedDict, total=False):
    metadata: Optional[MetadataParam]
    items: Optional[Iterable[InputItemParam]]
