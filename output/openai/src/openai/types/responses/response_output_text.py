# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.beta.threads.annotation import Annotation
from ...types.file_annotation import FileAnnotation
from ...types.log_prob import LogProb
from ...types.url_annotation import UrlAnnotation

__all__ = [
    "OutputTextContent",
    "Annotation",
    "ResponseOutputText",
]


class OutputTextContent(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""

    annotations: List[Annotation]
    """The annotations of the text output."""

    logprobs: List[LogProb]


Annotation: TypeAlias = Annotated[Union[FileAnnotation, UrlAnnotation], PropertyInfo(discriminator="type")]
"""Annotation object describing a cited source."""


class ResponseOutputText(BaseModel):
    """Assistant response text accompanied by optional annotations."""

    type: Literal["output_text"]
    """Type discriminator that is always `output_text`."""

    text: str
    """Assistant generated text."""

    annotations: List[Annotation]
    """Ordered list of annotations attached to the response text."""
