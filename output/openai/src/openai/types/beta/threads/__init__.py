# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .annotation import Annotation as Annotation
    from .annotation_param import AnnotationParam as AnnotationParam
    from .file_citation_annotation import FileCitationAnnotation as FileCitationAnnotation
    from .file_citation_delta_annotation import FileCitationDeltaAnnotation as FileCitationDeltaAnnotation
    from .file_path_annotation import FilePathAnnotation as FilePathAnnotation
    from .file_path_delta_annotation import FilePathDeltaAnnotation as FilePathDeltaAnnotation
    from .image_file_content_block import ImageFileContentBlock as ImageFileContentBlock
    from .image_file_content_block_param import ImageFileContentBlockParam as ImageFileContentBlockParam
    from .image_file_delta_block import ImageFileDeltaBlock as ImageFileDeltaBlock
    from .image_url_content_block import ImageURLContentBlock as ImageURLContentBlock
    from .image_url_content_block_param import ImageURLContentBlockParam as ImageURLContentBlockParam
    from .image_url_delta_block import ImageURLDeltaBlock as ImageURLDeltaBlock
    from .message import Message as Message
    from .message_create_params import MessageCreateParams as MessageCreateParams
    from .message_deleted import MessageDeleted as MessageDeleted
    from .message_delta_event import MessageDeltaEvent as MessageDeltaEvent
    from .message_list_params import MessageListParams as MessageListParams
    from .message_update_params import MessageUpdateParams as MessageUpdateParams
    from .refusal_delta_block import RefusalDeltaBlock as RefusalDeltaBlock
    from .required_action_function_tool_call import RequiredActionFunctionToolCall as RequiredActionFunctionToolCall
    from .run import Run as Run
    from .run_create_params import RunCreateParams as RunCreateParams
    from .run_list_params import RunListParams as RunListParams
    from .run_submit_tool_outputs_params import RunSubmitToolOutputsParams as RunSubmitToolOutputsParams
    from .run_update_params import RunUpdateParams as RunUpdateParams
    from .text_content_block_param import TextContentBlockParam as TextContentBlockParam
    from .text_delta_block import TextDeltaBlock as TextDeltaBlock

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS = {
    "Annotation": "annotation",
    "AnnotationParam": "annotation_param",
    "FileCitationAnnotation": "file_citation_annotation",
    "FileCitationDeltaAnnotation": "file_citation_delta_annotation",
    "FilePathAnnotation": "file_path_annotation",
    "FilePathDeltaAnnotation": "file_path_delta_annotation",
    "ImageFileContentBlock": "image_file_content_block",
    "ImageFileContentBlockParam": "image_file_content_block_param",
    "ImageFileDeltaBlock": "image_file_delta_block",
    "ImageURLContentBlock": "image_url_content_block",
    "ImageURLContentBlockParam": "image_url_content_block_param",
    "ImageURLDeltaBlock": "image_url_delta_block",
    "Message": "message",
    "MessageCreateParams": "message_create_params",
    "MessageDeleted": "message_deleted",
    "MessageDeltaEvent": "message_delta_event",
    "MessageListParams": "message_list_params",
    "MessageUpdateParams": "message_update_params",
    "RefusalDeltaBlock": "refusal_delta_block",
    "RequiredActionFunctionToolCall": "required_action_function_tool_call",
    "Run": "run",
    "RunCreateParams": "run_create_params",
    "RunListParams": "run_list_params",
    "RunSubmitToolOutputsParams": "run_submit_tool_outputs_params",
    "RunUpdateParams": "run_update_params",
    "TextContentBlockParam": "text_content_block_param",
    "TextDeltaBlock": "text_delta_block",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
