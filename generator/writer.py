"""Staging, formatting and the atomic replacement of the generated tree.

Each run owns one dir beside `--out` (`.<out>.sdkgen-XXXX/`, flock'ed for as long as the run
lives). The new tree is written and formatted in its `tree/`; files whose bytes did not change
become hard links to the old ones. Then a journal (`swap.json`, naming the new tree's inode) is
written and the trees are swapped: in one step where the OS can exchange two paths (Linux), else
by two renames (`out` -> `old/`, `tree/` -> `out`). Whatever stops a run, the next one finds its dir
unlocked and settles it (see `settle`): without a journal nothing moved; when `out` is the new
tree's inode the swap committed and only the old tree's caches still have to move over; when `out`
is missing the old tree is renamed back. So `out` is the whole old tree or the whole new one.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Optional

from .errors import InputError, Problem

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no locks, see `open_locked`
    fcntl = None  # type: ignore[assignment]

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


RUN_MARK = "sdkgen-run"  # in every run dir: what makes a dir beside `out` ours to delete
JOURNAL = "swap.json"  # written just before the swap: from then on the run dir may hold the old tree


class OutputError(InputError):
    """The output could not be written (permission denied, disk full, a file where a dir should be).
    Exit 1 like bad input: the cause is on the user's machine, not a bug of ours."""


def run_prefix(out: Path) -> str:
    return f".{out.name}.sdkgen-"


@dataclass
class Staging:
    """The dir beside `out` that one run owns: `tree/` is the new output (the old one after an
    exchange), `old/` the old one after two renames, `swap.json` the journal. `lock` is an fd
    holding flock on the dir, which the kernel drops however the run ends: that is how a later run
    knows the dir was left behind."""

    root: Path
    out: Path
    lock: int

    @property
    def tree(self) -> Path:
        return self.root / "tree"

    @property
    def old(self) -> Path:
        return self.root / "old"

    @property
    def journal(self) -> Path:
        return self.root / JOURNAL

    def close(self) -> None:
        """Settle and delete the run dir. A failure here leaves it for the next run, which retries
        and reports it: raising would hide the error the run is already ending with."""
        try:
            with held(self.out.parent):
                settle(self.root, self.out)
                shutil.rmtree(self.root)
        except (OSError, OutputError):
            pass
        finally:
            os.close(self.lock)


def open_locked(path: Path, wait: bool) -> Optional[int]:
    """An fd of the dir `path` with an exclusive flock on it; None when another process holds the
    lock and `wait` is false. Where the filesystem or OS has no flock the fd is unlocked: then
    concurrent runs beside the same `out` cannot tell each other's dirs from a killed run's."""
    fd = os.open(path, os.O_RDONLY)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError:
        pass  # no flock on this filesystem
    return fd


@contextlib.contextmanager
def held(parent: Path) -> Iterator[None]:
    """The parent dir of `out` locked for the block: creating, settling and swapping run dirs are
    serialised, so two runs never rename the same tree at once."""
    fd = open_locked(parent, wait=True)
    assert fd is not None  # waiting never gives up
    try:
        yield
    finally:
        os.close(fd)


def os_problem(e: OSError, staging: Optional[Staging], outcome: str) -> OutputError:
    """An OutputError naming the file of `e`; a path in the run's `tree/` is shown as the file of
    `out` it was going to become, since the run dir is deleted afterwards."""
    def shown(name: object) -> str:
        if not isinstance(name, (str, bytes)):
            return "(unknown file)"
        path = Path(os.fsdecode(name))
        if staging is not None and path.is_relative_to(staging.tree) and path != staging.tree:
            return f"{staging.out / path.relative_to(staging.tree)} (staged copy)"
        return str(path)

    other = f" -> {shown(e.filename2)}" if e.filename2 is not None else ""
    file = shown(e.filename)
    return OutputError([Problem(file, "", f"{e.strerror or e}{other}; {outcome}")])


