# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.image_gen_completed_event import ImageGenCompletedEvent
from ..types.image_gen_partial_image_event import ImageGenPartialImageEvent

__all__ = [
    "ImageGenStreamEvent",
]


ImageGenStreamEvent: TypeAlias = Annotated[
    Union[ImageGenPartialImageEvent, ImageGenCompletedEvent], PropertyInfo(discriminator="type")
]
