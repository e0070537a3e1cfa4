# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.responses.response_input_audio_param import ResponseInputAudioParam
from ...types.responses.response_input_text_param import ResponseInputTextParam

__all__ = [
    "GraderInputsParamItemOutputText",
    "GraderInputsParamItemInputImage",
    "GraderInputsParamItem",
    "GraderInputsParam",
]


class GraderInputsParamItemOutputText(TypedDict, total=False):
    """A text output from the model."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""


class GraderInputsParamItemInputImage(TypedDict, total=False):
    """An image input block used within EvalItem content arrays."""

    type: Required[Literal["input_image"]]
    """The type of the image input. Always `input_image`."""

    image_url: Required[str]
    """The URL of the image input."""

    detail: str
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


GraderInputsParamItem: TypeAlias = Union[
    str,
    ResponseInputTextParam,
    GraderInputsParamItemOutputText,
    GraderInputsParamItemInputImage,
    ResponseInputAudioParam,
]
"""A single content item: input text, output text, input image, or input audio."""


GraderInputsParam: TypeAlias = Iterable[GraderInputsParamItem]
"""A list of inputs, each of which may be either an input text, output text, input
image, or input audio object."""