def stage_files(files: dict[str, str], out: Path) -> Staging:
    """Write the rendered files into a fresh run dir beside `out` (the same filesystem, so the
    swap is made of renames)."""
    out = out.resolve()
    untouched = f"{out} was left as it was"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with held(out.parent):
            root = Path(tempfile.mkdtemp(prefix=run_prefix(out), dir=out.parent))
            lock = open_locked(root, wait=False)
            assert lock is not None  # the dir is brand new and nobody else has opened it
    except OSError as e:
        raise os_problem(e, None, untouched) from None
    staging = Staging(root, out, lock)
    try:
        (root / RUN_MARK).write_text(f"sdkgen run, pid {os.getpid()}\n")
        for rel, text in files.items():
            path = staging.tree / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as e:
        staging.close()
        raise os_problem(e, staging, untouched) from None
    except BaseException:
        staging.close()
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


def is_ignored(rel: PurePath) -> bool:
    return bool(IGNORED_PARTS.intersection(rel.parts)) or rel.parts[0].endswith(".egg-info")


def staged_files(root: Path) -> dict[str, Path]:
    """Files of a tree, leaving out caches and build products a user's tools may have left there."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if p.is_file() and not is_ignored(rel):
            out[rel.as_posix()] = p
    return out


def identity(path: Path) -> Optional[list[int]]:
    """(device, inode) of a path, None when nothing is there: what tells the new tree from the old
    one after a kill, wherever either has been renamed to."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    return [st.st_dev, st.st_ino]


def displaced(run: Path) -> Path:
    """Where the old tree is once the swap committed: `old/` after two renames, `tree/` after an
    exchange."""
    return run / "old" if (run / "old").exists() else run / "tree"


def settle(run: Path, out: Path) -> str:
    """Make `out` a whole tree again after the run in `run` stopped, however it stopped; says what
    it did. The caller deletes `run` afterwards."""
    journal = run / JOURNAL
    if not journal.is_file():
        return "removed the dir of a run that stopped before its swap began"
    if identity(out) == json.loads(journal.read_text()).get("new_tree"):  # the swap committed
        carry_ignored(displaced(run), out)
        return "finished the swap of a run that stopped after its new tree was in place"
    old = run / "old"
    if not old.exists():
        return "removed the dir of a run that stopped before it moved the old tree"
    if os.path.lexists(out):
        raise OutputError.single(str(out), "", f"both this and the old tree in {old} exist after an interrupted run; "
                                               f"keep the one you want and delete {run}")
    os.rename(old, out)
    return "put the old tree back: a run stopped between moving it aside and moving the new one in"


def recover(out: Path) -> list[str]:
    """Settle and delete the run dirs that killed runs left beside `out` (those no live run holds);
    one line for each. Dirs that merely look alike are left alone: a run dir has our prefix and
    either our mark or nothing in it (killed right after its creation)."""
    out = out.resolve()
    if not out.parent.is_dir():
        return []
    notes = []
    try:
        with held(out.parent):
            for run in sorted(out.parent.iterdir()):
                if not is_run_dir(run, out):
                    continue
                lock = open_locked(run, wait=False)
                if lock is None:
                    continue  # a live run's
                try:
                    notes.append(f"{run.name}: {settle(run, out)}")
                    # `out` is whole now; what is left is litter, not worth failing the run for
                    # (a formatter the killed run had started may still be writing into it)
                    shutil.rmtree(run, ignore_errors=True)
                    if run.exists():
                        notes.append(f"{run.name}: could not delete it yet; the next run retries")
                finally:
                    os.close(lock)
    except OSError as e:
        raise os_problem(e, None, "left by an interrupted run; fix it and run again") from None
    return notes


def is_run_dir(path: Path, out: Path) -> bool:
    if not path.name.startswith(run_prefix(out)) or path.is_symlink() or not path.is_dir():
        return False
    return (path / RUN_MARK).is_file() or not any(path.iterdir())


def carry_ignored(old: Path, out: Path) -> None:
    """Move the caches and build products of the old tree (`is_ignored`) into the new one: they
    belong to the user's tools, so the swap must not drop them. One whose dir no longer exists in
    the new tree is deleted with the old tree, as are the old generated files."""
    if not old.is_dir() or not out.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(old):
        here = Path(dirpath)
        for name in [*dirnames, *filenames]:
            rel = (here / name).relative_to(old)
            target = out / rel
            if is_ignored(rel) and target.parent.is_dir() and not os.path.lexists(target):
                os.rename(here / name, target)
        dirnames[:] = [d for d in dirnames if (here / d).is_dir()]  # not into those just moved


