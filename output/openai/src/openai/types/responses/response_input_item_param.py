# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.compaction_trigger_item_param_param import CompactionTriggerItemParamParam
from ...types.item_param import ItemParam
from ...types.item_reference_param_param import ItemReferenceParamParam
from ...types.responses.easy_input_message_param import EasyInputMessageParam

__all__ = [
    "ResponseInputItemParam",
]


ResponseInputItemParam: TypeAlias = Union[
    EasyInputMessageParam, ItemParam, CompactionTriggerItemParamParam, ItemReferenceParamParam
]
