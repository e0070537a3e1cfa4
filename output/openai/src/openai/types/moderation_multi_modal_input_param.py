# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.moderation_image_url_input_param import ModerationImageURLInputParam
from ..types.moderation_text_input_param import ModerationTextInputParam

__all__ = [
    "ModerationMultiModalInputParam",
]


ModerationMultiModalInputParam: TypeAlias = Union[ModerationImageURLInputParam, ModerationTextInputParam]