def link_unchanged(old: Path, staged: Path) -> None:
    """Put the old file in place of its identical staged copy, so the swap keeps its inode and
    mtime (tools that watch mtimes see only the changed files). A filesystem without hard links
    gets a copy with the old mtime instead."""
    staged.unlink()
    try:
        os.link(old, staged)
    except OSError:
        shutil.copy2(old, staged)


def check_replaceable(out: Path) -> None:
    """Fail before anything moves when the old tree could not be deleted after the swap (a
    read-only dir in it): the run would otherwise end with the new tree in place and an undeletable
    backup beside it."""
    def fail(e: OSError) -> None:
        raise e

    for dirpath, _, _ in os.walk(out, onerror=fail):
        if not os.access(dirpath, os.W_OK | os.X_OK):
            raise OSError(13, "directory is not writable, so the old output cannot be replaced", dirpath)


def sync(staging: Staging, out: Path, step: Callable[[str], None] = lambda _: None) -> WriteResult:
    """Make `out` the staged tree with one swap (see the module docstring). Nothing at all changes
    when no file did. `step` is called after each step of the write (a test hook)."""
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise InputError.single(str(out), "", "output path exists and is not a directory")
    try:
        with held(out.parent):
            result = compare(staging, out)
            step("compared")
            if out.is_dir() and not result.written and not result.removed:
                return result
            if out.is_dir():
                check_replaceable(out)
                shutil.copymode(out, staging.tree)
            swap(staging, out, step)
    except OSError as e:
        raise os_problem(e, staging, f"{out} was left as it was") from None
    old = displaced(staging.root)  # where the swap put the old tree
    try:
        with held(out.parent):
            carry_ignored(old, out)
            step("caches carried over")
            if old.exists():
                shutil.rmtree(old)
                step("old tree deleted")
    except OSError as e:
        raise os_problem(e, None, f"the new {out} is in place, but what is left of the old one is still in "
                                  f"{old}; the next run retries") from None
    return result


def compare(staging: Staging, out: Path) -> WriteResult:
    """What the swap will change, with the unchanged files linked to the old ones."""
    new = staged_files(staging.tree)
    old = staged_files(out) if out.is_dir() else {}
    written, unchanged = [], 0
    digest = hashlib.sha256()  # = tree_digest(out) after the swap: the same files in the same order
    for rel, path in new.items():
        data = path.read_bytes()
        digest.update(digest_entry(rel, data))
        if rel in old and old[rel].stat().st_size == len(data) and old[rel].read_bytes() == data:
            link_unchanged(old[rel], path)
            unchanged += 1
        else:
            written.append(rel)
    return WriteResult(written, sorted(set(old) - set(new)), unchanged, digest.hexdigest())


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE), so that `b` never is missing;
    False where the OS, libc or filesystem cannot, and the caller falls back to two renames."""
    if not sys.platform.startswith("linux"):
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)  # glibc 2.28+
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):  # not supported here
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def swap(staging: Staging, out: Path, step: Callable[[str], None]) -> None:
    """The journal, then the swap: one exchange where the OS has it, else two renames with a
    window where `out` is missing, which the next run closes (see `settle`); a failed second
    rename is undone on the spot. Afterwards the old tree is in `displaced(staging.root)`."""
    tmp = staging.journal.with_suffix(".tmp")
    tmp.write_text(json.dumps({"out": str(out), "new_tree": identity(staging.tree)}))
    os.replace(tmp, staging.journal)  # a journal is whole or absent
    step("journal written")
    if out.is_dir() and exchange(staging.tree, out):
        step("trees exchanged")
        return
    if out.is_dir():
        os.rename(out, staging.old)
        step("old tree moved aside")
    try:
        os.rename(staging.tree, out)
    except OSError:
        if staging.old.exists():
            os.rename(staging.old, out)
        raise
    step("new tree in place")
