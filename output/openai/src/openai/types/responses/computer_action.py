# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.click_param import ClickParam
from ...types.double_click_action import DoubleClickAction
from ...types.drag_param import DragParam
from ...types.key_press_action import KeyPressAction
from ...types.move_param import MoveParam
from ...types.screenshot_param import ScreenshotParam
from ...types.scroll_param import ScrollParam
from ...types.type_param import TypeParam
from ...types.wait_param import WaitParam

__all__ = [
    "ComputerAction",
]


ComputerAction: TypeAlias = Annotated[
    Union[
        ClickParam,
        DoubleClickAction,
        DragParam,
        KeyPressAction,
        MoveParam,
        ScreenshotParam,
        ScrollParam,
        TypeParam,
        WaitParam,
    ],
    PropertyInfo(discriminator="type"),
]
