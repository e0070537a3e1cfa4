# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .role_create_params import RoleCreateParams as RoleCreateParams
from .role_list_params import RoleListParams as RoleListParams
