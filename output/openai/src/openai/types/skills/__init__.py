# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .version_create_params import VersionCreateParams as VersionCreateParams
from .version_list_params import VersionListParams as VersionListParams
