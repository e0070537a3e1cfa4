# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ..types.shared.chat_model import ChatModel as SharedChatModel

__all__ = [
    "ChatModel",
]


ChatModel: TypeAlias = SharedChatModel
