# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import TypeAlias

from ..types.input_item import InputItem

__all__ = [
    "InputParam",
]


InputParam: TypeAlias = Union[str, List[InputItem]]
"""Text, image, or file inputs to the model, used to generate a response.

Learn more:
- [Text inputs and outputs](/docs/guides/text)
- [Image inputs](/docs/guides/images)
- [File inputs](/docs/guides/pdf-files)
- [Conversation state](/docs/guides/conversation-state)
- [Function calling](/docs/guides/function-calling)"""
