"""Zero-config SDKs that read as if a person had configured them (issue 17): each rule of README
"Zero-config inference" on a small fixture of `tests/fixtures/zero_config/`, generated with no
config, imported, and called against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from generator import naming
from tests.conftest import send_json, serve
from tests.test_zero_config_fixes import ZERO, generate, recorded, run_python


# ----- package and client names ------------------------------------------------------------------


@pytest.mark.parametrize("title,server,client,package", [
    ("GitHub's official OpenAPI spec + Octokit extension", "https://api.github.com", "GitHub", "github"),
    ("Stripe API", "https://api.stripe.com/", "Stripe", "stripe"),
    ("Twilio - Api", "https://api.twilio.com", "Twilio", "twilio"),
    ("DigitalOcean API", "https://api.digitalocean.com", "DigitalOcean", "digitalocean"),
    ("Kubernetes", "", "Kubernetes", "kubernetes"),
    ("API Reference", "https://api.cohere.com", "Cohere", "cohere"),  # generic: the host names it
    ("Azure OpenAI Service API", "https://{endpoint}/openai", "AzureOpenAI", "azure_openai"),
    ("Legacy Inventory REST API v2.1", "http://localhost", "LegacyInventory", "legacy_inventory"),
    ("The Acme Corporation Widget Ordering Platform", "https://api.acme.co.uk/v1", "Acme", "acme"),  # long
    ("Web Risk API", "https://webrisk.googleapis.com", "WebRisk", "web_risk"),  # a kind word as a name
    ("Service Desk Public API", "", "ServiceDeskPublic", "service_desk_public"),
    ("Supercalifragilisticexpialidocious Extraordinaire", "", "Supercalifragilisticexpialidoc",
     "supercalifragilisticexpialidoc"),  # one word over 30 characters is cut
])
def test_product_words_from_title_or_host(title: str, server: str, client: str, package: str) -> None:
    words = naming.product_words(title, server)
    assert (naming.client_class_words(words), naming.package_words(words)) == (client, package)
    assert len(naming.client_class_words(words)) <= naming.MAX_CLIENT_NAME


def test_package_client_and_env_names_come_from_the_cleaned_title(tmp_path: Path) -> None:
    """GitHub's title gave `git_hub_s_official_open_api_spec_octokit_extension` and
    `GitHubSOfficialOpenAPISpecOctokitExtension`; now `github`, `GitHub` and `GITHUB_API_KEY`."""
    out, _ = generate(tmp_path, "title.yaml")
    assert [p.name for p in (out / "src").iterdir()] == ["github"]
    assert 'name = "github"' in (out / "pyproject.toml").read_text()
    seen = recorded("""
import os
from github import GitHub, AsyncGitHub, GitHubError
os.environ["GITHUB_API_KEY"] = "k1"
print(GitHub(base_url="BASE", max_retries=0).zen.retrieve().id)
""", out)
    assert seen == [["GET", "/zen"]]


# ----- snake_case params and fields --------------------------------------------------------------


class Echo(BaseHTTPRequestHandler):
    """Records (verb, path, X-Trace-Id, Content-Type, body) and answers with `ANSWER` as JSON."""

    ANSWER = {"companyId": "c1", "displayName": "Acme", "fooBar": 1, "foo_bar": 2, "address": {"zipCode": "9"},
              "Sid": "SM1"}

    def log_message(self, *args: Any) -> None:
        pass

    def answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        self.server.seen.append([self.command, self.path, self.headers.get("X-Trace-Id"),  # type: ignore[attr-defined]
                                 self.headers.get("Content-Type"), body])
        send_json(self, self.reply())

    def reply(self) -> Any:
        return self.ANSWER

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = answer


def echoed(script: str, out: Path, handler: type[BaseHTTPRequestHandler] = Echo) -> tuple[str, list[list[Any]]]:
    """`script`'s stdout (BASE replaced by the server's URL) and what the server received."""
    with serve(handler) as httpd:
        httpd.seen = []  # type: ignore[attr-defined]
        stdout = run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}"))
        return stdout, httpd.seen  # type: ignore[attr-defined]


def test_params_and_fields_are_snake_case_and_send_their_wire_names(tmp_path: Path) -> None:
    """`retrieve(companyId)` and `create(AccountSid, *, To=..., Body=...)` were the methods; now
    `company_id`, `page_size`, `account_sid`, `to`, `body_` in Python, and path, query, header, JSON
    and form bodies and response fields keep their wire names. A wire name that is already snake_case
    keeps its Python name (`foo_bar`), the camelCase one beside it takes the next (`foo_bar2`)."""
    out, _ = generate(tmp_path, "camel.yaml")
    stdout, seen = echoed("""
