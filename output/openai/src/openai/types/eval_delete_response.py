# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "EvalDeleteResponse",
]


class EvalDeleteResponse(BaseModel):
    object: str
    deleted: bool
    eval_id: str
