# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..types.file_content import FileContent as FileContent
    from ..types.shared.oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from ..types.websocket_connection_options import WebSocketConnectionOptions as WebSocketConnectionOptions
    from ..types.websocket_connection_options import WebsocketConnectionOptions as WebsocketConnectionOptions
    from .apply_patch_call_output_status import ApplyPatchCallOutputStatus as ApplyPatchCallOutputStatus
    from .apply_patch_call_output_status_param import ApplyPatchCallOutputStatusParam as ApplyPatchCallOutputStatusParam
    from .apply_patch_call_status import ApplyPatchCallStatus as ApplyPatchCallStatus
    from .apply_patch_call_status_param import ApplyPatchCallStatusParam as ApplyPatchCallStatusParam
    from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation as ApplyPatchCreateFileOperation
    from .apply_patch_create_file_operation_param import (
        ApplyPatchCreateFileOperationParam as ApplyPatchCreateFileOperationParam,
    )
    from .apply_patch_create_file_operation_param_param import (
        ApplyPatchCreateFileOperationParamParam as ApplyPatchCreateFileOperationParamParam,
    )
    from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation as ApplyPatchDeleteFileOperation
    from .apply_patch_delete_file_operation_param import (
        ApplyPatchDeleteFileOperationParam as ApplyPatchDeleteFileOperationParam,
    )
    from .apply_patch_delete_file_operation_param_param import (
        ApplyPatchDeleteFileOperationParamParam as ApplyPatchDeleteFileOperationParamParam,
    )
    from .apply_patch_operation_param import ApplyPatchOperationParam as ApplyPatchOperationParam
    from .apply_patch_operation_param_param import ApplyPatchOperationParamParam as ApplyPatchOperationParamParam
    from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam as ApplyPatchToolCallItemParam
    from .apply_patch_tool_call_item_param_param import (
        ApplyPatchToolCallItemParamParam as ApplyPatchToolCallItemParamParam,
    )
    from .apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam as ApplyPatchToolCallOutputItemParam,
    )
    from .apply_patch_tool_call_output_item_param_param import (
        ApplyPatchToolCallOutputItemParamParam as ApplyPatchToolCallOutputItemParamParam,
    )
    from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation as ApplyPatchUpdateFileOperation
    from .apply_patch_update_file_operation_param import (
        ApplyPatchUpdateFileOperationParam as ApplyPatchUpdateFileOperationParam,
    )
    from .apply_patch_update_file_operation_param_param import (
        ApplyPatchUpdateFileOperationParamParam as ApplyPatchUpdateFileOperationParamParam,
    )
    from .approximate_location import ApproximateLocation as ApproximateLocation
    from .approximate_location_param import ApproximateLocationParam as ApproximateLocationParam
    from .assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
    from .assistant_supported_models import AssistantSupportedModels as AssistantSupportedModels
    from .assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly as AssistantToolsFileSearchTypeOnly,
    )
    from .assistant_tools_file_search_type_only_param import (
        AssistantToolsFileSearchTypeOnlyParam as AssistantToolsFileSearchTypeOnlyParam,
    )
    from .audio_model import AudioModel as AudioModel
    from .audio_response_format import AudioResponseFormat as AudioResponseFormat
    from .audio_transcription_response import AudioTranscriptionResponse as AudioTranscriptionResponse
    from .audit_log_actor import AuditLogActor as AuditLogActor
    from .audit_log_actor_api_key import AuditLogActorAPIKey as AuditLogActorAPIKey
    from .audit_log_actor_service_account import AuditLogActorServiceAccount as AuditLogActorServiceAccount
    from .audit_log_actor_session import AuditLogActorSession as AuditLogActorSession
    from .audit_log_actor_user import AuditLogActorUser as AuditLogActorUser
    from .audit_log_event_type import AuditLogEventType as AuditLogEventType
    from .auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam as AutoCodeInterpreterToolParam
    from .auto_code_interpreter_tool_param_param import (
        AutoCodeInterpreterToolParamParam as AutoCodeInterpreterToolParamParam,
    )
    from .auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam as AutoFileChunkingStrategyParam
    from .batch import Batch as Batch
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_error import BatchError as BatchError
    from .batch_file_expiration_after_param import BatchFileExpirationAfterParam as BatchFileExpirationAfterParam
    from .batch_list_params import BatchListParams as BatchListParams
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .batch_usage import BatchUsage as BatchUsage
    from .chat_completion_allowed_tools_choice_param import (
        ChatCompletionAllowedToolsChoiceParam as ChatCompletionAllowedToolsChoiceParam,
    )
    from .chat_completion_allowed_tools_param import ChatCompletionAllowedToolsParam as ChatCompletionAllowedToolsParam
    from .chat_completion_function_call_option_param import (
        ChatCompletionFunctionCallOptionParam as ChatCompletionFunctionCallOptionParam,
    )
    from .chat_completion_functions_param import ChatCompletionFunctionsParam as ChatCompletionFunctionsParam
    from .chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk as ChatCompletionMessageToolCallChunk,
    )
    from .chat_completion_message_tool_calls import ChatCompletionMessageToolCalls as ChatCompletionMessageToolCalls
    from .chat_completion_message_tool_calls_param import (
        ChatCompletionMessageToolCallsParam as ChatCompletionMessageToolCallsParam,
    )
    from .chat_completion_named_tool_choice_custom_param import (
        ChatCompletionNamedToolChoiceCustomParam as ChatCompletionNamedToolChoiceCustomParam,
    )
    from .chat_completion_named_tool_choice_param import (
        ChatCompletionNamedToolChoiceParam as ChatCompletionNamedToolChoiceParam,
    )
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage as ChatCompletionRequestAssistantMessage,
    )
    from .chat_completion_request_assistant_message_content_part import (
        ChatCompletionRequestAssistantMessageContentPart as ChatCompletionRequestAssistantMessageContentPart,
    )
    from .chat_completion_request_assistant_message_content_part_param import (
        ChatCompletionRequestAssistantMessageContentPartParam as ChatCompletionRequestAssistantMessageContentPartParam,
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
    from .chat_completion_request_message_content_part_audio_param import (
        ChatCompletionRequestMessageContentPartAudioParam as ChatCompletionRequestMessageContentPartAudioParam,
    )
    from .chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile as ChatCompletionRequestMessageContentPartFile,
    )
    from .chat_completion_request_message_content_part_file_param import (
        ChatCompletionRequestMessageContentPartFileParam as ChatCompletionRequestMessageContentPartFileParam,
    )
    from .chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal as ChatCompletionRequestMessageContentPartRefusal,
    )
    from .chat_completion_request_message_content_part_refusal_param import (
        ChatCompletionRequestMessageContentPartRefusalParam as ChatCompletionRequestMessageContentPartRefusalParam,
    )
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage as ChatCompletionRequestSystemMessage,
    )
    from .chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart as ChatCompletionRequestSystemMessageContentPart,
    )
    from .chat_completion_request_system_message_content_part_param import (
        ChatCompletionRequestSystemMessageContentPartParam as ChatCompletionRequestSystemMessageContentPartParam,
    )
    from .chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage as ChatCompletionRequestToolMessage,
    )
    from .chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart as ChatCompletionRequestToolMessageContentPart,
    )
    from .chat_completion_request_tool_message_content_part_param import (
        ChatCompletionRequestToolMessageContentPartParam as ChatCompletionRequestToolMessageContentPartParam,
    )
    from .chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage as ChatCompletionRequestUserMessage,
    )
    from .chat_completion_request_user_message_content_part import (
        ChatCompletionRequestUserMessageContentPart as ChatCompletionRequestUserMessageContentPart,
    )
    from .chat_completion_request_user_message_content_part_param import (
        ChatCompletionRequestUserMessageContentPartParam as ChatCompletionRequestUserMessageContentPartParam,
    )
    from .chat_completion_stream_options_param import (
        ChatCompletionStreamOptionsParam as ChatCompletionStreamOptionsParam,
    )
    from .chat_completion_stream_response_delta import (
        ChatCompletionStreamResponseDelta as ChatCompletionStreamResponseDelta,
    )
    from .chat_completion_tool_choice_option_param import (
        ChatCompletionToolChoiceOptionParam as ChatCompletionToolChoiceOptionParam,
    )
    from .click_button_type import ClickButtonType as ClickButtonType
    from .click_param import ClickParam as ClickParam
    from .click_param_param import ClickParamParam as ClickParamParam
    from .code_interpreter_output_image import CodeInterpreterOutputImage as CodeInterpreterOutputImage
    from .code_interpreter_output_image_param import CodeInterpreterOutputImageParam as CodeInterpreterOutputImageParam
    from .code_interpreter_output_logs import CodeInterpreterOutputLogs as CodeInterpreterOutputLogs
    from .code_interpreter_output_logs_param import CodeInterpreterOutputLogsParam as CodeInterpreterOutputLogsParam
    from .compaction_trigger_item_param import CompactionTriggerItemParam as CompactionTriggerItemParam
    from .compaction_trigger_item_param_param import CompactionTriggerItemParamParam as CompactionTriggerItemParamParam
    from .completion import Completion as Completion
    from .completion_choice import CompletionChoice as CompletionChoice
    from .completion_create_params import CompletionCreateParams as CompletionCreateParams
    from .completion_usage import CompletionUsage as CompletionUsage
    from .computer_call_output_item_param import ComputerCallOutputItemParam as ComputerCallOutputItemParam
    from .computer_call_output_item_param_param import (
        ComputerCallOutputItemParamParam as ComputerCallOutputItemParamParam,
    )
    from .computer_call_output_status import ComputerCallOutputStatus as ComputerCallOutputStatus
    from .computer_call_safety_check_param import ComputerCallSafetyCheckParam as ComputerCallSafetyCheckParam
    from .computer_call_safety_check_param_param import (
        ComputerCallSafetyCheckParamParam as ComputerCallSafetyCheckParamParam,
    )
    from .computer_environment import ComputerEnvironment as ComputerEnvironment
    from .container_create_params import ContainerCreateParams as ContainerCreateParams
    from .container_create_response import ContainerCreateResponse as ContainerCreateResponse
    from .container_file_resource import ContainerFileResource as ContainerFileResource
    from .container_list_params import ContainerListParams as ContainerListParams
    from .container_list_response import ContainerListResponse as ContainerListResponse
    from .container_memory_limit import ContainerMemoryLimit as ContainerMemoryLimit
    from .container_resource import ContainerResource as ContainerResource
    from .container_retrieve_response import ContainerRetrieveResponse as ContainerRetrieveResponse
    from .context_management_param import ContextManagementParam as ContextManagementParam
    from .context_management_param_param import ContextManagementParamParam as ContextManagementParamParam
    from .conversation_create_params import ConversationCreateParams as ConversationCreateParams
    from .conversation_param import ConversationParam as ConversationParam
    from .conversation_param2 import ConversationParam2 as ConversationParam2
    from .conversation_param2_param import ConversationParam2Param as ConversationParam2Param
    from .conversation_param_param import ConversationParamParam as ConversationParamParam
    from .conversation_update_params import ConversationUpdateParams as ConversationUpdateParams
    from .coord_param import CoordParam as CoordParam
    from .coord_param_param import CoordParamParam as CoordParamParam
    from .costs_result import CostsResult as CostsResult
    from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
    from .create_eval_custom_data_source_config_param import (
        CreateEvalCustomDataSourceConfigParam as CreateEvalCustomDataSourceConfigParam,
    )
    from .create_eval_item_param import CreateEvalItemParam as CreateEvalItemParam
    from .create_eval_label_model_grader_param import CreateEvalLabelModelGraderParam as CreateEvalLabelModelGraderParam
    from .create_eval_logs_data_source_config_param import (
        CreateEvalLogsDataSourceConfigParam as CreateEvalLogsDataSourceConfigParam,
    )
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource as CreateEvalResponsesRunDataSource,
    )
    from .create_eval_responses_run_data_source_param import (
        CreateEvalResponsesRunDataSourceParam as CreateEvalResponsesRunDataSourceParam,
    )
    from .create_eval_stored_completions_data_source_config_param import (
        CreateEvalStoredCompletionsDataSourceConfigParam as CreateEvalStoredCompletionsDataSourceConfigParam,
    )
    from .create_message_request_param import CreateMessageRequestParam as CreateMessageRequestParam
    from .create_thread_request_param import CreateThreadRequestParam as CreateThreadRequestParam
    from .create_vector_store_file_request_param import (
        CreateVectorStoreFileRequestParam as CreateVectorStoreFileRequestParam,
    )
    from .custom_grammar_format_param import CustomGrammarFormatParam as CustomGrammarFormatParam
    from .custom_grammar_format_param_param import CustomGrammarFormatParamParam as CustomGrammarFormatParamParam
    from .custom_text_format_param import CustomTextFormatParam as CustomTextFormatParam
    from .custom_text_format_param_param import CustomTextFormatParamParam as CustomTextFormatParamParam
    from .custom_tool_chat_completions_param import CustomToolChatCompletionsParam as CustomToolChatCompletionsParam
    from .deleted_skill import DeletedSkill as DeletedSkill
    from .detail_enum import DetailEnum as DetailEnum
    from .done_event import DoneEvent as DoneEvent
    from .double_click_action import DoubleClickAction as DoubleClickAction
    from .double_click_action_param import DoubleClickActionParam as DoubleClickActionParam
    from .drag_param import DragParam as DragParam
    from .drag_param_param import DragParamParam as DragParamParam
    from .embedding import Embedding as Embedding
    from .embedding_create_params import EmbeddingCreateParams as EmbeddingCreateParams
    from .embedding_model import EmbeddingModel as EmbeddingModel
    from .empty_model_param import EmptyModelParam as EmptyModelParam
    from .empty_model_param_param import EmptyModelParamParam as EmptyModelParamParam
    from .error_event import ErrorEvent as ErrorEvent
    from .eval import Eval as Eval
    from .eval_create_params import EvalCreateParams as EvalCreateParams
    from .eval_create_response import EvalCreateResponse as EvalCreateResponse
    from .eval_custom_data_source_config import EvalCustomDataSourceConfig as EvalCustomDataSourceConfig
    from .eval_delete_response import EvalDeleteResponse as EvalDeleteResponse
    from .eval_grader_label_model import EvalGraderLabelModel as EvalGraderLabelModel
    from .eval_grader_python import EvalGraderPython as EvalGraderPython
    from .eval_grader_python_param import EvalGraderPythonParam as EvalGraderPythonParam
    from .eval_grader_score_model import EvalGraderScoreModel as EvalGraderScoreModel
    from .eval_grader_score_model_param import EvalGraderScoreModelParam as EvalGraderScoreModelParam
    from .eval_grader_string_check import EvalGraderStringCheck as EvalGraderStringCheck
    from .eval_grader_string_check_param import EvalGraderStringCheckParam as EvalGraderStringCheckParam
    from .eval_grader_text_similarity import EvalGraderTextSimilarity as EvalGraderTextSimilarity
    from .eval_grader_text_similarity_param import EvalGraderTextSimilarityParam as EvalGraderTextSimilarityParam
    from .eval_item import EvalItem as EvalItem
    from .eval_item_content import EvalItemContent as EvalItemContent
    from .eval_item_content_item import EvalItemContentItem as EvalItemContentItem
    from .eval_item_content_item_param import EvalItemContentItemParam as EvalItemContentItemParam
    from .eval_item_content_output_text import EvalItemContentOutputText as EvalItemContentOutputText
    from .eval_item_content_output_text_param import EvalItemContentOutputTextParam as EvalItemContentOutputTextParam
    from .eval_item_content_param import EvalItemContentParam as EvalItemContentParam
    from .eval_item_content_text import EvalItemContentText as EvalItemContentText
    from .eval_item_input_image import EvalItemInputImage as EvalItemInputImage
    from .eval_item_input_image_param import EvalItemInputImageParam as EvalItemInputImageParam
    from .eval_item_param import EvalItemParam as EvalItemParam
    from .eval_jsonl_file_content_source import EvalJsonlFileContentSource as EvalJsonlFileContentSource
    from .eval_jsonl_file_content_source_param import EvalJsonlFileContentSourceParam as EvalJsonlFileContentSourceParam
    from .eval_jsonl_file_id_source import EvalJsonlFileIDSource as EvalJsonlFileIDSource
    from .eval_jsonl_file_id_source_param import EvalJsonlFileIDSourceParam as EvalJsonlFileIDSourceParam
    from .eval_list_params import EvalListParams as EvalListParams
    from .eval_list_response import EvalListResponse as EvalListResponse
    from .eval_logs_data_source_config import EvalLogsDataSourceConfig as EvalLogsDataSourceConfig
    from .eval_responses_source import EvalResponsesSource as EvalResponsesSource
    from .eval_responses_source_param import EvalResponsesSourceParam as EvalResponsesSourceParam
    from .eval_retrieve_response import EvalRetrieveResponse as EvalRetrieveResponse
    from .eval_run import EvalRun as EvalRun
    from .eval_run_output_item import EvalRunOutputItem as EvalRunOutputItem
    from .eval_run_output_item_result import EvalRunOutputItemResult as EvalRunOutputItemResult
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .eval_stored_completions_source import EvalStoredCompletionsSource as EvalStoredCompletionsSource
    from .eval_stored_completions_source_param import (
        EvalStoredCompletionsSourceParam as EvalStoredCompletionsSourceParam,
    )
    from .eval_update_params import EvalUpdateParams as EvalUpdateParams
    from .eval_update_response import EvalUpdateResponse as EvalUpdateResponse
    from .file_chunking_strategy import FileChunkingStrategy as FileChunkingStrategy
    from .file_chunking_strategy_param import FileChunkingStrategyParam as FileChunkingStrategyParam
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_deleted import FileDeleted as FileDeleted
    from .file_detail_enum import FileDetailEnum as FileDetailEnum
    from .file_expiration_after_param import FileExpirationAfterParam as FileExpirationAfterParam
    from .file_input_detail import FileInputDetail as FileInputDetail
    from .file_list_params import FileListParams as FileListParams
    from .file_object import FileObject as FileObject
    from .file_purpose import FilePurpose as FilePurpose
    from .file_search_ranker import FileSearchRanker as FileSearchRanker
    from .file_search_ranking_options import FileSearchRankingOptions as FileSearchRankingOptions
    from .file_search_ranking_options_param import FileSearchRankingOptionsParam as FileSearchRankingOptionsParam
    from .filters import Filters as Filters
    from .filters_param import FiltersParam as FiltersParam
    from .fine_tune_method import FineTuneMethod as FineTuneMethod
    from .fine_tune_method_param import FineTuneMethodParam as FineTuneMethodParam
    from .fine_tuning_checkpoint_permission import FineTuningCheckpointPermission as FineTuningCheckpointPermission
    from .function_and_custom_tool_call_output import FunctionAndCustomToolCallOutput as FunctionAndCustomToolCallOutput
    from .function_and_custom_tool_call_output_param import (
        FunctionAndCustomToolCallOutputParam as FunctionAndCustomToolCallOutputParam,
    )
    from .function_call_item_status import FunctionCallItemStatus as FunctionCallItemStatus
    from .function_call_output_item_param import FunctionCallOutputItemParam as FunctionCallOutputItemParam
    from .function_call_output_item_param_param import (
        FunctionCallOutputItemParamParam as FunctionCallOutputItemParamParam,
    )
    from .function_call_output_status_enum import FunctionCallOutputStatusEnum as FunctionCallOutputStatusEnum
    from .function_call_status import FunctionCallStatus as FunctionCallStatus
    from .function_shell_action import FunctionShellAction as FunctionShellAction
    from .function_shell_action_param import FunctionShellActionParam as FunctionShellActionParam
    from .function_shell_action_param_param import FunctionShellActionParamParam as FunctionShellActionParamParam
    from .function_shell_call_item_param import FunctionShellCallItemParam as FunctionShellCallItemParam
    from .function_shell_call_item_param_param import FunctionShellCallItemParamParam as FunctionShellCallItemParamParam
    from .function_shell_call_item_status import FunctionShellCallItemStatus as FunctionShellCallItemStatus
    from .function_shell_call_output_content import FunctionShellCallOutputContent as FunctionShellCallOutputContent
    from .function_shell_call_output_exit_outcome import (
        FunctionShellCallOutputExitOutcome as FunctionShellCallOutputExitOutcome,
    )
    from .function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam as FunctionShellCallOutputExitOutcomeParam,
    )
    from .function_shell_call_output_exit_outcome_param_param import (
        FunctionShellCallOutputExitOutcomeParamParam as FunctionShellCallOutputExitOutcomeParamParam,
    )
    from .function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam as FunctionShellCallOutputItemParam,
    )
    from .function_shell_call_output_item_param_param import (
        FunctionShellCallOutputItemParamParam as FunctionShellCallOutputItemParamParam,
    )
    from .function_shell_call_output_outcome_param import (
        FunctionShellCallOutputOutcomeParam as FunctionShellCallOutputOutcomeParam,
    )
    from .function_shell_call_output_outcome_param_param import (
        FunctionShellCallOutputOutcomeParamParam as FunctionShellCallOutputOutcomeParamParam,
    )
    from .function_shell_call_output_status_enum import (
        FunctionShellCallOutputStatusEnum as FunctionShellCallOutputStatusEnum,
    )
    from .function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome as FunctionShellCallOutputTimeoutOutcome,
    )
    from .function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam as FunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .function_shell_call_output_timeout_outcome_param_param import (
        FunctionShellCallOutputTimeoutOutcomeParamParam as FunctionShellCallOutputTimeoutOutcomeParamParam,
    )
    from .function_shell_call_status import FunctionShellCallStatus as FunctionShellCallStatus
    from .function_tool_call_output import FunctionToolCallOutput as FunctionToolCallOutput
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .function_tool_param_param import FunctionToolParamParam as FunctionToolParamParam
    from .grammar_syntax1 import GrammarSyntax1 as GrammarSyntax1
    from .group import Group as Group
    from .hosted_tool_permission import HostedToolPermission as HostedToolPermission
    from .hosted_tool_permission_update_param import HostedToolPermissionUpdateParam as HostedToolPermissionUpdateParam
    from .hybrid_search_options import HybridSearchOptions as HybridSearchOptions
    from .hybrid_search_options_param import HybridSearchOptionsParam as HybridSearchOptionsParam
    from .image import Image as Image
    from .image_create_variation_params import ImageCreateVariationParams as ImageCreateVariationParams
    from .image_detail import ImageDetail as ImageDetail
    from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
    from .image_edit_params import ImageEditParams as ImageEditParams
    from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
    from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
    from .image_gen_action_enum import ImageGenActionEnum as ImageGenActionEnum
    from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
    from .image_gen_input_usage_details import ImageGenInputUsageDetails as ImageGenInputUsageDetails
    from .image_gen_output_tokens_details import ImageGenOutputTokensDetails as ImageGenOutputTokensDetails
    from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
    from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
    from .image_gen_usage import ImageGenUsage as ImageGenUsage
    from .image_generate_params import ImageGenerateParams as ImageGenerateParams
    from .image_input_reference_param import ImageInputReferenceParam as ImageInputReferenceParam
    from .image_model import ImageModel as ImageModel
    from .image_ref_param2_param import ImageRefParam2Param as ImageRefParam2Param
    from .images_response import ImagesResponse as ImagesResponse
    from .images_usage import ImagesUsage as ImagesUsage
    from .input_fidelity import InputFidelity as InputFidelity
    from .input_message import InputMessage as InputMessage
    from .input_message_param import InputMessageParam as InputMessageParam
    from .input_param import InputParam as InputParam
    from .input_param_param import InputParamParam as InputParamParam
    from .item import Item as Item
    from .item_field import ItemField as ItemField
    from .item_param import ItemParam as ItemParam
    from .item_reference_param import ItemReferenceParam as ItemReferenceParam
    from .item_reference_param_param import ItemReferenceParamParam as ItemReferenceParamParam
    from .key_press_action import KeyPressAction as KeyPressAction
    from .key_press_action_param import KeyPressActionParam as KeyPressActionParam
    from .local_shell_exec_action import LocalShellExecAction as LocalShellExecAction
    from .local_shell_exec_action_param import LocalShellExecActionParam as LocalShellExecActionParam
    from .log_prob import LogProb as LogProb
    from .log_prob_param import LogProbParam as LogProbParam
    from .mcp_approval_response import McpApprovalResponse as McpApprovalResponse
    from .mcp_approval_response_param import McpApprovalResponseParam as McpApprovalResponseParam
    from .mcp_list_tools_tool import McpListToolsTool as McpListToolsTool
    from .mcp_list_tools_tool_param import McpListToolsToolParam as McpListToolsToolParam
    from .mcp_tool_call_status import McpToolCallStatus as McpToolCallStatus
    from .mcp_tool_filter import McpToolFilter as McpToolFilter
    from .mcp_tool_filter_param import McpToolFilterParam as McpToolFilterParam
    from .message_phase import MessagePhase as MessagePhase
    from .message_phase2 import MessagePhase2 as MessagePhase2
    from .message_request_content_text_object_param import (
        MessageRequestContentTextObjectParam as MessageRequestContentTextObjectParam,
    )
    from .message_role import MessageRole as MessageRole
    from .message_status import MessageStatus as MessageStatus
    from .message_stream_event import MessageStreamEvent as MessageStreamEvent
    from .model import Model as Model
    from .model_deleted import ModelDeleted as ModelDeleted
    from .model_ids_compaction import ModelIdsCompaction as ModelIdsCompaction
    from .model_ids_shared import ModelIdsShared as ModelIdsShared
    from .moderation import Moderation as Moderation
    from .moderation_create_params import ModerationCreateParams as ModerationCreateParams
    from .moderation_create_response import ModerationCreateResponse as ModerationCreateResponse
    from .moderation_model import ModerationModel as ModerationModel
    from .move_param import MoveParam as MoveParam
    from .move_param_param import MoveParamParam as MoveParamParam
    from .order_enum import OrderEnum as OrderEnum
    from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject as OtherFileChunkingStrategyObject
    from .output_content import OutputContent as OutputContent
    from .output_message_content import OutputMessageContent as OutputMessageContent
    from .output_message_content_param import OutputMessageContentParam as OutputMessageContentParam
    from .parallel_tool_calls import ParallelToolCalls as ParallelToolCalls
    from .partial_images import PartialImages as PartialImages
    from .prediction_content_param import PredictionContentParam as PredictionContentParam
    from .project_api_key_owner_service_account import (
        ProjectAPIKeyOwnerServiceAccount as ProjectAPIKeyOwnerServiceAccount,
    )
    from .project_api_key_owner_user import ProjectAPIKeyOwnerUser as ProjectAPIKeyOwnerUser
    from .project_service_account_api_key import ProjectServiceAccountAPIKey as ProjectServiceAccountAPIKey
    from .prompt_cache_retention_enum import PromptCacheRetentionEnum as PromptCacheRetentionEnum
    from .ranker_version_type import RankerVersionType as RankerVersionType
    from .ranking_options import RankingOptions as RankingOptions
    from .ranking_options_param import RankingOptionsParam as RankingOptionsParam
    from .realtime_beta_client_event_output_audio_buffer_clear import (
        RealtimeBetaClientEventOutputAudioBufferClear as RealtimeBetaClientEventOutputAudioBufferClear,
    )
    from .realtime_beta_response_create_params import (
        RealtimeBetaResponseCreateParams as RealtimeBetaResponseCreateParams,
    )
    from .realtime_beta_server_event_conversation_item_retrieved import (
        RealtimeBetaServerEventConversationItemRetrieved as RealtimeBetaServerEventConversationItemRetrieved,
    )
    from .realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved as RealtimeServerEventConversationItemRetrieved,
    )
    from .realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared as RealtimeServerEventOutputAudioBufferCleared,
    )
    from .realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted as RealtimeServerEventOutputAudioBufferStarted,
    )
    from .realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped as RealtimeServerEventOutputAudioBufferStopped,
    )
    from .realtime_session_create_request import RealtimeSessionCreateRequest as RealtimeSessionCreateRequest
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
    )
    from .reasoning_text_content import ReasoningTextContent as ReasoningTextContent
    from .reasoning_text_content_param import ReasoningTextContentParam as ReasoningTextContentParam
    from .response_compact_params import ResponseCompactParams as ResponseCompactParams
    from .response_create_params import ResponseCreateParams as ResponseCreateParams
    from .response_error_code import ResponseErrorCode as ResponseErrorCode
    from .response_format_json_schema_schema import ResponseFormatJSONSchemaSchema as ResponseFormatJSONSchemaSchema
    from .response_format_json_schema_schema_param import (
        ResponseFormatJSONSchemaSchemaParam as ResponseFormatJSONSchemaSchemaParam,
    )
    from .response_modalities import ResponseModalities as ResponseModalities
    from .response_prompt_variables import ResponsePromptVariables as ResponsePromptVariables
    from .response_prompt_variables_param import ResponsePromptVariablesParam as ResponsePromptVariablesParam
    from .response_retrieve_params import ResponseRetrieveParams as ResponseRetrieveParams
    from .response_stream_options import ResponseStreamOptions as ResponseStreamOptions
    from .response_stream_options_param import ResponseStreamOptionsParam as ResponseStreamOptionsParam
    from .run_completion_usage import RunCompletionUsage as RunCompletionUsage
    from .run_step_completion_usage import RunStepCompletionUsage as RunStepCompletionUsage
    from .run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject as RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject as RunStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject as RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from .run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject as RunStepDetailsToolCallsFileSearchResultObject,
    )
    from .run_step_stream_event import RunStepStreamEvent as RunStepStreamEvent
    from .run_stream_event import RunStreamEvent as RunStreamEvent
    from .screenshot_param import ScreenshotParam as ScreenshotParam
    from .screenshot_param_param import ScreenshotParamParam as ScreenshotParamParam
    from .scroll_param import ScrollParam as ScrollParam
    from .scroll_param_param import ScrollParamParam as ScrollParamParam
    from .search_content_type import SearchContentType as SearchContentType
    from .search_context_size import SearchContextSize as SearchContextSize
    from .service_tier import ServiceTier as ServiceTier
    from .service_tier_enum import ServiceTierEnum as ServiceTierEnum
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
    from .spend_alert_notification_channel import SpendAlertNotificationChannel as SpendAlertNotificationChannel
    from .spend_alert_notification_channel_param import (
        SpendAlertNotificationChannelParam as SpendAlertNotificationChannelParam,
    )
    from .static_chunking_strategy_response_param import (
        StaticChunkingStrategyResponseParam as StaticChunkingStrategyResponseParam,
    )
    from .static_file_chunking_strategy import StaticFileChunkingStrategy as StaticFileChunkingStrategy
    from .static_file_chunking_strategy_object import (
        StaticFileChunkingStrategyObject as StaticFileChunkingStrategyObject,
    )
    from .static_file_chunking_strategy_object_param import (
        StaticFileChunkingStrategyObjectParam as StaticFileChunkingStrategyObjectParam,
    )
    from .static_file_chunking_strategy_param import StaticFileChunkingStrategyParam as StaticFileChunkingStrategyParam
    from .stop_configuration import StopConfiguration as StopConfiguration
    from .thread_stream_event import ThreadStreamEvent as ThreadStreamEvent
    from .tool_choice_param import ToolChoiceParam as ToolChoiceParam
    from .tool_choice_param_param import ToolChoiceParamParam as ToolChoiceParamParam
    from .tool_search_call_item_param import ToolSearchCallItemParam as ToolSearchCallItemParam
    from .tool_search_call_item_param_param import ToolSearchCallItemParamParam as ToolSearchCallItemParamParam
    from .tool_search_execution_type import ToolSearchExecutionType as ToolSearchExecutionType
    from .tools_array import ToolsArray as ToolsArray
    from .tools_array_param import ToolsArrayParam as ToolsArrayParam
    from .transcript_text_usage_duration import TranscriptTextUsageDuration as TranscriptTextUsageDuration
    from .transcript_text_usage_tokens import TranscriptTextUsageTokens as TranscriptTextUsageTokens
    from .truncation_enum import TruncationEnum as TruncationEnum
    from .truncation_object import TruncationObject as TruncationObject
    from .truncation_object_param import TruncationObjectParam as TruncationObjectParam
    from .type_param import TypeParam as TypeParam
    from .type_param_param import TypeParamParam as TypeParamParam
    from .upload import Upload as Upload
    from .upload_complete_params import UploadCompleteParams as UploadCompleteParams
    from .upload_create_params import UploadCreateParams as UploadCreateParams
    from .usage_audio_speeches_result import UsageAudioSpeechesResult as UsageAudioSpeechesResult
    from .usage_audio_transcriptions_result import UsageAudioTranscriptionsResult as UsageAudioTranscriptionsResult
    from .usage_code_interpreter_sessions_result import (
        UsageCodeInterpreterSessionsResult as UsageCodeInterpreterSessionsResult,
    )
    from .usage_completions_result import UsageCompletionsResult as UsageCompletionsResult
    from .usage_embeddings_result import UsageEmbeddingsResult as UsageEmbeddingsResult
    from .usage_file_search_calls_result import UsageFileSearchCallsResult as UsageFileSearchCallsResult
    from .usage_images_result import UsageImagesResult as UsageImagesResult
    from .usage_moderations_result import UsageModerationsResult as UsageModerationsResult
    from .usage_response import UsageResponse as UsageResponse
    from .usage_time_bucket import UsageTimeBucket as UsageTimeBucket
    from .usage_vector_stores_result import UsageVectorStoresResult as UsageVectorStoresResult
    from .usage_web_search_calls_result import UsageWebSearchCallsResult as UsageWebSearchCallsResult
    from .vad_config_param import VadConfigParam as VadConfigParam
    from .vector_store import ExpiresAfter as ExpiresAfter
    from .vector_store import VectorStore as VectorStore
    from .vector_store_create_params import VectorStoreCreateParams as VectorStoreCreateParams
    from .vector_store_deleted import VectorStoreDeleted as VectorStoreDeleted
    from .vector_store_expiration_after import VectorStoreExpirationAfter as VectorStoreExpirationAfter
    from .vector_store_expiration_after_param import VectorStoreExpirationAfterParam as VectorStoreExpirationAfterParam
    from .vector_store_file_attributes import VectorStoreFileAttributes as VectorStoreFileAttributes
    from .vector_store_file_attributes_param import VectorStoreFileAttributesParam as VectorStoreFileAttributesParam
    from .vector_store_list_params import VectorStoreListParams as VectorStoreListParams
    from .vector_store_search_params import VectorStoreSearchParams as VectorStoreSearchParams
    from .vector_store_search_response import Content as Content
    from .vector_store_search_response import VectorStoreSearchResponse as VectorStoreSearchResponse
    from .vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject as VectorStoreSearchResultContentObject,
    )
    from .vector_store_update_params import VectorStoreUpdateParams as VectorStoreUpdateParams
    from .verbosity import Verbosity as Verbosity
    from .video import Video as Video
    from .video_character_resource import VideoCharacterResource as VideoCharacterResource
    from .video_content_variant import VideoContentVariant as VideoContentVariant
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
    from .video_reference_input_param_param import VideoReferenceInputParamParam as VideoReferenceInputParamParam
    from .video_remix_params import VideoRemixParams as VideoRemixParams
    from .video_seconds import VideoSeconds as VideoSeconds
    from .video_size import VideoSize as VideoSize
    from .video_status import VideoStatus as VideoStatus
    from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice as VoiceIdsOrCustomVoice
    from .voice_ids_or_custom_voice_param import VoiceIdsOrCustomVoiceParam as VoiceIdsOrCustomVoiceParam
    from .voice_ids_shared import VoiceIdsShared as VoiceIdsShared
    from .wait_param import WaitParam as WaitParam
    from .wait_param_param import WaitParamParam as WaitParamParam
    from .web_search_action_find import WebSearchActionFind as WebSearchActionFind
    from .web_search_action_find_param import WebSearchActionFindParam as WebSearchActionFindParam
    from .web_search_action_open_page import WebSearchActionOpenPage as WebSearchActionOpenPage
    from .web_search_action_open_page_param import WebSearchActionOpenPageParam as WebSearchActionOpenPageParam
    from .web_search_action_search import WebSearchActionSearch as WebSearchActionSearch
    from .web_search_action_search_param import WebSearchActionSearchParam as WebSearchActionSearchParam
    from .web_search_approximate_location import WebSearchApproximateLocation as WebSearchApproximateLocation
    from .web_search_approximate_location_param import (
        WebSearchApproximateLocationParam as WebSearchApproximateLocationParam,
    )
    from .web_search_context_size import WebSearchContextSize as WebSearchContextSize
    from .web_search_location_param import WebSearchLocationParam as WebSearchLocationParam

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "AllModels": "shared.all_models",
    "ApplyPatchCallOutputStatus": "apply_patch_call_output_status",
    "ApplyPatchCallOutputStatusParam": "apply_patch_call_output_status_param",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "ApplyPatchCallStatusParam": "apply_patch_call_status_param",
    "ApplyPatchCreateFileOperation": "apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationParam": "apply_patch_create_file_operation_param",
    "ApplyPatchCreateFileOperationParamParam": "apply_patch_create_file_operation_param_param",
    "ApplyPatchDeleteFileOperation": "apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchDeleteFileOperationParamParam": "apply_patch_delete_file_operation_param_param",
    "ApplyPatchOperationParam": "apply_patch_operation_param",
    "ApplyPatchOperationParamParam": "apply_patch_operation_param_param",
    "ApplyPatchToolCallItemParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallItemParamParam": "apply_patch_tool_call_item_param_param",
    "ApplyPatchToolCallOutputItemParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolCallOutputItemParamParam": "apply_patch_tool_call_output_item_param_param",
    "ApplyPatchUpdateFileOperation": "apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationParam": "apply_patch_update_file_operation_param",
    "ApplyPatchUpdateFileOperationParamParam": "apply_patch_update_file_operation_param_param",
    "ApproximateLocation": "approximate_location",
    "ApproximateLocationParam": "approximate_location_param",
    "AssignedRoleDetails": "assigned_role_details",
    "AssistantSupportedModels": "assistant_supported_models",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFileSearchTypeOnlyParam": "assistant_tools_file_search_type_only_param",
    "AudioModel": "audio_model",
    "AudioResponseFormat": "audio_response_format",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AuditLogActor": "audit_log_actor",
    "AuditLogActorAPIKey": "audit_log_actor_api_key",
    "AuditLogActorServiceAccount": "audit_log_actor_service_account",
    "AuditLogActorSession": "audit_log_actor_session",
    "AuditLogActorUser": "audit_log_actor_user",
    "AuditLogEventType": "audit_log_event_type",
    "AutoCodeInterpreterToolParam": "auto_code_interpreter_tool_param",
    "AutoCodeInterpreterToolParamParam": "auto_code_interpreter_tool_param_param",
    "AutoFileChunkingStrategyParam": "auto_file_chunking_strategy_param",
    "Batch": "batch",
    "BatchCreateParams": "batch_create_params",
    "BatchError": "batch_error",
    "BatchFileExpirationAfterParam": "batch_file_expiration_after_param",
    "BatchListParams": "batch_list_params",
    "BatchRequestCounts": "batch_request_counts",
    "BatchUsage": "batch_usage",
    "ChatCompletionAllowedToolsChoiceParam": "chat_completion_allowed_tools_choice_param",
    "ChatCompletionAllowedToolsParam": "chat_completion_allowed_tools_param",
    "ChatCompletionFunctionCallOptionParam": "chat_completion_function_call_option_param",
    "ChatCompletionFunctionsParam": "chat_completion_functions_param",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCalls": "chat_completion_message_tool_calls",
    "ChatCompletionMessageToolCallsParam": "chat_completion_message_tool_calls_param",
    "ChatCompletionNamedToolChoiceCustomParam": "chat_completion_named_tool_choice_custom_param",
    "ChatCompletionNamedToolChoiceParam": "chat_completion_named_tool_choice_param",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageContentPart": "chat_completion_request_assistant_message_content_part",
    "ChatCompletionRequestAssistantMessageContentPartParam": "chat_completion_request_assistant_message_content_part_param",
    "ChatCompletionRequestDeveloperMessage": "chat_completion_request_developer_message",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestMessageContentPartAudio": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioParam": "chat_completion_request_message_content_part_audio_param",
    "ChatCompletionRequestMessageContentPartFile": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartFileParam": "chat_completion_request_message_content_part_file_param",
    "ChatCompletionRequestMessageContentPartRefusal": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartRefusalParam": "chat_completion_request_message_content_part_refusal_param",
    "ChatCompletionRequestSystemMessage": "chat_completion_request_system_message",
    "ChatCompletionRequestSystemMessageContentPart": "chat_completion_request_system_message_content_part",
    "ChatCompletionRequestSystemMessageContentPartParam": "chat_completion_request_system_message_content_part_param",
    "ChatCompletionRequestToolMessage": "chat_completion_request_tool_message",
    "ChatCompletionRequestToolMessageContentPart": "chat_completion_request_tool_message_content_part",
    "ChatCompletionRequestToolMessageContentPartParam": "chat_completion_request_tool_message_content_part_param",
    "ChatCompletionRequestUserMessage": "chat_completion_request_user_message",
    "ChatCompletionRequestUserMessageContentPart": "chat_completion_request_user_message_content_part",
    "ChatCompletionRequestUserMessageContentPartParam": "chat_completion_request_user_message_content_part_param",
    "ChatCompletionStreamOptionsParam": "chat_completion_stream_options_param",
    "ChatCompletionStreamResponseDelta": "chat_completion_stream_response_delta",
    "ChatCompletionToolChoiceOptionParam": "chat_completion_tool_choice_option_param",
    "ChatModel": "shared.chat_model",
    "ClickButtonType": "click_button_type",
    "ClickParam": "click_param",
    "ClickParamParam": "click_param_param",
    "CodeInterpreterOutputImage": "code_interpreter_output_image",
    "CodeInterpreterOutputImageParam": "code_interpreter_output_image_param",
    "CodeInterpreterOutputLogs": "code_interpreter_output_logs",
    "CodeInterpreterOutputLogsParam": "code_interpreter_output_logs_param",
    "CompactionTriggerItemParam": "compaction_trigger_item_param",
    "CompactionTriggerItemParamParam": "compaction_trigger_item_param_param",
    "ComparisonFilter": "shared.comparison_filter",
    "Completion": "completion",
    "CompletionChoice": "completion_choice",
    "CompletionCreateParams": "completion_create_params",
    "CompletionUsage": "completion_usage",
    "CompoundFilter": "shared.compound_filter",
    "ComputerCallOutputItemParam": "computer_call_output_item_param",
    "ComputerCallOutputItemParamParam": "computer_call_output_item_param_param",
    "ComputerCallOutputStatus": "computer_call_output_status",
    "ComputerCallSafetyCheckParam": "computer_call_safety_check_param",
    "ComputerCallSafetyCheckParamParam": "computer_call_safety_check_param_param",
    "ComputerEnvironment": "computer_environment",
    "ContainerCreateParams": "container_create_params",
    "ContainerCreateResponse": "container_create_response",
    "ContainerFileResource": "container_file_resource",
    "ContainerListParams": "container_list_params",
    "ContainerListResponse": "container_list_response",
    "ContainerMemoryLimit": "container_memory_limit",
    "ContainerResource": "container_resource",
    "ContainerRetrieveResponse": "container_retrieve_response",
    "Content": "vector_store_search_response",
    "ContextManagementParam": "context_management_param",
    "ContextManagementParamParam": "context_management_param_param",
    "ConversationCreateParams": "conversation_create_params",
    "ConversationParam": "conversation_param",
    "ConversationParam2": "conversation_param2",
    "ConversationParam2Param": "conversation_param2_param",
    "ConversationParamParam": "conversation_param_param",
    "ConversationUpdateParams": "conversation_update_params",
    "CoordParam": "coord_param",
    "CoordParamParam": "coord_param_param",
    "CostsResult": "costs_result",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEvalCustomDataSourceConfigParam": "create_eval_custom_data_source_config_param",
    "CreateEvalItemParam": "create_eval_item_param",
    "CreateEvalLabelModelGraderParam": "create_eval_label_model_grader_param",
    "CreateEvalLogsDataSourceConfigParam": "create_eval_logs_data_source_config_param",
    "CreateEvalResponsesRunDataSource": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceParam": "create_eval_responses_run_data_source_param",
    "CreateEvalStoredCompletionsDataSourceConfigParam": "create_eval_stored_completions_data_source_config_param",
    "CreateMessageRequestParam": "create_message_request_param",
    "CreateThreadRequestParam": "create_thread_request_param",
    "CreateVectorStoreFileRequestParam": "create_vector_store_file_request_param",
    "CustomGrammarFormatParam": "custom_grammar_format_param",
    "CustomGrammarFormatParamParam": "custom_grammar_format_param_param",
    "CustomTextFormatParam": "custom_text_format_param",
    "CustomTextFormatParamParam": "custom_text_format_param_param",
    "CustomToolChatCompletionsParam": "custom_tool_chat_completions_param",
    "CustomToolInputFormat": "shared.custom_tool_input_format",
    "DeletedSkill": "deleted_skill",
    "DetailEnum": "detail_enum",
    "DoneEvent": "done_event",
    "DoubleClickAction": "double_click_action",
    "DoubleClickActionParam": "double_click_action_param",
    "DragParam": "drag_param",
    "DragParamParam": "drag_param_param",
    "Embedding": "embedding",
    "EmbeddingCreateParams": "embedding_create_params",
    "EmbeddingModel": "embedding_model",
    "EmptyModelParam": "empty_model_param",
    "EmptyModelParamParam": "empty_model_param_param",
    "ErrorEvent": "error_event",
    "ErrorObject": "shared.error_object",
    "Eval": "eval",
    "EvalCreateParams": "eval_create_params",
    "EvalCreateResponse": "eval_create_response",
    "EvalCustomDataSourceConfig": "eval_custom_data_source_config",
    "EvalDeleteResponse": "eval_delete_response",
    "EvalGraderLabelModel": "eval_grader_label_model",
    "EvalGraderPython": "eval_grader_python",
    "EvalGraderPythonParam": "eval_grader_python_param",
    "EvalGraderScoreModel": "eval_grader_score_model",
    "EvalGraderScoreModelParam": "eval_grader_score_model_param",
    "EvalGraderStringCheck": "eval_grader_string_check",
    "EvalGraderStringCheckParam": "eval_grader_string_check_param",
    "EvalGraderTextSimilarity": "eval_grader_text_similarity",
    "EvalGraderTextSimilarityParam": "eval_grader_text_similarity_param",
    "EvalItem": "eval_item",
    "EvalItemContent": "eval_item_content",
    "EvalItemContentItem": "eval_item_content_item",
    "EvalItemContentItemParam": "eval_item_content_item_param",
    "EvalItemContentOutputText": "eval_item_content_output_text",
    "EvalItemContentOutputTextParam": "eval_item_content_output_text_param",
    "EvalItemContentParam": "eval_item_content_param",
    "EvalItemContentText": "eval_item_content_text",
    "EvalItemInputImage": "eval_item_input_image",
    "EvalItemInputImageParam": "eval_item_input_image_param",
    "EvalItemParam": "eval_item_param",
    "EvalJsonlFileContentSource": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceParam": "eval_jsonl_file_content_source_param",
    "EvalJsonlFileIDSource": "eval_jsonl_file_id_source",
    "EvalJsonlFileIDSourceParam": "eval_jsonl_file_id_source_param",
    "EvalListParams": "eval_list_params",
    "EvalListResponse": "eval_list_response",
    "EvalLogsDataSourceConfig": "eval_logs_data_source_config",
    "EvalResponsesSource": "eval_responses_source",
    "EvalResponsesSourceParam": "eval_responses_source_param",
    "EvalRetrieveResponse": "eval_retrieve_response",
    "EvalRun": "eval_run",
    "EvalRunOutputItem": "eval_run_output_item",
    "EvalRunOutputItemResult": "eval_run_output_item_result",
    "EvalStoredCompletionsDataSourceConfig": "eval_stored_completions_data_source_config",
    "EvalStoredCompletionsSource": "eval_stored_completions_source",
    "EvalStoredCompletionsSourceParam": "eval_stored_completions_source_param",
    "EvalUpdateParams": "eval_update_params",
    "EvalUpdateResponse": "eval_update_response",
    "ExpiresAfter": "vector_store",
    "FileChunkingStrategy": "file_chunking_strategy",
    "FileChunkingStrategyParam": "file_chunking_strategy_param",
    "FileContent": ".types.file_content",
    "FileCreateParams": "file_create_params",
    "FileDeleted": "file_deleted",
    "FileDetailEnum": "file_detail_enum",
    "FileExpirationAfterParam": "file_expiration_after_param",
    "FileInputDetail": "file_input_detail",
    "FileListParams": "file_list_params",
    "FileObject": "file_object",
    "FilePurpose": "file_purpose",
    "FileSearchRanker": "file_search_ranker",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchRankingOptionsParam": "file_search_ranking_options_param",
    "Filters": "filters",
    "FiltersParam": "filters_param",
    "FineTuneMethod": "fine_tune_method",
    "FineTuneMethodParam": "fine_tune_method_param",
    "FineTuningCheckpointPermission": "fine_tuning_checkpoint_permission",
    "FunctionAndCustomToolCallOutput": "function_and_custom_tool_call_output",
    "FunctionAndCustomToolCallOutputParam": "function_and_custom_tool_call_output_param",
    "FunctionCallItemStatus": "function_call_item_status",
    "FunctionCallOutputItemParam": "function_call_output_item_param",
    "FunctionCallOutputItemParamParam": "function_call_output_item_param_param",
    "FunctionCallOutputStatusEnum": "function_call_output_status_enum",
    "FunctionCallStatus": "function_call_status",
    "FunctionDefinition": "shared.function_definition",
    "FunctionParameters": "shared.function_parameters",
    "FunctionShellAction": "function_shell_action",
    "FunctionShellActionParam": "function_shell_action_param",
    "FunctionShellActionParamParam": "function_shell_action_param_param",
    "FunctionShellCallItemParam": "function_shell_call_item_param",
    "FunctionShellCallItemParamParam": "function_shell_call_item_param_param",
    "FunctionShellCallItemStatus": "function_shell_call_item_status",
    "FunctionShellCallOutputContent": "function_shell_call_output_content",
    "FunctionShellCallOutputExitOutcome": "function_shell_call_output_exit_outcome",
    "FunctionShellCallOutputExitOutcomeParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputExitOutcomeParamParam": "function_shell_call_output_exit_outcome_param_param",
    "FunctionShellCallOutputItemParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputItemParamParam": "function_shell_call_output_item_param_param",
    "FunctionShellCallOutputOutcomeParam": "function_shell_call_output_outcome_param",
    "FunctionShellCallOutputOutcomeParamParam": "function_shell_call_output_outcome_param_param",
    "FunctionShellCallOutputStatusEnum": "function_shell_call_output_status_enum",
    "FunctionShellCallOutputTimeoutOutcome": "function_shell_call_output_timeout_outcome",
    "FunctionShellCallOutputTimeoutOutcomeParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallOutputTimeoutOutcomeParamParam": "function_shell_call_output_timeout_outcome_param_param",
    "FunctionShellCallStatus": "function_shell_call_status",
    "FunctionToolCallOutput": "function_tool_call_output",
    "FunctionToolParam": "function_tool_param",
    "FunctionToolParamParam": "function_tool_param_param",
    "GrammarSyntax1": "grammar_syntax1",
    "Group": "group",
    "HostedToolPermission": "hosted_tool_permission",
    "HostedToolPermissionUpdateParam": "hosted_tool_permission_update_param",
    "HybridSearchOptions": "hybrid_search_options",
    "HybridSearchOptionsParam": "hybrid_search_options_param",
    "Image": "image",
    "ImageCreateVariationParams": "image_create_variation_params",
    "ImageDetail": "image_detail",
    "ImageEditCompletedEvent": "image_edit_completed_event",
    "ImageEditParams": "image_edit_params",
    "ImageEditPartialImageEvent": "image_edit_partial_image_event",
    "ImageEditStreamEvent": "image_edit_stream_event",
    "ImageGenActionEnum": "image_gen_action_enum",
    "ImageGenCompletedEvent": "image_gen_completed_event",
    "ImageGenInputUsageDetails": "image_gen_input_usage_details",
    "ImageGenOutputTokensDetails": "image_gen_output_tokens_details",
    "ImageGenPartialImageEvent": "image_gen_partial_image_event",
    "ImageGenStreamEvent": "image_gen_stream_event",
    "ImageGenUsage": "image_gen_usage",
    "ImageGenerateParams": "image_generate_params",
    "ImageInputReferenceParam": "image_input_reference_param",
    "ImageModel": "image_model",
    "ImageRefParam2Param": "image_ref_param2_param",
    "ImagesResponse": "images_response",
    "ImagesUsage": "images_usage",
    "InputFidelity": "input_fidelity",
    "InputMessage": "input_message",
    "InputMessageParam": "input_message_param",
    "InputParam": "input_param",
    "InputParamParam": "input_param_param",
    "Item": "item",
    "ItemField": "item_field",
    "ItemParam": "item_param",
    "ItemReferenceParam": "item_reference_param",
    "ItemReferenceParamParam": "item_reference_param_param",
    "KeyPressAction": "key_press_action",
    "KeyPressActionParam": "key_press_action_param",
    "LocalShellExecAction": "local_shell_exec_action",
    "LocalShellExecActionParam": "local_shell_exec_action_param",
    "LogProb": "log_prob",
    "LogProbParam": "log_prob_param",
    "McpApprovalResponse": "mcp_approval_response",
    "McpApprovalResponseParam": "mcp_approval_response_param",
    "McpListToolsTool": "mcp_list_tools_tool",
    "McpListToolsToolParam": "mcp_list_tools_tool_param",
    "McpToolCallStatus": "mcp_tool_call_status",
    "McpToolFilter": "mcp_tool_filter",
    "McpToolFilterParam": "mcp_tool_filter_param",
    "MessagePhase": "message_phase",
    "MessagePhase2": "message_phase2",
    "MessageRequestContentTextObjectParam": "message_request_content_text_object_param",
    "MessageRole": "message_role",
    "MessageStatus": "message_status",
    "MessageStreamEvent": "message_stream_event",
    "Metadata": "shared.metadata",
    "Model": "model",
    "ModelDeleted": "model_deleted",
    "ModelIdsCompaction": "model_ids_compaction",
    "ModelIdsShared": "model_ids_shared",
    "Moderation": "moderation",
    "ModerationCreateParams": "moderation_create_params",
    "ModerationCreateResponse": "moderation_create_response",
    "ModerationModel": "moderation_model",
    "MoveParam": "move_param",
    "MoveParamParam": "move_param_param",
    "OAuthErrorCode": ".types.shared.oauth_error_code",
    "OrderEnum": "order_enum",
    "OtherFileChunkingStrategyObject": "other_file_chunking_strategy_object",
    "OutputContent": "output_content",
    "OutputMessageContent": "output_message_content",
    "OutputMessageContentParam": "output_message_content_param",
    "ParallelToolCalls": "parallel_tool_calls",
    "PartialImages": "partial_images",
    "PredictionContentParam": "prediction_content_param",
    "ProjectAPIKeyOwnerServiceAccount": "project_api_key_owner_service_account",
    "ProjectAPIKeyOwnerUser": "project_api_key_owner_user",
    "ProjectServiceAccountAPIKey": "project_service_account_api_key",
    "PromptCacheRetentionEnum": "prompt_cache_retention_enum",
    "RankerVersionType": "ranker_version_type",
    "RankingOptions": "ranking_options",
    "RankingOptionsParam": "ranking_options_param",
    "RealtimeBetaClientEventOutputAudioBufferClear": "realtime_beta_client_event_output_audio_buffer_clear",
    "RealtimeBetaResponseCreateParams": "realtime_beta_response_create_params",
    "RealtimeBetaServerEventConversationItemRetrieved": "realtime_beta_server_event_conversation_item_retrieved",
    "RealtimeServerEventConversationItemRetrieved": "realtime_server_event_conversation_item_retrieved",
    "RealtimeServerEventOutputAudioBufferCleared": "realtime_server_event_output_audio_buffer_cleared",
    "RealtimeServerEventOutputAudioBufferStarted": "realtime_server_event_output_audio_buffer_started",
    "RealtimeServerEventOutputAudioBufferStopped": "realtime_server_event_output_audio_buffer_stopped",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "Reasoning": "shared.reasoning",
    "ReasoningEffort": "shared.reasoning_effort",
    "ReasoningTextContent": "reasoning_text_content",
    "ReasoningTextContentParam": "reasoning_text_content_param",
    "ResponseCompactParams": "response_compact_params",
    "ResponseCreateParams": "response_create_params",
    "ResponseErrorCode": "response_error_code",
    "ResponseFormatJSONObject": "shared.response_format_json_object",
    "ResponseFormatJSONSchema": "shared.response_format_json_schema",
    "ResponseFormatJSONSchemaSchema": "response_format_json_schema_schema",
    "ResponseFormatJSONSchemaSchemaParam": "response_format_json_schema_schema_param",
    "ResponseFormatText": "shared.response_format_text",
    "ResponseFormatTextGrammar": "shared.response_format_text_grammar",
    "ResponseFormatTextPython": "shared.response_format_text_python",
    "ResponseModalities": "response_modalities",
    "ResponsePromptVariables": "response_prompt_variables",
    "ResponsePromptVariablesParam": "response_prompt_variables_param",
    "ResponseRetrieveParams": "response_retrieve_params",
    "ResponseStreamOptions": "response_stream_options",
    "ResponseStreamOptionsParam": "response_stream_options_param",
    "ResponsesModel": "shared.responses_model",
    "RunCompletionUsage": "run_completion_usage",
    "RunStepCompletionUsage": "run_step_completion_usage",
    "RunStepDetailsToolCallsCodeOutputImageObject": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputLogsObject": "run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject": "run_step_details_tool_calls_file_search_ranking_options_object",
    "RunStepDetailsToolCallsFileSearchResultObject": "run_step_details_tool_calls_file_search_result_object",
    "RunStepStreamEvent": "run_step_stream_event",
    "RunStreamEvent": "run_stream_event",
    "ScreenshotParam": "screenshot_param",
    "ScreenshotParamParam": "screenshot_param_param",
    "ScrollParam": "scroll_param",
    "ScrollParamParam": "scroll_param_param",
    "SearchContentType": "search_content_type",
    "SearchContextSize": "search_context_size",
    "ServiceTier": "service_tier",
    "ServiceTierEnum": "service_tier_enum",
    "Skill": "skill",
    "SkillCreateParams": "skill_create_params",
    "SkillList": "skill_list",
    "SkillListParams": "skill_list_params",
    "SkillUpdateParams": "skill_update_params",
    "SpendAlertNotificationChannel": "spend_alert_notification_channel",
    "SpendAlertNotificationChannelParam": "spend_alert_notification_channel_param",
    "StaticChunkingStrategyResponseParam": "static_chunking_strategy_response_param",
    "StaticFileChunkingStrategy": "static_file_chunking_strategy",
    "StaticFileChunkingStrategyObject": "static_file_chunking_strategy_object",
    "StaticFileChunkingStrategyObjectParam": "static_file_chunking_strategy_object_param",
    "StaticFileChunkingStrategyParam": "static_file_chunking_strategy_param",
    "StopConfiguration": "stop_configuration",
    "ThreadStreamEvent": "thread_stream_event",
    "ToolChoiceParam": "tool_choice_param",
    "ToolChoiceParamParam": "tool_choice_param_param",
    "ToolSearchCallItemParam": "tool_search_call_item_param",
    "ToolSearchCallItemParamParam": "tool_search_call_item_param_param",
    "ToolSearchExecutionType": "tool_search_execution_type",
    "ToolsArray": "tools_array",
    "ToolsArrayParam": "tools_array_param",
    "TranscriptTextUsageDuration": "transcript_text_usage_duration",
    "TranscriptTextUsageTokens": "transcript_text_usage_tokens",
    "TruncationEnum": "truncation_enum",
    "TruncationObject": "truncation_object",
    "TruncationObjectParam": "truncation_object_param",
    "TypeParam": "type_param",
    "TypeParamParam": "type_param_param",
    "Upload": "upload",
    "UploadCompleteParams": "upload_complete_params",
    "UploadCreateParams": "upload_create_params",
    "UsageAudioSpeechesResult": "usage_audio_speeches_result",
    "UsageAudioTranscriptionsResult": "usage_audio_transcriptions_result",
    "UsageCodeInterpreterSessionsResult": "usage_code_interpreter_sessions_result",
    "UsageCompletionsResult": "usage_completions_result",
    "UsageEmbeddingsResult": "usage_embeddings_result",
    "UsageFileSearchCallsResult": "usage_file_search_calls_result",
    "UsageImagesResult": "usage_images_result",
    "UsageModerationsResult": "usage_moderations_result",
    "UsageResponse": "usage_response",
    "UsageTimeBucket": "usage_time_bucket",
    "UsageVectorStoresResult": "usage_vector_stores_result",
    "UsageWebSearchCallsResult": "usage_web_search_calls_result",
    "VadConfigParam": "vad_config_param",
    "VectorStore": "vector_store",
    "VectorStoreCreateParams": "vector_store_create_params",
    "VectorStoreDeleted": "vector_store_deleted",
    "VectorStoreExpirationAfter": "vector_store_expiration_after",
    "VectorStoreExpirationAfterParam": "vector_store_expiration_after_param",
    "VectorStoreFileAttributes": "vector_store_file_attributes",
    "VectorStoreFileAttributesParam": "vector_store_file_attributes_param",
    "VectorStoreListParams": "vector_store_list_params",
    "VectorStoreSearchParams": "vector_store_search_params",
    "VectorStoreSearchResponse": "vector_store_search_response",
    "VectorStoreSearchResultContentObject": "vector_store_search_result_content_object",
    "VectorStoreUpdateParams": "vector_store_update_params",
    "Verbosity": "verbosity",
    "Video": "video",
    "VideoCharacterResource": "video_character_resource",
    "VideoContentVariant": "video_content_variant",
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
    "VideoReferenceInputParamParam": "video_reference_input_param_param",
    "VideoRemixParams": "video_remix_params",
    "VideoSeconds": "video_seconds",
    "VideoSize": "video_size",
    "VideoStatus": "video_status",
    "VoiceIdsOrCustomVoice": "voice_ids_or_custom_voice",
    "VoiceIdsOrCustomVoiceParam": "voice_ids_or_custom_voice_param",
    "VoiceIdsShared": "voice_ids_shared",
    "WaitParam": "wait_param",
    "WaitParamParam": "wait_param_param",
    "WebSearchActionFind": "web_search_action_find",
    "WebSearchActionFindParam": "web_search_action_find_param",
    "WebSearchActionOpenPage": "web_search_action_open_page",
    "WebSearchActionOpenPageParam": "web_search_action_open_page_param",
    "WebSearchActionSearch": "web_search_action_search",
    "WebSearchActionSearchParam": "web_search_action_search_param",
    "WebSearchApproximateLocation": "web_search_approximate_location",
    "WebSearchApproximateLocationParam": "web_search_approximate_location_param",
    "WebSearchContextSize": "web_search_context_size",
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
