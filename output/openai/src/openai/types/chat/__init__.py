# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .chat_completion import ChatCompletion as ChatCompletion
from .chat_completion_chunk import ChatCompletionChunk as ChatCompletionChunk
from .chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
from .chat_completion_message_param import ChatCompletionMessageParam as ChatCompletionMessageParam
from .completion_create_params import CompletionCreateParams as CompletionCreateParams
from .completion_list_params import CompletionListParams as CompletionListParams
from .completion_update_params import CompletionUpdateParams as CompletionUpdateParams
