"""Renders `templates/runtime/` into a temporary package and puts it on `sys.path`.

The package is built from a small hand-made `generator.ir.Api` plus the hand-written resource and
type modules in `tests/runtime/fixture_pkg/` (stand-ins for generator output).

To run the same tests against another package (e.g. the generated OpenAI one), set
`RUNTIME_TEST_SRC` (a directory put on `sys.path`), `RUNTIME_TEST_PACKAGE`, `RUNTIME_TEST_CLIENT`,
`RUNTIME_TEST_ERROR_BASE`, `RUNTIME_TEST_ENV_PREFIX`, `RUNTIME_TEST_HEADER_PREFIX` and
`RUNTIME_TEST_API_KEY_ENV`. Tests that need the hand-written `widgets` resource are skipped then.
"""

from __future__ import annotations

import os
import sys
import shutil
import importlib
from types import ModuleType
from typing import Any, Dict, Iterator
from pathlib import Path
from dataclasses import dataclass

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from generator.ir import Api, Auth, Azure, Resource, PageScheme, ClientOption  # noqa: E402
from generator.render import Renderer  # noqa: E402

FIXTURE_PKG = Path(__file__).resolve().parent / "fixture_pkg"


def render_runtime(api: Api, dest: Path) -> Path:
    """Renders every `templates/runtime/**/<file>.jinja` to `dest/<package>/<file>`, as the generator does."""
    pkg_dir = dest / api.package_name
    for rel, text in Renderer(api).runtime_files().items():
        out = pkg_dir / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
    return pkg_dir


def make_api(package_name: str = "rtpkg", **overrides: Any) -> Api:
    values: dict[str, Any] = dict(
        title="Acme API",
        description="Test API",
        version="1.2.3",
        spec_version="2024-01-01",
        package_name=package_name,
        distribution=package_name,
        client_name="Acme",
        async_client_name="AsyncAcme",
        error_base="AcmeError",
        env_prefix="ACME",
        base_url="https://api.acme.test/v1",
        base_url_env="ACME_BASE_URL",
        auth=Auth(scheme="bearer", env="ACME_API_KEY"),
        client_options=[
            ClientOption(name="organization", env="ACME_ORG_ID", header="Acme-Organization"),
            ClientOption(name="project", env="ACME_PROJECT_ID", header="Acme-Project"),
        ],
        resources=[Resource(name="widgets", class_name="Widgets", module="resources.widgets", path="widgets")],
        types=[],
        pages=[
            PageScheme(name="SyncPage", async_name="AsyncPage", kind="list", has_more_field=None),
            PageScheme(name="SyncCursorPage", async_name="AsyncCursorPage", kind="cursor"),
            PageScheme(
                name="SyncConversationCursorPage",
                async_name="AsyncConversationCursorPage",
                kind="next_cursor",
                next_cursor_field="last_id",
            ),
            PageScheme(
                name="SyncNextCursorPage",
                async_name="AsyncNextCursorPage",
                kind="next_cursor",
                next_cursor_field="next",
                has_more_field=None,
            ),
            PageScheme(
                name="SyncOffsetPage",
                async_name="AsyncOffsetPage",
                kind="offset",
                items_field="results",
                cursor_param="offset",
                has_more_field=None,
            ),
        ],
        module_client=True,
        azure=Azure(
            api_version_env="ACME_API_VERSION",
            api_key_env="AZURE_ACME_API_KEY",
            endpoint_env="AZURE_ACME_ENDPOINT",
            ad_token_env="AZURE_ACME_AD_TOKEN",
            deployment_paths=["/chat/completions", "/embeddings", "/widgets"],
        ),
        platform_header_prefix="X-Acme",
        default_timeout=600.0,
        default_max_retries=2,
    )
    values.update(overrides)
    return Api(**values)


@dataclass
class Target:
    """What the tests need to know about the package under test."""

    pkg: ModuleType
    client_name: str
    async_client_name: str
    error_base: str
    env_prefix: str
    header_prefix: str
    api_key_env: str
    has_widgets: bool

    @property
    def Client(self) -> Any:  # noqa: N802
        return getattr(self.pkg, self.client_name)

    @property
    def AsyncClient(self) -> Any:  # noqa: N802
        return getattr(self.pkg, self.async_client_name)

    def sub(self, name: str) -> ModuleType:
        return importlib.import_module(f"{self.pkg.__name__}.{name}")


