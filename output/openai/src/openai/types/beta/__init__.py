# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .assistant_create_params import AssistantCreateParams as AssistantCreateParams
from .assistant_list_params import AssistantListParams as AssistantListParams
from .assistant_update_params import AssistantUpdateParams as AssistantUpdateParams
from .thread_create_and_run_params import ThreadCreateAndRunParams as ThreadCreateAndRunParams
from .thread_create_params import ThreadCreateParams as ThreadCreateParams
from .thread_update_params import ThreadUpdateParams as ThreadUpdateParams
