# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .permission_create_params import PermissionCreateParams as PermissionCreateParams
from .permission_list_params import PermissionListParams as PermissionListParams
from .permission_retrieve_params import PermissionRetrieveParams as PermissionRetrieveParams
