# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "RunDeleteResponse",
]


class RunDeleteResponse(BaseModel):
    object: Optional[str] = None
    deleted: Optional[bool] = None
    run_id: Optional[str] = None
