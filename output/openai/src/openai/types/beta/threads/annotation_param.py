# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ....types.container_file_citation_body_param import ContainerFileCitationBodyParam
from ....types.file_citation_body_param import FileCitationBodyParam
from ....types.file_path_param import FilePathParam
from ....types.url_citation_body_param import URLCitationBodyParam

__all__ = [
    "AnnotationParam",
]


AnnotationParam: TypeAlias = Union[
    FileCitationBodyParam, URLCitationBodyParam, ContainerFileCitationBodyParam, FilePathParam
]
"""An annotation that applies to a span of output text."""
