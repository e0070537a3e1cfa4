"""The module-level classes of the 0.x library (`openai.ChatCompletion.create(...)` and the rest).

They are gone since 1.0. The names still exist so that old code fails with a message saying what
to do instead of an AttributeError: looking one up (or any attribute under it) works, calling it
raises APIRemovedInV1."""

from __future__ import annotations

from typing import Any

from .._exceptions import OpenAIError

__all__ = [
    "APIRemovedInV1", "APIRemovedInV1Proxy", "Audio", "ChatCompletion", "Completion", "Customer", "Deployment",
    "Edit", "Embedding", "Engine", "ErrorObject", "File", "FineTune", "FineTuningJob", "Image", "Model", "Moderation",
]  # fmt: skip


class APIRemovedInV1(OpenAIError):
    """A 0.x interface was called: the message says how to move to the client interface."""

    def __init__(self, *, symbol: str) -> None:
        super().__init__(
            f"openai.{symbol} belongs to the 0.x interface, which openai>=1.0.0 no longer has. Create a client "
            f"and call its resources instead, e.g. `OpenAI().chat.completions.create(...)` for "
            f"`openai.ChatCompletion.create(...)` (see the package README). `openai migrate` rewrites most old "
            f"code; `pip install openai==0.28` keeps the old interface."
        )


class APIRemovedInV1Proxy:
    """Stands for a removed 0.x name: attribute lookups give the proxy again, a call raises."""

    def __init__(self, *, symbol: str) -> None:
        self._symbol = symbol

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)  # keep copy, pickle and introspection honest
        return self

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise APIRemovedInV1(symbol=self._symbol)

    def __repr__(self) -> str:
        return f"<openai.{self._symbol}: removed in 1.0; calling it explains what to use>"


Audio = APIRemovedInV1Proxy(symbol="Audio")
ChatCompletion = APIRemovedInV1Proxy(symbol="ChatCompletion")
Completion = APIRemovedInV1Proxy(symbol="Completion")
Customer = APIRemovedInV1Proxy(symbol="Customer")
Deployment = APIRemovedInV1Proxy(symbol="Deployment")
Edit = APIRemovedInV1Proxy(symbol="Edit")
Embedding = APIRemovedInV1Proxy(symbol="Embedding")
Engine = APIRemovedInV1Proxy(symbol="Engine")
ErrorObject = APIRemovedInV1Proxy(symbol="ErrorObject")
File = APIRemovedInV1Proxy(symbol="File")
FineTune = APIRemovedInV1Proxy(symbol="FineTune")
FineTuningJob = APIRemovedInV1Proxy(symbol="FineTuningJob")
Image = APIRemovedInV1Proxy(symbol="Image")
Model = APIRemovedInV1Proxy(symbol="Model")
Moderation = APIRemovedInV1Proxy(symbol="Moderation")
