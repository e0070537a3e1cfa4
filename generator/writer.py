"""Staging, formatting and the changed-files-only write of the generated tree.

Everything is written into a temp dir beside the target and formatted there; only when that all
succeeded are files copied into the target, and only those whose bytes changed. A failed run never
touches the target.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

RUFF_RULES = "F401,I001"  # unused imports (templates import generously) and import order


@dataclass
class WriteResult:
    written: list[str]
    removed: list[str]
    unchanged: int
    digest: str  # `tree_digest` of the target after the write


def tool(name: str) -> str:
    """The formatter from the interpreter's own environment, else from PATH."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def run(cmd: list[str], cwd: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")


def format_tree(root: Path, formatter: str = "ruff") -> None:
    """ruff check --fix (imports) then ruff format (or black) over the Python files under root."""
    common = ["--line-length", "120", "--target-version", "py39", "."]
    run([tool("ruff"), "check", "--fix", "--quiet", "--exit-zero", "--select", RUFF_RULES, "--no-cache", *common], root)
    if formatter == "black":
        run([tool("black"), "--quiet", *common], root)
    else:
        run([tool("ruff"), "format", "--quiet", "--no-cache", *common], root)


def stage_files(files: dict[str, str], out: Path) -> Path:
    """Write the rendered files into a fresh staging dir beside `out` (same filesystem, so the
    final moves are renames)."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for rel, text in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def tree_digest(root: Path) -> str:
    """sha256 over the paths and bytes of a tree (caches and build products left out)."""
    h = hashlib.sha256()
    for rel, path in staged_files(root).items():
        h.update(digest_entry(rel, path.read_bytes()))
    return h.hexdigest()


def digest_entry(rel: str, data: bytes) -> bytes:
    return rel.encode() + b"\0" + hashlib.sha256(data).digest()


IGNORED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist"}


def staged_files(root: Path) -> dict[str, Path]:
    """Files of a tree, leaving out caches and build products a user's tools may have left there."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if p.is_file() and not IGNORED_PARTS.intersection(rel.parts) and not rel.parts[0].endswith(".egg-info"):
            out[rel.as_posix()] = p
    return out


def sync(staging: Path, out: Path) -> WriteResult:
    """Make `out` equal to `staging`, rewriting only files whose bytes differ."""
    new = staged_files(staging)
    if not out.exists():
        os.replace(staging, out)
        return WriteResult(sorted(new), [], 0, tree_digest(out))
    if not out.is_dir():
        raise InputError.single(str(out), "", "output path exists and is not a directory")
    old = staged_files(out)
    written, unchanged = [], 0
    digest = hashlib.sha256()  # = tree_digest(out) once written: the same files in the same order
    for rel, src in new.items():
        data = src.read_bytes()
        digest.update(digest_entry(rel, data))
        dst = out / rel
        if rel in old and old[rel].read_bytes() == data:
            unchanged += 1
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        tmp = dst.with_name(f".{dst.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, dst)
        written.append(rel)
    removed = sorted(set(old) - set(new))
    for rel in removed:
        (out / rel).unlink()
    for d in sorted((p for p in out.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not IGNORED_PARTS.intersection(d.relative_to(out).parts) and not any(d.iterdir()):
            d.rmdir()
    return WriteResult(written, removed, unchanged, digest.hexdigest())
