# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "Text",
    "GrammarGrammar",
    "Grammar",
    "CustomToolInputFormat",
]


class Text(TypedDict, total=False):
    """Unconstrained free-form text."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""


class GrammarGrammar(TypedDict, total=False):
    """Your chosen grammar."""

    definition: Required[str]
    """The grammar definition."""

    syntax: Required[Literal["lark", "regex"]]
    """The syntax of the grammar definition. One of `lark` or `regex`."""


class Grammar(TypedDict, total=False):
    """A grammar defined by the user."""

    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""

    grammar: Required[GrammarGrammar]
    """Your chosen grammar."""


CustomToolInputFormat: TypeAlias = Union[Text, Grammar]
"""The input format for the custom tool. Default is unconstrained text."""
