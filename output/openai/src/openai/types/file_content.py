"""`FileContent`: the text body of a file, a name the official package exports although the spec
has no schema for it (hand-written, spec/openai/types/file_content.py)."""

from typing_extensions import TypeAlias

__all__ = ["FileContent"]

FileContent: TypeAlias = str