from camel import Camel
c = Camel(base_url="BASE", max_retries=0)
r = c.companies.retrieve("c1", page_size=2, x_trace_id="t1")
print(r.company_id, r.display_name, r.foo_bar, r.foo_bar2, r.address.zip_code, sorted(r.to_dict()))
c.companies.update("c1", display_name="Acme", address={"zip_code": "9"})
print(c.accounts.messages("AC1", to="+1", body_="hi", status_callback="https://x").sid)
""", out)
    assert stdout.splitlines() == [
        "c1 Acme 2 1 9 ['Sid', 'address', 'companyId', 'displayName', 'fooBar', 'foo_bar']", "SM1"]
    assert seen == [
        ["GET", "/companies/c1?pageSize=2", "t1", None, ""],
        ["POST", "/companies/c1", None, "application/json", '{"displayName":"Acme","address":{"zipCode":"9"}}'],
        ["POST", "/Accounts/AC1/Messages", None, "application/x-www-form-urlencoded",
         "To=%2B1&Body=hi&StatusCallback=https%3A%2F%2Fx"],
    ]


# ----- resources ---------------------------------------------------------------------------------


def test_versions_dates_api_groups_and_file_suffixes_are_no_resources(tmp_path: Path) -> None:
    """`client._2010_04_01.accounts.sid_json.retrieve(Sid)` and `client.apis.apps.v1.namespaces...`
    were the paths; versions, dates, /api and /apis plumbing and `.json` are dropped from names
    (the request still goes to the spec's path), and no name starts with `_` or a digit. A route in
    two versions keeps the later one's version as a namespace (`client.v2.chat`)."""
    out, _ = generate(tmp_path, "segments.yaml")
    resources = sorted(p.relative_to(out / "src" / "segments" / "resources").as_posix()
                       for p in (out / "src" / "segments" / "resources").rglob("*.py"))
    assert not [p for p in resources if any(part[:1] in "_0123456789" for part in p.split("/")
                                            if part != "__init__.py")], resources
    _, seen = echoed("""
from segments import Segments
c = Segments(base_url="BASE", max_retries=0)
c.accounts.messages.list("AC1")
c.accounts.messages.create("AC1")
c.accounts.messages.retrieve("SM1", account_sid="AC1")
c.accounts.messages.delete("SM1", account_sid="AC1")
c.namespaces.pods.list("default")
c.apps.namespaces.deployments.retrieve("web", namespace="default")
c.rbac.clusterroles.list()
c.one_clicks.list()
c.chat.create()
c.v2.chat.create()
""", out)
    assert [s[:2] for s in seen] == [
        ["GET", "/2010-04-01/Accounts/AC1/Messages.json"], ["POST", "/2010-04-01/Accounts/AC1/Messages.json"],
        ["GET", "/2010-04-01/Accounts/AC1/Messages/SM1.json"], ["DELETE", "/2010-04-01/Accounts/AC1/Messages/SM1.json"],
        ["GET", "/api/v1/namespaces/default/pods"], ["GET", "/apis/apps/v1/namespaces/default/deployments/web"],
        ["GET", "/apis/rbac.authorization.k8s.io/v1/clusterroles"], ["GET", "/v2/1-clicks"],
        ["POST", "/v1/chat"], ["POST", "/v2/chat"],
    ]


# ----- methods -----------------------------------------------------------------------------------


class Lists(Echo):
    """Echo with a list wrapper for the collection GETs of methods.yaml."""

    def reply(self) -> Any:
        if self.path == "/agents/tasks":
            return {"total_count": 1, "tasks": [{"id": "t1"}]}
        if self.path.startswith(("/subscriptions?", "/subscriptions-group", "/v1alpha/")):
            return ["s1"]
        if self.path.endswith("/pods"):
            return {"kind": "PodList", "items": [{"name": "web"}], "metadata": {"continue": ""}}
        return {"id": "t1", "login": "octo", "emails": [{"email": "o@x"}], "name": "web"}


def test_method_names_from_verb_shape_and_a_shortened_operation_id(tmp_path: Path) -> None:
    """A collection GET returning a wrapper with one main array is `list`, so the item GET is
    `retrieve`; a DELETE on a leaf is `<leaf>.delete`, never a method named after the noun; an
    operationId fallback drops what the resource already says (`gists.get_revision`). An item with
    PUT and PATCH has `replace` and `update`, and a collection DELETE above an item DELETE is
    `delete_all` (Kubernetes' fell back to `delete_core_collection_namespaced...`); a collection GET
    above an item GET is `list` whatever it answers (Kubernetes' watch events), also above an item
    of a composite key or of a segment made of params (vtex). Where the operationId reads badly
    (glued, or a dotted discovery id), a clash is settled by what sets the call apart
    (`list_by_customer_id`, `list_by_parent`, `list_all` beside a `list` sub-resource)."""
    out, _ = generate(tmp_path, "methods.yaml")
    stdout, seen = echoed("""
from methods import Methods
c = Methods(base_url="BASE", max_retries=0)
print(c.agents.tasks.list().tasks[0].id, c.agents.tasks.retrieve("t1").id)
print(c.namespaces.pods.list("default").items[0].name, c.namespaces.pods.retrieve("web", namespace="default").name)
print(c.applications.grant.delete("cid"))
print(c.gists.retrieve("g1").id, c.gists.get_revision("abc", gist_id="g1").id)
print(c.user.retrieve().login)
print(sorted(n for n in dir(c.agents.tasks) if not n.startswith("_") and not n.startswith("with_")))
c.namespaces.configmaps.replace("cm", namespace="default")
c.namespaces.configmaps.update("cm", namespace="default")
c.namespaces.configmaps.delete("cm", namespace="default")
c.namespaces.configmaps.delete_all("default")
print(sorted(n for n in dir(c.namespaces.configmaps) if not n.startswith("_") and not n.startswith("with_")))
c.watch.namespaces.pods.list("default")
c.watch.namespaces.pods.retrieve("web", namespace="default")
c.suggestions.list()
c.suggestions.retrieve("sku", seller_id="s")
c.time_frames.list()
c.time_frames.retrieve("18", window_day="mo", window_start_time="08")
c.subscriptions.list_by_customer_id(customer_id="c1")
c.subscriptions.list.retrieve()
c.subscriptions_group.list_all()
c.ideas.list()
c.ideas.list_by_parent("platforms/p/properties/q")
""", out, Lists)
    assert stdout.splitlines() == ["t1 t1", "web web", "None", "t1 t1", "octo", "['list', 'retrieve']",
                                   "['delete', 'delete_all', 'replace', 'update']"]
    assert [s[:2] for s in seen] == [
        ["GET", "/agents/tasks"], ["GET", "/agents/tasks/t1"], ["GET", "/api/v1/namespaces/default/pods"],
        ["GET", "/api/v1/namespaces/default/pods/web"], ["DELETE", "/applications/cid/grant"],
        ["GET", "/gists/g1"], ["GET", "/gists/g1/abc"], ["GET", "/user"],
        ["PUT", "/api/v1/namespaces/default/configmaps/cm"], ["PATCH", "/api/v1/namespaces/default/configmaps/cm"],
        ["DELETE", "/api/v1/namespaces/default/configmaps/cm"], ["DELETE", "/api/v1/namespaces/default/configmaps"],
        ["GET", "/api/v1/watch/namespaces/default/pods"], ["GET", "/api/v1/watch/namespaces/default/pods/web"],
        ["GET", "/suggestions"], ["GET", "/suggestions/s/sku"], ["GET", "/time-frames"], ["GET", "/time-frames/moF08T18"],
        ["GET", "/subscriptions?customerId=c1"], ["GET", "/subscriptions/list"], ["GET", "/subscriptions-group"],
        ["GET", "/v1alpha/ideas"], ["GET", "/v1alpha/platforms%2Fp%2Fproperties%2Fq/ideas"],
    ]


# ----- types -------------------------------------------------------------------------------------


def test_a_schema_named_param_is_not_param_param(tmp_path: Path) -> None:
    """`WidgetParam` gave `WidgetParamParam`; a request-only schema keeps the spec's name, and only
    one that is also a response model doubles it (the model has the name), as the official SDK's
    `ResponseConversationParamParam`."""
    out, _ = generate(tmp_path, "param_suffix.yaml")
    types = out / "src" / "suffix" / "types"
    every = "".join(p.read_text() for p in types.rglob("*.py"))
    assert "class WidgetParam(TypedDict" in (types / "widget_param.py").read_text()
    assert "class PartParams(TypedDict" in (types / "part_params.py").read_text()
    assert "WidgetParamParam" not in every and "PartParamsParam" not in every
    assert "class GadgetParam(BaseModel" in (types / "gadget_param.py").read_text()
    assert "class GadgetParamParam(TypedDict" in (types / "gadget_param_param.py").read_text()
    stdout, seen = echoed("""
from suffix import Suffix
from suffix.types import WidgetParam, PartParams, GadgetParamParam
w: WidgetParam = {"size": 2, "part": PartParams(name="p")}
print(Suffix(base_url="BASE", max_retries=0).widgets.create(widget=w, gadget=GadgetParamParam(id="g")).id)
""", out, Gadget)
    assert stdout.split() == ["g1"] and seen[0][4] == '{"widget":{"size":2,"part":{"name":"p"}},"gadget":{"id":"g"}}'


class Gadget(Echo):
    def reply(self) -> Any:
        return {"id": "g1"}


# ----- pagination --------------------------------------------------------------------------------


class ThreePages(BaseHTTPRequestHandler):
    """Serves every list of pages.yaml as three pages of two items (`<path>-1` ... `<path>-6`), each
    in its own style; a fourth page (asked for by page numbers and offsets) is empty."""

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        url = urlsplit(self.path)
        query = dict(parse_qsl(url.query))
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        name = url.path.rstrip("/").rpartition("/")[2]
        # the page asked for, from 0, from whatever the style sends back
        if "starting_after" in query:
            index = int(query["starting_after"].rpartition("-")[2]) // 2
        elif "cursor" in query or "continue" in query:
            index = int((query.get("cursor") or query.get("continue") or "").removeprefix("tok"))
        elif "page" in query:
            index = int(query["page"]) - 1
        elif "offset" in query:
            index = int(query["offset"]) // 2
        else:
            index = 0
        items = [{"id": f"{name}-{2 * index + i + 1}"} for i in range(2)] if index < 3 else []
        last = index >= 2
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        body: dict[str, Any] = {
            "charges": {"object": "list", "data": items, "has_more": not last, "url": "/v1/charges"},
            "events": {"data": items, "next_cursor": None if last else f"tok{index + 1}"},
            "pods": {"kind": "PodList", "items": items, "metadata": {"continue": "" if last else f"tok{index + 1}"}},
            "droplets": {"droplets": items, "meta": {"total": 6}, "links": {"pages": {} if last else {
                "next": f"{base}/v2/droplets?page={index + 2}&per_page=2"}}},
            "widgets": {"total_count": 6, "results": items},
            "logs": {"data": items, "total": 6},
            "tags": {"data": items},
            "issues": items,
            "gists": items,
            "kernels": {"kernels": items, "meta": {"total": 6}},
        }[name]
        if name != "issues" or last:
            send_json(self, body)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Link", f'<{base}/repos/o/r/issues?per_page=2&page={index + 2}>; rel="next", '
                                 f'<{base}/repos/o/r/issues?per_page=2&page=3>; rel="last"')
        self.end_headers()
        self.wfile.write(data)


