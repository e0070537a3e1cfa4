"""Stream helpers: context managers over SSE streams that yield typed, accumulated events."""

from ._assistants import (
    AssistantEventHandler as AssistantEventHandler,
)
from ._assistants import (
    AssistantEventHandlerT as AssistantEventHandlerT,
)
from ._assistants import (
    AssistantStreamManager as AssistantStreamManager,
)
from ._assistants import (
    AsyncAssistantEventHandler as AsyncAssistantEventHandler,
)
from ._assistants import (
    AsyncAssistantEventHandlerT as AsyncAssistantEventHandlerT,
)
from ._assistants import (
    AsyncAssistantStreamManager as AsyncAssistantStreamManager,
)
