"""Bad input exits 1 with the place named, and never touches an existing output tree."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, PIN, ROOT, run_generator, tree_bytes

BAD = FIXTURES / "bad"


@pytest.fixture
def existing_output(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    (out / "src").mkdir(parents=True)
    (out / "src" / "keep.py").write_text("KEEP = 1\n")
    return out


def assert_untouched(out: Path) -> None:
    assert tree_bytes(out) == {"src/keep.py": b"KEEP = 1\n"}
    assert not [p.name for p in out.parent.iterdir() if p.name.startswith(".out.")], "staging dir left behind"


def test_bad_yaml_names_file_and_line(existing_output: Path) -> None:
    r = run_generator("generate", "--spec", str(BAD / "bad_yaml.yaml"), "--out", str(existing_output))
    assert r.returncode == 1, r.stderr
    assert "bad_yaml.yaml:" in r.stderr and "invalid YAML" in r.stderr
    # file:line:col
    assert any(part.split(":")[1].isdigit() for part in r.stderr.split() if "bad_yaml.yaml:" in part)
    assert_untouched(existing_output)


def test_dangling_ref_names_the_pointer(existing_output: Path) -> None:
    r = run_generator("generate", "--spec", str(BAD / "dangling_ref.yaml"), "--out", str(existing_output))
    assert r.returncode == 1, r.stderr
    assert "dangling $ref" in r.stderr and "#/components/schemas/Missing" in r.stderr
    assert "#/paths/" in r.stderr or "#/components/" in r.stderr  # where the ref stands
    assert_untouched(existing_output)


def test_wrong_hash_is_refused(existing_output: Path, tmp_path: Path) -> None:
    pin = tmp_path / "bad.pin.yaml"
    text = PIN.read_text().replace("sha256: a", "sha256: b", 1)
    assert text != PIN.read_text()
    pin.write_text(text)
    r = run_generator("generate", "--spec", str(pin), "--out", str(existing_output), "--no-validate")
    assert r.returncode == 1, r.stderr
    assert "bad.pin.yaml: sha256: spec hash mismatch" in r.stderr
    assert_untouched(existing_output)


def test_unknown_config_key_is_named(existing_output: Path) -> None:
    r = run_generator(
        "generate", "--spec", str(FIXTURES / "petstore.yaml"), "--config", str(BAD / "unknown_key.config.yaml"),
        "--out", str(existing_output),
    )
    assert r.returncode == 1, r.stderr
    assert "unknown_key.config.yaml: resourcez: unknown config key" in r.stderr
    assert_untouched(existing_output)


def test_config_route_not_in_spec(tmp_path: Path, existing_output: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("resources:\n  pets:\n    methods:\n      fetch: get /nowhere\n")
    r = run_generator("generate", "--spec", str(FIXTURES / "petstore.yaml"), "--config", str(cfg),
                      "--out", str(existing_output), "--no-validate")
    assert r.returncode == 1
    assert "resources.pets.methods.fetch: route `get /nowhere` is not in the spec" in r.stderr
    assert_untouched(existing_output)


def test_validate_lists_every_problem(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("package: {name: x, colour: red}\nformatter: gofmt\nresources:\n  pets:\n    methods:\n      a: get /nowhere\n")
    r = run_generator("validate", "--spec", str(FIXTURES / "petstore.yaml"), "--config", str(cfg))
    assert r.returncode == 1
    assert "package.colour: unknown config key" in r.stderr
    assert "formatter: must be `ruff` or `black`" in r.stderr


def test_invalid_openapi_is_reported_by_validate() -> None:
    r = run_generator("validate", "--spec", str(BAD / "invalid_openapi.yaml"))
    assert r.returncode == 1
    assert "invalid_openapi.yaml" in r.stderr


def test_missing_spec_file(existing_output: Path) -> None:
    r = run_generator("generate", "--spec", "does/not/exist.yaml", "--out", str(existing_output))
    assert r.returncode == 1
    assert "does/not/exist.yaml: no such file" in r.stderr
    assert_untouched(existing_output)


def test_internal_error_exits_2(tmp_path: Path) -> None:
    # A templates dir without the runtime is our bug, not the user's: exit 2 with a traceback.
    broken = tmp_path / "generator_copy"
    shutil.copytree(ROOT / "generator", broken / "generator")
    (broken / "templates").mkdir()
    r = run_generator("generate", "--spec", str(FIXTURES / "petstore.yaml"), "--out", str(tmp_path / "o"),
                      "--no-validate", cwd=broken)
    assert r.returncode == 2, r.stderr
    assert "internal error" in r.stderr and "Traceback" in r.stderr
