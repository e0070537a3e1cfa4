# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.image_edit_completed_event import ImageEditCompletedEvent
from ..types.image_edit_partial_image_event import ImageEditPartialImageEvent

__all__ = [
    "ImageEditStreamEvent",
]


ImageEditStreamEvent: TypeAlias = Annotated[
    Union[ImageEditPartialImageEvent, ImageEditCompletedEvent], PropertyInfo(discriminator="type")
]
