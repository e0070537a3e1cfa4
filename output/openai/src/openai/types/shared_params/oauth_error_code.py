"""The request-side name of `OAuthErrorCode` (the same type; see types/shared/oauth_error_code.py)."""

from ..shared.oauth_error_code import OAuthErrorCode as OAuthErrorCode

__all__ = ["OAuthErrorCode"]
