# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "FormatText",
    "FormatGrammar",
    "Format",
    "CustomToolParam",
]


class FormatText(TypedDict, total=False):
    """Unconstrained free-form text."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""


class FormatGrammar(TypedDict, total=False):
    """A grammar defined by the user."""

    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""

    syntax: Required[Literal["lark", "regex"]]
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: Required[str]
    """The grammar definition."""


Format: TypeAlias = Union[FormatText, FormatGrammar]
"""The input format for the custom tool. Default is unconstrained text."""


class CustomToolParam(TypedDict, total=False):
    """A custom tool that processes input using a specified format. Learn more about   [custom tools](/docs/guides/function-calling#custom-tools)"""

    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""

    description: str
    """Optional description of the custom tool, used to provide more context."""

    format: Format
    """The input format for the custom tool. Default is unconstrained text."""

    defer_loading: bool
    """Whether this tool should be deferred and discovered via tool search."""
