# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "StringCheckGraderParam",
]


class StringCheckGraderParam(TypedDict, total=False):
    """A StringCheckGrader object that performs a string comparison between input and reference using a specified operation."""

    type: Required[Literal["string_check"]]
    """The object type, which is always `string_check`."""

    name: Required[str]
    """The name of the grader."""

    input: Required[str]
    """The input text. This may include template strings."""

    reference: Required[str]
    """The reference text. This may include template strings."""

    operation: Required[Literal["eq", "ne", "like", "ilike"]]
    """The string check operation to perform. One of `eq`, `ne`, `like`, or `ilike`."""
