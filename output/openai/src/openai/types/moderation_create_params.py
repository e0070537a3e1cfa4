# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from ..types.moderation_model import ModerationModel
from ..types.moderation_multi_modal_input_param import ModerationMultiModalInputParam

__all__ = [
    "Input",
    "ModerationCreateParams",
]


Input: TypeAlias = Union[str, SequenceNotStr[str], Iterable[ModerationMultiModalInputParam]]
"""Input (or inputs) to classify. Can be a single string, an array of strings, or
an array of multi-modal input objects similar to other models."""


class ModerationCreateParams(TypedDict, total=False):
    input: Required[Input]
    """Input (or inputs) to classify. Can be a single string, an array of strings, or
    an array of multi-modal input objects similar to other models."""

    model: Union[str, ModerationModel]
    """The content moderation model you would like to use. Learn more in
    [the moderation guide](/docs/guides/moderation), and learn about
    available models [here](/docs/models#moderation)."""
