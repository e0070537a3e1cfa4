# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .permission_create_params import PermissionCreateParams as PermissionCreateParams
    from .permission_create_response import PermissionCreateResponse as PermissionCreateResponse
    from .permission_delete_response import PermissionDeleteResponse as PermissionDeleteResponse
    from .permission_list_params import PermissionListParams as PermissionListParams
    from .permission_list_response import PermissionListResponse as PermissionListResponse
    from .permission_retrieve_params import PermissionRetrieveParams as PermissionRetrieveParams
    from .permission_retrieve_response import PermissionRetrieveResponse as PermissionRetrieveResponse

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "PermissionCreateParams": "permission_create_params",
    "PermissionCreateResponse": "permission_create_response",
    "PermissionDeleteResponse": "permission_delete_response",
    "PermissionListParams": "permission_list_params",
    "PermissionListResponse": "permission_list_response",
    "PermissionRetrieveParams": "permission_retrieve_params",
    "PermissionRetrieveResponse": "permission_retrieve_response",
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
