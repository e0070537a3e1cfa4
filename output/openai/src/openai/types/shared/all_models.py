# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.model_ids_shared import ModelIdsShared
from ...types.shared.responses_model import ResponsesModel

__all__ = [
    "AllModels",
]


AllModels: TypeAlias = Union[ModelIdsShared, ResponsesModel]
