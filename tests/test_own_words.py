"""The prose of the templates and of the hand-written OpenAI code is our own: no comment, docstring
line or message of 40 characters or more may equal one of the official `openai` package (the
release `bench/requirements.txt` pins). Public names and behaviour are facts to match; sentences
are not. The official package is the one `make bench` installs in .venv-bench/runtime, else its
wheel is fetched from the package index into .cache/ (unpacked, never imported)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tokenize
import zipfile
from pathlib import Path
from typing import Iterator, List, Set, Tuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED = [ROOT / "templates", ROOT / "spec" / "openai"]
MIN_LENGTH = 40

# Strings whose exact form is behaviour users see and match on, not prose: the status error's
# message (the official shape is asked for), the User-Agent, the response repr, the log line format.
BEHAVIOUR = {
    "Error code: {response.status_code} - {body}",
    "{self.__class__.__name__}/Python {self._version}",
    "<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>",
    "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s",
}
# type-checker and linter directives are instructions to a tool, the same wherever they appear
DIRECTIVE = re.compile(r"^(pyright|type|noqa|mypy)\b")
STRING = re.compile(r"""(?:[rbfu]{0,2})"((?:[^"\\]|\\.){40,})"|(?:[rbfu]{0,2})'((?:[^'\\]|\\.){40,})'""")


def official_package() -> Path:
    """The official package's source directory."""
    for site in sorted((ROOT / ".venv-bench" / "runtime" / "lib").glob("python*/site-packages/openai")):
        return site
    pin = next(line.strip() for line in (ROOT / "bench" / "requirements.txt").read_text().splitlines()
               if line.startswith("openai=="))
    target = ROOT / ".cache" / ("official-" + pin.replace("==", "-"))
    if not (target / "openai" / "__init__.py").is_file():
        wheels = target / "wheel"
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                        "--no-deps", "--only-binary", ":all:", "-d", str(wheels), pin], check=True)
        wheel = next(wheels.glob("openai-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(target, [n for n in archive.namelist() if n.startswith("openai/")])
    return target / "openai"


def normalized(text: str) -> str:
    text = text.strip()
    text = re.sub(r"""^(#+:?|[rbuf]*\"\"\"|[rbuf]*''')\s*""", "", text)
    text = re.sub(r"""(\"\"\"|''')[,)]*$""", "", text).strip()
    return re.sub(r"\s+", " ", text)


def python_prose(text: str) -> Iterator[Tuple[int, str]]:
    """Comment lines and docstring lines of Python source."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return
    previous = None
    for tok in tokens:
        if tok.type == tokenize.COMMENT:
            yield tok.start[0], tok.string
        elif tok.type == tokenize.STRING and (
            previous is None or previous.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE)
        ):
            for offset, line in enumerate(tok.string.splitlines()):
                yield tok.start[0] + offset, line
        if tok.type not in (tokenize.NL, tokenize.COMMENT):
            previous = tok


def template_prose(text: str) -> Iterator[Tuple[int, str]]:
    """Comment and docstring lines of a Jinja template of Python code: lines inside triple quotes,
    `#` and `{#` lines, and trailing `  # ` comments."""
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        quotes = stripped.count('"""')
        if inside or quotes or stripped.startswith(("#", "{#")):
            yield number, line
        elif "  # " in line:
            yield number, line[line.index("  # "):]
        if quotes % 2:
            inside = not inside


def string_literals(text: str) -> Iterator[Tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), 1):
        for match in STRING.finditer(line):
            yield number, (match.group(1) or match.group(2)).strip()


def prose_lines(path: Path) -> List[Tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    lines = python_prose(text) if path.suffix == ".py" else template_prose(text)
    return [(n, normalized(line)) for n, line in lines]


def is_prose(text: str) -> bool:
    return len(text) >= MIN_LENGTH and " " in text and not DIRECTIVE.match(text) and text not in BEHAVIOUR


def official_texts(package: Path) -> Tuple[Set[str], Set[str]]:
    prose: Set[str] = set()
    strings: Set[str] = set()
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        prose.update(normalized(line) for _, line in python_prose(text))
        strings.update(s for _, s in string_literals(text))
    return prose, strings


def our_files() -> List[Path]:
    return sorted(p for base in SCANNED for p in base.rglob("*") if p.suffix in (".py", ".jinja") and p.is_file())


def test_the_scan_finds_a_copied_sentence(tmp_path: Path) -> None:
    # the check itself: a docstring line, a comment and a message copied from the official package
    # are each reported, a directive and a name are not
    package = official_package()
    prose, strings = official_texts(package)
    sentence = next(s for s in sorted(prose) if is_prose(s) and s[0].isupper() and s.endswith("."))
    message = next(s for s in sorted(strings) if is_prose(s) and s[0].isupper() and "{" not in s)
    copied = tmp_path / "copied.py.jinja"
    copied.write_text(f'def f():\n    """\n    {sentence}\n    """\n    # {sentence}\n    raise ValueError("{message}")\n'
                      "    x = 1  # pyright: ignore[reportIncompatibleVariableOverride]\n")
    found = [t for _, t in prose_lines(copied) if is_prose(t) and t in prose]
    assert found == [sentence, sentence]
    assert [s for _, s in string_literals(copied.read_text()) if is_prose(s) and s in strings] == [message]


def test_no_sentence_of_the_official_package() -> None:
    package = official_package()
    prose, strings = official_texts(package)
    copied = []
    for path in our_files():
        where = path.relative_to(ROOT)
        copied += [f"{where}:{n}: {t}" for n, t in prose_lines(path) if is_prose(t) and t in prose]
        text = path.read_text(encoding="utf-8")
        copied += [f"{where}:{n}: {s!r}" for n, s in string_literals(text) if is_prose(s) and s in strings]
    assert not copied, "write these in our own words:\n" + "\n".join(copied)


@pytest.mark.parametrize("sentence", [
    # the three the issue quotes, once in the templates
    "Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.",
    "This property can be used as a prefix for any HTTP method call to return the raw response object instead of the parsed content.",
    "An alternative to `.with_raw_response` that doesn't eagerly read the response body.",
])
def test_the_quoted_sentences_are_gone(sentence: str) -> None:
    assert all(sentence not in p.read_text(encoding="utf-8") for p in our_files())
