# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .run_create_params import RunCreateParams as RunCreateParams
from .run_delete_response import RunDeleteResponse as RunDeleteResponse
from .run_list_params import RunListParams as RunListParams
