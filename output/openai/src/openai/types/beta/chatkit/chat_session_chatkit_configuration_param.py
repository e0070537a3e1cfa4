# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from ....types.beta.chatkit.automatic_thread_titling_param import AutomaticThreadTitlingParam
from ....types.beta.chatkit.file_upload_param import FileUploadParam
from ....types.beta.chatkit.history_param import HistoryParam

__all__ = [
    "ChatSessionChatKitConfigurationParam",
]


class ChatSessionChatKitConfigurationParam(TypedDict, total=False):
    """Optional per-session configuration settings for ChatKit behavior."""

    automatic_thread_titling: AutomaticThreadTitlingParam
    """Configuration for automatic thread titling. When omitted, automatic thread titling is enabled by default."""

    file_upload: FileUploadParam
    """Configuration for upload enablement and limits. When omitted, uploads are disabled by default (max_files 10, max_file_size 512 MB)."""

    history: HistoryParam
    """Configuration for chat history retention. When omitted, history is enabled by default with no limit on recent_threads (null)."""
