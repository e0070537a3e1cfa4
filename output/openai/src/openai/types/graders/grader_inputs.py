# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ...types.responses.response_input_audio import ResponseInputAudio
from ...types.responses.response_input_text import ResponseInputText

__all__ = [
    "GraderInputItemOutputText",
    "GraderInputItemInputImage",
    "GraderInputItem",
    "GraderInputs",
]


class GraderInputItemOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""


class GraderInputItemInputImage(BaseModel):
    """An image input block used within EvalItem content arrays."""

    type: Literal["input_image"]
    """The type of the image input. Always `input_image`."""

    image_url: str
    """The URL of the image input."""

    detail: Optional[str] = None
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


GraderInputItem: TypeAlias = Union[
    str, ResponseInputText, GraderInputItemOutputText, GraderInputItemInputImage, ResponseInputAudio
]
"""A single content item: input text, output text, input image, or input audio."""


GraderInputs: TypeAlias = List[GraderInputItem]
"""A list of inputs, each of which may be either an input text, output text, input
image, or input audio object."""
