"""Where the generator keeps its caches (validation results, up-to-date stamps, fetched pins).

One place, whatever directory the generator runs from: `--cache-dir DIR`, else `$SDKGEN_CACHE_DIR`,
else `sdkgen/` in the user cache dir (`$XDG_CACHE_HOME`, by default `~/.cache`). It used to be
`.cache/` in the working directory, which scattered caches over every directory a run started in.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping, Optional

ENV = "SDKGEN_CACHE_DIR"


def cache_root(flag: Optional[str] = None, environ: Mapping[str, str] = os.environ) -> Path:
    """The cache directory: the flag, the env var, or the user cache dir (created when written)."""
    if flag:
        return Path(flag).expanduser().resolve()
    if environ.get(ENV):
        return Path(environ[ENV]).expanduser().resolve()
    base = environ.get("XDG_CACHE_HOME") or ""
    # the XDG spec: a relative XDG_CACHE_HOME is invalid and is ignored
    root = Path(base) if base and Path(base).is_absolute() else Path(environ.get("HOME") or Path.home()) / ".cache"
    return root / "sdkgen"
