"""Releases: a semver bump suggested by the semantic diff, and the files a release touches.

The bump follows the official openai-python versioning policy, as `generator.diff` classifies
changes: a runtime break is major (minor while the version is 0.x); type-only changes and
additions are minor; anything else is a patch. A release writes the version into the config
(`package.version`) and into the emitted package's `_version.py`, and prepends one CHANGELOG entry,
listing the changes by kind, both to the config's release notes (`package.changelog`, which
`generate` emits as CHANGELOG.md, so that the history survives regeneration) and to the emitted
CHANGELOG.md. Text functions are pure; `write_release` does the I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional

from .diff import Change, Impact, Report

Bump = Literal["major", "minor", "patch"]
BUMPS: tuple[Bump, ...] = ("major", "minor", "patch")
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


def suggest_bump(report: Report) -> Bump:
    if report.breaking:
        return "major"
    if any(c.impact in ("types", "addition") for c in report.changes):
        return "minor"
    return "patch"


def parse_version(version: str) -> tuple[int, int, int]:
    m = SEMVER.match(version.strip())
    if m is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def bump_version(current: str, bump: Bump) -> str:
    major, minor, patch = parse_version(current)
    if bump == "major" and major == 0:
        bump = "minor"  # before 1.0 the minor number carries breaking changes (semver item 4)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


@dataclass
class Decision:
    version: str
    suggested: Bump
    warnings: list[str] = field(default_factory=list)


def choose_version(requested: str, current: str, report: Report) -> Decision:
    """`auto` takes the suggested bump; `major`/`minor`/`patch` force one; `X.Y.Z` is taken as
    given when it is newer than `current`, with a warning when it is smaller than the suggestion."""
    suggested = suggest_bump(report)
    if requested == "auto":
        return Decision(bump_version(current, suggested), suggested)
    if requested in BUMPS:
        version = bump_version(current, requested)  # type: ignore[arg-type]
    else:
        version = requested
        if parse_version(version) <= parse_version(current):
            raise ValueError(f"version {version} is not newer than the current {current}")
    warnings = []
    if parse_version(version) < parse_version(bump_version(current, suggested)):
        warnings.append(f"{version} is below the suggested {suggested} bump ({bump_version(current, suggested)}); "
                        "the versioning policy allows that only for changes users are not expected to notice")
    return Decision(version, suggested, warnings)


# ----- changelog ----------------------------------------------------------------------------------

SECTIONS: dict[Impact, str] = {
    "breaking": "Breaking changes",
    "addition": "Added",
    "types": "Type-only changes",
    "compatible": "Other changes",
}
CHANGELOG_HEADING = "# Changelog\n\n"


def entry_line(c: Change) -> str:
    return f"- {c.kind}: `{c.subject}`" + (f" — {c.detail}" if c.detail else "")


def changelog_entry(version: str, date: str, report: Report) -> str:
    """One Markdown section: the version and date, the spec it was made from, then the changes
    grouped by impact (breaking first) and, inside a group, by kind."""
    lines = [f"## {version} ({date})", ""]
    if report.new_spec:
        spec = report.new_spec if report.old_spec == report.new_spec else f"{report.old_spec} → {report.new_spec}"
        lines += [f"Spec: {spec}.", ""]
    if not report.changes:
        lines += ["No API changes.", ""]
    for impact in SECTIONS:  # breaking first, then what users gain, then the rest
        items = sorted(report.by_impact(impact), key=lambda c: (c.kind, c.subject))
        if items:
            lines += [f"### {SECTIONS[impact]}", ""] + [entry_line(c) for c in items] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def prepend_entry(text: str, entry: str) -> str:
    """`entry` on top of a changelog, below its `# Changelog` heading when it has one (the emitted
    file has it; the config's release notes do not), so both files get the same bytes added."""
    head, body = (CHANGELOG_HEADING, text[len(CHANGELOG_HEADING):]) if text.startswith(CHANGELOG_HEADING) else ("", text)
    return head + entry.rstrip("\n") + "\n" + ("\n" + body if body.strip() else "")


# ----- config and version file edits ------------------------------------------------------------------


def set_package_key(config_text: str, key: str, value: str) -> str:
    """`package.<key>: value` in a YAML config, edited as text so that comments and layout stay."""
    lines = config_text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"^package:\s*(#.*)?$", line.rstrip("\n"))), None)
    if start is None:
        if any(re.match(r"^package:", line) for line in lines):
            raise ValueError("`package:` must be a block mapping for `release` to edit it")
        sep = "" if not config_text or config_text.endswith("\n") else "\n"
        return config_text + f"{sep}package:\n  {key}: {value}\n"
    end, indent = start + 1, "  "
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith((" ", "\t", "#"))):
        end += 1
    children = [i for i in range(start + 1, end) if lines[i].strip() and not lines[i].lstrip().startswith("#")]
    if children:
        indent = lines[children[0]][: len(lines[children[0]]) - len(lines[children[0]].lstrip())]
    for i in children:
        m = re.match(rf"^({re.escape(indent)}{re.escape(key)}:\s*)(\S[^#]*?|)(\s*#.*)?$", lines[i].rstrip("\n"))
        if m:
            lines[i] = f"{m.group(1)}{value}{m.group(3) or ''}\n"
            return "".join(lines)
    at = children[-1] + 1 if children else start + 1
    lines.insert(at, f"{indent}{key}: {value}\n")
    return "".join(lines)


