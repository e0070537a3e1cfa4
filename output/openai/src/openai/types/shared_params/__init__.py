# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...types.shared_params.oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from .chat_model import ChatModel as ChatModel
    from .comparison_filter import ComparisonFilter as ComparisonFilter
    from .compound_filter import CompoundFilter as CompoundFilter
    from .custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .function_definition import FunctionDefinition as FunctionDefinition
    from .function_parameters import FunctionParameters as FunctionParameters
    from .metadata import Metadata as Metadata
    from .reasoning import Reasoning as Reasoning
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .response_format_text import ResponseFormatText as ResponseFormatText
    from .responses_model import ResponsesModel as ResponsesModel

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "ChatModel": "chat_model",
    "ComparisonFilter": "comparison_filter",
    "CompoundFilter": "compound_filter",
    "CustomToolInputFormat": "custom_tool_input_format",
    "FunctionDefinition": "function_definition",
    "FunctionParameters": "function_parameters",
    "Metadata": "metadata",
    "OAuthErrorCode": "..types.shared_params.oauth_error_code",
    "Reasoning": "reasoning",
    "ReasoningEffort": "reasoning_effort",
    "ResponseFormatJSONObject": "response_format_json_object",
    "ResponseFormatJSONSchema": "response_format_json_schema",
    "ResponseFormatText": "response_format_text",
    "ResponsesModel": "responses_model",
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
