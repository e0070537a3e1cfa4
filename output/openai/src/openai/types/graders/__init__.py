# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .grader_inputs import GraderInputs as GraderInputs
    from .grader_inputs_param import GraderInputsParam as GraderInputsParam
    from .label_model_grader import LabelModelGrader as LabelModelGrader
    from .label_model_grader_param import LabelModelGraderParam as LabelModelGraderParam
    from .multi_grader import MultiGrader as MultiGrader
    from .multi_grader_param import MultiGraderParam as MultiGraderParam
    from .python_grader import PythonGrader as PythonGrader
    from .python_grader_param import PythonGraderParam as PythonGraderParam
    from .score_model_grader import ScoreModelGrader as ScoreModelGrader
    from .score_model_grader_param import ScoreModelGraderParam as ScoreModelGraderParam
    from .string_check_grader import StringCheckGrader as StringCheckGrader
    from .string_check_grader_param import StringCheckGraderParam as StringCheckGraderParam
    from .text_similarity_grader import TextSimilarityGrader as TextSimilarityGrader
    from .text_similarity_grader_param import TextSimilarityGraderParam as TextSimilarityGraderParam

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "GraderInputs": "grader_inputs",
    "GraderInputsParam": "grader_inputs_param",
    "LabelModelGrader": "label_model_grader",
    "LabelModelGraderParam": "label_model_grader_param",
    "MultiGrader": "multi_grader",
    "MultiGraderParam": "multi_grader_param",
    "PythonGrader": "python_grader",
    "PythonGraderParam": "python_grader_param",
    "ScoreModelGrader": "score_model_grader",
    "ScoreModelGraderParam": "score_model_grader_param",
    "StringCheckGrader": "string_check_grader",
    "StringCheckGraderParam": "string_check_grader_param",
    "TextSimilarityGrader": "text_similarity_grader",
    "TextSimilarityGraderParam": "text_similarity_grader_param",
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
