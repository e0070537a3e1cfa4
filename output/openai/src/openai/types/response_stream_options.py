# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypeAlias

from .._models import BaseModel

__all__ = [
    "ResponseStreamOptions2",
    "ResponseStreamOptions",
]


class ResponseStreamOptions2(BaseModel):
    """Options for streaming responses. Only set this when you set `stream: true`."""

    include_obfuscation: Optional[bool] = None
    """When true, stream obfuscation will be enabled. Stream obfuscation adds
    random characters to an `obfuscation` field on streaming delta events to
    normalize payload sizes as a mitigation to certain side-channel attacks.
    These obfuscation fields are included by default, but add a small amount
    of overhead to the data stream. You can set `include_obfuscation` to
    false to optimize for bandwidth if you trust the network links between
    your application and the OpenAI API."""


ResponseStreamOptions: TypeAlias = Optional[ResponseStreamOptions2]
