"""Computed members of `Response` (the generated model derives from `ResponseHelpers`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

from .._models import BaseModel

if TYPE_CHECKING:
    from ..types.responses.response_output_item import ResponseOutputItem

__all__ = ["ResponseHelpers"]


class ResponseHelpers(BaseModel):
    if TYPE_CHECKING:
        output: List[ResponseOutputItem]

    @property
    def output_text(self) -> str:
        """The text of every `output_text` part of every output message, joined in order; "" when
        there is none. The API does not send this: it is computed from `output`."""
        texts: List[str] = []
        for item in self.output:
            if item.type == "message":
                for part in item.content:
                    if part.type == "output_text":
                        texts.append(part.text)
        return "".join(texts)