def test_every_pagination_style_walks_three_pages(tmp_path: Path) -> None:
    """Only OpenAI's styles used to page (and `SyncPage` required an `object` field, so a list
    without one failed strict validation); each style a spec shows is inferred and iterated to its
    end, sync and async, and the page class declares only what the list response has."""
    out, _ = generate(tmp_path, "pages.yaml")
    pagination = (out / "src" / "pages" / "pagination.py").read_text()
    assert "    object: str" not in pagination
    script = """
import asyncio
from pages import Pages, AsyncPages
c = Pages(base_url="BASE", max_retries=0, _strict_response_validation=True)
lists = [("charges", {"limit": 2}), ("events", {"limit": 2}), ("pods", {"limit": 2}),
         ("droplets", {"per_page": 2}), ("widgets", {"per_page": 2}), ("logs", {"limit": 2}),
         ("issues", {"per_page": 2, "owner": "o"}), ("gists", {"per_page": 2}), ("kernels", {"per_page": 2})]
def method(client, name):
    if name == "issues":
        return lambda **kwargs: client.repos.issues.list("r", **kwargs)
    return getattr(client, name).list
for name, kwargs in lists:
    page = method(c, name)(**kwargs)
    print(type(page).__name__.partition("[")[0], " ".join(item.id for item in page))
async def main():
    async with AsyncPages(base_url="BASE", max_retries=0) as a:
        for name, kwargs in lists:
            print(" ".join([item.id async for item in method(a, name)(**kwargs)]))
asyncio.run(main())
tags = c.tags.list()
print(type(tags).__name__.partition("[")[0], [t.id for t in tags.data], tags.has_next_page())
"""
    with serve(ThreePages) as httpd:
        httpd.seen = []  # type: ignore[attr-defined]
        stdout = run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}"))
        seen = list(httpd.seen)  # type: ignore[attr-defined]
    lines = stdout.splitlines()
    names = ["charges", "events", "pods", "droplets", "widgets", "logs", "issues", "gists", "kernels"]
    assert [line.split(" ", 1)[0] for line in lines[:9]] == [
        "SyncStartingAfterCursorPage", "SyncNextCursorPage", "SyncContinueNextCursorPage", "SyncNextURLPage",
        "SyncPageNumberPage", "SyncOffsetPage", "SyncLinkPage", "SyncArrayPageNumberPage", "SyncPageNumberPage"]
    for line, name in zip(lines[:9], names):
        assert line.split(" ", 1)[1] == " ".join(f"{name}-{i}" for i in range(1, 7)), line
    for line, name in zip(lines[9:18], names):
        assert line == " ".join(f"{name}-{i}" for i in range(1, 7)), line
    assert lines[18] == "SyncPage ['tags-1', 'tags-2'] False"
    assert seen[:16] == [
        "/v1/charges?limit=2", "/v1/charges?limit=2&starting_after=charges-2", "/v1/charges?limit=2&starting_after=charges-4",
        "/events?limit=2", "/events?limit=2&cursor=tok1", "/events?limit=2&cursor=tok2",
        "/api/v1/pods?limit=2", "/api/v1/pods?limit=2&continue=tok1", "/api/v1/pods?limit=2&continue=tok2",
        "/v2/droplets?per_page=2", "/v2/droplets?per_page=2&page=2", "/v2/droplets?per_page=2&page=3",
        "/widgets?per_page=2", "/widgets?per_page=2&page=2", "/widgets?per_page=2&page=3", "/widgets?per_page=2&page=4",
    ]
    assert seen[16:20] == ["/logs?limit=2", "/logs?limit=2&offset=2", "/logs?limit=2&offset=4", "/logs?limit=2&offset=6"]
    assert seen[20:27] == ["/repos/o/r/issues?per_page=2", "/repos/o/r/issues?per_page=2&page=2",
                           "/repos/o/r/issues?per_page=2&page=3", "/gists?per_page=2", "/gists?per_page=2&page=2",
                           "/gists?per_page=2&page=3", "/gists?per_page=2&page=4"]


