"""Releases (`python -m generator release`, `make release`; generator/release.py): the suggested
semver bump, the config and version-file edits, the CHANGELOG entry, and a whole release in a
throwaway git repository whose result must be exactly what a regeneration makes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.diff import Change, Report
from generator.release import (
    bump_version,
    changelog_entry,
    choose_version,
    prepend_entry,
    set_package_key,
    set_version_file,
    suggest_bump,
)
from tests.conftest import DIFF, git, run_generator


def report_of(*impacts: str) -> Report:
    return Report("a", "b", [Change(f"k{i}", imp, f"s{i}") for i, imp in enumerate(impacts)],  # type: ignore[arg-type]
                  old_version="2.40.0", new_version="2.40.0")


@pytest.mark.parametrize(
    ("impacts", "bump"),
    [
        (("breaking", "addition"), "major"),
        (("types",), "minor"),  # static-only changes may ship as minor (official versioning policy)
        (("addition", "compatible"), "minor"),
        (("compatible",), "patch"),
        ((), "patch"),
    ],
)
def test_suggested_bump_follows_the_versioning_policy(impacts: tuple[str, ...], bump: str) -> None:
    assert suggest_bump(report_of(*impacts)) == bump


def test_bump_version() -> None:
    assert bump_version("2.40.0", "major") == "3.0.0"
    assert bump_version("2.40.3", "minor") == "2.41.0"
    assert bump_version("2.40.3", "patch") == "2.40.4"
    assert bump_version("0.7.2", "major") == "0.8.0"  # before 1.0 the minor number breaks
    with pytest.raises(ValueError):
        bump_version("2.40", "patch")


def test_choose_version() -> None:
    breaking = report_of("breaking")
    assert choose_version("auto", "2.40.0", breaking).version == "3.0.0"
    assert choose_version("patch", "2.40.0", report_of()).version == "2.40.1"
    explicit = choose_version("2.41.0", "2.40.0", breaking)  # allowed, but said out loud
    assert explicit.version == "2.41.0" and explicit.suggested == "major"
    assert explicit.warnings and "below the suggested major bump (3.0.0)" in explicit.warnings[0]
    assert choose_version("3.0.0", "2.40.0", breaking).warnings == []
    with pytest.raises(ValueError, match="not newer"):
        choose_version("2.40.0", "2.40.0", breaking)


CONFIG = """\
# my config
package:
  name: shop   # import name
  version: 1.4.2  # bumped by `make release`
  license: MIT

client:
  name: Shop
"""


def test_set_package_key_edits_text_and_keeps_comments() -> None:
    bumped = set_package_key(CONFIG, "version", "2.0.0")
    assert bumped == CONFIG.replace("version: 1.4.2  #", "version: 2.0.0  #")
    added = set_package_key(bumped, "changelog", "shop.CHANGELOG.md")
    assert added == bumped.replace("  license: MIT\n", "  license: MIT\n  changelog: shop.CHANGELOG.md\n")
    assert set_package_key("client:\n  name: X\n", "version", "1.0.0") == "client:\n  name: X\npackage:\n  version: 1.0.0\n"
    with pytest.raises(ValueError, match="block mapping"):
        set_package_key("package: {name: shop, version: 1.0.0}\n", "version", "1.0.1")


def test_set_version_file() -> None:
    text = '# generated\n\n__title__ = "shop"\n__version__ = "1.4.2"\n'
    assert set_version_file(text, "2.0.0") == '# generated\n\n__title__ = "shop"\n__version__ = "2.0.0"\n'
    with pytest.raises(ValueError):
        set_version_file("x = 1\n", "2.0.0")


def test_prepend_entry_gives_both_changelogs_the_same_bytes() -> None:
    notes = "## 1.0.0\n\nFirst.\n"
    entry = "## 1.1.0 (2026-01-02)\n\n### Added\n\n- x\n"
    assert prepend_entry(notes, entry) == entry + "\n" + notes
    assert prepend_entry("# Changelog\n\n" + notes, entry) == "# Changelog\n\n" + entry + "\n" + notes
    assert prepend_entry("", entry) == entry


def test_changelog_entry_lists_changes_by_kind(shop_report: Report) -> None:
    lines = changelog_entry("2.0.0", "2026-01-02", shop_report).splitlines()
    assert lines[0] == "## 2.0.0 (2026-01-02)"
    assert lines[2].startswith("Spec: Shop API 1.0.0 (sha256 ") and "→ Shop API 2.0.0" in lines[2]
    sections = [line for line in lines if line.startswith("### ")]
    assert sections == ["### Breaking changes", "### Added", "### Type-only changes", "### Other changes"]
    breaking = lines[lines.index("### Breaking changes") + 2: lines.index("### Added") - 1]
    assert breaking[0] == "- field removed: `shop.types.item.Item.legacy_code` — reading it raises AttributeError"
    assert "- method removed: `client.items.delete` — delete /items/{item_id}" in breaking
    assert len(breaking) == 8
    assert [line[2:].split(":")[0] for line in breaking] == sorted(line[2:].split(":")[0] for line in breaking)
    assert changelog_entry("1.0.1", "2026-01-02", Report("a", "b", [])).splitlines()[2] == "No API changes."


# ----- a whole release -------------------------------------------------------------------------------------

V1_CONFIG = """\
# the shop SDK
package:
  name: shop
  version: 1.4.2  # the released version
