# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.shared.responses_model import ResponsesModel as SharedResponsesModel

__all__ = [
    "ResponsesModel",
]


ResponsesModel: TypeAlias = SharedResponsesModel