# ----- auth without securitySchemes --------------------------------------------------------------


class Keyed(Echo):
    """Echo that records the X-Api-Key header in place of X-Trace-Id."""

    def answer(self) -> None:
        self.server.seen.append([self.command, self.path, self.headers.get("X-Api-Key"),  # type: ignore[attr-defined]
                                 self.headers.get("X-Trace-Id")])
        send_json(self, {"id": "w1"})

    do_GET = do_DELETE = answer


def test_a_credential_header_on_most_operations_is_the_clients_auth(tmp_path: Path) -> None:
    """With no securitySchemes, a required `X-Api-Key` header param on most operations becomes the
    client's `api_key` (env `ACME_WIDGETS_API_KEY`), sent on every call; no method takes it."""
    out, _ = generate(tmp_path, "header_auth.yaml")
    resources = "".join(p.read_text() for p in (out / "src" / "acme_widgets" / "resources").rglob("*.py"))
    assert "x_api_key" not in resources and "x_trace_id" in resources
    stdout, seen = echoed("""
import os
from acme_widgets import AcmeWidgets, AcmeWidgetsError
try:
    AcmeWidgets(base_url="BASE")
except AcmeWidgetsError as err:
    print("ACME_WIDGETS_API_KEY" in str(err))
os.environ["ACME_WIDGETS_API_KEY"] = "k-env"
c = AcmeWidgets(base_url="BASE", max_retries=0)
print(c.widgets.retrieve(x_trace_id="t").id)
AcmeWidgets(base_url="BASE", api_key="k-arg", max_retries=0).widgets.delete("w1")
c.status.retrieve()
""", out, Keyed)
    assert stdout.split() == ["True", "w1"]
    assert seen == [["GET", "/widgets", "k-env", "t"], ["DELETE", "/widgets/w1", "k-arg", None],
                    ["GET", "/status", "k-env", None]]


