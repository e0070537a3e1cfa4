# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin_api_key import AdminAPIKey as AdminAPIKey
    from .admin_api_key_create_params import AdminAPIKeyCreateParams as AdminAPIKeyCreateParams
    from .admin_api_key_create_response import AdminAPIKeyCreateResponse as AdminAPIKeyCreateResponse
    from .admin_api_key_delete_response import AdminAPIKeyDeleteResponse as AdminAPIKeyDeleteResponse
    from .admin_api_key_list_params import AdminAPIKeyListParams as AdminAPIKeyListParams
    from .audit_log_list_params import AuditLogListParams as AuditLogListParams
    from .audit_log_list_response import AuditLogListResponse as AuditLogListResponse
    from .certificate import Certificate as Certificate
    from .certificate_activate_params import CertificateActivateParams as CertificateActivateParams
    from .certificate_activate_response import CertificateActivateResponse as CertificateActivateResponse
    from .certificate_create_params import CertificateCreateParams as CertificateCreateParams
    from .certificate_deactivate_params import CertificateDeactivateParams as CertificateDeactivateParams
    from .certificate_deactivate_response import CertificateDeactivateResponse as CertificateDeactivateResponse
    from .certificate_delete_response import CertificateDeleteResponse as CertificateDeleteResponse
    from .certificate_list_params import CertificateListParams as CertificateListParams
    from .certificate_list_response import CertificateListResponse as CertificateListResponse
    from .certificate_retrieve_params import CertificateRetrieveParams as CertificateRetrieveParams
    from .certificate_update_params import CertificateUpdateParams as CertificateUpdateParams
    from .data_retention_update_params import DataRetentionUpdateParams as DataRetentionUpdateParams
    from .group import Group as Group
    from .group_create_params import GroupCreateParams as GroupCreateParams
    from .group_delete_response import GroupDeleteResponse as GroupDeleteResponse
    from .group_list_params import GroupListParams as GroupListParams
    from .group_update_params import GroupUpdateParams as GroupUpdateParams
    from .group_update_response import GroupUpdateResponse as GroupUpdateResponse
    from .invite import Invite as Invite
    from .invite_create_params import InviteCreateParams as InviteCreateParams
    from .invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from .invite_list_params import InviteListParams as InviteListParams
    from .organization_data_retention import OrganizationDataRetention as OrganizationDataRetention
    from .organization_spend_alert import OrganizationSpendAlert as OrganizationSpendAlert
    from .organization_spend_alert_deleted import OrganizationSpendAlertDeleted as OrganizationSpendAlertDeleted
    from .organization_user import OrganizationUser as OrganizationUser
    from .project import Project as Project
    from .project_create_params import ProjectCreateParams as ProjectCreateParams
    from .project_list_params import ProjectListParams as ProjectListParams
    from .project_update_params import ProjectUpdateParams as ProjectUpdateParams
    from .role import Role as Role
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .role_list_params import RoleListParams as RoleListParams
    from .role_update_params import RoleUpdateParams as RoleUpdateParams
    from .spend_alert_create_params import SpendAlertCreateParams as SpendAlertCreateParams
    from .spend_alert_list_params import SpendAlertListParams as SpendAlertListParams
    from .spend_alert_update_params import SpendAlertUpdateParams as SpendAlertUpdateParams
    from .usage_audio_speeches_params import UsageAudioSpeechesParams as UsageAudioSpeechesParams
    from .usage_audio_speeches_response import UsageAudioSpeechesResponse as UsageAudioSpeechesResponse
    from .usage_audio_transcriptions_params import UsageAudioTranscriptionsParams as UsageAudioTranscriptionsParams
    from .usage_audio_transcriptions_response import (
        UsageAudioTranscriptionsResponse as UsageAudioTranscriptionsResponse,
    )
    from .usage_code_interpreter_sessions_params import (
        UsageCodeInterpreterSessionsParams as UsageCodeInterpreterSessionsParams,
    )
    from .usage_code_interpreter_sessions_response import (
        UsageCodeInterpreterSessionsResponse as UsageCodeInterpreterSessionsResponse,
    )
    from .usage_completions_params import UsageCompletionsParams as UsageCompletionsParams
    from .usage_completions_response import UsageCompletionsResponse as UsageCompletionsResponse
    from .usage_costs_params import UsageCostsParams as UsageCostsParams
    from .usage_costs_response import UsageCostsResponse as UsageCostsResponse
    from .usage_embeddings_params import UsageEmbeddingsParams as UsageEmbeddingsParams
    from .usage_embeddings_response import UsageEmbeddingsResponse as UsageEmbeddingsResponse
    from .usage_file_search_calls_params import UsageFileSearchCallsParams as UsageFileSearchCallsParams
    from .usage_file_search_calls_response import UsageFileSearchCallsResponse as UsageFileSearchCallsResponse
    from .usage_images_params import UsageImagesParams as UsageImagesParams
    from .usage_images_response import UsageImagesResponse as UsageImagesResponse
    from .usage_moderations_params import UsageModerationsParams as UsageModerationsParams
    from .usage_moderations_response import UsageModerationsResponse as UsageModerationsResponse
    from .usage_vector_stores_params import UsageVectorStoresParams as UsageVectorStoresParams
    from .usage_vector_stores_response import UsageVectorStoresResponse as UsageVectorStoresResponse
    from .usage_web_search_calls_params import UsageWebSearchCallsParams as UsageWebSearchCallsParams
    from .usage_web_search_calls_response import UsageWebSearchCallsResponse as UsageWebSearchCallsResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .user_list_params import UserListParams as UserListParams
    from .user_update_params import UserUpdateParams as UserUpdateParams

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "AdminAPIKey": "admin_api_key",
    "AdminAPIKeyCreateParams": "admin_api_key_create_params",
    "AdminAPIKeyCreateResponse": "admin_api_key_create_response",
    "AdminAPIKeyDeleteResponse": "admin_api_key_delete_response",
    "AdminAPIKeyListParams": "admin_api_key_list_params",
    "AuditLogListParams": "audit_log_list_params",
    "AuditLogListResponse": "audit_log_list_response",
    "Certificate": "certificate",
    "CertificateActivateParams": "certificate_activate_params",
    "CertificateActivateResponse": "certificate_activate_response",
    "CertificateCreateParams": "certificate_create_params",
    "CertificateDeactivateParams": "certificate_deactivate_params",
    "CertificateDeactivateResponse": "certificate_deactivate_response",
    "CertificateDeleteResponse": "certificate_delete_response",
    "CertificateListParams": "certificate_list_params",
    "CertificateListResponse": "certificate_list_response",
    "CertificateRetrieveParams": "certificate_retrieve_params",
    "CertificateUpdateParams": "certificate_update_params",
    "DataRetentionUpdateParams": "data_retention_update_params",
    "Group": "group",
    "GroupCreateParams": "group_create_params",
    "GroupDeleteResponse": "group_delete_response",
    "GroupListParams": "group_list_params",
    "GroupUpdateParams": "group_update_params",
    "GroupUpdateResponse": "group_update_response",
    "Invite": "invite",
    "InviteCreateParams": "invite_create_params",
    "InviteDeleteResponse": "invite_delete_response",
    "InviteListParams": "invite_list_params",
    "OrganizationDataRetention": "organization_data_retention",
    "OrganizationSpendAlert": "organization_spend_alert",
    "OrganizationSpendAlertDeleted": "organization_spend_alert_deleted",
    "OrganizationUser": "organization_user",
    "Project": "project",
    "ProjectCreateParams": "project_create_params",
    "ProjectListParams": "project_list_params",
    "ProjectUpdateParams": "project_update_params",
    "Role": "role",
    "RoleCreateParams": "role_create_params",
    "RoleDeleteResponse": "role_delete_response",
    "RoleListParams": "role_list_params",
    "RoleUpdateParams": "role_update_params",
    "SpendAlertCreateParams": "spend_alert_create_params",
    "SpendAlertListParams": "spend_alert_list_params",
    "SpendAlertUpdateParams": "spend_alert_update_params",
    "UsageAudioSpeechesParams": "usage_audio_speeches_params",
    "UsageAudioSpeechesResponse": "usage_audio_speeches_response",
    "UsageAudioTranscriptionsParams": "usage_audio_transcriptions_params",
    "UsageAudioTranscriptionsResponse": "usage_audio_transcriptions_response",
    "UsageCodeInterpreterSessionsParams": "usage_code_interpreter_sessions_params",
    "UsageCodeInterpreterSessionsResponse": "usage_code_interpreter_sessions_response",
    "UsageCompletionsParams": "usage_completions_params",
    "UsageCompletionsResponse": "usage_completions_response",
    "UsageCostsParams": "usage_costs_params",
    "UsageCostsResponse": "usage_costs_response",
    "UsageEmbeddingsParams": "usage_embeddings_params",
    "UsageEmbeddingsResponse": "usage_embeddings_response",
    "UsageFileSearchCallsParams": "usage_file_search_calls_params",
    "UsageFileSearchCallsResponse": "usage_file_search_calls_response",
    "UsageImagesParams": "usage_images_params",
    "UsageImagesResponse": "usage_images_response",
    "UsageModerationsParams": "usage_moderations_params",
    "UsageModerationsResponse": "usage_moderations_response",
    "UsageVectorStoresParams": "usage_vector_stores_params",
    "UsageVectorStoresResponse": "usage_vector_stores_response",
    "UsageWebSearchCallsParams": "usage_web_search_calls_params",
    "UsageWebSearchCallsResponse": "usage_web_search_calls_response",
    "UserDeleteResponse": "user_delete_response",
    "UserListParams": "user_list_params",
    "UserUpdateParams": "user_update_params",
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
