# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..types.file_content import FileContent as FileContent
    from ..types.shared.oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from ..types.websocket_connection_options import WebSocketConnectionOptions as WebSocketConnectionOptions
    from ..types.websocket_connection_options import WebsocketConnectionOptions as WebsocketConnectionOptions
    from ..types.websocket_reconnection import ReconnectingEvent as ReconnectingEvent
    from ..types.websocket_reconnection import ReconnectingOverrides as ReconnectingOverrides
    from .assistant_supported_models import AssistantSupportedModels as AssistantSupportedModels
    from .audio_model import AudioModel as AudioModel
    from .audio_response_format import AudioResponseFormat as AudioResponseFormat
    from .auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam as AutoFileChunkingStrategyParam
    from .batch import Batch as Batch
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_error import BatchError as BatchError
    from .batch_file_expiration_after_param import BatchFileExpirationAfterParam as BatchFileExpirationAfterParam
    from .batch_list_params import BatchListParams as BatchListParams
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .batch_usage import BatchUsage as BatchUsage
    from .chat_completion_functions_param import ChatCompletionFunctionsParam as ChatCompletionFunctionsParam
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage as ChatCompletionRequestAssistantMessage,
    )
    from .chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage as ChatCompletionRequestDeveloperMessage,
    )
    from .chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage as ChatCompletionRequestFunctionMessage,
    )
    from .chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio as ChatCompletionRequestMessageContentPartAudio,
    )
    from .chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal as ChatCompletionRequestMessageContentPartRefusal,
    )
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage as ChatCompletionRequestSystemMessage,
    )
    from .chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage as ChatCompletionRequestToolMessage,
    )
    from .chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage as ChatCompletionRequestUserMessage,
    )
    from .chat_completion_request_user_message_content_part import (
        ChatCompletionRequestUserMessageContentPart as ChatCompletionRequestUserMessageContentPart,
    )
    from .completion import Completion as Completion
    from .completion_choice import CompletionChoice as CompletionChoice
    from .completion_create_params import CompletionCreateParams as CompletionCreateParams
    from .completion_create_params import CompletionCreateParamsBase as CompletionCreateParamsBase
    from .completion_create_params import CompletionCreateParamsNonStreaming as CompletionCreateParamsNonStreaming
    from .completion_create_params import CompletionCreateParamsStreaming as CompletionCreateParamsStreaming
    from .completion_usage import CompletionUsage as CompletionUsage
    from .container_create_params import ContainerCreateParams as ContainerCreateParams
    from .container_create_response import ContainerCreateResponse as ContainerCreateResponse
    from .container_list_params import ContainerListParams as ContainerListParams
    from .container_list_response import ContainerListResponse as ContainerListResponse
    from .container_retrieve_response import ContainerRetrieveResponse as ContainerRetrieveResponse
    from .context_management_param import ContextManagementParam as ContextManagementParam
    from .context_management_param_param import ContextManagementParamParam as ContextManagementParamParam
    from .conversation_param import ConversationParam as ConversationParam
    from .conversation_param2 import ConversationParam2 as ConversationParam2
    from .conversation_param2_param import ConversationParam2Param as ConversationParam2Param
    from .conversation_param_param import ConversationParamParam as ConversationParamParam
    from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
    from .create_eval_custom_data_source_config_param import (
        CreateEvalCustomDataSourceConfigParam as CreateEvalCustomDataSourceConfigParam,
    )
    from .create_eval_item_param import CreateEvalItemParam as CreateEvalItemParam
    from .create_eval_label_model_grader_param import CreateEvalLabelModelGraderParam as CreateEvalLabelModelGraderParam
    from .create_eval_logs_data_source_config_param import (
        CreateEvalLogsDataSourceConfigParam as CreateEvalLogsDataSourceConfigParam,
    )
    from .create_eval_stored_completions_data_source_config_param import (
        CreateEvalStoredCompletionsDataSourceConfigParam as CreateEvalStoredCompletionsDataSourceConfigParam,
    )
    from .create_message_request_param import CreateMessageRequestParam as CreateMessageRequestParam
    from .create_thread_request_param import CreateThreadRequestParam as CreateThreadRequestParam
    from .create_vector_store_file_request_param import (
        CreateVectorStoreFileRequestParam as CreateVectorStoreFileRequestParam,
    )
    from .deleted_skill import DeletedSkill as DeletedSkill
    from .embedding import Embedding as Embedding
    from .embedding_create_params import EmbeddingCreateParams as EmbeddingCreateParams
    from .embedding_model import EmbeddingModel as EmbeddingModel
    from .error_event import ErrorEvent as ErrorEvent
    from .eval_create_params import EvalCreateParams as EvalCreateParams
    from .eval_create_response import EvalCreateResponse as EvalCreateResponse
    from .eval_custom_data_source_config import EvalCustomDataSourceConfig as EvalCustomDataSourceConfig
    from .eval_delete_response import EvalDeleteResponse as EvalDeleteResponse
    from .eval_list_params import EvalListParams as EvalListParams
    from .eval_list_response import EvalListResponse as EvalListResponse
    from .eval_retrieve_response import EvalRetrieveResponse as EvalRetrieveResponse
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .eval_update_params import EvalUpdateParams as EvalUpdateParams
    from .eval_update_response import EvalUpdateResponse as EvalUpdateResponse
    from .file_chunking_strategy import FileChunkingStrategy as FileChunkingStrategy
    from .file_chunking_strategy_param import FileChunkingStrategyParam as FileChunkingStrategyParam
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_deleted import FileDeleted as FileDeleted
    from .file_expiration_after_param import FileExpirationAfterParam as FileExpirationAfterParam
    from .file_list_params import FileListParams as FileListParams
    from .file_object import FileObject as FileObject
    from .file_purpose import FilePurpose as FilePurpose
    from .file_search_ranking_options import FileSearchRankingOptions as FileSearchRankingOptions
    from .file_search_ranking_options_param import FileSearchRankingOptionsParam as FileSearchRankingOptionsParam
    from .filters import Filters as Filters
    from .filters_param import FiltersParam as FiltersParam
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .function_tool_param_param import FunctionToolParamParam as FunctionToolParamParam
    from .group import Group as Group
    from .hosted_tool_permission_update_param import HostedToolPermissionUpdateParam as HostedToolPermissionUpdateParam
    from .image import Image as Image
    from .image_create_variation_params import ImageCreateVariationParams as ImageCreateVariationParams
    from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
    from .image_edit_params import ImageEditParams as ImageEditParams
    from .image_edit_params import ImageEditParamsBase as ImageEditParamsBase
    from .image_edit_params import ImageEditParamsNonStreaming as ImageEditParamsNonStreaming
    from .image_edit_params import ImageEditParamsStreaming as ImageEditParamsStreaming
    from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
    from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
    from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
    from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
    from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
    from .image_generate_params import ImageGenerateParams as ImageGenerateParams
    from .image_generate_params import ImageGenerateParamsBase as ImageGenerateParamsBase
    from .image_generate_params import ImageGenerateParamsNonStreaming as ImageGenerateParamsNonStreaming
    from .image_generate_params import ImageGenerateParamsStreaming as ImageGenerateParamsStreaming
    from .image_input_reference_param import ImageInputReferenceParam as ImageInputReferenceParam
    from .image_model import ImageModel as ImageModel
    from .image_ref_param2_param import ImageRefParam2Param as ImageRefParam2Param
    from .images_response import ImagesResponse as ImagesResponse
    from .input_param import InputParam as InputParam
    from .input_param_param import InputParamParam as InputParamParam
    from .mcp_approval_response import McpApprovalResponse as McpApprovalResponse
    from .mcp_approval_response_param import McpApprovalResponseParam as McpApprovalResponseParam
    from .message_phase2 import MessagePhase2 as MessagePhase2
    from .message_request_content_text_object_param import (
        MessageRequestContentTextObjectParam as MessageRequestContentTextObjectParam,
    )
    from .model import Model as Model
    from .model_deleted import ModelDeleted as ModelDeleted
    from .model_ids_shared import ModelIdsShared as ModelIdsShared
    from .moderation import Moderation as Moderation
    from .moderation_create_params import ModerationCreateParams as ModerationCreateParams
    from .moderation_create_response import ModerationCreateResponse as ModerationCreateResponse
    from .moderation_image_url_input_param import ModerationImageURLInputParam as ModerationImageURLInputParam
    from .moderation_model import ModerationModel as ModerationModel
    from .moderation_multi_modal_input_param import ModerationMultiModalInputParam as ModerationMultiModalInputParam
    from .moderation_text_input_param import ModerationTextInputParam as ModerationTextInputParam
    from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject as OtherFileChunkingStrategyObject
    from .parallel_tool_calls import ParallelToolCalls as ParallelToolCalls
    from .ranking_options import RankingOptions as RankingOptions
    from .ranking_options_param import RankingOptionsParam as RankingOptionsParam
    from .realtime_session_create_request import RealtimeSessionCreateRequest as RealtimeSessionCreateRequest
    from .realtime_session_create_request_param import (
        RealtimeSessionCreateRequestParam as RealtimeSessionCreateRequestParam,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
    )
    from .realtime_transcription_session_create_request_param import (
        RealtimeTranscriptionSessionCreateRequestParam as RealtimeTranscriptionSessionCreateRequestParam,
    )
    from .response_modalities import ResponseModalities as ResponseModalities
    from .response_stream_options import ResponseStreamOptions as ResponseStreamOptions
    from .response_stream_options_param import ResponseStreamOptionsParam as ResponseStreamOptionsParam
    from .service_tier import ServiceTier as ServiceTier
    from .shared.all_models import AllModels as AllModels
    from .shared.chat_model import ChatModel as ChatModel
    from .shared.comparison_filter import ComparisonFilter as ComparisonFilter
    from .shared.compound_filter import CompoundFilter as CompoundFilter
    from .shared.custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .shared.error_object import ErrorObject as ErrorObject
    from .shared.function_definition import FunctionDefinition as FunctionDefinition
    from .shared.function_parameters import FunctionParameters as FunctionParameters
    from .shared.metadata import Metadata as Metadata
    from .shared.reasoning import Reasoning as Reasoning
    from .shared.reasoning_effort import ReasoningEffort as ReasoningEffort
    from .shared.response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .shared.response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .shared.response_format_text import ResponseFormatText as ResponseFormatText
    from .shared.response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar
    from .shared.response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
    from .shared.responses_model import ResponsesModel as ResponsesModel
    from .skill import Skill as Skill
    from .skill_create_params import SkillCreateParams as SkillCreateParams
    from .skill_list import SkillList as SkillList
    from .skill_list_params import SkillListParams as SkillListParams
    from .skill_update_params import SkillUpdateParams as SkillUpdateParams
    from .static_file_chunking_strategy import StaticFileChunkingStrategy as StaticFileChunkingStrategy
    from .static_file_chunking_strategy_object import (
        StaticFileChunkingStrategyObject as StaticFileChunkingStrategyObject,
    )
    from .static_file_chunking_strategy_object_param import (
        StaticFileChunkingStrategyObjectParam as StaticFileChunkingStrategyObjectParam,
    )
    from .static_file_chunking_strategy_param import StaticFileChunkingStrategyParam as StaticFileChunkingStrategyParam
    from .stop_configuration import StopConfiguration as StopConfiguration
    from .tool_choice_param import ToolChoiceParam as ToolChoiceParam
    from .tool_choice_param_param import ToolChoiceParamParam as ToolChoiceParamParam
    from .truncation_object import TruncationObject as TruncationObject
    from .truncation_object_param import TruncationObjectParam as TruncationObjectParam
    from .upload import Upload as Upload
    from .upload_complete_params import UploadCompleteParams as UploadCompleteParams
    from .upload_create_params import UploadCreateParams as UploadCreateParams
    from .vad_config_param import VadConfigParam as VadConfigParam
    from .vector_store import VectorStore as VectorStore
    from .vector_store_create_params import VectorStoreCreateParams as VectorStoreCreateParams
    from .vector_store_deleted import VectorStoreDeleted as VectorStoreDeleted
    from .vector_store_file_attributes import VectorStoreFileAttributes as VectorStoreFileAttributes
    from .vector_store_file_attributes_param import VectorStoreFileAttributesParam as VectorStoreFileAttributesParam
    from .vector_store_list_params import VectorStoreListParams as VectorStoreListParams
    from .vector_store_search_params import VectorStoreSearchParams as VectorStoreSearchParams
    from .vector_store_search_response import VectorStoreSearchResponse as VectorStoreSearchResponse
    from .vector_store_update_params import VectorStoreUpdateParams as VectorStoreUpdateParams
    from .verbosity import Verbosity as Verbosity
    from .video import Video as Video
    from .video_create_character_params import VideoCreateCharacterParams as VideoCreateCharacterParams
    from .video_create_character_response import VideoCreateCharacterResponse as VideoCreateCharacterResponse
    from .video_create_error import VideoCreateError as VideoCreateError
    from .video_create_params import VideoCreateParams as VideoCreateParams
    from .video_delete_response import VideoDeleteResponse as VideoDeleteResponse
    from .video_download_content_params import VideoDownloadContentParams as VideoDownloadContentParams
    from .video_edit_params import VideoEditParams as VideoEditParams
    from .video_extend_params import VideoExtendParams as VideoExtendParams
    from .video_get_character_response import VideoGetCharacterResponse as VideoGetCharacterResponse
    from .video_list_params import VideoListParams as VideoListParams
    from .video_model import VideoModel as VideoModel
    from .video_model_param import VideoModelParam as VideoModelParam
    from .video_reference_input_param import VideoReferenceInputParam as VideoReferenceInputParam
    from .video_remix_params import VideoRemixParams as VideoRemixParams
    from .video_seconds import VideoSeconds as VideoSeconds
    from .video_size import VideoSize as VideoSize
    from .web_search_location_param import WebSearchLocationParam as WebSearchLocationParam

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "AllModels": "shared.all_models",
    "AssistantSupportedModels": "assistant_supported_models",
    "AudioModel": "audio_model",
    "AudioResponseFormat": "audio_response_format",
    "AutoFileChunkingStrategyParam": "auto_file_chunking_strategy_param",
    "Batch": "batch",
    "BatchCreateParams": "batch_create_params",
    "BatchError": "batch_error",
    "BatchFileExpirationAfterParam": "batch_file_expiration_after_param",
    "BatchListParams": "batch_list_params",
    "BatchRequestCounts": "batch_request_counts",
    "BatchUsage": "batch_usage",
    "ChatCompletionFunctionsParam": "chat_completion_functions_param",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestDeveloperMessage": "chat_completion_request_developer_message",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestMessageContentPartAudio": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartRefusal": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestSystemMessage": "chat_completion_request_system_message",
    "ChatCompletionRequestToolMessage": "chat_completion_request_tool_message",
    "ChatCompletionRequestUserMessage": "chat_completion_request_user_message",
    "ChatCompletionRequestUserMessageContentPart": "chat_completion_request_user_message_content_part",
    "ChatModel": "shared.chat_model",
    "ComparisonFilter": "shared.comparison_filter",
    "Completion": "completion",
    "CompletionChoice": "completion_choice",
    "CompletionCreateParams": "completion_create_params",
    "CompletionCreateParamsBase": "completion_create_params",
    "CompletionCreateParamsNonStreaming": "completion_create_params",
    "CompletionCreateParamsStreaming": "completion_create_params",
    "CompletionUsage": "completion_usage",
    "CompoundFilter": "shared.compound_filter",
    "ContainerCreateParams": "container_create_params",
    "ContainerCreateResponse": "container_create_response",
    "ContainerListParams": "container_list_params",
    "ContainerListResponse": "container_list_response",
    "ContainerRetrieveResponse": "container_retrieve_response",
    "ContextManagementParam": "context_management_param",
    "ContextManagementParamParam": "context_management_param_param",
    "ConversationParam": "conversation_param",
    "ConversationParam2": "conversation_param2",
    "ConversationParam2Param": "conversation_param2_param",
    "ConversationParamParam": "conversation_param_param",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEvalCustomDataSourceConfigParam": "create_eval_custom_data_source_config_param",
    "CreateEvalItemParam": "create_eval_item_param",
    "CreateEvalLabelModelGraderParam": "create_eval_label_model_grader_param",
    "CreateEvalLogsDataSourceConfigParam": "create_eval_logs_data_source_config_param",
    "CreateEvalStoredCompletionsDataSourceConfigParam": "create_eval_stored_completions_data_source_config_param",
    "CreateMessageRequestParam": "create_message_request_param",
    "CreateThreadRequestParam": "create_thread_request_param",
    "CreateVectorStoreFileRequestParam": "create_vector_store_file_request_param",
    "CustomToolInputFormat": "shared.custom_tool_input_format",
    "DeletedSkill": "deleted_skill",
    "Embedding": "embedding",
    "EmbeddingCreateParams": "embedding_create_params",
    "EmbeddingModel": "embedding_model",
    "ErrorEvent": "error_event",
    "ErrorObject": "shared.error_object",
    "EvalCreateParams": "eval_create_params",
    "EvalCreateResponse": "eval_create_response",
    "EvalCustomDataSourceConfig": "eval_custom_data_source_config",
    "EvalDeleteResponse": "eval_delete_response",
    "EvalListParams": "eval_list_params",
    "EvalListResponse": "eval_list_response",
    "EvalRetrieveResponse": "eval_retrieve_response",
    "EvalStoredCompletionsDataSourceConfig": "eval_stored_completions_data_source_config",
    "EvalUpdateParams": "eval_update_params",
    "EvalUpdateResponse": "eval_update_response",
    "FileChunkingStrategy": "file_chunking_strategy",
    "FileChunkingStrategyParam": "file_chunking_strategy_param",
    "FileContent": ".types.file_content",
    "FileCreateParams": "file_create_params",
    "FileDeleted": "file_deleted",
    "FileExpirationAfterParam": "file_expiration_after_param",
    "FileListParams": "file_list_params",
    "FileObject": "file_object",
    "FilePurpose": "file_purpose",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchRankingOptionsParam": "file_search_ranking_options_param",
    "Filters": "filters",
    "FiltersParam": "filters_param",
    "FunctionDefinition": "shared.function_definition",
    "FunctionParameters": "shared.function_parameters",
    "FunctionToolParam": "function_tool_param",
    "FunctionToolParamParam": "function_tool_param_param",
    "Group": "group",
    "HostedToolPermissionUpdateParam": "hosted_tool_permission_update_param",
    "Image": "image",
    "ImageCreateVariationParams": "image_create_variation_params",
    "ImageEditCompletedEvent": "image_edit_completed_event",
    "ImageEditParams": "image_edit_params",
    "ImageEditParamsBase": "image_edit_params",
    "ImageEditParamsNonStreaming": "image_edit_params",
    "ImageEditParamsStreaming": "image_edit_params",
    "ImageEditPartialImageEvent": "image_edit_partial_image_event",
    "ImageEditStreamEvent": "image_edit_stream_event",
    "ImageGenCompletedEvent": "image_gen_completed_event",
    "ImageGenPartialImageEvent": "image_gen_partial_image_event",
    "ImageGenStreamEvent": "image_gen_stream_event",
    "ImageGenerateParams": "image_generate_params",
    "ImageGenerateParamsBase": "image_generate_params",
    "ImageGenerateParamsNonStreaming": "image_generate_params",
    "ImageGenerateParamsStreaming": "image_generate_params",
    "ImageInputReferenceParam": "image_input_reference_param",
    "ImageModel": "image_model",
    "ImageRefParam2Param": "image_ref_param2_param",
    "ImagesResponse": "images_response",
    "InputParam": "input_param",
    "InputParamParam": "input_param_param",
    "McpApprovalResponse": "mcp_approval_response",
    "McpApprovalResponseParam": "mcp_approval_response_param",
    "MessagePhase2": "message_phase2",
    "MessageRequestContentTextObjectParam": "message_request_content_text_object_param",
    "Metadata": "shared.metadata",
    "Model": "model",
    "ModelDeleted": "model_deleted",
    "ModelIdsShared": "model_ids_shared",
    "Moderation": "moderation",
    "ModerationCreateParams": "moderation_create_params",
    "ModerationCreateResponse": "moderation_create_response",
    "ModerationImageURLInputParam": "moderation_image_url_input_param",
    "ModerationModel": "moderation_model",
    "ModerationMultiModalInputParam": "moderation_multi_modal_input_param",
    "ModerationTextInputParam": "moderation_text_input_param",
    "OAuthErrorCode": ".types.shared.oauth_error_code",
    "OtherFileChunkingStrategyObject": "other_file_chunking_strategy_object",
    "ParallelToolCalls": "parallel_tool_calls",
    "RankingOptions": "ranking_options",
    "RankingOptionsParam": "ranking_options_param",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeSessionCreateRequestParam": "realtime_session_create_request_param",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestParam": "realtime_transcription_session_create_request_param",
    "Reasoning": "shared.reasoning",
    "ReasoningEffort": "shared.reasoning_effort",
    "ReconnectingEvent": ".types.websocket_reconnection",
    "ReconnectingOverrides": ".types.websocket_reconnection",
    "ResponseFormatJSONObject": "shared.response_format_json_object",
    "ResponseFormatJSONSchema": "shared.response_format_json_schema",
    "ResponseFormatText": "shared.response_format_text",
    "ResponseFormatTextGrammar": "shared.response_format_text_grammar",
    "ResponseFormatTextPython": "shared.response_format_text_python",
    "ResponseModalities": "response_modalities",
    "ResponseStreamOptions": "response_stream_options",
    "ResponseStreamOptionsParam": "response_stream_options_param",
    "ResponsesModel": "shared.responses_model",
    "ServiceTier": "service_tier",
    "Skill": "skill",
    "SkillCreateParams": "skill_create_params",
    "SkillList": "skill_list",
    "SkillListParams": "skill_list_params",
    "SkillUpdateParams": "skill_update_params",
    "StaticFileChunkingStrategy": "static_file_chunking_strategy",
    "StaticFileChunkingStrategyObject": "static_file_chunking_strategy_object",
    "StaticFileChunkingStrategyObjectParam": "static_file_chunking_strategy_object_param",
    "StaticFileChunkingStrategyParam": "static_file_chunking_strategy_param",
    "StopConfiguration": "stop_configuration",
    "ToolChoiceParam": "tool_choice_param",
    "ToolChoiceParamParam": "tool_choice_param_param",
    "TruncationObject": "truncation_object",
    "TruncationObjectParam": "truncation_object_param",
    "Upload": "upload",
    "UploadCompleteParams": "upload_complete_params",
    "UploadCreateParams": "upload_create_params",
    "VadConfigParam": "vad_config_param",
    "VectorStore": "vector_store",
    "VectorStoreCreateParams": "vector_store_create_params",
    "VectorStoreDeleted": "vector_store_deleted",
    "VectorStoreFileAttributes": "vector_store_file_attributes",
    "VectorStoreFileAttributesParam": "vector_store_file_attributes_param",
    "VectorStoreListParams": "vector_store_list_params",
    "VectorStoreSearchParams": "vector_store_search_params",
    "VectorStoreSearchResponse": "vector_store_search_response",
    "VectorStoreUpdateParams": "vector_store_update_params",
    "Verbosity": "verbosity",
    "Video": "video",
    "VideoCreateCharacterParams": "video_create_character_params",
    "VideoCreateCharacterResponse": "video_create_character_response",
    "VideoCreateError": "video_create_error",
    "VideoCreateParams": "video_create_params",
    "VideoDeleteResponse": "video_delete_response",
    "VideoDownloadContentParams": "video_download_content_params",
    "VideoEditParams": "video_edit_params",
    "VideoExtendParams": "video_extend_params",
    "VideoGetCharacterResponse": "video_get_character_response",
    "VideoListParams": "video_list_params",
    "VideoModel": "video_model",
    "VideoModelParam": "video_model_param",
    "VideoReferenceInputParam": "video_reference_input_param",
    "VideoRemixParams": "video_remix_params",
    "VideoSeconds": "video_seconds",
    "VideoSize": "video_size",
    "WebSearchLocationParam": "web_search_location_param",
    "WebSocketConnectionOptions": ".types.websocket_connection_options",
    "WebsocketConnectionOptions": ".types.websocket_connection_options",
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
