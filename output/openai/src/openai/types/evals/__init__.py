# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource as CreateEvalCompletionsRunDataSource,
    )
    from .create_eval_completions_run_data_source_param import (
        CreateEvalCompletionsRunDataSourceParam as CreateEvalCompletionsRunDataSourceParam,
    )
    from .create_eval_jsonl_run_data_source import CreateEvalJSONLRunDataSource as CreateEvalJSONLRunDataSource
    from .create_eval_jsonl_run_data_source_param import (
        CreateEvalJSONLRunDataSourceParam as CreateEvalJSONLRunDataSourceParam,
    )
    from .eval_api_error import EvalAPIError as EvalAPIError
    from .run_cancel_response import RunCancelResponse as RunCancelResponse
    from .run_create_params import RunCreateParams as RunCreateParams
    from .run_create_response import RunCreateResponse as RunCreateResponse
    from .run_delete_response import RunDeleteResponse as RunDeleteResponse
    from .run_list_params import RunListParams as RunListParams
    from .run_list_response import RunListResponse as RunListResponse
    from .run_retrieve_response import RunRetrieveResponse as RunRetrieveResponse

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "CreateEvalCompletionsRunDataSource": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceParam": "create_eval_completions_run_data_source_param",
    "CreateEvalJSONLRunDataSource": "create_eval_jsonl_run_data_source",
    "CreateEvalJSONLRunDataSourceParam": "create_eval_jsonl_run_data_source_param",
    "EvalAPIError": "eval_api_error",
    "RunCancelResponse": "run_cancel_response",
    "RunCreateParams": "run_create_params",
    "RunCreateResponse": "run_create_response",
    "RunDeleteResponse": "run_delete_response",
    "RunListParams": "run_list_params",
    "RunListResponse": "run_list_response",
    "RunRetrieveResponse": "run_retrieve_response",
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