# ----- query-keyed path variants -----------------------------------------------------------------


def test_a_query_keyed_path_is_a_namespace_and_always_sends_its_flag(tmp_path: Path) -> None:
    """`/things?beta=true` is `client.beta.things` (not `things_beta_true`), and its flag travels
    with the call's own query params; `?version=2` is `client.version_2`."""
    out, _ = generate(tmp_path, "query_keyed.yaml")
    _, seen = echoed("""
from variants import Variants
c = Variants(base_url="BASE", max_retries=0)
c.things.list(limit=1)
c.beta.things.list(limit=1)
c.beta.things.list()
c.beta.things.create(name="x")
c.version_2.things.retrieve("t1")
""", out)
    assert [s[:2] for s in seen] == [
        ["GET", "/things?limit=1"], ["GET", "/things?limit=1&beta=true"], ["GET", "/things?beta=true"],
        ["POST", "/things?beta=true"], ["GET", "/things/t1?version=2"],
    ]


def test_namespace_prefixes_are_dropped_where_the_short_name_is_unique(tmp_path: Path) -> None:
    """`io.k8s.api.apps.v1.Deployment` was `IoK8sApiAppsV1Deployment`; now `Deployment`, and two
    kinds of one name get as few of their namespace parts as tell them apart (`V1Scale`, `V2Scale`)."""
    out, _ = generate(tmp_path, "namespaced.yaml")
    stdout, _ = echoed("""
from namespaced import Namespaced
from namespaced.types import Deployment, DeploymentList, ObjectMeta, V1Scale, V2Scale
import namespaced.types as types
c = Namespaced(base_url="BASE", max_retries=0)
print(sorted(n for n in dir(types) if n[:1].isupper() and n not in ("Any", "TYPE_CHECKING")))
print(type(c.autoscaling.scale.retrieve()).__name__, type(c.autoscaling.v2.scale.retrieve()).__name__)
""", out)
    assert stdout.splitlines() == ["['Deployment', 'DeploymentList', 'ObjectMeta', 'V1Scale', 'V2Scale']",
                                   "V1Scale V2Scale"]


