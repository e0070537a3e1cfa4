"""Assistants run streams: the event handler and its stream managers (placeholder, being written)."""

from __future__ import annotations

from typing import TypeVar

__all__ = [
    "AssistantEventHandler", "AsyncAssistantEventHandler", "AssistantEventHandlerT", "AsyncAssistantEventHandlerT",
    "AssistantStreamManager", "AsyncAssistantStreamManager",
]  # fmt: skip


class AssistantEventHandler:
    pass


class AsyncAssistantEventHandler:
    pass


AssistantEventHandlerT = TypeVar("AssistantEventHandlerT", bound=AssistantEventHandler)
AsyncAssistantEventHandlerT = TypeVar("AsyncAssistantEventHandlerT", bound=AsyncAssistantEventHandler)


class AssistantStreamManager:
    pass


class AsyncAssistantStreamManager:
    pass
