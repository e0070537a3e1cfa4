# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .fine_tuning_job import FineTuningJob as FineTuningJob
from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
from .job_create_params import JobCreateParams as JobCreateParams
from .job_list_events_params import JobListEventsParams as JobListEventsParams
from .job_list_params import JobListParams as JobListParams
