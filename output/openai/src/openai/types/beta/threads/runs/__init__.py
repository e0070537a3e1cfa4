# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .step_list_params import StepListParams as StepListParams
from .step_retrieve_params import StepRetrieveParams as StepRetrieveParams