def test_nested_class_names_are_bounded_to_their_nearest_words(tmp_path: Path) -> None:
    """Nested inline classes were named after the whole chain above them, and a component named for
    its place (Stripe's) had 112 characters; none is over 60 characters now, each keeps its last
    words, and the request still sends the nested body and parses the nested response."""
    out, _ = generate(tmp_path, "long_names.yaml")
    names = re.findall(r"^class (\w+)", "".join(p.read_text() for p in (out / "src" / "long" / "types").rglob("*.py")),
                       re.MULTILINE)
    assert names and max(len(n) for n in names) <= 60, names
    assert any(n.endswith("ForEveryoneParams") for n in names) and any(n.endswith("ForEveryoneResponse") for n in names)
    assert any(n.endswith("RequestedAddressTypesConfiguration") for n in names), names
    assert any(n.endswith("SupportedNetworksConfiguration") for n in names), names
    stdout, seen = echoed("""
from long import Long
c = Long(base_url="BASE", max_retries=0)
r = c.payment_intents.confirm("pi_1", payment_method_options={"customer_balance": {"bank_transfer": {
    "eu_bank_transfer": {"requested_address_types_configuration": {"country": "DE"}}}}})
n = r.next_action.display_bank_transfer_instructions.financial_addresses_configuration
print(r.id, n.supported_networks_configuration.network, type(n.supported_networks_configuration).__name__)
print(r.funded.bic, type(r.funded).__name__)
c.repositories.create_or_update_organization_custom_property_definitions_for_everyone("r1", value="v")
""", out, Nested)
    assert stdout.split()[:2] == ["pi_1", "sepa"] and len(stdout.split()[2]) <= 60
    # the component keeps the last words of its name that fit
    assert stdout.split()[3:] == ["DEUT", "FundedTransactionResourceBankTransferResourceEuBankTransfer"]
    assert seen[0][4] == ('{"payment_method_options":{"customer_balance":{"bank_transfer":{"eu_bank_transfer":'
                          '{"requested_address_types_configuration":{"country":"DE"}}}}}}')
    assert seen[1][:2] == ["POST", "/repositories/r1/create_or_update_organization_custom_property_definitions_for_everyone"]
    assert seen[1][4] == '{"value":"v"}'


class Nested(Echo):
    def reply(self) -> Any:
        return {"id": "pi_1", "funded": {"bic": "DEUT"}, "next_action": {"display_bank_transfer_instructions": {
            "financial_addresses_configuration": {"supported_networks_configuration": {"network": "sepa"}}}}}


class Regions(Echo):
    def reply(self) -> Any:
        return {"id": "x", "region": {"slug": "nyc1", "available": True}, "snapshot": {"region": {"slug": "ams3"}},
                "size": {"slug": "s-1"}}


def test_identical_inline_shapes_are_one_class(tmp_path: Path) -> None:
    """The same inline object at three places is one class (named after its first place), used by
    every place; a different shape keeps its own. A request shape shared by two params modules of
    one leaf name resolves in both resources' annotations."""
    out, _ = generate(tmp_path, "shapes.yaml")
    for module in (out / "src" / "shapes" / "resources").rglob("*.py"):  # no import shadows another
        imported = re.findall(r"^from \S+ import (\w+)$", module.read_text(), re.MULTILINE)
        assert len(imported) == len(set(imported)), (module, imported)
    source = "".join(p.read_text() for p in (out / "src" / "shapes" / "types").rglob("*.py"))
    assert len(re.findall(r"^    slug: Optional\[str\]", source, re.MULTILINE)) == 2, source  # Region and Size
    stdout, _ = echoed("""
from shapes import Shapes
c = Shapes(base_url="BASE", max_retries=0)
d, v = c.droplets.retrieve("d1"), c.volumes.retrieve("v1")
print(type(d.region) is type(v.region) is type(v.snapshot.region), d.region.slug, v.snapshot.region.slug, v.size.slug)
import typing
from shapes.resources.orgs.code_security import configurations as orgs
from shapes.resources.enterprises.code_security import configurations as enterprises
hints = [typing.get_type_hints(cls.create)["options"] for cls in (orgs.Configurations, enterprises.Configurations)]
print(hints[0] == hints[1])
c.enterprises.code_security.configurations.create("e1", options={"reviewer": "r"})
""", out, Regions)
    assert stdout.split() == ["True", "nyc1", "ams3", "s-1", "True"]