def set_version_file(text: str, version: str) -> str:
    new, n = re.subn(r'^__version__ = "[^"]*"', f'__version__ = "{version}"', text, flags=re.M)
    if n != 1:
        raise ValueError("no `__version__ = \"...\"` line in the version file")
    return new


@dataclass
class ReleasePlan:
    version: str
    entry: str
    config_path: Path
    changelog_path: Path  # the config's release notes
    out: Optional[Path]  # the emitted package, when it exists
    package_name: str


def write_release(plan: ReleasePlan) -> list[Path]:
    """Apply a release: config version (and the `package.changelog` key when the config lacked
    it), the release notes, and the emitted package's version file and CHANGELOG.md."""
    written = []
    config_text = plan.config_path.read_text(encoding="utf-8")
    updated = set_package_key(config_text, "version", plan.version)
    if not re.search(r"^\s+changelog:", updated, flags=re.M):
        rel = Path(plan.changelog_path).resolve().relative_to(plan.config_path.resolve().parent).as_posix()
        updated = set_package_key(updated, "changelog", rel)
    plan.config_path.write_text(updated, encoding="utf-8")
    written.append(plan.config_path)
    notes = plan.changelog_path.read_text(encoding="utf-8") if plan.changelog_path.is_file() else seed_notes(plan.out)
    plan.changelog_path.write_text(prepend_entry(notes, plan.entry), encoding="utf-8")
    written.append(plan.changelog_path)
    if plan.out is not None:
        version_file = plan.out / "src" / plan.package_name / "_version.py"
        version_file.write_text(set_version_file(version_file.read_text(encoding="utf-8"), plan.version), encoding="utf-8")
        emitted = plan.out / "CHANGELOG.md"
        emitted.write_text(CHANGELOG_HEADING + prepend_entry(notes, plan.entry), encoding="utf-8")
        written += [version_file, emitted]
    return written


def seed_notes(out: Optional[Path]) -> str:
    """The first release notes of a config that had none: the emitted CHANGELOG.md's entries, so
    that the history written so far is kept."""
    if out is None or not (out / "CHANGELOG.md").is_file():
        return ""
    text = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    return text[len(CHANGELOG_HEADING):] if text.startswith(CHANGELOG_HEADING) else text


def suggestion(report: Report) -> tuple[Bump, Optional[str]]:
    """The suggested bump and the version it leads to from the old side's version (None when that
    is not MAJOR.MINOR.PATCH)."""
    bump = suggest_bump(report)
    try:
        return bump, bump_version(report.old_version, bump)
    except ValueError:
        return bump, None


def suggestion_text(report: Report) -> str:
    bump, version = suggestion(report)
    target = f" ({report.old_version} → {version})" if version else ""
    return f"Suggested version bump: **{bump}**{target}."
