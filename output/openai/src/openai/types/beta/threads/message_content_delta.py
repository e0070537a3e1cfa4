# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ...._utils import PropertyInfo
from ....types.beta.threads.image_file_delta_block import ImageFileDeltaBlock
from ....types.beta.threads.image_url_delta_block import ImageURLDeltaBlock
from ....types.beta.threads.refusal_delta_block import RefusalDeltaBlock
from ....types.beta.threads.text_delta_block import TextDeltaBlock

__all__ = [
    "MessageContentDelta",
]


MessageContentDelta: TypeAlias = Annotated[
    Union[ImageFileDeltaBlock, TextDeltaBlock, RefusalDeltaBlock, ImageURLDeltaBlock],
    PropertyInfo(discriminator="type"),
]