client:
  name: Shop
"""


def mapping(fixture_config: str) -> str:
    """The resources and types sections of a fixture config (its package line is flow style)."""
    return (DIFF / fixture_config).read_text().split("client: {name: Shop}\n", 1)[1]


def test_release_in_a_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "api").mkdir(parents=True)
    git(repo, "init", "-q")
    spec, config, out = repo / "api" / "shop.yaml", repo / "api" / "shop.config.yaml", repo / "sdk"
    shutil.copy(DIFF / "shop-v1.yaml", spec)
    config.write_text(V1_CONFIG + mapping("shop-v1.config.yaml"))
    gen = ["generate", "--spec", str(spec), "--config", str(config), "--no-validate", "--quiet"]
    r = run_generator(*gen, "--out", str(out), cwd=repo)
    assert r.returncode == 0, r.stderr
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "shop 1.4.2")
    git(repo, "tag", "v1.4.2")
    # the spec update is committed and regenerated; the release compares with the tag, not HEAD
    shutil.copy(DIFF / "shop-v2.yaml", spec)
    config.write_text(V1_CONFIG + mapping("shop-v2.config.yaml"))
    r = run_generator(*gen, "--out", str(out), cwd=repo)
    assert r.returncode == 0, r.stderr
    git(repo, "commit", "-q", "-am", "spec 2.0.0")
    first_changelog = (out / "CHANGELOG.md").read_text()

    dry = run_generator("release", "--spec", "api/shop.yaml", "--config", "api/shop.config.yaml", "--out", "sdk",
                        "--date", "2026-01-02", "--dry-run", cwd=repo)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("## 2.0.0 (2026-01-02)\n") and "compared with v1.4.2" in dry.stderr
    assert "version: 1.4.2" in config.read_text()  # a dry run writes nothing

    r = run_generator("release", "--spec", "api/shop.yaml", "--config", "api/shop.config.yaml", "--out", "sdk",
                      "--date", "2026-01-02", cwd=repo)
    assert r.returncode == 0, r.stderr
    text = config.read_text()
    assert "  version: 2.0.0  # the released version\n" in text  # comment kept
    assert "  changelog: shop.config.CHANGELOG.md\n" in text  # the config had no release notes yet
    assert (out / "src" / "shop" / "_version.py").read_text().endswith('__version__ = "2.0.0"\n')
    changelog = (out / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog\n\n## 2.0.0 (2026-01-02)\n")
    assert "- method removed: `client.items.delete` — delete /items/{item_id}" in changelog
    # the history so far is kept below the new entry
    assert changelog.endswith("\n" + first_changelog[len("# Changelog\n\n"):])
    notes = (repo / "api" / "shop.config.CHANGELOG.md").read_text()
    assert "# Changelog\n\n" + notes == changelog

    # the release left output/ exactly as a regeneration from the new config makes it
    fresh = tmp_path / "fresh"
    r = run_generator(*gen, "--out", str(fresh), cwd=repo)
    assert r.returncode == 0, r.stderr
    for rel in ("CHANGELOG.md", "src/shop/_version.py"):
        assert (fresh / rel).read_bytes() == (out / rel).read_bytes(), rel

    # a second release on top: an explicit version older than the current one is refused
    again = run_generator("release", "--spec", "api/shop.yaml", "--config", "api/shop.config.yaml",
                          "--version", "1.9.0", cwd=repo)
    assert again.returncode == 1 and "not newer than the current 2.0.0" in again.stderr
