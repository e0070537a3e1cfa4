# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .file_batch_create_params import FileBatchCreateParams as FileBatchCreateParams
    from .file_batch_list_files_params import FileBatchListFilesParams as FileBatchListFilesParams
    from .file_content_response import FileContentResponse as FileContentResponse
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_list_params import FileListParams as FileListParams
    from .file_update_params import FileUpdateParams as FileUpdateParams
    from .vector_store_file import VectorStoreFile as VectorStoreFile
    from .vector_store_file_batch import VectorStoreFileBatch as VectorStoreFileBatch
    from .vector_store_file_deleted import VectorStoreFileDeleted as VectorStoreFileDeleted

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "FileBatchCreateParams": "file_batch_create_params",
    "FileBatchListFilesParams": "file_batch_list_files_params",
    "FileContentResponse": "file_content_response",
    "FileCreateParams": "file_create_params",
    "FileListParams": "file_list_params",
    "FileUpdateParams": "file_update_params",
    "VectorStoreFile": "vector_store_file",
    "VectorStoreFileBatch": "vector_store_file_batch",
    "VectorStoreFileDeleted": "vector_store_file_deleted",
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
