"""`OAuthErrorCode`: the `error` of a failed token exchange (`openai.auth`), which the spec does not
describe: one of the codes the exchange documents, or any other string a server sends."""

from typing import Union

from typing_extensions import Literal, TypeAlias

__all__ = ["OAuthErrorCode"]

OAuthErrorCode: TypeAlias = Union[Literal["invalid_grant", "invalid_subject_token"], str]
