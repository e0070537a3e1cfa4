"""`openai.version.VERSION`: the installed version, as the official package spells it."""

from ._version import __version__

VERSION: str = __version__
