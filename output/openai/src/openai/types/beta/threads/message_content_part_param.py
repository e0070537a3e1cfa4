# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ....types.beta.threads.image_file_content_block_param import ImageFileContentBlockParam
from ....types.beta.threads.image_url_content_block_param import ImageURLContentBlockParam
from ....types.message_request_content_text_object_param import MessageRequestContentTextObjectParam

__all__ = [
    "MessageContentPartParam",
]


MessageContentPartParam: TypeAlias = Union[
    ImageFileContentBlockParam, ImageURLContentBlockParam, MessageRequestContentTextObjectParam
]
