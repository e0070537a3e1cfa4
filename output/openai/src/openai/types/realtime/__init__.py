# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .call_accept_params import CallAcceptParams as CallAcceptParams
from .call_create_params import CallCreateParams as CallCreateParams
from .call_refer_params import CallReferParams as CallReferParams
from .call_reject_params import CallRejectParams as CallRejectParams
from .client_secret_create_params import ClientSecretCreateParams as ClientSecretCreateParams
