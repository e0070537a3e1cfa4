"""Errors that name the place of a problem in the user's input.

`InputError` means the spec or the config is wrong (exit 1); anything else escaping the pipeline is
a bug of ours (exit 2).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    where: str  # a JSON pointer ("#/paths/~1files/post") or a config key ("resources.chat")
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}" if self.where else f"{self.file}: {self.message}"


class InputError(Exception):
    """One or more problems in the user's input, each naming its place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def single(cls, file: str, where: str, message: str) -> "InputError":
        return cls([Problem(file, where, message)])


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: object) -> str:
    return "#/" + "/".join(escape_pointer_token(str(t)) for t in tokens)
