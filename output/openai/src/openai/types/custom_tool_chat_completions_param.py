# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "CustomFormatTextFormat",
    "CustomFormatGrammarFormatGrammar",
    "CustomFormatGrammarFormat",
    "CustomFormat",
    "Custom",
    "CustomToolChatCompletionsParam",
]


class CustomFormatTextFormat(TypedDict, total=False):
    """Unconstrained free-form text."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""


class CustomFormatGrammarFormatGrammar(TypedDict, total=False):
    """Your chosen grammar."""

    definition: Required[str]
    """The grammar definition."""

    syntax: Required[Literal["lark", "regex"]]
    """The syntax of the grammar definition. One of `lark` or `regex`."""


class CustomFormatGrammarFormat(TypedDict, total=False):
    """A grammar defined by the user."""

    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""

    grammar: Required[CustomFormatGrammarFormatGrammar]
    """Your chosen grammar."""


CustomFormat: TypeAlias = Union[CustomFormatTextFormat, CustomFormatGrammarFormat]
"""The input format for the custom tool. Default is unconstrained text."""


class Custom(TypedDict, total=False):
    """Properties of the custom tool."""

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""

    description: str
    """Optional description of the custom tool, used to provide more context."""

    format: CustomFormat
    """The input format for the custom tool. Default is unconstrained text."""


class CustomToolChatCompletionsParam(TypedDict, total=False):
    """A custom tool that processes input using a specified format."""

    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""

    custom: Required[Custom]
    """Properties of the custom tool."""
