# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ThreadDeleted",
]


class ThreadDeleted(BaseModel):
    id: str
    deleted: bool
    object: Literal["thread.deleted"]
