"""`generate` over an existing output leaves it, at every instant, the whole old tree or the whole
new one (generator/writer.py), and the next run cleans up after a killed one.

The kill test runs the generator as a subprocess, SIGKILLs it at 20 seeded random points spread
over a whole run, and checks the tree byte for byte after each kill and after the next run. The
swap itself takes microseconds, so the runs set SDKGEN_TEST_WRITE_PAUSE: the generator then prints
each step of the write and sleeps after it, and kills land between the renames too. Where each kill
landed is printed (`pytest -s`).
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import cli, writer
from tests.conftest import FIXTURES, ROOT, tree_bytes

PETSTORE = FIXTURES / "petstore.yaml"
KILLS = 20
SEED = 18
PAUSE = "0.08"  # per write step; 6 steps make the write about a third of a run
CACHES = {"src/petstore/__pycache__/_client.cpython-311.pyc": b"pyc", "build/lib/x": b"build"}


def older_spec(path: Path) -> Path:
    """petstore with another version and /owners renamed: the old tree has files the new one
    drops (keepers), files it lacks (owners) and files that differ (the version)."""
    text = PETSTORE.read_text().replace("version: 1.4.0", "version: 1.3.0", 1).replace("/owners/", "/keepers/")
    assert text != PETSTORE.read_text()
    path.write_text(text)
    return path


def command(spec: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--no-validate"]


def env(pause: str, cwd: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "SDKGEN_TEST_WRITE_PAUSE": pause, "SDKGEN_CACHE_DIR": str(cwd / ".cache")}


def generate(spec: Path, out: Path, cwd: Path, pause: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(spec, out), cwd=cwd, env=env(pause, cwd), capture_output=True, text=True)


@dataclass(frozen=True)
class Trees:
    old: Path
    new: Path
    old_spec: Path
    work: Path  # cwd of the runs: their .cache/ stays out of the repo

    def reset(self, out: Path) -> None:
        """`out` = the old tree plus the caches a user's tools leave in it."""
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(self.old, out)
        for rel, data in CACHES.items():
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_bytes(data)


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> Trees:
    root = tmp_path_factory.mktemp("atomic")
    work = root / "work"
    work.mkdir()
    old_spec = older_spec(root / "older.yaml")
    for spec, name in ((old_spec, "old"), (PETSTORE, "new")):
        r = generate(spec, root / name, work)
        assert r.returncode == 0, r.stderr
    t = Trees(root / "old", root / "new", old_spec, work)
    old, new = tree_bytes(t.old), tree_bytes(t.new)
    assert set(old) - set(new) and set(new) - set(old) and any(old[k] != new[k] for k in set(old) & set(new))
    return t


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(writer.run_prefix(out)))


# --- the kill test ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Kill:
    anchor: str  # the stderr line to wait for ("" = the spawn)
    delay: float  # seconds after it


