# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from functools import cached_property as cached_property

__all__ = ["cached_property"]
