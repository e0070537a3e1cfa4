# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ...._utils import PropertyInfo
from ....types.beta.chatkit.chatkit_thread_assistant_message_item import ChatKitThreadAssistantMessageItem
from ....types.beta.chatkit.chatkit_thread_user_message_item import ChatKitThreadUserMessageItem
from ....types.beta.chatkit.chatkit_widget_item import ChatKitWidgetItem
from ....types.beta.chatkit.client_tool_call_item import ClientToolCallItem
from ....types.beta.chatkit.task_group_item import TaskGroupItem
from ....types.beta.chatkit.task_item import TaskItem

__all__ = [
    "ThreadItem",
]


ThreadItem: TypeAlias = Annotated[
    Union[
        ChatKitThreadUserMessageItem,
        ChatKitThreadAssistantMessageItem,
        ChatKitWidgetItem,
        ClientToolCallItem,
        TaskItem,
        TaskGroupItem,
    ],
    PropertyInfo(discriminator="type"),
]
"""The thread item"""
