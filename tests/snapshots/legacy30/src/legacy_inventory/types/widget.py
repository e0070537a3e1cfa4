# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.gadget import Gadget
from ..types.gizmo import Gizmo

__all__ = [
    "Widget",
]


Widget: TypeAlias = Annotated[Union[Gadget, Gizmo], PropertyInfo(discriminator="kind")]
"""A widget, told apart by `kind`."""
