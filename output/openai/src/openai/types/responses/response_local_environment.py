# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseLocalEnvironment",
]


class ResponseLocalEnvironment(BaseModel):
    """Represents the use of a local environment to perform shell actions."""

    type: Literal["local"]
    """The environment type. Always `local`."""
