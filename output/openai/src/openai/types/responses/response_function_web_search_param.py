# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.web_search_action_find_param import WebSearchActionFindParam
from ...types.web_search_action_open_page_param import WebSearchActionOpenPageParam
from ...types.web_search_action_search_param import WebSearchActionSearchParam

__all__ = [
    "Action",
    "ResponseFunctionWebSearchParam",
]


Action: TypeAlias = Union[WebSearchActionSearchParam, WebSearchActionOpenPageParam, WebSearchActionFindParam]
"""An object describing the specific action taken in this web search call.
Includes details on how the model used the web (search, open_page, find_in_page)."""


class ResponseFunctionWebSearchParam(TypedDict, total=False):
    """The results of a web search tool call. See the
    [web search guide](/docs/guides/tools-web-search) for more information."""

    id: Required[str]
    """The unique ID of the web search tool call."""

    type: Required[Literal["web_search_call"]]
    """The type of the web search tool call. Always `web_search_call`."""

    status: Required[Literal["in_progress", "searching", "completed", "failed"]]
    """The status of the web search tool call."""

    action: Required[Action]
    """An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page)."""
