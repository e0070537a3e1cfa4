"""Spec loading: find the document (pin, local path or URL), verify it, parse it, bundle its refs.

The result is one self-contained OpenAPI dict whose `$ref`s all point inside it, plus the facts the
later stages need (where it came from, its hash). Schema meaning is the builder's business.
"""

from __future__ import annotations

import copy
import hashlib
import json
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterator

import yaml

from .errors import InputError, Problem, escape_pointer_token, pointer, unescape_pointer_token

try:  # libyaml is ~10x faster on a 3 MB spec
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-python fallback
    _YamlLoader = yaml.SafeLoader


@dataclass
class SpecPin:
    """`spec/*.pin.yaml`: a spec taken from a PyPI package at an exact version and hash."""

    file: str
    package: str
    version: str
    path: str
    sha256: str


@dataclass
class LoadedSpec:
    document: dict[str, Any]
    location: str  # the file actually read
    sha256: str  # of that file
    external: dict[str, str] = field(default_factory=dict)  # other files its $refs read: path -> sha256 ("": missing)
    notes: list[str] = field(default_factory=list)  # what bundling left out (missing example files)
    # mistakes that do not stop generation, each with its place (a discriminator mapping to nothing:
    # real specs have them, and the union is still parsed by its members)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def digest(self) -> str:
        return spec_digest(self.sha256, self.external)


def spec_digest(sha256: str, external: dict[str, str]) -> str:
    """The spec's identity: its own sha256, combined with those of the files its `$ref`s read."""
    if not external:
        return sha256
    h = hashlib.sha256(sha256.encode())
    for path, digest in sorted(external.items()):
        h.update(f"\0{path}\0{digest}".encode())
    return h.hexdigest()


@dataclass(frozen=True)
class RefPolicy:
    """Which files and URLs a spec's external `$ref`s may read. By default only files inside the
    spec's own directory tree: a spec from a pull request must not be able to pull the machine's
    other files (or an internal URL's answer) into an SDK."""

    roots: tuple[Path, ...] = ()  # directories allowed besides the spec's own (`--allow-ref-root`)
    remote: bool = False  # follow http(s) `$ref`s (`--allow-remote-refs`)


PIN_KEYS = {"package", "version", "path", "sha256"}


def read_pin(path: Path) -> SpecPin:
    data = parse_document(path.read_bytes(), str(path))
    if not isinstance(data, dict):
        raise InputError.single(str(path), "", "a spec pin must be a mapping")
    unknown = sorted(set(data) - PIN_KEYS)
    missing = sorted(PIN_KEYS - set(data))
    problems = [Problem(str(path), k, "unknown key in spec pin") for k in unknown]
    problems += [Problem(str(path), k, "missing key in spec pin") for k in missing]
    if problems:
        raise InputError(problems)
    return SpecPin(str(path), str(data["package"]), str(data["version"]), str(data["path"]), str(data["sha256"]))


def is_pin_file(path: Path) -> bool:
    return path.name.endswith(".pin.yaml") or path.name.endswith(".pin.yml")


def locate_pinned(pin: SpecPin) -> Path:
    """Find the pinned file inside the installed package; refuse another version of it."""
    try:
        installed = metadata.version(pin.package)
    except metadata.PackageNotFoundError:
        raise InputError.single(
            pin.file, "package", f"{pin.package}=={pin.version} is not installed (run `make setup`)"
        ) from None
    if installed != pin.version:
        raise InputError.single(
            pin.file, "version", f"pinned {pin.package}=={pin.version} but {installed} is installed (run `make setup`)"
        )
    dist = metadata.distribution(pin.package)
    target = Path(str(dist.locate_file(pin.path)))
    if not target.is_file():
        raise InputError.single(pin.file, "path", f"{pin.path} is not in {pin.package}=={pin.version}")
    return target


def parse_document(raw: bytes, where: str) -> Any:
    """YAML (a superset of JSON) with the error's line and column in the message."""
    try:
        return parse_text(raw, where)
    except RecursionError:
        raise InputError.single(where, "", "the document nests too deeply to be read (about a thousand levels)") from None
    except UnicodeDecodeError as e:
        raise InputError.single(where, "", f"not UTF-8 text (byte {e.start}: {e.reason})") from None


