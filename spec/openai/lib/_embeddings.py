"""Embeddings ask for base64 when the caller names no `encoding_format`: the vectors then travel
as packed little-endian float32 (about a quarter of the JSON size of the same numbers), and are
unpacked to lists of floats before the caller sees them, as the official library does. A format
the caller names is sent as given and its answer left alone."""

from __future__ import annotations

import sys
import array
import base64
from typing import Dict, List, Tuple, Union

from .._types import NotGiven, PostParser, not_given
from .._utils import is_given


def base64_by_default(params: Dict[str, object]) -> Tuple[Dict[str, object], Union[PostParser, NotGiven]]:
    """The request hook of `embeddings.create` (config `custom.request_hooks`)."""
    if is_given(params.get("encoding_format", not_given)):
        return params, not_given
    return {**params, "encoding_format": "base64"}, unpack_embeddings


def unpack_embeddings(response: object) -> object:
    """Turns each base64 `embedding` of a `CreateEmbeddingResponse` into its list of floats."""
    from ..types.create_embedding_response import CreateEmbeddingResponse

    if isinstance(response, CreateEmbeddingResponse):
        for item in response.data:
            packed: object = item.embedding
            if isinstance(packed, str):
                item.embedding = floats_of(packed)
    return response


def floats_of(packed: str) -> List[float]:
    values = array.array("f")
    values.frombytes(base64.b64decode(packed))
    if sys.byteorder != "little":
        values.byteswap()
    return values.tolist()
