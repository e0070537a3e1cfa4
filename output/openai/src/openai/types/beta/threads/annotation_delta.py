# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ...._utils import PropertyInfo
from ....types.beta.threads.file_citation_delta_annotation import FileCitationDeltaAnnotation
from ....types.beta.threads.file_path_delta_annotation import FilePathDeltaAnnotation

__all__ = [
    "AnnotationDelta",
]


AnnotationDelta: TypeAlias = Annotated[
    Union[FileCitationDeltaAnnotation, FilePathDeltaAnnotation], PropertyInfo(discriminator="type")
]
