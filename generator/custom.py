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

    def tree(self, rel: str, key: str) -> Optional[ast.Module]:
        if rel not in self.trees:
            try:
                self.trees[rel] = ast.parse(self.files[rel], filename=rel)
            except SyntaxError as e:
                raise InputError.single(f"{self.custom.dir}/{rel}", f"line {e.lineno}", f"not valid Python: {e.msg} (named by {key})") from None
        return self.trees[rel]

    def class_members(self, ref: ClassRef, key: str, problems: list[Problem]) -> Optional[set[str]]:
        """The names a class defines in its body (methods, properties, annotated fields), or None
        with a problem when the module or class is not there."""
        rel = module_file(self.files, ref.module)
        if rel is None:
            problems.append(Problem(self.config_file, key, f"module `{ref.module}` is not in {self.custom.key_dir}/"))
            return None
        tree = self.tree(rel, key)
        node = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == ref.name), None) if tree else None
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
        tree = self.tree(rel, "custom.exports") if rel else None
        if tree is None:
            return False
        for node in ast.walk(tree):
            if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
                return True
            if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store):
                return True
            if isinstance(node, ast.alias) and (node.asname or node.name.split(".")[0]) == name:
                return True
        return False
