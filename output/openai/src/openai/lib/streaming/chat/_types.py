"""The completion a chat stream has built so far: `parsed` fields stay unset until the stream ends,
so a snapshot's content type is `object`."""

from __future__ import annotations

from typing_extensions import TypeAlias

from ....types.chat.parsed_chat_completion import ParsedChatCompletion, ParsedChatCompletionMessage, ParsedChoice

ParsedChatCompletionSnapshot: TypeAlias = ParsedChatCompletion[object]
ParsedChoiceSnapshot: TypeAlias = ParsedChoice[object]
ParsedChatCompletionMessageSnapshot: TypeAlias = ParsedChatCompletionMessage[object]
