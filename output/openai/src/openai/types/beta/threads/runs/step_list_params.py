# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Annotated, Literal, TypedDict

from ....._utils import PropertyInfo

__all__ = [
    "StepListParams",
]


class StepListParams(TypedDict, total=False):
    limit: int
    """A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20."""

    order: Literal["asc", "desc"]
    """Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order."""

    after: str
    """A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list."""

    before: str
    """A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list."""

    include: Annotated[
        Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]], PropertyInfo(alias="include[]")
    ]
    """A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information."""
