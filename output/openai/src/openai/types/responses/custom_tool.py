# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo

__all__ = [
    "FormatText",
    "FormatGrammar",
    "Format",
    "CustomTool",
]


class FormatText(BaseModel):
    """Unconstrained free-form text."""

    type: Literal["text"]
    """Unconstrained text format. Always `text`."""


class FormatGrammar(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    syntax: Literal["lark", "regex"]
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: str
    """The grammar definition."""


Format: TypeAlias = Annotated[Union[FormatText, FormatGrammar], PropertyInfo(discriminator="type")]
"""The input format for the custom tool. Default is unconstrained text."""


class CustomTool(BaseModel):
    """A custom tool that processes input using a specified format. Learn more about   [custom tools](/docs/guides/function-calling#custom-tools)"""

    type: Literal["custom"]
    """The type of the custom tool. Always `custom`."""

    name: str
    """The name of the custom tool, used to identify it in tool calls."""

    description: Optional[str] = None
    """Optional description of the custom tool, used to provide more context."""

    format: Optional[Format] = None
    """The input format for the custom tool. Default is unconstrained text."""

    defer_loading: Optional[bool] = None
    """Whether this tool should be deferred and discovered via tool search."""
