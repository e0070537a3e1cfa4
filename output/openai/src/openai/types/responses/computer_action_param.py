# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.click_param_param import ClickParamParam
from ...types.double_click_action_param import DoubleClickActionParam
from ...types.drag_param_param import DragParamParam
from ...types.key_press_action_param import KeyPressActionParam
from ...types.move_param_param import MoveParamParam
from ...types.screenshot_param_param import ScreenshotParamParam
from ...types.scroll_param_param import ScrollParamParam
from ...types.type_param_param import TypeParamParam
from ...types.wait_param_param import WaitParamParam

__all__ = [
    "ComputerActionParam",
]


ComputerActionParam: TypeAlias = Union[
    ClickParamParam,
    DoubleClickActionParam,
    DragParamParam,
    KeyPressActionParam,
    MoveParamParam,
    ScreenshotParamParam,
    ScrollParamParam,
    TypeParamParam,
    WaitParamParam,
]
