# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.web_search_action_find import WebSearchActionFind
from ...types.web_search_action_open_page import WebSearchActionOpenPage
from ...types.web_search_action_search import WebSearchActionSearch

__all__ = [
    "Action",
    "ResponseFunctionWebSearch",
]


Action: TypeAlias = Annotated[
    Union[WebSearchActionSearch, WebSearchActionOpenPage, WebSearchActionFind], PropertyInfo(discriminator="type")
]
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
