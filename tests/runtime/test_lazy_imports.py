"""`import <package>` and building a client stay light: pydantic, the response models, the page
classes and the stream classes load on first use (README, Performance). Each check runs in a fresh
interpreter, since this test session has long imported everything."""

from __future__ import annotations

import sys
import subprocess


def _run(code: str) -> None:
    env = {"PYTHONPATH": ":".join(sys.path)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-3000:]


def test_import_and_client_construction_do_not_import_pydantic(target) -> None:
    pkg = target.pkg.__name__
    _run(
        "import sys\n"
        f"import {pkg} as p\n"
        f"client = p.{target.client_name}(api_key='k')\n"
        "assert 'asyncio' not in sys.modules\n"
        f"async_client = p.{target.async_client_name}(api_key='k')\n"
        f"heavy = sorted(m for m in ('pydantic', '{pkg}._models', '{pkg}._pages', '{pkg}._response',"
        f" '{pkg}._streaming', '{pkg}.pagination') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
    )


def test_lazy_names_still_import_from_their_usual_places(target) -> None:
    pkg = target.pkg.__name__
    _run(
        "import sys\n"
        f"import {pkg} as p\n"
        f"from {pkg} import BaseModel, Stream, AsyncStream, APIResponse, AsyncAPIResponse\n"
        f"from {pkg}._client import Stream as ClientStream\n"
        f"from {pkg}._base_client import BasePage, BaseSyncPage, BaseAsyncPage, BaseAPIResponse\n"
        f"from {pkg}._models import FinalRequestOptions\n"
        f"from {pkg}._utils import PropertyInfo, maybe_transform\n"
        "import pydantic\n"
        "assert issubclass(BaseModel, pydantic.BaseModel) and issubclass(BaseSyncPage, BasePage)\n"
        f"assert ClientStream is Stream and p.Stream is Stream and BaseModel.__module__ == '{pkg}'\n"
        f"assert Stream.__module__ == '{pkg}' and AsyncStream.__module__ == '{pkg}'\n"
        "assert issubclass(APIResponse, BaseAPIResponse) and issubclass(AsyncAPIResponse, BaseAPIResponse)\n"
        "assert FinalRequestOptions(method='get', url='/x').url == '/x'\n"
        "assert maybe_transform({'a': 1}, dict) == {'a': 1} and PropertyInfo(alias='b').alias == 'b'\n"
        f"assert p.pagination.__name__ == '{pkg}.pagination'\n"
    )
