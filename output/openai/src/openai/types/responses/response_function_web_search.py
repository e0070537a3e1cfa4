# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo

__all__ = [
    "ActionSearchSource",
    "ActionSearch",
    "ActionOpenPage",
    "ActionFind",
    "Action",
    "ResponseFunctionWebSearch",
]


class ActionSearchSource(BaseModel):
    """A source used in the search."""

    type: Literal["url"]
    """The type of source. Always `url`."""

    url: str
    """The URL of the source."""


class ActionSearch(BaseModel):
    """Action type "search" - Performs a web search query."""

    type: Literal["search"]
    """The action type."""

    query: str
    """[DEPRECATED] The search query."""

    queries: Optional[List[str]] = None
    """The search queries."""

    sources: Optional[List[ActionSearchSource]] = None
    """The sources used in the search."""


class ActionOpenPage(BaseModel):
    """Action type "open_page" - Opens a specific URL from search results."""

    type: Literal["open_page"]
    """The action type."""

    url: Optional[str] = None
    """The URL opened by the model."""


class ActionFind(BaseModel):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    type: Literal["find_in_page"]
    """The action type."""

    url: str
    """The URL of the page searched for the pattern."""

    pattern: str
    """The pattern or text to search for within the page."""


Action: TypeAlias = Annotated[Union[ActionSearch, ActionOpenPage, ActionFind], PropertyInfo(discriminator="type")]
"""An object describing the specific action taken in this web search call.
Includes details on how the model used the web (search, open_page, find_in_page)."""


class ResponseFunctionWebSearch(BaseModel):
    """The results of a web search tool call. See the
    [web search guide](/docs/guides/tools-web-search) for more information."""

    id: str
    """The unique ID of the web search tool call."""

    type: Literal["web_search_call"]
    """The type of the web search tool call. Always `web_search_call`."""

    status: Literal["in_progress", "searching", "completed", "failed"]
    """The status of the web search tool call."""

    action: Action
    """An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page)."""
