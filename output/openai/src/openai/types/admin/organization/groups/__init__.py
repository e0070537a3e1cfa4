# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .organization_group_user import OrganizationGroupUser as OrganizationGroupUser
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .role_create_response import RoleCreateResponse as RoleCreateResponse
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .role_list_params import RoleListParams as RoleListParams
    from .role_list_response import RoleListResponse as RoleListResponse
    from .role_retrieve_response import RoleRetrieveResponse as RoleRetrieveResponse
    from .user_create_params import UserCreateParams as UserCreateParams
    from .user_create_response import UserCreateResponse as UserCreateResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .user_list_params import UserListParams as UserListParams
    from .user_retrieve_response import UserRetrieveResponse as UserRetrieveResponse

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "OrganizationGroupUser": "organization_group_user",
    "RoleCreateParams": "role_create_params",
    "RoleCreateResponse": "role_create_response",
    "RoleDeleteResponse": "role_delete_response",
    "RoleListParams": "role_list_params",
    "RoleListResponse": "role_list_response",
    "RoleRetrieveResponse": "role_retrieve_response",
    "UserCreateParams": "user_create_params",
    "UserCreateResponse": "user_create_response",
    "UserDeleteResponse": "user_delete_response",
    "UserListParams": "user_list_params",
    "UserRetrieveResponse": "user_retrieve_response",
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
