# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.
"""Resource classes: `from legacy_inventory.resources import Widgets`. They load on first access
(PEP 562), so that importing the client does not import every resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .documents import AsyncDocuments as AsyncDocuments
    from .documents import AsyncDocumentsWithRawResponse as AsyncDocumentsWithRawResponse
    from .documents import AsyncDocumentsWithStreamingResponse as AsyncDocumentsWithStreamingResponse
    from .documents import Documents as Documents
    from .documents import DocumentsWithRawResponse as DocumentsWithRawResponse
    from .documents import DocumentsWithStreamingResponse as DocumentsWithStreamingResponse
    from .widgets import AsyncWidgets as AsyncWidgets
    from .widgets import AsyncWidgetsWithRawResponse as AsyncWidgetsWithRawResponse
    from .widgets import AsyncWidgetsWithStreamingResponse as AsyncWidgetsWithStreamingResponse
    from .widgets import Widgets as Widgets
    from .widgets import WidgetsWithRawResponse as WidgetsWithRawResponse
    from .widgets import WidgetsWithStreamingResponse as WidgetsWithStreamingResponse

# class name -> the module (relative to this package) that defines it
_EXPORTS: dict[str, str] = {
    "Widgets": "widgets",
    "WidgetsWithRawResponse": "widgets",
    "WidgetsWithStreamingResponse": "widgets",
    "AsyncWidgets": "widgets",
    "AsyncWidgetsWithRawResponse": "widgets",
    "AsyncWidgetsWithStreamingResponse": "widgets",
    "Documents": "documents",
    "DocumentsWithRawResponse": "documents",
    "DocumentsWithStreamingResponse": "documents",
    "AsyncDocuments": "documents",
    "AsyncDocumentsWithRawResponse": "documents",
    "AsyncDocumentsWithStreamingResponse": "documents",
}

__all__ = [
    "Widgets",
    "WidgetsWithRawResponse",
    "WidgetsWithStreamingResponse",
    "AsyncWidgets",
    "AsyncWidgetsWithRawResponse",
    "AsyncWidgetsWithStreamingResponse",
    "Documents",
    "DocumentsWithRawResponse",
    "DocumentsWithStreamingResponse",
    "AsyncDocuments",
    "AsyncDocumentsWithRawResponse",
    "AsyncDocumentsWithStreamingResponse",
]


def __getattr__(name: str) -> Any:
    import importlib

    module = _EXPORTS.get(name)
    if module is None:
        # a resource module not imported yet is an attribute too, as with eager imports
        import importlib.util

        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
