# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dpo_hyperparameters import DpoHyperparameters as DpoHyperparameters
    from .dpo_hyperparameters_param import DpoHyperparametersParam as DpoHyperparametersParam
    from .dpo_method import DpoMethod as DpoMethod
    from .dpo_method_param import DpoMethodParam as DpoMethodParam
    from .fine_tuning_job import FineTuningJob as FineTuningJob
    from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
    from .fine_tuning_job_integration import FineTuningJobIntegration as FineTuningJobIntegration
    from .fine_tuning_job_wandb_integration import FineTuningJobWandbIntegration as FineTuningJobWandbIntegration
    from .fine_tuning_job_wandb_integration_object import (
        FineTuningJobWandbIntegrationObject as FineTuningJobWandbIntegrationObject,
    )
    from .job_create_params import JobCreateParams as JobCreateParams
    from .job_list_events_params import JobListEventsParams as JobListEventsParams
    from .job_list_params import JobListParams as JobListParams
    from .reinforcement_hyperparameters import ReinforcementHyperparameters as ReinforcementHyperparameters
    from .reinforcement_hyperparameters_param import (
        ReinforcementHyperparametersParam as ReinforcementHyperparametersParam,
    )
    from .reinforcement_method import ReinforcementMethod as ReinforcementMethod
    from .reinforcement_method_param import ReinforcementMethodParam as ReinforcementMethodParam
    from .supervised_hyperparameters import SupervisedHyperparameters as SupervisedHyperparameters
    from .supervised_hyperparameters_param import SupervisedHyperparametersParam as SupervisedHyperparametersParam
    from .supervised_method import SupervisedMethod as SupervisedMethod
    from .supervised_method_param import SupervisedMethodParam as SupervisedMethodParam

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "DpoHyperparameters": "dpo_hyperparameters",
    "DpoHyperparametersParam": "dpo_hyperparameters_param",
    "DpoMethod": "dpo_method",
    "DpoMethodParam": "dpo_method_param",
    "FineTuningJob": "fine_tuning_job",
    "FineTuningJobEvent": "fine_tuning_job_event",
    "FineTuningJobIntegration": "fine_tuning_job_integration",
    "FineTuningJobWandbIntegration": "fine_tuning_job_wandb_integration",
    "FineTuningJobWandbIntegrationObject": "fine_tuning_job_wandb_integration_object",
    "JobCreateParams": "job_create_params",
    "JobListEventsParams": "job_list_events_params",
    "JobListParams": "job_list_params",
    "ReinforcementHyperparameters": "reinforcement_hyperparameters",
    "ReinforcementHyperparametersParam": "reinforcement_hyperparameters_param",
    "ReinforcementMethod": "reinforcement_method",
    "ReinforcementMethodParam": "reinforcement_method_param",
    "SupervisedHyperparameters": "supervised_hyperparameters",
    "SupervisedHyperparametersParam": "supervised_hyperparameters_param",
    "SupervisedMethod": "supervised_method",
    "SupervisedMethodParam": "supervised_method_param",
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
