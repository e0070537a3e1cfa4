# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "InlineSkillSource",
]


class InlineSkillSource(BaseModel):
    """Inline skill payload"""

    type: Literal["base64"]
    """The type of the inline skill source. Must be `base64`."""

    media_type: Literal["application/zip"]
    """The media type of the inline skill payload. Must be `application/zip`."""

    data: str
    """Base64-encoded skill zip bundle."""