def _build(tmp: Path, api: Api, with_fixture: bool) -> None:
    pkg_dir = render_runtime(api, tmp)
    if with_fixture:
        for sub in ("resources", "types"):
            shutil.copytree(FIXTURE_PKG / sub, pkg_dir / sub, dirs_exist_ok=True)
    else:
        for sub in ("resources", "types"):
            (pkg_dir / sub).mkdir(exist_ok=True)
            (pkg_dir / sub / "__init__.py").write_text("")


@pytest.fixture(scope="session")
def rendered_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("rendered")
    src = os.environ.get("RUNTIME_TEST_SRC")
    if src:
        sys.path.insert(0, src)
    else:
        _build(root, make_api(), with_fixture=True)
        # A second flavour: query-string auth, no client options, no module client, no Azure.
        _build(
            root,
            make_api(
                "rtq",
                client_name="Qux",
                async_client_name="AsyncQux",
                error_base="QuxError",
                env_prefix="QUX",
                base_url_env="QUX_BASE_URL",
                auth=Auth(scheme="query", env="QUX_KEY", header="key"),
                client_options=[],
                resources=[],
                module_client=False,
                azure=None,
                platform_header_prefix="X-Qux",
            ),
            with_fixture=False,
        )
        sys.path.insert(0, str(root))
    yield root


@pytest.fixture(scope="session")
def target(rendered_root: Path) -> Target:
    package = os.environ.get("RUNTIME_TEST_PACKAGE", "rtpkg")
    pkg = importlib.import_module(package)
    return Target(
        pkg=pkg,
        client_name=os.environ.get("RUNTIME_TEST_CLIENT", "Acme"),
        async_client_name="Async" + os.environ.get("RUNTIME_TEST_CLIENT", "Acme"),
        error_base=os.environ.get("RUNTIME_TEST_ERROR_BASE", "AcmeError"),
        env_prefix=os.environ.get("RUNTIME_TEST_ENV_PREFIX", "ACME"),
        header_prefix=os.environ.get("RUNTIME_TEST_HEADER_PREFIX", "X-Acme"),
        api_key_env=os.environ.get("RUNTIME_TEST_API_KEY_ENV", "ACME_API_KEY"),
        has_widgets=not os.environ.get("RUNTIME_TEST_SRC"),
    )


@pytest.fixture()
def widgets_target(target: Target) -> Target:
    if not target.has_widgets:
        pytest.skip("needs the hand-written widgets resource of the test package")
    return target


@pytest.fixture(scope="session")
def qux(rendered_root: Path) -> ModuleType:
    if os.environ.get("RUNTIME_TEST_SRC"):
        pytest.skip("the query-auth flavour exists only in the rendered test packages")
    return importlib.import_module("rtq")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(("ACME_", "AZURE_ACME_", "QUX_")):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture()
def no_sleep(target: Target, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Records retry sleeps instead of sleeping."""
    slept: list[float] = []
    base = target.sub("_base_client")

    def fake_sleep(self: Any, seconds: float) -> None:
        slept.append(seconds)

    async def fake_async_sleep(self: Any, seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(base.SyncAPIClient, "_sleep", fake_sleep)
    monkeypatch.setattr(base.AsyncAPIClient, "_sleep", fake_async_sleep)
    return slept


@pytest.fixture(scope="session")
def auth_flavours(rendered_root: Path) -> Dict[str, ModuleType]:
    """Stand-in packages for `auth: basic` (rtbasic, `Basic`) and `auth: none` (rtnone, `Open`)."""
    if os.environ.get("RUNTIME_TEST_SRC"):
        pytest.skip("the auth flavours exist only in the rendered test packages")
    common: Dict[str, Any] = dict(client_options=[], resources=[], azure=None)
    _build(
        rendered_root,
        make_api(
            "rtbasic",
            client_name="Basic",
            async_client_name="AsyncBasic",
            error_base="BasicError",
            env_prefix="RTBASIC",
            base_url_env="RTBASIC_BASE_URL",
            auth=Auth(scheme="basic", env="RTBASIC_CREDENTIALS"),
            module_client=False,
            platform_header_prefix="X-Basic",
            **common,
        ),
        with_fixture=False,
    )
    _build(
        rendered_root,
        make_api(
            "rtnone",
            client_name="Open",
            async_client_name="AsyncOpen",
            error_base="OpenError",
            env_prefix="RTNONE",
            base_url_env="RTNONE_BASE_URL",
            auth=Auth(scheme="none", env=None, header=None, required=False),
            module_client=True,
            platform_header_prefix="X-Open",
            **common,
        ),
        with_fixture=False,
    )
    return {name: importlib.import_module(name) for name in ("rtbasic", "rtnone")}
