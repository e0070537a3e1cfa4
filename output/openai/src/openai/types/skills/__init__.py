# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
    from .skill_version import SkillVersion as SkillVersion
    from .skill_version_list import SkillVersionList as SkillVersionList
    from .version_create_params import VersionCreateParams as VersionCreateParams
    from .version_list_params import VersionListParams as VersionListParams

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "DeletedSkillVersion": "deleted_skill_version",
    "SkillVersion": "skill_version",
    "SkillVersionList": "skill_version_list",
    "VersionCreateParams": "version_create_params",
    "VersionListParams": "version_list_params",
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
