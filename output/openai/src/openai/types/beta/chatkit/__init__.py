# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_status import ActiveStatus as ActiveStatus
    from .attachment_type import AttachmentType as AttachmentType
    from .automatic_thread_titling_param import AutomaticThreadTitlingParam as AutomaticThreadTitlingParam
    from .chat_session import ChatSession as ChatSession
    from .chat_session_automatic_thread_titling import (
        ChatSessionAutomaticThreadTitling as ChatSessionAutomaticThreadTitling,
    )
    from .chat_session_chatkit_configuration import ChatSessionChatKitConfiguration as ChatSessionChatKitConfiguration
    from .chat_session_chatkit_configuration_param import (
        ChatSessionChatKitConfigurationParam as ChatSessionChatKitConfigurationParam,
    )
    from .chat_session_expires_after_param import ChatSessionExpiresAfterParam as ChatSessionExpiresAfterParam
    from .chat_session_file_upload import ChatSessionFileUpload as ChatSessionFileUpload
    from .chat_session_history import ChatSessionHistory as ChatSessionHistory
    from .chat_session_rate_limits import ChatSessionRateLimits as ChatSessionRateLimits
    from .chat_session_rate_limits_param import ChatSessionRateLimitsParam as ChatSessionRateLimitsParam
    from .chat_session_status import ChatSessionStatus as ChatSessionStatus
    from .chat_session_workflow_param import ChatSessionWorkflowParam as ChatSessionWorkflowParam
    from .chatkit_attachment import ChatKitAttachment as ChatKitAttachment
    from .chatkit_response_output_text import ChatKitResponseOutputText as ChatKitResponseOutputText
    from .chatkit_thread import ChatKitThread as ChatKitThread
    from .chatkit_thread_assistant_message_item import (
        ChatKitThreadAssistantMessageItem as ChatKitThreadAssistantMessageItem,
    )
    from .chatkit_thread_item_list import ChatKitThreadItemList as ChatKitThreadItemList
    from .chatkit_thread_user_message_item import ChatKitThreadUserMessageItem as ChatKitThreadUserMessageItem
    from .chatkit_widget_item import ChatKitWidgetItem as ChatKitWidgetItem
    from .chatkit_workflow_tracing import ChatKitWorkflowTracing as ChatKitWorkflowTracing
    from .client_tool_call_item import ClientToolCallItem as ClientToolCallItem
    from .client_tool_call_status import ClientToolCallStatus as ClientToolCallStatus
    from .closed_status import ClosedStatus as ClosedStatus
    from .file_annotation import FileAnnotation as FileAnnotation
    from .file_annotation_source import FileAnnotationSource as FileAnnotationSource
    from .file_upload_param import FileUploadParam as FileUploadParam
    from .history_param import HistoryParam as HistoryParam
    from .inference_options import InferenceOptions as InferenceOptions
    from .locked_status import LockedStatus as LockedStatus
    from .session_create_params import SessionCreateParams as SessionCreateParams
    from .task_group_item import TaskGroupItem as TaskGroupItem
    from .task_group_task import TaskGroupTask as TaskGroupTask
    from .task_item import TaskItem as TaskItem
    from .task_type import TaskType as TaskType
    from .thread_delete_response import ThreadDeleteResponse as ThreadDeleteResponse
    from .thread_item import ThreadItem as ThreadItem
    from .thread_list_items_params import ThreadListItemsParams as ThreadListItemsParams
    from .thread_list_params import ThreadListParams as ThreadListParams
    from .tool_choice import ToolChoice as ToolChoice
    from .url_annotation import UrlAnnotation as UrlAnnotation
    from .url_annotation_source import UrlAnnotationSource as UrlAnnotationSource
    from .user_message_input_text import UserMessageInputText as UserMessageInputText
    from .user_message_quoted_text import UserMessageQuotedText as UserMessageQuotedText
    from .workflow_tracing_param import WorkflowTracingParam as WorkflowTracingParam

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "ActiveStatus": "active_status",
    "AttachmentType": "attachment_type",
    "AutomaticThreadTitlingParam": "automatic_thread_titling_param",
    "ChatKitAttachment": "chatkit_attachment",
    "ChatKitResponseOutputText": "chatkit_response_output_text",
    "ChatKitThread": "chatkit_thread",
    "ChatKitThreadAssistantMessageItem": "chatkit_thread_assistant_message_item",
    "ChatKitThreadItemList": "chatkit_thread_item_list",
    "ChatKitThreadUserMessageItem": "chatkit_thread_user_message_item",
    "ChatKitWidgetItem": "chatkit_widget_item",
    "ChatKitWorkflowTracing": "chatkit_workflow_tracing",
    "ChatSession": "chat_session",
    "ChatSessionAutomaticThreadTitling": "chat_session_automatic_thread_titling",
    "ChatSessionChatKitConfiguration": "chat_session_chatkit_configuration",
    "ChatSessionChatKitConfigurationParam": "chat_session_chatkit_configuration_param",
    "ChatSessionExpiresAfterParam": "chat_session_expires_after_param",
    "ChatSessionFileUpload": "chat_session_file_upload",
    "ChatSessionHistory": "chat_session_history",
    "ChatSessionRateLimits": "chat_session_rate_limits",
    "ChatSessionRateLimitsParam": "chat_session_rate_limits_param",
    "ChatSessionStatus": "chat_session_status",
    "ChatSessionWorkflowParam": "chat_session_workflow_param",
    "ClientToolCallItem": "client_tool_call_item",
    "ClientToolCallStatus": "client_tool_call_status",
    "ClosedStatus": "closed_status",
    "FileAnnotation": "file_annotation",
    "FileAnnotationSource": "file_annotation_source",
    "FileUploadParam": "file_upload_param",
    "HistoryParam": "history_param",
    "InferenceOptions": "inference_options",
    "LockedStatus": "locked_status",
    "SessionCreateParams": "session_create_params",
    "TaskGroupItem": "task_group_item",
    "TaskGroupTask": "task_group_task",
    "TaskItem": "task_item",
    "TaskType": "task_type",
    "ThreadDeleteResponse": "thread_delete_response",
    "ThreadItem": "thread_item",
    "ThreadListItemsParams": "thread_list_items_params",
    "ThreadListParams": "thread_list_params",
    "ToolChoice": "tool_choice",
    "UrlAnnotation": "url_annotation",
    "UrlAnnotationSource": "url_annotation_source",
    "UserMessageInputText": "user_message_input_text",
    "UserMessageQuotedText": "user_message_quoted_text",
    "WorkflowTracingParam": "workflow_tracing_param",
}


def __getattr__(name: str) -> Any:
    import importlib

    module = _EXPORTS.get(name)
    if module is None:
        # a submodule not imported yet is an attribute too (`types.shared_params` after `import`
        # of the package), as it is where a package imports its submodules eagerly
        import importlib.util

        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
