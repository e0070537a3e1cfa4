# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .item_create_params import ItemCreateParams as ItemCreateParams
from .item_list_params import ItemListParams as ItemListParams
from .item_retrieve_params import ItemRetrieveParams as ItemRetrieveParams
