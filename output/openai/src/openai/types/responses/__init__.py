# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .input_item_list_params import InputItemListParams as InputItemListParams
from .input_token_count_params import InputTokenCountParams as InputTokenCountParams