def timeline(trees: Trees, out: Path) -> list[tuple[float, str]]:
    """The stderr lines of one whole run, with their times after the spawn."""
    trees.reset(out)
    start = time.monotonic()
    proc = subprocess.Popen(command(PETSTORE, out), cwd=trees.work, env=env(PAUSE, trees.work), stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    lines = [(time.monotonic() - start, line.rstrip("\n")) for line in proc.stderr]
    assert proc.wait() == 0, lines
    return [(0.0, ""), *lines]


def plan(lines: list[tuple[float, str]], rng: random.Random) -> list[Kill]:
    """KILLS points spread over the run: one uniform in each of KILLS equal slices of its time,
    each expressed as a delay after the last line printed before it, so that slow startups on a
    busy machine do not shift the later kills out of their stage."""
    total = lines[-1][0]
    kills = []
    for i in range(KILLS):
        at = rng.uniform(i, i + 1) * total / KILLS
        t, anchor = max((t, line) for t, line in lines if t <= at)
        kills.append(Kill(anchor, at - t))
    return kills


def kill_at(trees: Trees, out: Path, kill: Kill) -> list[str]:
    """Run into `out` and SIGKILL the run's process group (the generator and its ruff) at `kill`;
    the stderr lines printed before the kill."""
    proc = subprocess.Popen(command(PETSTORE, out), cwd=trees.work, env=env(PAUSE, trees.work), stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    assert proc.stderr is not None
    seen = []
    if kill.anchor:
        for line in proc.stderr:
            seen.append(line.rstrip("\n"))
            if seen[-1] == kill.anchor:
                break
    time.sleep(kill.delay)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return seen + [line.rstrip("\n") for line in proc.stderr]


def landed(lines: list[str]) -> str:
    """Where a kill hit, from the last progress line: `[stage]`, `[write] after STEP`, or
    `between/after stages`."""
    progress = [line for line in lines if line.startswith("[") or line.startswith("generated")]
    if not progress:
        return "startup"
    last = progress[-1]
    stage, _, rest = last[1:].partition("] ")
    if last.startswith("generated") or (stage == "write" and rest.startswith("done")):
        return "after the write"
    if rest.startswith("done"):
        return f"after [{stage}]"
    if stage == "write" and rest != "...":
        return f"[write] after {rest}"
    return f"[{stage}]"


def test_killed_runs_leave_the_old_or_the_new_tree(trees: Trees, tmp_path: Path) -> None:
    out = tmp_path / "parent" / "out"
    out.parent.mkdir()
    unrelated = [out.parent / ".out.keep", out.parent / f"{writer.run_prefix(out)}lookalike"]
    for d in unrelated:  # beside --out, but not a run dir of ours (the second has no mark)
        d.mkdir()
        (d / "file").write_text("mine\n")
    old, new = tree_bytes(trees.old), tree_bytes(trees.new)
    kills = plan(timeline(trees, out), random.Random(SEED))
    where: Counter[str] = Counter()
    notes: Counter[str] = Counter()
    for i, kill in enumerate(kills):
        trees.reset(out)
        spot = landed(kill_at(trees, out, kill))
        where[spot] += 1
        got = tree_bytes(out) if out.is_dir() else None  # a missing `out` is neither tree
        state = "old" if got == old else "new" if got == new else None
        assert state, f"kill {i} ({kill}, landed {spot}): {out} is neither the old nor the new tree"
        r = generate(PETSTORE, out, trees.work)
        assert r.returncode == 0, f"kill {i} ({spot}): the next run failed:\n{r.stderr}"
        assert tree_bytes(out) == new, f"kill {i} ({spot}): the next run did not write the new tree"
        assert leftovers(out) == [f"{writer.run_prefix(out)}lookalike"], f"kill {i} ({spot})"
        assert {rel: (out / rel).read_bytes() for rel in CACHES} == CACHES, f"kill {i} ({spot}): caches lost"
        notes.update(line.split(": ", 2)[-1] for line in r.stderr.splitlines() if line.startswith("note: "))
        where[f"  left the {state} tree"] += 1
    for d in unrelated:
        assert (d / "file").read_text() == "mine\n"
    report = "\n".join(f"{n:3d}  {k}" for k, n in sorted(where.items()))
    report += "\nnext runs:\n" + ("\n".join(f"{n:3d}  {k}" for k, n in sorted(notes.items())) or "  no notes")
    print(f"\n{KILLS} kills (seed {SEED}):\n{report}")
    assert sum(n for k, n in where.items() if k.startswith("[write]")) >= 1, report  # the swap itself was hit


# --- the rest of the write: counts, mtimes, the fast path --------------------------------------


def test_only_changed_files_are_rewritten_and_counted(trees: Trees, tmp_path: Path) -> None:
    out = tmp_path / "out"
    trees.reset(out)
    before = {rel: (out / rel).stat() for rel in tree_bytes(out)}
    old, new = tree_bytes(trees.old), tree_bytes(trees.new)
    r = generate(PETSTORE, out, trees.work)
    assert r.returncode == 0, r.stderr
    same = [rel for rel in new if old.get(rel) == new[rel]]
    changed = len(new) - len(same)
    removed = len(set(old) - set(new))
    assert f"{changed} written, {removed} removed, {len(same)} unchanged" in r.stderr
    assert tree_bytes(out) == new
    for rel in same:  # the very same file: neither its inode nor its mtime changed
        st = (out / rel).stat()
        assert (st.st_ino, st.st_mtime_ns) == (before[rel].st_ino, before[rel].st_mtime_ns), rel
    assert {rel: (out / rel).read_bytes() for rel in CACHES} == CACHES
    again = generate(PETSTORE, out, trees.work)
    assert again.returncode == 0 and "is up to date" in again.stderr, again.stderr
    assert leftovers(out) == []


# --- settling what killed runs left ------------------------------------------------------------


def run_dir(out: Path, name: str, journal: bool = True) -> Path:
    """A run dir with its new tree (`a.py` = "new") and, if `journal`, the journal of its swap."""
    run = out.parent / f"{writer.run_prefix(out)}{name}"
    (run / "tree").mkdir(parents=True)
    (run / writer.RUN_MARK).write_text("")
    (run / "tree" / "a.py").write_text("new\n")
    if journal:
        (run / writer.JOURNAL).write_text(json.dumps({"out": str(out), "new_tree": writer.identity(run / "tree")}))
    return run


def old_tree(path: Path) -> None:
    (path / "__pycache__").mkdir(parents=True)
    (path / "a.py").write_text("old\n")
    (path / "__pycache__" / "a.pyc").write_text("cache\n")


def test_killed_between_the_two_renames_is_rolled_back(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = run_dir(out, "x")
    old_tree(run / "old")  # `out` -> old/ happened, tree/ -> `out` did not
    notes = writer.recover(out)
    assert tree_bytes(out) == {"a.py": b"old\n"} and (out / "__pycache__" / "a.pyc").is_file()
    assert "put the old tree back" in notes[0] and leftovers(out) == []


@pytest.mark.parametrize("old_at", ["old", "tree"])  # after two renames / after an exchange
def test_killed_after_the_swap_is_finished(tmp_path: Path, old_at: str) -> None:
    out = tmp_path / "out"
    run = run_dir(out, "x")
    os.rename(run / "tree", out)
    old_tree(run / old_at)
    notes = writer.recover(out)
    assert tree_bytes(out) == {"a.py": b"new\n"}
    assert (out / "__pycache__" / "a.pyc").read_text() == "cache\n"  # carried over from the old tree
    assert "finished the swap" in notes[0] and leftovers(out) == []


def test_killed_before_the_swap_only_leaves_litter(tmp_path: Path) -> None:
    out = tmp_path / "out"
    old_tree(out)
    run_dir(out, "x", journal=False)
    run_dir(out, "y")  # journal written, nothing moved yet
    (out.parent / f"{writer.run_prefix(out)}z").mkdir()  # killed right after mkdtemp: empty
    assert len(writer.recover(out)) == 3
    assert tree_bytes(out) == {"a.py": b"old\n"} and leftovers(out) == []


def test_live_runs_and_lookalikes_are_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    live = writer.stage_files({"a.py": "new\n"}, out)  # holds its lock like a running generator
    try:
        lookalike = out.parent / f"{writer.run_prefix(out)}mine"
        lookalike.mkdir()
        (lookalike / "notes.txt").write_text("not a run dir: no mark\n")
        other = out.parent / ".out.backup"
        other.mkdir()
        assert writer.recover(out) == []
        assert live.tree.is_dir() and (lookalike / "notes.txt").is_file() and other.is_dir()
    finally:
        live.close()
    assert leftovers(out) == [lookalike.name]


@pytest.fixture(scope="module")
def new_files(trees: Trees) -> dict[str, str]:
    """The new tree as rendered files: staging them skips the render and ruff of a whole run."""
    return {rel: data.decode() for rel, data in tree_bytes(trees.new).items()}


def write(files: dict[str, str], out: Path) -> str:
    """Stage `files` and write them into `out` as `generate` does; the error message, "" if none."""
    staging = writer.stage_files(files, out)
    try:
        writer.sync(staging, out)
    except writer.OutputError as e:
        return str(e)
    finally:
        staging.close()
    return ""


def test_two_renames_where_there_is_no_exchange(trees: Trees, new_files: dict[str, str], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    trees.reset(out)
    monkeypatch.setattr(writer, "exchange", lambda a, b: False)
    assert write(new_files, out) == ""
    assert tree_bytes(out) == tree_bytes(trees.new) and leftovers(out) == []
    assert {rel: (out / rel).read_bytes() for rel in CACHES} == CACHES


# --- OS errors: exit 1 naming the file, the old tree intact -------------------------------------


def run_cli(trees: Trees, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
            ) -> tuple[int, str]:
    monkeypatch.chdir(trees.work)
    code = cli.main(["generate", "--spec", str(PETSTORE), "--out", str(out), "--no-validate", "--quiet"])
    return code, capsys.readouterr().err


def failing(real, when, error: int):  # type: ignore[no-untyped-def]
    """`real` that raises OSError(`error`) when `when(*args)`, naming the file as the OS would."""
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        if when(*args):
            raise OSError(error, os.strerror(error), str(args[0]))
        return real(*args, **kwargs)

    return wrapper


def test_disk_full_while_staging_names_the_file(trees: Trees, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    trees.reset(out)
    monkeypatch.setattr(Path, "write_text", failing(Path.write_text, lambda p, *_: p.name == "_client.py",
                                                    errno.ENOSPC))
    code, err = run_cli(trees, out, monkeypatch, capsys)
    assert code == 1, err
    assert f"{out}/src/petstore/_client.py (staged copy): No space left on device" in err
    assert "Traceback" not in err and f"{out} was left as it was" in err
    assert tree_bytes(out) == tree_bytes(trees.old) and leftovers(out) == []


def test_failed_second_rename_puts_the_old_tree_back(trees: Trees, new_files: dict[str, str], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    trees.reset(out)
    monkeypatch.setattr(writer, "exchange", lambda a, b: False)
    monkeypatch.setattr(os, "rename", failing(os.rename, lambda src, *_: Path(src).name == "tree", errno.EACCES))
    err = write(new_files, out)
    assert "tree: Permission denied" in err and f"{out} was left as it was" in err, err
    assert tree_bytes(out) == tree_bytes(trees.old) and leftovers(out) == []
    assert {rel: (out / rel).read_bytes() for rel in CACHES} == CACHES


def test_failed_exchange_changes_nothing(trees: Trees, new_files: dict[str, str], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    trees.reset(out)

    def refuse(a: Path, b: Path) -> bool:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(a), None, str(b))

    monkeypatch.setattr(writer, "exchange", refuse)
    err = write(new_files, out)
    assert f"Invalid cross-device link -> {out}; {out} was left as it was" in err, err
    assert tree_bytes(out) == tree_bytes(trees.old) and leftovers(out) == []


def test_unreadable_old_file_is_named(trees: Trees, new_files: dict[str, str], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    trees.reset(out)
    victim = out / "src" / "petstore" / "_models.py"
    monkeypatch.setattr(Path, "read_bytes", failing(Path.read_bytes, lambda p: p == victim, errno.EIO))
    err = write(new_files, out)
    assert f"{victim}: Input/output error" in err, err
    monkeypatch.undo()
    assert tree_bytes(out) == tree_bytes(trees.old) and leftovers(out) == []


def test_output_under_a_file_is_exit_1(trees: Trees, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    r = generate(PETSTORE, blocker / "out", trees.work)
    assert r.returncode == 1 and str(blocker) in r.stderr and "Traceback" not in r.stderr, r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only dirs")
def test_read_only_dir_inside_out_is_named(trees: Trees, tmp_path: Path) -> None:
    out = tmp_path / "out"
    trees.reset(out)
    locked = out / "src" / "petstore" / "resources"
    locked.chmod(0o555)
    try:
        r = generate(PETSTORE, out, trees.work)
    finally:
        locked.chmod(0o755)
    assert r.returncode == 1 and f"{locked}: directory is not writable" in r.stderr, r.stderr
    assert tree_bytes(out) == tree_bytes(trees.old) and leftovers(out) == []


def test_read_only_dir_inside_out_is_named_before_anything_moves(
        trees: Trees, new_files: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as the test above, for root too (which may write anywhere): the permission check
    sees the dir as read-only."""
    out = tmp_path / "out"
    trees.reset(out)
    locked = out / "src" / "petstore" / "resources"
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p) != locked and real(p, mode, **kw))
    err = write(new_files, out)
    assert f"{locked}: directory is not writable" in err, err
    assert tree_bytes(out) == tree_bytes(trees.old) and leftovers(out) == []
