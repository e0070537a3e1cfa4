# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.webhooks.batch_cancelled_webhook_event import BatchCancelledWebhookEvent
from ...types.webhooks.batch_completed_webhook_event import BatchCompletedWebhookEvent
from ...types.webhooks.batch_expired_webhook_event import BatchExpiredWebhookEvent
from ...types.webhooks.batch_failed_webhook_event import BatchFailedWebhookEvent
from ...types.webhooks.eval_run_canceled_webhook_event import EvalRunCanceledWebhookEvent
from ...types.webhooks.eval_run_failed_webhook_event import EvalRunFailedWebhookEvent
from ...types.webhooks.eval_run_succeeded_webhook_event import EvalRunSucceededWebhookEvent
from ...types.webhooks.fine_tuning_job_cancelled_webhook_event import FineTuningJobCancelledWebhookEvent
from ...types.webhooks.fine_tuning_job_failed_webhook_event import FineTuningJobFailedWebhookEvent
from ...types.webhooks.fine_tuning_job_succeeded_webhook_event import FineTuningJobSucceededWebhookEvent
from ...types.webhooks.realtime_call_incoming_webhook_event import RealtimeCallIncomingWebhookEvent
from ...types.webhooks.response_cancelled_webhook_event import ResponseCancelledWebhookEvent
from ...types.webhooks.response_completed_webhook_event import ResponseCompletedWebhookEvent
from ...types.webhooks.response_failed_webhook_event import ResponseFailedWebhookEvent
from ...types.webhooks.response_incomplete_webhook_event import ResponseIncompleteWebhookEvent

__all__ = [
    "UnwrapWebhookEvent",
]


UnwrapWebhookEvent: TypeAlias = Annotated[
    Union[
        BatchCancelledWebhookEvent,
        BatchCompletedWebhookEvent,
        BatchExpiredWebhookEvent,
        BatchFailedWebhookEvent,
        EvalRunCanceledWebhookEvent,
        EvalRunFailedWebhookEvent,
        EvalRunSucceededWebhookEvent,
        FineTuningJobCancelledWebhookEvent,
        FineTuningJobFailedWebhookEvent,
        FineTuningJobSucceededWebhookEvent,
        RealtimeCallIncomingWebhookEvent,
        ResponseCancelledWebhookEvent,
        ResponseCompletedWebhookEvent,
        ResponseFailedWebhookEvent,
        ResponseIncompleteWebhookEvent,
    ],
    PropertyInfo(discriminator="type"),
]
