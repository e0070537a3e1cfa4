# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant import Assistant as Assistant
    from .assistant_create_params import AssistantCreateParams as AssistantCreateParams
    from .assistant_deleted import AssistantDeleted as AssistantDeleted
    from .assistant_list_params import AssistantListParams as AssistantListParams
    from .assistant_stream_event import AssistantStreamEvent as AssistantStreamEvent
    from .assistant_tool_choice import AssistantToolChoice as AssistantToolChoice
    from .assistant_tool_choice_function import AssistantToolChoiceFunction as AssistantToolChoiceFunction
    from .assistant_update_params import AssistantUpdateParams as AssistantUpdateParams
    from .code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
    from .code_interpreter_tool_param import CodeInterpreterToolParam as CodeInterpreterToolParam
    from .thread import Thread as Thread
    from .thread_create_and_run_params import ThreadCreateAndRunParams as ThreadCreateAndRunParams
    from .thread_create_params import ThreadCreateParams as ThreadCreateParams
    from .thread_deleted import ThreadDeleted as ThreadDeleted
    from .thread_update_params import ThreadUpdateParams as ThreadUpdateParams

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS = {
    "Assistant": "assistant",
    "AssistantCreateParams": "assistant_create_params",
    "AssistantDeleted": "assistant_deleted",
    "AssistantListParams": "assistant_list_params",
    "AssistantStreamEvent": "assistant_stream_event",
    "AssistantToolChoice": "assistant_tool_choice",
    "AssistantToolChoiceFunction": "assistant_tool_choice_function",
    "AssistantUpdateParams": "assistant_update_params",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolParam": "code_interpreter_tool_param",
    "Thread": "thread",
    "ThreadCreateAndRunParams": "thread_create_and_run_params",
    "ThreadCreateParams": "thread_create_params",
    "ThreadDeleted": "thread_deleted",
    "ThreadUpdateParams": "thread_update_params",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
