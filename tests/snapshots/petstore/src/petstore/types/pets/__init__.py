# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .photo_create_params import PhotoCreateParams as PhotoCreateParams
