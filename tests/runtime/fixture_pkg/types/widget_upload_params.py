from __future__ import annotations

from typing import Dict
from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = ["WidgetUploadParams"]


class WidgetUploadParams(TypedDict, total=False):
    file: Required[FileTypes]
    purpose: Required[str]
    metadata: Dict[str, str]
