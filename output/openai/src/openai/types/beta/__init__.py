# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant import Assistant as Assistant
    from .assistant_create_params import AssistantCreateParams as AssistantCreateParams
    from .assistant_deleted import AssistantDeleted as AssistantDeleted
    from .assistant_list_params import AssistantListParams as AssistantListParams
    from .assistant_response_format_option import AssistantResponseFormatOption as AssistantResponseFormatOption
    from .assistant_response_format_option_param import (
        AssistantResponseFormatOptionParam as AssistantResponseFormatOptionParam,
    )
    from .assistant_stream_event import AssistantStreamEvent as AssistantStreamEvent
    from .assistant_tool import AssistantTool as AssistantTool
    from .assistant_tool_choice import AssistantToolChoice as AssistantToolChoice
    from .assistant_tool_choice_function import AssistantToolChoiceFunction as AssistantToolChoiceFunction
    from .assistant_tool_choice_function_param import (
        AssistantToolChoiceFunctionParam as AssistantToolChoiceFunctionParam,
    )
    from .assistant_tool_choice_option import AssistantToolChoiceOption as AssistantToolChoiceOption
    from .assistant_tool_choice_option_param import AssistantToolChoiceOptionParam as AssistantToolChoiceOptionParam
    from .assistant_tool_choice_param import AssistantToolChoiceParam as AssistantToolChoiceParam
    from .assistant_tool_param import AssistantToolParam as AssistantToolParam
    from .assistant_update_params import AssistantUpdateParams as AssistantUpdateParams
    from .chatkit_workflow import ChatKitWorkflow as ChatKitWorkflow
    from .code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
    from .code_interpreter_tool_param import CodeInterpreterToolParam as CodeInterpreterToolParam
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .file_search_tool_param import FileSearchToolParam as FileSearchToolParam
    from .function_tool import FunctionTool as FunctionTool
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .thread import Thread as Thread
    from .thread_create_and_run_params import ThreadCreateAndRunParams as ThreadCreateAndRunParams
    from .thread_create_and_run_params import ThreadCreateAndRunParamsBase as ThreadCreateAndRunParamsBase
    from .thread_create_and_run_params import (
        ThreadCreateAndRunParamsNonStreaming as ThreadCreateAndRunParamsNonStreaming,
    )
    from .thread_create_and_run_params import ThreadCreateAndRunParamsStreaming as ThreadCreateAndRunParamsStreaming
    from .thread_create_params import ThreadCreateParams as ThreadCreateParams
    from .thread_deleted import ThreadDeleted as ThreadDeleted
    from .thread_update_params import ThreadUpdateParams as ThreadUpdateParams

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "Assistant": "assistant",
    "AssistantCreateParams": "assistant_create_params",
    "AssistantDeleted": "assistant_deleted",
    "AssistantListParams": "assistant_list_params",
    "AssistantResponseFormatOption": "assistant_response_format_option",
    "AssistantResponseFormatOptionParam": "assistant_response_format_option_param",
    "AssistantStreamEvent": "assistant_stream_event",
    "AssistantTool": "assistant_tool",
    "AssistantToolChoice": "assistant_tool_choice",
    "AssistantToolChoiceFunction": "assistant_tool_choice_function",
    "AssistantToolChoiceFunctionParam": "assistant_tool_choice_function_param",
    "AssistantToolChoiceOption": "assistant_tool_choice_option",
    "AssistantToolChoiceOptionParam": "assistant_tool_choice_option_param",
    "AssistantToolChoiceParam": "assistant_tool_choice_param",
    "AssistantToolParam": "assistant_tool_param",
    "AssistantUpdateParams": "assistant_update_params",
    "ChatKitWorkflow": "chatkit_workflow",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolParam": "code_interpreter_tool_param",
    "FileSearchTool": "file_search_tool",
    "FileSearchToolParam": "file_search_tool_param",
    "FunctionTool": "function_tool",
    "FunctionToolParam": "function_tool_param",
    "Thread": "thread",
    "ThreadCreateAndRunParams": "thread_create_and_run_params",
    "ThreadCreateAndRunParamsBase": "thread_create_and_run_params",
    "ThreadCreateAndRunParamsNonStreaming": "thread_create_and_run_params",
    "ThreadCreateAndRunParamsStreaming": "thread_create_and_run_params",
    "ThreadCreateParams": "thread_create_params",
    "ThreadDeleted": "thread_deleted",
    "ThreadUpdateParams": "thread_update_params",
}


def __getattr__(name: str) -> Any:
    import importlib

    module = _EXPORTS.get(name)
    if module is None:
        # a submodule not imported yet is an attribute too (`types.shared_params` after `import`
        # of the package), as it is where a package imports its submodules eagerly
        import importlib.util

        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
