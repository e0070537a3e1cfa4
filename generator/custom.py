"""Hand-written code kept beside the config: read it, check what the config says of it.

The tree under `custom.dir` mirrors the package (`lib/streaming/chat.py` becomes
`<package>/lib/streaming/chat.py`). Nothing in it is imported or run by the generator: the classes
the config names are found, and their members listed, by parsing the files with `ast`.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Optional

from .config import CustomConfig
from .errors import InputError, Problem
from .ir import ClassRef

SKIPPED_PARTS = ("__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache")


def read_custom_files(custom: CustomConfig, config_file: str) -> dict[str, bytes]:
    """Every file of the custom tree by package-relative path, in a fixed order. A symlink that
    leads out of the tree is refused: custom code is what lies in its directory."""
    root = Path(custom.dir)
    files: dict[str, bytes] = {}
    problems: list[Problem] = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part in SKIPPED_PARTS for part in rel.parts) or path.suffix == ".pyc" or path.is_dir():
            continue
        if not path.resolve().is_relative_to(root):
            problems.append(Problem(config_file, "custom.dir", f"{path} leads outside {root}"))
            continue
        files[rel.as_posix()] = path.read_bytes()
    if problems:
        raise InputError(problems)
    return files


def module_file(files: dict[str, bytes], module: str) -> Optional[str]:
    base = module.replace(".", "/")
    for candidate in (f"{base}.py", f"{base}/__init__.py"):
        if candidate in files:
            return candidate
    return None


def parse_ref(value: str) -> ClassRef:
    module, _, name = value.partition(":")
    return ClassRef(module, name)


class CustomModules:
    """The parsed modules of the custom tree, asked about the classes the config names."""

    def __init__(self, files: dict[str, bytes], custom: CustomConfig, config_file: str) -> None:
        self.files = files
        self.custom = custom
        self.config_file = config_file
        self.trees: dict[str, ast.Module] = {}
        self.names: dict[str, set[str]] = {}

    def tree(self, rel: str, key: str) -> Optional[ast.Module]:
        if rel not in self.trees:
            try:
                self.trees[rel] = ast.parse(self.files[rel], filename=rel)
            except SyntaxError as e:
                raise InputError.single(f"{self.custom.dir}/{rel}", f"line {e.lineno}", f"not valid Python: {e.msg} (named by {key})") from None
        return self.trees[rel]

    def class_file(self, ref: ClassRef) -> str:
        return module_file(self.files, ref.module) or ""

    def class_node(self, ref: ClassRef, key: str) -> Optional[ast.ClassDef]:
        rel = module_file(self.files, ref.module)
        tree = self.tree(rel, key) if rel else None
        return next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == ref.name), None) if tree else None

    def public_methods(self, ref: ClassRef) -> list[str]:
        """The public functions a class body defines (methods, properties), in file order."""
        node = self.class_node(ref, "")
        if node is None:
            return []
        return [f.name for f in node.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and not f.name.startswith("_")]

    def class_members(self, ref: ClassRef, key: str, problems: list[Problem]) -> Optional[set[str]]:
        """The names a class defines in its body (methods, properties, annotated fields), or None
        with a problem when the module or class is not there."""
        rel = module_file(self.files, ref.module)
        if rel is None:
            problems.append(Problem(self.config_file, key, f"module `{ref.module}` is not in {self.custom.key_dir}/"))
            return None
        node = self.class_node(ref, key)
        if node is None:
            problems.append(Problem(self.config_file, key, f"class `{ref.name}` is not defined in {self.custom.key_dir}/{rel}"))
            return None
        members: set[str] = set()
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                members.add(item.name)
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                members.add(item.target.id)
            elif isinstance(item, ast.Assign):
                members.update(t.id for t in item.targets if isinstance(t, ast.Name))
        return members

    def defines(self, module: str, name: str) -> bool:
        rel = module_file(self.files, module)
        if not rel:
            return False
        if rel not in self.names:  # asked once per config entry: walk each module once
            self.names[rel] = defined_names(self.tree(rel, "custom.exports"))
        return name in self.names[rel]


def defined_names(tree: ast.Module) -> set[str]:
    """Names a module binds anywhere (top level, `if TYPE_CHECKING:` blocks, lazy-export tables are
    spelled as imports there too)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.alias):
            names.add(node.asname or node.name.split(".")[0])
    return names


def import_problems(tree_files: dict[str, str], package: str, custom: list[str], root: str) -> list[Problem]:
    """Imports of the hand-written files that name a module of the package, or a name in one,
    that the package does not have (checked on the files, nothing is imported). `tree_files` is
    the whole output by path (`src/<package>/...`); `custom` the custom files' package paths."""
    src = f"src/{package}"

    def module_path(dotted: str) -> Optional[str]:
        base = f"{src}/{dotted.replace('.', '/')}" if dotted else src
        for candidate in (f"{base}.py", f"{base}/__init__.py"):
            if candidate in tree_files:
                return candidate
        return None

    parsed: dict[str, set[str]] = {}
    problems: list[Problem] = []
    for rel in custom:
        if not rel.endswith(".py"):
            continue
        here = rel.split("/")[:-1]  # the package the file is in
        try:
            tree = ast.parse(tree_files[f"{src}/{rel}"], filename=rel)
        except SyntaxError as e:
            problems.append(Problem(f"{root}/{rel}", f"line {e.lineno}", f"not valid Python: {e.msg}"))
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                if node.level - 1 > len(here):
                    problems.append(Problem(f"{root}/{rel}", f"line {node.lineno}", "relative import beyond the package"))
                    continue
                anchor = here[: len(here) - (node.level - 1)]
                dotted = ".".join(anchor + ([node.module] if node.module else []))
            elif node.module == package or (node.module or "").startswith(package + "."):
                dotted = (node.module or "")[len(package) + 1:]
            else:
                continue  # another distribution: not the generator's to check
            target = module_path(dotted)
            shown = "." * node.level + (node.module or "") if node.level else node.module
            if target is None:
                problems.append(Problem(f"{root}/{rel}", f"line {node.lineno}", f"imports `{shown}`, which the package does not have"))
                continue
            if target not in parsed:
                parsed[target] = defined_names(ast.parse(tree_files[target]))
            for alias in node.names:
                if alias.name == "*" or alias.name in parsed[target]:
                    continue
                if module_path(f"{dotted}.{alias.name}" if dotted else alias.name) is not None:
                    continue  # a submodule
                problems.append(Problem(f"{root}/{rel}", f"line {node.lineno}",
                                        f"imports `{alias.name}` from `{shown}`, which does not define it"))
    return problems