def parse_text(raw: bytes, where: str) -> Any:
    text = raw.decode("utf-8-sig")
    if where.endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError.single(f"{where}:{e.lineno}:{e.colno}", "", f"invalid JSON: {e.msg}") from None
    try:
        return yaml.load(text, Loader=_YamlLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        place = f"{where}:{mark.line + 1}:{mark.column + 1}" if mark else where
        raise InputError.single(place, "", f"invalid YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise InputError.single(where, "", f"invalid YAML: {e}") from None


def fetch(source: str) -> tuple[bytes, str]:
    """Bytes and a display location for a local path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=60) as resp:  # noqa: S310 - the user named it
                return resp.read(), source
        except OSError as e:
            raise InputError.single(source, "", f"cannot download: {e}") from None
    path = Path(source)
    if not path.is_file():
        raise InputError.single(source, "", "no such file")
    return path.read_bytes(), str(path)


@dataclass
class RawSpec:
    source: str
    location: str
    raw: bytes
    sha256: str


def fetch_spec(source: str, locate: Callable[[SpecPin], Path] = locate_pinned) -> RawSpec:
    """The spec's bytes, from a pin (hash verified; `locate` finds its file), a path or a URL;
    nothing parsed yet."""
    expected_hash = None
    if not source.startswith(("http://", "https://")) and is_pin_file(Path(source)):
        pin = read_pin(Path(source))
        location = str(locate(pin))
        expected_hash = pin.sha256
    else:
        location = source
    raw, location = fetch(location)
    digest = hashlib.sha256(raw).hexdigest()
    if expected_hash is not None and digest != expected_hash:
        raise InputError.single(
            source, "sha256", f"spec hash mismatch: pinned {expected_hash}, file {location} has {digest}"
        )
    return RawSpec(source, location, raw, digest)


def parse_spec(spec: RawSpec, policy: RefPolicy = RefPolicy()) -> LoadedSpec:
    """Parse, check structure, bundle external refs into one document, check every ref resolves."""
    document = parse_document(spec.raw, spec.location)
    check_structure(document, spec.location)
    external, notes = bundle_external_refs(document, spec.location, policy)
    check_refs(document, spec.location)
    warnings = discriminator_problems(document, spec.location)
    return LoadedSpec(document, spec.location, spec.sha256, external, notes, warnings)


def load_spec(source: str, policy: RefPolicy = RefPolicy()) -> LoadedSpec:
    """Read, verify, parse and bundle the spec named by `source` (pin file, path or URL)."""
    return parse_spec(fetch_spec(source), policy)


def check_structure(document: Any, where: str) -> None:
    """The few facts every later stage relies on; the validator reports the rest."""
    if document is None:
        raise InputError.single(f"{where}:1", "", "the file is empty; expected an OpenAPI document")
    if not isinstance(document, dict):
        kind = "a list" if isinstance(document, list) else f"a {type(document).__name__}"
        raise InputError.single(f"{where}:1", "#", f"the top level is {kind}; an OpenAPI document is a mapping")
    problems = []
    version = str(document.get("openapi", ""))
    if not version.startswith(("3.0", "3.1")):
        problems.append(Problem(where, "#/openapi", f"expected OpenAPI 3.0 or 3.1, found {version or 'nothing'!r}"))
    if not isinstance(document.get("info"), dict):
        problems.append(Problem(where, "#/info", "missing the info object"))
    if not isinstance(document.get("paths", {}), dict):
        problems.append(Problem(where, "#/paths", "paths must be a mapping"))
    else:
        problems += operation_shape_problems(document.get("paths") or {}, where)
    if problems:
        raise InputError(problems)


VERBS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")  # the operations of a path item


def operation_shape_problems(paths: dict[str, Any], where: str) -> list[Problem]:
    """The shapes the builder walks: path items, operations, their parameter lists and response
    maps. The validator reports these too, but generation must not depend on it having run."""
    problems = []

    def expect(value: Any, kind: type, here: str, what: str) -> bool:
        if isinstance(value, kind):
            return True
        found = "a list" if isinstance(value, list) else "null" if value is None else f"{type(value).__name__} {value!r:.40}"
        problems.append(Problem(where, here, f"{what} must be a {'mapping' if kind is dict else 'list'}, found {found}"))
        return False

    for path, item in paths.items():
        at = pointer("paths", path)
        if str(path).startswith("x-"):
            continue  # an extension of the Paths object (apicurio's `x-codegen-contextRoot`), not a path
        if not expect(item, dict, at, "a path item"):
            continue
        if "parameters" in item and expect(item["parameters"], list, f"{at}/parameters", "parameters"):
            for i, p in enumerate(item["parameters"]):
                expect(p, dict, f"{at}/parameters/{i}", "a parameter")
        for verb in VERBS:
            if verb not in item:
                continue
            op_at = f"{at}/{verb}"
            op = item[verb]
            if not expect(op, dict, op_at, "an operation"):
                continue
            if "parameters" in op and expect(op["parameters"], list, f"{op_at}/parameters", "parameters"):
                for i, p in enumerate(op["parameters"]):
                    expect(p, dict, f"{op_at}/parameters/{i}", "a parameter")
            if "requestBody" in op:
                expect(op["requestBody"], dict, f"{op_at}/requestBody", "a request body")
            if "responses" in op and expect(op["responses"], dict, f"{op_at}/responses", "responses"):
                for code, response in op["responses"].items():
                    expect(response, dict, f"{op_at}/responses/{escape_pointer_token(str(code))}", "a response")
    return problems


def is_data(key: str) -> bool:
    """Values under `example` and `x-*` extensions are free data: a `$ref` there is not a reference."""
    return key == "example" or key.startswith("x-")


def walk_mappings(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every mapping of the document that can hold schema keywords, with its location: free data
    (`example`, `x-*`, unless a property has that name) is not entered."""
    stack: list[tuple[tuple[str, ...], Any]] = [(path, node)]
    while stack:
        here, value = stack.pop()
        if isinstance(value, dict):
            yield here, value
            for key, child in value.items():
                if isinstance(child, (dict, list)) and not (isinstance(key, str) and is_data(key) and "properties" not in here[-1:]):
                    stack.append((here + (str(key),), child))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                if isinstance(child, (dict, list)):
                    stack.append((here + (str(index),), child))


def walk_refs(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every mapping holding a `$ref`, with its location."""
    return ((here, value) for here, value in walk_mappings(node, path) if isinstance(value.get("$ref"), str))


def resolve_pointer(document: Any, fragment: str) -> Any:
    """Follow `#/a/b` inside `document`; KeyError when it leads nowhere."""
    node = document
    if fragment in ("", "#", "/"):
        return node
    for raw in fragment.lstrip("#").lstrip("/").split("/"):
        token = unescape_pointer_token(urllib.parse.unquote(raw))
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(token)
    return node


def check_refs(document: dict[str, Any], where: str) -> None:
    problems = []
    for here, holder in walk_refs(document):
        ref = holder["$ref"]
        if not ref.startswith("#"):
            problems.append(Problem(where, pointer(*here), f"unresolved external $ref {ref!r}"))
            continue
        try:
            resolve_pointer(document, ref)
        except (KeyError, IndexError, ValueError):
            problems.append(Problem(where, pointer(*here), f"dangling $ref {ref!r}: nothing at that pointer"))
    if problems:
        raise InputError(sorted(problems, key=lambda p: p.where))


def discriminator_problems(document: dict[str, Any], where: str) -> list[Problem]:
    """`discriminator.mapping` values that name no schema (neither a pointer nor a component name).
    The generator ignores such an entry; the user is told where it is."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    problems = []
    for here, node in walk_mappings(document):
        discriminator = node.get("discriminator")
        mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
        for value, target in (mapping.items() if isinstance(mapping, dict) else ()):
            at = pointer(*here, "discriminator", "mapping", value)
            if not isinstance(target, str):
                problems.append(Problem(where, at, f"expected a schema reference, found {target!r}"))
            elif target.startswith("#"):
                try:
                    resolve_pointer(document, target)
                except (KeyError, IndexError, ValueError, TypeError):
                    problems.append(Problem(where, at, f"maps to {target!r}, which does not exist; the entry is ignored"))
            elif target not in schemas:
                problems.append(Problem(where, at, f"maps to {target!r}, which is not a schema under "
                                                   "#/components/schemas; the entry is ignored"))
    return problems


COMPONENT_SECTIONS = ("schemas", "parameters", "requestBodies", "responses", "headers", "examples")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def bundle_external_refs(
    document: dict[str, Any], location: str, policy: RefPolicy = RefPolicy()
) -> tuple[dict[str, str], list[str]]:
    """Copy targets of refs into other files under `components`, so the document stands alone.

    A target lands in the components section its own pointer names (`.../parameters/X` into
    `parameters`), else in `schemas`, under its last pointer token; name clashes get a numeric suffix.
    Returns the sha256 of every file read (by path or URL; "" for a missing example file) and a note
    for every example dropped. A `$ref` that `policy` does not allow is an error naming it.
    """
    remote_spec = is_url(location)
    roots = tuple(r.resolve() for r in policy.roots)
    if not remote_spec:
        roots = (Path(location).resolve().parent, *roots)
    files: dict[str, Any] = {}
    hashes: dict[str, str] = {}
    placed: dict[tuple[str, str], str] = {}
    notes: list[str] = []
    components = document.setdefault("components", {})

    def target_of(ref_file: str, node_source: str, referrer: str, here: str) -> str:
        """Where a `$ref`'s file part points, relative to the document it is written in; checked
        against the policy before anything is read."""
        if ref_file.startswith("file://"):
            ref_file = urllib.parse.unquote(urllib.parse.urlparse(ref_file).path)
        if is_url(ref_file) or is_url(node_source):
            url = urllib.parse.urljoin(node_source, ref_file)
            if not policy.remote:
                raise InputError.single(referrer, here, f"$ref {ref_file!r} reads {url}; remote refs are only "
                                        "followed with --allow-remote-refs")
            return url
        target = (Path(node_source).parent / ref_file).resolve()
        if not any(target.is_relative_to(root) for root in roots):
            raise InputError.single(referrer, here, f"$ref {ref_file!r} reads {target}, outside the spec's "
                                    f"directory {roots[0]}; allow more with --allow-ref-root DIR")
        return str(target)

    def load_file(source: str, referrer: str, here: str) -> Any:
        if source not in files:
            if is_url(source):
                raw, _ = fetch(source)
            elif Path(source).is_file():
                raw = Path(source).read_bytes()
            else:
                raise InputError.single(referrer, here, f"$ref to missing file {source}")
            hashes[source] = hashlib.sha256(raw).hexdigest()
            files[source] = parse_document(raw, source)
        return files[source]

    def place(source: str, fragment: str, referrer: str, here: str) -> str:
        key = (source, fragment)
        if key in placed:
            return placed[key]
        try:
            target = copy.deepcopy(resolve_pointer(load_file(source, referrer, here), fragment))
        except (KeyError, IndexError, ValueError, TypeError):
            raise InputError.single(referrer, here, f"dangling $ref into {source}#{fragment}") from None
        tokens = [unescape_pointer_token(t) for t in fragment.lstrip("#/").split("/") if t]
        section = tokens[-2] if len(tokens) >= 2 and tokens[-2] in COMPONENT_SECTIONS else "schemas"
        name = tokens[-1] if tokens else source.rstrip("/").rpartition("/")[2].partition(".")[0] or "External"
        bucket = components.setdefault(section, {})
        unique, n = name, 2
        while unique in bucket and bucket[unique] != target:
            unique, n = f"{name}{n}", n + 1
        local = f"#/components/{section}/{escape_pointer_token(unique)}"
        placed[key] = local
        bucket[unique] = target
        rewrite(target, source, source)
        return local

    def rewrite(node: Any, node_source: str, referrer: str) -> None:
        for here, holder in list(walk_refs(node)):
            ref = holder["$ref"]
            where = pointer(*here)
            if ref.startswith("#"):
                if node is not document:
                    # a local ref inside an external file points into that file
                    holder["$ref"] = place(node_source, ref[1:], referrer, where)
                continue
            file_part, _, fragment = ref.partition("#")
            target = target_of(file_part, node_source, referrer, where)
            if in_examples(here) and not is_url(target) and not Path(target).is_file():
                # An example is documentation: a missing example file must not stop generation.
                holder.clear()
                hashes[target] = ""  # should it appear, the spec has changed
                notes.append(f"{file_part}: example file missing, dropped at {where}")
                continue
            holder["$ref"] = place(target, fragment, referrer, where)

    rewrite(document, location if remote_spec else str(Path(location).resolve()), location)
    return hashes, notes


def in_examples(here: tuple[str, ...]) -> bool:
    """Inside an `examples` map (a property named `examples` is not one, as in `walk_refs`)."""
    return any(key == "examples" and here[i - 1 : i] != ("properties",) for i, key in enumerate(here))


def validate_document(spec: LoadedSpec) -> list[Problem]:
    """openapi-spec-validator's findings, each with the place it names (computed by the fast
    mirror of it in validation.py, which hands the cases it cannot vouch for to the real one)."""
    from .validation import iter_errors

    problems = []
    try:
        for error in iter_errors(spec.document):
            where = pointer(*error.absolute_path) if getattr(error, "absolute_path", None) else "#"
            problems.append(Problem(spec.location, where, error.message[:500]))
    except Exception as e:  # noqa: BLE001 - the validator itself crashes on some malformed shapes
        problems.append(Problem(spec.location, "#", f"openapi-spec-validator could not finish: {type(e).__name__}: {e}"))
    return problems
