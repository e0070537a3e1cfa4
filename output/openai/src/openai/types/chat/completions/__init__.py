# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .message_list_params import MessageListParams as MessageListParams
from .message_list_response import MessageListResponse as MessageListResponse
