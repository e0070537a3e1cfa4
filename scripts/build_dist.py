"""Build the emitted package's sdist and wheel, and `twine check --strict` both.

`python -m build` makes the sdist first and the wheel from the unpacked sdist, so a file the sdist
forgets fails the build here rather than on a user's machine; it builds in an isolated environment
with the backend pinned in the package's own pyproject.toml, as PyPI users and CI do.
`make build` runs this; tests/test_publish.py too.

    python scripts/build_dist.py [--package output/openai] [--dist dist]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def build(package: Path, dist: Path) -> list[Path]:
    """The built sdist and wheel, moved into `dist` (replacing files of the same name)."""
    dist.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "build", "--outdir", tmp, str(package)], check=True)
        built = sorted(Path(tmp).iterdir())
        kinds = {p.suffix for p in built}
        if kinds != {".whl", ".gz"}:
            raise SystemExit(f"expected one wheel and one sdist, got {[p.name for p in built]}")
        subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, built)], check=True)
        out = []
        for p in built:
            target = dist / p.name
            target.unlink(missing_ok=True)
            shutil.move(str(p), target)
            out.append(target)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--package", default="output/openai", help="the emitted package (has pyproject.toml)")
    ap.add_argument("--dist", default="dist", help="where the sdist and wheel go")
    args = ap.parse_args()
    try:
        for p in build(Path(args.package), Path(args.dist)):
            print(p)
    except subprocess.CalledProcessError as e:
        print(f"build failed: {' '.join(map(str, e.cmd[:4]))} ... exited {e.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
