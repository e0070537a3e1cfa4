# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from ..types.input_content import InputContent

__all__ = [
    "InputMessageContentList",
]


InputMessageContentList: TypeAlias = List[InputContent]
"""A list of one or many input items to the model, containing different content 
types."""
