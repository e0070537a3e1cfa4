# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .code_interpreter_logs import CodeInterpreterLogs as CodeInterpreterLogs
    from .code_interpreter_tool_call import CodeInterpreterToolCall as CodeInterpreterToolCall
    from .code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta as CodeInterpreterToolCallDelta
    from .file_search_tool_call import FileSearchToolCall as FileSearchToolCall
    from .file_search_tool_call_delta import FileSearchToolCallDelta as FileSearchToolCallDelta
    from .function_tool_call_delta import FunctionToolCallDelta as FunctionToolCallDelta
    from .message_creation_step_details import MessageCreationStepDetails as MessageCreationStepDetails
    from .run_step import RunStep as RunStep
    from .run_step_delta_event import RunStepDeltaEvent as RunStepDeltaEvent
    from .step_list_params import StepListParams as StepListParams
    from .step_retrieve_params import StepRetrieveParams as StepRetrieveParams
    from .tool_call_delta_object import ToolCallDeltaObject as ToolCallDeltaObject

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS = {
    "CodeInterpreterLogs": "code_interpreter_logs",
    "CodeInterpreterToolCall": "code_interpreter_tool_call",
    "CodeInterpreterToolCallDelta": "code_interpreter_tool_call_delta",
    "FileSearchToolCall": "file_search_tool_call",
    "FileSearchToolCallDelta": "file_search_tool_call_delta",
    "FunctionToolCallDelta": "function_tool_call_delta",
    "MessageCreationStepDetails": "message_creation_step_details",
    "RunStep": "run_step",
    "RunStepDeltaEvent": "run_step_delta_event",
    "StepListParams": "step_list_params",
    "StepRetrieveParams": "step_retrieve_params",
    "ToolCallDeltaObject": "tool_call_delta_object",
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
