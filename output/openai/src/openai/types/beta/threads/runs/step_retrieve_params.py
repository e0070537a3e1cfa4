# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Annotated, Literal, TypedDict

from ....._utils import PropertyInfo

__all__ = [
    "StepRetrieveParams",
]


class StepRetrieveParams(TypedDict, total=False):
    include: Annotated[
        Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]], PropertyInfo(alias="include[]")
    ]
    """A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""
