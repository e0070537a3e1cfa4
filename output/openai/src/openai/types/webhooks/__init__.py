# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_cancelled_webhook_event import BatchCancelledWebhookEvent as BatchCancelledWebhookEvent
    from .batch_completed_webhook_event import BatchCompletedWebhookEvent as BatchCompletedWebhookEvent
    from .batch_expired_webhook_event import BatchExpiredWebhookEvent as BatchExpiredWebhookEvent
    from .batch_failed_webhook_event import BatchFailedWebhookEvent as BatchFailedWebhookEvent
    from .eval_run_canceled_webhook_event import EvalRunCanceledWebhookEvent as EvalRunCanceledWebhookEvent
    from .eval_run_failed_webhook_event import EvalRunFailedWebhookEvent as EvalRunFailedWebhookEvent
    from .eval_run_succeeded_webhook_event import EvalRunSucceededWebhookEvent as EvalRunSucceededWebhookEvent
    from .fine_tuning_job_cancelled_webhook_event import (
        FineTuningJobCancelledWebhookEvent as FineTuningJobCancelledWebhookEvent,
    )
    from .fine_tuning_job_failed_webhook_event import FineTuningJobFailedWebhookEvent as FineTuningJobFailedWebhookEvent
    from .fine_tuning_job_succeeded_webhook_event import (
        FineTuningJobSucceededWebhookEvent as FineTuningJobSucceededWebhookEvent,
    )
    from .realtime_call_incoming_webhook_event import (
        RealtimeCallIncomingWebhookEvent as RealtimeCallIncomingWebhookEvent,
    )
    from .response_cancelled_webhook_event import ResponseCancelledWebhookEvent as ResponseCancelledWebhookEvent
    from .response_completed_webhook_event import ResponseCompletedWebhookEvent as ResponseCompletedWebhookEvent
    from .response_failed_webhook_event import ResponseFailedWebhookEvent as ResponseFailedWebhookEvent
    from .response_incomplete_webhook_event import ResponseIncompleteWebhookEvent as ResponseIncompleteWebhookEvent
    from .unwrap_webhook_event import UnwrapWebhookEvent as UnwrapWebhookEvent

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "BatchCancelledWebhookEvent": "batch_cancelled_webhook_event",
    "BatchCompletedWebhookEvent": "batch_completed_webhook_event",
    "BatchExpiredWebhookEvent": "batch_expired_webhook_event",
    "BatchFailedWebhookEvent": "batch_failed_webhook_event",
    "EvalRunCanceledWebhookEvent": "eval_run_canceled_webhook_event",
    "EvalRunFailedWebhookEvent": "eval_run_failed_webhook_event",
    "EvalRunSucceededWebhookEvent": "eval_run_succeeded_webhook_event",
    "FineTuningJobCancelledWebhookEvent": "fine_tuning_job_cancelled_webhook_event",
    "FineTuningJobFailedWebhookEvent": "fine_tuning_job_failed_webhook_event",
    "FineTuningJobSucceededWebhookEvent": "fine_tuning_job_succeeded_webhook_event",
    "RealtimeCallIncomingWebhookEvent": "realtime_call_incoming_webhook_event",
    "ResponseCancelledWebhookEvent": "response_cancelled_webhook_event",
    "ResponseCompletedWebhookEvent": "response_completed_webhook_event",
    "ResponseFailedWebhookEvent": "response_failed_webhook_event",
    "ResponseIncompleteWebhookEvent": "response_incomplete_webhook_event",
    "UnwrapWebhookEvent": "unwrap_webhook_event",
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
