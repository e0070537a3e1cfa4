# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from ...types.beta.threads.annotation_param import AnnotationParam
from ...types.log_prob_param import LogProbParam

__all__ = [
    "ResponseOutputTextParam",
]


class ResponseOutputTextParam(TypedDict, total=False):
    """A text output from the model."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""

    annotations: Required[Iterable[AnnotationParam]]
    """The annotations of the text output."""

    logprobs: Required[Iterable[LogProbParam]]
