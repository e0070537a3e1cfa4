# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .grader_run_params import GraderRunParams as GraderRunParams
    from .grader_run_response import GraderRunResponse as GraderRunResponse
    from .grader_validate_params import GraderValidateParams as GraderValidateParams
    from .grader_validate_response import GraderValidateResponse as GraderValidateResponse

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS = {
    "GraderRunParams": "grader_run_params",
    "GraderRunResponse": "grader_run_response",
    "GraderValidateParams": "grader_validate_params",
    "GraderValidateResponse": "grader_validate_response",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
