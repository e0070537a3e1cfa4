# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from ..types.moderation_model import ModerationModel

__all__ = [
    "InputVariant2ImageURLImageURL",
    "InputVariant2ImageURL",
    "InputVariant2Text",
    "InputVariant2",
    "Input",
    "ModerationCreateParams",
]


class InputVariant2ImageURLImageURL(TypedDict, total=False):
    """Contains either an image URL or a data URL for a base64 encoded image."""

    url: Required[str]
    """Either a URL of the image or the base64 encoded image data."""


class InputVariant2ImageURL(TypedDict, total=False):
    """An object describing an image to classify."""

    type: Required[Literal["image_url"]]
    """Always `image_url`."""

    image_url: Required[InputVariant2ImageURLImageURL]
    """Contains either an image URL or a data URL for a base64 encoded image."""


class InputVariant2Text(TypedDict, total=False):
    """An object describing text to classify."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """A string of text to classify."""


InputVariant2: TypeAlias = Union[InputVariant2ImageURL, InputVariant2Text]


Input: TypeAlias = Union[str, SequenceNotStr[str], Iterable[InputVariant2]]
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
