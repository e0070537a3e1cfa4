# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.compaction_trigger_item_param import CompactionTriggerItemParam
from ...types.item import Item
from ...types.item_reference_param import ItemReferenceParam
from ...types.responses.easy_input_message import EasyInputMessage

__all__ = [
    "ResponseInputItem",
]


ResponseInputItem: TypeAlias = Annotated[
    Union[EasyInputMessage, Item, CompactionTriggerItemParam, ItemReferenceParam], PropertyInfo(discriminator="type")
]
