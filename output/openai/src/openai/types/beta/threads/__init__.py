# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .message_create_params import MessageCreateParams as MessageCreateParams
from .message_list_params import MessageListParams as MessageListParams
from .message_update_params import MessageUpdateParams as MessageUpdateParams
from .run_create_params import RunCreateParams as RunCreateParams
from .run_list_params import RunListParams as RunListParams
from .run_submit_tool_outputs_params import RunSubmitToolOutputsParams as RunSubmitToolOutputsParams
from .run_update_params import RunUpdateParams as RunUpdateParams
