# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, TypedDict

from ...types.responses.response_includable import ResponseIncludable

__all__ = [
    "ItemListParams",
]


class ItemListParams(TypedDict, total=False):
    limit: int
    """A limit on the number of objects to be returned. Limit can range between
    1 and 100, and the default is 20."""

    order: Literal["asc", "desc"]
    """The order to return the input items in. Default is `desc`.
    - `asc`: Return the input items in ascending order.
    - `desc`: Return the input items in descending order."""

    after: str
    """An item ID to list items after, used in pagination."""

    include: Iterable[ResponseIncludable]
    """Specify additional output data to include in the model response. Currently supported values are:
    - `web_search_call.action.sources`: Include the sources of the web search tool call.
    - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.
    - `computer_call_output.output.image_url`: Include image urls from the computer call output.
    - `file_search_call.results`: Include the search results of the file search tool call.
    - `message.input_image.image_url`: Include image urls from the input message.
    - `message.output_text.logprobs`: Include logprobs with assistant messages.
    - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program)."""
