# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key_delete_response import APIKeyDeleteResponse as APIKeyDeleteResponse
    from .api_key_list_params import APIKeyListParams as APIKeyListParams
    from .certificate_activate_params import CertificateActivateParams as CertificateActivateParams
    from .certificate_activate_response import CertificateActivateResponse as CertificateActivateResponse
    from .certificate_deactivate_params import CertificateDeactivateParams as CertificateDeactivateParams
    from .certificate_deactivate_response import CertificateDeactivateResponse as CertificateDeactivateResponse
    from .certificate_list_params import CertificateListParams as CertificateListParams
    from .certificate_list_response import CertificateListResponse as CertificateListResponse
    from .data_retention_update_params import DataRetentionUpdateParams as DataRetentionUpdateParams
    from .group_create_params import GroupCreateParams as GroupCreateParams
    from .group_delete_response import GroupDeleteResponse as GroupDeleteResponse
    from .group_list_params import GroupListParams as GroupListParams
    from .group_retrieve_params import GroupRetrieveParams as GroupRetrieveParams
    from .hosted_tool_permission_update_params import (
        HostedToolPermissionUpdateParams as HostedToolPermissionUpdateParams,
    )
    from .model_permission_update_params import ModelPermissionUpdateParams as ModelPermissionUpdateParams
    from .project_api_key import ProjectAPIKey as ProjectAPIKey
    from .project_data_retention import ProjectDataRetention as ProjectDataRetention
    from .project_group import ProjectGroup as ProjectGroup
    from .project_hosted_tool_permissions import ProjectHostedToolPermissions as ProjectHostedToolPermissions
    from .project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
    from .project_model_permissions_deleted import ProjectModelPermissionsDeleted as ProjectModelPermissionsDeleted
    from .project_rate_limit import ProjectRateLimit as ProjectRateLimit
    from .project_service_account import ProjectServiceAccount as ProjectServiceAccount
    from .project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
    from .project_spend_alert_deleted import ProjectSpendAlertDeleted as ProjectSpendAlertDeleted
    from .project_user import ProjectUser as ProjectUser
    from .rate_limit_list_rate_limits_params import RateLimitListRateLimitsParams as RateLimitListRateLimitsParams
    from .rate_limit_update_rate_limit_params import RateLimitUpdateRateLimitParams as RateLimitUpdateRateLimitParams
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .role_list_params import RoleListParams as RoleListParams
    from .role_update_params import RoleUpdateParams as RoleUpdateParams
    from .service_account_create_params import ServiceAccountCreateParams as ServiceAccountCreateParams
    from .service_account_create_response import ServiceAccountCreateResponse as ServiceAccountCreateResponse
    from .service_account_delete_response import ServiceAccountDeleteResponse as ServiceAccountDeleteResponse
    from .service_account_list_params import ServiceAccountListParams as ServiceAccountListParams
    from .service_account_update_params import ServiceAccountUpdateParams as ServiceAccountUpdateParams
    from .spend_alert_create_params import SpendAlertCreateParams as SpendAlertCreateParams
    from .spend_alert_list_params import SpendAlertListParams as SpendAlertListParams
    from .spend_alert_update_params import SpendAlertUpdateParams as SpendAlertUpdateParams
    from .user_create_params import UserCreateParams as UserCreateParams
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .user_list_params import UserListParams as UserListParams
    from .user_update_params import UserUpdateParams as UserUpdateParams

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "APIKeyDeleteResponse": "api_key_delete_response",
    "APIKeyListParams": "api_key_list_params",
    "CertificateActivateParams": "certificate_activate_params",
    "CertificateActivateResponse": "certificate_activate_response",
    "CertificateDeactivateParams": "certificate_deactivate_params",
    "CertificateDeactivateResponse": "certificate_deactivate_response",
    "CertificateListParams": "certificate_list_params",
    "CertificateListResponse": "certificate_list_response",
    "DataRetentionUpdateParams": "data_retention_update_params",
    "GroupCreateParams": "group_create_params",
    "GroupDeleteResponse": "group_delete_response",
    "GroupListParams": "group_list_params",
    "GroupRetrieveParams": "group_retrieve_params",
    "HostedToolPermissionUpdateParams": "hosted_tool_permission_update_params",
    "ModelPermissionUpdateParams": "model_permission_update_params",
    "ProjectAPIKey": "project_api_key",
    "ProjectDataRetention": "project_data_retention",
    "ProjectGroup": "project_group",
    "ProjectHostedToolPermissions": "project_hosted_tool_permissions",
    "ProjectModelPermissions": "project_model_permissions",
    "ProjectModelPermissionsDeleted": "project_model_permissions_deleted",
    "ProjectRateLimit": "project_rate_limit",
    "ProjectServiceAccount": "project_service_account",
    "ProjectSpendAlert": "project_spend_alert",
    "ProjectSpendAlertDeleted": "project_spend_alert_deleted",
    "ProjectUser": "project_user",
    "RateLimitListRateLimitsParams": "rate_limit_list_rate_limits_params",
    "RateLimitUpdateRateLimitParams": "rate_limit_update_rate_limit_params",
    "RoleCreateParams": "role_create_params",
    "RoleDeleteResponse": "role_delete_response",
    "RoleListParams": "role_list_params",
    "RoleUpdateParams": "role_update_params",
    "ServiceAccountCreateParams": "service_account_create_params",
    "ServiceAccountCreateResponse": "service_account_create_response",
    "ServiceAccountDeleteResponse": "service_account_delete_response",
    "ServiceAccountListParams": "service_account_list_params",
    "ServiceAccountUpdateParams": "service_account_update_params",
    "SpendAlertCreateParams": "spend_alert_create_params",
    "SpendAlertListParams": "spend_alert_list_params",
    "SpendAlertUpdateParams": "spend_alert_update_params",
    "UserCreateParams": "user_create_params",
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