def test_the_emitted_tests_of_every_page_style_pass_against_prism(tmp_path: Path) -> None:
    """The pages.yaml package's own endpoint tests (a list call of each style, its raw and streamed
    forms) pass against a Prism mock of the spec: Prism's example pages parse in every page class."""
    from scripts.prism import start_prism
    from tests.test_emitted_prism import PRISM_START_TIMEOUT, run_emitted_tests, summary_counts

    out, _ = generate(tmp_path, "pages.yaml")
    try:
        prism = start_prism(ZERO / "pages.yaml", timeout=PRISM_START_TIMEOUT)
    except RuntimeError as error:  # not a skip: the suite must not pass without Prism
        pytest.fail(f"Prism could not start:\n{error}")
    try:
        result = run_emitted_tests(out, prism.url, tmp_path / "pycache", 300.0, "0")
    finally:
        prism.stop()
    counts = summary_counts(result.stdout)
    tail = "\n".join((result.stdout + result.stderr).splitlines()[-60:])
    assert result.returncode == 0 and counts.get("passed", 0) >= 9 * 4 and not counts.get("failed"), tail


# ----- the naming report -------------------------------------------------------------------------


def test_the_naming_report_counts_verb_action_and_fallback_names(tmp_path: Path) -> None:
    """scripts/naming_report.py (`make naming`): per spec, the package and client, the shares of
    method names by verb, by path leaf and by fallback, type-name lengths and resource depth; a
    spec that does not build is a row with its error and exit status 1."""
    from scripts.naming_report import main, report

    row = report(str(ZERO / "methods.yaml"), None)
    assert (row.package, row.client, row.methods, row.fallbacks) == ("methods", "Methods", 24, 1)
    assert (row.verb_share, row.action_share, row.fallback_share, row.max_depth) == (95.8, 0.0, 4.2, 3)
    assert row.longest_type == len(row.longest_type_name) > 0 and row.types > 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\ninfo: {title: B, version: '1'}\npaths: {/x: {get: {responses: {'200': "
                      "{description: ok, content: {application/json: {schema: {$ref: '#/nope'}}}}}}}}\n")
    assert "nope" in report(str(broken), None).error
    assert main([str(ZERO / "title.yaml"), str(broken)]) == 1


def test_the_naming_report_reads_an_openapi_python_client_package(tmp_path: Path) -> None:
    """The figures `make corpus` puts beside ours: openapi-python-client's calls are the modules
    of `api/<tag>/`, each named from its operationId; its types the classes of `models/`."""
    from scripts.naming_report import peer_figures

    for module in ("api/pets/list_pets.py", "api/pets/show_pet_by_id.py", "api/store/get_inventory.py",
                   "api/__init__.py", "api/pets/__init__.py"):
        (tmp_path / module).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / module).write_text("def sync(): ...\n")
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "pet.py").write_text("class Pet:\n    pass\n\n\nclass PetStatusAvailableOrSold:\n    pass\n")
    (tmp_path / "models" / "error.py").write_text("from x import y\n\nclass Error:\n    pass\n")
    row = peer_figures("petstore", tmp_path, "swagger_petstore_client")
    assert (row.package, row.client, row.methods, row.fallbacks, row.fallback_share) == (
        "swagger_petstore_client", "Client", 3, 3, 100.0)
    assert (row.types, row.longest_type, row.longest_type_name, row.median_type, row.max_depth) == (
        3, 24, "PetStatusAvailableOrSold", 5, 1)


class Versioned(Echo):
    def answer(self) -> None:
        self.server.seen.append([self.command, self.headers.get("Api-Version"), self.headers.get("X-Trace-Id")])  # type: ignore[attr-defined]
        send_json(self, {"id": "t1"})

    do_GET = do_POST = answer


def test_a_header_every_operation_defaults_alike_is_sent_by_default(tmp_path: Path) -> None:
    """`Api-Version: 2024-01-01` on every operation is sent by every call and overridden with
    `extra_headers`; `X-Trace-Id`, whose default differs, stays a param of each method."""
    out, _ = generate(tmp_path, "default_header.yaml")
    resources = (out / "src" / "versioned" / "resources" / "things.py").read_text()
    assert "api_version" not in resources and "x_trace_id" in resources
    _, seen = echoed("""
from versioned import Versioned
c = Versioned(base_url="BASE", max_retries=0)
c.things.retrieve()
c.things.create(x_trace_id="t")
c.things.retrieve(extra_headers={"Api-Version": "2025-06-01"})
""", out, Versioned)
    assert seen == [["GET", "2024-01-01", None], ["POST", "2024-01-01", "t"], ["GET", "2025-06-01", None]]


def test_the_page_styles_are_pyright_strict_clean(tmp_path: Path) -> None:
    """The runtime code the inferred page styles add (items found in the body, dotted next cursors
    and URLs, pages built from the response) type-checks as strictly as the rest of the package."""
    import subprocess
    import sys

    out, _ = generate(tmp_path, "pages.yaml")
    done = subprocess.run([str(Path(sys.executable).parent / "pyright"), "--pythonpath", sys.executable, "src"],
                          cwd=out, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0 and "0 errors" in done.stdout, done.stdout[-3000:]


def test_a_union_body_is_named_as_the_body_not_a_numbered_params_class(tmp_path: Path) -> None:
    """DigitalOcean's `LoadBalancerCreateParams2`: a oneOf body took the params class's name with a
    number; it is `LoadBalancerCreateBody` now, and the call still sends it whole."""
    out, _ = generate(tmp_path, "union_body.yaml")
    source = (out / "src" / "union_body" / "types" / "load_balancer_create_params.py").read_text()
    assert "LoadBalancerCreateBody: TypeAlias = Union[" in source and "Params2" not in source
    _, seen = echoed("""
from union_body import UnionBody
from union_body.types.load_balancer_create_params import LoadBalancerCreateBodyAssignDropletsByTag
body: LoadBalancerCreateBodyAssignDropletsByTag = {"tag": "web"}
UnionBody(base_url="BASE", max_retries=0).load_balancers.create(body=body)
""", out)
    assert [s[0] for s in seen] == ["POST"] and seen[0][4] == '{"tag":"web"}'


# ----- fragment-keyed path variants --------------------------------------------------------------


def test_a_fragment_keyed_path_is_sent_without_its_fragment_and_named_by_its_action(tmp_path: Path) -> None:
    """AWS's `/#X-Amz-Target=Svc_20200101.CreateThing` is `client.things.create`, sent to `/` with
    the header its fragment names (no argument for it); an action without a noun goes on the
    service (`client.svc.predict`), a keyword verb gets a `_` (`client.things.import_`); a fragment pair that names no header is a query flag, as after
    `?` (`/specs/{id}#export=true` is `client.export.specs.retrieve`, sending `export=true`, and
    the `export` query param it declares too is no argument: it was sent twice, a ruff F601)."""
    out, _ = generate(tmp_path, "fragment_keyed.yaml")
    _, seen = echoed("""
import inspect
from fragments import Fragments
c = Fragments(base_url="BASE", max_retries=0)
assert "x_amz_target" not in inspect.signature(c.things.create).parameters
assert "export" not in inspect.signature(c.export.specs.retrieve).parameters
c.things.create(name="a")
c.things.list(max=2)
c.things.create_from_template(template="t")
c.things.import_(source="s")
c.svc.predict(input="x")
c.specs.retrieve("a1")
c.export.specs.retrieve("a1", format="json")
""", out, TargetEcho)
    assert seen == [["POST", "/", "Svc_20200101.CreateThing"], ["POST", "/", "Svc_20200101.DescribeThings"],
                    ["POST", "/", "Svc_20200101.CreateThingFromTemplate"], ["POST", "/", "Svc_20200101.ImportThing"],
                    ["POST", "/", "Svc_20200101.Predict"],
                    ["GET", "/specs/a1", None], ["GET", "/specs/a1?format=json&export=true", None]]


class TargetEcho(BaseHTTPRequestHandler):
    """Records (verb, path, X-Amz-Target) and answers `{"id": "1"}`."""

    def log_message(self, *args: Any) -> None:
        pass

    def answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.seen.append([self.command, self.path, self.headers.get("X-Amz-Target")])  # type: ignore[attr-defined]
        send_json(self, {"id": "1"})

    do_GET = do_POST = answer


def test_bounded_params_names_that_meet_get_their_own_modules(tmp_path: Path) -> None:
    """Two sibling resources' fallback names that bound to one params class (the resource's word
    dropped to stay within 60 characters) stopped generation with a file clash; the second is now
    numbered, and each method sends its own request. A sentence for an operationId is a poor name:
    the `<verb>_by_<params>` name is taken instead."""
    out, _ = generate(tmp_path, "long_fallbacks.yaml")
    _, seen = echoed("""
from periods import Periods
c = Periods(base_url="BASE", max_retries=0)
name = "get_records_for_the_selected_reporting_period_and_region_with_details"
getattr(c.reports.alpha, name)("d1", year=2024, region="eu")
getattr(c.reports.beta, name)("d2", year=2025)
""", out)
    assert [s[:2] for s in seen] == [["GET", "/reports/alpha/2024/d1?region=eu"], ["GET", "/reports/beta/2025/d2"]]
    assert naming.poor_operation_id("Gets employee pay statement detail data based on the specified year")
    assert not naming.poor_operation_id("getAlphaRecords")
