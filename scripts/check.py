"""`make check`: the committed output is exactly what the generator makes now, and what the spec
and config changes since a git revision do to the SDK's users.

1. Regenerates the package into a temporary directory and compares it with `--out` byte for byte;
   any drift (a generator, template or config change not regenerated, or a hand edit of output/)
   is printed and fails the check.
2. Prints the semantic API diff (`python -m generator diff`) of the spec and config at `--old`
   (default HEAD) against the working tree. When neither changed since then, the two IRs are
   built by the same generator from the same bytes, so there is nothing to compare.

tests/test_regeneration.py runs this script, which puts `make check` inside `make test`; the CI
regeneration workflow runs the same steps.

    python scripts/check.py [--spec S] [--config C] [--out DIR] [--old REV]
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.writer import staged_files  # noqa: E402 - after the path set-up above


def regenerate(spec: Path, config: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--config", str(config), "--out", str(out),
         "--no-validate", "--quiet"],
        cwd=ROOT, capture_output=True, text=True,
    )


def tree_bytes(root: Path) -> dict[str, bytes]:
    """A generated tree's files and bytes; caches that tools leave behind are not part of it."""
    return {rel: p.read_bytes() for rel, p in staged_files(root).items()}


def drift(got: dict[str, bytes], want: dict[str, bytes], shown: int = 3, width: int = 3000) -> list[str]:
    """What differs between a fresh generation (`got`) and the committed tree (`want`): files the
    generator makes that are not committed, committed files it no longer makes, and the changed
    files, the first `shown` of them with a unified diff."""
    problems = []
    missing, stale = sorted(set(got) - set(want)), sorted(set(want) - set(got))
    if missing:
        problems.append(f"not committed, but generated: {', '.join(missing[:10])}" + (" ..." if len(missing) > 10 else ""))
    if stale:
        problems.append(f"committed, but no longer generated: {', '.join(stale[:10])}" + (" ..." if len(stale) > 10 else ""))
    changed = [rel for rel in sorted(set(got) & set(want)) if got[rel] != want[rel]]
    for rel in changed[:shown]:
        diff = "".join(difflib.unified_diff(want[rel].decode(errors="replace").splitlines(True),
                                            got[rel].decode(errors="replace").splitlines(True),
                                            f"committed/{rel}", f"generated/{rel}", n=2))
        problems.append(f"{rel} differs from a regeneration:\n{diff[:width]}")
    if len(changed) > shown:
        problems.append(f"... and {len(changed) - shown} more changed files: {', '.join(changed[shown:shown + 20])}")
    return problems


def inputs_changed_since(rev: str, paths: list[Path]) -> bool:
    r = subprocess.run(["git", "diff", "--quiet", rev, "--", *map(str, paths)], cwd=ROOT, capture_output=True)
    if r.returncode not in (0, 1):
        raise RuntimeError(r.stderr.decode(errors="replace").strip() or f"git diff exited {r.returncode}")
    return r.returncode == 1


def semantic_section(old: str, spec: Path, config: Path) -> str:
    from generator.cli import semantic_report
    from generator.config import load_config
    from generator.diff import render_markdown
    from generator.loader import is_pin_file
    from generator.release import suggestion_text

    inputs = [spec if is_pin_file(spec) else spec.parent, config]
    notes = load_config(str(config)).changelog_file
    if notes:
        inputs.append(Path(notes))
    try:
        if not inputs_changed_since(old, inputs):
            return f"API diff against {old}: the spec and config are unchanged since {old}, so the API is too.\n"
    except RuntimeError as e:
        return f"API diff against {old}: not available ({e}).\n"
    report = semantic_report(old, str(spec), str(config))
    return render_markdown(report, suggestion_text(report))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spec", type=Path, default=ROOT / "spec" / "openai.pin.yaml")
    ap.add_argument("--config", type=Path, default=ROOT / "spec" / "openai.yaml")
    ap.add_argument("--out", type=Path, default=ROOT / "output" / "openai")
    ap.add_argument("--old", default="HEAD", help="git revision the API diff compares with")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "package"
        r = regenerate(args.spec, args.config, fresh)
        if r.returncode != 0:
            print(f"check: generation failed (exit {r.returncode}):\n{r.stderr}", file=sys.stderr)
            return 1
        problems = drift(tree_bytes(fresh), tree_bytes(args.out))
    print(semantic_section(args.old, args.spec, args.config))
    if problems:
        print(f"check: {args.out} drifted from the generator; run `make generate` and commit the result:", file=sys.stderr)
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    print(f"check: {args.out} is exactly what the generator makes from {args.spec.name} and {args.config.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
