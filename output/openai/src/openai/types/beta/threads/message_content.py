# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ...._utils import PropertyInfo
from ....types.beta.threads.image_file_content_block import ImageFileContentBlock
from ....types.beta.threads.image_url_content_block import ImageURLContentBlock
from ....types.beta.threads.refusal_content_block import RefusalContentBlock
from ....types.beta.threads.text_content_block import TextContentBlock

__all__ = [
    "MessageContent",
]


MessageContent: TypeAlias = Annotated[
    Union[ImageFileContentBlock, ImageURLContentBlock, TextContentBlock, RefusalContentBlock],
    PropertyInfo(discriminator="type"),
]
