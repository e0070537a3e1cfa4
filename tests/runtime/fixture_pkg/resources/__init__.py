from .widgets import (
    Widgets as Widgets,
    AsyncWidgets as AsyncWidgets,
    WidgetsWithRawResponse as WidgetsWithRawResponse,
    AsyncWidgetsWithRawResponse as AsyncWidgetsWithRawResponse,
    WidgetsWithStreamingResponse as WidgetsWithStreamingResponse,
    AsyncWidgetsWithStreamingResponse as AsyncWidgetsWithStreamingResponse,
)
