# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "ChatCompletionRole",
]


ChatCompletionRole: TypeAlias = Literal["developer", "system", "user", "assistant", "tool", "function"]
"""The role of the author of a message"""
