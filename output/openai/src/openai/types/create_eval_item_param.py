# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from ..types.eval_item_param import EvalItemParam

__all__ = [
    "SimpleInputMessage",
    "CreateEvalItemParam",
]


class SimpleInputMessage(TypedDict, total=False):
    role: Required[str]
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: Required[str]
    """The content of the message."""


CreateEvalItemParam: TypeAlias = Union[SimpleInputMessage, EvalItemParam]
"""A chat message that makes up the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""
