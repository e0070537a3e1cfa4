# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission

__all__ = [
    "PermissionRetrieveResponse",
]


class PermissionRetrieveResponse(BaseModel):
    data: List[FineTuningCheckpointPermission]
    object: Literal["list"]
    first_id: Optional[str] = None
    last_id: Optional[str] = None
    has_more: bool
