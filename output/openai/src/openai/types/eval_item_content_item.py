# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.eval_item_content_output_text import EvalItemContentOutputText
from ..types.eval_item_content_text import EvalItemContentText
from ..types.eval_item_input_image import EvalItemInputImage
from ..types.responses.response_input_audio import ResponseInputAudio
from ..types.responses.response_input_text import ResponseInputText

__all__ = [
    "EvalItemContentItem",
]


EvalItemContentItem: TypeAlias = Union[
    EvalItemContentText, ResponseInputText, EvalItemContentOutputText, EvalItemInputImage, ResponseInputAudio
]
"""A single content item: input text, output text, input image, or input audio."""
