# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.eval_item_content_output_text_param import EvalItemContentOutputTextParam
from ..types.eval_item_content_text import EvalItemContentText
from ..types.eval_item_input_image_param import EvalItemInputImageParam
from ..types.responses.response_input_audio_param import ResponseInputAudioParam
from ..types.responses.response_input_text_param import ResponseInputTextParam

__all__ = [
    "EvalItemContentItemParam",
]


EvalItemContentItemParam: TypeAlias = Union[
    EvalItemContentText,
    ResponseInputTextParam,
    EvalItemContentOutputTextParam,
    EvalItemInputImageParam,
    ResponseInputAudioParam,
]
"""A single content item: input text, output text, input image, or input audio."""
