# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ..types.grammar_syntax1 import GrammarSyntax1

__all__ = [
    "CustomGrammarFormatParamParam",
]


class CustomGrammarFormatParamParam(TypedDict, total=False):
    """A grammar defined by the user."""

    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""

    syntax: Required[GrammarSyntax1]
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: Required[str]
    """The grammar definition."""
