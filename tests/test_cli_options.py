"""Command-line options and config keys the README promises, end to end on small specs.

Every run is in tmp_path, so its caches (`.cache/validation/`, `.cache/generate/`) start empty."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any, Optional

from tests.conftest import FIXTURES, run_generator, tree_bytes

FINDING = "#/paths/~1things/get/responses/200"  # a response without its required description


def spec_with_finding(tmp_path: Path) -> Path:
    """A spec that generates but fails openapi-spec-validator."""
    spec = tmp_path / "spec.yaml"
    spec.write_text("""\
openapi: 3.0.3
info: {title: Things, version: 1.0.0}
servers: [{url: https://things.example}]
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
""")
    return spec


def gadget_spec(tmp_path: Path, schema_extra: str = "", media_extra: str = "") -> Path:
    """Two operations under a `/acme` prefix that is not a version segment."""
    spec = tmp_path / "gadgets.yaml"
    spec.write_text(f"""\
openapi: 3.0.3
info: {{title: Gadget Shop, version: 1.0.0}}
servers: [{{url: https://gadgets.example}}]
paths:
  /acme/gadgets:
    get:
      operationId: listGadgets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Gadget"}}{media_extra}
  /acme/widgets:
    get:
      operationId: listWidgets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Gadget"}}
components:
  schemas:
    Gadget:
      type: object
      properties:
        id: {{type: string}}{schema_extra}
""")
    return spec


def generate(spec: Path, out: Path, *flags: str, config: Optional[Path] = None) -> subprocess.CompletedProcess[str]:
    return run_generator("generate", "--spec", str(spec), "--out", str(out), *flags,
                         *(["--config", str(config)] if config else []), cwd=spec.parent)


def test_strict_fails_on_findings_where_generate_warns(tmp_path: Path) -> None:
    spec, out = spec_with_finding(tmp_path), tmp_path / "out"
    r = generate(spec, out, "--strict")
    assert r.returncode == 1, r.stderr
    assert f"error: {spec}: {FINDING}: " in r.stderr and not out.exists()
    r = generate(spec, out)
    assert r.returncode == 0, r.stderr
    assert f"warning: {spec}: {FINDING}: " in r.stderr and (out / "pyproject.toml").is_file()


def test_strict_is_honoured_when_the_output_is_up_to_date(tmp_path: Path) -> None:
    spec, out = spec_with_finding(tmp_path), tmp_path / "out"
    assert generate(spec, out, "--no-validate").returncode == 0
    r = generate(spec, out, "--strict")  # nothing was validated: the full run validates
    assert r.returncode == 1, r.stderr
    assert f"error: {spec}: {FINDING}: " in r.stderr
    r = generate(spec, out)  # up to date, with the cached findings still reported
    assert r.returncode == 0, r.stderr
    assert f"warning: {spec}: {FINDING}: " in r.stderr and "is up to date" in r.stderr
    r = generate(spec, out, "--strict")
    assert r.returncode == 1, r.stderr
    assert f"error: {spec}: {FINDING}: " in r.stderr and "is up to date" not in r.stderr


def test_cached_findings_name_the_file_read_now(tmp_path: Path) -> None:
    """The cache is keyed by the spec's bytes: the same bytes read from another path (another
    checkout) report that path, not the one validated first."""
    first = spec_with_finding(tmp_path)
    second_dir = tmp_path / "elsewhere"
    second_dir.mkdir()
    second = second_dir / first.name
    second.write_bytes(first.read_bytes())
    cache = tmp_path / "shared-cache"
    r = run_generator("validate", "--spec", str(first), "--cache-dir", str(cache), cwd=tmp_path)
    assert f"{first}: {FINDING}" in r.stderr, r.stderr
    r = run_generator("validate", "--spec", str(second), "--cache-dir", str(cache), cwd=tmp_path)
    assert f"{second}: {FINDING}" in r.stderr and str(first) not in r.stderr, r.stderr
    r = generate(second, tmp_path / "out", "--cache-dir", str(cache))
    assert f"warning: {second}: {FINDING}" in r.stderr and str(first) not in r.stderr, r.stderr


def test_validation_is_cached_and_reused(tmp_path: Path) -> None:
    spec = spec_with_finding(tmp_path)
    digest = hashlib.sha256(spec.read_bytes()).hexdigest()
    cache = tmp_path / ".cache" / "validation" / f"{digest}-{metadata.version('openapi-spec-validator')}-v2.json"
    r = run_generator("validate", "--spec", str(spec), cwd=tmp_path)
    assert r.returncode == 1 and FINDING in r.stderr, r.stderr
    assert [p["where"] for p in json.loads(cache.read_text())] == [FINDING]
    # the next run reads the cache instead of validating again: a finding planted there is reported
    cache.write_text(json.dumps([{"file": str(spec), "where": "#/planted", "message": "from the cache"}]))
    r = generate(spec, tmp_path / "out")
    assert r.returncode == 0, r.stderr
    assert f"warning: {spec}: #/planted: from the cache" in r.stderr and FINDING not in r.stderr


def test_ignore_validation_silences_a_finding(tmp_path: Path) -> None:
    spec, config = spec_with_finding(tmp_path), tmp_path / "c.yaml"
    config.write_text(f'ignore_validation: ["{FINDING}"]\n')
    r = generate(spec, tmp_path / "out", "--strict", config=config)
    assert r.returncode == 0, r.stderr
    assert FINDING not in r.stderr and "[validate] done in" in r.stderr and "0 finding(s)" in r.stderr


def resource_paths(node: Any) -> list[str]:
    return [p for r in node["resources"] for p in [r["path"], *resource_paths(r)]]


def test_strip_prefixes_drop_the_prefix_from_inferred_names(tmp_path: Path) -> None:
    spec, config = gadget_spec(tmp_path), tmp_path / "c.yaml"
    config.write_text("strip_prefixes: [/acme]\n")
    plain = run_generator("ir", "--spec", str(spec), cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert "acme" in resource_paths(json.loads(plain.stdout))
    stripped = run_generator("ir", "--spec", str(spec), "--config", str(config), cwd=tmp_path)
    assert stripped.returncode == 0, stripped.stderr
    assert sorted(resource_paths(json.loads(stripped.stdout))) == ["gadgets", "widgets"]


def test_unmapped_error_names_the_route(tmp_path: Path) -> None:
    spec, config = gadget_spec(tmp_path), tmp_path / "c.yaml"
    config.write_text("unmapped: error\nresources:\n  gadgets:\n    methods:\n      list: get /acme/gadgets\n")
    r = generate(spec, tmp_path / "out", "--no-validate", config=config)
    assert r.returncode == 1, r.stderr
    assert f"error: {config}: resources: operation `get /acme/widgets` is neither mapped nor skipped" in r.stderr
    assert "/acme/gadgets" not in r.stderr


def test_a_missing_example_file_is_dropped_with_a_note(tmp_path: Path) -> None:
    spec = gadget_spec(tmp_path, media_extra='\n              examples:\n                one: {$ref: "./gone.yaml#/One"}')
    r = generate(spec, tmp_path / "out", "--no-validate")
    assert r.returncode == 0, r.stderr
    assert "[load] done in" in r.stderr and "./gone.yaml: example file missing, dropped at #/paths/" in r.stderr
    (tmp_path / "gone.yaml").write_text("One: {value: {id: g1}}\n")  # the file appearing is a change
    r = generate(spec, tmp_path / "out", "--no-validate")
    assert r.returncode == 0, r.stderr
    assert "is up to date" not in r.stderr and "dropped" not in r.stderr


def test_a_property_named_examples_is_not_an_example(tmp_path: Path) -> None:
    spec = gadget_spec(tmp_path, schema_extra='\n        examples: {$ref: "./gone.yaml#/Examples"}')
    r = generate(spec, tmp_path / "out", "--no-validate")
    assert r.returncode == 1, r.stderr
    assert f"$ref to missing file {tmp_path.resolve() / 'gone.yaml'}" in r.stderr and "dropped" not in r.stderr


def test_a_change_in_a_file_an_external_ref_reads_is_not_up_to_date(tmp_path: Path) -> None:
    spec, out = tmp_path / "legacy30.yaml", tmp_path / "out"
    shutil.copy(FIXTURES / "legacy30.yaml", spec)
    shutil.copytree(FIXTURES / "shared", tmp_path / "shared")
    assert generate(spec, out, "--no-validate").returncode == 0
    r = generate(spec, out, "--no-validate")
    assert r.returncode == 0 and "is up to date" in r.stderr, r.stderr
    common = tmp_path / "shared" / "common.yaml"
    common.write_text(common.read_text().replace('"#/components/schemas/ErrorDetail"', '"#/components/schemas/Gone"'))
    r = generate(spec, out, "--no-validate")
    assert r.returncode == 1, r.stderr
    assert "common.yaml#/components/schemas/Gone" in r.stderr and "is up to date" not in r.stderr


def test_a_change_in_a_file_an_external_ref_reads_regenerates(tmp_path: Path) -> None:
    spec, shared, out = tmp_path / "spec.yaml", tmp_path / "shared.yaml", tmp_path / "out"
    spec.write_text(SPEC_WITH_EXTERNAL_REF)
    shared.write_text("components:\n  schemas:\n    Gadget:\n      type: object\n      description: Before the edit.\n"
                      "      properties: {id: {type: string}}\n")
    assert generate(spec, out, "--no-validate").returncode == 0
    assert any(b"Before the edit." in data for data in tree_bytes(out).values())
    shared.write_text(shared.read_text().replace("Before the edit.", "After the edit."))
    r = generate(spec, out, "--no-validate")
    assert r.returncode == 0 and "is up to date" not in r.stderr, r.stderr
    after = tree_bytes(out).values()
    assert any(b"After the edit." in data for data in after) and not any(b"Before the edit." in data for data in after)


SPEC_WITH_EXTERNAL_REF = """\
openapi: 3.0.3
info: {title: Gadget Shop, version: 1.0.0}
servers: [{url: https://gadgets.example}]
paths:
  /gadgets/{gadget_id}:
    get:
      operationId: getGadget
      parameters: [{name: gadget_id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "./shared.yaml#/components/schemas/Gadget"}
"""
