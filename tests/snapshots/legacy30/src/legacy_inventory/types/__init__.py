# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .document import Document as Document
from .gadget import Gadget as Gadget
from .gizmo import Gizmo as Gizmo
from .priority import Priority as Priority
from .widget import Widget as Widget
from .widget_create_params import WidgetCreateParams as WidgetCreateParams
from .widget_list_params import WidgetListParams as WidgetListParams
