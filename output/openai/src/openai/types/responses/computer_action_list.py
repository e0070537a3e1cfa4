# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from ...types.responses.computer_action import ComputerAction

__all__ = [
    "ComputerActionList",
]


ComputerActionList: TypeAlias = List[ComputerAction]
"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields."""
