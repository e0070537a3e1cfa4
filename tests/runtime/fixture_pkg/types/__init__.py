from __future__ import annotations

from .shape import Shape as Shape, Circle as Circle, Square as Square
from .widget import Widget as Widget
from .widget_chunk import WidgetChunk as WidgetChunk
from .widget_create_params import WidgetCreateParams as WidgetCreateParams
from .widget_list_params import WidgetListParams as WidgetListParams
from .widget_upload_params import WidgetUploadParams as WidgetUploadParams
