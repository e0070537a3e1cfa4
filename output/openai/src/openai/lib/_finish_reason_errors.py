"""Errors `parse` raises when a completion stopped before its content could be parsed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .._exceptions import OpenAIError

if TYPE_CHECKING:
    from ..types.completion_usage import CompletionUsage


class LengthFinishReasonError(OpenAIError):
    """The completion hit the token limit (`finish_reason == "length"`), so its content is cut off
    and cannot be parsed. `completion` is the whole response."""

    completion: object

    def __init__(self, *, completion: object) -> None:
        usage: Optional[CompletionUsage] = getattr(completion, "usage", None)
        detail = f" - {usage}" if usage is not None else ""
        super().__init__(
            "Could not parse the response content: the length limit was reached (finish_reason `length`)"
            f"{detail}. Raise `max_completion_tokens`, or ask for a shorter answer."
        )
        self.completion = completion


class ContentFilterFinishReasonError(OpenAIError):
    """The content filter stopped the completion (`finish_reason == "content_filter"`);
    `completion` is the whole response when `parse` raised it."""

    completion: object

    def __init__(self, *, completion: object = None) -> None:
        super().__init__("Could not parse the response content: the request was rejected by the content filter.")
        self.completion = completion
